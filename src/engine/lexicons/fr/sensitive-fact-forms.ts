// Tournures qui affirment un fait sensible sur quelqu'un, en pièces que la règle
// personal-info/sensitive-fact combine (voir lexicons/en/sensitive-fact-forms.ts) : un auxiliaire et
// un participe (« a été » + « suspendu », « s'est fait » + « mettre dehors »), ou un lien et une
// démarche (« attend » + « sa résidence permanente », « suit des » + « traitements de fertilité »).
// Les participes sont au masculin singulier : la règle ajoute elle-même -e, -s et -es. Tournures
// d'ici comprises (« se faire slaquer », « s'est fait pogner »).

/** Auxiliaires devant un participe : ce qui est arrivé à quelqu'un. */
export const FACT_AUXILIARIES_FR = [
  'a été', 'avait été', 'ont été', 'a déjà été', 'vient d\'être', 'viennent d\'être', 'va être', 'vont être', 'sera',
  'seront', 'serait', 'est', 'était', 'sont', 'est en train d\'être', 'risque d\'être', 'pourrait être', 'aurait été',
  'a fini par être', 'a encore été', 'est encore',
];

/** Adverbes possibles entre l'auxiliaire et le participe (« a été discrètement congédié »). */
export const FACT_ADVERBS_FR = [
  'finalement', 'enfin', 'récemment', 'officiellement', 'apparemment', 'encore', 'déjà', 'temporairement', 'injustement',
  'carrément', 'discrètement', 'juste', 'presque', 'sans préavis', 'pour de bon', 'pas mal',
];

/** Auxiliaires suivis d'un infinitif (« s'est fait congédier »). */
export const CAUSATIVE_AUXILIARIES_FR = [
  's\'est fait', 's\'est faite', 'se fait', 'vient de se faire', 'va se faire', 's\'est encore fait', 's\'est encore faite',
  's\'est déjà fait', 'se sont fait', 'risque de se faire',
];

/** Antécédents professionnels et mesures disciplinaires : participes (masculin singulier). */
export const EMPLOYMENT_PARTICIPLES_FR = [
  'congédié', 'renvoyé', 'licencié', 'suspendu', 'rétrogradé', 'réprimandé', 'sanctionné', 'blâmé', 'mis à pied',
  'mise à pied', 'mis à la porte', 'mise à la porte', 'mis dehors', 'mise dehors', 'escorté hors', 'escorté dehors',
  'escorté jusqu\'à la sortie', 'mis en congé administratif', 'mise en congé administratif', 'mis en congé forcé',
  'mise en congé forcé', 'mis sous enquête', 'mise sous enquête', 'tabletté', 'mis sur un plan d\'amélioration',
  'mise sur un plan d\'amélioration', 'forcé de démissionner', 'poussé vers la sortie', 'retiré du dossier',
];

/** … et à l'infinitif après « s'est fait ». */
export const EMPLOYMENT_INFINITIVES_FR = [
  'congédier', 'renvoyer', 'licencier', 'suspendre', 'rétrograder', 'réprimander', 'sanctionner', 'mettre à pied',
  'mettre à la porte', 'mettre dehors', 'slaquer', 'crisser dehors', 'taper sur les doigts', 'escorter dehors',
  'escorter hors', 'montrer la porte',
];

/** Sanctionner quelqu'un, à la voix active (« j'ai dû congédier Sophie ») : la personne suit le verbe. */
export const DISCIPLINE_VERBS_FR = [
  'congédier', 'congédié', 'congédiée', 'renvoyer', 'renvoyé', 'renvoyée', 'licencier', 'licencié', 'licenciée', 'suspendre',
  'suspendu', 'suspendue', 'mettre à pied', 'mis à pied', 'mise à pied', 'réprimander', 'réprimandé', 'réprimandée',
  'sanctionner', 'sanctionné', 'sanctionnée', 'rétrograder', 'rétrogradé', 'rétrogradée',
];

/** Antécédents judiciaires : participes. */
export const LEGAL_PARTICIPLES_FR = [
  'accusé', 'condamné', 'détenu', 'incarcéré', 'emprisonné', 'inculpé', 'écroué', 'mis en accusation',
  'mise en accusation', 'interpellé', 'arrêté par la police', 'arrêté pour', 'pogné par la police', 'ramassé par la police',
  'libéré sous caution', 'mis en probation', 'mise en probation', 'acquitté',
];

/** … et à l'infinitif après « s'est fait ». */
export const LEGAL_INFINITIVES_FR = [
  'arrêter', 'accuser', 'condamner', 'pogner', 'ramasser par la police', 'embarquer par la police', 'interpeller',
  'coffrer', 'pincer',
];

/** Immigration : participes. */
export const IMMIGRATION_PARTICIPLES_FR = [
  'expulsé', 'déporté', 'refoulé', 'débouté', 'détenu par l\'asfc', 'détenu par l\'immigration',
];

export const IMMIGRATION_INFINITIVES_FR = ['expulser', 'déporter', 'refouler', 'refuser sa demande d\'asile'];

