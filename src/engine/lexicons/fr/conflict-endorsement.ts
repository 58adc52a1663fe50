// Recommander une entreprise ou un produit : venant d'un fonctionnaire, cela peut donner
// l'apparence d'un traitement de faveur (Règl. de l'Ont. 381/07, art. 6) ou d'un usage de sa
// fonction (art. 3).

export const RECOMMEND_VERBS_FR = [
  'je recommande', 'je vous recommande', 'je recommande fortement', 'je recommande vivement', 'je recommande chaudement',
  'je vous recommande fortement', 'je vous recommande chaudement', 'je recommanderais', 'je conseille',
  'je vous conseille', 'nous recommandons', 'nous vous recommandons', 'je vous suggere', 'je me porte garant de',
  "je ne peux que recommander", 'recommande fortement', 'recommande chaudement', 'a recommander', 'on vous recommande',
  'on recommande', 'on vous conseille', 'nous vous conseillons', 'je ne jure que par', 'on ne jure que par',
  'je vous suggere fortement', 'mon choix numero un', 'rien ne bat',
];

export const HIRE_VERBS_FR = [
  'engagez', 'embauchez', 'faites affaire avec', 'faites appel a', 'optez pour', 'choisissez', 'allez avec',
  'utilisez', "j'utilise toujours", 'je fais toujours affaire avec', 'nous faisons affaire avec', 'je fais affaire avec',
  'allez voir', 'allez chez', 'passez chez', 'prenez', 'essayez', 'appelez', 'contactez', 'adressez-vous a',
  'achetez chez', 'achetez', 'magasinez chez', 'faites confiance a', 'allez-y chez', 'choisissez', 'tournez-vous vers',
  'appelez chez', 'commandez chez', 'allez a', 'passez a', 'arretez chez', 'arretez-vous chez', 'visitez', 'faites un tour chez',
  'je vous dirigerais vers', 'je vous envoie chez', 'je vous refere a',
];

/** Éloges qui suivent le nom visé (« Plans Boréal sont les seuls en qui j'ai confiance »). */
export const PRAISE_AFTER_NAME_FR = [
  "est le seul en qui j'ai confiance", "sont les seuls en qui j'ai confiance", "est la seule en qui j'ai confiance",
  'vaut chaque sou', 'valent chaque sou', 'vaut chaque cent', 'valent chaque cent', 'est le meilleur', 'est la meilleure',
  'sont les meilleurs', 'sont les meilleures', 'est imbattable', 'sont imbattables', "n'a pas d'egal", "n'ont pas d'egal",
  'personne ne leur arrive a la cheville', 'personne ne lui arrive a la cheville', 'fait le meilleur travail',
  'font le meilleur travail', 'connaissent leur affaire', 'connait son affaire', 'est de loin le meilleur',
  'sont de loin les meilleurs', 'ne decoit jamais', 'ne decoivent jamais', 'savent comment ca marche',
  'sait comment ca marche', 'vous ne le regretterez pas', 'vous ne les regretterez pas', 'a la plus propre',
  'a la meilleure', 'ont la meilleure', 'ont les meilleurs', 'a les meilleurs',
];

export const PRAISE_OF_THINGS_FR = [
  'vaut chaque sou', 'valent chaque sou', 'vaut chaque cent', 'valent chaque cent', 'fait le meilleur travail',
  'font le meilleur travail', 'a la plus propre', 'a la meilleure', 'ont la meilleure', 'ont les meilleurs',
  'a les meilleurs', 'est imbattable', 'sont imbattables',
];

export const NOT_ENDORSEMENT_AFTER_FR = ['gestion', 'pratiques', 'relations', 'selection', 'evaluation', 'processus'];

export const BEST_SUPPLIER_FR = [
  'meilleur fournisseur', 'meilleurs fournisseurs', 'meilleure firme', 'meilleur consultant', 'meilleurs consultants',
  'meilleure entreprise', 'meilleure compagnie', 'meilleur prestataire',
  'meilleur cabinet', 'fournisseur prefere', 'fournisseur de confiance',
];

