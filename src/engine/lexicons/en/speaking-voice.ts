// Speaking for the government from a personal or specialist account (English).

/** "On behalf of" the government: the author speaks as the institution. */
export const ON_BEHALF_EN = [
  'on behalf of the government', 'on behalf of the government of ontario', 'on behalf of the ontario government',
  'on behalf of the province', 'on behalf of the province of ontario', 'on behalf of the ministry', 'on behalf of my ministry',
  'on behalf of our ministry', 'on behalf of the minister', 'on behalf of the premier', 'on behalf of the ops',
  'on behalf of the ontario public service', 'on behalf of the public service', 'on behalf of ontario',
  'on behalf of the ministry of', 'speaking for the ministry', 'speaking for the government', 'i speak for the ministry',
  'i speak for the government', 'as a spokesperson for the', "as the ministry's spokesperson", 'as ministry spokesperson',
  'as the spokesperson for the ministry', 'speaking on behalf of the ministry', 'speaking on behalf of the government',
  'representing the government of ontario', 'representing the ministry',
];

/** "We" as the ministry or the government. */
export const WE_THE_MINISTRY_EN = [
  'we at the ministry', 'we at the ministry of', 'we, the ministry', 'we the ministry', 'we at the government',
  'here at the ministry, we', 'here at the ministry we', 'we as a ministry', 'we as a government', 'as a ministry, we',
  'as a ministry we', 'as a government, we', 'as a government we', 'we in government', 'we in the government',
  // "As the ministry, we…" with any article or possessive.
  ...['the', 'a', 'your', 'our'].flatMap((d) => ['ministry', 'government', 'province'].flatMap((i) => [`as ${d} ${i}, we`, `as ${d} ${i} we`])),
  'we at queen\'s park', 'the ministry and i', 'we at mto', 'we at moh', 'we at mecp', 'we at mgcs', 'we at tbs',
];

/** The institution's position, stated as such. */
export const POSITION_PHRASES_EN = [
  "the ministry's position is", "the government's position is", "the ministry's official position",
  "the government's official position", 'the official position of the ministry', 'the official position of the government',
  "the ministry's stance is", "the government's stance is", "the ministry's view is", "the government's view is",
  'the ministry is of the view', 'the government is of the view', 'the position of the ministry is',
  'the position of the government is', "our ministry's position", "our government's position", 'our position as a ministry',
  'officially, the ministry', 'officially, the government', 'the ministry does not support', 'the government does not support',
  // Not "the ministry's position" alone: "I disagree with the ministry's position on…" discusses it;
  // a stated position ("…'s position is", "position of the … government is") is read by official-voice.ts.
  "the ministry's official line", 'our official position',
];

/** The first-person possessive before the institution. */
export const OUR_INSTITUTION_EN = ['our ministry', 'my ministry', 'our government', 'my government'];

/** What the institution decides, intends or believes (after "our ministry"). */
export const INSTITUTION_VERBS_EN = [
  'will', "won't", 'will not', 'is going to', 'is not going to', "isn't going to", 'plans to', 'intends to', 'has decided',
  'decided', 'believes', 'supports', 'opposes', 'is committed to', 'remains committed', 'stands by', 'rejects',
  'disagrees', 'does not support', "doesn't support", 'cannot', "can't", 'refuses', 'is opposed', 'is against',
  'is in favour', 'is in favor', 'has no plans', 'is considering', 'will be', 'position', 'view', 'stance',
];

/** Policy actions after "will": "our ministry will cut…", not "will be at the career fair". */
export const POLICY_VERBS_EN = [
  'fund', 'funding', 'cut', 'cutting', 'close', 'closing', 'introduce', 'introducing', 'change', 'changing', 'end',
  'ending', 'cancel', 'cancelling', 'extend', 'extending', 'expand', 'expanding', 'reduce', 'reducing', 'increase',
  'increasing', 'raise', 'raising', 'eliminate', 'eliminating', 'approve', 'approving', 'reject', 'rejecting', 'review',
  'reviewing', 'implement', 'implementing', 'require', 'requiring', 'ban', 'banning', 'allow', 'allowing', 'permit',
  'support', 'supporting', 'oppose', 'invest', 'investing', 'deliver', 'provide', 'providing', 'continue', 'stop',
  'stopping', 'move', 'moving', 'merge', 'merging', 'release', 'announce', 'announcing', 'lay off', 'hire', 'freeze',
  'freezing', 'launch', 'launching', 'reverse', 'reconsider', 'appeal', 'enforce', 'enforcing', 'exempt', 'waive',
  'renew', 'renewing', 'not', 'never', 'no longer', 'definitely', 'absolutely', 'fix', 'address',
];

/** Announcing in the first person: with a government matter and no link, the author announces for the government. */
export const FIRST_PERSON_ANNOUNCE_EN = [
  "we're excited to announce", 'we are excited to announce', "we're proud to announce", 'we are proud to announce',
  "we're pleased to announce", 'we are pleased to announce', "we're happy to announce", 'we are happy to announce',
  "we're thrilled to announce", 'we are thrilled to announce', "i'm pleased to announce", 'i am pleased to announce',
  "i'm proud to announce", 'i am proud to announce', "i'm excited to announce", "i'm happy to announce",
  "i'm thrilled to announce", 'i can announce', 'we can announce', 'i can now announce', 'we can now announce',
  "i'm announcing", 'we are announcing', "we're announcing",
];

/** A claim of authority around a statement about the government: "I can confirm…". */
export const AUTHORITY_MARKERS_EN = [
  'i can confirm', 'i can tell you', 'i can assure you', 'i can say', 'trust me', 'rest assured', 'let me be clear',
  'to be clear', 'officially', 'for the record', 'make no mistake', 'i want to be clear', 'i want to assure',
  'let me assure', "i'm confirming", 'i am confirming', 'confirmed:', 'official:', 'we can confirm',
];
