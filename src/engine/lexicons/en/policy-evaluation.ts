// Evaluative words of a public opinion on policy, in English. They mean nothing alone ("the weather
// is ridiculous"): the rules require a government target in the same sentence.

// Families rather than phrases: a flaw by degree ("far too weak", "not strong enough") and a judgement
// of a decision by any critical adjective ("a terrible call", "a cynical move").
const DEGREES_EN = ['too', 'far too', 'way too', 'much too', 'overly', 'dangerously', 'ridiculously', 'painfully'];
const FLAWS_EN = [
  'weak', 'lax', 'loose', 'soft', 'slow', 'fast', 'quickly', 'rushed', 'strict', 'harsh', 'narrow', 'vague', 'complicated',
  'complex', 'costly', 'expensive', 'late', 'timid', 'cautious', 'aggressive', 'restrictive', 'permissive', 'low',
  'bureaucratic', 'rigid', 'generous', 'stingy',
];
const LACKS_EN = ['strong', 'tough', 'fast', 'clear', 'ambitious', 'bold', 'serious', 'funded', 'enforced', 'targeted'];
const CRITICAL_ADJECTIVES_EN = [
  'bad', 'terrible', 'awful', 'poor', 'wrong', 'dumb', 'stupid', 'reckless', 'short-sighted', 'shortsighted', 'misguided',
  'lousy', 'horrible', 'shameful', 'cynical', 'cruel', 'heartless', 'foolish', 'careless', 'disastrous', 'questionable',
  'baffling', 'indefensible', 'boneheaded',
];
const DECISION_NOUNS_EN = ['call', 'move', 'choice', 'decision', 'plan', 'idea', 'approach', 'direction', 'policy', 'priority', 'precedent', 'signal'];

// A decision said to go against what it should rest on: the evidence, the science, the advice of the
// people who did the work ("zero evidence", "ignored the science", "political, not scientific",
// "didn't read a single page of what we sent up"). The verdict public servants give most often on
// their own files; generated from the grounds and the ways of disregarding them, not listed phrase by phrase.
const GROUNDS_EN = ['evidence', 'data', 'science', 'research', 'analysis', 'advice', 'modelling', 'modeling', 'studies', 'facts', 'numbers'];
const OWNED_GROUNDS_EN = ['the', 'our', 'its', 'their', 'staff', 'expert', 'the expert', "the experts'", 'any'];
const EVIDENCE_DISREGARD_EN = [
  // Not "no data" or "despite the data": "the ministry has no data on that yet" is a fact, not a verdict.
  // "Zero data loss": "data" and "numbers" also qualify nouns, so "zero" takes the other grounds only.
  ...GROUNDS_EN.filter((g) => g !== 'data' && g !== 'numbers').map((g) => `zero ${g}`),
  ...GROUNDS_EN.flatMap((g) => [`without any ${g}`, `not based on ${g}`, `based on no ${g}`, `no real ${g}`, `not a shred of ${g}`, `no serious ${g}`]),
  ...GROUNDS_EN.flatMap((g) => OWNED_GROUNDS_EN.flatMap((o) => ['ignored', 'ignores', 'ignoring', 'went against', 'goes against', 'flies in the face of'].map((v) => `${v} ${o} ${g}`))),
  'not evidence based', 'not evidence-based', 'not scientific', 'political not scientific', 'politics not science', 'ideology not evidence',
  'pure ideology', 'ideology over evidence', 'politics over science', 'the science said no', 'the evidence said no', 'the data said no',
  // What the author's side sent, unread ("didn't read a single page of what we sent"); not "never read the speech".
  "didn't read a single page", "didn't even read our", "didn't even read what", "didn't read what we", "didn't read our",
  'never read our', "didn't read a word of", 'nobody upstairs listens',
  "nobody upstairs reads", 'nobody listens to us', 'no one listens to us', 'why do we even bother', 'why do we bother',
  // Grief at watching it done ("it breaks my heart to see the province cut…"); not "heartbreaking news", a sympathy.
  'breaks my heart to see', 'broke my heart to see', 'breaks my heart to watch', 'sickens me to see', 'makes me sick to see',
];

// "Got it wrong" with any object and an adverb inside ("the minister got this one badly wrong"): the
// verdict the list holds bare, in the shapes people write it.
const WRONG_ADVERBS_EN = ['', 'badly ', 'completely ', 'totally ', 'so ', 'dead ', 'horribly ', 'terribly ', 'really ', 'very ', 'spectacularly ', 'all '];
const GOT_WRONG_EN = ['got', 'gets', 'has gotten', 'have gotten'].flatMap((v) =>
  ['it', 'this', 'this one', 'that', 'that one', 'it all', 'the file', 'this file'].flatMap((o) => WRONG_ADVERBS_EN.map((a) => `${v} ${o} ${a}wrong`)),
);

