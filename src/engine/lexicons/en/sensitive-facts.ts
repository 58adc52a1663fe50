// Sensitive facts about a person, by the kinds FIPPA s. 2(1) lists as personal information
// (shared reference "guidelines" §5.1): medical, psychiatric and psychological history, criminal
// and employment history, financial situation, family and marital status, religion, sexual
// orientation, race or ethnic origin, immigration status. Each list holds phrases that state the
// fact ABOUT someone ("was diagnosed", "is on ODSP"), not the topic in general ("ODSP rates",
// "cancer research"): the rule pairs them with a person reference before it fires.
// Lexicon syntax (match.ts): case and accents ignored, `*` = any word ending, spaces match a hyphen.
import { verbForms } from '../../text/verb-forms.js';

/** Illnesses and conditions: sensitive only after a link tying them to someone (see CONDITION_LINKS_EN). */
export const HEALTH_CONDITIONS_EN = [
  'cancer', 'leukemia', 'leukaemia', 'lymphoma', 'melanoma', 'tumour', 'tumor', 'brain tumour', 'brain tumor',
  'hiv', 'hepatitis', 'hep c', 'an sti', 'chlamydia', 'syphilis', 'herpes',
  'depression', 'postpartum depression', 'anxiety', 'an anxiety disorder', 'panic attacks', 'a panic attack',
  'bipolar', 'bipolar disorder', 'schizophrenia', 'psychosis', 'a psychotic episode', 'a breakdown', 'a nervous breakdown',
  'a mental breakdown', 'ptsd', 'ocd', 'an eating disorder', 'anorexia', 'bulimia', 'a personality disorder',
  'borderline personality disorder', 'dementia', 'alzheimer', "alzheimer's", 'parkinson', "parkinson's", 'autism', 'adhd',
  'diabetes', 'epilepsy', 'multiple sclerosis', 'als', 'copd', 'a stroke', 'a heart attack', 'a seizure', 'seizures',
  'a miscarriage', 'an abortion', 'a disability', 'an intellectual disability', 'a brain injury', 'a concussion',
  'an addiction', 'addiction', 'addictions', 'a drug problem', 'a drinking problem', 'alcoholism', 'an opioid addiction',
  'an overdose', 'covid', 'covid-19', 'long covid', 'tuberculosis', 'a terminal illness', 'a mental illness', 'mental illness',
  'burnout', 'a burnout', 'chronic pain', 'lupus', 'crohn', "crohn's", 'cystic fibrosis', 'kidney failure', 'liver failure',
];

/** Modifiers that may stand between the link and the condition ("diagnosed with stage 4 lung cancer"). */
export const CONDITION_MODIFIERS_EN = [
  'breast', 'lung', 'prostate', 'colon', 'colorectal', 'skin', 'brain', 'pancreatic', 'ovarian', 'cervical', 'bone', 'blood',
  'liver', 'throat', 'stomach', 'bladder', 'terminal', 'severe', 'clinical', 'major', 'chronic', 'early onset',
  'stage 1', 'stage 2', 'stage 3', 'stage 4', 'stage four', 'type 1', 'type 2', 'advanced', 'aggressive', 'metastatic',
  'postpartum', 'serious', 'rare', 'incurable',
];

/** Words that tie a condition to a person ("she HAS cancer", "a client WITH HIV", "BATTLING depression"). */
export const CONDITION_LINKS_EN = verbForms([
  'diagnosed with', 'was diagnosed with', 'got diagnosed with', 'has been diagnosed with', 'a diagnosis of', 'diagnosis of',
  'has', 'had', 'has got', "'s got", 'has had', 'got', 'with', 'battling', 'fighting', 'beat', 'beating', 'survived', 'surviving',
  'struggling with', 'struggles with', 'suffering from', 'suffers from', 'suffered', 'living with', 'lives with', 'dealing with',
  'treated for', 'being treated for', 'in treatment for', 'dying of', 'died of', 'died from', 'recovering from',
  'tested positive for',
  'positive for', 'in remission from', 'relapsed into', 'lost her battle with', 'lost his battle with', 'lost their battle with',
  'passed away from', 'hospitalized for', 'hospitalised for', 'on medication for', 'on meds for',
  // Getting through an illness, said as work or effort: "working through PTSD", "coping with anxiety".
  'working through', 'been working through', 'coping with', 'copes with', 'managing her', 'managing his', 'getting help for',
  'getting treatment for', 'in therapy for', 'seeing someone for', 'on leave for', 'off work for', 'in recovery from',
  'recovering from', 'battles', 'battled', 'fought', 'has been battling', 'has been fighting',
]);

