// Stance toward a party, a leader or a candidate, in English. Each list needs a party, leader or
// candidate in the same sentence (or the one before, for "they are…") to mean anything.

// Families, not remembered posts: campaign work for someone, praise of a speech, support by its
// strength, a party or leader praised in a relative clause ("finally a party that listens"). Each
// still needs a party, leader or candidate in the sentence. Not thanks ("thanks to the PC caucus
// members who toured the lab"): courtesy to elected members is not support.
const CAMPAIGN_WORK_EN = [
  'donated to', 'contributed to', 'chipped in to', 'gave to', 'campaign treasurer for', 'campaign manager for', 'treasurer for',
  'campaign chair for', 'our next mayor', 'our future mayor', 'our next premier', 'our next mpp', 'our next prime minister',
  'supporting',
  // The wish to see them in power ("can't wait for the Liberals to take power").
  'to take power', 'take back power', 'to form government', 'form the next government', 'to win the election', 'win this election', 'volunteering for', 'canvassing for', 'door knocking for', 'knocking doors for', 'campaigning for', 'phone banking for', 'fundraising for'];
const SPEECH_PRAISE_EN = ['great', 'inspiring', 'powerful', 'amazing', 'fantastic', 'moving', 'brilliant', 'strong', 'stirring'];
const SUPPORT_STRENGTH_EN = ['unwavering', 'full', 'total', 'complete', 'wholehearted', 'strong', 'enthusiastic'];
const PRAISED_RELATIVES_EN = ['a party', 'a leader', 'a candidate', 'the party', 'the leader', 'the candidate'].flatMap((who) =>
  ['that', 'who'].flatMap((rel) => ['listens', 'cares', 'gets it', 'understands', 'delivers', 'fights', 'stands up', 'actually', 'finally', 'really', 'truly'].map((v) => `${who} ${rel} ${v}`)),
);

/** First-person support ("proud to support", "I stand with"). */
export const SUPPORT_EN = [
  'i support', 'we support', "i'm supporting", 'i am supporting', "we're supporting", 'we are supporting',
  'proud to support', 'proudly supporting', 'proudly support', 'happy to support', 'glad to support',
  'excited to support', "i'll be supporting", 'i will be supporting', 'i endorse', "i'm endorsing", 'we endorse',
  'i stand with', 'we stand with', "i'm standing with", 'standing with', "i'm with", 'rooting for', 'cheering for',
  'proud member of', 'proud supporter of', 'card carrying', 'lifelong', 'die hard', 'diehard', 'my money is on',
  'fingers crossed for', "can't wait for",
  // Agreeing out loud with a party or a candidate (often after quoting them): "couldn't agree more with @OttSouthNDP".
  "couldn't agree more with", 'could not agree more with', 'totally agree with', 'fully agree with', '100% agree with',
  'agree 100% with', 'completely agree with',
  ...CAMPAIGN_WORK_EN,
  ...SPEECH_PRAISE_EN.map((a) => `${a} speech`), 'what a speech',
  ...SUPPORT_STRENGTH_EN.map((s) => `${s} support`),
  ...PRAISED_RELATIVES_EN, 'finally a party', 'finally a leader',
];

/** Cheers that work only right before the name ("go Greens!"). */
export const CHEERS_EN = ['go', "let's go", 'go go', 'go team'];

/** Praise that puts a party or candidate above others. */
export const PRAISE_EN = [
  'the only ones who', 'the only ones that', 'the only one who', 'the only one that', 'the only party', 'only party',
  'the only leader', 'only leader', 'the only candidate', 'best choice', 'best option', 'best party', 'best leader',
  'best candidate', 'best plan', 'the right choice', 'real plan', 'deserve a majority', 'deserves a majority',
  'deserve to win', 'deserves to win', 'deserve your vote', 'deserves your vote', 'deserve our vote', 'deserves our vote',
  'deserve my vote', 'deserves my vote', 'will fix', 'will save', 'gets it', 'on our side', 'fighting for us',
  'fight for us', 'fights for us', 'stands up for', 'stand up for', 'actually cares', 'actually care', 'really care',
  'really cares', 'good for ontario', 'great for ontario', 'good for canada', 'great for canada', 'i love', 'love the', 'love them', 'love how', 'thank god for', 'great job',
  'keep up the great work', 'landslide', 'congrats to', 'congratulations to', 'way to go', 'the only choice',
  'only real choice', 'the only option', 'only real option', 'exactly what canada needs', 'exactly what ontario needs',
  'exactly what we need', 'just what canada needs', 'just what ontario needs', 'what this country needs',
  'what this province needs', 'deserve our trust', 'deserves our trust', 'deserve your trust', 'deserves your trust',
  'trust the', 'are right', 'is right', 'got it right', 'have it right',
  // Wishes and votes for a candidate ("good luck to my friend Julie, running for mayor").
  'good luck to', 'best of luck to', 'wishing luck to', 'wishing all the best to', 'all the best to', 'go get them', 'you have my vote', 'has my vote', 'have my vote',
  // The one serious offer on the table: "the NDP's plan is the only one on the table that…".
  'the only one on the table', 'only one on the table', 'the only plan', 'the only serious', 'the only credible',
  'only serious plan', 'only credible plan', 'the only realistic',
  // A candidate vouched for in plain words, before or after the name: "Ana is running for mayor and she's the real
  // deal", "she'd make a great mayor", "I fully support her", "we need more people like him at Queen's Park".
  // (Not a bare "she's amazing": said of a past candidate's bakery, it praises the bakery.)
  'the real deal', 'would make a great', "she'd make a great", "he'd make a great", 'would make an excellent',
  'would make an amazing', 'has my support', 'have my support', 'has my full support', 'has my vote', 'i fully support',
  'i support her', 'i support him', 'fully support her', 'fully support him', "i'm behind her", "i'm behind him",
  'we need more people like', 'we need people like',
  'the first serious', 'the first real plan', 'the first credible',
];

