// Talking down to a member of the public without an insult word: a lone "Sir." of exasperation,
// "re-read the letter before you write to us", "imagine not reading the FAQ before yelling at us".
// conduct/belittling combines these pieces; each alone is ordinary.

/** Forms of address that, standing alone as a sentence, sigh at the reader ("Sir. Please."). */
export const VOCATIVES_EN = ['sir', "ma'am", 'maam', 'madam', 'sweetie', 'honey', 'hun', 'buddy', 'pal', 'champ', 'sweetheart'];
/** Words that may stand with such a vocative and keep it a sigh. */
export const EXASPERATIONS_EN = ['oh', 'please', 'seriously', 'come on', 'really', 'i beg you', "i'm begging you", 'again', 'no', 'just no', 'my dude'];

/** Telling someone to read again: the "again" says they failed to the first time. */
export const REREAD_EN = ['re-read', 'reread', 'read it again', 'read again', 'read that again', 'try reading', 'maybe read', 'maybe try reading', 'go back and read', 'actually read', 'read it properly'];
/** Plain instructions to read or check, belittling only before a hostile contact ("before yelling at us"). */
export const READ_EN = ['read', 'check', 'look at', 'take a look at', 'please read', 'please check'];
/** Contact with the author, said as a fault: yelling, ranting, writing to me. */
export const HOSTILE_CONTACT_EN = [
  'before yelling', 'before you yell', 'before screaming', 'before you scream', 'before ranting', 'before you rant',
  'before writing to me', 'before you write to me', 'before writing to us', 'before you write to us', 'before emailing me',
  'before you email me', 'before emailing us', 'before you email us', 'before calling us', 'before you call us',
  'before calling me', 'before you call me', 'before you come at', 'before coming at', 'before tagging us', 'before you tag us',
  'before you message me', 'before messaging me', 'before whining', 'before you whine', 'before lecturing', 'before you lecture',
  'yelling at us', 'yelling at me', 'screaming at us', 'screaming at me', 'ranting at us', 'coming at us', 'coming at me',
  // The staff in general: "yelling at the people whose taxes pay for it", "screaming at the counter staff".
  'yelling at the people', 'yelling at people', 'yelling at staff', 'yelling at the staff', 'yelling at workers',
  'yelling at the workers', 'yelling at the counter', 'yelling at the front desk', 'screaming at staff',
  'screaming at the staff', 'screaming at the people', 'screaming at workers', 'screaming at the front desk',
];
/** Openers of a mocking aside ("imagine not reading…"): mockery by themselves. */
export const MOCK_FRAMES_EN = ['imagine not', 'imagine being', 'imagine yelling', 'imagine calling', 'imagine skipping', 'imagine ignoring', 'imagine refusing'];
/** Openers that mock only with a failure after them ("some people can't…", "love when people don't…"). */
export const FAILURE_FRAMES_EN = [
  'some people', 'some folks', 'people who', 'folks who', 'love when people', 'love it when people', 'gotta love people who',
  'nothing like people who', 'always fun when people', 'my favourite is when people', 'my favorite is when people',
  'the people who', 'the guy who', 'the lady who', 'the person who', 'this guy', 'this lady',
];
export const FAILURES_EN = [
  "can't", 'cannot', "don't", "didn't", "won't", 'never', 'refuse to', 'ignore', 'ignored', 'skip', 'skipped', 'not reading',
  'without reading', 'yell', 'yelled', 'scream', 'screamed', 'rant',
];
/** What a member of the public is told they failed to read or use. */
export const SERVICE_THINGS_EN = [
  'faq', 'the faq', 'form', 'the form', 'forms', 'letter', 'the letter', 'instructions', 'the instructions', 'website',
  'the website', 'web page', 'the page', 'the sign', 'signs', 'the post', 'the email', 'the notice', 'the guide',
  'the checklist', 'the deadline', 'the rules', 'the requirements', 'application', 'the application', 'the counter',
  'the line', 'the queue', 'our page', 'our website', 'the portal', 'the fine print',
];

