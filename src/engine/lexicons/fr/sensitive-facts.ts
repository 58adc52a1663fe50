// Faits sensibles sur une personne, selon les catégories de renseignements personnels de la LAIPVP,
// par. 2(1) (référence partagée « guidelines » §5.1) : antécédents médicaux, psychiatriques,
// criminels ou professionnels, situation financière, état matrimonial ou familial, religion,
// orientation sexuelle, race ou origine ethnique, statut d'immigration. Chaque liste contient des
// tournures qui affirment le fait AU SUJET de quelqu'un (« est en congé de maladie », « est au
// POSPH »), pas le sujet en général (« les taux du POSPH », « la recherche sur le cancer ») : la
// règle les associe à une mention de personne avant de signaler quoi que ce soit.
// Syntaxe (match.ts) : casse et accents ignorés, `*` = toute fin de mot, l'espace accepte un trait d'union.

/** Maladies et états de santé : sensibles seulement après un lien vers quelqu'un (voir CONDITION_LINKS_FR). */
export const HEALTH_CONDITIONS_FR = [
  'cancer', 'leucémie', 'lymphome', 'mélanome', 'tumeur', 'tumeur au cerveau', 'vih', 'sida', 'hépatite', 'its', 'chlamydia',
  'syphilis', 'herpès', 'dépression', 'dépression post-partum', 'dépression majeure', 'anxiété', 'trouble anxieux',
  'troubles anxieux', 'crises de panique', 'crise de panique', 'trouble bipolaire', 'bipolarité', 'schizophrénie', 'psychose',
  'épisode psychotique', 'tspt', 'sspt', 'stress post-traumatique', 'syndrome de stress post-traumatique', 'un trouble bipolaire', 'toc', 'trouble alimentaire', 'troubles alimentaires', 'anorexie', 'boulimie',
  'trouble de la personnalité', 'trouble de personnalité limite', 'démence', 'alzheimer', 'maladie d\'alzheimer', 'parkinson',
  'maladie de parkinson', 'autisme', 'tdah', 'diabète', 'épilepsie', 'sclérose en plaques', 'sla', 'mpoc', 'avc',
  'crise cardiaque', 'infarctus', 'crise d\'épilepsie', 'convulsions', 'fausse couche', 'avortement', 'handicap',
  'déficience intellectuelle', 'lésion cérébrale', 'commotion cérébrale', 'dépendance', 'toxicomanie', 'alcoolisme',
  'problème de consommation', 'problème d\'alcool', 'problème de drogue', 'surdose', 'overdose', 'covid', 'covid-19',
  'covid longue', 'tuberculose', 'maladie mentale', 'maladie terminale', 'maladie grave', 'burn-out', 'burnout',
  'épuisement professionnel', 'douleur chronique', 'lupus', 'maladie de crohn', 'fibrose kystique', 'insuffisance rénale',
  'problèmes de santé mentale', 'problème de santé mentale',
];

/** Qualificatifs qui peuvent précéder la maladie (« une grave dépression »). */
export const CONDITION_MODIFIERS_FR = ['grave', 'profonde', 'sévère', 'petit', 'léger', 'légère', 'gros', 'terrible', 'rare'];

/**
 * Mots qui rattachent une maladie à quelqu'un (« elle A un cancer », « atteinte D'un cancer »,
 * « VIT AVEC le VIH »). Un « de » final accepte aussi « d' », « du » et « des ».
 */
