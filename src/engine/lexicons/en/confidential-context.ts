// Context words shared by the 'confidential' and 'speaking-for-government' rules (English).

/** The matter is already public: a news release, an announcement that happened, a report about it. */
export const PUBLIC_CUES_EN = [
  'announced today', 'announced yesterday', 'announced this morning', 'announced this week', 'announced last week',
  'just announced', 'has announced', 'have announced', 'was announced', 'were announced', 'been announced',
  'officially announced', 'publicly announced', 'as announced', "today's announcement", "yesterday's announcement",
  'announcement today', 'news release', 'press release', 'media release', 'press conference', 'news conference',
  'media advisory', 'is reporting', 'are reporting', 'reports that', 'reported that', 'as reported', 'read more',
  'learn more', 'more info', 'more details', 'details here', 'full story', 'link in bio', 'link below', 'link in comments',
  'see link', 'now available', 'now open', 'now live', 'is live', 'publicly available', 'public consultation',
  'posted on', 'now posted', 'now published', 'has been posted', 'have been posted', 'regulatory registry', 'environmental registry', 'ontario newsroom', 'newsroom', 'in the news', 'hansard',
  'was tabled', 'were tabled', 'tabled today', 'tabled in the legislature', 'made public', 'went public', 'is public',
  'are public', 'now public', 'public record', 'public announcement', 'in the legislature today', 'statement today',
  'said in a statement', 'in a statement', 'news story', 'news article', 'this article', 'the article', 'headline',
  'published', 'obtained by', 'has obtained', 'first reported', 'according to a report', 'freedom of information request',
  'through freedom of information', 'foi request',
  // Records opened to the public by the archives: "a 1972 file released this year", "in the public reading room".
  'reading room', 'declassified', 'released this year', 'released last year', 'archives of ontario', 'archival file',
  'archival record', 'historical file', 'historical record',
  // An event anyone may join is announced by inviting them.
  'open to the public', 'open to all', 'registration is open', 'registration is now open', 'registrations are open',
  'register now', 'register here', 'sign up now', 'sign up here',
];

/** Words before a term that make the sentence a rule or an advice, not a disclosure ("never share…"). */
export const ADVICE_CUES_EN = [
  'remember', 'reminder', 'protect', 'protecting', 'safeguard', 'safeguarding', 'handling', 'handle', 'respect',
  'respecting', 'breach of', 'breaches of', 'is a breach', 'are a breach', 'illegal to', 'is never ok', 'what counts as',
  'what is', 'how to', 'how do you', 'rules on', 'rules about', 'policy on', 'training on', 'when in doubt', 'be mindful',
  'keep in mind',
];

/** A prohibition word: advice only when a verb of disclosure follows ("never share…", "don't post…"). */
export const PROHIBITIONS_EN = [
  'never', "don't", 'do not', 'dont', 'must not', "mustn't", 'should not', "shouldn't", 'avoid', 'careful not to',
  'think twice before', 'remember not to', 'no one should', 'nobody should',
];

/** Verbs of disclosure after a prohibition. */
export const DISCLOSURE_VERBS_EN = [
  'share', 'sharing', 'post', 'posting', 'leak', 'leaking', 'disclose', 'disclosing', 'publish', 'publishing', 'forward',
  'forwarding', 'put', 'discuss', 'discussing', 'talk about', 'mention', 'mentioning', 'tweet', 'reveal', 'revealing',
  'send', 'distribute', 'circulate', 'repost', 'screenshot',
];

/** A course, a talk, a how-to: generic discussion of the topic. */
export const TRAINING_CUES_EN = [
  'training', 'a course', 'the course', 'my course', 'online course', 'course on', 'workshop', 'webinar', 'tips', 'tip:', 'how to', 'lunch and learn', 'lunch & learn', 'seminar',
  'lecture', 'class on', 'module', 'certificate in', 'best practices', 'template', 'guide to', 'checklist', 'history of',
  'history talk', 'podcast', 'masterclass', 'onboarding', 'orientation', 'session on', 'info session', 'explainer',
  'how decisions are made', 'how cabinet works', 'how government works', 'civics',
  // A training quiz's question is a made-up case ("The quiz asked me what to do with a cabinet document I found").
  'quiz', 'quiz question', 'test question',
];

