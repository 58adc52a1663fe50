// Calls to act in an election: vote, elect, give, volunteer, canvass, show a sign, rally. They are
// political activity only when tied to a party, a candidate or an election (a bake-off vote is not).
import { verbForms } from '../../text/verb-forms.js';

/** Voting verbs: the object (party, candidate) must come after them ("vote NDP", "voted for her for mayor"). */
export const VOTE_VERBS_EN = [
  'vote', 'votes', 'voted', 'voting', 'vote for', 'vote against', "don't vote for", 'do not vote for', 'never vote for',
  'never vote', 'cast your ballot for', 'cast my ballot for', 'mark your ballot for',
];

/** Electing verbs: also followed by their object. */
export const ELECT_VERBS_EN = ['elect', 're elect', 'reelect', 'help elect', 'help re elect', "let's elect", "let's re elect"];

/** Campaign work and money: the party or candidate may stand before or after ("NDP volunteers needed", "canvassing for Jane in Ward 4"). */
export const CAMPAIGN_ACTIONS_EN = verbForms([
  'donate', 'donate to', 'donating', 'donated', 'donation', 'donations', 'chip in', 'contribute to', 'contributed to',
  'volunteer', 'volunteers', 'volunteering', 'volunteered', 'canvass', 'canvassing', 'canvassed', 'canvasser*',
  'door knock', 'door knocking', 'doorknocking', 'knocking on doors', 'knock on doors', 'knock doors', 'knocked on doors',
  'phone bank', 'phone banking', 'get out the vote', 'GOTV', 'lawn sign', 'lawn signs', 'campaign sign', 'campaign signs',
  'election sign', 'election signs', 'rally', 'rallies', 'fundraiser', 'fundraising dinner', 'campaign launch',
  'campaign event', 'hand out flyers', 'handing out flyers', 'dropping flyers', 'sign up to help', 'join the campaign',
  'join our campaign', 'join the team', 'become a member', 'buy a membership', 'membership drive', 'nomination meeting',
  // Campaign work and money in the past and other tenses, and the jobs of election day.
  'chipped in', 'chipping in', 'chip in to', 'chipped in to', 'gave to', 'gave money to', 'sent money to',
  'made a donation', 'made a donation to', 'maxed out', 'monthly donor', 'signed up to volunteer',
  'signed up to canvass', 'door-knocked', 'door knocked', 'doorknocked', 'phone banked', 'phonebanking',
  'phonebanked', 'leafleting', 'leafletting', 'dropping lit', 'lit drop',
  'scrutineer', 'scrutineering', 'poll captain', 'e-day volunteer', 'eday', 'e-day',
  'campaign office', 'campaign headquarters', 'knocked doors', 'knocking doors', 'pounding the pavement for',
  'hit the doors', 'hitting the doors', 'on the doors',
]);

/** Signs that are political by themselves. */
/** Roles and signs in someone's campaign: with a full name after them ("on the campaign team of Ana
 * Roy", "my lawn sign for Ana Roy") they need no office word to be electoral. */
export const CAMPAIGN_ROLES_EN = [
  'campaign team', 'campaign manager', 'campaign volunteer', 'campaign volunteers', 'campaign staff', 'lawn sign',
  'lawn signs', 'campaign chair',
  // A party's own offices: "named Fundraising Chair for the Kitchener Centre PC riding association".
  'fundraising chair', 'riding association president', 'riding president', 'eda president', 'riding association board',
  'riding association treasurer', 'chief financial officer of the',
];

/** The author standing for office: with an office or election word in the sentence, a candidacy. */
export const CANDIDACY_EN = verbForms([
  "i'm running for", 'i am running for', "i'll be running for", 'i will be running for', "i'm a candidate", 'i am a candidate',
  "i'm running again", 'my candidacy', 'my campaign', 'my re election campaign', 'vote for me', 'support my campaign',
  // Standing for office in other words: nominated, acclaimed, seeking the nomination.
  'nominated as', 'honoured to be nominated', 'honored to be nominated', 'acclaimed as', 'seeking the nomination',
  'seek the nomination', 'my nomination', 'put my name forward', 'putting my name forward', 'throwing my hat in',
  'throw my hat in', "i'm the candidate", 'i am the candidate', 'as your candidate', 'your candidate for',
]);

export const SELF_EVIDENT_ACTIONS_EN = ['election sign', 'election signs', 'campaign sign', 'campaign signs',
  // A vote by party colour.
  'vote orange', 'vote red', 'vote blue', 'voting orange', 'voting red', 'voting blue',
];

