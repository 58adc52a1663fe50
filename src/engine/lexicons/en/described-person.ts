// Someone described by circumstances instead of a name (English): "the guy who comes into our
// office every Monday", "a 29-year-old mom in Kirkland Lake". With a health, benefits, legal or
// immigration fact, a neighbour or a coworker can tell who it is: FIPPA personal information.

/** One particular person who comes back, calls or sits at the author's counter. */
export const RECURRING_PERSON_EN = [
  'the guy who', 'the man who', 'the woman who', 'the lady who', 'the gentleman who', 'the old man who', 'the old lady who',
  'the older gentleman who', 'the older lady who', 'the older man who', 'the older woman who', 'the young guy who',
  'the young man who', 'the young woman who', 'the girl who', 'the boy who', 'the kid who', 'the teen who', 'the mom who',
  'the dad who', 'the mother who', 'the father who', 'the grandma who', 'the grandpa who', 'the senior who', 'the veteran who',
  'the couple who', 'the family who', 'the dude who', 'the client who', 'the applicant who', 'the tenant who',
  'the customer who', 'the caller who', 'the patient who', 'our regular', 'one of our regulars', 'a regular at',
  'my regular', 'that guy who', 'that lady who', 'that man who', 'that woman who', 'this guy who', 'this lady who',
  'this man who', 'this woman who', 'guy who comes in', 'lady who comes in', 'man who comes in', 'woman who comes in',
];

/** A person met at the author's own counter, desk or caseload: an encounter at work. */
export const MET_AT_WORK_EN = [
  'at my counter', 'to my counter', 'at my wicket', 'at my desk today', 'at my window', 'on my caseload', 'in my caseload',
  'on my case load', 'one of my clients', 'one of my files', 'home visit today', 'home visit this morning',
  'home visit yesterday', 'hard home visit', 'tough home visit', 'rough home visit', 'sad home visit', 'my last home visit',
  'came to my counter', 'came to my desk', 'in my office today', 'at intake today', 'on the phone today with',
  'had a client', 'had a guy', 'had a lady', 'had a man', 'had a woman', 'had a mom', 'had a dad', 'had a senior',
  'had a gentleman', 'had a young', 'had an older', 'had a family', 'had a couple', 'had a kid', 'had a teen',
  'had a refugee', 'had an applicant', 'had a caller', 'had a tenant',
];

/** The author says readers will know who it is: "(if you've been to our school you know who I mean)". */
export const KNOWN_TO_READERS_EN = ['you know who i mean', "you know who i'm talking about", 'you know exactly who', 'if you know you know'];

/**
 * Circumstances, without a verb tying them to someone: alone they are a topic ("dialysis
 * transport"), next to a described person they are that person's.
 */
export const CIRCUMSTANCES_EN = [
  'dialysis', 'chemo', 'chemotherapy', 'radiation treatment', 'opioid use disorder', 'substance use disorder',
  'alcohol use disorder', 'opioids', 'fentanyl', 'methadone', 'suboxone', 'rehab', 'detox', 'overdose', 'overdosed',
  'hiv', 'hiv-positive', 'terminally ill', 'palliative', 'suicidal', 'suicide attempt', 'self-harm', 'psychosis', 'schizophrenic',
  'bipolar', 'pregnant', 'miscarriage', 'amputee', 'wheelchair', 'kids in care', 'children in care', 'kids already in care',
  "children's aid", 'cas', 'cas took', 'apprehended', 'custody battle', 'odsp', 'ontario works', 'welfare', 'social assistance',
  'disability benefits', 'disability cheque', 'refugee claimant', 'refugee claim', 'asylum claim', 'asylum seeker',
  'irb hearing', 'refugee hearing', 'deportation', 'deported', 'removal order', 'undocumented', 'no status',
  'homeless', 'evicted', 'eviction', 'bankrupt', 'bankruptcy', 'parole', 'probation', 'criminal record',
  'just got out of jail', 'just out of prison', 'restraining order', 'dementia', 'alzheimer', "alzheimer's", 'cancer',
  'stage 4', 'stage four', 'addiction', 'addictions', 'using again', 'relapsed', 'anorexia', 'ptsd', 'hepatitis',
  // Disability, self-harm said in plain words, and the stage of a claim.
  'deaf', 'hard of hearing', 'blind', 'autistic', 'autism', 'down syndrome', 'hurt himself', 'hurt herself',
  'hurt themselves', 'tried to hurt', 'tried to kill himself', 'tried to kill herself', 'medical report', 'medical file',
  'in reconsideration', 'sitting in reconsideration', 'claim was denied', 'claim got denied', 'benefits cut off',
  'service dog', 'cochlear implant', 'hearing aids', 'feeding tube', 'oxygen tank',
];

/**
 * A person pointed to by the story they were in ("the kid from the Sudbury story", "whose mom was on
 * CBC last spring"): readers know exactly who it is, so the news words here identify rather than
 * report. Said with a fact learned at work, that is personal information.
 */
export const MEDIA_POINTERS_EN = [
  'whose mom was on', 'whose dad was on', 'whose mother was on', 'whose father was on', 'whose parents were on',
  'whose family was on', 'whose wife was on', 'whose husband was on', 'who was on the news', 'who was in the news',
  'who was in the paper', 'who was all over the news', 'you saw on the news', 'you all saw on the news',
];

/** A statement about people in general, a rule or a service: nobody in particular. */
export const GENERIC_CUES_EN = [
  'can apply', 'may apply', 'eligible', 'eligibility', 'qualify', 'qualifies', 'if you', 'anyone who', 'everyone who',
  'people who', 'those who', 'clients who', 'seniors who', 'families who', 'and over', 'and older', 'or older', 'and up',
  'and under', 'or younger', 'between the ages', 'aged between', 'on average', 'per cent', 'percent', 'program helps',
  'helps people', 'learn more', 'find out how', 'how to apply',
];

/** After a circumstance, words that make it a cause, a service or an event ("cancer walk", "ODSP office"). */
export const TOPIC_AFTER_EN = [
  'research', 'society', 'fundraiser', 'walk', 'run', 'ride', 'awareness', 'foundation', 'charity', 'month', 'week', 'day',
  'office', 'offices', 'rates', 'rate', 'policy', 'program', 'programs', 'reform', 'review', 'act', 'legislation',
  'funding', 'budget', 'centre', 'center', 'clinic', 'unit', 'ward', 'staff', 'worker', 'workers', 'caseworker',
  'team', 'training', 'conference', 'forms', 'form', 'website', 'line', 'hotline', 'volunteers', 'volunteer', 'board',
  'wait times', 'wait time', 'waitlist', 'waitlists', 'wait list', 'backlog', 'services', 'supports',
];
