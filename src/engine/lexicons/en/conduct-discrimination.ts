// Slurs and hateful generalisations about grounds protected by the Ontario Human Rights Code
// (race, ancestry, colour, ethnic origin, citizenship, creed, sex, sexual orientation, gender
// identity and expression, age, disability, family status) — shared reference "guidelines" §7.
// The slur list is kept short and factual: words that have no everyday innocent use.

/** Slurs. */
export const SLURS_EN = [
  'nigger', 'niggers', 'nigga', 'niggas', 'chink', 'chinks', 'gook', 'gooks', 'spic', 'spics', 'wetback', 'wetbacks', 'kike',
  'kikes', 'raghead', 'ragheads', 'towelhead', 'towelheads', 'paki', 'pakis', 'sand nigger', 'japs', 'redskin', 'redskins',
  'injun', 'injuns', 'squaw', 'squaws', 'half-breed', 'half-breeds', 'halfbreed', 'chinaman', 'wop', 'wops', 'dago', 'dagos',
  'beaner', 'beaners', 'camel jockey', 'slant-eye', 'slant-eyes', 'zipperhead', 'darkie', 'darkies', 'jungle bunny',
  'porch monkey', 'coolie', 'coolies', 'faggot', 'faggots', 'fag', 'fags', 'dyke', 'dykes', 'tranny', 'trannies', 'shemale',
  'she-male', 'lesbo', 'lesbos', 'troon', 'troons', 'poofter', 'batty boy', 'retard', 'retards', 'retarded', 'spaz', 'tard',
  'tards', 'mongoloid', 'mongoloids', 'window licker', 'muzzie', 'muzzies', 'muzzy', 'libtard', 'libtards',
];

/** Slurs that are ordinary words in French ("en retard", "plus tard"): matched in English sentences only. */
export const SLURS_ENGLISH_ONLY = ['retard', 'retards', 'tard', 'tards'];

/** Names and set phrases that contain a slur's letters without the slur ("Dyke March", "Van Dyke"). */
export const SLUR_FALSE_FRIENDS_EN = ['dyke march', 'van dyke', 'fire retardant', 'flame retardant', 'tapette à mouches', 'tapette à souris'];

/** Groups defined by a protected ground. */
export const PROTECTED_GROUPS_EN = [
  'immigrants', 'refugees', 'migrants', 'asylum seekers', 'newcomers', 'foreigners', 'muslims', 'jews', 'christians',
  'catholics', 'hindus', 'sikhs', 'atheists', 'blacks', 'black people', 'asians', 'asian people', 'arabs', 'indians', 'natives',
  'aboriginals', 'indigenous people', 'indigenous peoples', 'first nations', 'first nations people', 'chinese', 'chinese people',
  'mexicans', 'africans', 'haitians', 'somalis', 'pakistanis', 'jamaicans', 'syrians', 'afghans', 'filipinos', 'italians',
  'women', 'girls', 'females', 'men', 'males', 'gays', 'gay people', 'lesbians', 'trans people', 'transgender people',
  'trans women', 'trans men', 'homosexuals', 'queers', 'bisexuals', 'disabled people', 'the disabled', 'handicapped people',
  'autistic people', 'old people', 'seniors', 'the elderly', 'boomers', 'millennials', 'gen z', 'francophones', 'frenchies',
  'anglos', 'francos', 'franco-ontarians', 'anglophones', 'quebecers', 'quebecois', 'single mothers', 'single moms', 'welfare moms', 'people on welfare', 'people on odsp',
  'these people', 'those people', 'you people', 'their kind', 'that kind', 'people like them', 'people like that',
  // A group named by its culture: "some cultures just don't understand basic cleanliness".
  'some cultures', 'certain cultures', 'these cultures', 'those cultures', 'other cultures',
];

