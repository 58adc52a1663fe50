// How people criticise or praise government without a plain verdict word, in English: sarcasm,
// rhetorical questions, "finally someone…". Like the evaluations, none of these means anything alone
// ("What a genius move by my toddler"): the rules pair them with a government target.

/** Ironic praise and stock sarcasm: read as criticism. */
export const SARCASM_EN = [
  'genius move', 'genius idea', 'genius plan', 'genius stuff', 'genius decision', 'pure genius', 'real genius',
  'truly genius', 'galaxy brain', 'big brain move', 'another brilliant', 'another genius', 'yet another brilliant',
  'another stellar', 'another banner day', 'another fine mess', 'slow clap', 'golf clap', 'what could possibly go wrong',
  'what could go wrong', "yeah that'll work", 'yeah that will work', "sure that'll work", 'sure that will work',
  'because that worked so well', 'because that went so well', 'because that always works', 'said no one ever',
  'said nobody ever', 'thanks for nothing', 'good luck with that', 'who could have predicted',
  'who could have seen this coming', 'who could have guessed', 'shocking absolutely no one', 'shocking no one',
  'surprising no one', 'surprise surprise', 'colour me shocked', 'color me shocked', 'color me surprised',
  'colour me surprised', 'so much for', 'in what world', 'give me a break', 'spare me', 'get real',
  'another day another', 'another week another', 'asking for a friend', 'classic', 'typical', 'so typical',
  'how convenient', 'convenient timing',
];

/** Questions asked to condemn, not to learn. */
export const RHETORICAL_QUESTIONS_EN = [
  'how is this acceptable', 'how is it acceptable', 'how is that acceptable', 'how is this ok', 'how is this okay',
  'how is that ok', 'how is this legal', 'how is this fair', 'how is that fair', 'how is this allowed', 'how is this right',
  'how does this make sense', 'how does that make sense', 'how does anyone think', 'how can anyone think',
  'how can they justify', 'how do they justify', 'how can you justify', 'how do you justify',
  'who thought this was a good idea', 'who thought that was a good idea', 'who thought it was a good idea',
  'whose idea was this', 'whose bright idea', 'whose brilliant idea', 'who signs off on', 'who signed off on',
  'who approved this', 'who comes up with this', 'who comes up with these', 'what were they thinking',
  'what are they thinking', 'are they serious', 'are they kidding',
  'are you kidding me', 'is this a joke', 'is this for real', 'how hard can it be', 'how hard is it to',
  'when will they learn', 'can someone explain how', 'can anyone explain how', 'someone explain to me how',
  'explain to me how', 'can someone explain why', 'can anyone explain why', 'did anyone consult', 'did they consult',
  'did they even', 'do they even', 'why do they keep', 'why does this government', 'why is it so hard', 'why are we still', 'is anyone surprised',
  'anyone surprised', 'what did they expect',
  // Incomprehension that accuses ("I don't understand why", "explain to me why").
  "i don't understand why", 'i do not understand why', "i don't get why", "i'll never understand why", 'explain to me why',
  'someone explain to me why', 'can someone tell me why', 'how is it that',
];

