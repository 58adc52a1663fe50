// Ce que promettent les programmes des partis, dans les mots d'un message (français) : avec le poste
// de l'auteur au ministère et une prise de position partisane, le commentaire touche ses fonctions.
export const PLATFORM_SUBJECTS_FR = [
  'taille des classes', 'les classes', 'nos écoles', 'écoles', 'écoles francophones', 'écoles publiques', 'enseignants',
  'enseignantes', 'curriculum', 'programme scolaire', 'hôpitaux', 'hôpital', "temps d'attente", "listes d'attente",
  'soins de santé', 'médecins de famille', 'soins de longue durée', 'soins à domicile', 'garderies', 'services de garde',
  "programme d'autisme", 'logement', 'logements abordables', 'contrôle des loyers', 'transport en commun', 'autoroutes',
  'autoroute 413', 'ceinture de verdure', 'posph', 'ontario au travail', 'aide sociale', 'salaire minimum', 'droits de scolarité',
  'collèges', 'universités', 'drainage', 'agriculteurs', 'fermes', 'mines', 'cercle de feu', 'foresterie',
  "tarifs d'électricité", "taxe sur l'essence", 'taxe carbone', 'fonction publique', 'services en français',
];