/** Saying the answer was obvious or said before: "it's literally on page one", "as we've said five times". */
export const OBVIOUS_EN = [
  'literally on', 'literally in', "it's literally", 'right there in', 'right there on', 'in bold', 'in black and white',
  'in plain english', 'in big letters', 'on the very first page', 'as we have said', "as we've said", 'as i have said',
  "as i've said", 'like we said', 'like i said', 'for the third time', 'for the fifth time', 'for the hundredth time',
  'for the millionth time', 'times already', 'once again the answer',
];
/** "What part of … was confusing": sarcastic by itself, with its ending. */
export const WHAT_PART_EN = ['what part of', 'which part of'];
export const CONFUSION_EN = ['was confusing', 'is confusing', 'was unclear', 'is unclear', "don't you understand", 'do you not understand', "didn't you understand"];
/** Blame pinned on the reader: "you are the reason we can't have nice things". */
export const BLAME_EN = [
  ...["you're the reason", 'you are the reason', "you're why", 'you are why', 'people like you are the reason', 'people like you are why']
    .flatMap((b) => [`${b} we can't`, `${b} we cannot`, `${b} nobody can`, `${b} no one can`]),
  "reason we can't have nice things",
];

/** Reading (or looking, listening) put as a condition the reader failed: "if you actually read the notice…".
 * Belittling only with a reproach after it (INSTEAD_EN) or a counterfactual "you'd know" (WOULD_KNOW_EN). */
export const IF_YOU_READ_EN = [
  'if you read', 'if you actually read', 'if you just read', 'if you even read', 'if you bothered to read', 'if you bothered reading',
  'if you took the time to read', 'if you looked at', 'if you actually looked at', 'if you checked', 'if you actually checked',
  'if you paid attention', 'if you listened', 'if you actually listened', "if you'd read", 'if you would read',
  "if you'd actually read", "if you'd look at", "if you'd listen", 'maybe if you read', 'maybe if you actually read',
];
/** Literacy or attention itself made the condition: belittling by itself. */
export const IF_YOU_COULD_READ_EN = ['if you could read', 'if you knew how to read', 'if you could actually read', 'if you were able to read'];
/** The complaint the reader is said to make in place of reading. */
export const INSTEAD_EN = [
  'instead of complaining', 'instead of crying', 'instead of whining', 'instead of yelling', 'instead of screaming',
  'instead of ranting', 'instead of tweeting', 'instead of posting', 'instead of tagging', 'instead of moaning',
  'instead of arguing', 'instead of raging', 'instead of bitching', 'instead of freaking out', 'instead of spamming',
  'rather than complaining', 'rather than whining', 'rather than yelling', 'rather than crying',
];
/** The counterfactual that says the reader does not know what the text says. */
export const WOULD_KNOW_EN = [
  "you'd know", 'you would know', "you'd have known", 'you would have known', "you'd understand", 'you would understand',
  "you'd have your", 'you would have your', "you'd already have", "you'd see", 'you would see', "you'd have seen",
  "you wouldn't be asking", "you wouldn't need to ask", "you wouldn't be here", "you'd have noticed", "you'd have your answer",
];

/** The reader sent off like a child from a grown-ups' conversation: belittling by itself. */
export const INFANTILIZING_EN = [
  'let the adults talk', 'let the grown-ups talk', 'let the grownups talk', 'the adults are talking', 'the grown-ups are talking',
  'the grownups are talking', 'let the adults handle', 'let the grown-ups handle', 'back to the kids table', "back to the kids' table",
  'sit at the kids table', "sit at the kids' table",
];
/** "Leave the numbers to (the) adults": belittling once said to someone ("your", an @handle), not to children. */
export const TO_THE_ADULTS_EN = ['to the adults', 'to adults', 'to the grown-ups', 'to the grownups', 'to grown-ups', 'to grownups'];
/** Who the "adults" line is said to when it is a safety tip, not a put-down. */
export const CHILDREN_EN = ['kids', 'children', 'child', 'little ones', 'toddlers', 'toddler', 'teens', 'kiddos'];

/** "With all due respect (none)": respect named then withdrawn. The respect phrase… */
export const DUE_RESPECT_EN = ['with all due respect', 'with all the respect you deserve', 'with all the respect you are due', 'with the respect you deserve'];
/** …and what withdraws it, right after. */
export const RESPECT_WITHDRAWN_EN = ['none', 'which is none', 'which is zero', 'which is not much', "which isn't much", 'zero'];