/** Praise by relief: "finally someone who…", "long overdue". */
export const RELIEF_PRAISE_EN = [
  'finally someone', 'finally somebody', 'finally a', 'finally an', 'at long last', 'long overdue', 'overdue',
  'high time', 'step in the right direction', 'smart call', 'good call', 'the right move', 'right move', 'smart policy', 'good policy',
  'sensible policy', 'common sense policy', 'deserves credit', 'deserves all the credit', 'deserves the credit',
  'credit where credit is due', 'credit where it is due', "credit where it's due", 'props to', 'actually listens',
  'finally understands', 'finally understood', 'finally gets it', 'finally gets that', 'nailed the', 'nailed this',
  'actually listened', 'finally listened', 'finally listening', 'who gets it', 'actually gets it', 'the only one that', 'the only one where', 'the only plan that', 'the only plan where',
  'the only credible', 'only credible', 'the only sane', 'only sane', 'the only serious', 'only serious',
  'actually add up', 'actually adds up', 'numbers actually add up', 'math actually works', 'got this one right',
  'got this right', 'gets this right', 'incredible job', 'amazing job', 'fantastic job', 'excellent job', 'terrific job',
  'outstanding job', 'doing a great job', 'great job on', 'standing up to', 'stands up to', 'stood up to',
  'standing up for', 'fighting for', 'fights for', 'i commend', 'we commend', 'commends the', 'kudos', 'strong leadership',
  'bold leadership', 'visionary leadership', 'thanks to the leadership',
  // Courage credited to a minister ("a Minister who has the courage to stand up to Ottawa").
  'has the courage to', 'had the courage to', 'the courage to stand up', 'a real champion', 'a true champion',
];

/** Promotional praise ("a game changer", "great to see"): what an official account says of its own
 * programs. Read as praise of governments and measures, not of a named program. */
export const PROMOTIONAL_PRAISE_EN = [
  'great to see', 'good to see', 'glad to see', 'happy to see', 'excited to see', 'thrilled to see', 'so good to see',
  'encouraging', 'encouraging to see', 'welcome news', 'a welcome step', 'we welcome', 'i welcome', 'welcomes the',
  'boldest', 'most ambitious', 'best in canada', 'best in the country', 'open for business', 'much needed',
  'long awaited', 'exactly what we needed', 'exactly what ontario needs', 'game changer', 'a step forward',
  'big step forward', 'huge step forward', 'worth every penny', 'money well spent',
];

/** Words after a praise that turn it around ("Great plan. Yeah right."); emoji and "/s" are read in the rule. */
export const IRONY_MARKERS_EN = ['smh', 'yeah right', 'sure sure', 'said no one ever', 'said nobody ever'];

/** Government words people put in scare quotes to mock them ("'streamlined' rules"). */
export const EUPHEMISMS_EN = [
  'streamlined', 'streamlining', 'modernized', 'modernised', 'modernization', 'modernisation', 'modernizing',
  'efficiencies', 'efficiency', 'efficient', 'transformation', 'transformed', 'reform', 'reforms', 'improvements',
  'improved', 'optimization', 'optimisation', 'optimized', 'rationalization', 'rationalisation', 'consultation',
  'consulted', 'engagement', 'stakeholder engagement', 'flexibility', 'choice', 'savings', 'help', 'support',
  'investment', 'investments', 'red tape', 'cutting red tape', 'for the people', 'open for business', 'fiscal prudence',
  'restraint', 'value for money', 'right sizing', 'rightsizing', 'realignment', 'renewal', 'evidence based',
  'affordable', 'temporary', 'pilot',
];

/** Telling government what to do: a modal ("should", "needs to") followed by one of ADVOCACY_VERBS_EN. */
export const ADVOCACY_MODALS_EN = [
  'should', "shouldn't", 'should not', 'needs to', 'need to', 'must', 'has to', 'have to', 'ought to', 'had better',
  'should have', "should've", 'better', 'has got to', 'have got to', 'needs to immediately', 'should immediately',
];
export const ADVOCACY_VERBS_EN = [
  'reverse', 'scrap', 'cancel', 'rethink', 'reconsider', 'restore', 'reinstate', 'stop', 'listen', 'invest', 'fix',
  'act', 'step up', 'do better', 'do more', 'back down', 'walk back', 'walk this back', 'consult', 'apologize',
  'apologise', 'resign', 'abolish', 'fund', 'properly fund', 'pause', 'halt', 'drop', 'abandon', 'admit', 'come clean',
  'own up', 'get out of the way', 'stay out of', 'keep their hands off', 'leave', 'change course', 'go back to',
  'be ashamed', 'be held accountable', 'answer for', 'release the', 'rehire', 'hire more', 'pay', 'raise', 'cut',
];
