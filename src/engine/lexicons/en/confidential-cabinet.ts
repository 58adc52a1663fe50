// Cabinet confidences (FIPPA s. 12): the documents and bodies of Cabinet decision-making (English).

/** Documents that exist only inside Cabinet and Treasury Board processes. */
export const CABINET_DOCUMENTS_EN = [
  'cabinet submission', 'cabinet submissions', 'cab sub', 'cab subs', 'cabinet sub', 'cabinet subs', 'cabinet deck',
  'cabinet decks', 'cabinet document', 'cabinet documents', 'cabinet docs', 'cabinet doc', 'cabinet minute',
  'cabinet minutes', 'cabinet memo', 'cabinet paper', 'cabinet papers', 'cabinet briefing', 'cabinet confidential',
  'cabinet agenda', 'cabinet committee submission', 'treasury board submission',
  'treasury board submissions', 'treasury board sub', 'tb submission', 'tb submissions', 'tb sub', 'tb subs', 'tb deck',
  'tb/mb submission', 'tb/mb sub', 'tb/mb', 'tbmb', 'mb20', 'mb 20', 'mb-20', 'mb20 submission',
  'management board submission', 'mbc submission', 'house book', 'house books', 'housebook', 'house note', 'house notes',
  'question period note', 'question period notes', 'qp note', 'qp notes', 'qp book', 'qp binder', 'qp card', 'qp cards',
  'budget deck', 'pre-budget deck', 'results-based plan submission', 'decision item', 'decision items', 'draft budget',
  // The same draft named noun-last or by its year: "the 2027 budget draft", "a draft of the budget".
  'budget draft', 'provincial budget draft', 'draft of the budget', 'draft provincial budget', 'draft fiscal plan',
];

/** Briefing documents: routine, but their content and subject are confidential. */
export const BRIEFING_DOCUMENTS_EN = [
  'briefing note', 'briefing notes', 'issues note', 'issues notes', 'issue note', 'issue notes', 'contentious issues note',
  'briefing deck', 'briefing binder', 'briefing book', 'briefing materials', 'briefing material', "minister's briefing",
  'ministerial briefing', 'dm briefing', 'dm deck', 'adm briefing', 'estimates briefing', 'hot issues note',
  'speaking notes for the minister', 'transition binder', 'transition briefing', "minister's talking points",
  'talking points for the minister', 'key messages for the minister', 'recommendations to the deputy',
  'recommendations to the dm', 'recommendations to the adm', 'recommendations to the minister', 'options to the minister',
  'options to the deputy', 'advice to the deputy', 'presented to the deputy', 'presented to the dm', 'briefed the minister',
  'briefed the deputy', 'briefed the dm', 'briefed the adm',
];

/** The bodies whose deliberations are confidential. */
export const CABINET_BODIES_EN = [
  'cabinet', 'treasury board', 'management board', 'management board of cabinet', 'executive council',
  'cabinet committee', 'priorities and planning', 'priorities and planning committee', 'p&p committee', 'tb/mb',
];
