// Blâmer les gens qu'on sert pour un motif protégé, par la répétition (« encore des Anglais qui
// viennent chialer au comptoir », « comme par hasard, c'est toujours une femme voilée qui… ») :
// une généralisation, même sans « ils sont tous ». Français.

/** « Encore », « chaque fois » : un cas devient une règle sur un groupe. */
export const RECURRENCE_FR = [
  'encore des', 'encore un', 'encore une', 'encore les', 'toujours des', 'toujours un', 'toujours une', 'toujours les',
  'comme par hasard', "comme d'habitude", 'chaque fois', 'à chaque fois', 'immanquablement', 'évidemment', 'bien sûr',
  'encore une fois', 'pis encore', 'encore et toujours', 'devinez qui', 'sans faute', "c'est toujours", 'à tout coup',
];

/** Signes religieux portés (la croyance est un motif protégé). */
export const RELIGIOUS_DRESS_FR = ['turban', 'hijab', 'voile', 'foulard', 'burqa', 'burka', 'niqab', 'kippa', 'voilée', 'voilées', 'enturbanné', 'enturbannés'];

/** Une origine ou une croyance qui sert d'étiquette (« des Anglais », « un Arabe »). */
export const ORIGIN_LABELS_FR = [
  'anglais', 'anglaise', 'anglaises', 'anglos', 'arabe', 'arabes', 'indien', 'indienne', 'indiens', 'indiennes', 'noir', 'noire',
  'noirs', 'noires', 'chinois', 'chinoise', 'chinoises', 'haïtien', 'haïtienne', 'haïtiens', 'somalien', 'somaliens', 'immigrant',
  'immigrante', 'immigrants', 'immigré', 'immigrée', 'immigrés', 'étranger', 'étrangère', 'étrangers', 'mexicain', 'mexicains',
  'asiatique', 'asiatiques', 'musulman', 'musulmane', 'musulmans', 'africain', 'africaine', 'africains', 'autochtone',
  'autochtones', 'réfugié', 'réfugiée', 'réfugiés', 'québécois', 'français', 'juif', 'juifs', 'sikh', 'sikhs', 'syrien',
  'syriens', 'afghan', 'afghans', 'pakistanais', 'philippin', 'philippins', 'latino', 'latinos', 'russe', 'russes',
];

/** Ce qu'on reproche au groupe. */
export const BLAME_FR = [
  'chialer', 'chiale', 'chialent', 'se plaindre', 'se plaint', 'se plaignent', 'crier', 'crie', 'crient', 'gueuler', 'gueule',
  'gueulent', 'savent pas', 'sait pas', 'comprennent pas', 'comprend pas', 'comprennent rien', 'comprend rien', 'parlent pas',
  'parle pas', 'veulent pas', 'veut pas', 'jamais', 'problème', 'problèmes', 'trouble', 'fraude', 'fraudent', 'menteurs',
  'mentent', 'en retard', 'sales', 'puent', 'pue', 'impolis', 'impolie', 'impoli', 'arrogants', 'arrogant', 'exigeants',
  'exigeant', 'capables de rien', 'capable de rien', 'niaiser', 'niaisent', 'profiter', 'profitent', 'bs', 'illégaux',
  'retournez', 'retourne', 'rentrez',
];
