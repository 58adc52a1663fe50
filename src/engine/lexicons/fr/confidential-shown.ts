// Montrer un document interne en photo ou en carrousel (« glissez pour voir le tableau de
// financement », « ma diapo préférée ») : français. Les documents sont les genres internes de la
// FPO ; les indices, la façon de pointer une image.

/** Documents internes de décision et de breffage d'un ministère. */
export const SHOWN_DOCUMENTS_FR = [
  'note de breffage', 'notes de breffage', 'cahier de breffage', 'cahier des crédits', 'cahier de transition',
  'cahier de la chambre', 'note d\'enjeu', 'notes d\'enjeux', 'note d\'enjeux', 'présentation au cabinet',
  'mémoire au cabinet', 'présentation au conseil du trésor', 'point de décision', 'document de décision',
  'note de décision', 'tableau de financement', 'tableau des allocations', 'répartition du financement',
  'analyse des options', 'projet de règlement',
  'présentation interne', 'tableau des coûts', 'établissement des coûts',
];

/** Pointer une image ou un carrousel. */
export const SHOWING_CUES_FR = [
  'glissez', 'glissez pour voir', 'photo ci-dessous', 'photos ci-dessous', 'voir photo', 'voir la photo', 'ci-joint',
  "capture d'écran", 'un aperçu', 'petit aperçu', "coup d'œil", "coup d'oeil", 'ma diapo préférée', 'mon onglet préféré',
  'ma page préférée', 'regardez-moi ça', 'en photo', 'sur la photo', '📸', 'carrousel', 'page couverture',
];