/** What makes a generalisation hateful: negative, dehumanising or exclusionary predicates. */
export const NEGATIVE_PREDICATES_EN = [
  'lazy', 'criminals', 'terrorists', 'thieves', 'stupid', 'dumb', 'dirty', 'animals', 'savages', 'savage', 'disgusting',
  'a disease', 'a plague', 'parasites', 'vermin', 'invaders', 'dangerous', 'violent', 'inferior', 'subhuman', 'freaks',
  'perverts', 'pedophiles', 'paedophiles', 'groomers', 'mentally ill', 'a burden', 'leeches', 'the problem',
  'liars', 'cheats', 'scum', 'trash', 'garbage', 'rapists', 'drunks', 'useless', 'worthless', 'bad drivers', 'cockroaches',
  'rats', 'evil', 'a cancer', 'uncivilized', 'uncivilised', 'backward', 'barbaric', 'barbarians', 'too emotional', 'hysterical',
  'not real women', 'not real men', 'mentally unstable', 'unnatural', 'an abomination', 'abominations', 'a menace', 'a threat',
  'ruining', 'destroying', 'taking our jobs', 'stealing our jobs', 'invading', 'breeding like', 'freeloaders',
  'moochers', 'welfare bums', 'bums', 'good for nothing', 'lesser', 'all the same', 'not welcome', 'unwelcome', 'the enemy',
  'entitled', 'ungrateful', 'spoiled', 'aggressive', 'rude', 'loud', 'smelly', 'filthy', 'fake refugees', 'frauds',
  'scammers', 'a drain', 'draining', 'a waste', 'useless eaters',
];

// An adverb may stand inside an exclusion ("shouldn't even be allowed", "should all just go back").
const EXCLUSION_MODALS_EN = /^(shouldn't|should not|should|don't|do not|need to|have no)( .+)$/;
const EXCLUSION_ADVERBS_EN = ['even', 'ever', 'just', 'really', 'simply', 'all', 'honestly'];
const withAdverbs = (phrases: readonly string[]) =>
  phrases.flatMap((p) => {
    const m = EXCLUSION_MODALS_EN.exec(p);
    return m ? [p, ...EXCLUSION_ADVERBS_EN.map((a) => `${m[1]} ${a}${m[2]}`)] : [p];
  });

/** Exclusionary demands about a group ("should go back", "don't belong here"). */
export const EXCLUSIONS_EN = withAdverbs([
  'should go back', 'should all go back', 'go back to where they came from', 'go back where they came from',
  'go back to your country', 'go back to your own country', 'go back to their country', 'go back to their own country',
  'send them back', 'send them all back', 'should be deported', 'should all be deported', 'deport them all', "don't belong here",
  'do not belong here', "don't belong in canada", 'should be banned', "shouldn't be allowed", 'should not be allowed',
  'have no place here', 'have no place in', 'need to leave', 'should leave', 'get out of our country', 'kick them out',
  'should be locked up', 'belong in the kitchen', "shouldn't have rights", 'should not have rights', 'should be sterilized',
  "don't belong in", 'do not belong in', "don't belong anywhere", "aren't cut out for", 'are not cut out for',
  "just aren't cut out", "aren't made for", "can't handle the job", "can't do the job", "aren't capable of",
  'are not capable of', "aren't smart enough", "aren't strong enough", 'should stay home', 'belong at home',
  'should keep it to themselves', 'keep it to themselves', 'should stay in the closet', 'should go back in the closet',
  'should be kept out', 'need to be kept out', 'should not be hired', "shouldn't be hired", 'should not be allowed to',
]);

/** Words that turn a generalisation into its refutation or a report of it ("the myth that immigrants are criminals"). */
export const DEBUNK_CUES_EN = [
  'myth', 'myths', 'claim', 'claims', 'claiming', 'say that', 'saying that', 'believe that', 'think that', 'stereotype',
  'stereotypes', 'false', 'not true', 'untrue', 'wrong', 'racist', 'sexist', 'homophobic', 'transphobic', 'ableist', 'bigoted',
  'bigotry', 'hateful', 'stop saying', 'nobody should', 'no one should', 'it is a lie', "it's a lie", 'misconception',
  'prejudice', 'debunk', 'debunked', 'debunking', 'contrary to', 'despite what', 'people assume', 'assume that', 'rhetoric',
  'hate speech', 'slur', 'slurs', 'called them', 'called us', 'called me', 'heard someone', 'someone said', 'was told',
  'were told', 'yelled', 'shouted', 'graffiti', 'if you think', 'the idea that', 'the notion that', 'the lie that',
];