/** Government bodies, decisions and measures: what turns a hint about "news" into a hint about government business. */
export const GOV_OBJECTS_EN = [
  'ministry', 'ministries', "ministry's", 'government', "government's", 'govt', "gov't", 'province', "province's",
  'provincial', 'the minister', "minister's", 'deputy minister', 'assistant deputy minister', 'adm', 'the dm', 'our dm',
  'cabinet', 'treasury board', 'premier', "premier's", "queen's park", 'ops', 'public service', 'public servants',
  'layoff', 'layoffs', 'lay off', 'lay-offs', 'laid off', 'job cuts', 'hiring freeze', 'restructuring', 'restructure',
  'reorg', 'reorganization', 'reorganisation', 'merger', 'amalgamation', 'funding cuts', 'budget cuts', 'cuts',
  'funding', 'policy', 'policies', 'regulation', 'regulations', 'legislation', 'directive', 'return to office',
  'return-to-office', 'rto', 'in-office days', 'days in the office', 'office closures', 'office closure', 'ontario works',
  'odsp', 'crown corporation', 'bargaining', 'collective agreement', 'wage freeze', 'pay freeze', 'grants',
  'licence fees', 'license fees', 'provincial budget', 'fall economic statement',
  'rules', 'rule change', 'permit', 'permits', 'licensing', 'program', 'programs', 'grant program', 'contract',
  'contracts', 'tender', 'rfp', 'bidders', 'office', 'offices', 'branch', 'division', 'deadline', 'fees',
  'inspections', 'enforcement', 'staffing', 'positions', 'jobs', 'hiring',
  // Services the province runs for the public: a call centre, the courts and their hearings.
  'call centre', 'call center', 'french-language services', 'french language services', 'hearings', 'courthouse',
  // Public finances.
  'the deficit', 'fall statement', 'fiscal outlook', 'transfer payments',
  'budget deficit', 'provincial deficit',
];

/** Public sectors: "big news coming for transit" is a hint about government business. */
export const SECTORS_EN = [
  'transit', 'highway', 'highways', 'hwy', 'mto', 'bridge closure', 'bridge repairs', 'bridge reopening', 'bridge reopens', 'hospitals', 'long-term care', 'ltc', 'child care', 'childcare', 'school boards',
  'schools', 'colleges', 'universities', 'municipalities', 'health care', 'healthcare', 'housing', 'education',
  'mining', 'forestry', 'agriculture', 'farmers', 'energy', 'public health', 'social assistance', 'tourism', 'wildfire',
  'conservation authorities', 'autism program', 'developmental services', 'courts', 'corrections', 'policing',
  'hospital', 'clinics', 'health clinics', 'service centre', 'service centres', 'serviceontario', 'provincial parks',
  'libraries', 'public libraries', 'daycares', 'shelters', 'group homes', 'jails', 'ontario place', 'science centre',
  'courthouse', 'long-term care home', 'ltc home', 'service ontario', 'licence plate', 'license plate', 'budget numbers',
  'the budget', 'budget deck', 'curriculum', 'math curriculum',
  'licence plates', 'license plates', "driver's licence", "driver's license", 'health card', 'health cards', 'lcbo',
  'beer store', 'minimum wage', 'tuition',
  'dairy', 'dairy farmers', 'producers', 'growers', 'beekeepers', 'aggregates', 'quarries', 'quarry', 'farms',
  'grain farms', 'truckers', 'trucking', 'nurses', 'teachers', 'daycare', 'child care centres', 'small business',
  'small businesses', 'landlords', 'tenants', 'municipal', 'rural',
  // The sector's people in the singular too ("if you're a farmer in Ontario"), and the tests the province runs.
  'farmer', 'dairy farmer', 'grower', 'producer', 'beekeeper', 'trucker', 'nurse', 'teacher', 'landlord', 'tenant',
  'road test', 'road tests', 'driving test', 'driving tests', 'drive test', 'drivetest',
  // Ontario programs and agencies by their usual short names, and public money and service words.
  'osap', 'ohip', 'wsib', 'wsia', 'metrolinx', 'go transit', 'ontario northland', 'hydro one', 'opg',
  'ontario health', 'public health units', 'public health unit', 'ontario works', 'odsp', 'oas',
  'ontario student assistance program', 'the deficit', 'fee schedule', 'fee schedules',
  'wait times', 'wait lists', 'waitlists', 'wait-lists', 'caseloads', 'case loads', 'regional offices',
  'service cuts', 'funding formula', 'funding model', 'the fall statement', 'fall economic statement',
  'spring budget', 'allocations', 'transfer payments', 'capital plan',
];

/** Work objects that, with an explicit secrecy hint, point to work business. */
export const WORK_OBJECTS_EN = [
  'program', 'programs', 'programme', 'pilot project', 'pilot program', 'initiative', 'strategy', 'decision',
  'decisions', 'announcement', 'announcements', 'contract', 'contracts', 'branch', 'division', 'department',
  'investment', 'positions', 'our sector', 'review', 'report', 'the file', 'our file', 'the project', 'our project',
  'the deputy', 'regional office', 'field office', 'the office in', 'our office', 'our offices', 'senior management', 'leadership team', 'exec team', 'our director', 'my director', 'the director',
  // Places and people a work decision lands on.
  'lab', 'labs', 'laboratory', 'facility', 'facilities', 'site', 'sites', 'centre', 'center', 'location', 'locations',
  'counter', 'counters', 'clinic', 'clinics', 'applicants', 'recipients', 'grantees', 'grant recipients', 'grants', 'grant',
  'remote work', 'telework', 'hybrid work', 'work from home', 'wfh', 'in-office days',
  // Money a program pays out, and a trial run of one.
  'rebate', 'rebates', 'allowance', 'allowances', 'subsidy', 'subsidies', 'the pilot', 'our pilot',
];

