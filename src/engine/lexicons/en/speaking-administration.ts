// The administrative "we", in English: an author who runs a program in the first person plural
// ("we're extending the deadline", "we've approved the applications", "we'll have the backlog
// cleared by spring") speaks as the ministry. Only official channels do that (OPS social media
// guidelines); a specialist shares the official notice instead. The object must be a public one: "we're
// extending our vacation" and "we launched the new guide" are not administration.

/** First-person-plural subjects (and a unit's first person, "our team"). */
export const ADMIN_SUBJECTS_EN = [
  'we', "we're", 'were', 'we are', "we've", 'we have', "we'll", 'we will', "we won't", 'we will not', "we're not",
  'we are not', "we haven't", 'we have not', "we'd", 'our team', 'our office', 'our unit', 'our branch', 'our program',
  'our ministry', 'the team and i', 'officially',
];

/** Words that may stand between the subject and the verb ("we will not be extending"). */
export const ADMIN_FILLERS_EN = [
  'will', 'be', 'are', 'is', 'have', 'has', 'had', 'been', 'not', "n't", 'now', 'also', 'officially', 'just', 'finally',
  'already', 'going', 'to', 'gonna', 'currently', 'temporarily', 'still', 'definitely', 'decided', 'able', 'pleased',
  'happy', 'excited', 'proud',
  // A commitment in the program's name is a future ("we are committed to reopening the centre").
  'committed', 'fully', 'firmly', 'pledging', 'pledged', 'promising', 'vowing', 'determined', 'working', 'planning',
];

/** What a program does to its applicants and services. */
export const ADMIN_VERBS_EN = [
  'extend*', 'approv*', 'deny', 'denying', 'denied', 'reject*', 'launch*', 'open', 'opening', 'opened', 'reopen*',
  'close', 'closing', 'closed', 'fund', 'funding', 'funded', 'increas*', 'cut', 'cutting', 'chang*', 'waiv*', 'add',
  'adding', 'added', 'invest*', 'expand*', 'paus*', 'suspend*', 'cancel*', 'reinstat*', 'accept*', 'updat*', 'lower*',
  'rais*', 'freez*', 'froze', 'cover*', 'reimburs*', 'process*', 'issu*', 'prioriti*', 'fast track*', 'review*',
  'restor*', 'reduc*', 'eliminat*', 'introduc*', 'requir*', 'allow*', 'ban', 'banning', 'exempt*', 'renew*', 'end',
  'ending', 'phas*', 'roll*', 'shut*', 'merg*', 'modif*', 'tighten*', 'loosen*', 'simplif*', 'decid*', 'postpon*',
  'delay*', 'resum*', 'relax*', 'streamlin*', 'scrap*', 'drop', 'dropping', 'dropped', 'apologi*', 'regret*', 'sorry',
];

/** What a service does to fix things, promised in the future ("we'll have the portal back up"). */
export const REMEDY_VERBS_EN = [
  'fix*', 'resolv*', 'clear*', 'sort*', 'address*', 'restor*', 'reopen*', 'get', 'have', 'process*', 'pay', 'paying',
  'catch up', 'deal with', 'take care of', 'look into', 'back up', 'bring back', 'repair*', 'patch*', 'handle',
  'push through', 'speed up', 'move along', 'expedit*', 'fast track*', 'get moving',
];

/** Public things a program administers. */
export const ADMIN_OBJECTS_EN = [
  'deadline', 'deadlines', 'intake', 'application', 'applications', 'applicants', 'program', 'programs', 'grant',
  'grants', 'funding', 'fees', 'fee', 'eligibility', 'criteria', 'payment', 'payments', 'benefit', 'benefits', 'licence',
  'licences', 'license', 'licenses', 'permit', 'permits', 'clinic', 'clinics', 'subsidy', 'subsidies', 'rebate',
  'rebates', 'claim', 'claims', 'cost share', 'regulation', 'regulations', 'inspection', 'inspections', 'cheques',
  'exemption', 'exemptions', 'quota', 'quotas', 'requirement', 'requirements', 'waitlist', 'wait list', 'outage',
  'outages', 'disruption', 'disruptions', 'inconvenience', 'delays', 'service disruption', 'closure', 'closures',
];

