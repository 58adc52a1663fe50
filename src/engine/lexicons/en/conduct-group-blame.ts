// Blaming the people one serves by a protected trait, through a pattern ("every single time it's a
// guy in a turban who can't…", "of course it's the Indian family again, never on time"): a
// generalisation even without "they are all". English.

/** "Again", "every time": the author turns one encounter into a rule about a group. */
export const RECURRENCE_EN = [
  'every single time', 'every time', "it's always", 'it is always', 'always', 'of course it', "of course it's",
  'naturally', 'as usual', 'yet again', 'once again', 'guess who', 'without fail', 'never fails', 'like clockwork',
  'every. single. time', 'again and again', 'all the time', 'another one of', 'another one of those',
];

/** Visible signs of a creed worn by a person (a protected ground under the Human Rights Code). */
export const RELIGIOUS_DRESS_EN = ['turban', 'hijab', 'headscarf', 'head scarf', 'burka', 'burqa', 'niqab', 'kippah', 'yarmulke', 'sari', 'dastar'];

/** An origin or a creed used as a person's label ("Indian guy", "immigrant family"). */
export const ORIGIN_LABELS_EN = [
  'indian', 'east indian', 'chinese', 'asian', 'arab', 'muslim', 'black', 'somali', 'sikh', 'jewish', 'mexican', 'haitian',
  'pakistani', 'filipino', 'native', 'indigenous', 'immigrant', 'foreign', 'brown', 'african', 'jamaican', 'syrian',
  'afghan', 'punjabi', 'middle eastern', 'russian', 'romanian', 'portuguese', 'french', 'frenchie', 'quebecer', 'newcomer',
  'refugee', 'hindu', 'tamil', 'vietnamese', 'korean', 'eritrean', 'ethiopian', 'nigerian', 'iranian', 'iraqi', 'lebanese',
];

/** Who the label is pinned on. */
export const LABELLED_PEOPLE_EN = [
  'guy', 'guys', 'man', 'men', 'woman', 'women', 'lady', 'ladies', 'dude', 'dudes', 'driver', 'drivers', 'trucker',
  'truckers', 'family', 'families', 'people', 'folks', 'client', 'clients', 'customer', 'customers', 'applicant',
  'applicants', 'tenant', 'tenants', 'kid', 'kids', 'couple', 'couples', 'lot', 'crowd', 'gentleman', 'cabbie', 'cabbies',
];

/** What the group is blamed for. */
export const BLAME_EN = [
  "can't", 'cant', 'cannot', "doesn't", 'doesnt', "don't", 'dont', "won't", 'wont', 'never', 'no idea', 'clueless',
  'too stupid', 'refuses', 'refuse', 'refusing', 'complain', 'complains', 'complaining', 'whining', 'whine', 'yelling',
  'screaming', 'trouble', 'holding up', 'scam', 'scamming', 'cheating', 'lying', 'lies', 'rude', 'entitled', 'dirty',
  'smell', 'smells', 'stink', 'stinks', 'useless', 'ignorant', 'demanding', 'pushy', 'broke the', 'messed up', 'mess up',
  'screw up', 'screwed up', 'fail', 'fails', 'failed', 'illegal', 'fake', 'fraud', 'late again', 'problem', 'problems',
];