/** Opposition and attacks (the general evaluations of policy-evaluation.ts count too). */
export const OPPOSITION_EN = [
  'ruined', 'ruining', 'ruins', 'destroyed', 'destroying', 'destroys', 'gutted', 'gutting', 'wrecked', 'wrecking',
  'sold out', 'selling out', 'must go', 'has to go', 'have to go', 'need to go', 'needs to go', 'got to go', 'gotta go',
  'get rid of', 'kick out', 'never again', 'anyone but', "can't be trusted", 'cannot be trusted', "can't trust",
  "don't trust", 'never trust', 'liars', 'lying', 'lied', 'crooks', 'crooked', 'corrupt', 'corruption', 'clowns',
  'idiots', 'morons', 'fools', 'i hate', 'hate the', 'hate them', 'hate how', "can't stand", 'fed up with', 'sick of',
  'tired of', 'enough of', 'shame on', 'stop the', 'dangerous', 'scary', 'extremist', 'extremists', 'far right',
  'radical', 'out of touch', "don't care", "doesn't care", 'do not care', 'only care about', 'in the pocket of',
  'bad for ontario', 'bad for canada', 'worst', 'liar', 'cowards', 'gutless', 'spineless', 'traitors', 'fascist*',
  'communist*', 'grifter*', 'snake oil', "won't work", 'will never work', "doesn't work", 'unrealistic', 'unfit',
  'not fit to', 'ashamed of', 'embarrassment', 'bye bye', 'good riddance', 'did nothing', 'done nothing', 'do nothing',
  'selling off', 'sold off', 'sell off', 'giving away', 'developer friends', 'their friends', 'cronies', 'buddies',
  // Threats to what people value, said of the future ("the PCs will destroy public health care").
  'will destroy', 'would destroy', 'going to destroy', 'will ruin', 'would ruin', 'going to ruin', 'will wreck',
  'will dismantle', 'must be stopped', 'need to be stopped',
  // Harm a party's plan would do, said by who it hits: "would land hardest on rural ratepayers".
  'would hurt', 'will hurt', 'would land hardest', 'land hardest on', 'hit hardest', 'would hit', 'would gut', 'will gut',
  'would devastate', 'will devastate', 'would cripple', 'will cripple', 'would be a disaster', 'would be a catastrophe',
  'needs to be stopped', 'have to be stopped', 'has to be stopped',
  // Wishing a party a defeat in any words.
  'deserve to lose', 'deserves to lose', 'deserve to be wiped out', 'deserves to be wiped out', 'deserve a beating',
  'deserve to get crushed', 'hope they lose', 'hope they get crushed', 'hope they get wiped out', 'wipe them out',
  'crush them', 'send them packing', 'show them the door', 'vote them out', 'voted out', 'turf them', 'boot them',
  // Wishing a party out of power.
  'lose their majority', 'lose its majority', 'lose power', 'lose the election', 'get voted out', 'be voted out',
  'thrown out of office',
];

/** Verbs that make the party the speaker, not the object ("the NDP says the budget is a disaster"). */
export const REPORTED_SPEECH_EN = [
  'says', 'said', 'say', 'claims', 'claimed', 'argues', 'argued', 'called', 'calls', 'accused', 'accuses', 'according to',
  'warned', 'warns', 'criticized', 'criticised', 'slammed', 'blasted', 'described', 'labelled', 'labeled', 'tweeted',
  'posted', 'stated', 'told', 'asked', 'reported', 'reports', 'headline', 'wrote', 'writes', 'promised', 'promises',
  'pledged', 'pledges', 'vowed', 'vows', 'announced', 'announces', 'proposed', 'proposes', 'promise', 'pledge', 'plans to',
];

/** Right after a leader's name: wishing them out ("Doug Ford has to go"). */
export const OUSTER_AFTER_EN = [
  'has to go', 'must go', 'needs to go', 'has got to go', 'gotta go', 'needs to be gone', 'must be defeated', 'out!',
  'out now', 'resign', 'resign now', 'must resign', 'should resign', 'needs to resign', 'is done', 'is finished', 'gone',
];

/** Right before a leader's name: wishing them out ("can't wait to see Doug Ford gone", "bye bye Doug Ford"). */
export const OUSTER_BEFORE_EN = [
  "can't wait to see", 'cannot wait to see', "can't wait to get rid of", 'get rid of', 'send packing', 'bye bye',
  'so long', 'good riddance', 'time to fire', 'fire', 'dump', 'oust', 'ousting', 'kick out', 'boot', 'turf',
];