export const CONDITION_LINKS_FR = [
  'a reçu un diagnostic de', 'reçu un diagnostic de', 'diagnostic de', 'a été diagnostiqué avec', 'a été diagnostiquée avec',
  'diagnostiqué avec', 'diagnostiquée avec', 'a été diagnostiqué de', 'a été diagnostiquée de', 'on lui a diagnostiqué',
  'atteint de', 'atteinte de', 'atteint d\'un', 'atteinte d\'un', 'atteint d\'une', 'atteinte d\'une', 'souffre d\'un',
  'souffre d\'une', 'souffre de', 'souffrait de', 'souffrant de', 'vit avec', 'vivait avec', 'vivant avec',
  'combat', 'combattait', 'se bat contre', 'se battait contre', 'a vaincu', 'a survécu à', 'survivant de', 'survivante de',
  'guéri de', 'guérie de', 'en rémission de', 'décédé de', 'décédée de', 'est mort de', 'est morte de', 'emporté par',
  'emportée par', 'traité pour', 'traitée pour', 'soigné pour', 'soignée pour', 'hospitalisé pour', 'hospitalisée pour',
  'testé positif à', 'testée positive à', 'déclaré positif à', 'déclarée positive à', 'a', 'a eu', 'avait', 'a fait', 'fait',
  'faisait',
  // « Elle fait de l'Alzheimer », « il fait du diabète » : « faire de » une maladie, à l'oral surtout.
  'fait de', 'faisait de', 'a fait de', 'fait de la', 'faisait de la', 'avec', 'sous médication pour', 'en arrêt pour', 'en congé pour',
  // Traverser une maladie, dit comme un effort : « aux prises avec », « en traitement pour ».
  'aux prises avec', 'traverse', 'traversait', 'passe au travers d\'un', 'passe au travers d\'une', 'en traitement pour',
  'suivi pour', 'suivie pour', 'en thérapie pour', 'en rétablissement de', 'se remet de', 'se remet d\'un', 'se remet d\'une',
  'lutte contre', 'luttait contre',
];

/**
 * Mots qui, après un fait ou une maladie, en font un sujet, un programme ou un groupe plutôt que
 * la situation de quelqu'un (« cancer : dépistage », « le VIH chez les jeunes », « au POSPH : taux »).
 */
export const TOPIC_WORDS_FR = [
  'recherche', 'chercheurs', 'sensibilisation', 'société', 'fondation', 'dépistage', 'prévention', 'programme', 'programmes',
  'stratégie', 'semaine', 'mois', 'journée', 'marche', 'course', 'collecte', 'gala', 'services', 'service', 'clinique',
  'cliniques', 'centre', 'centres', 'unité', 'taux', 'statistiques', 'données', 'survivants', 'patients', 'clients',
  'personnes', 'gens', 'enfants', 'jeunes', 'femmes', 'hommes', 'familles', 'spécialiste', 'spécialistes', 'experts', 'équipe',
  'équipes', 'ressources', 'soutien', 'réseau', 'infirmières', 'soins', 'vaccin', 'vaccins', 'vaccination', 'tests', 'test',
  'cas', 'éclosion', 'éclosions', 'politique', 'politiques', 'lignes directrices', 'médicament', 'médicaments', 'traitement',
  'traitements', 'ligne', 'campagne', 'formation', 'atelier', 'webinaire', 'étude', 'études', 'essai', 'essais', 'règles',
  'protocoles', 'communauté', 'communautés', 'application', 'cours', 'premiers soins', 'intervention', 'crise', 'stigmatisation',
  'mythes', 'signes', 'symptômes', 'risque', 'risques', 'refuge', 'refuges', 'population', 'campement', 'campements', 'réforme',
  'modernisation', 'prestataires', 'prestations', 'montants', 'paiements', 'chèques', 'hausse', 'augmentation', 'compressions',
  'changements', 'admissibilité', 'demandes', 'bureau', 'bureaux', 'travailleurs', 'intervenants', 'défense', 'loi', 'lois',
  'système', 'tribunal', 'tribunaux', 'avocat', 'avocats', 'couverture',
];

