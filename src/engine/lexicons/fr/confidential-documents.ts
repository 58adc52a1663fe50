// Mentions et formulations de documents de travail internes (français).

export const DOC_LABELS_FR = [
  'usage interne', 'à usage interne', 'à usage interne seulement', 'usage interne seulement', 'pour usage interne',
  'usage interne uniquement', 'ne pas diffuser', 'ne pas distribuer', 'ne pas transmettre', 'ne pas publier',
  'ne pas faire circuler', 'diffusion interne', 'diffusion interne seulement', 'diffusion restreinte', 'ne pas citer',
  'strictement confidentiel', 'strictement confidentielle', 'confidentiel et privilégié', 'confidentiel et protégé',
  "secret professionnel de l'avocat", 'avis au ministre',
  'avis à la ministre', 'pour discussion seulement', 'aux fins de discussion', 'ébauche confidentielle',
  'version confidentielle', 'ne pas divulguer', 'pas pour diffusion', 'non destiné à la diffusion',
];

export const INTERNAL_DOCS_FR = [
  'note interne', 'notes internes', 'note de service interne', 'document interne', 'documents internes',
  'courriel interne', 'courriels internes', 'présentation interne', 'rapport interne', 'rapports internes',
  'données internes', 'chiffres internes', 'statistiques internes', 'analyse interne', 'sondage interne',
  'résultats du sondage interne', 'directive interne', 'orientations internes', 'plan interne', 'stratégie interne',
  'prévisions internes', 'liste interne', 'procès-verbal interne', 'organigramme interne', 'clavardage interne',
  'échéancier interne', "celui à l'interne", "celle à l'interne", 'version interne', 'tableau de bord interne', 'suivi interne',
  // Le mémo, mot courant pour la note interne.
  'mémo interne', 'mémos internes', 'memo interne',
];

/** Les chiffres connus au travail opposés aux chiffres publics : « les vrais chiffres », « les données réelles ». */
export const REAL_FIGURE_ADJECTIVES_FR = ['vrais', 'vraies', 'réels', 'réelles', 'internes', 'non publiés', 'non publiées', 'bruts'];

export const FIGURE_NOUNS_FR = [
  'chiffres', 'données', 'statistiques', 'nombres', 'délais', 'délais d\'attente', 'coûts', 'résultats', 'taux',
  'projections', 'prévisions', 'estimations', 'déficit', 'arriéré', 'arriérés', 'listes d\'attente', 'liste d\'attente',
  // Les preuves recueillies par le ministère : « nos essais non publiés disaient… ».
  'essais', 'essais au champ', 'analyse', 'analyses', 'études', 'étude', 'modélisation', 'évaluation', 'constats',
];

/** Les adjectifs qui disent d'eux-mêmes que les chiffres ne sont pas publics. */
export const UNPUBLISHED_ADJECTIVES_FR = ['internes', 'interne', 'non publiés', 'non publiées', 'non publié', 'non publiée', 'inédits', 'inédites'];

export const PUBLIC_CONTRAST_FR = [
  'ce que le ministère publie', "ce qu'on publie", 'ce qu\'ils publient', 'chiffres publics', 'chiffres officiels',
  'tableau de bord public', 'ce qui est public', 'ce qui a été rendu public', "ce qu'on dit au public",
  "ce qu'ils disent au public", 'que ce qui est annoncé', 'que ce qui a été annoncé', 'le communiqué', 'la version officielle',
  'exprès',
];

/** Ce qu'une ébauche ou une version préliminaire ne peut être qu'au travail. */
export const DRAFT_NOUNS_FR = [
  'politique', 'politiques', 'règlement', 'règlements', 'réglementation', 'note de service', 'note au ministre',
  'note à la ministre', 'stratégie', 'cadre', 'directive', 'lignes directrices', 'orientations', 'présentation au conseil',
  'analyse de rentabilisation', 'mandat', 'cadre de référence', 'demande de propositions', 'communiqué',
  'communiqué de presse', 'messages clés', 'questions et réponses', 'organigramme', "plan d'action",
  'formule de financement', 'allocations', 'discours du ministre', 'discours de la ministre', "rapport d'évaluation",
  'rapport de vérification', 'modifications réglementaires', 'normes de service', 'programme', 'curriculum',
  'programme-cadre', "programme d'études",
];