/** Logement et argent perdus, à l'infinitif après « s'est fait ». */
export const FINANCIAL_INFINITIVES_FR = [
  'évincer', 'expulser de son logement', 'expulser de son appartement', 'mettre à la rue', 'saisir sa maison',
  'couper son aide', 'couper son chèque', 'couper son posph', 'refuser sa demande au posph', 'refuser son posph',
  'refuser son aide sociale', 'saisir son salaire',
];

/** Enfants retirés par les services de protection, à l'infinitif après « s'est fait ». */
export const FAMILY_INFINITIVES_FR = [
  'retirer ses enfants', 'retirer son enfant', 'retirer son bébé', 'retirer son plus jeune', 'retirer sa plus jeune',
  'retirer son fils', 'retirer sa fille', 'retirer la garde', 'enlever ses enfants', 'enlever la garde',
];

/**
 * Démarches et situations qui deviennent celles de quelqu'un avec un lien devant, par type
 * (« attend sa résidence permanente », « a une saisie de salaire », « suit des traitements de fertilité »).
 */
export const LINKED_MATTERS_FR = {
  immigration: {
    matters: [
      'audience de réfugié', 'audience à la cisr', 'audience d\'immigration', 'demande d\'asile', 'demande de statut de réfugié',
      'statut de réfugié', 'résidence permanente', 'carte de résident permanent', 'carte de rp', 'permis de travail',
      'permis d\'études', 'parrainage', 'demande de citoyenneté', 'mesure de renvoi', 'ordonnance d\'expulsion',
      'ordonnance de renvoi', 'statut d\'immigration', 'statut au canada', 'examen des risques avant renvoi', 'erar',
      'demande pour motifs humanitaires', 'papiers',
    ],
    links: [
      'attend', 'attend encore', 'attend toujours', 'en attente de', 'en attente d\'une décision sur', 'a demandé',
      'a fait une', 'a déposé', 'a obtenu', 'a enfin obtenu', 'a reçu', 'a enfin reçu', 'vient de recevoir',
      'vient d\'obtenir', 's\'est fait refuser', 'a perdu', 'a', 'avait', 'n\'a pas de', 'n\'a plus de', 'sans', 'conteste',
      'porte en appel', 'se prépare pour', 'stresse pour', 'est inquiète pour', 'est inquiet pour', 'fait face à',
      'a pas de', 'a pas encore', 'attend encore après', 'attend après',
    ],
  },
  financial: {
    matters: [
      'saisie de salaire', 'avis d\'expulsion', 'avis d\'éviction', 'faillite', 'proposition de consommateur',
      'prêts sur salaire', 'prêt sur salaire', 'dettes de jeu', 'arriérés de loyer', 'dette fiscale', 'demande au posph',
      'demande de posph', 'demande d\'aide sociale', 'demande d\'ontario au travail', 'demande d\'assurance-emploi',
      'chèque du posph', 'chèque d\'aide sociale', 'chèque de bs', 'aide sociale', 'posph', 'ontario au travail',
      'assurance-emploi',
    ],
    links: [
      'a', 'avait', 'a eu', 'fait face à', 'a déclaré', 'a fait', 'faire', 'fait', 'vient de faire', 'venait de faire', 'croule sous', 'vit de', 'vit du', 'vit sur', 'dépend de',
      'dépend du', 'a demandé', 'a fait une', 's\'est fait refuser', 's\'est fait couper', 'a perdu', 'est sur', 'est à',
      'attend', 'conteste', 'a reçu', 'a déposé', 'vient de recevoir', 'a vu', 'est tombée sur', 'est tombé sur', 'passé',
      'passée', 'est passé', 'est passée', 'sorti', 'sortie', 'est sorti', 'est sortie', 'a quitté', 'ne reçoit plus',
    ],
  },
  family: {
    matters: ['divorce', 'séparation', 'garde des enfants', 'bataille pour la garde', 'divorce difficile'],
    links: [
      'passe à travers un', 'passe à travers une', 'est en plein', 'est en pleine', 'en plein', 'en pleine', 'a demandé le',
      'a demandé la', 'demande le', 'demande la', 'se bat pour la', 'a perdu la', 'vit un', 'vit une',
    ],
  },
  health: {
    matters: [
      'méthadone', 'suboxone', 'chimio', 'chimiothérapie', 'radiothérapie', 'dialyse', 'fiv', 'fécondation in vitro',
      'traitements de fertilité', 'traitement de fertilité', 'antidépresseurs', 'antipsychotiques', 'désintox',
      'cure de désintox', 'cure de désintoxication', 'thérapie fermée', 'soins palliatifs', 'invalidité de longue durée',
      'mesure d\'adaptation', 'accommodement pour son handicap', 'aile psychiatrique', 'psychiatrie', 'mastectomie',
      'hystérectomie', 'hormonothérapie', 'chirurgie d\'affirmation de genre',
    ],
    links: [
      'sous', 'en', 'de retour en', 'suit', 'suit une', 'suit des', 'fait', 'fait une', 'fait de la', 'passe par',
      'passe à travers', 'a commencé', 'commence', 'entre en', 'est entré en', 'est entrée en', 'sort de', 'sorti de',
      'sortie de', 'a demandé', 'a obtenu', 's\'est fait refuser', 'a besoin de', 'attend', 'a subi', 'va subir', 'subit',
      'se remet de', 'se remet d\'', 'a eu', 'a',
    ],
  },
};