/** Words that mark a refutation wherever they stand in the sentence. */
export const REFUTATION_WORDS_EN = ['myth', 'myths', 'stereotype', 'stereotypes', 'misconception', 'debunked', 'not true', 'false'];

/** Demands that people speak a language ("learn the language", "speak English"): exclusion by origin once tied to newcomers. */
export const LANGUAGE_DEMANDS_EN = [
  'learn the language', 'learn english', 'learn french', 'learn proper english', 'learn to speak english',
  'learn to speak french', 'learn to speak the language', 'learn our language', 'speak english', 'speak french',
  'speak proper english', 'speak the language', 'speak our language', 'speak white',
];
/** What makes such a demand an exclusion: addressed to people who came here, or with "or go home". */
export const LANGUAGE_DEMAND_CONTEXT_EN = [
  'if you moved here', 'if you move here', 'if you came here', 'if you come here', 'if you live here', 'if you live in',
  'if you want to live here', 'if you want to work here', 'if you want to stay', 'if you immigrated', 'if you want to be canadian',
  'in this country', 'in canada', 'or go home', 'or go back', 'or leave', 'or get out', 'or move to', 'or move back',
  'or go live in', 'or go live somewhere else', 'or move somewhere else', 'before you waste', 'before you come',
  'before you expect', 'before you ask', 'barely speak', "can't even speak", 'cannot even speak', "can't speak",
  "don't even speak", "doesn't even speak", 'refused to speak', 'refuse to speak', 'refuses to speak', 'these people',
  'you people', 'immigrants', 'newcomers', 'foreigners', 'this is canada', 'this is ontario', 'we speak english here',
];
/** Scorn for how people speak ("can't even speak proper English"), said of clients or a group. */
export const LANGUAGE_SCORN_EN = [
  "can't even speak english", "can't even speak proper english", 'cannot even speak english', "can't speak proper english",
  'can barely speak english', 'barely speak english', 'barely speaks english', "don't even speak english",
  "doesn't even speak english", "can't even speak french", 'barely speak french', "don't even speak french",
  "can't string a sentence together in english", 'broken english', 'not a word of english',
  // Scorn said by its contempt, not by the fact: "even a word of English", "string an English sentence together"
  // ("some can't speak a word of English yet" is a fact about newcomers, and stays clean).
  'even speak a word of english', 'even speak a word of french', 'even say a word of english', 'even say a word of french',
  'string an english sentence together', 'string a french sentence together', 'string together an english sentence',
  'string together a french sentence', 'string a sentence together in french',
];
/** Who that scorn is aimed at: people met through work or a group. */
export const LANGUAGE_SCORN_TARGETS_EN = [
  'applicants', 'clients', 'customers', 'people', 'half', 'these', 'those', 'they', 'them', 'immigrants', 'newcomers',
  'refugees', 'foreigners', 'patients', 'callers', 'tenants', 'students', 'parents', 'drivers', 'families',
  // One person served, and those hired: "another family that…", "half the new hires…".
  'family', 'client', 'applicant', 'caller', 'customer', 'tenant', 'patient', 'hires', 'new hires', 'new hire',
];

/** Hiring and promotion put down to a protected ground ("diversity hire"): demeaning by itself. */
export const TOKEN_HIRE_EN = [
  'diversity hire', 'diversity hires', 'affirmative action hire', 'affirmative action hires', 'token hire', 'token hires',
  'quota hire', 'quota hires', 'dei hire', 'dei hires', 'only got the job because she', 'only got the job because he',
  'only got hired because she', 'only got hired because he', 'only got promoted because she', 'only got promoted because he',
  'hired to fill a quota', 'promoted to fill a quota',
];

// A curse put before a protected group ("damn immigrants", "bloody francos"): contempt for the group as such.
const CURSES_EN = ['damned', 'bloody', 'fucking', 'effing', 'fkn', 'fking'];
const CURSED_GROUPS_EN = CURSES_EN.flatMap((c) =>
  PROTECTED_GROUPS_EN.filter((g) => !/^(?:the|these|those|you|their|that|people like|gen z)\b/.test(g)).map((g) => `${c} ${g}`),
);

