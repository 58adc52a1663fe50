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