export const SUPPLIER_CONTEXT_FR = [
  'fournisseur', 'fournisseurs', 'consultant', 'consultants', 'firme', 'firmes', 'cabinet-conseil', 'cabinet conseil',
  'entrepreneur', 'entrepreneurs', 'prestataire', 'agence', 'audit', 'verification', 'conformite', 'permis',
  'demande', 'demandes', 'subvention', 'subventions', 'financement', 'approvisionnement', "appel d'offres",
  'soumission', 'soumissions', 'certification', 'inspection', 'inspections', 'licence', 'approbation', 'evaluation',
  'compagnie', 'compagnies', 'entreprise', 'entreprises', 'inc', 'ltee', 'marque', 'produit', 'produits', 'solutions',
  'services', 'logiciel',
];

export const PUBLIC_RESOURCES_FR = [
  'ontario', 'ontariens', 'ontariennes', 'ontario.ca', 'canada.ca', 'gouv', 'gouvernement', 'ministere', 'province',
  'provincial', 'provinciale', 'federal', 'federale', 'public', 'publique', 'publics', 'publiques', 'bibliotheque',
  'bibliotheques', 'ville de', 'municipalite', 'region de', 'comte', 'serviceontario', 'sante811', 'telesante',
  '211', '811', '911', 'ligne info', "ligne d'aide", "ligne d'ecoute", 'ligne de crise', "centre d'appels", 'centre de contact', 'statistique canada', 'sante publique', 'hopital', 'conseil scolaire', 'universite',
  'college', 'gratuit', 'gratuite', 'gratuits', 'gratuites', 'donnees ouvertes', 'croix-rouge', 'centraide',
  'banque alimentaire', 'canada', 'couronne', 'verificatrice generale', 'verificateur general', 'ombudsman',
  'commissaire', 'commissariat', 'secretariat', 'tribunal', "societe d'aide a l'enfance", 'rapport', 'guide', 'loi', 'reglement', 'strategie', 'assemblee legislative', 'parlement', 'science nord',
  'metrolinx', 'lcbo', 'tfo', 'tvo', 'radio-canada', 'office de protection de la nature', 'musee', 'zoo', 'ecole', 'parc',
  'parcs', 'sentier', 'arena', 'centre communautaire',
  // Lieux patrimoniaux et d'accueil : « le site historique Uncle Tom's Cabin », « le centre d'interprétation ».
  'site historique', 'lieu historique', 'lieu historique national', "centre d'interpretation", "centre d'accueil",
];

export const NOT_BRANDS_FR = [
  // Les instances où « va » un dossier : « les taux vont au Conseil des ministres ».
  'conseil', 'comite', 'cabinet', 'caucus', 'tresor', 'parlement', 'assemblee',
  'je', 'j', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche', 'janvier', 'fevrier', 'mars',
  'avril', 'mai', 'juin', 'juillet', 'aout', 'septembre', 'octobre', 'novembre', 'decembre', 'anglais', 'francais',
  'autochtones', 'tout', 'tous', 'vous', 'nous', 'ils', 'elles', 'ce', 'cette', 'ces', 'le', 'la', 'les', 'l', 'un',
  'une', 'mon', 'ma', 'mes', 'notre', 'votre', 'leur', 'dr', 'm', 'mme', 'noel', 'paques', 'canadiens', 'a', 'pour',
  'et', 'si', 'quand',
];

export const BEST_TRADE_FR = [
  'meilleur entrepreneur', 'meilleurs entrepreneurs', 'meilleur plombier', 'meilleur electricien', 'meilleur couvreur',
  'meilleur avocat', 'meilleure avocate', 'meilleur comptable', 'meilleur courtier', 'meilleure agence',
  'meilleur installateur', 'les meilleurs dans le domaine', 'le meilleur sur le marche',
];