/** Calls that oppose whoever governs without naming them. */
export const IMPLICIT_OPPOSITION_EN = [
  'vote them out', 'vote him out', 'vote her out', 'vote this government out', 'vote out this government',
  'vote the government out', 'vote out the government', 'throw the bums out', 'throw them out', 'kick them out',
  'fire this government', 'defeat this government', 'anyone but', 'vote for change', 'time for a change',
  'time for change', 'time for a new government', 'need a new government', 'change the government',
  ...['need a', 'want a', 'time for a', 'bring on a', 'hoping for a', "can't wait for a", 'ready for a']
    .flatMap((w) => [`${w} change of government`, `${w} change in government`, `${w} different government`]),
];

/** Implicit calls that need an election nearby ("time for a change" alone is about anything). */
export const IMPLICIT_NEEDS_CONTEXT_EN = ['anyone but', 'vote for change', 'time for a change', 'time for change', 'throw them out', 'kick them out'];

/** Reminders to vote without a party or candidate: civic, not partisan. */
export const CIVIC_REMINDERS_EN = [
  'go vote', 'go and vote', 'get out and vote', 'get out to vote', 'get out there and vote', "don't forget to vote",
  'dont forget to vote', 'remember to vote', 'make sure you vote', 'make sure to vote', 'please vote', 'vote today',
  'vote tomorrow', 'exercise your right to vote', 'cast your ballot', 'find your polling station',
  'where to vote', 'register to vote', 'every vote counts', 'advance polls are open', 'advance voting',
  'vote on election day', 'your vote matters', 'go vote today',
];

/** Words before a voting verb that make it neutral ("no matter who you vote for"). */
export const NEUTRAL_VOTE_FRAMES_EN = [
  'no matter who', 'whoever you', 'regardless of who', 'whether you vote', 'who to vote for', 'who you vote for',
  "won't tell you", 'not telling you', "can't tell you", 'cannot tell you', 'how to vote', 'how you vote',
];

/** A call whose object is a pronoun ("vote them in"): partisan once a party or leader was just named. */
export const PRONOUN_CALLS_EN = [
  'vote them in', 'vote him in', 'vote her in', 'vote for them', 'vote for him', 'vote for her', 'vote against them',
  'vote against him', 'vote against her', 'elect them', 'elect him', 'elect her', 're-elect them', 're-elect him',
  're-elect her', 'reelect them', 'give them your vote', 'give them a majority', 'give them a shot on', 'get them elected',
  'get him elected', 'get her elected', 'help them win', 'help elect them', 'put them in power', "send them to queen's park",
  'chip in for them', 'donate to them', 'vote em in', 'vote em out', 'vote for em',
  "let's re-elect him", "let's re-elect her", "let's re-elect them", "let's elect him", "let's elect her", 'reelect him', 'reelect her',
  // A vote steered by what was just said of the party: "the NDP's plan is the only one. Read it before you vote."
  'vote accordingly', 'vote with that in mind', 'vote with this in mind', 'remember that when you vote',
  'remember this when you vote', 'keep that in mind when you vote', 'keep this in mind when you vote',
  'remember that at the ballot box', 'remember this at the ballot box', 'keep that in mind at the polls',
  'read it before you vote', 'read their plan before you vote', 'think carefully before you vote',
  'think hard before you vote', 'think twice before you vote',
];

/** Election logistics and coverage: with an election hashtag they make the post civic information. */
export const ELECTION_LOGISTICS_EN = [
  'polls open', 'polls close', 'polls are open', 'polls are closed', 'advance poll', 'advance polls', 'polling station',
  'polling stations', 'voter information card', 'voter card', 'voters list', 'elections ontario', 'elections canada',
  'election results', 'results coverage', 'results night', 'election night', "leaders' debate", 'leaders debate',
  'debate tonight', 'turnout', 'voter turnout', 'mail-in ballot', 'mail-in ballots', 'special ballot',
  // When and how to take part, in the election agency's own words: "Election Day is Thursday", "make sure
  // you're registered at elections.on.ca".
  'election day is', "you're registered", 'you are registered', 'registered to vote',
  'voter registration', 'check your registration', 'ways to vote', 'voting hours',
];

/** A grievance to be remembered at the polls ("Remember that at the ballot box", "at the polls, never forget
 * this"): a call to vote against those it blames, with no party named. Memory × electoral moment, both orders. */
const REMEMBER_EN = ['remember that', 'remember this', 'remember it', 'remember them', "don't forget that", "don't forget this", "don't forget it", 'never forget that', 'never forget this'];
const AT_THE_POLLS_EN = ['at the ballot box', 'in the ballot box', 'at the polls', 'in the voting booth', 'at the voting booth', 'come election day', 'in the next election', 'at the next election', 'next election'];
export const REMEMBER_AT_POLLS_EN = REMEMBER_EN.flatMap((r) => AT_THE_POLLS_EN.map((a) => `${r} ${a}`));
/** The same in the other order, where a comma may stand between ("At the polls, remember that."): read in two pieces. */
export const REMEMBER_ALONE_EN = REMEMBER_EN;
export const AT_POLLS_EN = AT_THE_POLLS_EN;
