// Political parties (federal, Ontario and a few other provinces'), as people write them in English.
// Kept as data: registrations, names and short forms change; update this list, not the rules.
// PSOA s. 72 covers supporting or opposing any federal or provincial party.

/** Names that are unambiguous whatever the case ("NDP", "Ontario Liberal Party", "Tories"). */
export const PARTIES_EN = [
  // Ontario
  'Progressive Conservative Party of Ontario', 'Progressive Conservative Party', 'Progressive Conservatives',
  'Progressive Conservative', 'PC Party of Ontario', 'Ontario PC Party', 'Ontario PCs', 'Ontario PC', 'PC Party', 'PCPO',
  'Ontario Liberal Party', 'Ontario Liberals', 'OLP', 'Ontario NDP', 'ONDP', 'Ontario New Democratic Party',
  'Ontario New Democrats', 'Green Party of Ontario', 'Ontario Greens', 'Ontario Green Party', 'New Blue Party of Ontario',
  'New Blue Party', 'Ontario Party',
  // Federal
  'Conservative Party of Canada', 'Conservative Party', 'CPC', 'federal Conservatives', 'Liberal Party of Canada',
  'Liberal Party', 'federal Liberals', 'LPC', 'New Democratic Party', 'New Democrats', 'NDP', 'NDPers', 'federal NDP',
  'Green Party of Canada', 'Green Party', 'Bloc Quebecois', 'Bloc Québécois', "People's Party of Canada", "People's Party",
  'PPC', 'Tories', 'Grits',
  // Other provinces (a provincial party is a provincial party wherever it sits)
  'United Conservative Party', 'UCP', 'BC NDP', 'Alberta NDP', 'Saskatchewan Party', 'Parti Quebecois',
  'Coalition Avenir Quebec', 'CAQ', 'Quebec solidaire',
];

/** Party adjectives that name a party only before one of PARTY_NOUNS_EN ("Liberal government", not "liberal arts"). */
export const PARTY_ADJECTIVES_EN = ['Liberal', 'Conservative', 'PC', 'NDP', 'New Democrat', 'Green', 'Tory', 'Grit', 'UCP', 'Bloc'];

export const PARTY_NOUNS_EN = [
  'government', 'party', 'MP', 'MPs', 'MPP', 'MPPs', 'candidate', 'candidates', 'leader', 'leadership race', 'caucus',
  'platform', 'supporters', 'voters', 'majority', 'minority', 'cabinet', 'premier', 'prime minister', 'members', 'member',
  'base', 'war room', 'riding association', 'nomination', 'fundraiser', 'convention', 'MLA', 'MLAs', 'critic', 'staffers',
  // A party's own events and people: "the Ontario Liberal leadership convention", "a PC rally".
  'leadership', 'leadership convention', 'campaign', 'rally', 'nomination meeting', 'volunteers', 'donors',
];

/** What a party proposes ("the Liberal plan to cancel…", "the Conservative housing promise"): a party
 * only after a capitalised adjective that does not open the sentence ("a conservative plan for
 * retirement" is about money). */
export const PARTY_PROPOSALS_EN = [
  'plan', 'plans', 'proposal', 'proposals', 'promise', 'promises', 'pledge', 'pledges', 'agenda', 'policy', 'policies',
];

/** Short forms that are party names only as written, capitalised ("the Liberals", "go Greens!"); matched case-sensitively. */
export const PARTY_SHORT_FORMS_EN = ['Liberals', 'Conservatives', 'Greens', 'PCs', 'Dippers', 'Libs'];

/** Short forms that name a party in any case after "the" ("the liberals gutted it"), as « les libéraux »
 * does in French. Not "the greens" (golf, salad) nor "the pcs" (computers): those keep their capital. */
export const PARTY_ARTICLE_FORMS_EN = ['the liberals', 'the conservatives', 'the libs', 'the dippers', 'the new democrats'];

/** Party adjectives that name a party in any case right after a vote ("vote liberal", "voting pc on thursday"). */
export const VOTED_PARTIES_EN = ['liberal', 'conservative', 'pc', 'green', 'tory', 'grit', 'new democrat', 'ndp'];

/** Words that make a capitalised short form something else (a computer, a salad, golf). */
export const PARTY_SHORT_FORM_TRAPS_EN = [
  'computer*', 'laptop*', 'desktop*', 'gaming', 'keyboard*', 'monitor*', 'software', 'windows', 'hardware', 'reboot*',
  'install*', 'golf*', 'salad*', 'vegetable*', 'smoothie*', 'kale', 'garden*', 'pros and cons', 'lab',
];

/** Hashtag and handle bodies that stand for a party (after '#' or '@', lower case, underscores removed). */
export const PARTY_TAGS = [
  'ndp', 'ondp', 'ontariondp', 'onndp', 'npd', 'npdontario', 'olp', 'ontarioliberal', 'ontarioliberals', 'ontliberal',
  'ontliberals', 'liberal', 'liberals', 'liberalparty', 'lpc', 'plc', 'pcpo', 'ontariopc', 'ontariopcs', 'ontariopcparty',
  'pcparty', 'cpc', 'cpchq', 'pcc', 'conservative', 'conservatives', 'gpo', 'ontariogreens', 'greenpartyon', 'greenparty',
  'canadiangreens', 'gpc', 'blocquebecois', 'bloc', 'ppc', 'peoplespca', 'newblue', 'newblueparty', 'tories', 'ucp',
];
