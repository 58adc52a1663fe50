// Comment on critique ou loue le gouvernement sans verdict explicite, en français (y compris les
// tournures de l'Ontario français et du Québec) : ironie, questions rhétoriques, « enfin un… ». Comme
// les évaluations, ces tournures ne disent rien seules : les règles exigent une cible gouvernementale.

/** Éloges ironiques et sarcasmes : lus comme des critiques. */
export const SARCASM_FR = [
  'idée de génie', 'une idée de génie', 'quelle idée de génie', 'quel génie',
  'bravo champion', 'bravo champions', 'bravo les champions', 'bravo les génies', 'encore une belle',
  'encore une autre belle', 'une autre belle', 'encore un beau', 'une autre brillante', 'encore une brillante',
  'merci pour rien', 'quelle surprise', 'surprise surprise', 'qui aurait pu prévoir', "qui l'eût cru", 'qui aurait cru',
  'ben voyons', 'voyons donc', 'toute une idée', 'toute une gestion', 'toute une planification', 'belle logique',
  'quelle logique', 'logique implacable', 'bonne chance avec ça', 'on est bien servis', 'on est ben servis', 'pas fort',
  'pas fort pantoute', 'ça fait dur', 'fait dur', 'on nage en plein délire', 'en plein délire', 'typique de',
  'typique du', 'donnez-moi un break', 'comme par hasard',
];

/** Questions posées pour condamner. */
export const RHETORICAL_QUESTIONS_FR = [
  'comment est-ce acceptable', 'comment c’est acceptable', "comment c'est acceptable", 'en quoi est-ce acceptable',
  'comment peut-on justifier', 'comment peut-il justifier', 'comment peut-elle justifier', 'comment peuvent-ils justifier',
  'comment justifier', "quelqu'un peut m'expliquer comment", 'quelqu’un peut m’expliquer comment',
  "qu'on m'explique comment", 'peut-il justifier', 'peut-elle justifier', 'peuvent-ils justifier', 'peuvent-elles justifier',
  'peut-on justifier', 'comment ose-t-on', 'comment osent-ils', 'comment ose-t-il', 'comment ose-t-elle',
  'qui a pensé que', 'qui a cru que', "qui a eu l'idée", 'qui a approuvé', 'qui a signé', 'à quoi ils pensent',
  'à quoi pensent-ils', 'à quoi ont-ils pensé', 'à quoi ça rime', 'ils sont sérieux', 'sont-ils sérieux',
  'est-ce une blague', "c'est une blague", 'on rit de nous', 'ils rient de nous', 'on se moque de nous',
  'a-t-on consulté', 'ont-ils consulté', 'ont-ils seulement', 'a-t-il seulement', 'a-t-elle seulement',
  'pourquoi s’entêter',
  "pourquoi s'entêter", 'quand vont-ils comprendre', 'quand est-ce qu’ils vont comprendre',
  "quand est-ce qu'ils vont comprendre", 'pour qui au juste',
  // L'incompréhension qui accuse, dans tous les registres (« je comprends pas pourquoi », « qu'on m'explique
  // pourquoi », « expliquez-moi pourquoi »), comme l'anglais « can someone explain why ».
  ...['je ne comprends pas', 'je comprends pas', "j'comprends pas", 'chu pas capable de comprendre', 'je comprendrai jamais']
    .flatMap((c) => [`${c} pourquoi`, `${c} comment`]),
  "qu'on m'explique pourquoi", "quelqu'un peut m'expliquer pourquoi", 'quelqu’un peut m’expliquer pourquoi',
  'expliquez-moi pourquoi', 'expliquez-moi comment', 'explique-moi pourquoi', 'comment ça se fait que', 'comment ça se fait qu’',
  "comment ça se fait qu'",
];

