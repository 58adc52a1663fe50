// Promises made for the government (English).

/** The author promises or guarantees. */
export const PROMISE_MARKERS_EN = [
  'i promise', 'i can promise', 'i promise you', 'i guarantee', 'i can guarantee', 'i guarantee you', 'guaranteed',
  'guarantee it', 'i assure you', 'i can assure you', 'rest assured', 'you have my word', 'i give you my word',
  "i'll make sure", 'i will make sure', "i'll personally make sure", "i'll see to it", 'i will see to it', "i'll ensure",
  'i will ensure', "we'll definitely", 'we will definitely', 'will definitely', 'definitely will', 'for sure', '100%',
  '100 percent', 'no doubt', 'without a doubt', 'count on it', 'you can count on', 'i commit', 'we commit', 'we promise',
  'we guarantee', "i'll get it done", "i'll make it happen", 'i will make it happen', 'no question', 'absolutely will',
  'will absolutely', 'will 100%', 'mark my words', "i'll personally", 'trust me', 'i want to assure', 'let me assure',
  'i want to reassure', 'let me reassure',
  // Reassurance and taking the matter in hand, in any register ("don't worry", "I'll handle it").
  // The insider who asserts it: "I'm telling you", "take it from me", "it's a done deal".
  "i'm telling you", 'i am telling you', 'take it from me', "it's a done deal", 'done deal',
  "don't worry", 'dont worry', 'do not worry', 'not to worry', 'no need to worry', "i'll handle it", "i'll take care of it",
  'i will take care of it', "i'm on it", 'leave it with me',
  // Confirming a decision not yet announced is promising it.
  'i can confirm', 'i can confirm that', 'i confirm', 'i can tell you for sure', 'i can say for certain', "i'm confirming",
  'pleased to confirm', 'happy to confirm', 'glad to confirm', 'proud to confirm', 'thrilled to confirm', 'can now confirm',
  'can officially confirm', 'officially confirm',
  // Sealing it after the fact: "The ministry will fund it. That's a commitment."
  "that's a commitment", 'that is a commitment', "it's a commitment", 'a firm commitment', 'my word on it', 'take my word for it',
  "it's official", 'it is official',
  // Sealing it as final or as quotable, and waving worry away: "…will not approve any new permits. Full
  // stop.", "take it to the bank", "you can quote me on that", "don't stress".
  'full stop', 'take it to the bank', 'take that to the bank', 'you can quote me', 'quote me on that', 'quote me on this',
  "i'll stand behind it", 'i stand behind it', "it's final", "that's final", "it's decided", "it's settled", "it's a sure thing",
  "don't stress", 'dont stress', 'no stress', "don't stress about it",
  // A named day for a government outcome is a promise ("your permit will be approved by Friday").
  ...['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'tomorrow', 'tonight', 'end of day', 'eod', 'end of week', 'the end of the week']
    .map((d) => `by ${d}`),
];

/** The government acts (the ministry / we will fund, approve, extend…). */
export const GOV_SUBJECTS_EN = [
  'the ministry', 'the government', 'the province', 'ontario', 'we', "we'll", 'my ministry', 'our ministry', 'the minister',
  'my team', 'our office', 'the office',
];

export const GOV_ACTIONS_EN = [
  'fund', 'approve', 'cover', 'pay', 'extend', 'renew', 'grant', 'issue', 'process', 'waive', 'reimburse', 'exempt',
  'reverse', 'fix', 'restore', 'reinstate', 'expand', 'build', 'open', 'keep open', 'hire', 'refund', 'forgive',
  'increase', 'raise', 'accept', 'fast-track', 'fast track', 'expedite', 'prioritize', 'sign off', 'give you', 'get you',
  'send you', 'pay you', 'come through', 'deliver', 'finance',
  // Matching and keeping money or service, and building: "Ontario will match the federal contribution".
  'match', 'top up', 'contribute', 'invest', 'keep', 'maintain', 'widen', 'twin', 'four-lane', 'reopen', 'complete',
  // The progressive future: "the ministry will be four-laning Highway 11".
  'be funding', 'be building', 'be widening', 'be twinning', 'be four-laning', 'be expanding', 'be opening', 'be covering',
  'be paying', 'be matching', 'be extending', 'be renewing', 'be hiring', 'be approving', 'be reopening', 'be keeping',
  'be investing', 'be reimbursing',
];

/** What a person receives from government. */
export const ENTITLEMENTS_EN = [
  'permit', 'permits', 'licence', 'license', 'approval', 'funding', 'grant', 'cheque', 'check', 'payment', 'refund',
  'benefit', 'benefits', 'application', 'file', 'claim', 'decision', 'health card', 'card', 'certificate', 'exemption',
  'subsidy', 'rebate', 'loan', 'odsp', 'reimbursement', 'answer', 'response', 'appeal', 'renewal', 'passport',
  'birth certificate', 'plate', 'plates', 'registration', 'inspection', 'spot', 'placement', 'bed', 'surgery date',
  'bursary', 'scholarship', 'allowance', 'student aid', 'financial aid',
  // Losses compensated: "your hail losses will be covered".
  'losses', 'loss', 'damages',
  'refunds', 'payments', 'cheques', 'grants', 'deadline', 'extension', 'program', 'top-up',
  // Relief paid out, as French has it too.
  'relief payment', 'relief payments', 'compensation', 'your relief', 'their relief',
  // Public works the province keeps open or builds: "the highway will stay open all summer".
  'highway', 'hwy', 'bridge', 'roadwork', 'roadworks', 'road closure', 'construction season',
];

// What the person keeps, said as a negated future passive ("your grant won't be clawed back").
const NOT_TAKEN_EN = ['clawed back', 'cut', 'reduced', 'cancelled', 'canceled', 'taken away', 'affected', 'touched', 'denied', 'clawed'];

/** The person will receive it: "you'll get your permit". */
export const RECEIVE_VERBS_EN = [
  ...["won't be", 'will not be', "isn't going to be", "aren't going to be"].flatMap((f) => NOT_TAKEN_EN.map((v) => `${f} ${v}`)),
  "you won't lose", 'you will not lose', "won't lose", 'will not lose', 'will have', 'will all have', 'will be getting',
  'will be receiving',
  // What goes out to people: "the cheques will go out Friday", "payments are going out".
  'will go out', 'will be out', 'are going out', 'is going out', 'will arrive', 'will land', 'will hit accounts',
  'will be sent', 'will be mailed',
  "you'll get", 'you will get', "you'll receive", 'you will receive', "you'll have", 'you will have', "you'll be approved",
  'you will be approved', "you'll be funded", "you'll be reimbursed", "you'll be covered", "you'll qualify",
  'you will qualify', 'gets approved', 'get approved', 'will be approved', 'will be processed', 'will be funded',
  'will be renewed', 'will be issued', 'will be accepted', 'will be fast-tracked', 'will be expedited', 'will go through',
  'goes through', 'will get approved', 'will get funded', 'will be paid', 'will be paid in full', 'will be covered',
  'will be reimbursed', 'will be compensated', 'will be fixed', 'will be cleared', 'will be restored', 'will be reopened', 'will stay open',
  'will remain open', 'will be reviewed', 'will all be approved', 'will be processed by',
  // Third parties and public things: "every municipality that applied will get funding", "the program will be renewed".
  'will get', 'will all get', 'will receive', 'will all receive', 'will be extended', 'will be kept', 'will be increased',
  'will be waived', 'is guaranteed', 'are guaranteed',
  ...['absolutely', 'definitely', 'certainly', 'surely', '100%'].flatMap((a) =>
    ['get', 'receive', 'be approved', 'be renewed', 'be extended', 'be funded', 'be paid', 'be processed', 'be reopened', 'stay open'].map((v) => `will ${a} ${v}`),
  ),
];
