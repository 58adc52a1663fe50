// Les mesures du gouvernement nommées par ce qu'elles font, en français : « l'abolition des frais »,
// « le gel des droits de scolarité », « couper dans les inspections », « la décision de fermer le
// bureau ». Une action sur un bien public est une politique même sans ministre nommé; un propriétaire
// privé (« la fermeture du resto du coin ») ou un sujet à la première personne en fait autre chose.

/** Actions du gouvernement, en noms ou en verbes; le bien public suit à quelques mots. */
export const POLICY_ACTIONS_FR = [
  'abandon progressif', 'fin du', 'fin de la', 'élimination progressive',
  'abolition', "l'abolition", 'abolir', 'suppression', 'supprimer', 'élimination', 'éliminer', 'gel', 'geler', 'hausse',
  'hausser', 'augmentation', 'augmenter', 'baisse', 'réduction', 'réduire', 'diminution', 'fermeture', 'fermetures',
  'fermer', 'privatisation', 'privatiser', 'fusion', 'fusionner', 'coupes', 'coupures', 'compressions', 'couper',
  'couper dans', 'coupe dans', 'coupent dans', 'sabrer', 'sabrer dans', 'annulation', 'annuler', 'abandon', 'abandonner',
  'démantèlement', 'démanteler', 'refonte', 'réforme', 'décision de', 'plan de', 'choix de', 'sous-financement',
  'définancement', 'centralisation', 'centraliser', 'sous-traitance', 'plafonnement', 'plafonner', 'report', 'reporter',
  'suspension', 'suspendre', 'nouvelles règles', 'nouvelles règles sur', 'changements aux', 'changements au',
  'élargissement', 'élargir', 'agrandissement', 'prolongement', 'vente', 'vendre',
  // Conjugués : le sujet est celui qui agit (« le gouvernement coupe encore dans les services »).
  'coupe', 'coupent', 'a coupé', 'ont coupé', 'ferme', 'ferment', 'a fermé', 'ont fermé', 'abolit', 'a aboli', 'supprime',
  'a supprimé', 'élimine', 'a éliminé', 'augmente', 'a augmenté', 'gèle', 'a gelé', 'privatise', 'a privatisé',
  'fusionne', 'a fusionné', 'sabre', 'sabrent', 'a sabré', 'annule', 'a annulé', 'réduit', 'a réduit', 'sous-finance',
  'refile', 'pellette', 'pelletent',
];

/** Services publics par nature : une phrase qui en parle parle du gouvernement. */
export const PUBLIC_SERVICES_FR = [
  'hôpital', 'hôpitaux', 'urgence', 'urgences', 'école publique', 'écoles publiques', 'conseil scolaire',
  'conseils scolaires', 'santé publique', 'soins de longue durée', 'soins à domicile', 'garderies', 'services de garde',
  'aide juridique', 'RAFEO', 'POSPH', 'Ontario au travail', 'aide sociale', "protection de l'enfance",
  'services correctionnels', 'parcs provinciaux', 'transport en commun', 'soins de santé', 'droits de scolarité',
  'services publics', 'fonction publique', 'ServiceOntario', 'services en français', 'tribunaux',
];

/** Biens publics que le gouvernement finance, facture, gère ou réglemente. */
export const PUBLIC_GOODS_FR = [
  ...PUBLIC_SERVICES_FR,
  'partage des coûts', 'entente de partage des coûts',
  'frais', 'droits de scolarité', 'péage', 'péages', 'taxe', 'taxes', 'impôt', 'impôts', 'remise', 'subvention',
  'subventions', 'financement', 'fonds', 'prestation', 'prestations', 'allocation', 'programme', 'programmes',
  'service', 'services', 'services publics', 'services en français', 'bureau', 'bureaux', 'clinique', 'cliniques',
  'hôpital', 'hôpitaux', 'urgence', 'urgences', 'école', 'écoles', 'conseil scolaire', 'conseils scolaires', 'classes',
  'enseignants', 'enseignantes', 'infirmières', 'inspecteurs', 'inspections', 'inspection', 'laboratoire',
  'laboratoires', 'bibliothèque', 'bibliothèques', 'transport en commun', 'soins de santé', 'santé publique',
  'soins de longue durée', 'soins à domicile', 'garderies', 'services de garde', 'aide juridique', 'RAFEO', 'POSPH',
  'Ontario au travail', 'aide sociale', 'vignettes', 'vignette', "vignettes d'immatriculation", 'permis',
  'salaire minimum', 'contrôle des loyers', 'ceinture de verdure', 'ServiceOntario', 'prévisions', 'offices de protection',
  'évaluation environnementale', 'évaluations environnementales', 'budget', 'budgets', 'autoroute', 'autoroutes',
  'LCBO', 'curriculum', 'programme-cadre', 'ministère', 'ministères', 'agence', 'agences', 'tribunal', 'tribunaux',
  'palais de justice', 'parcs provinciaux', 'ambulances', 'paramédics', 'logement abordable', 'logements abordables',
  'effectifs', 'refuges', 'université', 'universités', 'collège', 'collèges', 'Université de l’Ontario français',
  "Université de l'Ontario français", 'Commissariat aux services en français', 'TFO', 'pistes cyclables',
];

/** Programmes et services du gouvernement nommés comme tels. */
export const PROGRAMS_FR = [
  'POSPH', 'Programme ontarien de soutien aux personnes handicapées', 'Ontario au travail', 'RAFEO',
  "l'Assurance-santé de l'Ontario", 'Assurance-santé', 'ServiceOntario', 'Prestation ontarienne pour enfants',
  "Programme ontarien des services en matière d'autisme", "programme d'autisme", 'Ceinture de verdure',
  'la Ceinture de verdure', "l'autoroute 413", 'autoroute 413', 'Ontario Place', 'Cercle de feu', 'Metrolinx',
  'Aide juridique Ontario', 'LCBO', 'CSPAAT', 'OQRE', 'décloisonnement', 'nouveau curriculum', 'nouveau programme-cadre',
  "programme-cadre d'éducation sexuelle", 'taxe carbone', 'Tribunal des propriétaires et des locataires',
  'Tribunal ontarien de l’aménagement du territoire', "Tribunal ontarien de l'aménagement du territoire",
  'soins de longue durée', 'système de santé', 'réseau de la santé',
];