/** Mots de métier qui font d'un nom propre une entreprise (« Toitures Laflamme », « Plomberie Lacroix »). */
export const TRADE_WORDS_FR = [
  'solutions', 'services', 'conseil', 'conseils', 'construction', 'constructions', 'toitures', 'toiture', 'couvertures',
  'couvreur', 'couvreurs', 'plomberie', 'menuiserie', 'electricien', 'peinture', 'debosselage', 'mecanique', 'paysagiste',
  'chauffage', 'electrique', 'electricite', 'septique', 'forage', 'pavage', 'asphalte', 'paysagement', 'amenagement',
  'arpentage', 'ingenierie', 'laboratoire', 'labo', 'semences', 'moulees', 'fermes', 'ferme', 'aliments', 'equipement',
  'equipements', 'fournitures', 'technologies', 'systemes', 'logiciels', 'groupe', 'inc', 'ltee', 'compagnie', 'associes',
  'agence', 'design', 'habitations', 'immobilier', 'garage', 'reparation', 'reparations', 'nettoyage', 'traiteur', 'cafe',
  'boulangerie', 'patisserie', 'restaurant', 'resto', 'bistro', 'brasserie', 'microbrasserie', 'vignoble', 'marche',
  'magasin', 'boutique', 'studio', 'clinique', 'pharmacie', 'assurances', 'comptables', 'avocats', 'drones', 'environnement',
  'excavation', 'beton', 'fenetres', 'portes', 'planchers', 'cuisines', 'renovations', 'renovation', 'piscines', 'pneus',
  'quincaillerie', 'pepiniere', 'serres', 'verger', 'laiterie', 'boucherie', 'erabliere', 'cabane', 'casse-croute',
  'cantine', 'spa', 'salon', 'gym', 'extermination', 'securite', 'imprimerie', 'enseignes', 'auberge', 'pourvoirie',
  'chalets', 'transport', 'camionnage', 'excavations', 'entreprises', 'fromagerie', 'chocolaterie', 'torrefacteur',
  // Les métiers ruraux sur lesquels conseillent les spécialistes du ministère.
  'drainage', 'remorquage', 'soudure', 'clotures', 'isolation', 'irrigation', 'foresterie', 'scierie', 'sucrerie',
  'veterinaire', 'abattoir', 'grains', 'meunerie',
];

export const VOUCHING_FR = [
  'meilleur', 'meilleure', 'meilleurs', 'meilleures', 'le meilleur', 'les meilleurs', 'la meilleure', 'plus propre',
  'plus fiable', 'plus fiables', 'recommande', 'recommandons', 'recommandee', 'recommandes', 'vaut le detour',
  'vaut chaque sou', 'valent chaque sou', 'vaut la peine', 'valent la peine', 'de confiance', 'fiable', 'fiables',
  'impeccable', 'impeccables', 'les yeux fermes', 'sans hesiter', 'imbattable', 'imbattables', 'de loin', 'incontournable',
  'personne d\'autre', 'premier choix', 'numero un', 'les seuls', 'le seul', 'la seule', 'parlent d\'eux-memes',
  'ne decoit jamais', 'ne decoivent jamais', 'je me porte garant', 'sont les pros', 'sont les experts',
  // La compétence garantie en mots simples : « il sait ce qu'il fait », « elle connaît son affaire ».
  "sait ce qu'il fait", "sait ce qu'elle fait", "savent ce qu'ils font", "savent ce qu'elles font", 'connait son affaire',
  'connaissent leur affaire', 'connait ca mieux que', 'personne ne les bat', 'personne ne le bat', 'personne ne la bat',
];

export const NOT_VOUCHING_FR = [
  'felicitations', 'felicite', 'bienvenue', 'merci', 'fiers de', 'annonce', 'investissement', 'investit', 'bravo', 'chapeau',
  'prix', 'laureat', 'laureate', 'anniversaire',
];

/** Un verdict appuyé sur les essais de l'équipe (« rien d'autre qu'on a testé ne s'en approche », « notre projet pilote a prouvé… »). */
export const WORK_TESTED_FR = [
  ...["rien d'autre", 'rien', 'aucun autre', 'aucune autre', 'aucun autre produit', 'aucun autre fournisseur', 'aucune autre solution', 'aucun autre outil']
    .flatMap((a) => ["qu'on a teste", "qu'on a essaye", 'que nous avons teste', 'que nous avons essaye', "qu'on a mis a l'essai", 'que nous avons mis a l\'essai'].map((b) => `${a} ${b}`)),
  ...['notre projet pilote', 'notre projet-pilote', 'le projet pilote', 'nos essais', 'notre evaluation', 'nos tests', 'notre analyse comparative']
    .flatMap((a) => ['a prouve', 'a montre', 'a demontre', 'a confirme', 'ont prouve', 'ont montre', 'ont demontre', 'ont confirme'].map((b) => `${a} ${b}`)),
  "de tout ce qu'on a teste", "de tous ceux qu'on a testes", 'apres les avoir tous testes', 'on les a tous testes',
];
