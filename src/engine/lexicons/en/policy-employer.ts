// The author's employer, in English: their ministry, the OPS, management. Public complaints about it
// weigh on the integrity of the public service (OPS guidelines, personal use).

export const EMPLOYER_TARGETS_EN = [
  'my ministry', 'our ministry', 'my employer', 'our employer', 'the employer', 'my workplace', 'the OPS',
  'the Ontario Public Service', 'the public service', 'senior management', 'upper management', 'middle management',
  'our management', 'my management', 'the management', 'management here', 'senior leadership', 'our leadership',
  'my leadership', 'leadership here', 'our senior leaders', 'my branch', 'our branch', 'my division', 'our division',
  'my department', 'our department', 'our HR', 'the HR department', 'corporate HR', 'my deputy minister',
  'our deputy minister', 'my ADM', 'our ADM', 'the ADM', 'my DM', 'our DM', 'the DM', 'our executive team',
  'the executive team', 'our executives', 'the executives', 'this place',
  // The minister of one's own ministry, and whatever "own" makes one's own.
  'my minister', 'my own minister', 'my own ministry', 'our own ministry', 'my own employer', 'my own branch',
];

/** "Management" alone counts only as the subject ("Management is clueless"), not "time management". */
export const MANAGEMENT_EN = ['management', 'leadership'];
export const MANAGEMENT_OPENERS_EN = ['the', 'our', 'my', 'upper', 'senior', 'middle', 'top', 'executive', 'and', 'but', 'honestly', 'so'];

export const EMPLOYER_EVALUATION_EN = [
  'a mess', 'clueless', 'dysfunctional', 'toxic', 'hopeless', 'chaos', 'chaotic', 'a circus', 'gong show',
  'dumpster fire', 'shitshow', 'shit show', 'clown show', 'clown car', "doesn't care about us", "don't care about us",
  "doesn't care about staff", "don't care about staff", "doesn't value", "don't value", 'treats us like', 'treat us like',
  'micromanag*', 'incompetent', 'useless', 'a joke', 'nightmare', 'sucks', 'the worst', 'out of touch', 'no idea',
  'no clue', 'ridiculous', 'a farce', 'a zoo', 'bureaucratic nonsense', 'soul crushing', 'soul sucking', 'demoralizing',
  'demoralising', 'insulting', 'hypocritical', 'pathetic', 'disgrace', 'shameful', 'embarrassing', 'broken beyond repair',
  'a disaster', 'disaster', 'stupid', 'idiots', 'morons', 'clowns', 'garbage', 'trash', 'hate my job', 'hate working',
  "can't stand", 'fed up with', 'sick of', 'tired of', 'makes no sense', 'nonsense', 'so bad', 'terrible', 'awful',
  'horrible', 'a nightmare', 'is crazy', 'is insane', 'circus', 'mess', 'zoo', 'farce', 'joke', 'train wreck',
];

/** Union and bargaining talk: lawful collective expression, weighed more lightly. */
export const UNION_CONTEXT_EN = [
  'union', 'bargaining', 'collective agreement', 'OPSEU', 'SEFPO', 'AMAPCEO', 'AEFO', 'ALOC', 'PEGO', 'strike',
  'picket', 'picket line', 'grievance', 'contract offer', 'negotiations', 'bargaining table', 'local',
];