/** "Typical woman driver": one person made the type of a protected group. */
export const TYPICAL_GROUP_EN = [
  ...CURSED_GROUPS_EN,
  'typical woman', 'typical women', 'typical female', 'typical girl', 'typical immigrant', 'typical immigrants',
  'typical muslim', 'typical jew', 'typical indian', 'typical chinese', 'typical asian', 'typical black', 'typical arab',
  'typical native', 'typical foreigner', 'typical foreigners', 'typical newcomer', 'typical gay', 'typical trans',
  'typical lesbian', 'typical old lady', 'typical old man', 'typical boomer', 'typical millennial', 'typical frenchie',
  'typical francophone', 'typical welfare', 'like a girl', 'must be a woman thing',
  'must be a cultural thing', 'must be a religious thing', 'what do you expect from a woman', 'what do you expect from them',
  'hire canadians first', 'canadians first', 'old stock canadians', "not to be racist but",
  "i'm not racist but", 'i am not racist but', 'those people always', 'these people always', 'these people never',
  'those people never',
];

/** Blaming a culture ("it's cultural"): a slight once a group defined by a protected ground is named. */
export const CULTURE_BLAME_EN = ["it's cultural", 'it is cultural', "it's their culture", 'in their culture'];

/** A protected attribute said of someone ("is gay", "is Muslim"); mocking once followed by "which explains a lot". */
export const PROTECTED_ATTRIBUTES_EN = [
  'gay', 'lesbian', 'trans', 'transgender', 'bi', 'bisexual', 'queer', 'nonbinary', 'non-binary', 'muslim', 'jewish',
  'mormon', 'catholic', 'hindu', 'sikh', 'evangelical', 'black', 'asian', 'indian', 'chinese', 'arab', 'indigenous',
  'native', 'disabled', 'autistic', 'deaf', 'blind', 'in a wheelchair', 'a woman', 'a girl', 'an immigrant', 'a refugee',
  'a newcomer', 'a senior', 'a boomer', 'francophone', 'on welfare', 'on odsp', 'a single mom',
  'a single mother', 'mentally ill', 'bipolar', 'on the spectrum',
];
export const MOCKING_LINKS_EN = [
  'which explains a lot', 'which explains everything', 'which explains why', 'that explains a lot',
  'that explains everything', 'that explains why', 'explains a lot', 'explains everything', 'go figure',
  'what did you expect', 'say no more', 'enough said',
];

/** What a group is blamed for doing, after the group ("immigrants are always expecting handouts",
 * "all refugees milk the system"): a generalisation by verb instead of by adjective. */
export const GROUP_CLAIMS_EN = [
  // Said as a lack: "some cultures just don't understand basic cleanliness", "don't know how to live".
  "don't understand basic", 'do not understand basic', "don't know how to live", "can't keep a clean", 'have no manners',
  'have no respect for', "don't respect", 'never learn',
  'expect handouts', 'expecting handouts', 'want handouts', 'wanting handouts', 'expect everything for free',
  'want everything for free', 'expect free stuff', 'want free stuff', 'expect special treatment', 'get special treatment',
  'get everything handed to them', 'live off welfare', 'live on welfare', 'live off the system', 'live off our taxes',
  'live off taxpayers', 'milk the system', 'milking the system', 'abuse the system', 'abusing the system', 'scam the system',
  'scamming the system', 'game the system', 'gaming the system', 'drain the system', 'draining the system',
  'take our jobs', 'taking our jobs', 'steal our jobs', 'stealing our jobs', 'never work', "don't work", "don't want to work",
  'refuse to work', 'refuse to integrate', "won't integrate", "don't integrate", 'never integrate', 'never learn english',
  "can't drive", 'cannot drive', "don't pay taxes", 'never pay taxes', 'breed like rabbits', 'ruin everything',
  'ruin this country', 'ruining this country', 'always complain', 'complain about everything', 'play the victim',
  'playing the victim', 'play the race card', 'commit all the crimes', 'bring crime', 'bring their crime',
];
