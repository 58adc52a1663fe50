// Threats and doxxing intent (WDHP: harassment; comment policies: no threats). These phrases
// are rarely innocent; the conduct/harassment rule still skips song lyrics and film quotes in
// quotation marks.

/** Threats and menacing phrases. */
export const THREATS_EN = [
  'i know where you live', 'i know where you work', 'we know where you live', 'we know where you work',
  'i know where he lives', 'i know where she lives', 'i know where they live', 'i know where your kids go to school',
  'i will find you', "i'll find you", "i'm coming for you", 'im coming for you', 'you better watch your back',
  "you'd better watch your back",
  'you will pay for this', "you'll pay for this", 'see you in the parking lot', 'wait till i find you',
  'wait until i find you', 'hope you die', 'i hope you die', 'hope he dies', 'hope she dies', 'hope they die', 'go die',
  'kill yourself', 'kys', 'go kill yourself', 'i will hurt you', "i'll hurt you",
  "i'm going to hurt you", 'i am going to hurt you', 'someone should shoot', 'someone should punch', 'someone should hit',
  'someone should kill', 'someone should beat', 'someone should slap', 'someone should hurt', 'someone should teach him a lesson',
  'someone should teach her a lesson', 'someone should teach them a lesson', 'someone should take care of him',
  'someone should take care of her', 'someone should deal with him', 'someone should deal with her', 'should be shot',
  'should be hanged', 'should be lynched', 'deserves to be shot', 'deserves to die', 'deserve to die', 'put a bullet in',
  'i hope you get cancer', 'hope you get cancer', 'hope you get hit by a bus', "won't know what hit him",
  "won't know what hit her", "won't know what hit them", "won't know what hit you", "you're dead meat", "he's dead meat",
  "she's dead meat", 'you are dead meat', 'better hope i never see', "better hope i don't see", 'better hope i never run into',
  "better hope i don't run into", "i'll make him pay", "i'll make her pay", "i'll make you pay", 'i will make you pay',
  "i'll end you", "i'll ruin you", "i'll ruin him", "i'll ruin her", 'deal with him myself', 'deal with her myself',
  'someone should slash', 'somebody should slash', 'someone should key', 'somebody should key',
  'somebody should shoot', 'somebody should punch',
  'somebody should hit', 'somebody should beat', 'somebody should slap',
  'someone needs to slap', 'somebody needs to slap', 'someone should run him over',
  'should be run over', 'slash his tires', 'slash her tires', 'slash the tires', 'key his car', 'key her car',
  'egg his house', 'egg her house',
];

/**
 * Calls to go after someone the post has just pointed at: "you know what to do", "go let her know
 * what you think". Those that name their target ("make his life hell") stand alone; the bare ones
 * ("have at it") need the person exposed in the post (a name, a phone number, an address, a workplace).
 */
export const INCITEMENT_EN = [
  'make his life hell', 'make her life hell', 'make their life hell', 'make his life miserable', 'make her life miserable',
  'make their lives miserable', 'flood his inbox', 'flood her inbox', 'flood their inbox', 'flood his phone',
  'flood her phone', 'blow up his phone', 'blow up her phone', 'blow up their phone', 'give him a piece of your mind',
  'give her a piece of your mind', 'give them a piece of your mind', 'give him hell', 'give her hell', 'give them hell',
  'let him have it', 'let her have it', 'go get him', 'go get her', 'report him everywhere', 'report her everywhere',
  'let his employer know', 'let her employer know', 'contact his employer', 'contact her employer', 'call his boss',
  'call her boss', 'tag his employer', 'tag her employer', 'report him to his employer', 'report her to her employer',
  'get him fired', 'get her fired', "let's get him fired", "let's get her fired",
];
export const INCITEMENT_BARE_EN = [
  'you know what to do', 'do with that what you will', 'do what you will with that', 'do what you want with that',
  'do what you want with this', 'have at it', 'have at him', 'have at her', 'you know where to find him',
  'you know where to find her', 'feel free to let him know', 'feel free to let her know', 'go get em', "go get 'em",
  'go let him know what you think', 'go let her know what you think', 'go let them know what you think',
  'let him know what you think', 'let her know what you think', 'tell him what you think', 'tell her what you think',
  // A visit by any name ("pay him a little visit", "a friendly visit"): the same veiled threat.
  ...['him', 'her', 'them'].flatMap((who) => ['', 'little ', 'friendly ', 'quick ', 'surprise ', 'nice ', 'personal '].map((how) => `pay ${who} a ${how}visit`)), 'give him a call and tell', 'give her a call and tell',
  'call him and tell', 'call her and tell', 'show him what we think', 'show her what we think',
];

/** Signs that the post exposes a person: a name said outright, where they work or live, a number to call. */
/** An invitation to drop by ("if anyone's in the area 👀"): harassment once the post says where someone lives. */
export const VISIT_INVITES_EN = [
  "if anyone's in the area", 'if anyone is in the area', "if anybody's in the area", "if you're in the area",
  "if anyone's nearby", 'if anyone is nearby', "if anyone's in the neighbourhood", "if anyone's in the neighborhood",
  'in case anyone wants to stop by', 'in case anyone wants to drop by', 'if anyone wants to stop by',
  'if anyone wants to drop by', 'if anyone feels like stopping by', 'if anyone feels like dropping by',
];