/** Nouns for a work document or a piece of work information. */
export const DOC_NOUNS_EN = [
  'document', 'documents', 'doc', 'docs', 'memo', 'memos', 'memorandum', 'report', 'reports', 'deck', 'decks', 'slide',
  'slides', 'slide deck', 'presentation', 'draft', 'file', 'files', 'briefing', 'briefing note', 'note', 'notes', 'email',
  'emails', 'e-mail', 'info', 'information', 'data', 'dataset', 'numbers', 'figures', 'stats', 'statistics', 'results',
  'findings', 'plan', 'plans', 'strategy', 'proposal', 'list', 'spreadsheet', 'minutes', 'agenda', 'attachment',
  'letter', 'analysis', 'costing', 'budget', 'forecast', 'projections', 'org chart', 'recommendations', 'audit',
  'survey results', 'submission', 'policy', 'framework', 'directive', 'guidance', 'contract', 'pricing', 'screenshot',
  'details', 'stuff', 'material', 'materials', 'paper', 'papers', 'record', 'records', 'evaluation', 'review',
];

/** A draft posted for public comment is public ("the draft regulation is open for comment"). */
export const CONSULTATION_CUES_EN = [
  'consultation', 'consultations', 'have your say', 'share your feedback', 'give feedback', 'your feedback',
  'open for comment', 'open for comments', 'for public comment', 'posted for comment', 'comment period',
  'submit comments', 'submit your comments', 'regulatory registry', 'environmental registry', 'ero', 'public input',
  'public review', 'tell us what you think', 'engagement survey', 'town hall meeting',
  // A proposal put to the public: "we want to hear from anglers", "comment by April 15".
  'want to hear from', 'wants to hear from', 'like to hear from', 'love to hear from', 'comment by', 'comments by',
  'send us your comments', 'send your comments',
];

/** A story being talked about (a show, a film, a novel): its "confidential letter" is a plot device. */
export const FICTION_CUES_EN = [
  'episode', 'season finale', 'the series', 'tv show', 'the show', 'netflix', 'binge', 'binged', 'the movie', 'the film',
  'novel', 'audiobook', 'plot', 'plot twist', 'twist', 'spoiler', 'spoilers', 'main character', 'the finale', 'sequel',
  // Books, satire, games and sport borrow the words of government and leaks for their own stories.
  'the book', 'this book', 'a book', 'companion book', 'book club', 'memoir', 'chapter', 'fiction', 'political fiction',
  'satire', 'sitcom', 'yes minister', 'the west wing', 'house of cards', 'the thick of it', 'veep', 'video game',
  'board game', 'game night', 'gaming', 'playthrough', 'the villain', 'my character', 'trade deadline', 'hockey', 'nhl',
  'the playoffs', 'fantasy league', 'fantasy football',
  // Genre fiction and book reviews ("a spy thriller where an analyst leaks…"), and sports drafts.
  'thriller', 'spy novel', 'page-turner', 'page turner', 'whodunit', 'protagonist', 'the pacing', 'the ending', 'the author',
  'fantasy draft', 'fantasy hockey', 'fantasy baseball', 'fantasy basketball', 'mock draft', 'draft pick', 'draft picks',
  'draft night', 'first overall', 'first-round pick', 'first round pick', 'nfl', 'nba', 'mlb', 'pwhl',
  // The stage, and the press's review embargoes on games, films and gadgets ("review embargo for the new game lifts Tuesday").
  'the play', 'a play about', 'the theatre', 'the theater', 'on stage', 'the musical', 'review embargo', 'review embargoes',
  // The author's own play, a table read, a fictional character: the plot's leak.
  'my play', 'our play', 'playwright', 'theatre troupe', 'theater troupe', 'table read', 'fictional', 'a comedy',
  'dark comedy', 'screenplay',
  // Writing exercises: their case files and memos are the story's.
  'writing prompt', 'writing group prompt', 'story prompt', 'writing exercise', 'writing challenge', 'short story', 'flash fiction',
  'nanowrimo', 'my manuscript',
  'reviews embargo', 'game review',
];

/**
 * Home and family matters: "CONFIDENTIAL LEAK: my 8-year-old's secret Father's Day plan" heads a family
 * story, not a work document, when nothing from work is named around it.
 */
export const HOME_CUES_EN = [
  'my kid', 'my kids', "my kid's", 'my son', "my son's", 'my daughter', "my daughter's", 'my toddler', 'my baby',
  'year-old', "year-old's", 'my wife', 'my husband', 'my partner', 'my mom', 'my mum', 'my dad', 'my parents',
  'grandma', "grandma's", 'grandmother', "grandmother's", 'grandpa', 'my nan', 'my family', 'my dog', 'my cat',
  'recipe', 'recipes', "father's day", "mother's day", 'birthday', 'anniversary', 'surprise party', 'christmas list',
  'pancakes', 'cookies', 'dinner plans', 'sleepover',
  'my sister', "my sister's", 'my brother', "my brother's", 'my best friend', "my best friend's", 'baby shower',
  'bridal shower', 'gender reveal', 'bachelorette', 'surprise 30th', 'surprise 40th', 'surprise 50th', 'surprise 60th',
  'secret ingredient', 'secret recipe', 'my chili', 'my sauce', 'my lasagna', 'my bbq', 'my barbecue',
];
