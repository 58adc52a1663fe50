// Sacres et jurons (politiques de commentaires : pas de contenu grossier). Les sacres québécois et
// franco-ontariens (tabarnak, câlisse, crisse, ostie, ciboire...) et les gros mots du français
// (merde, putain) comptent partout en contexte professionnel; les jurons légers (maudit, calvaire,
// bordel) seulement sur un compte officiel. Les graphies masquées (tabarn*k) sont dans la règle.

/** Sacres et gros mots. */
export const PROFANITY_STRONG_FR = [
  'tabarnak', 'tabarnac', 'tabarnaque', 'tabernak', 'tabarnacle', 'tabarnouche de', 'calisse', 'câlisse', 'caliss', 'câliss',
  'câlisser', 'calisser', 'décâlisse', 'crisse', 'criss', 'crissement', 'ostie', 'osti', 'esti', 'estie', 'astie', 'hostie de',
  'ostie de', 'ciboire', 'cibouère', 'sacrament', 'viarge', 'bout d\'viarge', 'merde', 'merdique', 'marde', 'mange d\'la marde',
  'mange de la marde', 'putain', 'chier', 'fait chier', 'me fait chier', 'fais chier', 'enculé', 'enculer', 'niquer', 'nique',
  'ta gueule', 'ferme ta gueule', 'ferme ta yeule', 'je m\'en câlisse', 'je m\'en crisse', 'j\'m\'en câlisse',
  'emmerde', 'emmerder', 'emmerdeur', 'emmerdeuse', 'emmerdant', 'bordel de merde', 'saint-sacrament', 'tabarslak',
  'crisser', 'décrisse', 'décrisser', 'crissé', 'crissée', 'bout d\'crisse', 'estie de', 'esti de', 'sti de', 'astie de',
  'ostifie', 'estifie', 'ciboère', 'cibole de', 'tabarnak de', 'calisse de', 'câlisse de', 'crisse de', 'fucké', 'fuckée',
  'fuckés', 'merdeux', 'merdeuse', 'pute', 'putes', 'ptain', 'ptin', 'sacrament de', 'viarge de', 'de m...', 'quelle m...',
  'de la m...', 'de m…', 'quelle m…',
];

/** Sacres abrégés qui ne sont des jurons qu'en français, en minuscules (« STI » est un sigle). */
export const PROFANITY_FRENCH_SHORT = ['sti', 'esti', 'osti'];

/** Jurons légers : un conseil tout au plus, sauf sur un compte officiel. */
export const PROFANITY_MILD_FR = [
  'maudit', 'maudite', 'maudits', 'calvaire', 'torrieu', 'bordel', 'chiant', 'chiante', 'chiants', 'foutu', 'foutue', 'foutus',
  'foutre', 'm\'en fous', 'je m\'en fous', 'on s\'en fout',
];

/** Mots plus doux à proposer à la place d'un sacre (clés en minuscules, sans accents). */
export const PROFANITY_SOFTER_FR: Record<string, string> = {
  tabarnak: 'tabarouette',
  tabarnac: 'tabarouette',
  tabarnaque: 'tabarouette',
  tabernak: 'tabarouette',
  tabarnacle: 'tabarouette',
  calisse: 'câline',
  caliss: 'câline',
  crisse: 'crime',
  criss: 'crime',
  ostie: 'mosus',
  'ostie de': 'mosus de',
  'hostie de': 'mosus de',
  osti: 'mosus',
  esti: 'mosus',
  estie: 'mosus',
  ciboire: 'cibole',
  cibouere: 'cibole',
  sacrament: 'sapristi',
  calvaire: 'calvince',
  maudit: 'mautadit',
  maudite: 'mautadine',
  merde: 'zut',
  marde: 'zut',
  putain: 'mince',
  bordel: 'bazar',
  chiant: 'pénible',
  chiante: 'pénible',
  foutu: 'fichu',
  foutue: 'fichue',
  'fait chier': 'agace',
  'me fait chier': "m'agace",
};
