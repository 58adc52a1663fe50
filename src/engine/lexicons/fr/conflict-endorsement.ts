// Recommander une entreprise ou un produit : venant d'un fonctionnaire, cela peut donner
// l'apparence d'un traitement de faveur (Règl. de l'Ont. 381/07, art. 6) ou d'un usage de sa
// fonction (art. 3).

export const RECOMMEND_VERBS_FR = [
  'je recommande', 'je vous recommande', 'je recommande fortement', 'je recommande vivement', 'je recommande chaudement',
  'je vous recommande fortement', 'je vous recommande chaudement', 'je recommanderais', 'je conseille',
  'je vous conseille', 'nous recommandons', 'nous vous recommandons', 'je vous suggere', 'je me porte garant de',
  "je ne peux que recommander", 'recommande fortement', 'recommande chaudement', 'a recommander',
];

export const HIRE_VERBS_FR = [
  'engagez', 'embauchez', 'faites affaire avec', 'faites appel a', 'optez pour', 'choisissez', 'allez avec',
  'utilisez', "j'utilise toujours", 'je fais toujours affaire avec', 'nous faisons affaire avec', 'je fais affaire avec',
];

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
  '211', '811', '911', 'statistique canada', 'sante publique', 'hopital', 'conseil scolaire', 'universite',
  'college', 'gratuit', 'gratuite', 'gratuits', 'gratuites', 'donnees ouvertes', 'croix-rouge', 'centraide',
  'banque alimentaire', 'canada', 'couronne', 'verificatrice generale', 'verificateur general', 'ombudsman',
  'commissaire', 'rapport', 'guide', 'loi', 'reglement', 'strategie', 'assemblee legislative', 'parlement',
];

export const NOT_BRANDS_FR = [
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
