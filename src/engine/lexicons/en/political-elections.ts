// Words of elections and candidacies (federal, provincial, municipal), in English. PSOA s. 72 covers
// supporting or opposing a federal, provincial or municipal candidate.
import { verbForms } from '../../text/verb-forms.js';

/** Elections in general: context for a call to vote, not partisan by themselves (Elections Ontario says them too). */
export const ELECTION_TERMS_EN = [
  'election', 'elections', 'by election', 'byelection', 'general election', 'provincial election', 'federal election',
  'municipal election', 'election day', 'election night', 'riding', 'ridings', 'electoral district', 'MPP', 'MPPs',
  'member of provincial parliament', 'ballot box', 'advance poll', 'advance polls', 'polling station', 'polling stations',
];

/** Things of a partisan campaign: objects of support or opposition ("volunteer at the campaign office"). */
export const CAMPAIGN_TERMS_EN = [
  'election campaign', 're election', 'reelection', 're election campaign', 'campaign office', 'campaign headquarters',
  'campaign HQ', 'leadership race', 'leadership convention', 'nomination race', 'party platform', 'election platform',
  'campaign platform', 'campaign promise', 'campaign promises', 'election promise', 'election promises',
  // A campaign's own material and money: its videos and ads, its riding association and fundraisers.
  'campaign video', 'campaign videos', 'campaign ad', 'campaign ads', 'campaign launch', 'campaign rally', 'campaign event',
  'riding association', 'electoral district association', 'constituency association', 'campaign fundraiser',
  // A party's leadership contest ("chip in to Naomi's leadership bid").
  'leadership bid', 'leadership campaign', 'leadership candidate', 'leadership debate',
];

/** Candidates and elected offices, including municipal ones. */
export const CANDIDATE_TERMS_EN = verbForms([
  'candidate for mayor', 'mayoral candidate', 'mayoral race', 'mayoral campaign', 'council candidate',
  'candidate for council', 'candidate for city council', 'city council candidate', 'candidate for regional council',
  'trustee candidate', 'school board trustee candidate', 'candidate for trustee', 'running for council',
  'running for mayor', 'running for office', 'running for MPP', 'running for MP', 'running for city council',
  'running for re election', 'running for reelection', 'running for trustee', 'MPP candidate', 'federal candidate',
  'provincial candidate', 'local candidate', 'our candidate', 'incumbent', 'for council', 'for city council',
  'for mayor', 'for trustee', 'for MPP', 'for regional council', 'council race', 'ward race',
]);

/** Contexts where "election", "candidate" or "vote" are not about public office. */
export const NON_PUBLIC_ELECTION_EN = [
  'board election', 'board elections', 'student council', 'student election', 'student union', 'union election',
  'union elections', 'club election', 'condo board', 'bake off', 'bake sale', 'contest', 'competition', 'award',
  'awards', "people's choice", 'poll', 'survey', 'talent show', 'costume', 'playoff*', 'all star', 'mvp', 'best picture',
  'oscar*', 'grammy*', 'eurovision', 'reality show', 'idol', 'class president', 'prom', 'job candidate',
  'candidate for the position', 'candidate for the role', 'candidate for the job',
  // A school's or a building's own councils and associations elect people too.
  'parent council', 'parents council', "parents' council", 'school council', 'parent association', 'parents association',
  'home and school association', 'pta', 'pto', 'residents association', "residents' association", 'tenants association',
  "tenants' association", 'club president', 'team captain',
];

/** Election hashtags: tags of political conversation (#onpoli) and of election campaigns (#ONelxn). */
export const ELECTION_TAG_PREFIXES = [
  'on', 'ont', 'ontario', 'cdn', 'can', 'canada', 'bc', 'ab', 'sk', 'mb', 'qc', 'ns', 'nb', 'nl', 'pei', 'yk', 'nwt',
  'to', 'tor', 'toronto', 'ott', 'ottawa', 'ham', 'hamont', 'ldn', 'ldnont', 'yyz', 'yow', 'kw', 'sudbury', 'tbay', 'mtl',
  'fed',
];
export const ELECTION_TAG_STEMS = ['poli', 'elxn', 'votes', 'vote', 'election', 'elections'];
export const ELECTION_TAGS = ['elxn', 'polcan', 'polon', 'polont', 'polqc', 'cdnelxn', 'onelection', 'ontariovotes'];

/** A party's own gatherings: being there, pleased, is taking part in its political life. */
export const PARTY_EVENTS_EN = [
  'convention', 'leadership convention', 'policy convention', 'agm', 'annual general meeting', 'nomination meeting',
  'nomination', 'rally', 'fundraiser', 'fundraising dinner', 'gala', 'bbq', 'barbecue', 'picnic', 'campaign office',
  'campaign launch', 'campaign kickoff', 'campaign kick-off', 'leadership race', 'leadership debate', 'victory party',
  'election night party', 'riding association meeting', 'riding association', 'caucus retreat', 'membership drive',
];

/** The author was there and glad of it, or is going ("great to reconnect at", "see you at"). */
export const PARTICIPATION_CUES_EN = [
  'great to', 'great time', 'great night', 'great weekend', 'amazing', 'fantastic', 'proud', 'honoured', 'honored',
  'excited', 'thrilled', 'fun', 'blast', 'energy', 'inspiring', 'inspired', 'reconnect', 'reconnecting', 'see you at',
  'see you all', 'join me', 'join us', 'heading to', 'headed to', 'off to', 'on my way', 'volunteer', 'volunteering',
  'delegate', 'attended', 'attending', 'spent the weekend', 'spent my weekend', 'spent the day', 'spent my day',
  'loved', 'so good to', 'nice to see', 'good to see', 'back at', 'ready for',
];

/** Cheering a candidate as the winner-to-be: "our next mayor". */
export const FUTURE_OFFICE_EN = [
  'our next mayor', 'our future mayor', 'my next mayor', 'our next mpp', 'our future mpp', 'our next mp', 'our future mp',
  'our next premier', 'our future premier', 'our next prime minister', 'our future prime minister', 'our next councillor',
  'our future councillor', 'our next councilor', 'our next trustee', 'our next school trustee', 'our next reeve',
  'the next mayor of', 'the next premier of ontario', 'future premier', 'next premier of ontario', 'our next pm',
];

/** Whoever wins: a statement about the office, not a cheer. */
export const OFFICE_NEUTRAL_EN = ['whoever', 'no matter who', 'regardless of who', 'will have to', 'will inherit', 'whoever wins', 'will need to', 'must'];
