// Sentence forms that state a sensitive fact about someone, as parts the personal-info/sensitive-fact
// rule combines: an auxiliary and a participle ("was" + "let go", "got" + "arrested"), or a link and
// a matter ("waiting on" + "refugee hearing", "going through" + "IVF"). Combining parts, rather than
// listing finished phrases, catches the forms nobody listed ("is being investigated by HR", "got
// quietly walked out"). The kinds are those of FIPPA s. 2(1) (shared reference "guidelines" §5.1).
// Lexicon syntax (match.ts): case and accents ignored, `*` = any word ending.
import { verbForms } from '../../text/verb-forms.js';

/** Auxiliaries before a participle: what happened to someone. */
export const FACT_AUXILIARIES_EN = [
  'was', 'were', 'got', 'gets', 'getting', 'been', 'being', 'is being', 'are being', 'has been', 'had been', 'have been',
  "'s been", 'is getting', 'is about to be', 'about to be', 'is going to be', 'going to be', 'gonna be', 'will be', "'ll be",
  'may be', 'might be', 'could be', 'just got', 'finally got',
];

/** Adverbs that may stand between the auxiliary and the participle ("was quietly let go"). */
export const FACT_ADVERBS_EN = [
  'just', 'finally', 'quietly', 'apparently', 'allegedly', 'officially', 'recently', 'already', 'actually', 'basically',
  'reportedly', 'also', 'now', 'formally', 'temporarily', 'indefinitely', 'suddenly', 'literally', 'totally', 'publicly',
  'immediately', 'unfairly', 'wrongfully', 'essentially', 'technically', 'probably', 'likely', 'definitely',
];

/** Employment history and discipline, as participles. */
export const EMPLOYMENT_PARTICIPLES_EN = [
  'fired', 'let go', 'terminated', 'dismissed', 'disciplined', 'suspended', 'written up', 'demoted', 'walked out',
  'escorted out', 'escorted from the building', 'reprimanded', 'investigated by hr', 'investigated by the employer',
  'investigated for harassment', 'investigated for misconduct', 'put on a pip', 'put on a performance improvement plan',
  'put on a performance plan', 'put on an improvement plan', 'placed on a pip', 'placed on a performance improvement plan',
  'put on administrative leave', 'placed on administrative leave', 'put on paid leave', 'placed on paid leave',
  'sent home without pay', 'laid off', 'forced out', 'pushed out', 'forced to resign', 'forced to retire', 'canned',
  'sacked', 'docked a week', 'docked pay', 'stripped of', 'removed from the file', 'removed from his position',
  'removed from her position', 'removed from their position', 'banned from the building',
];

/** Disciplining someone, in the active voice ("had to fire Kevin", "I suspended one of my analysts"): the person follows. */
export const DISCIPLINE_VERBS_EN = [
  'fire', 'fired', 'firing', 'terminate', 'terminated', 'terminating', 'suspend', 'suspended', 'suspending', 'discipline',
  'disciplined', 'disciplining', 'dismiss', 'dismissed', 'dismissing', 'write up', 'wrote up', 'writing up', 'lay off',
  'laid off', 'demote', 'demoted', 'demoting', 'reprimand', 'reprimanded', 'reprimanding',
];

/** Criminal and legal history, as participles. */
export const LEGAL_PARTICIPLES_EN = [
  'charged', 'arrested', 'convicted', 'jailed', 'sentenced', 'detained', 'locked up', 'incarcerated', 'imprisoned',
  'picked up by police', 'picked up by the police', 'picked up by the cops', 'booked', 'investigated by police',
  'investigated by the police', 'investigated by the opp', 'caught shoplifting', 'caught stealing', 'caught driving drunk',
  'caught drunk driving', 'pulled over for impaired', 'indicted', 'acquitted', 'released on bail', 'let out on bail',
  'put on probation', 'placed on probation', 'served with a restraining order', 'ticketed for impaired',
];

/** Immigration events, as participles. */
export const IMMIGRATION_PARTICIPLES_EN = [
  'deported', 'ordered deported', 'ordered removed', 'detained by cbsa', 'detained by immigration', 'denied refugee status',
  'granted refugee status', 'granted asylum', 'denied asylum', 'refused asylum', 'refused refugee status',
];