/** Noms sensibles dès qu'ils appartiennent à quelqu'un (« son diagnostic », « sa faillite », « son salaire »), par type. */
export const POSSESSED_FACTS_FR = {
  health: [
    'diagnostic', 'pronostic', 'maladie', 'chimio', 'chimiothérapie', 'opération', 'chirurgie', 'mastectomie', 'grossesse',
    'fausse couche', 'avortement', 'surdose', 'rechute', 'thérapie', 'thérapeute', 'psychiatre', 'médicaments', 'médication',
    'antidépresseurs', 'handicap', 'santé mentale', 'congé de maladie', 'congé maladie', 'arrêt de travail',
    'congé d\'invalidité', 'fiv', 'traitements de fertilité', 'méthadone', 'cure de désintox', 'désintox',
    'demande d\'invalidité', 'réclamation à la cspaat', 'dossier à la cspaat', 'tentative de suicide',
    // La consommation et la dépendance, possédées : « sa consommation », « son problème de jeu ».
    'consommation', 'problème de consommation', 'problème d\'alcool', 'problème de jeu', 'sobriété', 'rétablissement',
    'pertes de mémoire', 'perte de mémoire',
    // Les greffes et opérations, possédées : « sa greffe de rein », « sa prothèse de hanche ».
    'greffe', 'greffe de rein', 'greffe du rein', 'greffe de foie', 'greffe du foie', 'greffe de cœur', 'greffe du cœur',
    'greffe de poumon', 'greffe de moelle', 'transplantation', 'amputation', 'prothèse de hanche', 'prothèse de genou',
    'remplacement de la hanche', 'remplacement du genou', 'opération au cœur', 'pontage',
  ],
  legal: [
    'casier judiciaire', 'casier', 'dossier criminel', 'arrestation', 'condamnation', 'libération conditionnelle', 'procès',
    'comparution', 'date de cour', 'accusation', 'accusations', 'agent de probation', 'ordonnance de non-communication',
  ],
  employment: [
    'congédiement', 'licenciement', 'suspension', 'mesure disciplinaire', 'grief', 'évaluation de rendement',
    'plan d\'amélioration du rendement', 'dossier disciplinaire', 'avertissement écrit', 'réprimande', 'mise à pied',
  ],
  financial: [
    'salaire', 'dettes', 'faillite', 'expulsion', 'demande au posph', 'demande de posph', 'dossier au posph',
    'demande d\'aide sociale', 'demande d\'ontario au travail', 'chèque de bs', 'chèque du posph',
    'demande d\'assurance-emploi', 'saisie de salaire', 'avis d\'expulsion', 'proposition de consommateur',
    'dettes de jeu', 'loyer en retard', 'revenus', 'revenus de location', 'revenus non déclarés', 'trop-payé',
  ],
  family: [
    'divorce', 'séparation', 'garde des enfants', 'liaison', 'garde partagée', 'dossier à la sae', 'dossier à la dpj',
    'dossier de garde', 'demande de garde', 'cause de garde', 'bataille de garde', 'pension alimentaire',
    'arriérés de pension alimentaire',
  ],
  // « sa transition » : voir la règle pour « sa transition vers la retraite ».
  identity: [
    'orientation sexuelle', 'sexualité', 'religion', 'conversion', 'coming out', 'coming-out', 'identité de genre', 'transition',
    'changement de sexe',
  ],
  immigration: [
    'statut d\'immigration', 'demande d\'asile', 'statut de réfugié', 'demande de statut de réfugié', 'résidence permanente',
    'rp', 'carte de rp', 'carte de résident permanent', 'permis de travail', 'permis d\'études', 'visa', 'parrainage',
    'demande de citoyenneté', 'mesure de renvoi', 'audience à la cisr', 'audience de réfugié',
  ],
};