/** Pratique religieuse affirmée au sujet de quelqu'un (conversions et voile : IDENTITY_FACTS_FR). */
export const RELIGIOUS_PRACTICES_FR = [
  'fait le ramadan', 'fait ramadan', 'jeûne pour le ramadan', 'jeûne pendant le ramadan', 'observe le ramadan',
  'observe le sabbat', 'fait le shabbat', 'mange casher', 'mange halal', 'mange juste halal', 'mange seulement halal',
  'va à la mosquée', 'va à la synagogue', 'va au temple', 'va au gurdwara', 'va à la messe tous', 'prie cinq fois',
  'fait sa prière', 'fait ses prières', 'converti* à l\'hindouisme', 'a commencé à porter le voile',
  'a commencé à porter le hijab', 'a arrêté de porter le voile', 'a quitté l\'église', 'a perdu la foi',
];

/** Verbes disant que la personne a elle-même raconté son histoire en public : dit avec consentement. */
export const SELF_TOLD_FR = [
  'a parlé de sa propre', 'a parlé de son propre', 'a parlé ouvertement de', 'a parlé de son expérience',
  'a parlé de sa lutte', 'a témoigné de', 'a raconté son histoire', 'a raconté sa propre', 'avec sa permission',
  'avec son accord', 'avec son autorisation', 'm\'a demandé de partager', 'nous a parlé de sa', 'nous a parlé de son',
  // La même parole à d'autres temps : « Simone Biles, en parlant ouvertement de sa santé mentale », « elle parle ouvertement de ».
  'parle ouvertement de', 'parlait ouvertement de', 'en parlant ouvertement de', 'parle ouvertement de sa', 'parle publiquement de',
  'a parlé publiquement de', 'se confie sur', "s'est confiée sur", "s'est confié sur",
];

/** Des lieux dont les visiteurs partagent un état de santé ou d'argent : dire qu'on y a vu quelqu'un le révèle
 * (« croisé ma voisine à la clinique de méthadone »). Lus seulement après un verbe de rencontre (SIGHTING_VERBS_FR). */
export const SIGHTED_PLACES_FR = {
  health: [
    'clinique de méthadone', 'clinique de methadone', 'centre de désintox', 'centre de désintoxication', 'désintox',
    'réunion des AA', 'réunion des alcooliques anonymes', 'réunion des NA', 'centre de cancérologie', 'centre du cancer',
    'oncologie', 'clinique de dialyse', 'aile psychiatrique', 'urgence psychiatrique', 'psychiatrie',
    'centre de santé mentale', 'clinique de santé mentale', 'clinique d\'avortement', 'clinique de fertilité',
    'clinique de santé sexuelle', 'site d\'injection supervisée', 'centre de thérapie',
  ],
  financial: [
    'banque alimentaire', 'comptoir alimentaire', 'soupe populaire', 'refuge pour sans-abri', 'refuge pour itinérants',
    'maison d\'hébergement', 'bureau de l\'aide sociale', 'bureau d\'Ontario au travail', 'prêteur sur gages',
  ],
};

/** Voir quelqu'un quelque part : les verbes qui ouvrent une rencontre. */
export const SIGHTING_VERBS_FR = [
  'vu', 'vue', 'croisé', 'croisée', 'croise', 'aperçu', 'aperçue', 'tombé sur', 'tombée sur', 'remarqué', 'remarquée',
];

/**
 * Une règle de confidentialité rappelée aux lecteurs : « jamais parler d'un client sur les réseaux ».
 * L'anecdote qui suit (« une collègue a fini en mesure disciplinaire ») est une mise en garde, pas le dossier d'une collègue.
 */
const OBJETS_CONFIDENTIALITE = [
  "d'un client", "d'une cliente", 'de vos clients', 'de tes clients', 'de ses clients', 'de nos clients', 'de clients', 'des clients',
  "d'un patient", "d'une patiente", 'de vos patients', 'de nos patients', "d'un usager", 'de vos usagers', 'de vos dossiers',
];
export const PRIVACY_NORMS_FR = [
  ...['jamais', 'ne jamais', 'ne pas'].flatMap((non) => ['parler', 'publier au sujet', 'écrire au sujet', 'jaser'].flatMap((verbe) => OBJETS_CONFIDENTIALITE.map((o) => `${non} ${verbe} ${o}`))),
  ...['ne parlez jamais', 'ne parle jamais', 'ne parlez pas', 'ne parle pas', 'on ne parle pas', 'on ne parle jamais'].flatMap((v) => OBJETS_CONFIDENTIALITE.map((o) => `${v} ${o}`)),
];