/** Words that are public only when the sentence speaks of government ("the office", "the rules"). */
export const WEAK_OBJECTS_EN = [
  'window', 'office', 'offices', 'centre', 'centres', 'center', 'centers', 'contract', 'service', 'services', 'rules',
  'policy', 'stream', 'round', 'fund', 'service hours', 'hours', 'campsites', 'backcountry', 'sites', 'cap', 'staff',
];

/** What makes a weak object public: a word of government in the same sentence. */
export const PUBLIC_CONTEXT_EN = [
  'ministry', 'government', 'province', 'provincial', 'Ontario', 'ServiceOntario', 'public', 'program', 'grant',
  'OHIP', 'ODSP', 'OSAP', 'Ontario Works', 'Ontario Parks', 'MTO', 'OMAFRA', 'highway', 'health card', 'applicants',
  'residents', 'farmers', 'clients',
];

/** "On behalf of…", "X has asked me to…": the author relays the institution or its head. */
export const BEHALF_EN = ['on behalf of', 'speaking for', 'speaking on behalf of', 'representing'];
export const RELAY_EN = [
  'asked me to', 'has asked me to', 'wanted me to', 'wants me to', 'wants you to know', 'wanted you to know',
  'asked me to pass along', 'asked me to share', 'has asked that i',
];
export const HEADS_EN = ['minister', 'the minister', 'premier', 'the premier', 'deputy minister', 'our deputy', 'my deputy', 'the DM', 'my DM', 'our DM', 'my ADM', 'our ADM', 'the ADM'];

/** Services that break and get fixed: objects of a promised remedy. */
export const SERVICE_OBJECTS_EN = [
  'service', 'backlog', 'wait times', 'waits', 'portal', 'website', 'site', 'system', 'online service', 'outage', 'delays', 'delay',
  'line', 'phone line', 'lineups', 'queue', 'files', 'file', 'cheque', 'cheques', 'payments', 'claims', 'applications',
  'permits', 'renewals', 'counter', 'office', 'road', 'highway', 'bridge', 'health card', 'guidance', 'guidelines',
  'decision', 'decisions', 'answer', 'an answer', 'approval', 'approvals', 'funding', 'your claim', 'your file',
  'your application', 'your permit', 'your licence', 'your cheque', 'your payment',
];

/** Future forms: with a remedy, the sentence promises. */
export const FUTURE_EN = ["we'll", 'we will', "we're going to", 'we are going to', "we're gonna", "i'll", 'i will', "i'm going to", 'i am going to'];

// Any day, month or season can be a deadline ("by Sunday", "by March", "before June").
const DATES_EN = [
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april',
  'june', 'july', 'august', 'september', 'october', 'november', 'december', 'spring', 'summer', 'fall', 'autumn', 'winter',
];

/** Deadlines and reassurance that make a promise of a plan ("by spring", "don't worry"). */
export const PROMISE_CUES_EN = [
  ...DATES_EN.flatMap((d) => [`by ${d}`, `before ${d}`]),
  'by the weekend', 'by next week', 'by next month', 'by tonight', 'by tomorrow', 'by the end of', 'by end of',
  'before christmas', 'before the holidays', 'within days', 'within a week', 'within two weeks', 'in a few days',
  'next week', 'this week', 'today', 'tonight', "don't worry", 'do not worry', 'rest easy', 'hang in there',
  'no need to worry', 'i promise', 'we promise', 'guaranteed', 'for sure',
];