/** Faits de santé affirmés au sujet de quelqu'un. « enceinte » seul est aussi une enceinte acoustique : voir la règle. */
export const HEALTH_FACTS_FR = [
  // Une personne inscrite à un programme qui existe pour une condition : « diplômée de notre programme pour l'autisme ».
  ...['diplômée de', 'diplômé de', 'inscrite à', 'inscrit à', 'inscrite dans', 'inscrit dans'].flatMap((v) =>
    ["notre programme pour l'autisme", "notre programme d'autisme", 'notre programme de traitement des dépendances'].map((p) => `${v} ${p}`)),
  'diplômée du programme pour l\'autisme', 'diplômé du programme pour l\'autisme', 'inscrite au programme pour l\'autisme',
  'inscrit au programme pour l\'autisme', 'programme de méthadone', 'programme de santé mentale',
  // Un décès par suicide dans la famille de quelqu'un (« après le suicide de son mari »), les poussées d'une maladie.
  'le suicide de son', 'le suicide de sa', 'du suicide de son', 'du suicide de sa', 'poussées de sclérose en plaques',
  'ses poussées de',
  // Le diagnostic est le fait, quoi qu'il nomme (« a reçu un diagnostic de SP », « a été diagnostiquée la semaine passée »).
  'a été diagnostiqué', 'a été diagnostiquée', 'vient d\'être diagnostiqué', 'vient d\'être diagnostiquée',
  'a reçu un diagnostic', 'a eu un diagnostic', 'a reçu son diagnostic', 'en traitement pour', 'suit des traitements',
  'est enceinte', 'était enceinte', 'tombée enceinte', 'tombe enceinte', 'est tombée enceinte', 'attend un bébé',
  'attend un enfant', 'attend son premier enfant', 'a fait une fausse couche', 'a fait une surdose', 'a fait une overdose',
  'suicidaire', 'a tenté de se suicider', 'tentative de suicide', 's\'est suicidé', 's\'est suicidée', 's\'est enlevé la vie',
  's\'est enlevée la vie', 's\'est ôté la vie', 's\'automutile', 'automutilation', 'en désintox', 'en désintoxication',
  'en cure de désintoxication', 'en thérapie fermée', 'en centre de réadaptation', 'en congé de maladie', 'en congé maladie',
  'en arrêt de travail', 'en arrêt maladie', 'en congé d\'invalidité', 'en invalidité', 'en invalidité de longue durée',
  'en invalidité de courte durée', 'en ild', 'en icd', 'en congé pour épuisement', 'en congé de stress', 'en burn-out',
  'en burnout', 'en dépression', 'fait une dépression', 'a fait une dépression', 'fait un burn-out', 'a fait un burn-out',
  'fait un burnout', 'a fait un burnout', 'hospitalisé', 'hospitalisée', 'aux soins intensifs', 'aux soins palliatifs',
  'en soins palliatifs', 'en phase terminale', 'en chimio', 'en chimiothérapie', 'sous antidépresseurs', 'sous méthadone',
  'a rechuté', 'séropositif', 'séropositive', 'en fauteuil roulant', 'se déplace en fauteuil roulant', 'sous dialyse',
  'en dialyse', 'a été interné', 'a été internée', 'à l\'aile psychiatrique', 'à l\'urgence psychiatrique', 'a fait un avc',
  'a fait une crise cardiaque', 'a des idées noires', 'a eu un avortement',
  // L'alcool ou la drogue au travail, en langue familière.
  'sur la brosse', 'a repris la bouteille', 'boit encore', 'a recommencé à boire', "sentait l'alcool", 'sentait la bière',
  'saoul au travail', 'soûl au travail', 'gelé au travail', 'gelée au travail', 'est arrivé saoul', 'est arrivée saoule',
  'est arrivé gelé', 'est arrivée gelée',
  // Sobriété et pertes de mémoire : « sobre depuis deux ans », « il perd la mémoire ».
  'sobre depuis', 'ans de sobriété', 'mois de sobriété', 'en rétablissement', 'a arrêté de boire', 'a arrêté de consommer',
  'perd la mémoire', 'perdait la mémoire', 'perdre la mémoire', 'perd la carte', 'perd la boule', 'des pertes de mémoire',
  'début d\'alzheimer', 'début de démence',
  // Arrêter ou se sevrer : « clean depuis sept mois », « en sevrage ».
  'clean depuis', 'est sobre depuis', 'en sevrage', 'en plein sevrage', 'ne consomme plus', 'ne consomme plus depuis',
  'séjour en désintox', 'séjours en désintox', 'passages en désintox', 'cures de désintox',
];

/** États de santé après un verbe d'état : « il est bipolaire », « elle est devenue aveugle ». */
export const HEALTH_STATES_FR = [
  'bipolaire', 'schizophrène', 'psychotique', 'diabétique', 'épileptique', 'autiste', 'anorexique', 'boulimique', 'alcoolique',
  'toxicomane', 'handicapé', 'handicapée', 'aveugle', 'sourd', 'sourde', 'paralysé', 'paralysée', 'paraplégique',
  'quadriplégique', 'tétraplégique', 'en phase terminale', 'infertile', 'dépressif', 'dépressive', 'malade mental',
  'malade mentale', 'séropositif', 'séropositive', 'immunodéprimé', 'immunodéprimée', 'en rémission', 'atteint d\'autisme',
];

