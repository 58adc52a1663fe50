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
  'hypocrite', 'hypocrites', 'dunce', 'dunces', 'dolt', 'dolts', 'oaf', 'oafs', 'twit', 'twits', 'nincompoop',
  'nincompoops', 'ignoramus', 'meathead', 'meatheads', 'pinhead', 'pinheads', 'dingbat', 'dingbats', 'dipstick',
  'dipsticks', 'muppet', 'muppets', 'pillock', 'pillocks', 'plonker', 'wingnut', 'wingnuts', 'wackjob', 'whackjob',
  'nut job', 'sleazeball', 'sleazebags', 'sleazebag', 'slimeball', 'slimeballs', 'idjit', 'eejit', 'bimbo', 'bimbos',
  'harpy', 'bigot', 'bigots', 'deadbeat', 'deadbeats', 'freeloader', 'freeloaders', 'slacker', 'slackers',
  'paper pusher', 'paper pushers', 'pencil pusher', 'pencil pushers', 'seat warmer', 'seat warmers', 'has-been',
  'has-beens', 'wannabe', 'wannabes', 'suck-up', 'suck-ups', 'brown-noser', 'brown-nosers', 'kiss-ass', 'yes-man',
  'yes-men', 'weasel', 'weasels', 'numpty', 'numpties', 'dumbo', 'halfwits', 'mouth-breather', 'mouth-breathers',
  'mouth breather', 'mouth breathers', 'knuckle-dragger', 'knuckle-draggers', 'knuckle dragger', 'knuckle draggers',
  'empty suit', 'empty suits', 'village idiot', 'charlatan', 'charlatans', 'quack', 'quacks', 'shill', 'shills', 'sellout',
  'sellouts',
  // More of the common stock, profane compounds included.
  'simpleton', 'simpletons', 'doofus', 'doofuses', 'dumb-ass', 'dumbfuck', 'dumbfucks', 'fuckwit', 'fuckwits',
  'fuckface', 'shithead', 'shitheads', 'asshat', 'asshats', 'dickwad', 'dickwads', 'douche', 'douches', 'numbnuts',
  'dumb-dumb', 'ding-dong', 'blockhead', 'blockheads', 'lamebrain', 'birdbrain', 'pea brain', 'peabrain',
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
  'crybaby', 'crybabies', 'simp', 'simps', 'cuck', 'cucks', 'incel', 'incels', 'boomer', 'boomers', 'dummy', 'dummies',
  'jerk', 'jerks', 'witch', 'hag', 'bully', 'bullies', 'fossil', 'fossils', 'thug', 'thugs', 'nightmare', 'menace',
  'pain in the neck', 'headcase', 'head case', 'basket case', 'trainwreck', 'train wreck', 'dumpster fire', 'loose cannon',
  'fraud', 'frauds',
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
  'supervisors', 'hr', 'ministry', 'cabinet', 'council', 'premiers', 'mayors', 'officers', 'officer', 'analyst', 'analysts',
  'inspector', 'inspectors', 'intern', 'interns', 'receptionist', 'coordinator', 'contractor', 'contractors', 'consultant',
  'consultants', 'vendor', 'vendors', 'caller', 'callers', 'applicant', 'applicants', 'cashier', 'clerk', 'clerks', 'agent',
  'agents', 'new hire', 'new guy', 'new girl', 'farmers', 'growers', 'residents', 'tourists', 'cyclists', 'parents',
  'students', 'teens',
];

/** Words that may stand between the aim and the insult ("you absolute idiot", "such a complete moron"). One word each. */
export const INSULT_INTENSIFIERS_EN = [
  'a', 'an', 'the', 'such', 'so', 'total', 'complete', 'absolute', 'real', 'utter', 'fucking', 'freaking', 'bloody', 'damn',
  'big', 'stupid', 'dumb', 'lazy', 'useless', 'pathetic', 'ignorant', 'incompetent', 'bunch', 'of', 'just', 'all', 'little',
  'old', 'sad', 'literal', 'entitled', 'corrupt', 'completely', 'totally', 'really', 'very', 'absolutely', 'truly',
  'walking', 'talking', 'living', 'breathing', 'certified', 'human', 'professional', 'colossal', 'massive', 'huge', 'giant',
  'utter', 'first-class', 'world-class', 'grade-a', 'bona fide', 'one-man', 'one-woman',
  // Noun-phrase frames around the insult: 'the worst kind of', 'a pack of', 'the biggest'.
  'worst', 'kind', 'sort', 'type', 'biggest', 'dumbest', 'pack', 'load', 'group', 'whole',
];