export const EXPOSURE_CUES_EN = [
  'his name is', 'her name is', 'their name is', 'name is', 'his number', 'her number', 'works at', 'works for',
  'lives on', 'lives at', 'lives in', 'lives just off', 'lives near', 'lives right', 'drives a', 'this is the guy', 'this is the woman', 'this is the man',
  'this is the lady', 'this is the person', 'here he is', 'here she is', 'his address', 'her address', 'his profile',
  'her profile', 'his facebook', 'her facebook', 'his instagram', 'her instagram', 'plate',
];

/** Doxxing: exposing or hunting for someone's private details. */
export const DOXXING_EN = [
  "here's his address", "here's her address", "here's their address", 'here is his address', 'here is her address',
  'his home address is', 'her home address is', 'their home address is', "here's his number", "here's her number",
  'let\'s find out where he lives',
  "let's find out where she lives", 'find out where he lives', 'find out where she lives', 'find out where they live',
  'anyone know where he lives', 'anyone know where she lives', 'does anyone know where he lives',
  'does anyone know where she lives', 'dox him', 'dox her', 'dox them', 'doxx him', 'doxx her', 'doxx them', "let's dox",
  "let's doxx", 'show up at his house', 'show up at her house', 'show up at his door', 'show up at her door',
  ];

/** A consequence promised to someone ("he's going to regret it"): a threat once tied to a meeting (below). */
export const THREAT_CONSEQUENCES_EN = [
  'going to regret it', 'going to regret this', 'gonna regret it', 'gonna regret this', 'will regret it', 'will regret this',
  "he'll regret it", "she'll regret it", "you'll regret it", "they'll regret it", "he'll regret this", "you'll regret this",
  'going to pay for it', 'going to pay for this', 'gonna pay for it', 'gonna pay for this', "he'll pay for it",
  "she'll pay for it", "you'll pay for it", "they'll pay for it", 'will pay for it', 'will pay for this',
  'going to get it', 'gonna get it', "he'll get what's coming", "she'll get what's coming", "what's coming to him",
  "what's coming to her", 'going to be sorry', 'gonna be sorry', "he'll be sorry", "she'll be sorry", "you'll be sorry",
  "he's getting a visit", "she's getting a visit", 'is getting a visit', 'can expect a visit from me', 'will get a visit from me',
];

/** A meeting the author looks forward to: "if I see that guy again", "next time he shows up". */
export const ENCOUNTERS_EN = [
  'if i see', 'if i ever see', 'if i catch', 'if i ever catch', 'if i run into', 'if i ever run into', 'when i see',
  'when i find', 'next time i see', 'next time he', 'next time she', 'next time they', 'next time you', 'if he shows up',
  'if she shows up', 'if they show up', 'if he comes back', 'if she comes back', 'if he ever comes back',
  'if she ever comes back', 'if he sets foot', 'if she sets foot', 'if you show up', 'if you come back', 'i know where he lives',
  'i know where she lives', 'i have his address', 'i have her address', 'i found his address', 'i found her address',
  'i know his address', 'i know her address',
];

/** Sexual remarks about someone met at work (a colleague, a client): harassment under workplace policy. */
export const SEXUAL_TARGETS_EN = [
  'intern', 'colleague', 'coworker', 'co-worker', 'receptionist', 'new hire', 'new girl', 'new guy', 'client', 'customer',
  'manager', 'boss', 'supervisor', 'assistant', 'she', 'her', 'he', 'him', 'lady', 'woman', 'girl', 'guy', 'student',
];
export const SEXUAL_REMARKS_EN = [
  'so hot', 'is hot', 'looks hot', 'looked hot', 'smoking hot', 'sexy', 'a snack', 'a smokeshow', 'a smoke show', 'a 10',
  'eye candy', 'fuckable', 'bangable', 'hot af', 'thicc', 'nice ass', 'nice rack', 'great legs', 'nice legs', 'great ass',
  'what a body', 'the body on', 'hot stuff', 'doable', 'would smash', "i'd smash", "i'd hit that", 'hit that',
];
/** Harm the author says they will do to someone ("I'll punch the next client who…"). */
export const VIOLENT_INTENT_EN = [
  "i'll punch", 'i will punch', "i'm going to punch", "i'm gonna punch", "i'll slap", "i'm gonna slap", "i'll strangle",
  "i'm going to strangle", "i'm gonna strangle", "i'll kill him", "i'll kill her", "i'm going to kill him",
  "i'm going to kill her", "i'm gonna kill him", "i'm gonna kill her", "i'll smack", "i'm gonna smack", "i'll deck",
  "i'm gonna deck", "i'll throttle", "i'll choke", "i'll beat him", "i'll beat her", "i'm going to hurt", "i'll punch the next",
  "i'll strangle the next", "i'll slap the next", 'i swear i will hit', "i swear i'll hit",
];

/** How a woman or a man "really" got the job, insinuated: "we all know how she got that promotion 😏". */
export const SEXUAL_INSINUATIONS_EN = [
  'we all know how she got', 'we all know how he got', 'everyone knows how she got', 'everyone knows how he got',
  'we know how she got', 'we know how he got', 'slept her way', 'slept his way', 'sleeping her way', 'sleeping his way',
  'slept with someone to get', 'on her knees for that promotion',
];
