// Ce sur quoi porte une opinion de politique publique, en français : le gouvernement et ses chefs
// (cibles fortes), et des objets qui ne sont gouvernementaux qu'avec un qualificatif.

export const GOVERNMENT_TARGETS_FR = [
  'gouvernement', 'gouvernements', 'gouvernement provincial', 'gouvernement fédéral', "gouvernement de l'Ontario",
  'gouvernement ontarien', 'gouvernement du Canada', 'gouvernement Ford', 'gouvernement de Doug Ford',
  'gouvernement Carney', 'gouvernement Trudeau', 'les fédéraux', 'le fédéral', 'du fédéral', 'au fédéral', "Queen's Park", "l'Assemblée législative", 'la province',
  'premier ministre', 'première ministre', 'ministre', 'ministres', 'vice-premier ministre', 'vice-première ministre',
  'Conseil des ministres',
];

export const MINISTRY_TARGETS_FR = ['ministère', 'le ministère', 'ce ministère'];

export const STRONG_POLICY_OBJECTS_FR = [
  'retour au bureau', 'retour obligatoire au bureau', 'retour en présentiel', 'retour au travail en présentiel',
  'cinq jours au bureau', '5 jours au bureau', 'jours par semaine au bureau', 'jours semaine au bureau',
  'jours au bureau', 'retour à temps plein au bureau', 'obligation de retour au bureau', 'la ceinture de verdure',
  'taxe carbone', 'budget provincial', 'budget fédéral', "budget de l'Ontario", 'énoncé économique',
  'compressions budgétaires', 'coupes budgétaires', 'coupures budgétaires',
  // Les mesures de l'employeur sur son personnel : pour un fonctionnaire, « le gel d'embauche » est celui du gouvernement.
  "gel d'embauche", 'gel des embauches', "gel de l'embauche", 'gel salarial', 'gel des salaires', 'plafond salarial',
  'plafonnement des salaires',
];

export const POLICY_OBJECTS_FR = [
  'politique', 'politiques', 'réforme', 'réformes', 'budget', 'loi', 'projet de loi', 'règlement', 'règlements',
  'réglementation', 'réglementations',
  'compressions', 'coupures', 'coupes', 'mesure', 'mesures', 'directive', 'mandat',
];

/** Déterminants qui suffisent pour les objets « évidents » (« la réforme », « cette politique »). */
export const POLICY_DETERMINERS_FR = ['la nouvelle', 'le nouveau', 'cette', 'ce', 'ces', 'la', 'le', 'les', 'cette nouvelle', 'ce nouveau'];

/** Objets ambigus sans déterminant fort (« la politique » = la vie politique) : qualificatif exigé. */
export const AMBIGUOUS_WITH_ARTICLE_FR = ['politique', 'politiques', 'loi', 'règlement', 'règlements', 'mesure', 'mesures', 'directive', 'mandat'];

export const QUALIFIED_OBJECTS_FR = [
  'plan', 'programme', 'programmes', 'décision', 'décisions', 'annonce', 'stratégie', 'changements', 'gestion',
  'investissement', 'entente', 'approche', 'réponse', 'priorités', 'taxe', 'taxes', 'dépenses', 'projet',
  'politique', 'politiques', 'loi', 'règlement', 'mesure', 'mesures', 'directive', 'mandat', 'budget', 'réforme',
];

export const GOVERNMENT_QUALIFIERS_FR = [
  'gouvernement', 'gouvernemental', 'gouvernementale', 'provincial', 'provinciale', 'fédéral', 'fédérale', 'ontarien',
  'ontarienne', "de l'Ontario", 'province', 'ministère', 'ministre', 'premier ministre', 'première ministre',
  "Queen's Park", 'FPO', 'Ford', 'Conseil du Trésor', 'projet de loi', 'loi',
];

export const NON_GOVERNMENT_OWNERS_FR = [
  'retour', 'remboursement', 'confidentialité', 'assurance', "d'annulation", 'magasin', 'restaurant', 'compagnie',
  'entreprise', 'banque', 'gym', 'propriétaire', 'hôtel', 'école', 'ligue', 'équipe', 'club', 'mon', 'ma', 'mes',
  'notre', 'nos', 'votre', 'vos', 'familial', 'familiale', 'personnel', 'voyage', 'mariage', 'épicerie', 'projet',
  'marketing', 'ville', 'municipal', 'municipale', 'conseil municipal', 'syndicat', 'hôpital', 'université', 'église',
  'condo', 'garderie', 'Netflix', 'Amazon', 'Costco', 'LNH',
];

