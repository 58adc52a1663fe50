// Appels à agir dans une élection : voter, élire, donner, faire du bénévolat, du porte-à-porte, poser
// une pancarte, aller à un rassemblement. Politiques seulement s'ils visent un parti, un candidat ou
// une élection (voter pour le meilleur gâteau ne l'est pas).

export const VOTE_VERBS_FR = [
  'votez', 'votons', 'voter', 'vote', 'votes', 'votent', 'voté', 'votez pour', 'votez contre', 'ne votez pas pour',
  'ne votez surtout pas pour', 'je vote', 'je voterai', "j'ai voté", 'je vais voter', 'nous voterons', 'voterai',
  'voterons',
];

export const ELECT_VERBS_FR = ['élisez', 'élisons', 'élire', 'réélisez', 'réélisons', 'réélire', 'aidez-nous à élire', 'aidez-nous à réélire'];

export const CAMPAIGN_ACTIONS_FR = [
  'faites un don', 'faire un don', 'fait un don', 'donnez', 'donnez à', 'contribuez', 'dons', 'don à', 'don au',
  'bénévole', 'bénévoles', 'bénévolat', 'porte-à-porte', 'porte à porte', 'pointage', 'pancarte', 'pancartes',
  'affiche électorale', 'affiches électorales', 'rassemblement', 'rassemblements', 'souper-bénéfice',
  'collecte de fonds', 'lancement de campagne', 'joignez-vous à la campagne', "joignez-vous à l'équipe", 'devenez membre',
  'carte de membre', 'distribuer des dépliants', 'distribution de dépliants', 'assemblée d’investiture',
  "assemblée d'investiture",
  // Militer, faire campagne, donner : tous les temps, et les tâches du jour du scrutin.
  'militer', 'milite', 'militons', 'militez', 'militais', "j'ai milité", 'militer pour', 'faire campagne',
  'fait campagne', 'faisons campagne', "j'ai fait campagne", 'faire du pointage', 'fait du pointage', 'cabaler',
  'cabale', 'fait du porte-à-porte', 'fait de la sollicitation', 'solliciter des votes', 'donné à la campagne',
  'fait un don à', 'contribution à la campagne', 'dépliants', 'distribué des dépliants', 'scrutateur', 'scrutatrice',
  'représentant de candidat', 'représentante de candidate', 'bureau de campagne', 'local de campagne',
  'frapper aux portes', 'cogner aux portes', 'cogné aux portes',
  // Un appel aux dons, qui vise le parti ou la candidate nommés juste avant.
  'chaque don', 'chaque don compte', 'tout don', 'vos dons',
];

/** Rôles et pancartes d'une campagne : suivis d'un nom complet (« l'équipe de campagne de Luc Roy »,
 * « ma pancarte pour Ana Roy »), ils sont électoraux sans autre mot. */
export const CAMPAIGN_ROLES_FR = [
  'équipe de campagne', 'comité de campagne', 'directeur de campagne', 'directrice de campagne', 'bénévole de campagne',
  'bénévoles de campagne', 'pancarte', 'pancartes',
  // Les fonctions du parti lui-même : « nommée responsable du financement de l'association de circonscription du NPD ».
  'responsable du financement', 'présidente de l’association de circonscription', "présidente de l'association de circonscription",
  "président de l'association de circonscription", 'trésorier de l’association', "trésorière de l'association", "trésorier de l'association",
];

/** L'auteur se porte candidat : avec une charge ou une élection dans la phrase, une candidature. */
export const CANDIDACY_FR = [
  'je me présente', 'je me représente', 'je suis candidat', 'je suis candidate', 'je serai candidat', 'je serai candidate',
  'ma candidature', 'ma campagne', 'votez pour moi', 'appuyez ma campagne',
  // Se porter candidat en d'autres mots : investiture, mise en candidature.
  'investi comme candidat', 'investie comme candidate', 'choisi comme candidat', 'choisie comme candidate',
  'je brigue', "brigue l'investiture", "briguer l'investiture", 'ma mise en candidature', 'votre candidat',
  'votre candidate', "je sollicite l'investiture",
];

export const SELF_EVIDENT_ACTIONS_FR = ['pancarte électorale', 'pancartes électorales', 'affiche électorale', 'affiches électorales',
  // Un vote par la couleur du parti.
  'votez rouge', 'votez bleu', 'votez orange', 'votons rouge', 'votons bleu', 'votons orange', 'voter rouge',
  'voter bleu', 'voter orange', 'votez vert',
];

export const IMPLICIT_OPPOSITION_FR = [
  'sortons-les', 'sortez-les', 'mettons-les dehors', 'mettez-les dehors', 'dehors le gouvernement',
  'changeons de gouvernement', 'changer de gouvernement', 'il faut un nouveau gouvernement', 'votez pour le changement',
  "n'importe qui sauf", 'tout sauf', 'il est temps que ça change',
  // Souhaiter un autre gouvernement, c'est s'opposer au parti au pouvoir.
  ...["besoin d'un", "faut un", 'veux un', 'veut un', 'voulons un', 'souhaite un', 'vivement un', "temps d'avoir un", 'hate a un']
    .flatMap((w) => [`${w} changement de gouvernement`, `${w} autre gouvernement`, `${w} nouveau gouvernement`]),
];

