// Menaces et intention de divulguer des renseignements privés (politique de prévention du
// harcèlement; politiques de commentaires).

/** Menaces. */
export const THREATS_FR = [
  'je sais où tu restes', 'je sais où tu habites', 'je sais où tu travailles', 'je sais où vous habitez',
  'je sais où vous restez', 'je sais où vous travaillez', 'on sait où tu restes', 'on sait où tu habites',
  'on sait où tu travailles', 'je sais où il reste', 'je sais où elle reste', 'je sais où il habite', 'je sais où elle habite',
  'je vais te trouver', 'je vais vous trouver', 'je vais te retrouver',
  'tu vas me le payer', 'vous allez me le payer', 'fais attention à tes arrières',
  'surveille tes arrières', 'attends que je te trouve', 'j\'espère que tu vas mourir', 'j\'espère que tu crèves',
  'j\'espère qu\'il crève', 'j\'espère qu\'elle crève', 'va donc mourir', 'crève donc', 'va crever', 'suicide-toi',
  'je vais te casser la gueule', 'je vais te péter la gueule', 'je vais t\'arranger le portrait',
  'je vais te faire mal', 'quelqu\'un devrait lui casser', 'quelqu\'un devrait le frapper', 'quelqu\'un devrait la frapper',
  'quelqu\'un devrait lui régler son compte', 'quelqu\'un devrait lui donner une leçon', 'quelqu\'un devrait s\'en occuper',
  'mériterait de mourir', 'mérite de mourir', 'devrait être pendu', 'devrait se faire tirer', 'on devrait le pendre',
  'j\'espère que tu attrapes le cancer',
];

/** Divulgation malveillante de renseignements privés. */
export const DOXXING_FR = [
  'voici son adresse', 'voici leur adresse', 'son adresse est', 'son adresse personnelle', 'voici son numéro',
  'son numéro de téléphone est', 'trouvons où il habite', 'trouvons où elle habite', 'trouvons où il reste',
  'trouvons où elle reste', 'quelqu\'un sait où il habite', 'quelqu\'un sait où elle habite', 'quelqu\'un sait où il reste',
  'quelqu\'un sait où elle reste', 'débarquez chez lui', 'débarquez chez elle', 'on le dox', 'on la dox',
];