/** Propriétaires qui suivent le nom en français (« le budget familial », « la politique de retour du magasin »). */
export const NON_GOVERNMENT_OWNERS_AFTER_FR = [
  'familial', 'familiale', 'personnel', 'personnelle', 'de retour', 'de remboursement', 'de confidentialité',
  "d'annulation", 'du magasin', 'du restaurant', 'de la compagnie', "de l'entreprise", 'de la banque', 'du gym',
  "de l'hôtel", "de l'école", 'de la ligue', "de l'équipe", 'du club', 'du mariage', 'de voyage', "d'épicerie",
  'de la ville', 'municipal', 'municipale', 'du syndicat', "de l'hôpital", "de l'université", 'du condo',
  'de la garderie', 'du propriétaire', 'de mon', 'de ma', 'de notre',
  'de la piscine', "de l'aréna", 'du camping', 'du parc à chiens', 'du hockey', 'du soccer', 'de la chorale', 'du comité social',
];

export const FOREIGN_FR = [
  'américain', 'américaine', 'États-Unis', 'Trump', 'britannique', 'français', 'française', 'France', 'chinois',
  'chinoise', 'Chine', 'russe', 'Russie', 'indien', 'indienne', 'Inde', 'mexicain', 'mexicaine', 'Mexique', 'japonais',
  'allemand', 'allemande', 'italien', 'italienne', 'israélien', 'israélienne', 'Israël', 'iranien', 'ukrainien',
  'ukrainienne', 'Ukraine', 'australien', 'Québec', 'québécois', 'québécoise', 'caquiste', 'Alberta', 'albertain',
  'Colombie-Britannique', 'Saskatchewan', 'Manitoba', 'Nouvelle-Écosse', 'Nouveau-Brunswick', 'Terre-Neuve',
  'étranger', 'étrangère', 'étudiant', 'municipal', 'municipale', 'européen', 'belge', 'suisse', 'haïtien',
];

export const TARGET_FOLLOWER_TRAPS_FR = [
  'employés', 'employé', 'employées', 'travailleurs', 'collègues', 'personnel', 'équipe', 'équipes', 'partenaires',
  'relations', 'affaires', 'édifice', 'édifices', 'immeuble', 'cafétéria', 'stationnement', 'emplois', 'emploi',
  'site', 'portail', 'application', 'formulaire', 'formulaires', 'chèque', 'chèques', 'subvention', 'subventions',
];

export const CLERGY_CONTEXT_FR = ['église', 'culte', 'paroisse', 'pasteur', 'sermon', 'mariage', 'funérailles', 'baptême', 'ministre du culte'];

export const PLACE_PREPOSITIONS_FR = ['à', 'au', 'devant', 'près de', 'visite', 'visiter', 'visité'];

export const OWN_WORK_FR = [
  'dans mon ministère', 'mon ministère', 'notre ministère', 'ma direction', 'notre direction', 'mon équipe', 'notre équipe',
  'mon unité', 'mon dossier', 'mes dossiers', 'mon programme', 'notre programme', 'mon travail', 'mon emploi', 'au travail',
  "j'ai travaillé sur", 'en tant que fonctionnaire', 'comme fonctionnaire', 'on nous a dit',
  'on nous a annoncé', "de l'intérieur", 'mon gestionnaire', 'ma gestionnaire', 'mon directeur', 'ma directrice',
  'mes collègues', 'nous devons appliquer', 'on doit appliquer', 'mon portefeuille', 'mon employeur', 'notre employeur',
  'cet employeur',
];

export const REPORTED_OPINION_FR = [
  'critiques', 'opposants', 'experts', 'éditorial', 'chronique', 'chroniqueur',
  'chroniqueuse', 'selon', 'dit', 'disent', 'affirme', 'affirment', 'estime', 'estiment', 'soutient', 'soutiennent',
  'une étude', 'un rapport', 'un sondage', 'qualifie', 'qualifient', 'dénonce', 'dénoncent', 'accuse', 'accusent',
];

/** Mots de politique qui ne disent rien seuls (« les règles du jeu ») : une politique seulement après
 * un déterminant qui désigne du nouveau (« ces nouvelles règles ») et dans une phrase sur le gouvernement. */
