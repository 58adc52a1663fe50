// Offers of special help in the course of one's job: no preferential treatment, no help beyond what
// the job ordinarily provides, not even the appearance of it (O. Reg. 381/07 s. 6).

/** Speeding a file through: "fast-track", "expedite", "push through". */
export const SPEED_UP_EN = [
  'fast-track', 'fast track', 'fasttrack', 'expedite', 'speed up', 'rush', 'push through', 'prioritize',
  'prioritise', 'bump', 'bump up', 'move up', 'sneak through', 'look the other way on', 'waive', 'skip',
  'make disappear',
];

/** What gets sped up: the reader's file with the government. */
export const FILES_EN = [
  'application', 'applications', 'file', 'permit', 'permits', 'licence', 'license', 'request', 'case', 'claim',
  'paperwork', 'approval', 'renewal', 'submission', 'appointment', 'inspection', 'registration', 'grant',
  'funding', 'review', 'assessment', 'file number', 'inquiry', 'complaint', 'hearing', 'audit', 'ticket', 'tickets',
  'fee', 'fees', 'late fee', 'fine', 'fines', 'penalty', 'penalties', 'parking ticket', 'speeding ticket',
  // Appeals and the documents a counter issues are files too: "stuck in the appeal queue", "waiting on your health card".
  'appeal', 'appeals', 'health card', 'passport', "driver's licence", "driver's license", 'birth certificate',
  'certificate', 'benefits', 'cheque', 'refund', 'rebate',
];

/** The author offering: first person singular, or "DM me" to arrange it. */
export const OFFER_AGENTS_EN = [
  "i'll", 'i will', 'i can', 'i could', "i'd", 'i would', 'let me', "i'm able to", 'i am able to', 'i know how to',
  'dm me', 'message me', 'pm me', 'text me', 'call me', 'email me', 'hit me up', 'contact me', 'reach out to me',
  'send me', 'talk to me', 'ask me', 'i got you', "i've got you", 'leave it with me', 'i know someone',
  'i know a guy', 'i have a contact', 'i have contacts', 'i have connections', 'go through me', 'come straight to me',
  'come directly to me', 'i know the adjudicators', 'i know the inspectors', 'i know the reviewers', 'i know the people in',
  'i know people in', 'i know the right people', 'i know the folks in', 'i know everyone in', 'i know everyone at',
  'i know the people at', 'i know people at', 'i know the panel', 'i know the examiners', 'i know the decision makers',
];

/** The same offer in an organisation's voice ("we'll fast-track your…"): weaker on an official account. */
export const OFFER_AGENTS_WE_EN = ["we'll", 'we will', 'we can', 'we could', 'dm us', 'message us'];

/** Cutting the line. */
export const QUEUE_JUMPS_EN = [
  'skip the queue', 'skip the line', 'skip the lineup', 'skip the waitlist', 'skip the wait list', 'skip the wait',
  'jump the queue', 'jump the line', 'cut the line', 'cut the queue', 'front of the line', 'front of the queue',
  'ahead of the line', 'ahead of the queue',
  'ahead of everyone', 'bypass the waitlist', 'bypass the wait list', 'bypass the queue', 'bypass the line',
  'pull some strings', 'pull strings', 'pull a few strings', 'put in a good word', 'grease the wheels',
  'move you up', 'bump you up', 'get you in', 'get you a spot', 'get you a slot', 'get you an appointment',
  'get you seen', 'get you approved', 'get it approved', 'get you to the front', 'get you ahead',
  'make your ticket go away', 'make the ticket go away', 'make your fine go away', "don't bother with the queue",
  "don't bother with the line", "don't bother with the lineup", "don't bother with the wait", "don't bother with the waitlist",
  "don't bother calling", "don't bother applying online", 'come straight to me', 'come directly to me', 'go through me',
  'skip the system', 'bypass the system', 'jump ahead', 'jump the list', 'a spot ahead', 'put in a word', 'put a word in',
  'have a word with', 'squeeze you in', 'fit you in', 'slot you in', 'squeeze him in', 'squeeze her in', 'sneak you in',
  'get you bumped up', 'pull a string', 'let it slide', 'let this one slide', 'let that slide', 'turn a blind eye',
  "won't write you up", "won't report it", "won't report you", 'skip the inspection', 'skip your inspection', 'waive the fee',
  'waive your fee', 'waive the late fee', 'waive the penalty', 'waive your penalty', 'overlook it', 'overlook the violation',
];

/** Seeing to a file's fate ("I'll see that it lands on the right desk"): a favour once a priority or outcome follows. */
export const SEE_TO_IT_EN = [
  'see that it', 'see to it that', 'make sure it', 'make sure that it', 'make sure they', 'make sure he', 'make sure she',
  'make sure this', 'make sure that', 'personally make sure',
];
export const PRIORITY_CUES_EN = [
  'first thing', 'first', 'right desk', 'the top', 'top of', 'priority', 'quickly', 'fast', 'asap', 'right away', 'today',
  'approved', 'goes through', 'gets through', 'lands', 'gets looked at', 'gets seen', 'before the others', 'signed off',
];