/**
 * Words after a fact or a condition that make it a topic, a programme or a group rather than someone's
 * illness ("cancer research", "HIV clinic", "with depression resources", "dementia patients").
 */
export const TOPIC_WORDS_EN = [
  'check', 'checks', 'suspension', 'suspensions', 'research', 'researchers', 'shelter', 'shelters', 'population', 'encampment', 'encampments', 'reform', 'modernization',
  'modernisation', 'caseload', 'caseloads', 'recipients', 'benefits', 'amounts', 'payments', 'cheques', 'increase',
  'increases', 'cuts', 'changes', 'eligibility', 'applications', 'office', 'offices', 'workers', 'caseworkers', 'advocacy',
  'advocates', 'law', 'laws', 'legislation', 'act', 'system', 'court', 'courts', 'lawyer', 'lawyers', 'reporting', 'coverage',
  'awareness', 'society', 'foundation', 'screening', 'screenings', 'prevention', 'program', 'programs',
  'programme', 'strategy', 'week', 'month', 'walk', 'run', 'ride', 'fundraiser', 'fundraising', 'gala', 'services', 'service',
  'clinic', 'clinics', 'centre', 'center', 'centres', 'unit', 'rates', 'rate', 'statistics', 'stats', 'data', 'survivors',
  'patients', 'clients', 'people', 'kids', 'children', 'youth', 'women', 'men', 'families', 'specialist', 'specialists',
  'experts', 'team', 'teams', 'resources', 'supports', 'support', 'network', 'nurses', 'care', 'vaccine', 'vaccines',
  'vaccination', 'testing', 'tests', 'test', 'cases', 'outbreak', 'outbreaks', 'policy', 'policies', 'guidelines', 'drug',
  'drugs', 'medication', 'medications', 'treatment', 'treatments', 'hotline', 'helpline', 'line', 'campaign', 'day', 'toolkit',
  'training', 'workshop', 'webinar', 'ward', 'study', 'studies', 'trial', 'trials', 'rules', 'protocols', 'community',
  'communities', 'app', 'course', 'first aid', 'response', 'crisis', 'stigma', 'myths', 'signs', 'symptoms', 'risk', 'risks',
];

