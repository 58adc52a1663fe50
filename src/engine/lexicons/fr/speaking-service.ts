// La voix d'un service à la clientèle, en français : reconnaître une panne ou le dossier d'une
// personne au « nous » (« nous sommes au courant de la panne du portail », « on vous revient pour
// votre permis »). Seul un compte officiel répond au public au nom d'un ministère.

export const SERVICE_ACKS_FR = [
  'nous sommes au courant', 'on est au courant', 'nous y travaillons', 'on y travaille', 'nous examinons', 'on examine',
  'on regarde ca', 'nous regardons ca', 'on regarde la situation', 'nous enquetons', 'on vous revient', 'nous vous reviendrons',
  'on vous tient au courant', 'nous vous tiendrons au courant', 'nous avons transmis', "j'ai transmis", 'nous avons fait suivre',
  "quelqu'un vous appellera", "quelqu'un communiquera avec vous", 'nous communiquerons avec vous', 'on va vous appeler',
  "on s'en occupe", 'nous nous en occupons', 'nous travaillons a corriger', 'on travaille a corriger',
  'nous travaillons a regler', 'on travaille a regler', 'toutes nos excuses pour', 'nous nous excusons',
  'desole pour les inconvenients', 'desolee pour les inconvenients', 'desoles pour les inconvenients', 'merci de votre patience pendant',
];

export const SERVICE_THINGS_FR = [
  'portail', 'panne', 'site', 'site web', 'en ligne', 'systeme', 'renouvellement', 'renouvellements', 'reservation',
  'reservations', 'rendez-vous', 'demande', 'demandes', 'votre dossier', 'dossier', 'reclamation', 'permis', 'licence',
  'carte sante', 'carte', 'paiement', 'paiements', 'remboursement', 'remboursements', 'comptoir', 'guichet',
  "centre d'appels", 'lignes telephoniques', "delais d'attente", 'arriere', 'formulaire', 'formulaires', 'votre compte',
  'service', 'services', 'retards', 'traitement',
];

export const PRIVATE_SERVICES_FR = [
  'boutique', 'magasin', 'blogue', 'balado', 'infolettre', 'chaine', 'serveur', 'jeu', 'groupe de musique', 'boulangerie',
  'restaurant', 'cafe', 'club', 'ligue', 'eglise', 'mon appli', 'notre appli', 'abonnes', 'commandes', 'commande',
];

export const CASE_INVITES_FR = ['ecrivez-moi', 'envoyez-moi', 'ecris-moi', 'envoie-moi', 'textez-moi', 'texte-moi', 'ecrivez-nous', 'envoyez-nous'];
export const READER_CASES_FR = [
  'votre dossier', 'votre numero de dossier', 'votre demande', 'votre numero de demande', 'votre reclamation',
  'votre renouvellement', 'votre permis', 'votre remboursement', 'votre paiement', 'votre appel', 'votre carte',
  'votre cheque', 'votre numero de reference', 'votre numero de confirmation', 'ton dossier', 'ta demande',
];
export const CASE_STATUS_FR = [
  'est en traitement', 'est en cours de traitement', 'a ete approuve', 'a ete approuvee', 'est approuve', 'est approuvee',
  'a ete recu', 'a ete recue', 'est en route', 'a ete envoye', 'a ete envoyee', 'a ete transmis', 'a ete transmise',
  "est a l'etude", 'devrait arriver', 'va arriver', 'arrivera',
];

export const SPOKESPERSON_LINES_FR = [
  'nous ne commentons pas les dossiers individuels', 'on ne commente pas les dossiers individuels',
  'nous ne pouvons pas commenter les dossiers', "le ministere n'a pas l'intention de", "le ministere n'envisage pas",
  'le ministere ne reviendra pas', 'le ministere maintient', "le gouvernement n'a pas l'intention de", 'le gouvernement maintient',
  "il n'est pas question de revenir", 'aucun plan pour revenir',
];
export const REPORTING_FR = ['a dit', 'affirme', 'selon', 'a annonce', 'a declare', 'declaration', 'communique', 'rapporte'];
