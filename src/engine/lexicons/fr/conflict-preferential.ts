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
  // Les documents que délivre un comptoir sont aussi des dossiers : « votre carte santé se fait attendre ».
  'carte sante', "carte d'assurance-sante", 'passeport', 'permis de conduire', 'certificat', 'acte de naissance',
  'prestations', 'cheque', 'remboursement', 'remise',
];

export const OFFER_AGENTS_FR = [
  'je peux', 'je vais', 'je pourrais', "j'peux", "je m'occupe", 'je me charge', 'je suis capable',
  'laissez-moi', 'laisse-moi', 'ecrivez-moi', 'ecris-moi', 'contactez-moi', 'contacte-moi', 'textez-moi',
  'texte-moi', 'appelez-moi', 'appelle-moi', 'en mp', 'en prive', 'envoyez-moi', 'envoie-moi', 'je connais quelqu',
  "j'ai des contacts", "j'ai un contact", "j'ai mes entrees", 'je vais voir ce que je peux faire', 'passez par moi',
  'passe par moi', 'envoie-moi', 'envoyez-moi', 'je connais les', "j'ai un bon contact", "j'ai des amis au",
  'je connais du monde au', 'je connais du monde a', "je connais quelqu'un au", "je connais quelqu'un a",
];

export const OFFER_AGENTS_WE_FR = ['nous pouvons', 'nous allons', 'on peut', 'on va', 'ecrivez-nous'];

export const QUEUE_JUMPS_FR = [
  'passer devant', 'passer devant tout le monde', 'vous faire passer devant', 'te faire passer devant', 'sauter la file',
  // Monter sur la liste, le pendant de "bump you up the list" : « je peux te faire monter sur la liste d'attente ».
  'monter sur la liste', 'remonter sur la liste', 'monter dans la liste', 'remonter dans la liste', 'monter sur la liste d\'attente',
  'te faire passer en premier', 'vous faire passer en premier', 'faire remonter ton dossier', 'faire remonter votre dossier',
  "sauter la file d'attente", 'couper la file', "court-circuiter la liste d'attente", "contourner la liste d'attente",
  "en tete de liste", 'en haut de la liste', 'en haut de la pile', 'sur le dessus de la pile', 'passe-droit',
  'passe-droits', 'tirer des ficelles', 'tirer quelques ficelles', 'faire jouer mes contacts', 'glisser un bon mot',
  'dire un bon mot', 'vous obtenir une place', "t'obtenir une place", 'vous obtenir un rendez-vous',
  "t'obtenir un rendez-vous", 'vous faire entrer', 'te faire entrer', 'faire annuler votre', 'faire annuler ta',
  'faire annuler ton', 'faire disparaitre votre contravention', 'faire disparaitre ta contravention', 'passez par moi',
  'passe par moi', 'passez directement par moi', 'passe directement par moi', 'venez me voir directement',
  'viens me voir directement', 'pas besoin de faire la file', "pas besoin d'attendre", 'oubliez la file', 'oublie la file',
  "oubliez la liste d'attente", "oublie la liste d'attente", 'pas besoin de passer par', 'vous faire une place',
  'te faire une place', 'vous trouver une place', 'te trouver une place', 'glisser un mot', 'dire un mot', 'placer un mot',
  'vous avoir une place', "t'avoir une place", 'vous avoir un rendez-vous', "t'avoir un rendez-vous", 'vous avoir un rdv',
  "t'avoir un rdv", 'fermer les yeux', "passer l'eponge", 'faire sauter la contravention', 'annuler la penalite',
  'oublier la penalite', 'oublier l\'inspection', 'sauter l\'inspection', 'ne rien signaler',
  // « passer en avant » : devancer la file, en langue familière.
  'faire passer en avant', 'le faire passer en avant', 'la faire passer en avant', 'te faire passer en avant',
  'vous faire passer en avant', 'faire passer avant les autres', 'passer en avant des autres',
];

export const SEE_TO_IT_FR = [
  "m'assurer qu'il", "m'assurer qu'elle", "m'assurer que ca", "m'assurer que sa", "m'assurer que son", "m'assurer que ta",
  "m'assurer que ton", "m'assurer que votre", "m'assurer que vos", 'veiller a ce que', "m'organiser pour que",
];
export const PRIORITY_CUES_FR = [
  'en premier', 'en priorite', 'rapidement', 'vite', 'tout de suite', 'approuve', 'approuvee', 'accepte', 'acceptee',
  'passe', 'avant les autres', 'sur le bon bureau', 'des lundi', 'aujourd\'hui', 'traite',
];

