// Rabaisser un membre du public sans injure : un « Madame. » excédé, « relisez la lettre avant de
// m'écrire », « imaginez ne pas lire la FAQ avant de nous crier dessus ». conduct/belittling
// combine ces morceaux; chacun seul est banal.

export const VOCATIVES_FR = ['monsieur', 'madame', 'mon cher', 'ma chere', 'mon grand', 'ma grande', 'mon petit', 'ma petite', 'mon chou', 'ma belle', 'mon beau', 'mon ami', 'mon amie'];
export const EXASPERATIONS_FR = ['oh', 'de grace', 'voyons', 'franchement', 'serieusement', 'svp', "s'il vous plait", 'je vous en prie', 'encore', 'non'];

export const REREAD_FR = [
  'relisez', 'relis', 'relire', 'relisez-la', 'relisez-le', 'relis-la', 'relis-le', 'lisez-la comme il faut',
  'lisez comme il faut', 'prenez le temps de lire', 'essayez de lire', 'lisez au complet', 'lisez-la au complet',
];
export const READ_FR = ['lisez', 'lis', 'consultez', 'consulte', 'verifiez', 'verifie', 'regardez', 'regarde'];
export const HOSTILE_CONTACT_FR = [
  "avant de m'ecrire", 'avant de nous ecrire', 'avant de me ecrire', "avant de m'appeler", 'avant de nous appeler',
  'avant de nous crier', 'avant de me crier', 'avant de crier', 'avant de chialer', 'avant de vous plaindre',
  'avant de te plaindre', "avant de m'engueuler", "avant de nous engueuler", "avant de m'envoyer", 'avant de nous envoyer',
  'avant de nous identifier', 'avant de nous taguer', 'avant de me faire la lecon', 'avant de nous faire la lecon',
  'nous crier dessus', 'me crier dessus', 'nous engueuler', "m'engueuler",
  // Le personnel en général : « crier après le monde au comptoir ».
  'crier apres le monde', 'crier apres les employes', 'crier apres le personnel', 'engueuler le personnel',
  'engueuler les employes', 'engueuler le monde', 'chialer au comptoir', 'chialent au comptoir', 'crier au comptoir',
];
export const MOCK_FRAMES_FR = ['imaginez ne pas', 'imagine ne pas', 'imaginez crier', 'imaginez appeler', 'imaginez ignorer', 'imagine ignorer'];
export const FAILURE_FRAMES_FR = [
  'certaines personnes', 'certains', 'les gens qui', 'le monsieur qui', 'la dame qui', 'la personne qui',
  "j'adore quand les gens", "j'aime quand les gens", 'rien de mieux que les gens qui', 'toujours plaisant quand les gens',
  'ce monsieur', 'cette dame',
];
export const FAILURES_FR = ['ne lisent pas', 'ne lit pas', 'ne lisent jamais', 'ne savent pas lire', 'ne sait pas lire', 'sans lire', 'ignorent', 'ignore', 'crient', 'chialent', 'jamais lu', 'pas lu', 'refusent de'];
export const SERVICE_THINGS_FR = [
  'faq', 'la faq', 'formulaire', 'le formulaire', 'la lettre', 'lettre', 'les instructions', 'instructions', 'le site',
  'le site web', 'la page', "l'affiche", 'la publication', 'le courriel', "l'avis", 'le guide', 'la liste', 'la date limite',
  'les regles', 'les exigences', 'la demande', 'le guichet', 'la file', 'le portail', 'les petits caracteres',
];

