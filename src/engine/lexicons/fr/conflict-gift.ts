// Cadeaux et avantages : un fonctionnaire ne peut en accepter de quiconque fait ou veut faire
// affaire avec le gouvernement, au-delà d'une simple marque de courtoisie (Règl. de l'Ont. 381/07,
// art. 4; le « cadeau » comprend tout avantage).

export const THANKS_FR = [
  'merci', 'un gros merci', 'un grand merci', 'mille mercis', 'merci beaucoup', 'reconnaissant envers',
  'reconnaissante envers', 'chapeau a',
];

export const GIVING_VERBS_FR = [
  'nous a offert', "m'a offert", 'nous ont offert', "m'ont offert", 'nous a invites a', "m'a invite a", "m'a invitee a",
  'nous a invites au', "m'a invite au", "m'a invitee au", 'nous a gates avec', "m'a gate avec", "m'a gatee avec",
  'nous a paye', "m'a paye", 'nous ont paye', "m'ont paye", 'nous a envoye', "m'a envoye", 'nous a donne', "m'a donne",
  'nous a regale', 'nous a regales', "m'a regale", 'nous ont invites a', 'nous ont invites au', "m'ont invite a",
  "m'ont invitee a", "m'ont invite au", "m'ont invitee au", 'nous ont gates', "m'ont gate", "m'ont gatee", 'nous ont envoye',
  "m'ont envoye", 'nous ont donne', "m'ont donne", 'nous a paye le', "m'a paye le", 'nous paie', 'me paie',
  'nous a emmenes', "m'a emmene", "m'a emmenee", 'nous ont emmenes', 'a invite toute', 'a paye a toute',
  'ont invite toute', 'ont paye a toute', 'a depose', 'ont depose', 'nous a apporte', "m'a apporte", 'nous ont apporte',
  "m'ont apporte", 'est passe porter', 'sont passes porter', 'nous a laisse', 'nous a fait livrer', "m'a fait livrer",
  'nous a gate', 'nous a surpris avec',
];

export const RECIPIENT_GROUPS_FR = [
  "toute l'equipe", "l'equipe", 'notre equipe', 'mon equipe', 'tout le bureau', 'le bureau', 'notre bureau',
  'la direction', 'notre direction', 'les inspecteurs', 'nos inspecteurs', 'le personnel', 'ma famille', 'ma blonde et moi',
  'mon chum et moi', 'toute la gang', 'la gang',
];

export const RECEIVING_VERBS_FR = ["j'ai recu", 'nous avons recu', 'on a recu', "j'ai eu", 'on a eu', 'nous avons eu', 'recu', 'recus'];

export const FREE_WORDS_FR = ['gratuit', 'gratuits', 'gratuite', 'gratuites', 'gracieusement offert', 'gracieusement offerts', 'offert', 'offerts', 'offerte', 'offertes'];

export const GIVER_MARKERS_FR = [
  'offert par', 'offerts par', 'offerte par', 'offertes par', 'gracieusete', 'une gracieusete', 'courtoisie', 'grace a',
  'gracieusete de',
  'de la part', 'cadeau de', 'aux frais', 'paye par', 'payes par', 'payee par', 'payees par', 'commandite par',
  // Le donateur après un simple « de », comme "from" : « une bouteille de vin de l'entrepreneur », « des billets du
  // fournisseur ». La règle demande en plus « reçu » ou « gratuit » devant, et c'est le donateur nommé après qui décide.
  "de l'", 'du', 'des', 'de notre', 'de nos', 'de la', 'de leur', "d'un", "d'une",
];

export const GIFT_ALONE_FR = [
  '#cadeau', '#offert', 'aux frais de la princesse', 'sur le bras du fournisseur', 'sur le bras des fournisseurs',
  'sur le bras du consultant', "sur le bras de l'entrepreneur", 'sur leur bras', 'aux frais du fournisseur',
  'aux frais du consultant', "aux frais de l'entrepreneur", 'souper des fournisseurs', 'appreciation des fournisseurs',
  'paye par le fournisseur', 'paye par le consultant', "paye par l'entrepreneur", 'offert par le fournisseur',
];

