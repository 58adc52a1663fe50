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
  'j\'espère que tu attrapes le cancer', 'il va voir de quoi je me chauffe', 'tu vas voir de quoi je me chauffe',
  'vous allez voir de quoi je me chauffe', 'il perd rien pour attendre', 'il ne perd rien pour attendre',
  'tu perds rien pour attendre', 'tu ne perds rien pour attendre', 'elle perd rien pour attendre', 'gare à toi', 'gare à lui',
  'gare à vous', 't\'es mieux de faire attention', 'il est mieux de faire attention', 'elle est mieux de faire attention',
  'quelqu\'un devrait crever ses pneus',
  'crever ses pneus', 'rayer son char', 'rayer sa voiture', 'quelqu\'un devrait lui faire peur',
  'je vais lui régler son compte', 'je vais te régler ton compte', 'on va s\'occuper de lui', 'on va s\'occuper d\'elle',
  'il est mort s\'il', 'je vais le ruiner', 'je vais la ruiner', 'je vais te ruiner',
  // En québécois (« attends que je te pogne », « tu vas manger une volée ») et les souhaits de coups.
  // « m'as te pogner » seul est aussi « je vais te prendre un café »: pas dans la liste.
  'attends que je te pogne', 'attends que je t\'attrape', 'm\'as te péter la face',
  'je vais te péter la face', 'm\'as te casser la gueule', 'm\'as t\'en sacrer une', 'm\'as t\'en câlisser une',
  'je vais t\'en sacrer une', 'je vais t\'en câlisser une', 'm\'as te défoncer', 'je vais te défoncer', 'm\'as te faire la peau',
  'je vais te faire la peau', 'tu vas manger une volée', 'vous allez manger une volée', 'tu vas en manger une',
  'devraient se faire taper dessus', 'devrait se faire taper dessus', 'mériteraient une volée', 'mériterait une volée',
  'mérite une volée', 'mériteraient une claque', 'mériterait une claque', 'mériterait une bonne claque',
  'devrait se faire casser la gueule', 'devraient se faire casser la gueule', 'devraient se faire frapper',
  'devrait se faire frapper', 'tu vas voir ce qui va t\'arriver', 'vous allez voir ce qui va vous arriver',
];

/** Appels à s'en prendre à quelqu'un que la publication vient d'exposer (voir la liste anglaise). */
export const INCITEMENT_FR = [
  'rendez-lui la vie dure', 'rendez-lui la vie impossible', 'rendez-leur la vie dure', 'rendez-lui la vie difficile',
  'inondez sa boîte', 'inondez son téléphone', 'inondez son cellulaire', 'allez le voir chez', 'allez la voir chez',
  'appelez son patron', 'appelez son employeur', 'écrivez à son employeur', 'écrivez à son patron', 'faites-le congédier',
  'faites-la congédier', 'faites-le renvoyer', 'faites-la renvoyer',
];
export const INCITEMENT_BARE_FR = [
  'faites-en ce que vous voulez', 'faites-en ce que vous voudrez', 'vous savez quoi faire',
  'vous savez ce qu\'il vous reste à faire', 'vous savez ce qui vous reste à faire', 'à vous de jouer',
  'appelez-le et dites-lui', 'appelez-la et dites-lui', 'appelez-les et dites-leur', 'allez lui dire ce que vous pensez',
  'allez lui dire ce que vous en pensez', 'dites-lui ce que vous en pensez', 'dites-lui ce que vous pensez',
  'dites-leur ce que vous en pensez', 'faites-lui savoir ce que vous pensez', 'faites-lui savoir ce que vous en pensez',
  'faites-lui une petite visite', 'allez lui rendre visite',
];

/** Une invitation à passer (« si jamais vous êtes dans le coin 👀 ») : du harcèlement quand la publication dit où quelqu'un habite. */
export const VISIT_INVITES_FR = [
  'si jamais vous êtes dans le coin', 'si vous êtes dans le coin', "si quelqu'un est dans le coin",
  "si jamais quelqu'un passe dans le coin", "si quelqu'un passe dans le coin", 'si jamais vous passez dans le coin',
  'si vous passez dans le coin', 'si jamais vous passez par là', "si quelqu'un veut aller lui dire bonjour",
];