/** Ébauches qui peuvent être personnelles : il faut un contexte de travail. */
export const DRAFT_GENERIC_NOUNS_FR = [
  'rapport', 'plan', 'proposition', 'contrat', 'entente', 'annonce', 'norme', 'normes', 'recommandations', 'budget',
  'document', 'présentation', 'note',
];

/** Instances internes : la présentation « de la réunion du SMA » est un document interne. */
export const INTERNAL_FORUMS_FR = [
  'réunion du sma', 'réunion des sma', 'réunion de la sous-ministre', 'réunion du sous-ministre', 'comité de direction',
  'comité exécutif', 'réunion de gestion', 'réunion des directeurs', 'réunion des directrices', 'réunion de la haute direction',
  'cabinet du ministre', 'cabinet de la ministre',
  'réunion budgétaire', 'réunion interne', 'breffage interne', 'breffage avec la sous-ministre', 'breffage avec le sous-ministre',
  'réunion de direction', 'réunion du comité de direction', 'réunion du comité exécutif', "réunion de l'équipe de direction",
  'rencontre du comité de direction', 'rencontre de gestion',
];

export const FORUM_DOCUMENTS_FR = [
  'présentation', 'présentations', 'diapos', 'diapo', 'diapositives', 'note', 'notes', 'procès-verbal', 'ordre du jour',
  'document', 'documents', 'chiffres', 'tableau', 'tableur', 'ébauche', 'plan', 'organigramme', 'graphique',
  'tableau blanc', "capture d'écran", 'enregistrement', 'liste',
];

export const SERVICE_CONTEXT_FR = [
  "ligne d'écoute", "ligne d'aide", 'ligne', 'service', 'services', 'soutien', 'counseling', 'consultation', 'gratuit',
  'gratuite', 'gratuits', 'anonyme', 'anonymes', 'anonymement', '24 heures sur 24', '24/7', 'appelez', 'texto',
  'clavardage', 'vos renseignements', 'vos renseignements personnels', 'vos données', 'vos réponses',
  'restent confidentiels', 'restent confidentielles', 'reste confidentiel', 'reste confidentielle', 'demeurent confidentiels',
  'demeurent confidentielles', 'traités de façon confidentielle', 'traitées de façon confidentielle', 'seront gardés',
  'confidentialité', 'les réponses', 'toutes les réponses', 'sûr et confidentiel', 'gratuit et confidentiel', 'sondage',
  'confidentiel et gratuit', 'échec au crime', 'signaler', 'dénonciateur', 'lanceur d\'alerte', 'informateur',
  'thérapie', 'thérapeute', 'clinique', 'rendez-vous', 'médecin', 'infirmière',
];

export const SHARING_FRAMES_FR = [
  'voici', 'ci-joint', 'en pièce jointe', 'regardez', 'jetez un œil', 'jetez un oeil', 'avant-goût', 'en primeur',
  "j'ai mis la main sur", 'fuite', 'coulé', "capture d'écran", 'photo de', 'photo du', 'je lis', 'je viens de lire',
  'trouvé', 'vu', 'montre', 'dit', 'révèle', 'indique', 'recommande', 'propose', 'prévoit', 'contient', 'citation',
  'extrait', 'page', 'diapo', 'apparemment', 'selon le', 'selon la', 'notre', 'nos', 'ce', 'cette', 'ces', 'du ministère',
  'du ministre', 'de la ministre', 'du gouvernement', 'mon', 'ma', 'mes', 'copie', 'je partage', 'je publie',
];
