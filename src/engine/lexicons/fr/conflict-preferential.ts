// Offrir un coup de pouce dans le cadre de ses fonctions : aucun traitement de faveur, aucune aide
// au-delà de ce que le poste offre d'ordinaire, pas même l'apparence (Règl. de l'Ont. 381/07, art. 6).

export const SPEED_UP_FR = [
  'accelerer', 'faire accelerer', 'faire avancer', 'passer en priorite', 'traiter en priorite', 'mettre en priorite',
  'prioriser', 'debloquer', 'faire approuver', 'faire debloquer', 'faire sauter', 'faire annuler',
  'faire disparaitre',
];

export const FILES_FR = [
  'dossier', 'dossiers', 'demande', 'demandes', 'permis', 'licence', 'requete', 'candidature', 'reclamation',
  'renouvellement', 'inscription', 'approbation', 'soumission', 'rendez-vous', 'inspection', 'subvention',
  'financement', 'plainte', 'audience', 'contravention', 'contraventions', 'amende', 'amendes', 'billet', 'frais',
  'penalite', 'penalites', 'constat', "constat d'infraction",
];

export const OFFER_AGENTS_FR = [
  'je peux', 'je vais', 'je pourrais', "j'peux", "je m'occupe", 'je me charge', 'je suis capable',
  'laissez-moi', 'laisse-moi', 'ecrivez-moi', 'ecris-moi', 'contactez-moi', 'contacte-moi', 'textez-moi',
  'texte-moi', 'appelez-moi', 'appelle-moi', 'en mp', 'en prive', 'envoyez-moi', 'envoie-moi', 'je connais quelqu',
  "j'ai des contacts", "j'ai un contact", "j'ai mes entrees", 'je vais voir ce que je peux faire',
];

export const OFFER_AGENTS_WE_FR = ['nous pouvons', 'nous allons', 'on peut', 'on va', 'ecrivez-nous'];

export const QUEUE_JUMPS_FR = [
  'passer devant', 'passer devant tout le monde', 'vous faire passer devant', 'te faire passer devant', 'sauter la file',
  "sauter la file d'attente", 'couper la file', "court-circuiter la liste d'attente", "contourner la liste d'attente",
  "en tete de liste", 'en haut de la liste', 'en haut de la pile', 'sur le dessus de la pile', 'passe-droit',
  'passe-droits', 'tirer des ficelles', 'tirer quelques ficelles', 'faire jouer mes contacts', 'glisser un bon mot',
  'dire un bon mot', 'vous obtenir une place', "t'obtenir une place", 'vous obtenir un rendez-vous',
  "t'obtenir un rendez-vous", 'vous faire entrer', 'te faire entrer', 'faire annuler votre', 'faire annuler ta',
  'faire annuler ton', 'faire disparaitre votre contravention', 'faire disparaitre ta contravention',
];

/** « Je vais m'assurer que votre permis soit approuvé » : le dossier et l'issue sont tous deux nécessaires. */
export const ASSURE_FR = ["m'assurer que votre", "m'assurer que vos", "m'assurer que ta", "m'assurer que ton", "m'arranger pour que votre",
  "m'arranger pour que ta", "m'arranger pour que ton", 'garantir que votre', 'vous garantir', 'te garantir'];
export const OUTCOMES_FR = [
  'soit approuve', 'soit approuvee', 'soient approuves', 'passe', 'passent', 'soit accepte', 'soit acceptee',
  'soit accorde', 'soit accordee', 'soit traite en premier', 'soit traitee en premier', 'soit traite en priorite',
  'soit traitee en priorite', 'approbation', 'soit signe', 'soit signee', 'soit reglee', 'soit regle',
];

/** Ce qui rend légitime un « coupe-file » : le service public en ligne offert à tous. */
export const PUBLIC_CHANNELS_FR = ['en ligne', 'reservez', 'reserver', 'rendez-vous en ligne', 'ontario.ca', 'application', 'appli'];

export const NOT_QUEUE_AFTER_FR = ['en contact', 'en lien'];