/** Criticism. */
export const NEGATIVE_EVALUATION_EN = [
  ...EVIDENCE_DISREGARD_EN,
  ...GOT_WRONG_EN,
  // The author's own stance against it, in any first-person form ("I disagree with…", "I'm against…").
  ...['i', 'i really', 'i strongly', 'i completely', 'i totally'].flatMap((s) => [`${s} disagree with`, `${s} oppose`, `${s} object to`]),
  "i don't agree with", 'i do not agree with', "i'm against", 'i am against', "i'm opposed to", 'i am opposed to',
  "i'm totally against", "i'm completely against", "can't support", 'cannot support', "won't support",
  // Harm to people said by its effect ("leaves families behind").
  'leaves families behind', 'leaves people behind', 'leaves students behind', 'leaves workers behind', 'leaves farmers behind',
  'leaves patients behind', 'leaves seniors behind', 'leaves the north behind', 'left behind', 'leaving behind',
  ...DEGREES_EN.flatMap((d) => FLAWS_EN.map((f) => `${d} ${f}`)),
  ...LACKS_EN.map((l) => `not ${l} enough`),
  ...CRITICAL_ADJECTIVES_EN.flatMap((a) => DECISION_NOUNS_EN.map((n) => `${a} ${n}`)),
  'disaster', 'disastrous', 'a mess', 'hot mess', 'what a mess', 'shameful', 'a shame', 'shame on', 'disgrace',
  'disgraceful', 'ridiculous', 'absurd', 'absurdity', 'idiotic', 'stupid', 'dumb', 'moronic', 'asinine', 'a joke',
  'is a joke', 'joke of a', 'laughable', 'clueless', 'has no clue', 'have no clue', 'no clue', 'has no idea',
  'have no idea', 'no idea what', "doesn't understand", 'does not understand', "don't understand how", 'incompetent',
  'incompetence', 'useless', 'pointless', 'pathetic', 'embarrassing', 'an embarrassment', 'terrible', 'awful',
  'horrible', 'appalling', 'atrocious', 'outrageous', 'unacceptable', 'inexcusable', 'indefensible', 'unfair', 'unjust',
  'cruel', 'heartless', 'callous', 'reckless', 'irresponsible', 'short sighted', 'shortsighted', 'misguided',
  'wrong headed', 'wrongheaded', 'backwards', 'a step backwards', 'a step back', 'tone deaf', 'out of touch',
  'makes no sense', 'make no sense', "doesn't make sense", "doesn't make any sense", 'does not make sense', 'nonsense',
  'BS', 'bullshit', 'garbage', 'trash', 'rubbish', 'a failure', 'failing', 'has failed', 'have failed', 'a waste',
  'waste of money', 'waste of time', 'waste of taxpayer', 'boondoggle', 'slap in the face', 'insulting', 'an insult',
  'gutting', 'gutted', 'ruined', 'ruining', 'destroying', 'destroyed', 'dismantling', 'an attack on', 'attacking',
  'war on', 'should be scrapped', 'should scrap', 'must be scrapped', 'needs to be scrapped', 'scrap it',
  'should be cancelled', 'should be canceled', 'should be reversed', 'must be reversed', 'should reverse',
  'needs to reverse', 'should resign', 'must resign', 'needs to resign', 'has to go', 'must go', 'needs to go',
  'should be fired', 'should be ashamed', 'the worst', 'worst', 'sucks', 'stinks', 'bad idea', 'terrible idea',
  'horrible idea', 'dumb idea', 'stupid idea', 'bad decision', 'terrible decision', 'wrong decision', 'poor decision',
  'huge mistake', 'big mistake', 'a mistake', 'grave mistake', 'mismanagement', 'chaos', 'chaotic', 'a nightmare',
  'nightmare', 'hypocritical', 'hypocrisy', 'hypocrites', 'lies', 'lying', 'liars', 'dishonest', 'corrupt', 'scandal',
  'scandalous', 'infuriating', 'maddening', 'frustrating', 'disappointing', 'disappointed in', 'disappointed with',
  'will hurt', 'hurts', 'hurting', 'harmful', 'damaging', 'punishing', 'anti worker', 'union busting', 'power grab',
  'overreach', 'draconian', 'heavy handed', 'mean spirited', 'petty', "is crazy", "are crazy", "it's crazy",
  "that's crazy", 'is insane', 'are insane', "it's insane", "that's insane", 'is nuts', "it's nuts", 'is bonkers',
  'a farce', 'a circus', 'a fiasco', 'clown show', 'gong show', 'dumpster fire', 'shitshow', 'shit show',
  'undemocratic', 'ideological', 'out of their minds', 'lost the plot', 'no common sense', 'insult to',
  "doesn't care", "don't care", 'does not care', 'do not care', "couldn't care less", 'despises', 'neglects',
  'neglected', 'turned its back on', 'turned their back on', 'turned their backs on', 'under the bus',
  'catastrophe', 'a catastrophe', 'catastrophic', 'fantasy', 'pure fantasy', 'a fantasy', 'fairy tale', 'pipe dream',
  'delusional', 'unrealistic', 'wishful thinking', 'completely abandoned', 'totally abandoned', 'abandoned us',
  'abandoned families', 'abandoned workers', 'abandoned the north', 'no credibility', 'zero credibility',
  'lost all credibility', 'takes us for fools', 'take us for fools', 'treats us like idiots', 'treat us like idiots',
  'thinks we are stupid', "thinks we're stupid", 'insults our intelligence', 'deserves better', 'deserve better',
  'total joke', 'complete joke', 'total mess', 'complete mess', 'total circus', 'total failure', 'complete failure',
  'utter failure', 'train wreck', 'trainwreck',
  'short-sighted', 'went too far', 'goes too far', 'gone too far', 'half-baked', 'half baked', 'poorly thought out',
  'not thought through', 'a cash grab', 'cash grab', 'wrong-headed', 'tone-deaf', 'unworkable', 'unenforceable',
  "won't work", 'will never work', 'is broken', 'are broken', 'a big mistake', 'deserved better',
  // Predictions of failure and harm ("won't build a single unit", "is going to hurt students").
  "won't help", 'will not help', "won't fix", 'will not fix', "won't solve", 'will not solve', "won't build",
  "won't fix anything", 'do nothing for', 'does nothing for', 'going to hurt', 'gonna hurt',
  // The job made impossible, nobody made safer: "the new bail directive is going to make my job impossible".
  'make my job impossible', 'makes my job impossible', 'make our jobs impossible', 'makes our jobs impossible',
  "won't make a single person safer", "won't make anyone safer", 'will not make anyone safer', "won't keep anyone safe",
  'will backfire', 'backfire', 'backfired', 'will cost lives', 'costs lives', 'will make it worse',
  'makes it worse', 'make things worse', 'making things worse', 'bad policy', 'terrible policy', 'awful policy',
  'bad law', 'nobody asked for', 'no one asked for', 'nobody wanted', 'nobody understands', 'no one understands',
  'makes zero sense', 'zero sense', 'no sense at all', 'pure fiction', 'is fiction', 'a fiction', 'fantasy land',
  'fantasyland', 'la la land', 'smoke and mirrors', 'window dressing', 'lip service', 'all talk', 'band aid', 'a band aid', 'half measures', 'half measure', 'too little too late',
  'hung out to dry', 'blindsided', 'rammed through', 'rushed through',
  'without consultation', 'no consultation', 'zero consultation', 'without consulting', 'baffling', 'mind boggling',
  'bizarre', 'head scratching', 'head scratcher', 'indefensible', 'gaslighting', 'propaganda', 'fearmongering',
  'kicking the can', 'passing the buck', 'a slap in the face', 'a betrayal', 'betrayal', 'betrayed', 'broken promise',
  'broken promises', 'all for show', 'for show', 'out of their depth', 'asleep at the wheel', 'dropped the ball',
  'drops the ball', 'bungled', 'botched', 'a botch', 'fumbled', 'mishandled', 'mishandling', "doesn't add up",
  'going to get someone killed', 'get someone killed', 'get people killed', 'people will die', 'someone will die',
  'mess of a', 'never seen a worse', 'never seen worse', 'nobody has a clue', 'no one has a clue', "doesn't have a clue",
  "don't have a clue", 'not a clue', 'a lie', 'no funding', 'without funding', 'unfunded', 'not a cent', 'not a dime', "doesn't work", 'does not work',
  "isn't working", 'is not working', "aren't working",
  // Measured criticism, as specialists write it on LinkedIn.
  'concerns about', 'serious concerns', 'real concerns', 'i have concerns', 'concerning', 'worrying', "i'm worried",
  'i am worried', 'worried about', 'worries me', 'troubling', 'alarming', 'problematic', 'questionable', 'dubious',
  'a missed opportunity', 'missed opportunity', 'falls short', 'fall short', 'fell short', "doesn't go far enough",
  'does not go far enough', "don't go far enough", 'not go far enough', 'not nearly enough', 'too slow', 'too little',
  'must do better', 'needs to do better', 'need to do better', 'years behind', 'decade behind', 'ten years behind',
  'lagging behind', 'misses the mark', 'missed the mark', 'the wrong direction', 'wrong direction', 'empty rhetoric',
  'empty promises', 'mismanagement', 'the mess', 'clean up the mess', 'cleaning up the mess', 'unlike the previous',
  'unlike the last', 'unlike the former', 'hot take', 'unpopular opinion', 'controversial opinion',
  "don't add up", 'does not add up', 'do not add up', "math doesn't work", "numbers don't work", 'numbers do not work',
  // Harm said by its consequence ("these cuts will make restaurants less safe").
  // Superlatives of a decision ("the dumbest decision I've ever seen"), verdicts on its authors, and its effect on people.
  'dumbest', 'stupidest', 'silliest', 'most ridiculous', 'most absurd', 'worst call', 'worst move', 'worst decision',
  'whoever designed', 'whoever came up with', 'whoever thought', 'whoever wrote', 'never met a client', 'never met a patient',
  'never met a student', 'never met a farmer', 'never set foot in', 'never worked a day', 'never worked the front line',
  'means clients wait', 'means families wait', 'means people wait', 'means patients wait', 'means students wait',
  'means clients', 'means seniors wait', 'means kids wait', 'means applicants wait', 'means residents wait',
  'means farmers wait', 'means workers wait', 'wait weeks', 'wait months', 'waiting weeks', 'waiting months',
  'got it wrong', 'gets it wrong', 'got this wrong', 'got this one wrong', 'got it all wrong', 'completely wrong', 'dead wrong', 'blew it', 'screwed up', 'messed up', 'a step backward', 'step backwards', 'step backward',
  'less safe', 'put at risk', 'puts at risk', 'putting at risk', 'puts people at risk', 'makes it harder', 'make it harder', 'is broken beyond repair', 'set us back', 'sets us back',
  // Dismissed as spin, a favour to the few, or out of reach ("mostly a press release", "a gift to the big
  // operators", "not achievable", "past breaking point"), or its harm foretold ("going to make someone sick").
  // (Said of the thing by a copula: "the government issued a press release" is news.)
  ...['is', 'are', "it's", 'was', 'were'].flatMap((c) => ['a press release', 'just a press release', 'mostly a press release',
    'nothing but a press release', 'a photo op', 'just a photo op', 'not achievable'].map((e) => `${c} ${e}`)),
  // A favour to the few, not "the parks are a gift to all of us".
  ...['a gift to', 'a handout to', 'a giveaway to'].flatMap((g) => ['the big', 'big', 'developers', 'corporations', 'their friends', 'insiders', 'donors', 'the industry', 'industry'].map((w) => `${g} ${w}`)),
  "aren't achievable", "isn't achievable", 'not defensible',
  'past breaking point', 'past the breaking point', 'to the breaking point', 'make someone sick', 'make people sick',
  'get someone hurt', 'set back a decade', 'set us back a decade', 'keeps bragging about', 'keep bragging about',
];