/** Antécédents criminels et judiciaires. */
export const LEGAL_FACTS_FR = [
  // Un juré nommé : l'identité des jurés est protégée.
  'jurée nº', 'juré nº', 'jurée no', 'juré no', 'jurée numéro', 'juré numéro', 'fait partie du jury',
  'siège au jury', 'siège comme jurée', 'siège comme juré',
  'casier judiciaire', 'a un casier', 'dossier criminel', 'accusé de', 'accusée de', 'a été accusé', 'a été accusée',
  'été accusé', 'été accusée', 'est accusé', 'est accusée', 'fait face à des accusations', 'accusations criminelles',
  'a été arrêté', 'a été arrêtée', 'été arrêté', 'été arrêtée', 's\'est fait arrêter', 's\'est fait arrêté',
  's\'est fait arrêtée', 'arrêté par la police', 'arrêtée par la police', 'en état d\'arrestation', 'reconnu coupable',
  'reconnue coupable', 'plaidé coupable', 'condamné pour', 'condamnée pour', 'en prison', 'a fait de la prison',
  'a fait de la taule', 'est allé en prison', 'est allée en prison', 'sorti de prison', 'sortie de prison', 'sort de prison',
  'sortait de prison', 'vient de sortir de prison', 'libéré de prison',
  'libérée de prison', 'en libération conditionnelle', 'en probation', 'sous probation', 'en liberté sous caution',
  'libéré sous caution', 'libérée sous caution', 'délinquant sexuel', 'délinquante sexuelle',
  'registre des délinquants sexuels', 'ordonnance de non-communication', 'ordonnance restrictive',
  'engagement de ne pas troubler l\'ordre public', 'conduite avec facultés affaiblies', 'facultés affaiblies', 'ex-détenu',
  'ex-détenue', 'bracelet électronique', 'visé par une enquête policière', 'visée par une enquête policière',
  'sous enquête policière', 'mandat d\'arrestation', 'mandat d\'arrêt', 'agent de probation',
  // L'alcool au volant et le permis perdu pour une infraction.
  'alcool au volant', 'pour alcool au volant', 'perdu son permis pour', 'permis suspendu pour', 'conduite en état d\'ébriété',
  'conduite avec les facultés affaiblies', 'a un dossier criminel', 'un passé criminel',
];

/** Antécédents professionnels et mesures disciplinaires. */
export const EMPLOYMENT_FACTS_FR = [
  'congédié', 'congédiée', 's\'est fait congédier', 'a été renvoyé', 'a été renvoyée', 's\'est fait renvoyer',
  's\'est fait mettre à la porte', 'mis à la porte', 'mise à la porte', 'a été licencié', 'a été licenciée',
  's\'est fait licencier', 'remercié de ses services', 'remerciée de ses services', 'a été mis à pied', 'a été mise à pied',
  's\'est fait mettre à pied', 'mesure disciplinaire', 'mesures disciplinaires', 'a été suspendu', 'a été suspendue',
  'suspendu sans solde', 'suspendue sans solde', 'a été rétrogradé', 'a été rétrogradée', 'plan d\'amélioration du rendement',
  'plan d\'amélioration de la performance', 'a déposé un grief', 'une plainte de harcèlement contre', 'a été escorté hors',
  'a été escortée hors', 'forcé de démissionner', 'forcée de démissionner', 'a échoué sa probation', 'a échoué son probatoire',
  // L'événement sans auxiliaire, dans une description : « Réjean, 54 ans, mis à pied de l'usine ».
  'mis à pied de', 'mise à pied de', 'congédié de', 'congédiée de', 'renvoyé de son', 'renvoyée de son', 'a perdu sa job',
  'a perdu son emploi', 'perdu sa job', 'perdu son emploi',
];

