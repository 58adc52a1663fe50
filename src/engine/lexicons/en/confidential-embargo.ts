// Embargoed material: known, dated, not yet releasable (English).

/** On their own, these say the material is under embargo now. */
export const EMBARGO_TERMS_EN = [
  'embargoed', 'under embargo', 'on embargo', 'under an embargo', 'embargo until', 'embargo till', 'embargo lifts',
  'embargo ends', 'embargo expires', 'embargo is until', 'media embargo', 'press embargo', 'news embargo',
  'embargoed copy', 'embargoed release', 'budget lock-up', 'budget lockup', 'media lock-up', 'media lockup',
  'lock-up for the budget', 'strictly embargoed',
];

/** The embargo is over: the material can be shared. */
export const EMBARGO_OVER_EN = [
  'embargo lifted', 'embargo has lifted', 'embargo has been lifted', 'embargo is lifted', 'embargo was lifted',
  'embargo is now lifted', 'no longer under embargo', 'no longer embargoed', 'embargo has ended', 'embargo ended',
  'embargo is over', 'after the embargo', 'post-embargo', 'embargo expired', 'embargo has expired', 'lifting of the embargo',
  'embargo is off', 'out of embargo',
];

/** Trade and arms embargoes are foreign policy, not confidentiality. */
export const TRADE_EMBARGO_EN = [
  'arms embargo', 'trade embargo', 'oil embargo', 'economic embargo', 'grain embargo', 'weapons embargo',
  'embargo on', 'embargo against', 'sanctions', 'blockade', 'embargo of cuba', 'cuban embargo', 'u.s. embargo',
  'cuba', 'iran', 'russia', 'north korea', 'venezuela', 'country', 'countries', 'exports', 'imports',
];

/** "Until the announcement": holding information back until a release. */
export const UNTIL_RELEASE_EN = [
  'until the announcement', 'until the official announcement', "until it's announced", 'until it is announced',
  "until it's official", 'until it is official', 'until the news release', 'until the press release',
  'until the press conference', 'until the minister announces', 'until the premier announces', 'till the announcement',
  "till it's announced", 'until the release goes out', "until it's public", 'until it is public', 'until it goes public',
];

/** What one does with material under a hold: the sentence is about keeping it back. */
export const HOLD_WORDS_EN = [
  "can't", 'cannot', 'can not', 'not allowed', 'hold', 'holding', 'keep', 'keeping', 'quiet', 'secret', 'wraps',
  "won't", 'not supposed', 'mum', 'hush', 'zip it', 'lips', 'sealed', 'wait', 'waiting', 'share', 'post', 'say',
];
