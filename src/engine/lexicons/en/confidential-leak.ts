// Leaks: passing work information to the press or the public (English).
import { verbForms } from '../../text/verb-forms.js';

/** The leak words themselves. */
export const LEAK_TERMS_EN = ['leak', 'leaks', 'leaked', 'leaking', 'leaker', 'leakers'];

/** What is leaked when it is a work leak: a document, a decision, the press it goes to. */
export const LEAK_OBJECTS_EN = [
  'press', 'media', 'reporter', 'reporters', 'journalist', 'journalists', 'the star', 'the globe', 'cbc', 'ctv',
  'global news', 'the sun', 'the citizen', "queen's park today", 'qp briefing', 'the trillium', 'memo', 'memos',
  'document', 'documents', 'doc', 'docs', 'report', 'plan', 'plans', 'budget', 'decision', 'decisions', 'deck', 'email',
  'emails', 'cabinet', 'ministry', 'government', 'minister', 'premier', 'info', 'information', 'details', 'list',
  'numbers', 'story', 'news', 'draft', 'policy', 'announcement', 'briefing', 'submission', 'recording', 'audio', 'video',
  'screenshot', 'slides', 'contract', 'bid', 'names',
  // Any work document or figure (see DOC_NOUNS_EN): a schedule, rates, a shortlist.
  'schedule', 'fee schedule', 'rates', 'figures', 'results', 'proposal', 'shortlist', 'short list', 'letter',
  'minutes', 'agenda', 'org chart', 'targets', 'timeline', 'costing', 'forecast', 'spreadsheet', 'layoff list',
  'allocations',
];

/** Plumbing, cars, computers and other leaks. */
export const PHYSICAL_LEAKS_EN = [
  'water', 'pipe', 'pipes', 'sink', 'roof', 'faucet', 'tap', 'toilet', 'basement', 'gas', 'oil', 'tire', 'tyre', 'air',
  'memory', 'battery', 'fluid', 'coolant', 'radiator', 'valve', 'boat', 'hose', 'ceiling', 'window', 'plumber',
  'plumbing', 'brake', 'drip', 'dripping', 'leak-proof', 'leakproof', 'diaper', 'bottle', 'cup', 'tent', 'kayak',
  'engine', 'transmission', 'propane', 'chemical', 'spill', 'sewage', 'methane', 'heat', 'bladder', 'light',
  'game', 'trailer', 'album', 'song', 'spoiler', 'spoilers', 'episode', 'season', 'iphone', 'pixel', 'galaxy',
  'jersey', 'sneaker', 'sneakers',
  // Outdoor and field gear: "these waders went three seasons without a single leak".
  'waders', 'wader', 'boots', 'boot', 'jacket', 'raincoat', 'rain gear', 'gear', 'seam', 'seams', 'cooler', 'canoe',
  'dry bag', 'drybag', 'gloves', 'tarp', 'cap', 'lid', 'container', 'thermos',
];

/** The author is the leaker, or relays leaked material. */
export const FIRST_PERSON_LEAK_EN = verbForms([
  'i leaked', 'i should leak', 'i could leak', "i'm leaking", 'i am leaking', "i'll leak", 'i will leak', 'should i leak', 'gonna leak', 'going to leak',
  'leaking this', 'leaked to me', 'someone leaked me', "here's the leaked", 'here is the leaked', 'got a leaked',
  'got the leaked', 'got my hands on the leaked', 'sharing the leaked', 'sharing a leaked', 'my source', 'my sources',
  'sources inside the ministry', 'sources in the ministry', 'a source inside', 'a source in the ministry',
  'source inside the ministry', "sources at queen's park", 'source close to the minister', 'sources close to the minister',
  'sources tell me', 'a source tells me', 'inside sources', 'insider sources', 'tipped off the press', 'tip off the press',
  'tipped off the media', 'tip off the media', 'tipped off a reporter', 'send it to the press', 'sent it to the press',
  'sent it to a reporter', 'gave it to a reporter', 'pass it to a journalist', 'passed it to a journalist',
]);
