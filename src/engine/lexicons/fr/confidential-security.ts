// Opérations sensibles pour la sécurité (français) : contrôles à venir, codes d'accès, failles ouvertes.

export const SURPRISE_OPERATIONS_FR = [
  'descente', 'descentes', 'rafle', 'inspection surprise', 'inspections surprises', 'inspection inopinée',
  'inspections inopinées', 'visite surprise', 'visites surprises', 'visite inopinée', 'visites inopinées',
  'contrôle surprise', 'contrôles surprises', 'contrôle inopiné', 'contrôles inopinés', 'perquisition', 'perquisitions',
  'débarquent', 'vont débarquer', 'va débarquer', 'débarque', 'descendent', 'vont descendre', 'mandat de perquisition', 'opération coup de poing', 'vérification surprise', 'vérifications surprises',
  'opération d\'infiltration', 'agent double', 'sous couverture', 'audit surprise',
  // Les opérations dans les mots de ceux qui les mènent : « opération conjointe au quai », « fouille générale ».
  'opération conjointe', 'fouille générale', 'fouille complète', 'fouille des cellules', 'fouilles de cellules',
  'équipe tactique', 'vont être déployés', 'va être déployée', 'sont déployés',
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

/** Barrières physiques d'un lieu de travail : elles font défaut en restant ouvertes. */
export const PHYSICAL_BARRIERS_FR = [
  'porte', 'portes', 'porte arrière', 'porte de côté', 'sortie de secours', 'quai de chargement', 'barrière', 'barrières',
  'serrure', 'serrures', 'loquet', 'pêne', 'clôture', 'salle des serveurs', 'salle des dossiers', 'voûte', 'coffre-fort',
  'porte du garage', 'portes du stationnement', 'porte du stationnement', 'portes du stationnement souterrain',
  'tourniquet', 'tourniquets', 'fenêtre',
];

export const BARRIER_WEAKNESSES_FR = [
  'ne barre pas', 'barre pas', 'ne barrent pas', 'barrent pas', 'ne ferme pas', 'ferme pas', 'ne ferment pas',
  'ferment pas', 'ne se verrouille pas', 'se verrouille pas', 'débarré', 'débarrée', 'débarrés', 'débarrées', 'déverrouillé',
  'déverrouillée', 'déverrouillés', 'déverrouillées', 'laissée ouverte', 'laissées ouvertes', 'reste ouverte',
  'restent ouvertes', 'rester ouvertes', 'rester débarrées', 'rester débarrée', 'bloquée ouverte', 'bloquées ouvertes',
  'coincée ouverte', "n'importe qui peut entrer", 'entrer sans carte', 'sans badge', 'serrure brisée', 'pas de serrure',
];

export const SECURITY_SYSTEMS_FR = [
  'lecteur de cartes', 'lecteurs de cartes', 'lecteur de carte', 'système de cartes d\'accès', 'cartes d\'accès',
  'contrôle d\'accès', 'caméra', 'caméras', 'caméras de surveillance', 'caméra de surveillance', 'système d\'alarme',
  'alarme', 'alarmes', 'détecteur de mouvement', 'détecteurs de mouvement',
];

export const SYSTEM_FAILURES_FR = [
  'brisé', 'brisée', 'brisés', 'brisées', 'en panne', 'hors service', 'hors d\'usage', 'désactivé', 'désactivée',
  'désactivés', 'désactivées', 'ne marche pas', 'marche pas', 'ne marchent pas', 'marchent pas', 'ne fonctionne pas',
  'fonctionne pas', 'ne fonctionnent pas', 'fonctionnent pas', 'fermé', 'fermée', 'fermés', 'fermées', "n'enregistre pas",
  'enregistre pas', 'pas surveillé', 'pas surveillée', 'angle mort', 'angles morts', 'fausse', 'fausses',
  "n'enregistrent pas", 'enregistrent pas', 'ne consigne pas', 'ne consignent pas', 'consigne rien', 'consignent rien',
];

export const SECURITY_INCIDENTS_FR = [
  'rançongiciel', 'logiciel de rançon', 'cyberattaque', 'cyber-attaque', 'attaque informatique', 'brèche de sécurité',
  'brèche de données', 'fuite de données', 'piratage', 'piratés', 'piraté', 'piratée', 'logiciel malveillant', 'compromis',
  'intrusion',
];

export const INCIDENT_NOT_PUBLIC_FR = [
  "comme l'avis le disait", "l'avis disait", "ce qu'ils ont dit", "ce qu'on a dit au public", 'officiellement',
  "c'était pas un problème de réseau", "n'était pas un problème de réseau", 'pas public', 'pas publique',
  'encore en train de nettoyer', 'toujours en train de', 'ils nettoient encore', 'on nettoie encore', 'personne a été informé',
  "personne n'a été informé", 'gardé secret', 'en cachette',
];

export const SECURITY_STAFF_FR = [
  'gardien', 'gardiens', 'gardienne', 'agent de sécurité', 'agents de sécurité', 'commissionnaire', 'commissionnaires',
  'poste de sécurité', 'rondes', 'patrouille',
];

export const STAFF_GAPS_FR = [
  'pas de gardien', 'aucun gardien', 'juste un gardien', 'un seul gardien', 'seulement un gardien', 'seulement deux gardiens',
  'juste deux gardiens', 'sans surveillance', 'personne au poste', 'juste', 'seulement', 'un seul', 'une seule', 'aucun',
  'pas de', 'personne',
];

export const WORKPLACE_CUES_FR = [
  'notre édifice', "l'édifice", 'notre immeuble', "l'immeuble", 'notre bureau', 'au bureau', 'nos bureaux', 'le ministère',
  'notre ministère', 'au travail', 'collègues', 'personnel', 'quart de nuit', 'mon quart', 'ceux qui travaillent',
  'celles qui travaillent', 'le centre', 'centre jeunesse', 'palais de justice', 'la prison', "l'entrepôt", 'le labo',
  'notre site', "l'établissement", 'notre établissement', 'équipe', 'mon équipe', 'notre équipe', 'au 777',
  'palais de justice', 'prison', 'centre de détention', 'édifice gouvernemental', 'cellules', 'serviceontario',
];

export const HOME_CUES_FR = [
  'ma maison', 'notre maison', 'mon appartement', 'mon appart', 'mon condo', 'ma voiture', 'mon char', 'le chalet',
  'mon garage', 'chez nous', 'chez moi', 'mon proprio', 'mon propriétaire', 'les enfants', 'mon vélo', 'le cabanon',
  'mon casier',
];

export const EXPOSURE_CUES_FR = [
  'après', 'ce soir', 'cette nuit', 'la nuit', 'toute la fin de semaine', 'cette fin de semaine', 'tout le week-end',
  'entre', "jusqu'à lundi", "jusqu'à", 'pendant la mise à jour', "pendant l'entretien", 'pendant les travaux',
  'depuis des semaines', 'depuis des jours', 'depuis', 'pratique si', 'au cas où vous oublieriez', 'si vous oubliez',
  'lol', "n'importe qui", 'personne vérifie', 'personne ne vérifie',
];
