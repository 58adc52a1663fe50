// Insults and personal attacks (OPS comment policies: no personal attacks; WDHP: respectful
// workplace). A word here is only an attack when it is aimed at someone: the conduct/insult rule
// looks for "you ...", "he's a ...", "these ...", "what a ..." around it, and skips the author's
// own self-mockery ("I'm such an idiot") and titles of works.

/** Nouns that are insults whatever the setting, once aimed at someone. */
export const INSULT_NOUNS_EN = [
  'idiot', 'idiots', 'moron', 'morons', 'imbecile', 'imbeciles', 'dumbass', 'dumbasses', 'dipshit', 'dipshits', 'jackass',
  'jackasses', 'asshole', 'assholes', 'arsehole', 'arseholes', 'douchebag', 'douchebags', 'dimwit', 'dimwits', 'halfwit',
  'halfwits', 'nitwit', 'nitwits', 'numbskull', 'numbskulls', 'bonehead', 'boneheads', 'knucklehead', 'knuckleheads',
  'airhead', 'airheads', 'scumbag', 'scumbags', 'lowlife', 'lowlifes', 'dirtbag', 'dirtbags', 'cretin', 'cretins', 'buffoon',
  'buffoons', 'bozo', 'bozos', 'weirdo', 'weirdos', 'lunatic', 'lunatics', 'nutjob', 'nutjobs', 'nutcase',
  'nutcases', 'crackpot', 'crackpots', 'grifter', 'grifters', 'sheeple', 'bootlicker', 'bootlickers', 'dickhead', 'dickheads',
  'prick', 'pricks', 'twat', 'twats', 'wanker', 'wankers', 'cunt', 'cunts', 'bastard', 'bastards', 'bitch', 'bitches', 'slut',
  'sluts', 'whore', 'whores', 'skank', 'skanks', 'scum', 'waste of space', 'waste of oxygen', 'waste of skin', 'piece of shit',
  'piece of garbage', 'piece of trash', 'piece of crap', 'brain-dead', 'braindead', 'libtard', 'libtards', 'conservatard',
  'conservatards', 'snowflake', 'snowflakes', 'clown show', 'clown car', 'liar', 'liars', 'crook', 'crooks',
  'hypocrite', 'hypocrites',
];

/**
 * Words with an innocent meaning too ("the clown at the party", "a stroke of a fool's luck"):
 * an insult only when plainly aimed ("you ...", "he is a ...", "what a ...").
 */
export const AMBIGUOUS_INSULT_NOUNS_EN = [
  'clown', 'clowns', 'loser', 'losers', 'fool', 'fools', 'creep', 'creeps', 'freak', 'freaks', 'psycho', 'psychos', 'hack',
  'hacks', 'parasite',
  'parasites', 'leech', 'leeches', 'troll', 'trolls', 'trash', 'garbage', 'joke', 'dinosaur', 'dinosaurs', 'pig', 'pigs', 'snake',
  'snakes', 'rat', 'rats', 'tool', 'tools', 'dick', 'dicks', 'disgrace',
  'embarrassment', 'failure', 'coward', 'cowards', 'nobody', 'karen', 'karens', 'piece of work', 'toddler',
  'crybaby', 'crybabies', 'simp', 'simps', 'cuck', 'cucks', 'incel', 'incels', 'boomer', 'boomers',
];

/** Adjectives that insult a person ("stupid people", "my boss is useless"), never a thing ("a stupid printer"). */
export const INSULT_ADJECTIVES_EN = [
  'stupid', 'dumb', 'idiotic', 'moronic', 'incompetent', 'useless', 'pathetic', 'brainless', 'clueless', 'worthless', 'lazy',
  'ignorant', 'spineless', 'gutless', 'dim', 'dense', 'delusional', 'deranged', 'disgusting', 'ugly', 'fat', 'senile',
  'retarded', 'braindead', 'brain-dead', 'dimwitted', 'half-witted', 'feeble-minded', 'low-iq', 'low iq', 'corrupt',
  'crooked', 'spineless', 'shameless', 'gross', 'creepy',
];