/** Money and housing lost, as participles. */
export const FINANCIAL_PARTICIPLES_EN = [
  'evicted', 'foreclosed on', 'cut off welfare', 'cut off odsp', 'cut off ontario works', 'kicked off odsp',
  'kicked off welfare', 'kicked out of her apartment', 'kicked out of his apartment', 'kicked out of their apartment',
  'garnished', 'sent to collections', 'declared bankrupt', 'denied odsp', 'denied ontario works', 'denied welfare',
  'denied ei', 'approved for odsp', 'approved for ontario works',
];

/**
 * Matters that become someone's with a link before them, by kind. Each group says which links tie
 * it to a person: "waiting on a refugee hearing", "going through IVF", "has a garnishment".
 */
export const LINKED_MATTERS_EN = {
  immigration: {
    matters: [
      'refugee hearing', 'refugee claim', 'refugee status', 'refugee protection', 'asylum claim', 'asylum hearing',
      'deportation hearing', 'deportation order', 'removal order', 'detention review', 'immigration hearing',
      'permanent residency', 'permanent residence', 'permanent resident status', 'pr card', 'pr application',
      'work permit', 'study permit', 'open work permit', 'spousal sponsorship', 'citizenship application',
      'h&c application', 'humanitarian and compassionate application', 'pre-removal risk assessment', 'prra',
      'immigration status', 'status in canada',
    ],
    links: verbForms([
      'waiting on', 'waiting for', 'waiting to hear on', 'waiting to hear about', 'awaiting', 'applied for', 'applying for',
      'filed', 'filed for', 'got', 'received', 'was granted', 'got granted', 'granted', 'was denied', 'got denied', 'denied',
      'was refused', 'refused', 'lost', 'losing', 'has', 'had', 'facing', 'faces', 'fighting', 'appealing', 'appealed',
      'preparing for', 'getting ready for', 'stressed about', 'worried about', 'has no', 'no', 'without', 'expired',
      'with an expired', 'on an expired', 'with a pending', 'has a pending', 'still has no',
    ]),
  },
  financial: {
    matters: [
      'garnishment', 'wage garnishment', 'eviction notice', 'n4', 'bankruptcy', 'consumer proposal', 'payday loans',
      'payday loan', 'gambling debts', 'gambling debt', 'rent arrears', 'tax debt', 'odsp claim', 'odsp application',
      'odsp appeal', 'ontario works application', 'ow application', 'ei claim', 'welfare cheque', 'odsp cheque',
      'social assistance', 'ontario works', 'odsp', 'welfare', 'employment insurance',
    ],
    links: verbForms([
      'has', 'had', 'has got', 'got', 'with', 'facing', 'faces', 'filed for', 'declared', 'drowning in', 'buried in',
      'applied for', 'applying for', 'was denied', 'got denied', 'denied', 'refused', 'lost', 'lives on', 'living on',
      'surviving on', 'relies on', 'depends on', 'cut off', 'was cut off', 'got cut off', 'kicked off', 'on', 'back on',
      'waiting on', 'waiting for', 'appealing', 'received', 'served with', 'got served with', 'went from', 'came off',
      'got off', 'moved off', 'transitioned off', 'transitioned from', 'graduated from', 'left',
    ]),
  },
  family: {
    matters: ['divorce', 'separation', 'custody battle', 'custody fight', 'custody hearing', 'nasty divorce', 'messy divorce'],
    links: verbForms([
      'getting', 'going through', 'goes through', 'went through', 'in the middle of', 'filed for', 'filing for', 'asked for',
      'facing', 'fighting', 'lost', 'losing', 'in', 'has', 'had',
    ]),
  },
  health: {
    matters: [
      'methadone', 'suboxone', 'chemo', 'chemotherapy', 'radiation therapy', 'dialysis', 'ivf', 'fertility treatments',
      'fertility treatment', 'antidepressants', 'antipsychotics', 'detox', 'rehab', 'palliative care',
      'hospice', 'long-term disability', 'short-term disability', 'disability accommodation', 'medical accommodation',
      'a disability accommodation', 'a medical accommodation', 'psychiatric care', 'psych ward', 'the psych ward',
      'a psych hold', 'therapy for', 'counselling for', 'grief counselling', 'a feeding tube', 'a ventilator',
      'a double mastectomy', 'a mastectomy', 'a hysterectomy', 'brain surgery', 'heart surgery', 'gender-affirming care',
      'hormone therapy',
    ],
    links: verbForms([
      'on', 'back on', 'off', 'in', 'back in', 'in and out of', 'out of', 'going through', 'goes through', 'went through',
      'undergoing', 'doing', 'started', 'starting', 'finished', 'going to', 'went to', 'sent to', 'checked into',
      'checked herself into', 'checked himself into', 'admitted to', 'released from', 'needs', 'needed', 'was denied',
      'got denied', 'denied', 'applied for', 'approved for', 'requested', 'asked for', 'was granted', 'got', 'having',
      'had', 'has', 'scheduled for', 'recovering from',
    ]),
  },
};