export const TAKE_CARE_FR = [
  "je m'en occupe", "je vais m'en occuper", "je m'occupe du reste", "je m'occupe de tout", 'je vais arranger ca',
  "je vais m'arranger", 'je vais regler ca', "laisse-moi m'en occuper", "laissez-moi m'en occuper", 'je vais le regler',
  'je vais la regler', 'je vais faire passer ca', "je m'arrange avec", "je m'arrange pour que", "m'arranger pour que ca",
  'pour que ca aille vite', 'pour que ca passe', 'pour que ca debloque', 'je vais faire le necessaire',
  'je vais voir ce que je peux faire', 'je vais passer un coup de fil', 'je vais faire un appel', 'je vais faire des appels',
  // Le même service avec un objet vague : « je peux le faire passer plus vite », « faire bouger les choses ».
  'le faire passer plus vite', 'la faire passer plus vite', 'les faire passer plus vite', 'faire passer ca plus vite',
  'le faire passer en premier', 'la faire passer en premier', 'faire avancer les choses', 'faire bouger les choses',
  'faire bouger ca', 'debloquer ca', 'debloquer le tout', 'faire debloquer ca', 'le debloquer', 'la debloquer',
  'le faire avancer', 'la faire avancer', 'les faire avancer', 'faire avancer ca',
];

export const MOVE_VERBS_FR = ['mettre', 'placer', 'passer', 'glisser', 'remonter', 'regarder', 'traiter', 'examiner', 'checker', 'voir'];
export const TOP_PLACES_FR = [
  'sur le dessus', 'en haut de la pile', 'en haut de la liste', 'en tete', 'en premier', 'en priorite', 'avant les autres',
  'devant les autres', 'au debut de la liste', 'sur le dessus de la pile',
];

export const ACT_AHEAD_STRONG_FR = [
  "si j'etais vous", "si j'etais toi", 'a votre place', 'a ta place', 'je me depecherais', "je n'attendrais pas",
  "j'attendrais pas", 'je deposerais', 'je renouvellerais',
];
export const ACT_AHEAD_FR = [
  'deposez vos demandes avant', 'deposez votre demande avant', 'deposez vos demandes maintenant', 'faites vos demandes avant',
  'faites votre demande avant', 'envoyez vos demandes avant', 'renouvelez avant', 'renouvelez maintenant',
  'depechez-vous de', 'depeche-toi de', 'ne tardez pas', 'deposez tout avant', 'faites-le avant', 'deposez vos demandes',
  'preparez vos documents', 'preparez votre soumission', 'preparez vos soumissions', 'preparez votre demande',
  'ayez vos documents prets', 'commencez a vous preparer', 'preparez-vous maintenant',
];
export const CHANGE_AHEAD_FR = [
  'les regles vont changer', 'les regles vont se resserrer', 'on va resserrer', 'nous allons resserrer', 'on est sur le point de',
  'nous sommes sur le point de', 'avant que ca change', 'avant le changement', 'les frais vont augmenter',
  'va etre coupe', 'va etre coupee', 'vont etre coupes', 'vont etre abolis', 'va etre aboli',
];
export const SECRET_CUES_FR = [
  'pas encore public', 'pas encore publique', 'pas encore annonce', 'pas encore annoncee', 'entre nous',
  'je ne peux pas en dire plus', "j'peux pas en dire plus", 'je peux pas en dire plus', 'officieusement',
  "petit oiseau m'a dit", "vous l'avez pas entendu de moi", 'gardez ca pour vous', 'garde ca pour toi',
];

export const ASSESSORS_FR = [
  'comite', 'jury', 'evaluateurs', 'evaluatrices', 'inspecteurs', 'inspectrices', 'examinateurs', 'correcteurs',
  "comite d'evaluation", 'comite de selection', 'comite d\'embauche',
];

export const PRIVATE_CONTACT_FR = [
  'ecris-moi', 'ecrivez-moi', 'textez-moi', 'texte-moi', 'appelez-moi', 'appelle-moi', 'en prive', 'en mp', 'mp',
  'par message', 'contactez-moi', 'contacte-moi',
];

/** « Je vais m'assurer que votre permis soit approuvé » : le dossier et l'issue sont tous deux nécessaires. */
export const ASSURE_FR = ["m'assurer que votre", "m'assurer que vos", "m'assurer que ta", "m'assurer que ton", "m'arranger pour que votre",
  "m'arranger pour que ta", "m'arranger pour que ton", 'garantir que votre', 'vous garantir', 'te garantir',
  // « je m'occupe personnellement que votre permis passe vite ».
  "m'occupe que votre", "m'occupe que ton", "m'occupe que ta", "m'occupe personnellement que votre",
  "m'occupe personnellement que ton", "m'occupe personnellement que ta"];
export const OUTCOMES_FR = [
  'soit approuve', 'soit approuvee', 'soient approuves', 'passe', 'passent', 'soit accepte', 'soit acceptee',
  'soit accorde', 'soit accordee', 'soit traite en premier', 'soit traitee en premier', 'soit traite en priorite',
  'soit traitee en priorite', 'approbation', 'soit signe', 'soit signee', 'soit reglee', 'soit regle',
];

/** Ce qui rend légitime un « coupe-file » : le service public en ligne offert à tous. */
export const PUBLIC_CHANNELS_FR = ['en ligne', 'reservez', 'reserver', 'rendez-vous en ligne', 'ontario.ca', 'application', 'appli'];

export const NOT_QUEUE_AFTER_FR = ['en contact', 'en lien'];
