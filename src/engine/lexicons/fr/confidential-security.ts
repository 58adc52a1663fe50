// Opérations sensibles pour la sécurité (français) : contrôles à venir, codes d'accès, failles ouvertes.

export const SURPRISE_OPERATIONS_FR = [
  'descente', 'descentes', 'rafle', 'inspection surprise', 'inspections surprises', 'inspection inopinée',
  'inspections inopinées', 'visite surprise', 'visites surprises', 'visite inopinée', 'visites inopinées',
  'contrôle surprise', 'contrôles surprises', 'contrôle inopiné', 'contrôles inopinés', 'perquisition', 'perquisitions',
  'mandat de perquisition', 'opération coup de poing', 'vérification surprise', 'vérifications surprises',
  'opération d\'infiltration', 'agent double', 'sous couverture', 'audit surprise',
];

export const ENFORCEMENT_OPERATIONS_FR = [
  'opération éclair', "opération d'application", 'opération de contrôle', 'opération policière', 'opération de sécurité',
  'inspections', 'inspection', 'inspecteurs', 'inspectrices', 'saisie', 'saisies', 'barrage routier', 'contrôle routier',
  'blitz', 'répression', 'ratissage',
];

export const NOT_OPERATIONS_FR = [
  'jeu', 'jeu vidéo', 'réfrigérateur', 'frigo', 'garde-manger', 'fête surprise', 'visite surprise de',
  'inspection de la maison', 'inspection de ma voiture', 'inspection du véhicule', 'inspection préachat', 'ski',
  'descente de ski', 'en vélo', 'descente de rivière', 'canot', 'kayak',
];

export const SOCIAL_VISITS_FR = [
  'grand-mère', 'grand-père', 'mamie', 'papi', 'maman', 'papa', 'enfants', 'ma sœur', 'mon frère', 'amis', 'amies',
  'ma famille', 'mes parents', 'ma tante', 'mon oncle',
];

export const FUTURE_TIMES_FR = [
  'demain', 'ce soir', 'cette nuit', 'ce week-end', 'cette fin de semaine', 'la semaine prochaine', 'lundi prochain',
  'mardi prochain', 'mercredi prochain', 'jeudi prochain', 'vendredi prochain', 'lundi', 'mardi', 'mercredi', 'jeudi',
  'vendredi', 'samedi', 'dimanche', 'plus tard aujourd\'hui', 'cet après-midi', 'à l\'aube', 'demain matin',
  'le mois prochain', 'cette semaine', 'à 5 h', 'à 6 h', 'à 5h', 'à 6h', 'à 4 h', 'à 4h', 'on débarque',
];

export const CREDENTIAL_WORDS_FR = [
  'mot de passe', 'mdp', 'nip', "code d'accès", 'code de la porte', 'code du portail', "code d'alarme",
  "code du système d'alarme", "code de l'alarme", 'combinaison', 'code du cadenas', 'code wifi', 'mot de passe wifi',
  'mot de passe du wifi', 'mot de passe administrateur',
];

export const VULNERABILITY_TERMS_FR = [
  'vulnérabilité', 'vulnérabilités', 'faille', 'failles', 'faille de sécurité', 'brèche de sécurité', 'non corrigé',
  'non corrigée', 'pas corrigé', 'pas corrigée', 'non patché', 'pas patché', 'porte dérobée', 'port ouvert',
  'ports ouverts', 'mot de passe par défaut', 'mots de passe par défaut', 'mal configuré', 'mal configurée',
  'injection sql', 'contourner le pare-feu', "contourner l'authentification", 'sans authentification multifacteur',
  'sans double authentification', 'mots de passe en clair', 'stockés en clair', "n'importe qui peut se connecter",
  "n'importe qui peut accéder", 'plus supporté', 'plus pris en charge',
];

export const TECH_SYSTEMS_FR = [
  'système', 'systèmes', 'serveur', 'serveurs', 'réseau', 'portail', 'base de données', 'bases de données', 'application',
  'site', 'site web', 'pare-feu', 'rpv', 'logiciel', 'connexion', 'portable', 'portables', 'plateforme', 'nuage',
  'intranet', 'ti', 'wifi', 'routeur', 'routeurs', 'postes de travail', 'ordinateurs', 'messagerie', 'infonuagique',
];

export const OWNERSHIP_FR = [
  'notre', 'nos', 'du ministère', 'au ministère', 'ministère', 'gouvernement', 'du gouvernement', 'provincial', 'interne',
  'intranet', 'au bureau', 'au travail', 'on a', 'nous avons', 'chez nous', 'direction', 'organisme',
];

export const FIXED_FR = [
  'corrigé', 'corrigée', 'corrigées', 'colmaté', 'colmatée', 'réglé', 'réglée', 'résolu', 'résolue', "l'an dernier",
  'par le passé', 'prime aux bogues', 'divulgation responsable',
];
