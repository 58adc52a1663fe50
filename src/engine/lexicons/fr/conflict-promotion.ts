// Signaux qu'une publication vend ou fait de la publicité : l'intérêt commercial de l'auteur ou
// d'un tiers (Règl. de l'Ont. 381/07, art. 3 et 8; principe directeur de la FPO).

/** Codes promotionnels et liens d'affiliation : commerciaux à eux seuls. */
export const PROMO_CODES_FR = [
  'code promo', 'code promotionnel', 'code de reduction', 'code reduction', 'code rabais', 'code de rabais',
  'code de parrainage', 'lien de parrainage', "lien d'affiliation", "lien d'affilie", 'lien affilie', 'code coupon',
];

/** Mots-clics de contenu commandité. */
export const SPONSOR_TAGS_FR = [
  '#pub', '#publicite', '#commandite', '#commandites', '#sponsorise', '#partenariat',
  '#partenariatpaye', '#partenariatremunere', '#collaborationcommerciale', '#ambassadrice', '#ambassadeur',
  'partenariat remunere', 'partenariat paye', 'contenu commandite', 'publication commanditee',
];

/** L'entreprise de l'auteur. */
export const OWN_BUSINESS_FR = [
  'mon entreprise', 'ma petite entreprise', 'ma propre entreprise', 'mon entreprise familiale', 'notre entreprise familiale',
  'ma compagnie', 'mon commerce', 'ma boutique', 'ma boutique en ligne', 'ma petite boutique', 'mon magasin',
  'ma boulangerie', 'ma patisserie', 'mon atelier', 'mon studio', 'ma marque', 'mon cabinet', 'ma clinique',
  'ma business', 'ma micro-entreprise', 'ma microentreprise', 'mon entreprise parallele', 'mon side hustle',
  'mon petit commerce', 'mon etsy', 'ma boutique etsy', 'mon shopify', 'ma boutique shopify', 'ma start-up',
  'ma startup', 'ma jeune pousse',
];

export const OWN_BUSINESS_STRONG_FR = [
  'ma boutique en ligne', 'mon entreprise parallele', 'mon side hustle', 'mon etsy', 'ma boutique etsy', 'mon shopify',
  'ma boutique shopify',
];

/** Mots de vente qui font d'une mention de son entreprise une promotion. */
export const SELLING_CUES_FR = [
  'commander', 'commandez', 'commande', 'commandes', 'precommande', 'acheter', 'achetez', 'achat', 'en vente',
  'vente', 'soldes', 'prix', 'rabais', 'reduction', 'reservez', 'reserver', 'reservation', 'rendez-vous',
  'ecrivez-moi', 'ecris-moi', 'contactez-moi', 'texte-moi', 'textez-moi', 'en mp', 'en prive', 'lien dans la bio',
  'lien dans ma bio', 'visitez', 'allez voir', 'site web', 'ouverture', 'grande ouverture', 'lancement', 'lance',
  'disponible', 'disponibles', 'produits', 'services', 'clients', 'clientele', 'encouragez', 'soutenez', 'encourager',
  'fait main', 'fait a la main', 'livraison', 'expedition', 'soumission', 'tarifs', 'concours', 'promo', 'aubaine',
  'aubaines', 'code', 'suivez', 'magasinez', 'nouveaux clients', "prix d'ami", 'bon prix', 'tarif', 'tarifs',
  'places disponibles', 'prenez rendez-vous', "de l'heure", 'la seance', 'par seance', 'soumission gratuite',
  'contrats', 'contrat', 'faites-moi signe', 'abordable', 'privee', 'privees', 'prives', 'payant', 'payante', 'payantes',
  'tarif special', 'tarif reduit', 'prix special', 'tarifs sur demande', 'inscription', 'inscrivez-vous', 'billets', 'catalogue',
  'faites-lui confiance', 'faites-leur confiance', 'appelez-le', 'appelez-la', 'allez la voir', 'allez le voir',
  'encouragez-la', 'encouragez-le', 'encouragez-les',
];

/** Noms d'une entreprise de l'auteur (« mon entreprise de rénovation », « mon service de tenue de livres »). */
export const BUSINESS_NOUNS_FR = [
  'entreprise', 'compagnie', 'commerce', 'boutique', 'service', 'services', 'cabinet', 'pratique', 'studio', 'atelier',
  'agence', 'clinique', 'marque', 'business', 'traiteur', 'boulangerie', 'patisserie', 'salon', 'cafe', 'start-up',
  'startup', 'microentreprise', 'micro-entreprise', 'side hustle',
];

export const RELATIVES_FR = [
  'chum', 'blonde', 'conjoint', 'conjointe', 'mari', 'femme', 'soeur', 'sœur', 'belle-sœur', 'frere', 'ami', 'amie', 'cousin', 'cousine',
  'voisin', 'voisine', 'beau-frere', 'belle-soeur', 'fils', 'fille', 'pere', 'mere', 'oncle', 'tante', 'copain',
  'copine', 'neveu', 'niece', 'chum de fille', 'meilleure amie', 'meilleur ami', 'coloc',
];