/**
 * Disguised insults: idioms that call someone stupid, useless or ugly without an insult word
 * ("the IQ of a houseplant", "not the sharpest tool in the shed"). They carry their own aim; the
 * rule only skips them when the author says them of themself ("I have the IQ of a potato today").
 */
export const DISGUISED_INSULTS_EN = [
  'the iq of a', 'iq of a', 'room temperature iq', 'room-temperature iq', 'two brain cells', 'one brain cell',
  'single brain cell', 'brain cells to rub together', 'dumber than a bag of', 'dumber than a box of', 'dumber than a sack of',
  'dumber than a rock', 'dumber than rocks', 'dumber than dirt', 'dumber than a post', 'dumb as a rock', 'dumb as rocks',
  'dumb as a post', 'dumb as a bag of', 'dumb as a box of', 'thick as a brick', 'thick as two short planks',
  'not the sharpest tool', 'not the sharpest knife', 'not the sharpest pencil', 'not the brightest bulb',
  'not the brightest crayon', 'not the brightest light', 'not the brightest candle', 'a few fries short of',
  'a few sandwiches short of', 'one sandwich short of', 'a few bricks short of', 'a few cards short of',
  "elevator doesn't go to the top", 'lights are on but nobody', 'lights are on but no one', "couldn't organize a piss-up",
  "couldn't find his way out of a paper bag", "couldn't find her way out of a paper bag",
  "couldn't find their way out of a paper bag", "couldn't pour water out of a boot", 'brain the size of a pea',
  'brain the size of a walnut', 'pea-brained', 'pea brained', 'pea brain', 'smooth-brained', 'smooth brained',
  'smooth brain', 'waste of a paycheque', 'waste of a paycheck', 'waste of a salary', 'waste of a pension',
  'bless his heart', 'bless her heart', 'bless their hearts', 'face only a mother could love',
  'face for radio', 'has no business being a', 'have no business being', 'should never have been hired',
  'how did he get hired', 'how did she get hired', 'how did they get hired', 'how is he still employed',
  'how is she still employed', 'how are they still employed', 'how does he still have a job', 'how does she still have a job',
  'as useful as a screen door', 'as useful as a chocolate teapot', 'about as useful as a', 'useless as tits on a bull',
  'about as sharp as a', 'as sharp as a bowling ball',
  'let alone a ministry', 'let alone a team', 'let alone a branch',
  'let alone a department', 'let alone a division', 'let alone a program', 'let alone a province', 'let alone a country',
  'all hat and no cattle', 'attention span of a goldfish', 'attention span of a gnat', 'mind of a toddler', 'emotional maturity of a',
  'a special kind of stupid', 'special kind of stupid', 'takes stupid to a new level', 'dumb as they come',
  'stupid as they come', 'about as smart as', 'never had an original thought', 'never had a thought', 'never had a single thought',
  "wouldn't know a", "wouldn't know common sense", 'dumb as a sack of', 'dumber than a bucket of', 'dumb as a bucket of',
  'too stupid to', 'too dumb to', 'too thick to', 'too incompetent to', 'too clueless to',
  "shouldn't be allowed out in public", 'should not be allowed out in public', "shouldn't be allowed to breed",
  'people like her should', 'people like him should', "people like her shouldn't", "people like him shouldn't",
  "shouldn't be managing a", "couldn't manage a", "couldn't run a lemonade stand", 'waste of oxygen', 'waste of space',
  'lights are on but', 'not playing with a full deck', 'a few screws loose', 'screw loose', 'missing a few marbles',
  'lost his marbles', 'lost her marbles', 'off his rocker', 'off her rocker', 'people like her are', 'people like him are',
  'people like you are', 'people like that are', 'only got the job because', 'got the job because of who',
  'slept her way', 'slept his way', 'fat cow', 'fat pig', 'old bag', 'old hag', 'old bat', 'old goat', 'dumb blonde',
  'is why i drink', 'are why i drink',
  // Sarcasm and betrayal said of a colleague ("Classy move, Brent. Real classy. 🐍").
  'real classy', 'classy move', 'so classy of', 'what a snake', 'such a snake', 'total snake', 'backstabber',
  'backstabbing', 'credit thief', 'credit stealer',
];

/** Praise said in sarcasm ("absolute genius", "brain trust"): an insult when the post rolls its eyes. */
export const SARCASTIC_PRAISE_EN = [
  'genius', 'geniuses', 'brain trust', 'rocket scientist', 'rocket scientists', 'einstein', 'mastermind', 'masterminds',
  'bright spark', 'bright sparks', 'best and brightest', 'top minds', 'great minds', 'real winner', 'real winners',
  'real prize', 'real gem', 'sherlock', 'captain obvious', 'stellar leadership', 'visionary leadership',
];