export const OBVIOUS_FR = [
  'noir sur blanc', 'en toutes lettres', 'en gros caracteres', 'en caracteres gras', 'en gras', "comme on vous l'a dit",
  "comme je vous l'ai dit", "comme nous l'avons dit", "comme on l'a dit", 'fois deja', 'pour la troisieme fois',
  'pour la centieme fois', "c'est pourtant ecrit", 'litteralement dans', 'litteralement sur', 'a la premiere page',
];
export const WHAT_PART_FR = ['quelle partie de', "qu'est-ce qui n'est pas clair dans"];
export const CONFUSION_FR = ["n'est pas claire", "n'etait pas claire", "vous n'avez pas compris", "vous avez pas compris", 'est si difficile a comprendre'];
export const BLAME_FR = ["c'est a cause de gens comme vous", "c'est a cause de vous qu'on ne peut", 'vous etes la raison pour laquelle on ne peut'];

/** Lire (regarder, écouter) posé comme la condition que la personne n'a pas remplie : « si vous lisiez l'avis… ».
 * Condescendant seulement avec un reproche après (AU_LIEU_FR) ou un conditionnel « vous sauriez » (SAURIEZ_FR). */
export const SI_VOUS_LISIEZ_FR = [
  'si vous lisiez', 'si tu lisais', 'si vous preniez la peine de lire', 'si tu prenais la peine de lire', 'si vous regardiez',
  'si tu regardais', 'si vous ecoutiez', 'si tu ecoutais', 'si vous lisiez au moins', 'si vous aviez regarde', 'si tu avais regarde',
  'si vous aviez ecoute', 'si tu avais ecoute', 'si vous aviez consulte', 'si vous consultiez', 'peut-etre que si vous lisiez',
];
/** Savoir lire posé en condition : condescendant par lui-même. */
export const SI_VOUS_SAVIEZ_LIRE_FR = ['si vous saviez lire', 'si tu savais lire', 'si vous etiez capable de lire', 'si tu etais capable de lire', "si t'etais capable de lire"];
export const AU_LIEU_FR = [
  'au lieu de vous plaindre', 'au lieu de te plaindre', 'au lieu de chialer', 'au lieu de crier', 'au lieu de pleurer',
  'au lieu de brailler', 'au lieu de pleurnicher', 'au lieu de vous lamenter', 'au lieu de nous ecrire', "au lieu de m'ecrire",
  'au lieu de nous engueuler', "au lieu de m'engueuler", 'au lieu de nous identifier', 'au lieu de publier', 'au lieu de rager',
  'plutot que de vous plaindre', 'plutot que de chialer', 'plutot que de crier',
];
export const SAURIEZ_FR = [
  'vous sauriez', 'tu saurais', 'vous auriez su', 'tu aurais su', 'vous auriez compris', 'tu aurais compris', 'vous comprendriez',
  'tu comprendrais', 'vous auriez vu', 'tu aurais vu', 'vous auriez votre', 'tu aurais ton', 'tu aurais ta', 'vous auriez deja',
  'vous poseriez pas', 'vous ne poseriez pas', 'tu poserais pas',
];

/** La personne renvoyée comme une enfant hors d'une conversation d'adultes : condescendant par lui-même. */
export const INFANTILIZING_FR = [
  'laissez parler les adultes', 'laisse parler les adultes', 'laissez parler les grandes personnes', 'les adultes parlent',
  'les grandes personnes parlent', 'a la table des enfants',
];
/** « Laissez la science aux grandes personnes » : condescendant quand ce n'est pas dit à des enfants. */
export const TO_THE_ADULTS_FR = ['aux grandes personnes', 'aux adultes'];
export const CHILDREN_FR = ['enfants', 'les jeunes', 'les petits', 'les tout-petits', 'ados', 'les ados'];

/** « Avec tout le respect que je vous dois (aucun) » : le respect nommé, puis retiré. */
export const DUE_RESPECT_FR = [
  'avec tout le respect que je vous dois', 'avec tout le respect que je te dois', 'avec tout le respect que vous meritez',
  'avec tout le respect que tu merites', 'sauf le respect que je vous dois',
];
export const RESPECT_WITHDRAWN_FR = ['aucun', 'pas', 'zero', 'nul', 'qui est nul', 'pas grand-chose', 'pas grand chose', 'donc aucun'];