export const BENEFITS_FR = [
  'billets', 'billet', 'places', 'loge', 'souper', 'diner', 'dejeuner', 'lunch', 'brunch', 'repas', 'consommations',
  'verres', 'bouteille', 'bouteilles', 'bouteille de vin', 'vin', 'champagne', 'carte-cadeau', 'cartes-cadeaux',
  'carte cadeau', 'cartes cadeaux', 'certificat-cadeau', 'panier-cadeau', 'panier cadeau', 'paniers-cadeaux',
  'articles promotionnels', 'cadeau', 'cadeaux', 'voyage', 'escapade', 'fin de semaine', 'journee au spa', 'spa',
  'partie de golf', 'golf', 'laissez-passer', 'passes vip', "bon d'achat", "bons d'achat", 'abonnement de saison',
  'menu degustation', 'sortie', 'sejour', 'vol', 'vols', 'scotch', 'whisky', 'cognac', 'bouteille de scotch',
  'billets de spectacle', 'loge corporative', 'chalet', 'partie de peche', 'voyage de peche', 'voyage de chasse',
  'caisse de vin', 'caisse de bieres', 'au bord de la glace', 'premiere rangee', 'fin de semaine au', 'sejour au', 'panier',
  'panier de noel', 'panier de fruits', 'match', 'partie', 'spectacle', 'concert', 'gala',
  'souper gastronomique', 'repas gastronomique', 'forfait', 'massage', 'chocolats', 'croisiere', 'billets pour',
  'week-end a', 'fin de semaine a', 'soiree vip', 'maillot', 'chandail',
];

export const NOT_BENEFIT_AFTER_FR = ['-causerie', 'causerie', '-conference', 'conference', 'de travail', 'reunion'];

export const STAKEHOLDER_GIVERS_FR = [
  'fournisseur', 'fournisseurs', 'fournisseuse', 'consultant', 'consultants', 'consultante', 'firme', 'entrepreneur',
  'entrepreneurs', 'partie prenante', 'parties prenantes', 'intervenant', 'intervenants', 'lobbyiste', 'lobbyistes',
  'client', 'clients', 'cliente', 'demandeur', 'demandeurs', 'titulaire de permis', 'soumissionnaire', 'soumissionnaires',
  'promoteur', 'promoteurs', 'nos partenaires', 'partenaire industriel', 'partenaires industriels', 'representant',
  'representante', 'prestataire', "l'entrepreneur qu'on a engage", 'exploitant', 'exploitants', 'promoteur immobilier',
  'titulaire de licence', 'beneficiaire de subvention', "qu'on a engage", "qu'on a engagee", 'que nous avons engage',
  'soumissionne', 'soumissionnent', "appel d'offres", 'votre soumission', 'leur soumission', 'notre contrat',
];

export const ORG_NAME_PARTS_FR = [
  'compagnie', 'entreprise', 'inc', 'ltee', 'groupe', 'conseil', 'services', 'solutions', 'techno', 'systemes',
  'associes', 'agence', 'cabinet', "l'equipe de", 'les gens de', 'commanditaire', 'commanditaires', 'fermes',
  'aliments', 'construction', 'ingenierie', 'amis de', 'amis chez', 'amies de', 'nos partenaires chez', 'pavage',
  'logiciels', 'logiciel', 'technologies', 'conseils', 'experts-conseils',
];

export const FAMILY_GIVERS_FR = [
  'maman', 'mere', 'papa', 'pere', 'parents', 'ma femme', 'mon mari', 'mon conjoint', 'ma conjointe', 'ma blonde',
  'mon chum', 'mon copain', 'ma copine', 'mon amoureux', 'mon amoureuse', 'mon fiance', 'ma fiancee', 'soeur', 'sœur', 'frere',
  'grand-mere', 'grand-pere', 'mamie', 'papi', 'memere', 'pepere', 'tante', 'oncle', 'cousin', 'cousine', 'enfants',
  'fils', 'fille', 'ami', 'amie', 'amis', 'amies', 'voisin', 'voisine', 'voisins', 'famille', 'belle-mere', 'beau-pere',
  'pere noel', 'petits-enfants', 'equipe', 'collegues', 'tout le monde', 'tous', 'benevoles', 'patron', 'patronne',
  'gestionnaire', 'directeur', 'directrice', 'superviseur', 'superviseure', 'sous-ministre',
];

export const PRIVATE_OCCASIONS_FR = [
  'anniversaire', 'fete', 'mariage', 'noel', 'shower', 'retraite', 'fete des meres', 'fete des peres', 'saint-valentin',
  'remise des diplomes', 'pendaison de cremaillere', 'hanoucca', 'diwali',
];

export const PRIZES_FR = ['prix de presence', 'tirage', 'tirage au sort', "j'ai gagne", 'nous avons gagne', 'gagnant', 'gagnante', 'prix'];

/** Événements publics où l'hospitalité est offerte à tous les participants : simple rappel. */
export const PUBLIC_EVENTS_FR = [
  'conference', 'congres', 'colloque', 'sommet', 'forum', 'salon professionnel', 'atelier', 'assemblee generale',
  'organisateurs', 'organisatrices', "comite organisateur", 'nos hotes', 'journee portes ouvertes', 'journee champetre',
];