/** Nouns that are sensitive once owned by someone ("her diagnosis", "Dave's divorce", "his salary"), by kind. */
export const POSSESSED_FACTS_EN = {
  health: [
    'diagnosis', 'prognosis', 'illness', 'chemo', 'chemotherapy', 'radiation treatments', 'surgery', 'mastectomy', 'pregnancy',
    'miscarriage', 'abortion', 'overdose', 'relapse', 'rehab', 'therapy', 'therapist', 'psychiatrist', 'meds', 'medication',
    'antidepressants', 'disability', 'condition', 'mental health', 'mental illness', 'sick leave', 'medical leave',
    'stress leave', 'ivf', 'fertility treatments', 'methadone', 'detox', 'hiv status', 'breakdown', 'mental breakdown',
    'suicide attempt', 'psych meds', 'accommodation request', 'disability claim', 'ltd claim', 'wsib claim',
    // Use and dependence, owned: "his drinking", "her drug use" (not "their drinking water": see the rule).
    'drinking', 'drinking problem', 'drug use', 'drug problem', 'substance use', 'gambling', 'gambling problem',
    'gambling addiction', 'drug habit', 'sobriety', 'recovery', 'memory loss', 'dementia diagnosis',
    // Operations and their aftermath: "her kidney transplant", "his hip replacement".
    'transplant', 'kidney transplant', 'liver transplant', 'heart transplant', 'lung transplant', 'organ transplant',
    'bone marrow transplant', 'hip replacement', 'knee replacement', 'amputation', 'bypass surgery', 'heart surgery',
    // A condition's episodes, owned: "his MS flare-ups".
    'flare-ups', 'flare-up', 'flare ups', 'ms flare-ups', 'ms flare-up', 'ms flares', 'lupus flare-ups', 'crohn\'s flare-ups',
  ],
  legal: [
    'criminal record', 'arrest', 'charges', 'conviction', 'mugshot', 'parole', 'probation', 'sentencing', 'trial',
    'court date', 'bail hearing', 'dui', 'impaired charge', 'assault charge', 'probation officer', 'parole officer',
    'restraining order', 'peace bond', 'police record',
  ],
  employment: [
    'firing', 'dismissal', 'termination', 'suspension', 'grievance', 'performance review', 'pip',
    'performance improvement plan', 'discipline', 'disciplinary hearing', 'disciplinary meeting', 'hr investigation',
    'written warning', 'reprimand', 'letter of reprimand', 'last-chance agreement',
  ],
  financial: [
    'salary', 'paycheque', 'paycheck', 'debts', 'debt', 'bankruptcy', 'eviction', 'odsp', 'credit score', 'odsp claim',
    'odsp application', 'odsp appeal', 'ow application', 'ontario works application', 'welfare', 'social assistance',
    'ei claim', 'garnishment', 'wage garnishment', 'eviction notice', 'n4', 'consumer proposal', 'gambling debts',
    'rent arrears', 'payday loans', 'credit card debt', 'mortgage arrears', 'income', 'rental income', 'undeclared income',
    'overpayment',
  ],
  family: [
    'divorce', 'separation', 'custody battle', 'custody case', 'affair', 'custody hearing', 'cas file', 'cas worker', 'abusive ex',
    'custody file', 'child support', 'support payments', 'support arrears', 'child support arrears', 'family court case',
  ],
  // "her transition": see the rule for "his transition to the new role".
  identity: ['sexuality', 'sexual orientation', 'religion', 'conversion', 'coming out', 'gender identity', 'transition', 'gender transition'],
  immigration: [
    'immigration status', 'refugee claim', 'asylum claim', 'deportation', 'visa status', 'refugee hearing', 'asylum hearing',
    'pr', 'pr card', 'pr application', 'permanent residency', 'permanent residence', 'work permit', 'study permit', 'visa',
    'sponsorship', 'citizenship application', 'removal order', 'deportation hearing', 'detention review', 'refugee status',
  ],
};