/** Situation financière : aide sociale, dettes, perte du logement. */
export const FINANCIAL_FACTS_FR = [
  // La durée de l'aide et les arriérés : « après trois ans d'aide sociale », « en retard dans sa pension alimentaire ».
  "ans d'aide sociale", "ans sur l'aide sociale", "ans à l'aide sociale", 'ans au posph', 'ans sur le posph',
  "ans à ontario au travail", "mois d'aide sociale", "mois sur l'aide sociale",
  // Les arriérés de toute dette du ménage : « en retard de trois mois sur son hypothèque ».
  'en retard sur son hypothèque', 'en retard sur ses paiements', 'mois de retard sur son',
  'en retard de paiement', 'en retard sur ses factures', 'en retard sur ses impôts',
  'en retard dans sa pension alimentaire', 'en retard sur sa pension alimentaire', 'en retard dans ses paiements de pension',
  'doit de la pension alimentaire', 'paie pas sa pension alimentaire', 'paye pas sa pension alimentaire',
  'ne paie pas sa pension', 'ne paye pas sa pension', 'arriérés de pension alimentaire',
  'sur l\'aide sociale', 'à l\'aide sociale', 'prestataire de l\'aide sociale', 'bénéficiaire de l\'aide sociale',
  'vit de l\'aide sociale', 'sur le bien-être social', 'sur le bs', 'au bs', 'au posph', 'sur le posph', 'prestataire du posph',
  'bénéficiaire du posph', 'reçoit le posph', 'reçoit du posph', 'touche le posph', 'reçoit l\'aide sociale',
  'touche l\'aide sociale', 'à ontario au travail', 'sur ontario au travail', 'prestataire d\'ontario au travail',
  'reçoit ontario au travail', 'au chômage', 'en chômage', 'sur le chômage', 'sur l\'assurance-emploi', 'à l\'assurance-emploi',
  'reçoit de l\'assurance-emploi', 'a fait faillite', 'fait faillite', 'a déclaré faillite', 'en faillite',
  'proposition de consommateur', 'criblé de dettes', 'criblée de dettes', 'endetté', 'endettée', 'dans les dettes',
  'en retard sur son loyer', 'ne peut pas payer son loyer', 'peut plus payer son loyer', 'expulsé de son logement',
  'expulsée de son logement', 'avis d\'expulsion', 'évincé', 'évincée', 'sans-abri', 'sans abri', 'itinérant', 'itinérante',
  'en situation d\'itinérance', 'vit dans un refuge', 'vit dans sa voiture', 'dort dans sa voiture', 'dort dans un refuge',
  'vit dans son char', 'dort dans son char', 'vit dans son auto', 'dort dans son auto', 'dort dans la rue', 'vit dans la rue',
  'va à la banque alimentaire', 'dépend de la banque alimentaire', 'saisie de salaire', 'salaire saisi', 'a tout perdu',
  'sans le sou', 'fauché', 'fauchée', 'au salaire minimum',
  // Sans un sou, en langue familière : « elle a pu une cenne ».
  'a pu une cenne', 'a pus une cenne', 'a plus une cenne', 'n\'a plus une cenne', 'n\'a pas une cenne',
  'a pu un sou', 'a plus un sou', 'n\'a plus un sou', 'n\'a pas un sou', 'cassé comme un clou', 'cassée comme un clou',
  'a plus rien pour', 'sans un sou',
];

/** État matrimonial et situation familiale. */
export const FAMILY_FACTS_FR = [
  'en instance de divorce', 'divorcé', 'divorcée', 'en train de divorcer', 'va divorcer', 'vont divorcer', 'a divorcé',
  'séparé de sa femme', 'séparée de son mari', 'séparé de son conjoint', 'séparée de son conjoint', 'séparé de sa conjointe',
  'séparée de sa conjointe', 'a quitté son mari', 'a quitté sa femme', 'bataille pour la garde', 'a perdu la garde',
  'la sae a pris', 'la société d\'aide à l\'enfance a pris', 'la dpj a pris', 'ses enfants ont été placés',
  'placé en famille d\'accueil', 'placée en famille d\'accueil', 'en famille d\'accueil', 'est mère monoparentale',
  'est une mère monoparentale', 'est père monoparental', 'est monoparentale', 'est veuf', 'est veuve', 'est devenu veuf',
  'est devenue veuve', 'trompe sa femme', 'trompe son mari', 'a trompé sa femme', 'a trompé son mari', 'a une liaison',
  'avait une liaison', 'conjoint violent', 'conjointe violente', 'mari violent', 'violence conjugale', 'violence familiale',
  'la sae a retiré', 'la dpj a retiré', 'retiré par la sae', 'retirés par la sae', 'retirée par la sae',
  'pris en charge par la sae', 'placé par la sae', 'placés par la sae', 'signalé à la sae', 'signalée à la sae',
  'signalé à la dpj', 'signalée à la dpj',
  // Fuir un conjoint ou se faire mettre dehors : où la personne se cache lui appartient.
  'fuit son ex', 'a fui son ex', 'fuyait son ex', 'fuit son conjoint', 'a fui son conjoint', 'fuit son mari', 'a fui son mari',
  'fuit la violence', 'a fui la violence', 'maison d\'hébergement pour femmes', 'en maison d\'hébergement',
  'l\'a mise dehors', 'l\'a mis dehors', 'l\'a sacrée dehors', 'l\'a sacré dehors', 'l\'a crissée dehors',
  'l\'a crissé dehors', 'l\'a foutue dehors', 'l\'a foutu dehors', 'l\'a jetée dehors', 'l\'a jeté dehors',
  'l\'a mise à la porte', 'l\'a mis à la porte', 'mère monoparentale de', 'père monoparental de',
];