/** Praise of a decision or policy: applies to any target. */
export const DECISION_PRAISE_EN = [
  'great decision', 'excellent decision', 'good decision', 'smart decision', 'wise decision', 'right decision',
  'the right call', 'right call', 'great call', 'smart move', 'great move', 'bold move', 'good move', 'great policy',
  'great idea', 'excellent idea', 'good idea', 'brilliant idea', 'kudos to', 'hats off to', 'bravo to', 'well done',
  'way to go', 'about time', 'i applaud', 'we applaud', 'applaud the', 'i commend', 'commend the', 'best budget',
  'best decision', 'best government', 'best premier', 'best minister', 'best prime minister', 'great job',
  'finally doing the right thing', 'doing the right thing', 'got it right', 'gets it right', 'nailed it',
  'best call', 'best move', 'best policy', 'call in a decade', 'move in a decade', 'decision in a decade', 'hit it out of the park',
];

/** Praise adjectives: only for policies and governments, not for people (a minister's "amazing speech" is courtesy). */
export const GENERIC_PRAISE_EN = [
  'brilliant', 'genius', 'amazing', 'fantastic', 'awesome', 'outstanding', 'impressive', 'i love', 'love this',
  'love the', 'love how', 'so good', 'a win', 'huge win', 'big win', 'visionary', 'best thing',
];