/** Who an insult can be aimed at: people and groups of people. */
export const INSULT_TARGETS_EN = [
  'people', 'person', 'persons', 'man', 'men', 'woman', 'women', 'guy', 'guys', 'lady', 'ladies', 'girl', 'girls', 'boy', 'boys',
  'kid', 'kids', 'dude', 'dudes', 'folks', 'boss', 'bosses', 'manager', 'managers', 'director', 'directors', 'minister',
  'ministers', 'premier', 'politician', 'politicians', 'bureaucrat', 'bureaucrats', 'civil servant', 'civil servants',
  'public servant', 'public servants', 'government', 'councillor', 'councillors', 'councilor', 'mayor', 'colleague',
  'colleagues', 'coworker', 'coworkers', 'co-worker', 'co-workers', 'client', 'clients', 'customer', 'customers', 'driver',
  'drivers', 'voter', 'voters', 'citizen', 'citizens', 'taxpayer', 'taxpayers', 'teacher', 'teachers', 'nurse', 'nurses',
  'doctor', 'doctors', 'cop', 'cops', 'employee', 'employees', 'staff', 'union', 'leadership', 'management', 'executive',
  'executives', 'team', 'fans', 'users', 'commenters', 'trolls', 'leader', 'leaders', 'mp', 'mps', 'mpp', 'mpps', 'officials',
  'administrator', 'administrators', 'liberals', 'conservatives', 'tories', 'libs', 'cons', 'lefties', 'leftists',
  'right-wingers', 'boomers', 'millennials', 'neighbours', 'neighbors', 'neighbour', 'neighbor', 'landlord', 'landlords',
  'tenant', 'tenants', 'human', 'humans', 'human being', 'individual', 'individuals', 'reporter', 'reporters', 'journalist',
  'journalists', 'critics', 'protesters', 'protestors', 'supporters', 'idiots', 'morons', 'crowd', 'mob', 'bunch', 'lot',
  'ndp', 'liberal', 'conservative', 'tory', 'senator', 'senators', 'ceo', 'ceos', 'adm', 'dm', 'deputy', 'supervisor',
  'supervisors', 'hr', 'ministry', 'cabinet', 'council', 'premiers', 'mayors', 'officers', 'officer',
];

/** Words that may stand between the aim and the insult ("you absolute idiot", "such a complete moron"). One word each. */
export const INSULT_INTENSIFIERS_EN = [
  'a', 'an', 'the', 'such', 'so', 'total', 'complete', 'absolute', 'real', 'utter', 'fucking', 'freaking', 'bloody', 'damn',
  'big', 'stupid', 'dumb', 'lazy', 'useless', 'pathetic', 'ignorant', 'incompetent', 'bunch', 'of', 'just', 'all', 'little',
  'old', 'sad', 'literal', 'entitled', 'corrupt', 'completely', 'totally', 'really', 'very', 'absolutely', 'truly',
];

/** Titles of works and set phrases that contain an insult word without insulting anyone. */
export const INSULT_FALSE_FRIENDS_EN = [
  'dumb and dumber', 'the idiot', 'idiocracy', 'american idiot', 'the jerk', 'ship of fools', "fool's gold", 'fools gold',
  "april fool's", 'april fools', 'april fool', 'idiot-proof', 'idiot proof', 'idiot box', 'idiot light', 'class clown',
  'clown fish', 'clownfish', 'rodeo clown', 'party clown', 'birthday clown', 'creep up', 'creeping', 'trash can', 'trash day',
  'garbage day', 'garbage collection', 'garbage truck', 'joke of the day', 'no joke', 'inside joke', 'rat race', 'lab rat',
  'gym rat', 'pack rat', 'a fool to', 'a fool not to', 'fool around', 'fooling around', 'snake oil', 'power tool', 'hand tool',
  'the tool', 'this tool', 'tools for', 'dinosaur park',
  'loser pays', 'losers bracket', "loser's bracket", 'sore loser', 'dumb luck', 'dumbwaiter', 'dumb bell', 'dumbbell',
  'freak accident', 'freak storm', 'freak out', 'freaked out', 'freaking out', 'control freak', 'fitness freak', 'neat freak',
  'garbage in', 'guinea pig', 'guinea pigs', 'pig roast', 'piggy bank', 'monster truck', 'cookie monster', 'party animal',
  'animal shelter', 'dog park',
];

/** Nouns that, after "what a", judge a situation rather than a person ("what a joke", "what a disgrace"). */
export const EXCLAMATION_ABOUT_THINGS_EN = ['joke', 'disgrace', 'embarrassment', 'failure', 'trash', 'garbage'];

/** Abuse that carries its own target ("fuck you", "go to hell"): a personal attack wherever it stands. */
export const AIMED_ABUSE_EN = [
  'fuck you', 'fuck u', 'fuck off', 'screw you', 'go fuck yourself', 'go to hell', 'eat shit', 'kiss my ass', 'suck my dick',
  'piss off', 'up yours', 'bite me', 'drop dead',
];
