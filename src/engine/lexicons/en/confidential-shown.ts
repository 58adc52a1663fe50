// Showing an internal document in a photo or a carousel ("swipe for the funding chart",
// "pic of my fave slide"): English. The documents are the OPS's own internal genres, which
// nobody outside government writes; the cues are how people point at a picture.

/** Internal decision and briefing documents of a ministry. */
export const SHOWN_DOCUMENTS_EN = [
  'decision item', 'decision items', 'decision deck', 'decision note', 'decision memo', 'briefing binder', 'briefing binders',
  'estimates binder', 'estimates briefing', 'transition binder', "minister's binder", 'ministers binder', 'house book',
  'house note', 'house notes', 'issue note', 'issues note', 'issue notes', 'issues notes', 'briefing note', 'briefing notes',
  'cabinet deck', 'cabinet submission', 'tb submission', 'treasury board submission',
  'funding chart', 'funding table', 'allocation table', 'funding allocation', 'funding allocations', 'options analysis',
  'options paper', 'draft regulation', 'draft reg', 'internal deck', 'results-based plan',
  'q&a for the minister', 'qa for the minister', 'costing table', 'mb20', 'mb-20',
];

/** Pointing at a picture or a carousel. */
export const SHOWING_CUES_EN = [
  'swipe', 'swipe for', 'swipe to see', 'swipe through', 'pic below', 'pics below', 'photo below', 'photos below',
  'slide below', 'see pic', 'see photo', 'see attached', 'see screenshot', 'pic of', 'photo of', 'snap of', 'screenshot',
  'sneak peek', 'peek at', 'look at this', 'check out this', 'favourite tab', 'favorite tab', 'fave tab', 'fave slide',
  'favourite slide', 'favorite slide', 'favourite page', 'favorite page', 'cover page', 'page one', '📸', 'carousel',
  'in the pic', 'in the photo', 'zoom in',
];
