// Posing as an official government channel from a personal or specialist account (English).

/** The author labels the account or the post as official. */
export const OFFICIAL_SELF_EN = [
  // "This is the official account/page…" is read by a grammar in posing-as-official.ts, which asks for a
  // government body (a curling club's official account is its own business).
  'this account is official', 'official account of the ministry', 'official account of the government', 'official account of the province',
  'official account of ontario', 'official government of ontario account',
  'official ontario government account', 'official ministry account', 'official government account',
  'verified government account', 'this is an official statement', 'this is the official statement',
  'this is our official statement', 'here is our official statement', "here's our official statement",
  'our official statement', 'my official statement', 'i am issuing an official statement', "i'm issuing an official statement",
  'we are issuing an official statement', 'official statement from the ministry', 'official ministry statement',
  'official government statement', 'this is the ministry of', 'this is the government of ontario',
  'we are the ministry of', "we're the ministry of", 'we are the government of ontario', 'i am the official spokesperson',
  "i'm the official spokesperson", 'the official voice of the ministry', 'official channel of the ministry',
  'this is an official announcement', 'official announcement from the ministry', 'this is an official notice',
  'official notice from the ministry', 'official update from the ministry', 'speaking officially',
  'official statement from me', 'my statement as a ministry employee', 'official word from the ministry:',
];

/** Pointing to another, real official channel or statement. */
export const OFFICIAL_REFERENCE_EN = [
  'follow', 'check', 'see', 'via', 'read', 'link', 'visit', 'go to', 'head to', 'from @', 'their', 'its', 'retweet',
  'repost', 'shared by', 'posted by', 'published by', 'issued by', 'released',
];

/** After the phrase: someone else's official account did something ("…just posted the update"). */
export const OFFICIAL_REFERENCE_AFTER_EN = [
  'posted', 'posts', 'said', 'says', 'shared', 'shares', 'tweeted', 'announced', 'confirmed', 'is reporting', 'has',
  'just', 'will post', 'updates', 'is live', 'here:', 'here',
];
