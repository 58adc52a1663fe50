// Des documents destinés à un décideur, en français : « les chiffres qu'on présente à la ministre
// jeudi », « les options pour le Conseil du Trésor ». Les conseils aux ministres restent confidentiels
// tant qu'ils ne sont pas rendus publics (serment professionnel et de discrétion; LAIPVP).

export const BRIEFING_MATERIAL_FR = [
  'chiffres', 'donnees', 'presentation', 'diapos', 'diapositives', 'analyse', 'options', 'recommandations', 'recommandation',
  'constats', 'resultats', 'estimations', 'projections', 'previsions', 'proposition', 'note', 'breffage', 'scenarios',
  'modelisation',
];

export const DECISION_MAKERS_FR = [
  'a la ministre', 'au ministre', 'pour la ministre', 'pour le ministre', 'au sous-ministre', 'a la sous-ministre',
  'pour le sous-ministre', 'pour la sous-ministre', 'au sma', 'pour le sma', 'au cabinet', 'au conseil des ministres',
  'pour le conseil des ministres', 'au conseil du tresor', 'pour le conseil du tresor', 'au bureau du premier ministre',
  'au bureau de la ministre', 'au bureau du ministre', 'au premier ministre',
];

export const BRIEFING_TEASERS_FR = [
  'faire jaser', 'va surprendre', 'vont surprendre', 'surprendre du monde', 'vont choquer', 'va choquer', 'attendez de voir',
  'attendez de voir ca', 'je ne peux pas en dire', 'pas encore public', 'pas encore publics', 'accrochez-vous', 'ouf',
  'gros changements', 'toute une', 'ca va brasser', 'ca va jaser', 'decoiffer',
  // Laisser deviner en se retenant, ou donner la primeur : « disons que… on s'en reparlera ».
  'disons que', "on s'en reparlera", 'on en reparlera', "on s'en reparle", 'primeur', 'petite primeur', 'scoop',
  // Dire ce que le document conseille, c'est le divulguer : « notre note recommande d'élargir le programme ».
  'recommande', 'recommandent', 'recommandons', 'propose', 'proposent', 'proposons', 'suggere', 'suggerent', 'conclut',
  'concluent', 'les options sont', 'on recommande', 'on propose',
];