/** Religious practice stated about someone (conversions and head coverings are in IDENTITY_FACTS_EN). */
export const RELIGIOUS_PRACTICES_EN = verbForms([
  'prays five times a day', 'prays five times', 'prays at work', 'prays in the', 'fasting for ramadan', 'fasts for ramadan',
  'fasting this ramadan', 'is fasting for', 'observes ramadan', 'observes the sabbath', 'observes shabbat', 'keeps kosher',
  'keeps halal', 'eats only halal', 'eats only kosher', 'goes to mosque', 'goes to the mosque', 'goes to synagogue',
  'goes to the synagogue', 'goes to temple', 'goes to the gurdwara', 'goes to church every', 'left the church', 'left islam', 'left the faith',
  'lost her faith', 'lost his faith', 'is born again', 'became born again', 'wears the hijab', 'wears a yarmulke',
  'started wearing a hijab', 'stopped wearing her hijab',
]);

/** Verbs telling that someone spoke about their own story in public: told with consent, not disclosed. */
export const SELF_TOLD_EN = [
  'spoke about her own', 'spoke about his own', 'spoke about their own', 'talked about her own', 'talked about his own',
  'talked about their own', 'about her own', 'about his own', 'about their own', 'spoke openly about', 'spoke movingly about',
  'spoke candidly about', 'spoke publicly about', 'talked openly about', 'opened up about', 'told her story',
  'told his story', 'told their story', 'with her permission', 'with his permission', 'with their permission',
  'shared with permission', 'she asked me to share', 'he asked me to share', 'they asked me to share',
  // The same telling in other tenses: "Simone Biles talking openly about her mental health", "she speaks openly about".
  ...['talking', 'talks', 'speaking', 'speaks', 'writing', 'writes', 'wrote'].flatMap((v) => [`${v} openly about`, `${v} candidly about`, `${v} publicly about`]),
  'opening up about', 'opens up about', 'is open about', 'has been open about', 'being open about',
];

/** Places whose visitors share a health or money state: seeing someone there and saying so tells it
 * ("saw my neighbour Darlene at the methadone clinic"). Read only after a sighting (SIGHTING_VERBS_EN). */
export const SIGHTED_PLACES_EN = {
  health: [
    'methadone clinic', 'suboxone clinic', 'detox centre', 'detox center', 'detox', 'rehab', 'rehab centre', 'rehab center',
    'aa meeting', 'na meeting', 'cancer centre', 'cancer center', 'cancer clinic', 'chemo unit', 'chemo ward', 'oncology ward',
    'oncology clinic', 'dialysis unit', 'dialysis clinic', 'psych ward', 'psychiatric ward', 'psychiatric hospital',
    'mental health unit', 'mental health clinic', 'addiction clinic', 'addictions clinic', 'abortion clinic',
    'fertility clinic', 'sexual health clinic', 'sti clinic', 'hiv clinic', 'safe injection site',
    'supervised injection site', 'supervised consumption site',
  ],
  financial: [
    'food bank', 'homeless shelter', "women's shelter", 'soup kitchen', 'welfare office', 'ontario works office',
    'odsp office', 'pawn shop', 'payday loan place', 'payday lender',
  ],
};

/** Seeing someone somewhere: the verbs that open a sighting. */
export const SIGHTING_VERBS_EN = [
  'saw', 'seen', 'spotted', 'ran into', 'run into', 'running into', 'bumped into', 'bump into', 'caught', 'noticed',
];

/**
 * A privacy rule told to readers: "don't post about your clients". A post that states it and then
 * tells "someone in my old unit got disciplined for it" tells a cautionary tale, not a colleague's file.
 */
export const PRIVACY_NORMS_EN = ["don't", 'dont', 'do not', 'never'].flatMap((no) =>
  ['post about', 'talk about', 'share', 'write about', 'vent about', 'tweet about'].flatMap((verb) =>
    ['your clients', 'clients', 'a client', 'your patients', 'patients', 'a patient', 'your cases', 'members of the public', 'the public you serve'].map(
      (who) => `${no} ${verb} ${who}`,
    ),
  ),
);
