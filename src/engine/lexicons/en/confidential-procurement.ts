// Procurement before award: evaluations, scores, prices and the likely winner are confidential (English).

/** Words that name a procurement. */
export const PROCUREMENT_TERMS_EN = [
  'rfp', 'rfps', 'rfq', 'rfqs', 'rfsq', 'rfsqs', 'rfx', 'rfo', 'rfb', 'tender', 'tenders', 'tendering', 'procurement',
  'procurements', 'bid', 'bids', 'bidder', 'bidders', 'proponent', 'proponents', 'vendor of record', 'vor',
  'request for proposal', 'request for proposals', 'request for quotation', 'request for bids', 'competitive process',
  'sole source', 'sole-source', 'invitational competition',
];

/** Generic words that are procurement only with evaluation words. */
export const PROCUREMENT_GENERIC_EN = [
  'proposal', 'proposals', 'submission', 'submissions', 'vendor', 'vendors', 'supplier', 'suppliers', 'quote', 'quotes',
  'contract', 'contracts', 'contractor', 'contractors', 'firm', 'firms', 'consultant', 'consultants',
];

/** Evaluation-stage content: scores, ranks, prices, the front-runner. */
export const EVALUATION_DETAILS_EN = [
  'winning bid', 'winning proposal', 'winning vendor', 'front-runner', 'frontrunner', 'front runner', 'shortlist',
  'shortlisted', 'short list', 'short-listed', 'lowest bid', 'highest bid', 'lowest price', 'cheapest', 'top score',
  'highest score', 'scored', 'scores', 'scoring', 'ranked', 'ranking', 'rankings', 'came in at', 'came in under',
  'came in over', 'came in way', 'bids came in', 'bids are in', 'proposals are in', 'pricing', 'priced at', 'consensus',
  'bafo', 'best and final', 'disqualified', 'non-compliant', 'failed the mandatory', 'leading', 'is ahead', 'favourite',
  'favorite', 'looks like', 'clear winner', 'the winner', 'will win', 'going to win', 'gonna win', 'is winning',
  'in the lead', 'negotiating with', 'in negotiations with', 'beat out', 'way ahead', 'far ahead', 'miles ahead',
  'well ahead', 'ahead of everyone', 'ahead of the others', 'out in front', 'head and shoulders above', 'blew away',
  'blew the others away', 'lowball', 'lowballed', 'came in cheapest', 'undercut', 'scored highest', 'scored lowest',
  // The state of the evaluation and of the race, in everyday words ("the evaluation's done", "it's close between two firms");
  // not sports idioms ("in the bag"), which a team's ice-time contract shares.
  'evaluation is done', "evaluation's done",
  "evaluation's basically done", 'evaluation is basically done', 'evaluations are done', 'evaluations are finished',
  'evaluations are complete', 'evaluation is complete', 'scoring is done', 'down to two', 'down to three', 'close between',
  'neck and neck', 'tight race between', 'estimated budget', 'budget estimate', 'internal estimate', 'our estimate',
  'going back out to tender', 'being re-tendered', 'will be re-tendered', 'retendered',
  // The outcome settled before the award: the process is for show.
  'basically decided', 'already decided', 'pretty much decided', 'is decided', 'done deal', 'a done deal', 'already picked',
  'already chosen', 'is wired', 'wired for', 'just a formality', 'a formality', 'predetermined', 'foregone conclusion',
  'we already know who', 'already know who',
  // The field sized up from inside: the strong ones, and a bidder hinted at by its initial.
  'really strong ones', 'two strong ones', 'strong contenders', 'two strong contenders', 'the strongest bid', 'strongest bids',
  'the top two', 'top two bids', 'top three bids', 'one of them starts with', 'one starts with a', 'one starts with an',
  'one of them rhymes with',
  // The specification cut for one bidder, and bidders compared from inside the evaluation.
  'written for one vendor', 'written for one bidder', 'written for one company', 'written for one firm', 'tailored for one vendor',
  'tailored to one vendor', 'knows exactly who', 'know exactly who', "who's getting it", 'who is getting it', "who'll get it",
  'one of them clearly', 'in a league of its own', 'in a league of their own',
  // A procurement told to suppliers before it is posted, with how it will be weighed: "an RFP is coming in Q2 and it'll
  // heavily weight local manufacturing, get your bids ready early".
  'coming in q1', 'coming in q2', 'coming in q3', 'coming in q4', 'dropping in q1', 'dropping in q2', 'dropping in q3',
  'dropping in q4', 'get your bids ready', 'get your bid ready', 'start preparing your bids', 'start preparing your bid',
  'start working on your bids', 'start working on your bid', 'heavily weight', 'heavily weighted', 'will weight',
  "it'll weight", 'it will weight', 'weighted toward', 'weighted towards', 'will be weighted',
];