export const SOFT_POLICY_OBJECTS_FR = [
  'règles', 'changements', 'coupes', 'compressions', 'compressions budgétaires', 'lignes directrices', 'cadre', 'mode de financement', 'frais', 'nouveaux frais', 'stratégie', 'processus', 'formule', 'formule de financement',
  'modèle de financement', 'exigences', 'cible', 'cibles', 'normes', 'régime', 'système', 'modèle', 'curriculum',
  'programme-cadre', 'plan', 'programme', 'approche', 'critères', "critères d'admissibilité", 'déploiement', 'initiative',
  'projet pilote', 'refonte', 'restructuration', 'réorganisation', 'réorg', 'transformation', 'modernisation',
  'centralisation', 'fusion', 'outil', 'portail', 'tableau de bord', 'fiche de rendement', 'indicateurs de rendement',
  // Les plafonds fixés par une règle et leur assouplissement (« le nouvel assouplissement provincial »).
  'plafond', 'plafonds', 'seuils', 'limites', 'assouplissement', 'resserrement', 'allègement',
  // Une mesure nommée par ce qu'elle est (« la nouvelle règle d'accueil », « le gel des embauches »).
  'règle', 'exigence', 'directive', 'mandat', 'décision', 'annonce', 'gel', 'gel des embauches', 'partage des coûts', 'coupe',
];

export const SOFT_DETERMINERS_FR = [
  'les nouvelles', 'les nouveaux', 'la nouvelle', 'le nouveau', 'le nouvel', 'ce nouvel', 'leur nouvel', 'ces nouvelles', 'ces nouveaux', 'cette nouvelle',
  'ce nouveau', 'ces', 'cette', 'leur nouvelle', 'leur nouveau', 'leurs nouvelles', 'leurs nouveaux', 'la soi disant',
  'le soi disant', 'cette belle', 'ce beau', 'toute cette', 'tout ce',
  // « ce système est brisé », là où la phrase nomme le programme ou le travail de l'auteur.
  'ce',
];

/** Ceux dont les décisions ne sont pas des politiques : sport, entreprise, école, famille (« la décision de l'arbitre »). */
export const PRIVATE_DECIDERS_FR = [
  'arbitre', 'arbitres', 'entraîneur', 'entraineur', 'coach', 'Canadiens', 'le CH', 'ligue', 'compagnie', 'entreprise',
  'mon patron', 'ma patronne', 'propriétaire', 'école', 'direction de l\'école', 'prof', 'ma mère', 'mon père', 'ma sœur',
  'ma soeur', 'mon frère', 'ma blonde', 'mon chum', 'mon mari', 'ma femme', 'les enfants', 'mon fils', 'ma fille',
  'famille', 'restaurant', 'resto', 'magasin', 'club', 'syndicat de copropriété',
  // Les cadres privés : le gym, le condo, le match, le spectacle.
  'gym', 'condo', 'hockey', 'soccer', 'spectacle', 'concert', 'gala', 'mariage', 'tournoi', 'partie', 'séries', 'recette',
];

/**
 * Domaines publics qui font d'un objet « mou » celui du gouvernement quand ils le complètent
 * (« le régime de permis », « le programme de subventions », « le système d'aide sociale ») : après
 * « de », « des », « du » ou « d' ». Seule la critique compte avec eux (voir la liste anglaise).
 */
export const DOMAIN_MODIFIERS_FR = [
  'permis', 'licence', 'licences', 'scolarité', 'prestations', 'aide sociale', 'invalidité', 'POSPH', 'RAFEO',
  'assurance-santé', 'transport en commun', 'logement', 'logement social', 'zonage', 'inspection', 'inspections',
  'santé', 'soins', 'éducation', 'garde', "garde d'enfants", 'garderies', 'subvention', 'subventions', 'financement',
  'approvisionnement', 'embauche', 'dotation', 'immigration', 'impôt', 'impôts', 'taxe', 'taxes', 'admissibilité',
  'vaccination', 'retraite', 'équité salariale', 'salaire minimum', 'émissions', 'conservation', 'autoroutes',
  'infrastructures', 'foresterie', 'mines', 'agriculture', 'services en français', 'fonction publique', 'bien-être social',
  "l'aide sociale", "l'éducation", "l'embauche", "l'immigration", "l'impôt", "l'admissibilité", "l'approvisionnement",
];