/** Nouns right after a praise word that make it about an event, not a policy ("amazing day at Queen's Park"). */
export const PRAISE_EVENT_NOUNS_EN = [
  'day', 'days', 'event', 'events', 'time', 'team', 'teams', 'people', 'turnout', 'weather', 'view', 'views', 'visit',
  'session', 'sessions', 'conference', 'conversation', 'conversations', 'discussion', 'speech', 'panel', 'talk',
  'colleagues', 'crowd', 'night', 'morning', 'afternoon', 'week', 'evening', 'lunch', 'tour', 'experience', 'work',
  'job', 'staff', 'volunteers', 'partners', 'photo', 'photos', 'opportunity', 'energy', 'celebration', 'launch',
];

/** Short sentences that lean on the sentence before ("It's a disaster.", "What a joke."). */
export const ANAPHORS_EN = [
  "it's", 'it is', 'this is', "that's", 'that is', "they're", 'they are', "he's", 'she is', "she's", 'he is', 'what a',
  'such a', 'this', 'that', 'these', 'they', 'it', 'he', 'she', 'total', 'complete', 'absolute', 'utter', 'pure',
  'honestly', 'frankly', 'seriously', 'truly', 'just',
];

/**
 * Criticism by pretence, waste and neglect, the other families of a verdict: a measure called a show
 * ("all spin", "pure theatre", "a photo op"), a waste ("a money pit", "a vanity project") or a
 * neglect of the people it serves ("forgets the North", "ignores rural Ontario").
 */
