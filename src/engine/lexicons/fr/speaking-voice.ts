// Parler au nom du gouvernement à partir d'un compte personnel ou de spécialiste (français).

export const ON_BEHALF_FR = [
  'au nom du gouvernement', "au nom du gouvernement de l'ontario", 'au nom du gouvernement ontarien', 'au nom de la province',
  'au nom du ministère', 'au nom de mon ministère', 'au nom de notre ministère', 'au nom du ministre', 'au nom de la ministre',
  'au nom du premier ministre', 'au nom de la première ministre', 'au nom de la fonction publique',
  "au nom de la fonction publique de l'ontario", "au nom de l'ontario", 'au nom de la fpo', 'je parle au nom du ministère',
  'je parle au nom du gouvernement', 'en tant que porte-parole du ministère', 'en tant que porte-parole du gouvernement',
  'à titre de porte-parole du ministère', 'je représente le ministère', 'je représente le gouvernement',
];

export const WE_THE_MINISTRY_FR = [
  'nous, au ministère', 'nous au ministère', 'au ministère, nous', 'au ministère nous', 'ici au ministère, nous',
  'chez nous au ministère', 'nous, au gouvernement', 'nous au gouvernement', 'en tant que ministère, nous',
  'en tant que gouvernement, nous', 'comme ministère, nous', 'comme gouvernement, nous', 'nous, le ministère',
  'nous, le gouvernement',
  // « Comme gouvernement, on… », « notre position en tant que ministère » : l'institution en apposition
  // à un « nous » ou à un « notre », quelle que soit la préposition (comme, en tant que, à titre de).
  // Pas « province » : « comme province, on a bien fait au hockey » parle de sport.
  ...['comme', 'en tant que', 'à titre de'].flatMap((prep) => ['gouvernement', 'ministère'].flatMap((inst) => [
    `${prep} ${inst}, on`, `${prep} ${inst} on`, `${prep} ${inst}, nous`, `nous ${prep} ${inst}`, `on ${prep} ${inst}`,
    ...['position', 'décision', 'priorité', 'objectif', 'choix', 'message'].map((n) => `notre ${n} ${prep} ${inst}`),
  ])),
  // « Ici, au gouvernement, on pense… », « icitte au ministère, on… », « de notre bord, au ministère, on… » :
  // le lieu ou le camp de l'auteur, puis « on »/« nous » (le lieu seul, « ici au gouvernement, c'est la
  // semaine de Centraide », ne parle pas au nom de l'institution).
  ...['ici', 'icitte', 'chez nous', 'de notre côté', 'de notre bord'].flatMap((w) => ['au ministère', 'au gouvernement'].flatMap((i) =>
    [`${w} ${i}, on`, `${w}, ${i}, on`, `${w} ${i} on`, `${w} ${i}, nous`, `${w}, ${i}, nous`, `${w} ${i} nous`])),
  // Le « nous autres » familier : « nous autres au ministère, on… ».
  'nous autres au ministère', 'nous autres au gouvernement', 'nous autres, au ministère', 'nous autres, au gouvernement',
];

export const POSITION_PHRASES_FR = [
  'la position du ministère est', 'la position du gouvernement est', 'la position officielle du ministère',
  'la position officielle du gouvernement', 'le ministère est d\'avis', 'le gouvernement est d\'avis',
  'le point de vue du ministère est', 'le point de vue du gouvernement est', 'la position de notre ministère',
  'officiellement, le ministère', 'officiellement, le gouvernement', "le ministère n'appuie pas", "le gouvernement n'appuie pas",
  // « la position du ministère » alone is also how one discusses it (« je ne comprends pas la position du
  // ministère »): stated positions are read by the grammar in official-voice.ts.
];

export const OUR_INSTITUTION_FR = ['notre ministère', 'mon ministère', 'notre gouvernement'];

export const INSTITUTION_VERBS_FR = [
  'va', 'ne va pas', 'a décidé', 'décide', 'croit', 'estime', 'appuie', "n'appuie pas", "s'oppose", "s'engage",
  'est déterminé', "n'a pas l'intention", 'refuse', 'maintient', 'compte', 'entend', 'prévoit', 'envisage', 'ne peut pas',
  'est contre', 'est pour', 'est favorable', "n'a aucune intention", 'sera', 'financera', 'fermera', 'coupera',
  'éliminera', 'lancera', 'prolongera', 'augmentera', 'réduira', 'annoncera', 'interdira', 'exigera', 'maintiendra',
  'abolira', 'position', 'point de vue',
];

export const POLICY_VERBS_FR = [
  'financer', 'couper', 'fermer', 'introduire', 'changer', 'modifier', 'mettre fin', 'annuler', 'prolonger', 'élargir',
  'réduire', 'augmenter', 'hausser', 'éliminer', 'approuver', 'rejeter', 'revoir', 'examiner', 'mettre en œuvre',
  'exiger', 'interdire', 'permettre', 'autoriser', 'appuyer', 'investir', 'offrir', 'fournir', 'continuer', 'arrêter',
  'déménager', 'fusionner', 'annoncer', 'embaucher', 'geler', 'lancer', 'renverser', 'reconsidérer', 'exempter',
  'renouveler', 'pas', 'jamais', 'certainement', 'absolument', 'régler',
];

export const FIRST_PERSON_ANNOUNCE_FR = [
  "nous sommes heureux d'annoncer", "nous sommes fiers d'annoncer", "nous sommes ravis d'annoncer",
  "nous sommes heureuses d'annoncer", "nous sommes fières d'annoncer", "j'ai le plaisir d'annoncer",
  "je suis heureux d'annoncer", "je suis heureuse d'annoncer", "je suis fier d'annoncer", "je suis fière d'annoncer",
  "je peux annoncer", 'je peux maintenant annoncer', "nous pouvons annoncer", "nous annonçons", "on annonce",
  "c'est avec plaisir que nous annonçons", "j'annonce",
];

export const AUTHORITY_MARKERS_FR = [
  'je vous confirme', 'je peux confirmer', 'je peux vous confirmer', 'je peux vous dire', 'je peux vous assurer',
  'soyez assurés', 'soyez assurées', 'soyez assuré', 'soyez assurée', 'sachez que', 'je tiens à préciser',
  'officiellement', 'pour être clair', 'pour être claire', "c'est officiel", 'je vous le confirme', 'confirmé :',
  'nous pouvons confirmer', 'je vous assure',
];