/** Handling a file oneself: a favour once a file is named ("text me your file number and I'll take care of it"). */
export const TAKE_CARE_EN = [
  'take care of it', 'take care of that', 'take care of them', 'take care of the rest', 'take care of everything',
  'handle it personally', 'handle it myself', 'handle it for you', 'sort it out', 'sort it out for you', 'get it sorted',
  'look after it', 'look after it personally', 'make it happen', 'get it done', 'get it through', 'push it through',
  'make it go away', 'fix it for you', 'see to it personally', 'deal with it personally', 'see what i can do',
  "i'll see what i can do", 'let me see what i can do', 'work my magic', 'make a call', 'make a few calls',
  // The same favour with a generic object: "I can get things moving faster on our end".
  'get things moving', 'get it moving', 'get them moving', 'get things going', 'speed things up', 'speed it up',
  'hurry things along', 'hurry it along', 'move things along', 'move it along', 'get things unstuck', 'get it unstuck',
  'unstick it', 'push it through faster', 'push yours through',
];

/** Moving a file up: "move them to the top of my pile". */
export const MOVE_VERBS_EN = ['move', 'bump', 'put', 'push', 'place', 'slide', 'get', 'slip'];
export const MOVED_OBJECTS_EN = ['it', 'them', 'yours', 'that one', 'those'];
export const TOP_PLACES_EN = [
  'to the top', 'at the top', 'on top', 'to the front', 'at the front', 'first in line', 'to the head of',
  'up the list', 'up the queue', 'up the pile', 'ahead of the others', 'ahead of everyone', 'ahead',
];

/** Advice to act before a change only the author knows about ("if I were you, I'd file now"). */
export const ACT_AHEAD_STRONG_EN = [
  "if i were you i'd", 'if i were you i would', 'if i were you, i would', "if i were you, i'd", 'if i were in your shoes',
  "i'd get your", 'i would get your', "i'd file", 'i would file', "i'd apply", 'i would apply', "i'd hurry", 'i would hurry',
  "i wouldn't wait", 'i would not wait', "don't wait too long", "i'd renew", 'i would renew',
];
/** The same advice in a plain imperative: insider advice only when the post also says it is not public. */
export const ACT_AHEAD_EN = [
  'get your applications in', 'get your application in', 'get your renewals in', 'get your renewal in',
  'get your permits in', 'get your permit in', 'file your renewals now', 'file your renewal now', 'file now',
  'file your applications now', 'apply now before', 'get in before', 'get it in before', 'do it before the',
  'lock in before', 'hurry up and apply', 'hurry up and file', 'apply now', 'renew now', 'buy now before', 'sell now',
  'get your paperwork ready', 'get your documents ready', 'have your paperwork ready', 'have your documents ready',
  'start preparing your', 'get your bid ready', 'get your bids ready', 'prepare your bid', 'prepare your bids',
  'prepare your application', 'get ready now', 'start getting ready', 'line up your', 'get your ducks in a row',
];
/** A change ahead, in the author's own voice or as a fact not yet public. */
export const CHANGE_AHEAD_EN = [
  'rules tighten', 'rules will tighten', 'rules are tightening', 'rules will change', 'rules are changing',
  "we're about to", 'we are about to', "we're going to", 'we are going to', 'about to tighten', 'about to change',
  'about to cut', 'about to be cut', 'going to change', 'going to tighten', 'before it changes', 'before they change',
  'before the change', 'before the rules change', 'fees are going up', 'fees will go up', 'will be cut', 'will be scrapped',
];
/** Signs that what the author knows is not public. */
export const SECRET_CUES_EN = [
  'not public yet', 'not yet public', 'not announced yet', 'not yet announced', 'between us', 'between you and me',
  "can't say more", 'cannot say more', "can't say much", "you didn't hear it from me", 'off the record',
  'little birdie', 'little bird told', 'keep this quiet', 'keep it quiet', 'keep this to yourself',
];

/** Offering inside knowledge of an assessment: "I can tell you what the scoring panel looks for". */
export const ASSESSORS_EN = [
  'panel', 'panels', 'reviewers', 'assessors', 'evaluators', 'inspectors', 'committee', 'scorers', 'markers',
  'adjudicators', 'scoring panel', 'review panel', 'selection committee', 'hiring panel', 'board',
];

/** A private channel: inside help is offered away from the public service counter. */
export const PRIVATE_CONTACT_EN = [
  'dm me', 'message me', 'pm me', 'text me', 'email me', 'call me', 'privately', 'in private', 'off the record',
  'hit me up', 'reach out to me', 'message me first', 'dm', 'inbox me', 'slide into my dms',
];

/** Make-sure offers need the file and an outcome: "I'll make sure your permit goes through". */
export const ASSURE_EN = ['make sure your', 'making sure your', 'guarantee your', 'ensure your', 'make sure the', 'making sure the'];
export const OUTCOMES_EN = [
  'goes through', 'go through', 'gets through', 'gets approved', 'get approved', 'is approved', 'will be approved',
  'gets accepted', 'is accepted', 'gets granted', 'is granted', 'passes', 'gets done first', 'is done first',
  'gets priority', 'is prioritized', 'is prioritised', 'approval', 'gets signed', 'is signed off', 'gets processed first',
  // Smooth or fast, as a favour: "I'll make sure the paperwork goes smooth 😉".
  'goes smooth', 'goes smoothly', 'goes fast', 'goes quickly', 'moves fast', 'moves quickly', 'gets done fast',
];

/** What makes a "skip the line" legitimate: the public online channel open to everyone. */
export const PUBLIC_CHANNELS_EN = ['online', 'book', 'booking', 'appointment online', 'ontario.ca', 'app', 'website', 'by booking'];

/** "Get you in touch": referral to a contact, not a favour. */
export const NOT_QUEUE_AFTER_EN = ['touch', 'contact', 'the loop', 'line with', 'the right direction'];
