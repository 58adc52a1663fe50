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
];

/** The author offering: first person singular, or "DM me" to arrange it. */
export const OFFER_AGENTS_EN = [
  "i'll", 'i will', 'i can', 'i could', "i'd", 'i would', 'let me', "i'm able to", 'i am able to', 'i know how to',
  'dm me', 'message me', 'pm me', 'text me', 'call me', 'email me', 'hit me up', 'contact me', 'reach out to me',
  'send me', 'talk to me', 'ask me', 'i got you', "i've got you", 'leave it with me', 'i know someone',
  'i know a guy', 'i have a contact', 'i have contacts', 'i have connections',
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
  'make your ticket go away', 'make the ticket go away', 'make your fine go away',
];

/** Make-sure offers need the file and an outcome: "I'll make sure your permit goes through". */
export const ASSURE_EN = ['make sure your', 'making sure your', 'guarantee your', 'ensure your'];
export const OUTCOMES_EN = [
  'goes through', 'go through', 'gets through', 'gets approved', 'get approved', 'is approved', 'will be approved',
  'gets accepted', 'is accepted', 'gets granted', 'is granted', 'passes', 'gets done first', 'is done first',
  'gets priority', 'is prioritized', 'is prioritised', 'approval', 'gets signed', 'is signed off', 'gets processed first',
];

/** What makes a "skip the line" legitimate: the public online channel open to everyone. */
export const PUBLIC_CHANNELS_EN = ['online', 'book', 'booking', 'appointment online', 'ontario.ca', 'app', 'website', 'by booking'];

/** "Get you in touch": referral to a contact, not a favour. */
export const NOT_QUEUE_AFTER_EN = ['touch', 'contact', 'the loop', 'line with', 'the right direction'];