/** « J'offre maintenant des consultations » : offrir un service payant. */
export const OFFER_VERBS_FR = [
  "j'offre", "j'offre maintenant", 'je propose', 'je propose maintenant', 'je donne', 'je donne maintenant', 'je fais',
  'je fais maintenant', 'je lance', "j'ai lance", 'je demarre', "j'anime", "j'anime maintenant", 'je suis disponible pour',
];
export const OFFERED_SERVICES_FR = [
  'service', 'services', 'consultation', 'consultations', 'seance', 'seances', 'revision', 'revisions', 'coaching',
  'cours', 'atelier', 'ateliers', 'accompagnement', 'conseils', 'aide', 'soutien', 'tutorat', 'formation', 'formations',
  'traduction', 'traductions', 'revision', 'comptabilite', 'impots', 'declarations de revenus', "rapports d'impot",
  'renovation', 'renovations', 'deneigement', 'menage', 'traiteur', 'webinaire', 'webinaires', 'serie de webinaires',
  'coaching', 'photographie', 'redaction',
];

export const STARTED_VERBS_FR = [
  "j'ai lance", "j'ai ouvert", "j'ai fonde", "j'ai demarre", "j'ai parti", "j'ai cree", 'je viens de lancer',
  "je viens d'ouvrir", 'je viens de demarrer', 'je viens de partir', 'je lance', "j'ouvre", 'je gere', "j'exploite",
];

export const WORK_RESOURCES_FR = [
  'imprimante du bureau', 'ordinateur du travail', 'ordi du travail', 'courriel du travail', 'cellulaire du travail',
  'pendant les heures de travail', 'sur les heures de travail', 'au bureau', 'de mon bureau', 'dans la salle de pause',
  'a la cafeteria du bureau', 'courriel du ministere',
];

export const SELL_VERBS_FR = ['je vends', 'je vends maintenant', 'je revends', 'vente de'];

/** Envoyer le lecteur chez quelqu'un en son nom : une recommandation commerciale. */
/** Envoyer quelqu'un chez un commerce en son nom : un coup de pouce privé, sauf si l'emploi est nommé. */
export const NAME_DROPS_FR = [
  'dites-lui que vous venez de ma part', 'dites-leur que vous venez de ma part', 'dites que vous venez de ma part',
  'dites que vous venez de la part', 'dites-lui que vous venez de la part', 'dites-leur que vous venez de la part',
  "dites-lui que c'est moi qui vous envoie", "dites-leur que c'est moi qui vous envoie", 'mentionnez mon nom',
];

/** Ce qui rattache le coup de pouce à l'emploi : des collègues interpellés, un service public dont le commerce profite. */
export const JOB_TIES_FR = ['collegues', 'chers collegues', 'examen de conduite', 'examens de conduite', 'test routier', 'inspecteurs', 'nos clients', 'mes clients'];

export const REFERRALS_FR = [
  ...NAME_DROPS_FR, 'venez de la part du ministere', 'petite pub pour', 'petit plug pour', 'petite plogue pour', 'un peu de pub pour',
];

export const ORDER_CALLS_FR = [
  'engagez-moi pour', 'embauchez-moi pour', 'ambassadrice de la marque', 'ambassadeur de la marque', 'ambassadrice pour',
  'ambassadeur pour', 'fiere partenaire de', 'fier partenaire de', 'partenariat remunere avec', 'prix fixe',
  'ecrivez-moi pour les tarifs', 'ecris-moi pour les tarifs', 'contactez-moi pour les tarifs', 'en prive pour les tarifs',
  'je livre au bureau', 'livraison au bureau',
  'ecrivez-moi pour reserver', 'allez-y de notre part', 'dites-leur que vous venez de notre part', 'ecrivez-moi pour commander', 'ecris-moi pour commander', 'contactez-moi pour commander', 'textez-moi pour commander',
  'en mp pour commander', 'mp pour commander', 'message prive pour commander', 'ecrivez-moi pour les prix',
  'contactez-moi pour les prix', 'ecrivez-moi pour une soumission', 'contactez-moi pour une soumission',
  'je prends les commandes', 'je prends des commandes', "j'accepte les commandes", 'commandez aupres de moi',
  'achetez aupres de moi',
];

export const GENERIC_ORDER_CALLS_FR = ['commandez maintenant', 'commandez des maintenant', 'achetez maintenant', 'magasinez maintenant'];

export const GOVERNMENT_CONTEXT_FR = [
  'ontario.ca', 'canada.ca', 'gouv', 'serviceontario', 'parcs ontario', 'ministere', 'gouvernement', 'province',
  'sante publique', 'gratuit', 'gratuite', 'gratuits', 'gratuites',
];
