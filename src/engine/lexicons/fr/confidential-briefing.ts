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

// L'avis que l'auteur a donné à l'interne, et ce qu'il en est advenu : « on a averti la haute direction
// par écrit l'automne passé. Personne n'a écouté. » Dire au public ce qui a été conseillé, à qui, et
// que ce fut écarté divulgue des délibérations internes (serment; LAIPVP art. 13).
const CONSEILLERS_FR = ["j'ai", 'on a', 'nous avons', "j'avais", 'on avait', 'nous avions', 'mon équipe a', 'notre équipe a', 'notre direction a'];
const VERBES_CONSEIL_FR = [
  'averti', 'avisé', 'signalé', 'recommandé', 'conseillé', 'prévenu', 'soulevé', 'alerté', 'mis en garde', "sonné l'alarme",
  'pourtant averti', 'pourtant signalé', 'bien averti', 'déjà averti', 'déjà signalé', 'breffé',
];
export const ADVICE_GIVEN_FR = CONSEILLERS_FR.flatMap((s) => VERBES_CONSEIL_FR.map((v) => `${s} ${v}`));

export const ADVICE_CHANNELS_FR = [
  'par écrit', "à l'interne", 'la haute direction', 'la direction', 'les gestionnaires', 'nos gestionnaires', 'le sous-ministre',
  'la sous-ministre', 'le ministre', 'la ministre', 'le cabinet', 'les patrons', 'nos patrons', 'dans une note',
  'nos recommandations', 'notre avis', 'nos analyses', 'notre analyse',
];

export const ADVICE_FATES_FR = [
  "personne n'a écouté", 'personne a écouté', "personne ne nous a écoutés", "n'ont pas écouté", 'ont pas écouté', "n'a pas écouté",
  'ont ignoré', 'a ignoré', 'ignoré nos', 'rien voulu savoir', 'contre notre avis', "contre l'avis", 'contre mon avis',
  'rejeté nos', 'rejeté toutes', 'mis de côté nos', 'pas tenu compte', 'sans tenir compte', 'tabletté', 'ont fait pareil',
  "l'ont fait quand même", 'ont foncé quand même',
];
