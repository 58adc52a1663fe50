// Material headed for a decision-maker, in English: "the numbers in the deck we're presenting to the
// minister", "the options going to Treasury Board". Advice to ministers is confidential until it is
// made public (Oath of Office and Secrecy; FIPPA s. 13 and cabinet records).

/** What a briefing holds. */
export const BRIEFING_MATERIAL_EN = [
  'numbers', 'figures', 'deck', 'slides', 'slide deck', 'data', 'analysis', 'options', 'recommendations', 'recommendation',
  'findings', 'results', 'estimates', 'costing', 'costings', 'projections', 'forecast', 'forecasts', 'proposal', 'memo',
  'briefing', 'presentation', 'scenarios', 'modelling', 'modeling',
];

/** Who it is headed for: the minister, the deputy, cabinet, Treasury Board. */
export const DECISION_MAKERS_EN = [
  'to the minister', 'for the minister', 'to the deputy', 'for the deputy', 'to the dm', 'for the dm', 'to the adm',
  'for the adm', 'to the deputy minister', 'for the deputy minister', "to the premier's office", "for the premier's office",
  'to the premier', 'for the premier', 'to cabinet', 'for cabinet', 'to treasury board', 'for treasury board',
  "to the minister's office", "for the minister's office", 'to the mo', 'for the mo', 'to tb', 'for tb',
];

/** What says the contents are news: a teaser. */
export const BRIEFING_TEASERS_EN = [
  'going to surprise', 'will surprise', 'surprise people', 'surprise a lot', 'will shock', 'going to shock', 'shocking',
  'wait till you see', 'wait until you see', "can't say", 'cannot say', 'not public', 'not public yet', 'brace yourselves',
  'buckle up', 'yikes', 'oof', 'big changes', 'eye-opening', 'eye opening', 'jaw-dropping', 'nobody expects',
  'no one expects', 'raise eyebrows', 'turn heads', 'spicy',
  // Holding back while letting on, or a scoop: "let's just say… we'll talk".
  "let's just say", 'lets just say', "we'll see about that", 'more on that later', 'scoop', 'sneak peek',
  // Saying what the material advises is disclosing it: "our note to the DM recommends expanding…".
  'recommends', 'we recommend', "we're recommending", 'we are recommending', 'proposes', "we're proposing",
  'suggests', 'concludes', 'calls for', 'the options are',
];

// The author's own advice inside government, and what became of it: "we flagged this in writing
// months ago and they didn't take a single one of our recommendations". Telling the public what was
// advised, to whom, and that it was overruled discloses internal deliberations (Oath of Office and
// Secrecy; FIPPA s. 13), whatever one thinks of the decision.
const ADVISERS_EN = ['i', 'we', "i've", "we've", 'i had', 'we had', 'i already', 'we already', 'i even', 'we even', 'my team', 'our team', 'our branch', 'our unit', 'staff'];
const ADVICE_VERBS_EN = [
  'flagged', 'warned', 'advised', 'recommended', 'cautioned', 'raised this', 'raised it', 'raised concerns', 'red-flagged',
  'pushed back', 'sounded the alarm', 'told them', 'told leadership', 'told management', 'told the minister', 'briefed',
];
export const ADVICE_GIVEN_EN = ADVISERS_EN.flatMap((s) => ADVICE_VERBS_EN.map((v) => `${s} ${v}`));

/** Where the advice went: in writing, to senior people, inside. */
export const ADVICE_CHANNELS_EN = [
  'in writing', 'internally', 'senior management', 'upper management', 'management', 'leadership', 'the higher-ups',
  'higher ups', 'executives', 'the executive team', 'the minister', "the minister's office", 'the deputy', 'the dm',
  'the adm', "the premier's office", 'cabinet', 'treasury board', 'our director', 'the director', 'in a briefing note',
  'in the briefing', 'in our briefing', 'our recommendations', 'our advice', 'my advice', 'our analysis', 'our costing',
];

/** What became of it: ignored, overruled, not taken. */
export const ADVICE_FATES_EN = [
  'nobody listened', 'no one listened', 'no-one listened', "didn't listen", 'did not listen', "wouldn't listen",
  'never listened', 'ignored it', 'ignored us', 'ignored our', 'ignored every', 'ignored all', 'ignored the advice',
  "didn't take a single one", "didn't take any of", "didn't take our", 'did not take any of', 'did not take our',
  'overruled', 'went against our', 'against our advice', 'against the advice', 'against my advice', 'shelved it',
  'shelved our', 'buried it', 'buried our', 'rejected our', 'rejected every', 'rejected all of', 'went ahead anyway',
  'did it anyway', 'nobody cared', 'no one cared',
];
