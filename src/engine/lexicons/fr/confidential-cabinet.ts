// Documents confidentiels du Conseil des ministres (LAIPVP, art. 12) et organes de décision (français).

export const CABINET_DOCUMENTS_FR = [
  'présentation au conseil des ministres', 'présentations au conseil des ministres', 'mémoire au conseil des ministres',
  'document du conseil des ministres', 'documents du conseil des ministres', 'procès-verbal du conseil des ministres',
  'ordre du jour du conseil des ministres', 'présentation au conseil du trésor', 'présentations au conseil du trésor',
  'présentation au ct', 'présentation ct/cgg', 'ct/cgg', 'présentation au conseil de gestion', 'point de décision',
  'points de décision', 'cahier de la chambre', 'cahier de la période de questions', 'notes pour la période de questions',
  'note pour la période de questions', 'notes pour la période des questions', 'note pour la période des questions',
  'cahier de la période des questions', 'notes de la période des questions', 'ébauche du budget', 'ébauche de budget', 'version préliminaire du budget',
  'document confidentiel du conseil des ministres', 'secret du conseil des ministres', 'demande au conseil du trésor',
  'demandes au conseil du trésor', 'demande au ct', 'mémoire au conseil du trésor', 'soumission au conseil du trésor',
  'dossier au conseil du trésor', 'demande au conseil des ministres', 'dossier au conseil des ministres',
];

export const BRIEFING_DOCUMENTS_FR = [
  'note de breffage', 'notes de breffage', "note d'information", "notes d'information", 'note de synthèse au ministre',
  "note d'enjeux", "notes d'enjeux", 'note sur les enjeux', 'note sur les questions litigieuses', 'cahier de breffage',
  'cahier de transition', 'document de breffage', 'breffage du ministre', 'breffage de la ministre', 'breffage du sous-ministre',
  "notes d'allocution du ministre", "notes d'allocution de la ministre", 'messages clés de la ministre',
  'messages clés du ministre', 'recommandations au sous-ministre', 'recommandations à la sous-ministre',
  'recommandations au ministre', 'recommandations à la ministre', 'options à la ministre', 'options au ministre',
  'présenté à la sous-ministre', 'présenté au sous-ministre', 'breffé la ministre', 'breffé le ministre',
  'breffé la sous-ministre', 'breffé le sous-ministre',
];

export const CABINET_BODIES_FR = [
  'conseil des ministres', 'conseil exécutif', 'conseil du trésor', 'conseil de gestion du gouvernement',
  'conseil de gestion', 'comité du conseil des ministres', 'comité des priorités et de la planification', 'ct/cgg',
];