/** Orientation sexuelle et identité de genre après un verbe d'état (« il est gai ») : dévoiler quelqu'un. */
export const ORIENTATION_STATES_FR = [
  'gai', 'gaie', 'gay', 'lesbienne', 'bisexuel', 'bisexuelle', 'bi', 'queer', 'trans', 'transgenre', 'non binaire',
  'non-binaire', 'asexuel', 'asexuelle', 'intersexe',
  // Langue familière : « elle est aux femmes », « il est encore dans le placard ».
  'aux femmes', 'aux gars', 'aux hommes', 'dans le placard', 'encore dans le placard',
];

/**
 * Religion, race ou origine après un verbe d'état (« elle est musulmane »). Souvent dit avec fierté
 * et consentement : la règle les traite un cran plus bas que les autres faits.
 */
export const ORIGIN_RELIGION_STATES_FR = [
  'musulman', 'musulmane', 'juif', 'juive', 'hindou', 'hindoue', 'sikh', 'bouddhiste', 'chrétien', 'chrétienne', 'catholique',
  'protestant', 'protestante', 'évangélique', 'mormon', 'mormone', 'athée', 'témoin de jéhovah', 'noir', 'noire', 'autochtone',
  'des premières nations', 'métis', 'métisse', 'inuk', 'inuite', 'asiatique', 'arabe', 'latino', 'latina', 'hispanique',
  'métissé', 'métissée',
];

/** Faits d'identité exprimés par leur propre verbe. */
export const IDENTITY_FACTS_FR = [
  // La mention de sexe d'une pièce d'identité changée : une transition racontée pour quelqu'un.
  'changer la mention de sexe', 'changer sa mention de sexe', 'changement de la mention de sexe', 'changement de mention de sexe',
  'a changé sa mention de sexe', 'faire changer son sexe', 'changer de sexe', 'a changé de sexe',
  'a fait son coming out', 'a fait son coming-out', 'fait son coming out', 'est sorti du placard', 'est sortie du placard',
  'sorti du garde-robe', 'sortie du garde-robe', 'converti* à l\'islam', 'converti* au judaïsme', 'converti* au christianisme',
  'converti* au catholicisme', 'converti* au bouddhisme', 'a commencé sa transition',
  'porte le hijab', 'porte le voile', 'porte le niqab', 'porte le turban', 'porte la kippa',
];

/** Statut d'immigration. */
export const IMMIGRATION_FACTS_FR = [
  // Nouvellement arrivé, un permis en attente.
  'immigrante récente', 'immigrant récent', 'nouvellement arrivée', 'nouvellement arrivé', 'en attente de son permis de travail',
  'attend son permis de travail', 'attend toujours son permis',
  'sans statut', 'sans papiers', 'sans-papiers', 'sans statut légal', 'a perdu son statut', 'demandeur d\'asile',
  'demandeuse d\'asile', 'a demandé l\'asile', 'demande l\'asile', 'est réfugié', 'est réfugiée', 'est arrivé comme réfugié',
  'est arrivée comme réfugiée', 'menacé d\'expulsion', 'menacée d\'expulsion', 'mesure de renvoi', 'ordonnance d\'expulsion',
  'renvoyé dans son pays', 'renvoyée dans son pays', 'expulsé du canada', 'expulsée du canada', 'expulsé du pays',
  'expulsée du pays', 'déporté', 'déportée', 'en situation irrégulière', 'son visa est expiré', 'son visa a expiré',
  'son permis de travail est expiré', 'son permis a expiré', 'n\'est pas citoyen', 'n\'est pas citoyenne',
  'est résident permanent', 'est résidente permanente', 'est ici illégalement', 'hors statut',
  // Le statut échu : « son statut est expiré depuis 2021 ».
  'son statut est expiré', 'son statut a expiré', 'statut expiré', 'statut échu',
  // L'état avec un article : « est une réfugiée », « sont des réfugiés ».
  'est une réfugiée', 'est un réfugié', 'sont des réfugiés', 'est une demandeuse d\'asile', 'est un demandeur d\'asile',
  'sont des demandeurs d\'asile', 'est sans statut', 'est sans papiers',
  // Comment la personne est arrivée : « arrivée au Canada comme réfugiée ».
  'comme réfugié', 'comme réfugiée', 'comme réfugiés', 'comme réfugiées', 'en tant que réfugié', 'en tant que réfugiée',
  'a fui la guerre', 'a fui son pays', 'fuyait la guerre', 'a fui la persécution',
];