/** Who evaluates: what they prefer, told by an insider, is an unfair advantage to a bidder. */
export const EVALUATORS_EN = [
  'the evaluation team', 'evaluation team', 'the evaluators', 'evaluators', 'the evaluation committee', 'evaluation committee',
  'the evaluation panel', 'evaluation panel', 'the scoring team', 'the scoring panel', 'the selection committee', 'the panel',
];

/** What evaluators are said to prefer. */
export const EVALUATOR_PREFERENCES_EN = [
  'care about', 'cares about', 'care most about', 'cares most about', 'only care about', 'only cares about',
  'really care about', 'really cares about', 'only really cares about', 'only really care about', 'look at', 'looks at',
  'only look at', 'only looks at', 'focus on', 'focuses on', 'weigh', 'weighs', 'weighted', 'want to see', 'wants to see',
  'prefer', 'prefers', 'favour', 'favours', 'favor', 'favors', 'like', 'likes', 'hate', 'hates', 'ignore', 'ignores',
  'skip', 'skips', 'never read', 'never reads', "won't read", "don't read", "doesn't read", 'read', 'reads', 'only read',
  'only reads', 'score', 'scores', 'mark', 'marks', 'check', 'checks', 'reward', 'rewards', 'penalize', 'penalizes',
];

/** Evaluation in progress, without details. */
export const EVALUATION_STATUS_EN = [
  'evaluation', 'evaluations', 'evaluating', 'evaluated', 'evaluators', 'evaluation committee', 'evaluation panel',
  'assessing', 'reviewing the bids', 'reviewing bids', 'reviewing proposals',
];

/** The contract will go to someone: an award before it is announced. */
export const AWARD_FUTURE_EN = [
  'going to get the contract', 'gonna get the contract', 'will get the contract', 'will win the contract',
  'going to win the contract', 'will be awarded', 'is getting the contract', 'gets the contract', 'will land the contract',
  'will get the tender', 'will win the tender', 'contract is going to', 'contract will go to', 'contract goes to',
  'is going to be awarded', 'about to be awarded', 'set to be awarded', 'expected to be awarded', 'will get the rfp',
  'win the rfp', 'won the rfp', 'is getting the rfp',
];

/** Public procurement notices and results, or an auction or a sports bid. */
export const PROCUREMENT_PUBLIC_EN = [
  'now open', 'is open', 'closes', 'closing date', 'deadline', 'posted', 'portal', 'ontario tenders portal', 'merx',
  'bids and tenders', 'bidsandtenders', 'apply', 'submit your', 'register', 'information session', "bidders' conference",
  'bidders conference', 'has been awarded', 'was awarded', 'were awarded', 'publicly', 'auction', 'ebay', 'silent auction',
  'olympic', 'olympics', 'world cup', 'hosting', 'games', 'playoff', 'playoffs', 're-election', 'leadership bid',
  'bid farewell', 'bid adieu', 'bid for the nomination', 'nomination', 'election', 'campaign',
];