/** Health facts stated about someone. */
export const HEALTH_FACTS_EN = verbForms([
  // A person placed in a program that exists for a condition: "our youngest autism program graduate".
  'autism program graduate', 'graduate of our autism program', 'in our autism program', 'in the autism program',
  'addiction program graduate', 'in our addiction program', 'methadone program', 'in the methadone program',
  'recovery program graduate', 'in our recovery program', 'mental health program graduate',
  // A pregnancy told by its month ("Jess, who's expecting in April"), and a death by suicide in someone's family.
  ...['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'the spring', 'the summer', 'the fall', 'the winter'].map((m) => `expecting in ${m}`),
  ...['husband', 'wife', 'partner', 'son', 'daughter', 'father', 'mother', 'brother', 'sister', 'dad', 'mom'].map((k) => `${k}'s suicide`),
  'pregnant', 'expecting a baby', 'miscarried', 'overdosed', "od'd", 'od-ed', 'suicidal', 'attempted suicide',
  'tried to kill herself', 'tried to kill himself', 'tried to kill themselves', 'killed herself', 'killed himself',
  'killed themselves', 'took her own life', 'took his own life', 'took their own life', 'committed suicide', 'self-harm',
  'self harms', 'self-harming', 'cutting herself', 'cutting himself', 'in rehab', 'went to rehab', 'going to rehab',
  'out of rehab',
  // Coming back from it is the same fact: "finally back from rehab", "home from detox".
  'back from rehab', 'home from rehab', 'back from detox', 'home from detox', 'out of detox', 'back from stress leave',
  'back from sick leave', 'back from medical leave',
  'in detox', 'on sick leave', 'on stress leave', 'on medical leave', 'on mental health leave', 'on disability leave',
  'on long-term disability', 'on long term disability', 'on short-term disability', 'on short term disability', 'on ltd',
  'on std', 'off sick', 'off on sick leave', 'off on stress leave', 'off work with', 'on leave for her mental health',
  'on leave for his mental health', 'hospitalized', 'hospitalised', 'admitted to hospital', 'in the psych ward',
  'in the psychiatric ward', 'in psych', 'involuntarily committed', 'sectioned',
  'in the icu', 'in palliative care', 'in hospice', 'terminally ill', 'has weeks to live', 'has months to live',
  'has days to live', 'on chemo', 'started chemo', 'starting chemo', 'doing chemo', 'on chemotherapy', 'on antidepressants',
  'on methadone', 'on suboxone', 'relapsed', 'using again',
  // Slang for drinking or using at work.
  'on the sauce', 'off the wagon', 'fell off the wagon', 'hitting the bottle', 'back on the bottle', 'drinking again',
  'drunk at work', 'high at work', 'stoned at work', 'smelled like booze', 'smelled like alcohol', 'smelled like a brewery',
  'smells like booze', 'smells like alcohol', 'showed up drunk', 'showed up high', 'came in drunk', 'came in high', 'hiv positive', 'hiv-positive', 'in a wheelchair',
  'uses a wheelchair', 'had a breakdown', 'went off her meds', 'went off his meds', 'off her meds',
  'off his meds', 'had an abortion', 'had a miscarriage', 'tested positive', 'on dialysis', 'on oxygen',
  // Recovery from addiction and memory loss, said of someone: "two years sober", "losing his memory".
  'years sober', 'year sober', 'months sober', 'days sober', 'got sober', 'getting sober', 'newly sober',
  'in early recovery', 'losing her memory', 'losing his memory',
  // Getting off a drug, or staying off it: "been clean for 7 months", "came in detoxing".
  'been clean for', 'been clean since', 'stayed clean', 'staying clean', 'clean and sober', 'got clean', 'getting clean',
  'been sober for', 'sober since', 'detoxing', 'in withdrawal', 'going through withdrawal', 'withdrawing from', 'dopesick',
  'dope sick', 'rehab stint', 'rehab stints', 'stint in rehab', 'stints in rehab', 'trips to rehab',
  'losing their memory', 'lost her memory', 'lost his memory', 'memory is going', 'has memory loss', 'memory problems',
  'in the early stages of dementia', "in the early stages of alzheimer's",
  // The diagnosis is the fact, whatever it names ("was just diagnosed with MS", "got diagnosed last week").
  'was diagnosed', 'was just diagnosed', 'got diagnosed', 'just got diagnosed', 'been diagnosed', 'was recently diagnosed',
  'got a diagnosis', 'got her diagnosis', 'got his diagnosis', 'going through chemo', 'going through treatment',
]);

/** Health facts that are a state, written after a copula: "she is bipolar", "he's an alcoholic". */
export const HEALTH_STATES_EN = [
  'bipolar', 'schizophrenic', 'psychotic', 'diabetic', 'epileptic', 'autistic', 'anorexic', 'bulimic', 'an alcoholic',
  'alcoholic', 'an addict', 'a drug addict', 'a junkie', 'an addict in recovery', 'disabled', 'blind', 'deaf',
  'paralyzed', 'paralysed', 'paraplegic', 'quadriplegic', 'terminal', 'infertile', 'depressed', 'clinically depressed',
  'mentally ill', 'hiv positive', 'in remission', 'immunocompromised', 'on the spectrum',
];

/** Criminal and legal history. */
export const LEGAL_FACTS_EN = verbForms([
  // A juror named: jurors' identities are protected.
  'juror number', 'juror no', 'is on the jury', 'sitting on the jury', 'sits on the jury',
  'criminal record', 'was charged', 'got charged', 'been charged', 'being charged', 'charged with', 'facing charges',
  'faces charges', 'criminal charges', 'was arrested', 'got arrested', 'been arrested', 'arrested for', 'under arrest',
  'was convicted', 'been convicted', 'convicted of', 'pleaded guilty', 'pled guilty', 'found guilty', 'in jail', 'in prison',
  'went to jail', 'went to prison', 'sent to jail', 'sent to prison', 'did time', 'served time', 'doing time', 'on parole',
  'out on parole', 'on bail', 'out on bail', 'released from jail', 'released from prison', 'got out of jail', 'got out of prison',
  'a sex offender', 'sex offender registry', 'restraining order', 'a peace bond', 'under house arrest', 'a dui', 'got a dui',
  'impaired driving charge', 'an ex-con', 'being investigated by police', 'under police investigation',
  'was investigated by police',
  'probation officer', 'an ankle monitor', 'electronic monitoring', 'a warrant out', 'an outstanding warrant',
  // A record without "criminal": "with a record from his twenties", "has a record for assault".
  'with a record from', 'has a record for', 'had a record for', 'got a record for', 'a record for assault', 'a record for theft',
  'a criminal past',
  'licence suspended for', 'license suspended for', 'for drunk driving', 'for impaired driving',
]);

/** Employment history and discipline. */
export const EMPLOYMENT_FACTS_EN = verbForms([
  'got fired', 'was fired', 'been fired', 'getting fired', 'fired for', 'is being fired', 'was let go', 'got let go',
  'been let go', 'being let go', 'was terminated', 'got terminated', 'been terminated', 'terminated for cause',
  'was dismissed', 'got dismissed', 'been dismissed', 'was disciplined', 'got disciplined', 'been disciplined',
  'being disciplined', 'disciplinary action', 'a disciplinary hearing', 'a disciplinary meeting', 'was suspended',
  'got suspended', 'been suspended', 'suspended without pay', 'was written up', 'got written up', 'been written up',
  'on a pip', 'a performance improvement plan', 'on a performance improvement plan', 'on a performance plan', 'was demoted',
  'got demoted', 'been demoted', 'was walked out', 'got walked out', 'was escorted out', 'got escorted out', 'filed a grievance',
  'a harassment complaint against', 'a complaint against her', 'a complaint against him', 'was laid off', 'got laid off',
  'been laid off', 'was forced to resign', 'forced to retire', 'failed her probation', 'failed his probation',
  // The event without its auxiliary, in a description: "Gary, 54 — laid off from the plant".
  'lost his job', 'lost her job', 'lost their job', 'lost his license', 'lost her license', 'lost his licence', 'lost her licence',
  'laid off from', 'let go from', 'fired from', 'terminated from', 'dismissed from', 'suspended from work',
]);

/** Financial situation: social assistance, debt, housing loss. */
export const FINANCIAL_FACTS_EN = verbForms([
  // Arrears someone owes: "$38k behind on child support", "in arrears on his rent".
  'behind on child support', 'behind on support', 'behind on his child support', 'behind on her child support',
  'behind in child support', 'behind on rent', 'behind on his rent', 'behind on her rent', 'behind on their rent',
  'behind on payments', 'behind on his payments', 'behind on her payments', 'behind on their payments', 'in arrears',
  // Arrears on any household debt, with or without how long: "three months behind on his mortgage".
  'behind on his mortgage', 'behind on her mortgage', 'behind on their mortgage', 'behind on the mortgage',
  'months behind on', 'behind on his bills', 'behind on her bills', 'behind on their bills', 'behind on his taxes',
  'behind on her taxes', 'behind on his car payments', 'behind on her car payments', 'behind on his hydro', 'behind on her hydro',
  'owes child support', 'owes back support', 'owes back rent', 'unpaid child support', 'stopped paying child support',
  'on assistance',
  'on odsp', 'on ontario works', 'on ow', 'on welfare', 'on social assistance', 'on ei',
  'on employment insurance', 'receives odsp', 'receiving odsp', 'gets odsp', 'collects odsp', 'collecting odsp',
  'receives ontario works', 'receiving ontario works', 'collects welfare', 'collecting welfare', 'lives on welfare',
  'living on welfare', 'living on odsp', 'lives on odsp', 'an odsp recipient', 'a welfare recipient', 'declared bankruptcy',
  'filed for bankruptcy', 'filing for bankruptcy', 'went bankrupt', 'is bankrupt', 'a consumer proposal', 'in debt',
  'deep in debt', 'drowning in debt', 'buried in debt', 'in collections', 'behind on rent', 'behind on her rent',
  'behind on his rent', "can't pay rent", "can't pay her rent", "can't pay his rent", "couldn't pay rent", 'being evicted',
  'got evicted', 'was evicted', 'been evicted', 'facing eviction', 'an eviction notice', 'homeless', 'living in a shelter',
  'lives in a shelter', 'staying at a shelter', 'living in her car', 'living in his car', 'living in their car', 'couch surfing',
  // Any tense: "lives in her car", "slept in his car", "sleeping rough".
  'liv* in her car', 'liv* in his car', 'liv* in their car', 'liv* in a tent', 'sleep* in her car', 'sleep* in his car',
  'sleep* in their car', 'slept in her car', 'slept in his car', 'sleep* rough', 'sleep* on the street', 'couch surf*',
  'stay* at a shelter', 'liv* in a shelter',
  'couch-surfing', 'uses the food bank', 'using the food bank', 'relies on the food bank', 'wages garnished',
  'wages were garnished',
  'lost her house', 'lost his house', 'lost everything', 'is broke', 'flat broke', 'makes minimum wage',
  // Without a cent, in everyday words: "doesn't have a dime", "not a penny to her name".
  "doesn't have a dime", "doesn't have a penny", "hasn't got a penny", "hasn't got a dime", 'not a penny to her name',
  'not a penny to his name', 'not a dime to her name', 'not a dime to his name', "can't afford food", "can't afford groceries",
  "couldn't afford food",
]);

/** Family and marital status. */
export const FAMILY_FACTS_EN = verbForms([
  'getting divorced', 'got divorced', 'is divorced', 'divorcing', 'going through a divorce', 'in the middle of a divorce',
  'filed for divorce', 'separated from her husband', 'separated from his wife', 'separated from her wife',
  'separated from his husband', 'separated from their partner', 'left her husband', 'left his wife', 'custody battle',
  'lost custody', 'losing custody', 'fighting for custody', 'cas took', "children's aid took", 'cas apprehended',
  'kids were apprehended', 'in foster care', 'is a single mom', 'is a single mother', 'is a single dad', 'is a single father',
  'is widowed', 'was widowed', 'cheating on her', 'cheating on him', 'cheated on her', 'cheated on him', 'having an affair',
  'had an affair', 'her abusive', 'his abusive', 'abusive husband', 'abusive wife', 'abusive partner', 'domestic violence',
  'apprehended by cas', "apprehended by children's aid", 'taken into care', 'placed in foster care', 'removed from the home',
  'taken by cas', "taken by children's aid", 'reported to cas', "reported to children's aid", 'called cas on',
  // Fleeing a partner or a home: where someone hides is theirs to keep.
  'fleeing her ex', 'fleeing his ex', 'fleeing their ex', 'fled her ex', 'fled his ex', 'fleeing abuse', 'fled abuse',
  'fleeing domestic violence', 'fleeing an abusive', 'fled an abusive', 'fleeing her abusive', 'fleeing his abusive',
  'fleeing her husband', 'fleeing his wife', 'fleeing her partner', 'fleeing his partner', 'left an abusive',
  "in a women's shelter", "at a women's shelter", "staying at a women's shelter", 'kicked her out', 'kicked him out',
  'threw her out', 'threw him out', 'is a single mom', 'single mom of', 'single dad of', 'single mother of', 'single father of',
]);

/** Sexual orientation and gender identity, written after a copula ("he's gay"): outing someone. */
export const ORIENTATION_STATES_EN = [
  'gay', 'lesbian', 'bisexual', 'bi', 'queer', 'trans', 'transgender', 'nonbinary', 'non-binary', 'asexual', 'intersex',
  'closeted', 'in the closet', 'still in the closet',
];

/**
 * Religion, race or ethnic origin after a copula ("she is Muslim"). Often shared with pride and
 * consent, so the rule treats them one step lower than other facts.
 */
export const ORIGIN_RELIGION_STATES_EN = [
  'muslim', 'jewish', 'hindu', 'sikh', 'buddhist', 'christian', 'catholic', 'evangelical', 'mormon', 'atheist',
  "a jehovah's witness", 'a jehovah witness', 'black', 'indigenous', 'first nations', 'metis', 'inuk', 'inuit', 'asian', 'arab',
  'latino', 'latina', 'hispanic', 'biracial', 'mixed race', 'mixed-race', 'status indian',
];

/** Identity facts stated with their own verb. */
export const IDENTITY_FACTS_EN = [
  // The sex or gender marker on an ID changed: a gender transition told for someone.
  'change the sex marker', 'change her sex marker', 'change his sex marker', 'change the gender marker',
  'change her gender marker', 'change his gender marker', 'changed her gender marker', 'changed his gender marker',
  'changing her gender marker', 'changing his gender marker', 'gender marker change', 'change the sex designation',
  'change her sex designation', 'change his sex designation',
  'came out as', 'come out as', 'coming out as', 'came out to her', 'came out to his', 'came out to their', 'came out to me',
  'convert* to islam', 'convert* to judaism', 'convert* to christianity', 'convert* to catholicism', 'convert* to buddhism',
  'convert* to hinduism', 'convert* to sikhism', 'started transitioning', 'is transitioning', 'had top surgery',
  'had bottom surgery', 'gender-affirming surgery', 'her deadname', 'his deadname', 'their deadname', 'her dead name',
  'his dead name', 'their dead name', 'closet case', 'wears a hijab', 'wears a niqab', 'wears a turban', 'wears a kippah',
];

/** Immigration status. */
export const IMMIGRATION_FACTS_EN = verbForms([
  // Newly arrived, a permit still pending: "a recent immigrant from Iran, driving Uber while her permit gets sorted".
  'a recent immigrant', 'recent immigrant from', 'newly arrived from', 'her permit gets sorted', 'his permit gets sorted',
  'waiting on her work permit', 'waiting on his work permit', 'waiting for her work permit', 'waiting for his work permit',
  'waiting on her permit', 'waiting on his permit',
  'is undocumented', 'was undocumented', 'are undocumented', 'has no status', 'no legal status', 'without status',
  'lost her status', 'lost his status', 'lost their status', 'is a refugee claimant', 'a refugee claimant', 'is a refugee',
  'came as a refugee', 'an asylum seeker', 'claimed asylum', 'claiming asylum', 'facing deportation', 'being deported',
  'got deported', 'was deported', 'a deportation order', 'a removal order', 'overstayed', 'overstayed her visa',
  'overstayed his visa', 'her visa expired', 'his visa expired', 'her permit expired', 'his permit expired',
  'work permit expired', 'is not a citizen', "isn't a citizen", 'is a permanent resident', 'is here illegally',
  'in the country illegally', 'out of status',
  // The same states after a contracted pronoun: "she's a refugee", "they're undocumented".
  "she's a refugee", "he's a refugee", "she's a refugee claimant", "he's a refugee claimant", "they're refugees", 'are refugees',
  "she's undocumented", "he's undocumented", "they're undocumented", "she's here illegally", "he's here illegally",
  "she's not a citizen", "he's not a citizen", 'is an asylum seeker', "she's an asylum seeker", "he's an asylum seeker",
  // How someone came: "arrived in Canada as a refugee", "came here as refugees".
  'as a refugee', 'as refugees', 'as an asylum seeker', 'as asylum seekers', 'fled the war', 'fled the war in', 'fled her country',
  'fled his country', 'fled their country', 'fled persecution', 'without papers',
  // Status run out: "in Canada 11 years on expired status", "her status expired".
  'on expired status', 'expired status', 'her status expired', 'his status expired', 'their status expired',
  'status has expired', 'status is expired',
]);