export const IMPLICIT_NEEDS_CONTEXT_FR = ["n'importe qui sauf", 'tout sauf', 'il est temps que ça change', 'votez pour le changement'];

export const CIVIC_REMINDERS_FR = [
  'allez voter', 'aller voter', "n'oubliez pas de voter", "n'oubliez pas d'aller voter", 'exercez votre droit de vote',
  'chaque vote compte', 'votre vote compte', 'votez aujourd’hui', "votez aujourd'hui", 'votez demain',
  'le vote par anticipation', 'trouvez votre bureau de vote', 'inscrivez-vous pour voter', 'allez voter aujourd’hui',
];

export const NEUTRAL_VOTE_FRAMES_FR = [
  'peu importe pour qui', 'quel que soit', 'pour qui voter', 'pour qui vous votez', 'je ne vous dirai pas',
  'qui que vous', 'comment voter',
];

/** Un appel dont l'objet est un pronom (« votez contre eux ») : partisan dès qu'un parti ou un chef vient d'être nommé. */
export const PRONOUN_CALLS_FR = [
  'votez pour eux', 'votez contre eux', 'votez pour lui', 'votez pour elle', 'votez contre lui', 'votez contre elle',
  'votez pour elles', 'votez contre elles', 'votons pour eux', 'votons contre eux', 'votez-les', 'élisez-les', 'élisez-le',
  'élisez-la', 'réélisez-les', 'réélisez-le', 'réélisez-la', 'donnez-leur votre vote', 'donnez-leur une majorité',
  'faut voter pour eux', 'faut voter contre eux', 'faites-les élire', 'aidez-les à gagner', 'mettez-les au pouvoir',
  'on vote pour eux', 'on vote contre eux', 'votez pas pour eux', 'votez jamais pour eux',
  // À la première personne du pluriel aussi : « réélisons-le! ».
  'réélisons-le', 'réélisons-la', 'réélisons-les', 'élisons-le', 'élisons-la', 'élisons-les',
  // Un vote guidé par ce qu'on vient de dire du parti : « votez en conséquence », « pensez-y avant de voter ».
  'votez en conséquence', 'votez en connaissance de cause', 'pensez-y avant de voter', 'pensez-y bien avant de voter',
  'réfléchissez bien avant de voter', 'lisez-le avant de voter', 'souvenez-vous-en quand vous voterez',
  'souvenez-vous-en dans l\'isoloir', 'rappelez-vous-en dans l\'isoloir',
  // Le « eux autres » familier.
  ...['votez pour', 'votez contre', 'votez pas pour', 'votez jamais pour', 'votons pas pour', 'on vote pas pour', 'votons contre', 'on vote contre']
    .map((v) => `${v} eux autres`),
];

/** Logistique et couverture du scrutin : avec un mot-clic électoral, le message est une information civique. */
export const ELECTION_LOGISTICS_FR = [
  'bureaux de vote', 'bureau de vote', 'bureaux de scrutin', 'bureau de scrutin', 'vote par anticipation',
  'carte d’information de l’électeur', "carte d'information de l'electeur", 'liste électorale', 'elections ontario',
  'élections canada', 'elections canada', 'resultats', 'résultats', 'soirée électorale', 'debat des chefs', 'débat des chefs',
  'taux de participation', 'vote par correspondance', 'bulletin spécial',
  // Quand et comment voter, dans les mots de l'organisme électoral : « Le jour du scrutin est le jeudi 2 juin »,
  // « Vérifiez votre inscription sur elections.on.ca ».
  'le jour du scrutin est', "le jour du scrutin, c'est", 'vérifiez votre inscription',
  'votre inscription sur la liste', 'êtes inscrit', 'êtes inscrite', 'êtes inscrits', 'façons de voter', 'heures de vote',
];

/** Un grief à se rappeler aux urnes (« souvenez-vous-en dans l'isoloir », « aux prochaines élections,
 * rappelez-vous-en ») : un appel à voter contre ceux qu'il accuse, sans nommer de parti. Mémoire × moment du vote. */
const SOUVENEZ_FR = ['souvenez-vous-en', 'rappelez-vous-en', 'souviens-toi-en', 'rappelle-toi-en', 'oubliez pas ça', "n'oubliez pas ça", "n'oubliez jamais ça"];
const AUX_URNES_FR = ["dans l'isoloir", 'aux urnes', 'aux prochaines élections', 'à la prochaine élection', 'le jour du vote', 'le jour du scrutin', 'au moment de voter', 'quand vous irez voter'];
export const REMEMBER_AT_POLLS_FR = SOUVENEZ_FR.flatMap((r) => AUX_URNES_FR.map((a) => `${r} ${a}`));
/** L'ordre inverse, où une virgule peut s'interposer (« Aux prochaines élections, souvenez-vous-en. ») : lu en deux morceaux. */
export const REMEMBER_ALONE_FR = SOUVENEZ_FR;
export const AT_POLLS_FR = AUX_URNES_FR;