/** Government bodies a "we at…" or a sign-off can speak for. */
export const INSTITUTIONS_EN = [
  'the ministry', 'the ministry of', 'ministry of', 'ministry', 'the government', 'the province', 'ServiceOntario', 'Service Ontario',
  'Ontario Parks', 'MTO', 'OMAFRA', 'MECP', 'MNR', 'MNRF', 'MOH', 'MCCSS', 'MGCS', 'MPBSD', 'MLITSD', 'MMAH', 'TBS',
  'SolGen', 'MLTSD', 'MAG', 'MOF', 'MMA', 'EDU', 'MCU', 'MNDM', 'Public Health Ontario', 'Ontario Health', 'the OPS', 'the Ontario Public Service', 'Queen\'s Park',
  'the fire program', 'the Ontario Works office', 'the ODSP office', 'Ontario Works', 'ODSP',
];

/** Claims that the post states a position: "our position is…", "ministry policy is…". */
export const POSITION_CLAIMS_EN = [
  'our position is', 'our position on', 'our official position', 'our stance is', 'our policy is', 'ministry policy is',
  'ministry policy says', 'government policy is', 'the official line is', 'the official answer is', 'our answer is',
  'our decision is', 'the decision has been made', 'our view is',
  // The institution named inside the claim: "our position at MECP is simple", "our position here at the ministry".
  'our position at', 'our position here at', 'our stance at', 'our view at', 'our policy at',
  // The claim after the statement ("no exemptions, that is our position").
  "that's our position", 'that is our position', "that's the ministry's position", 'that is the ministry position', 'our position has not changed', "our position hasn't changed",
];

/** Authority markers with "officially": "I can officially confirm…". */
export const OFFICIAL_CONFIRM_EN = [
  'i can officially confirm', 'officially confirm', 'officially confirming', "it's official", 'it is official',
  'officially announce', 'officially announcing', 'i can now confirm', 'i can confirm', 'we can confirm',
  'we can now confirm', 'confirmed today', 'official word',
];

/** Things of government whose future a confirmation announces ("the Timmins office will stay open"). */
export const GOV_FUTURE_EN = [
  'will stay open', 'will remain open', 'will close', 'will be closed', 'will reopen', 'will be reopened',
  'will not close', "won't close", 'will be extended', 'will not be extended', "won't be extended", 'will be cancelled',
  'will be canceled', 'will be funded', 'will not be funded', 'will go ahead', 'will not go ahead', "won't go ahead",
  'will be paid', 'will be covered', 'will be reimbursed', 'will be approved', 'will be fixed', 'will be cleared',
  'is cancelled', 'is canceled', 'is extended', 'is approved', 'is going ahead',
];

/** A service desk's invitation ("DM us", "we'll get back to you"): with "your application" nearby, the voice of the program. */
export const CHANNEL_INVITES_EN = [
  'dm us', 'message us', 'contact us', 'email us', 'e mail us', 'call us', 'reach out to us', 'send us', 'write to us',
  'comment below', "we'll answer", 'we will answer', "we'll get back to you", 'we will get back to you',
  "we'll look into it", 'we will look into it', "we'll follow up", 'we will follow up', 'our team will', 'our staff will',
];

/** What a client brings to a program desk: "your application", "your claim". */
export const CLIENT_MATTERS_EN = [
  'your grant', 'your application', 'your file', 'your claim', 'your permit', 'your licence', 'your license',
  'your account', 'your payment', 'your cheque', 'your benefits', 'your benefit', 'your case', 'your appeal',
  'your renewal', 'your health card', 'your inspection', 'your request', 'your eligibility',
];

/** Answers to the public's worries about a program ("rest assured…", "to everyone asking: yes…"):
 * with a program's object in the sentence, the author speaks as the program. */
export const REASSURANCE_EN = [
  'rest assured', 'to everyone asking', 'for everyone asking', 'for those asking', 'to those asking', 'to all who asked',
  'to answer your questions', 'to answer the questions', 'i can reassure', 'i want to reassure', 'let me reassure',
  'nobody is losing', 'no one is losing', 'nobody will lose', 'no one will lose',
  // Reassurance addressed to a client about their file ("don't worry, your cheque goes out this week").
  "don't worry", 'do not worry', 'no need to worry', 'not to worry',
];