export const PRETENCE_WASTE_NEGLECT_EN = [
  // The plan reduced to nothing, in everyday words: "hot air", "pie in the sky", "word salad".
  'hot air', 'pie in the sky', 'pie-in-the-sky', 'word salad', 'not worth the paper', 'hogwash', 'baloney', 'malarkey',
  'claptrap', 'drivel',
  'vanity project', 'pure vanity', 'all spin', 'pure spin', 'just spin', 'no substance', 'zero substance',
  'all style no substance', 'photo op', 'photo-op', 'pr stunt', 'pr exercise', 'publicity stunt', 'political stunt',
  'just optics', 'all optics', 'pure optics', 'pure theatre', 'pure theater',
  'political theatre', 'political theater', 'security theatre', 'for the cameras', 'virtue signalling', 'virtue signaling',
  'gimmick', 'a gimmick', 'purely cosmetic', 'empty gesture', 'performative', 'tokenism', 'token gesture',
  'money pit', 'white elephant', 'pork barrel', 'pork-barrel', 'cronyism', 'slush fund', 'pet project',
  'handout to', 'handouts to', 'giveaway to', 'gift to developers', 'rewarding donors', 'bloated', 'wasteful', 'waste of',
  
  'shortchanges', 'shortchanged', 'shortchanging', 'sacrificed', 'sacrificing', 'starves', 'starved',
  'left to drown', 'left in the cold', 'thrown under the bus',
  'nickel and dime', 'nickel-and-dime', 'penny wise', 'penny-wise', 'all hat no cattle',
  'sloppy', 'amateurish', 'amateur hour', 'incoherent', 'contradictory', 'illogical',
  'short-term thinking', 'no plan', 'no vision', 'zero plan', 'zero vision', 'flip flop', 'flip-flop',
  'backpedal', 'backpedalling', 'caved', 'pandering', 'panders', 'tone-deaf', 'self-serving', 'self serving',
  // The authors shown out of touch, and disappointment said outright.
  'never looked at a', 'have never looked at', "they've never looked at", 'clearly never', 'obviously never',
  'has clearly never', 'never bothered to', 'disappointed that', "we're disappointed", 'we are disappointed',
  'deeply disappointed', 'disappointed the', 'disappointed by', 'disappointed in how', 'not impressed', "i'm not impressed",
  // A measure that misleads, a process that is only a show, an employer that will not look.
  'misleading', 'is misleading', 'just theatre', 'just theater', 'is theatre', 'is theater', 'window dressing', 'a facade',
  'a façade', 'no follow-through', 'zero follow-through', 'no follow through', 'choosing to be blind', 'chose to be blind',
  'choosing to ignore', 'chose to ignore', 'love to be ignored', 'nobody cares until', 'nobody listens',
];
