// Markings and phrasings of internal work documents (English).

/** Distribution markings: on their own they say the document is not for the public. */
export const DOC_LABELS_EN = [
  'internal only', 'internal use only', 'for internal use', 'for internal use only', 'internal purposes only',
  'for internal purposes', 'do not distribute', "don't distribute", 'not for distribution', 'not for circulation',
  'do not circulate', 'do not forward', 'not for public release', 'not for release', 'not for publication',
  'do not publish', 'for discussion purposes only', 'for discussion only',
  'strictly confidential', 'privileged and confidential', 'confidential and privileged', 'solicitor-client privileged',
  'solicitor client privileged', 'solicitor-client privilege', 'advice to minister', 'advice to the minister',
  'draft for discussion', 'confidential draft', 'draft - confidential', 'draft confidential', 'embargoed draft',
  'not for external distribution', 'internal and confidential', 'confidential - internal', 'for official use only',
];

/** The noun that follows "internal" when a work document is meant. */
export const INTERNAL_DOCS_EN = [
  'internal memo', 'internal memos', 'internal document', 'internal documents', 'internal doc', 'internal docs',
  'internal email', 'internal emails', 'internal e-mail', 'internal deck', 'internal decks', 'internal presentation',
  'internal report', 'internal reports', 'internal numbers', 'internal data', 'internal figures', 'internal stats',
  'internal analysis', 'internal briefing', 'internal survey results', 'internal org chart', 'internal directive',
  'internal guidance', 'internal plan', 'internal strategy', 'internal projections', 'internal forecast',
  'internal list', 'internal spreadsheet', 'internal minutes', 'internal policy draft', 'internal costing',
  'internal audit report', 'internal results', 'internal timeline', 'internal timelines', 'internal one', 'internal version',
  'internal dashboard', 'internal tracker', 'internal counts', 'internal report card',
];

/** Words that set figures known at work against the public ones: "the actual numbers", "the real figures". */
export const REAL_FIGURE_ADJECTIVES_EN = ['real', 'actual', 'true', 'internal', 'unpublished', 'unreleased', 'raw'];

export const FIGURE_NOUNS_EN = [
  'numbers', 'figures', 'data', 'stats', 'statistics', 'count', 'counts', 'totals', 'backlog', 'wait times', 'costs', 'cost',
  'results', 'rates', 'projections', 'forecast', 'estimates', 'deficit', 'budget', 'caseload', 'waitlist', 'wait list',
  // The evidence the ministry gathered: "our own unpublished field trials said…".
  'trials', 'field trials', 'analysis', 'modelling', 'modeling', 'costing', 'research', 'study', 'studies', 'findings',
  'evaluation', 'testing',
];

/** Adjectives that say by themselves the figures are not public: "unpublished", « non publiés ». */
export const UNPUBLISHED_ADJECTIVES_EN = ['internal', 'unpublished', 'unreleased'];

/** The public version the real figures are set against. */
export const PUBLIC_CONTRAST_EN = [
  'than what', 'what the ministry publishes', 'what we publish', 'what they publish', 'what the government publishes',
  'published numbers', 'public numbers', 'public dashboard', 'official numbers', 'official figures', "what's been made public",
  'what has been made public', 'what is public', "what's public", 'than reported', 'than announced', 'than they say',
  'than we say', 'what they tell the public', 'what we tell the public', 'what the public sees', 'the official line',
  'the press release', 'publicly reported', 'than the public', 'on purpose',
];

/** Work documents that a "draft" can only be at work. */
export const DRAFT_NOUNS_EN = [
  'policy', 'policies', 'regulation', 'regulations', 'reg', 'regs', 'legislation', 'memo', 'deck', 'framework',
  'directive', 'guidelines', 'guidance', 'submission', 'briefing', 'estimates', 'business case', 'mandate',
  'terms of reference', 'rfp', 'news release', 'press release', 'talking points', 'key messages', 'q&a', 'qas',
  'org chart', 'funding formula', 'allocations', 'program design', 'program guidelines', 'amendments',
  'speech for the minister', "minister's speech", 'audit report', 'evaluation report', 'strategy', 'action plan',
  'service standards', 'curriculum', 'curriculum document',
];

/** Drafts that can be personal too ("draft plan for my garden"): they need a work context. */
export const DRAFT_GENERIC_NOUNS_EN = [
  'report', 'plan', 'proposal', 'contract', 'agreement', 'announcement', 'standard', 'standards', 'bill',
  'recommendations', 'allocation', 'budget', 'version', 'copy', 'document', 'doc', 'presentation', 'slides',
];

/** Internal forums: a deck or notes "from today's ADM meeting" are internal documents. */
export const INTERNAL_FORUMS_EN = [
  'adm meeting', 'adms meeting', "adm's meeting", 'dm meeting', "dm's meeting", "deputy's meeting", 'exec meeting',
  'executive meeting', 'executive committee', 'management meeting', 'senior management meeting', 'leadership meeting',
  'leadership team meeting', 'directors meeting', "directors' meeting", 'branch meeting', 'division meeting',
  "minister's office", 'cabinet office', 'planning meeting',
  'budget meeting', 'ops committee', 'operations committee', 'policy committee', 'mo meeting', 'internal meeting',
  'internal briefing', 'briefing with the dm', 'briefing with the minister',
];

/** Documents that come out of such a forum. */
export const FORUM_DOCUMENTS_EN = [
  'deck', 'decks', 'slides', 'slide', 'memo', 'notes', 'minutes', 'handout', 'handouts', 'agenda', 'presentation',
  'document', 'documents', 'doc', 'docs', 'numbers', 'figures', 'spreadsheet', 'draft', 'plan', 'org chart', 'chart',
  'graph', 'whiteboard', 'screenshot', 'recording', 'list',
];

/** "Confidential" as a promise to the public, not a marking: a helpline, a survey, a service. */
export const SERVICE_CONTEXT_EN = [
  'helpline', 'hotline', 'help line', 'crisis line', 'line', 'service', 'services', 'support', 'counselling',
  'counseling', 'free', 'anonymous', 'anonymously', '24/7', 'call', 'text', 'chat', 'your information',
  'your personal information', 'your data', 'your answers', 'your responses', 'kept confidential', 'remain confidential',
  'remains confidential', 'treated as confidential', 'will be kept', 'is kept', 'are kept', 'stay confidential',
  'stays confidential', 'privacy', 'responses are', 'all responses', 'safe and confidential', 'confidential and free',
  'free and confidential', 'survey', 'tip line', 'crime stoppers', 'report it', 'reporting', 'whistleblower', 'confidential computing',
  'confidential informant', 'informant', 'therapy', 'therapist', 'clinic', 'appointment', 'doctor', 'nurse',
];

/** A frame that shows or hands over the document: the author is disclosing it. */
export const SHARING_FRAMES_EN = [
  "here's", 'here is', 'attached', 'see attached', 'check out', 'check this', 'look at', 'take a look', 'sneak peek',
  'first look', 'got my hands on', 'leaked', 'screenshot', 'screencap', 'snapped', 'pic of', 'photo of', 'reading',
  'just read', 'found', 'saw', 'seen', 'shows', 'says', 'said', 'reveals', 'states', 'recommends', 'proposes', 'includes',
  'contains', 'quote', 'quoting', 'excerpt', 'page', 'slide', 'apparently', 'according to the', 'from the', 'our', 'this',
  'these', "ministry's", "minister's", "government's", 'my', 'copy of', 'sharing', 'posting', 'forwarding', 'leaking',
  'spoiler', 'plans to', 'will', 'would',
];
