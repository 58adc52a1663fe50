// Hostile or dismissive replies to members of the public. OPS official accounts follow a
// customer-service standard (shared reference "guidelines" §1.6) and the comment policies ask for
// respect; a public servant who snaps at a citizen online hurts trust in the public service.

/** Phrases that dismiss or mock the person being answered, wherever they stand. */
export const DISMISSIVE_REPLIES_EN = [
  // Sending a woman back to the kitchen: a sexist rebuff, always.
  'go make me a sandwich', 'make me a sandwich', 'back in the kitchen where you belong', 'back to the kitchen where you belong',
  'stick to the kitchen',
  "you clearly didn't read", 'you clearly did not read', "you obviously didn't read", "you didn't even read",
  'did you even read', 'do you even read', 'did you actually read', 'try actually reading', 'maybe try reading',
  'read before you comment', 'read before commenting', 'reading is hard', 'work on your reading comprehension', 'stop whining',
  'quit whining', 'stop complaining', 'quit complaining', 'stop your whining', 'keep crying', 'cry about it', 'go cry',
  'cope and seethe', 'malding', 'get a life', 'get a grip', 'nobody asked you', 'no one asked you', 'who asked you',
  'who cares what you think',
  'not my problem', 'not our problem', 'sounds like a you problem', 'a you problem', 'your problem not mine', 'shut up', 'stfu',
  'bye felicia', 'ok boomer', 'okay boomer', 'sit down and be quiet', 'imagine thinking', 'imagine believing',
  'imagine being this', 'you have no idea what you are talking about', "you have no idea what you're talking about",
  "you don't know what you're talking about", 'you do not know what you are talking about', 'you have no clue', 'google it',
  'spare me', 'whatever you say', "if you don't like it, leave", "if you don't like it leave", "if you don't like it, move",
  'you people', 'your ignorance', 'what a dumb question', 'what a stupid question', 'are you stupid', 'are you dense',
  'are you for real', 'talk to the hand', 'cry me a river', 'boo hoo', 'boohoo', 'waaah', 'l + ratio', 'l+ratio', 'ratio + l',
  'ratioed', "ratio'd", 'triggered much', 'so triggered', 'your tears', 'get off your high horse', 'nobody is forcing you',
  'no one is forcing you', 'next time read', 'try harder', 'educate yourself before', 'please educate yourself',
  'go educate yourself', 'maybe educate yourself', 'do your research before posting', 'do your research before commenting',
  'do some research before commenting', 'do your own research before posting', "you're spreading misinformation",
  'you are spreading misinformation', 'stop spreading misinformation', 'before spreading misinformation', 'that is your problem', "that's your problem", "that's on you",
  'go educate yourself',
  'spreading lies',
  'spreading nonsense', 'you should know better', 'you ought to know better', "you're old enough to know better",
  'you are old enough to know better', 'old enough to know better', 'should know better than to', "that's not how any of this works",
  'that is not how any of this works', 'ridiculous comment', 'what a ridiculous question', "that's a ridiculous question", 'such a ridiculous question',
  'ridiculous claim', 'silly comment', 'dumb comment', 'stupid comment', 'idiotic comment', 'did you even bother', 'did you bother to',
  'did you even look', 'did you even check', 'did you even try', 'before complaining', 'before you complain',
  'before you start complaining', 'nonsense like this', 'post nonsense', 'posting nonsense', 'spouting nonsense',
  'spewing nonsense', 'get your facts straight', 'check your facts', 'learn some manners', 'shame on you',
  'you should be ashamed', 'you ought to be ashamed', 'you should be embarrassed', 'nobody wants to hear', 'no one wants to hear',
  'keep your opinions to yourself', 'keep your opinion to yourself', 'thanks for nothing',
  'clearly you have no idea', 'you clearly have no idea',
  'clearly you did not', "clearly you didn't", 'obviously you did not', "obviously you didn't",
  'stop wasting our time', 'stop wasting my time', 'quit wasting our time', 'waste of our time', 'hope you learned your lesson',
  'lesson learned i hope', 'typical entitled', 'so entitled', 'entitled much', 'read the room', 'some people never learn',
  'some people just never learn', 'nobody asked for your', 'no one asked for your', 'if you had read', 'if you had bothered',
  'if you bothered to read', 'if you even read', 'such a stupid question', 'such a dumb question', 'such a silly question',
  "you clearly don't understand", 'you clearly do not understand', "you obviously don't understand", "you don't even understand",
  "can't read a simple", 'not worth arguing with', 'your comment is ignorant',
  'ignorant comment', 'embarrassing comment', "go back to your mom's basement", 'go back to your basement',
  "back to your mom's basement", 'crawl back under your rock', 'crawl back to your basement', 'not our fault you', "it's not our fault you",
  // Telling people they cannot read or think, in any frame.
  'learn to read before', 'learn how to read before', 'need to learn to read', 'needs to learn to read',
  'need to learn how to read', 'needs to learn how to read', 'reading comprehension is',
  'basic reading comprehension', 'your reading comprehension', "can't read a", 'cannot read a', 'use your brain',
  'use your head for once', 'think before you type', 'think before you post', 'engage your brain',
  // Telling the person to pay attention, in any imperative.
  'try paying attention', 'try listening', 'try thinking', 'pay attention next time', 'maybe pay attention',
  'learn to listen', 'try using your brain', 'try using your head', 'can you even read', "can't you read",
  'do you even know how to read',
  // Telling someone to get a brain.
  'grow a brain', 'get a brain', 'get a clue', 'buy a clue', 'grow up and',
];

/** Phrases that are dismissive only when they stand alone as a reply ("Grow up." but not "kids grow up fast"). */
export const STANDALONE_REPLIES_EN = [
  'grow up', 'deal with it', 'get over it', 'get over yourself', 'suck it up', 'go away', 'ratio', 'cope', 'cope harder',
  'seethe', 'stay mad', 'cry more', 'cry harder', 'who asked', 'nobody asked', 'no one asked', 'nobody cares', 'no one cares',
  'lol no', 'lmao no', 'touch grass', 'go touch grass', 'learn to read', 'learn how to read', 'whatever', 'k bye', 'sit down',
  'read it again', 'try reading', 'do better', 'be better', 'sure, jan', 'ok karen', 'okay karen',
  'bless your heart', 'cool story', 'cool story bro',
  // Telling the person to go find a life elsewhere.
  'get a hobby', 'find a hobby', 'get a new hobby', 'log off', 'go outside', 'get some fresh air',
  // Telling the person to go work, as a put-down of someone on assistance.
  'get a job', 'go get a job', 'get a real job', 'get a job already',
];

/** Phrases that stay harmless in these set expressions. */
export const DISMISSIVE_SAFE_CONTEXT_EN = [
  'shut up and take my money', 'get a grip on', 'thank you people', 'thanks you people', 'spare me a', 'spare me the details',
  'google it for', 'try harder next', "won't stop whining", "won't stop complaining", 'not my problem to solve',
  // The shrug about one's own remit, said to nobody: "(City transit, not my department, not my problem.)"
  'not my department, not my problem', 'not my department not my problem', 'not my circus, not my monkeys', 'not my circus not my monkeys',
  'no silly question', 'no such thing as a silly question', 'no question is too silly', 'no stupid question',
  'no such thing as a stupid question', 'no question is a silly question', 'no question is a stupid question',
];