/** Titles of works and set phrases that contain an insult word without insulting anyone. */
export const INSULT_FALSE_FRIENDS_EN = [
  'dumb and dumber', 'the idiot', 'idiocracy', 'american idiot', 'the jerk', 'ship of fools', "fool's gold", 'fools gold',
  "april fool's", 'april fools', 'april fool', 'idiot-proof', 'idiot proof', 'idiot box', 'idiot light', 'class clown',
  'clown fish', 'clownfish', 'rodeo clown', 'party clown', 'birthday clown', 'creep up', 'creeping', 'trash can', 'trash day',
  'garbage day', 'garbage collection', 'garbage truck', 'joke of the day', 'no joke', 'inside joke', 'rat race', 'lab rat',
  'gym rat', 'pack rat', 'a fool to', 'a fool not to', 'fool around', 'fooling around', 'snake oil', 'power tool', 'hand tool',
  'the tool', 'this tool', 'tools for', 'dinosaur park',
  'loser pays', 'loser buys', 'loser owes', 'loser does', 'loser gets', 'losers buy', 'losers pay', 'losers bracket', "loser's bracket", 'sore loser', 'dumb luck', 'dumbwaiter', 'dumb bell', 'dumbbell',
  'freak accident', 'freak storm', 'freak out', 'freaked out', 'freaking out', 'control freak', 'fitness freak', 'neat freak',
  'garbage in', 'guinea pig', 'guinea pigs', 'pig roast', 'piggy bank', 'monster truck', 'cookie monster', 'party animal',
  'animal shelter', 'dog park', 'jerk chicken', 'jerk pork', 'crash test dummy', 'crash test dummies', 'dummy variable',
  'dummy account', 'dummy data', 'dummy text', 'for dummies', 'black sheep', 'sheep farm', 'sheep farmer', 'dairy cow',
  'dairy cows', 'cow calf', 'cow-calf', 'cash cow', 'holy cow', 'sacred cow', 'witch hunt', 'good witch', 'wicked witch',
  'witch hazel', 'dope as', 'genius bar', 'genius idea', 'evil genius', 'stable genius', 'fossil fuel', 'fossil fuels',
  'fossil record', 'fossils of', 'anti-bullying', 'bully pulpit', 'weasel words', 'slacker mode',
  // "Nobody" as the pronoun before a workplace unit ("nobody upstairs listens"), not "a nobody".
  ...['upstairs', 'in hr', 'in management', 'in leadership', 'in charge', 'in power', 'in cabinet', 'in the ministry', 'in the government',
    'in finance', 'in procurement', 'in the office', 'at head office', 'at city hall', "at queen's park", 'in policy', 'in legal']
    .map((u) => `nobody ${u}`),
];

/** Nouns that, after "what a", judge a situation rather than a person ("what a joke", "what a disgrace"). */
export const EXCLAMATION_ABOUT_THINGS_EN = ['joke', 'disgrace', 'embarrassment', 'failure', 'trash', 'garbage'];

/** Workplace units where a derided group is said to sit ("the clowns in procurement", "the geniuses upstairs"). */
export const WORKPLACE_UNITS_EN = [
  'procurement', 'hr', 'human resources', 'finance', 'it', 'legal', 'management', 'head office', 'corporate', 'comms',
  'communications', 'accounting', 'payroll', 'the ministry', 'the branch', 'the division', 'the department', 'the office',
  'the government', 'the union', 'charge', 'power', 'ottawa', "queen's park", 'city hall', 'council', 'cabinet',
  'leadership', 'upstairs', 'the corner office', 'the front office', 'admin', 'facilities', 'policy', 'licensing',
];

/** Abuse that carries its own target ("fuck you", "go to hell"): a personal attack wherever it stands. */
export const AIMED_ABUSE_EN = [
  'fuck you', 'fuck u', 'fuck off', 'screw you', 'go fuck yourself', 'go to hell', 'eat shit', 'kiss my ass', 'suck my dick',
  'piss off', 'up yours', 'bite me', 'drop dead',
  // "Karen" made a common noun (an article, an adjective, or "energy" after it) is a put-down of a
  // woman for complaining; the name alone ("my sister Karen") is not.
  'a full-on karen', 'a full blown karen', 'a total karen', 'a real karen', 'such a karen', 'typical karen',
  'classic karen', 'karen energy', 'karen behaviour', 'karen behavior', 'karen move', 'karen moment', 'full karen mode',
  'karen mode', 'the karens', 'these karens', 'all the karens',
];
