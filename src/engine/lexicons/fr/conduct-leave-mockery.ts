// Se moquer du congé de maladie d'une collègue : « encore en congé de maladie… burn-out mon œil 🙄 ».
// La santé d'une collègue lui appartient; la tourner en dérision en public manque au respect que
// demande la politique contre le harcèlement. Chaque liste seule est banale.

export const COLLEAGUES_FR = [
  'collègue', 'collègues', 'coéquipier', 'coéquipière', 'mon gestionnaire', 'ma gestionnaire', 'mon boss', 'ma boss',
  'mon patron', 'ma patronne', 'ma superviseure', 'mon superviseur', 'le nouveau', 'la nouvelle', 'voisin de bureau',
  'voisine de bureau', "quelqu'un de mon équipe",
];

export const LEAVE_FR = [
  'congé de maladie', 'congés de maladie', 'congé de stress', 'congé maladie', 'arrêt de travail', 'arrêt maladie',
  'en maladie', 'invalidité', 'burn-out', 'burnout', 'épuisement professionnel', 'désintox', 'cure de désintox',
  'journée de maladie', 'journées de maladie', 'malade', 'congé',
];

export const LEAVE_SNEERS_FR = [
  'mon œil', 'mon oeil', 'mets-en', 'ben oui', 'ben oui toi', 'comme par hasard', 'tout le monde sait', 'on sait tous',
  'soi-disant', 'prétendument', 'fait semblant', 'faire semblant', 'vacances payées', 'belle vie', 'la belle vie',
  "c'est ben beau", 'faut le faire', 'pauvre petite', 'pauvre petit', "c'est pratique",
];