export const EXPOSURE_CUES_FR = [
  'son nom est', 'il s\'appelle', 'elle s\'appelle', 'voici le nom', 'voici son nom', 'c\'est lui', 'c\'est elle',
  'travaille chez', 'travaille à', 'travaille au', 'reste sur', 'reste à', 'reste au', 'reste dans', 'habite sur', 'habite à', 'habite au', 'habite dans', 'demeure au', 'demeure sur',
  'son numéro', 'sa plaque', 'son adresse', 'son profil', 'son facebook', 'voici le gars', 'voici la femme',
  'voici le monsieur', 'voici la madame', 'plaque',
];

/** Divulgation malveillante de renseignements privés. */
export const DOXXING_FR = [
  'voici son adresse', 'voici leur adresse', 'son adresse est', 'son adresse personnelle', 'voici son numéro',
  'son numéro de téléphone est', 'trouvons où il habite', 'trouvons où elle habite', 'trouvons où il reste',
  'trouvons où elle reste', 'quelqu\'un sait où il habite', 'quelqu\'un sait où elle habite', 'quelqu\'un sait où il reste',
  'quelqu\'un sait où elle reste', 'débarquez chez lui', 'débarquez chez elle', 'on le dox', 'on la dox',
];

/** Une conséquence promise (« il va le regretter ») : une menace une fois liée à une rencontre. */
export const THREAT_CONSEQUENCES_FR = [
  'va le regretter', 'va la regretter', 'vont le regretter', 'vas le regretter', 'allez le regretter', 'va le payer',
  'vont le payer', 'va me le payer', 'vont me le payer', 'vas me le payer', "va s'en souvenir", "vont s'en souvenir",
  "vas t'en souvenir", 'va y goûter', 'vont y goûter', 'vas y goûter', 'va manger une volée', 'va en manger une',
  'va passer un mauvais quart d\'heure', 'vas passer un mauvais quart d\'heure', 'va avoir affaire à moi',
  'vas avoir affaire à moi', 'va le sentir passer', 'va avoir de la visite', 'vont avoir de la visite', 'va recevoir de la visite',
];

export const ENCOUNTERS_FR = [
  'si je le revois', 'si je la revois', 'si je les revois', 'si je te revois', 'si je vous revois', 'si je recroise',
  'si je le recroise', 'si je la recroise', 'si je le croise', 'si je la croise', 'si je te croise', 'si je le pogne',
  'si je la pogne', 'si je te pogne', 'si je le vois', 'si je la vois', 'si je te vois', 'la prochaine fois que',
  "s'il revient", 'si il revient', 'si elle revient', "s'il remet les pieds", 'si elle remet les pieds',
  "s'il ose revenir", 'si elle ose revenir', "je connais l'adresse de", "j'ai son adresse", "j'ai trouvé son adresse",
  'je sais où il reste', 'je sais où elle reste', 'je sais où il habite', 'je sais où elle habite',
];

export const SEXUAL_TARGETS_FR = [
  'stagiaire', 'collègue', 'réceptionniste', 'nouvelle', 'nouveau', 'cliente', 'client', 'gestionnaire', 'patronne',
  'superviseure', 'adjointe', 'elle', 'il', 'madame', 'fille', 'femme', 'gars', 'étudiante',
];
export const SEXUAL_REMARKS_FR = [
  'tellement hot', 'est hot', 'est sexy', 'sexy', 'est chaude', 'une bombe', 'un pétard', 'une belle pièce', 'bel morceau',
  'à croquer', 'beau cul', 'belles fesses', 'belle paire', 'bien roulée', 'bonne en maudit', 'belle plotte', 'un bon coup',
];
export const VIOLENT_INTENT_FR = [
  'je vais le frapper', 'je vais la frapper', 'je vais l\'étrangler', 'je vais le tuer', 'je vais la tuer',
  'je vais lui casser la gueule', 'je vais lui péter la gueule', 'je vais le tapocher', 'je vais la tapocher',
  'je vais le cogner', 'je vais lui en sacrer une', 'je vais lui en câlisser une', 'je vais frapper le prochain',
  'j\'vais le frapper', 'j\'vais le tuer', 'je vais étrangler le prochain', 'je vais étrangler la prochaine',
];

/** Comment une femme ou un homme aurait « vraiment » eu le poste, insinué : « on sait tous comment elle a eu le poste 💅 ». */
export const SEXUAL_INSINUATIONS_FR = [
  'on sait tous comment elle a eu', 'on sait tous comment il a eu', 'tout le monde sait comment elle a eu',
  'tout le monde sait comment il a eu', 'on sait comment elle a eu', 'on sait comment il a eu', 'a couché pour avoir',
  'couchée pour avoir', 'couché pour avoir', 'a couché pour sa promotion', 'embauche sur tinder',
];