/** Éloges par soulagement : « enfin un ministre qui… », « il était temps ». */
export const RELIEF_PRAISE_FR = [
  'enfin quelqu’un', "enfin quelqu'un", 'enfin un', 'enfin une', 'pas trop tôt', 'il était grand temps',
  'une bonne mesure', 'une excellente mesure', 'excellente mesure', 'bonne mesure', 'une mesure intelligente', 'mérite des félicitations',
  'mérite tout le crédit', 'il faut saluer', 'je salue', 'on salue', 'à saluer', 'qui écoute enfin', 'écoute enfin',
  'qui comprend enfin', 'qui comprend vraiment', 'a enfin compris', 'ont enfin compris', 'qui a enfin compris', 'chapeau au', 'chapeau à', 'un bon coup', 'tout un bon coup', 'le seul qui', 'la seule qui', 'le seul plan',
  'le seul sérieux', 'la seule sérieuse', 'le seul crédible', 'la seule crédible', 'les chiffres tiennent la route',
  'travail remarquable', 'un travail remarquable', 'excellent travail', 'un excellent travail', 'un travail formidable',
  // Le « job » québécois et les adjectifs de l'oral : « a fait une job incroyable ».
  'travail incroyable', 'un travail incroyable', 'travail extraordinaire', 'un travail extraordinaire', 'travail exceptionnel',
  'job incroyable', 'une job incroyable', 'une job extraordinaire', 'une maudite bonne job', 'une super job', 'une excellente job',
  'une vraie championne', 'un vrai champion', 'le courage de tenir tête',
  'tient tête', 'tenir tête', 'se bat pour', 'défend bien', 'a vu juste', 'a eu raison de', 'nous saluons',
  'je félicite', 'grâce au leadership', 'leadership du premier ministre', 'leadership de la ministre',
];

/** Ce qui retourne un éloge (« Bravo, vraiment. 🙃 »). */
export const IRONY_MARKERS_FR = ['mets-en', 'ben oui', 'ben voyons', 'pantoute'];

/** Mots du gouvernement qu'on met entre guillemets pour s'en moquer (« la “modernisation” »). */
export const EUPHEMISMS_FR = [
  'modernisation', 'modernisé', 'modernisée', 'optimisation', 'optimisé', 'optimisée', 'efficacité', 'efficience',
  'gains d’efficacité', "gains d'efficacité", 'rationalisation', 'transformation', 'réforme', 'réformes',
  'amélioration', 'améliorations', 'consultation', 'consultations', 'allègement', 'simplification', 'simplifié',
  'flexibilité', 'souplesse', 'économies', 'investissement', 'investissements', 'aide', 'soutien', 'réorganisation',
  'restructuration', 'temporaire', 'projet pilote', 'pour le monde', 'abordable',
];

/** Dire au gouvernement quoi faire : « devrait », « doit », suivi d'un des verbes ci-dessous. */
export const ADVOCACY_MODALS_FR = [
  'devrait', 'devraient', 'doit', 'doivent', 'aurait dû', 'auraient dû', 'devra', 'devront', 'ferait mieux de',
  'feraient mieux de', 'a intérêt à', 'ont intérêt à', 'doit absolument', 'devrait absolument', 'doit immédiatement',
];
export const ADVOCACY_VERBS_FR = [
  'annuler', 'abolir', 'revoir', 'reconsidérer', 'reculer', 'rétablir', 'arrêter', 'écouter', 'investir', 'corriger',
  'agir', 'consulter', "s'excuser", 'démissionner', 'financer', 'abandonner', 'cesser', 'suspendre', 'changer de cap',
  'faire marche arrière', 'mettre fin', 'réembaucher', 'embaucher', 'payer', 'admettre', 'rendre des comptes',
  'avoir honte', 'respecter', 'revenir sur',
];

/** Éloges promotionnels (« un grand pas », « content de voir ») : ce qu'un compte officiel dit de ses
 * programmes. Lus comme éloge d'un gouvernement ou d'une mesure, pas d'un programme nommé. */
export const PROMOTIONAL_PRAISE_FR = [
  'content de voir', 'contente de voir', 'heureux de voir', 'heureuse de voir', 'ravi de voir', 'ravie de voir',
  'fier de voir', 'fière de voir', 'encourageant', 'encourageante', 'une nouvelle bienvenue', 'ouvert aux affaires',
  'très attendu', 'très attendue', 'tant attendu', 'tant attendue', 'attendu depuis longtemps', 'la plus ambitieuse',
  'le plus ambitieux', 'exactement ce dont on avait besoin', 'un pas en avant', 'un grand pas',
  "de l'argent bien investi", 'de l’argent bien investi',
];
