// The help desk's voice, in English: acknowledging a service problem or a person's file in the
// first person plural ("we're looking into the portal outage", "we've escalated your file"). Only an
// official channel answers the public for a ministry; speaking-for-government/service-voice.

/** A team acknowledging, investigating or following up on a problem. */
export const SERVICE_ACKS_EN = [
  "we're looking into", 'we are looking into', "we're aware", 'we are aware', "we're investigating", 'we are investigating',
  "we're working on a fix", 'we are working on a fix', "we're working to fix", 'we are working to fix', "we're working on it",
  'we are working on it', "we're on it", 'we are on it', 'our team is aware', 'our team is looking into',
  'our team is working on', 'the team is looking into', 'the team is aware', "we've escalated", 'we have escalated',
  "i've escalated", 'i have escalated', "we've flagged", "we've passed this along", "i've passed this along",
  "we'll update you", 'we will update you', "we'll keep you posted", 'we will keep you posted', "we'll keep you updated",
  "we'll get back to you", 'we will get back to you', "we'll follow up", 'we will follow up', 'someone will call you',
  'someone will contact you', 'someone will reach out', "we'll reach out", 'we will reach out', "we'll contact you",
  'bear with us', "we're experiencing", 'we are experiencing', "we're currently experiencing",
  'apologies for the inconvenience', 'sorry for the inconvenience', 'we apologize for', 'we apologise for',
];

/** What the public uses from a ministry: the thing the acknowledgement is about. */
export const SERVICE_THINGS_EN = [
  'portal', 'outage', 'website', 'site', 'online', 'system', 'renewal', 'renewals', 'booking', 'bookings', 'appointment',
  'appointments', 'application', 'applications', 'your file', 'file', 'claim', 'claims', 'permit', 'permits', 'licence',
  'license', 'health card', 'card', 'payment', 'payments', 'refund', 'refunds', 'counter', 'phone lines', 'call centre',
  'call center', 'wait times', 'backlog', 'form', 'forms', 'your request', 'your case', 'your account', 'login', 'sign-in',
  'service', 'services', 'delays', 'processing',
];

/** Private things a team may also look after: a shop, a blog, a game server. */
export const PRIVATE_SERVICES_EN = [
  'etsy', 'shopify', 'shop', 'store', 'blog', 'podcast', 'newsletter', 'channel', 'twitch', 'youtube', 'discord', 'server',
  'game', 'band', 'bakery', 'restaurant', 'cafe', 'club', 'league', 'church', 'my app', 'our app', 'subscribers', 'patreon',
  'orders', 'order',
];

/** Asking the reader to send their case privately: a personal channel doing the ministry's intake. */
export const CASE_INVITES_EN = ['dm me', 'message me', 'send me', 'email me', 'pm me', 'inbox me', 'text me', 'dm us', 'send us'];
/** The reader's case, by what identifies it. */
export const READER_CASES_EN = [
  'your file', 'your file number', 'your application', 'your application number', 'your case', 'your case number', 'your claim',
  'your claim number', 'your renewal', 'your permit', 'your licence', 'your license', 'your refund', 'your payment',
  'your request', 'your appeal', 'your card', 'your cheque', 'your reference number', 'your confirmation number',
];
/** Where the reader's case stands, told as by the office handling it. */
export const CASE_STATUS_EN = [
  'is being processed', 'is in progress', 'has been approved', 'was approved', 'is approved', 'has been received',
  'was received', 'is on its way', 'was mailed', 'has been mailed', 'has been escalated', 'is under review',
  'is being reviewed', 'has been flagged', 'is at the top of the pile', 'should arrive', 'will arrive',
];

/** A spokesperson's lines: the ministry's stance stated as fact by someone who cannot give it. */
export const SPOKESPERSON_LINES_EN = [
  "we don't comment on individual cases", 'we do not comment on individual cases', "we can't comment on individual files",
  'we cannot comment on individual files', "we don't comment on individual files", 'the ministry has no plans to',
  'the ministry does not intend to', "the ministry doesn't intend to", 'the ministry will not be', "the ministry won't be",
  'the ministry stands by', 'the ministry is not considering', "the ministry isn't considering", 'the government has no plans to',
  'the government does not intend to', 'the government stands by', 'there are no plans to reverse', 'no plans to reverse',
];
/** What makes such a line a report of someone else's words. */
export const REPORTING_EN = ['said', 'says', 'according to', 'announced', 'statement', 'told reporters', 'confirmed today', 'reports', 'reported'];
