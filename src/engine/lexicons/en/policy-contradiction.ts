// A public claim by a minister or the government, and the author's own work saying otherwise.

/** Who makes the public claim. */
export const CLAIMANTS_EN = [
  'minister', 'the minister', 'our minister', 'my minister', 'the premier', 'the ministry', 'the government', 'the province',
  "the minister's office", "the premier's office", 'the deputy minister', 'queens park', "queen's park",
];

/** How the claim is made: "says", "just told reporters". */
export const CLAIM_VERBS_EN = [
  'says', 'said', 'just said', 'claims', 'claimed', 'insists', 'insisted', 'keeps saying', 'keeps telling us', 'told reporters',
  'told the legislature', 'tweeted', 'is saying', 'is claiming', 'boasted', 'bragged',
];

/** The author answers from their own desk or data: "not what I see at my desk", "I literally run the survey". */
export const CONTRADICTIONS_EN = [
  'not what i see', "that's not what i see", 'not what we see', 'not what i see at my desk', 'not from where i sit',
  "that's not true", 'that is not true', 'simply not true', "that's false", 'that is false', 'flat out false',
  'i literally run', 'i literally do', 'i literally work on', 'i literally manage', 'i literally see', 'i literally count',
  'i run the survey', 'i run the surveys', 'i do the counts', 'i see the numbers', 'i see the data', 'i see the files',
  'my data says otherwise', 'our data says otherwise', 'my numbers say otherwise', 'our numbers say otherwise',
  'the data says otherwise', 'come sit at my desk', 'come spend a day at my desk', 'tell that to my clients',
];
