// Allusions à des nouvelles pas encore publiques (français) : secret explicite, source interne,
// teaser d'annonce.

export const SECRECY_HINTS_FR = [
  'je ne peux pas en dire plus', 'je ne peux pas en dire davantage', 'je ne peux rien dire', 'je ne peux pas en parler',
  'je ne peux pas trop en dire', 'je ne peux pas tout dire', "je ne peux pas entrer dans les détails",
  'peux pas en dire plus', 'peux pas en dire davantage', 'peux rien dire', 'je peux pas en parler',
  'pas encore officiel', 'pas encore officielle', "avant l'annonce", 'entre nous', 'entre vous et moi',
  'ça reste entre nous', 'que ça reste entre nous', 'gardez ça pour vous', 'garde ça pour toi',
  // « Disons que… », le pendant de "let's just say" : il faut encore un sujet de travail et une décision.
  'disons que', 'disons juste que', 'disons seulement que', 'gardez ça pour vous autres', 'gardez ça pour vous-autres', 'motus et bouche cousue',
  'bouche cousue', 'officieusement', 'de façon officieuse', 'à titre officieux', "tu ne l'as pas entendu de moi",
  "vous ne l'avez pas entendu de moi", "ce n'est pas moi qui vous l'ai dit", "c'est pas moi qui te l'ai dit",
  "c'est pas moi qui vous l'ai dit", 'je ne devrais pas le dire', 'je ne devrais pas dire ça',
  'je ne devrais pas en parler', "je n'ai pas le droit d'en parler", "je n'ai pas le droit de le dire",
  "j'ai pas le droit d'en parler", 'sous le sceau de la confidence', 'ne le répétez pas', 'ne le répète pas',
  "infos d'initié", "info d'initié", "information d'initié", 'confidentiellement', "c'est encore secret", 'top secret',
  'ultra secret', 'chut', 'chuuut', "j'peux pas en dire plus", 'peux pas trop en dire', 'peux pas en dire trop', 'motus',
  'officiellement je sais rien', 'officiellement, je sais rien', 'officiellement je ne sais rien',
  'officiellement, je ne sais rien', 'je sais rien officiellement', 'je ne sais rien officiellement', 'je dis rien',
  'je ne dis rien', 'je dirai rien', 'je ne dirai rien', 'encore secret', 'encore secrète', 'toujours secret',
  'toujours secrète', "secret pour l'instant", 'secret pour le moment', 'faites les surpris', 'faites les surprises',
  'faites semblant', 'jouez les surpris', "c'est pas officiel", "ce n'est pas officiel", "c'est pas encore officiel",
  "rien d'officiel", "rien n'est officiel", 'pas officiel', "c'est pas public", "ce n'est pas public",
  "tu l'as pas lu ici", "vous l'avez pas lu ici", "vous l'avez pas entendu de moi", 'dites pas que je vous l\'ai dit',
  'dis pas que je te l\'ai dit', "rien d'officiel encore", "rien d'annoncé", 'gardez-le pour vous',
  'gardez ça pour vous autres', "jusqu'au budget", "jusqu'à l'annonce", "ils vont l'apprendre", "elles vont l'apprendre",
  'ils le savent pas encore', 'ils ne le savent pas encore', 'personne a été avisé', "personne n'a été avisé",
  'pas encore été avisés', "avant qu'ils l'apprennent", "j'ai vu les chiffres", "j'ai vu l'ébauche", "j'ai vu le plan",
  "j'ai vu la liste", "j'ai lu l'ébauche", 'la note officielle s\'en vient', "la note s'en vient",
  "ne le dites pas aux communications", 'dites-le pas à mon boss', 'avant le lancement', 'avant la sortie',
  'la nouvelle officielle plus tard', 'annonce officielle plus tard', 'sera annoncé plus tard',
  'sera annoncée plus tard', 'en douce', 'en catimini', 'avant que le maire le sache',
  'avant même que le maire le sache', 'avant que le public le sache', 'avant que quiconque le sache',
  'avant que le syndicat le sache', 'en ont aucune idée', "n'en ont aucune idée", 'les initiés savent',
  'ceux qui savent savent', 'ce que je peux pas vous dire', 'ce que je ne peux pas vous dire',
  // L'allusion, à demi-mot : l'auteur laisse entendre qu'il sait.
  "j'ai rien dit", "je n'ai rien dit", '(je sais pourquoi)', 'devinez comment je le sais', "(c'est moi)",
  'ça pourrait pas être moi', 'certainement pas moi', 'faire semblant de pas savoir', 'faire semblant de ne pas savoir',
  'fais semblant de rien', 'qui connaît déjà', 'qui connaissent déjà', 'qui sait déjà', 'qui savent déjà',
  'on nous a dit de nier', "tant que c'est pas sorti", "d'ici à ce que ça sorte",
  'avant tout le monde', 'avant les autres', 'avant le reste du monde',
  // Le document interne vu au passage : « j'ai vu passer la note », « c'est passé sur mon bureau ».
  // (Pas « je l'ai vu passer » seul : on le dit aussi d'un fil Facebook.)
  ...['la liste', 'le document', 'la note', "l'ébauche", 'le mémo', 'les chiffres', 'le rapport', 'la version finale',
    'le plan', 'la décision', 'le courriel', 'la présentation', 'le budget', 'la lettre'].map((d) => `vu passer ${d}`),
  'passé sur mon bureau', 'passée sur mon bureau', 'passés sur mon bureau', 'atterri sur mon bureau',
];

/** L'auteur dit que l'affaire n'est pas encore publique : avec une affaire de gouvernement ou de travail, ça suffit. */
export const UNRELEASED_HINTS_FR = [
  // L'annonce qui rattrapera ce que l'auteur dit : « les communications vont suivre ».
  'les communications vont suivre', 'les comms vont suivre', "l'annonce va suivre", 'avant les communications',
  'avant que ça sorte dans les nouvelles',
  'pas encore annoncé', 'pas encore annoncée', 'pas encore annoncés', 'pas encore annoncées', 'pas encore public',
  'pas encore publique', 'pas encore rendu public', "n'a pas encore été annoncé", "n'a pas encore été annoncée",
  'avant que ce soit annoncé', 'avant que ce soit public', 'avant que ça devienne public',
  'avant que la nouvelle sorte', 'personne ne le sait', 'personne ne le sait encore',
  "personne ne le sait pour l'instant", 'non encore annoncé', 'non encore annoncée', 'pas encore sorti',
  'pas encore sortie', 'rien de public', 'rien de public encore', 'personne le sait encore',
  // Public seulement plus tard, dit par la date de sortie.
  'ça sort pas avant', 'ça sortira pas avant', 'ne sort pas avant', 'ne sortira pas avant', 'pas public avant',
  'pas publique avant', 'pas annoncé avant', 'pas annoncée avant', 'sera pas annoncé avant',
  'ne sera pas annoncé avant', 'sera rendu public seulement', 'seront pas annoncés avant', 'seront pas annoncées avant',
  'sera pas annoncée avant', 'pas annoncés avant', 'pas annoncées avant', 'pas rendu public avant', 'pas rendue publique avant',
  'sera pas officiel avant', 'sera pas officielle avant',
  // Se retenir jusqu'à ce que ce soit public, c'est le savoir déjà : « on en reparle quand ça va être
  // public », « je vous en dirai plus une fois que ce sera annoncé » (pas « je vais le partager quand
  // ce sera public », qui attend une nouvelle comme tout le monde).
  ...['on en reparle', "on s'en reparle", 'je vous en reparle', 'je vous en dirai plus', "j'en dirai plus",
    'je pourrai en dire plus', 'je pourrai en parler', 'plus de détails'].flatMap((r) =>
    ['quand', 'lorsque', 'une fois que', 'dès que'].flatMap((q) =>
      ['ça va être', 'ça sera', 'ce sera'].flatMap((v) => ['public', 'officiel', 'annoncé'].map((a) => `${r} ${q} ${v} ${a}`)))),
  // Ce qui retient la nouvelle, ou qui ne l'a pas encore : « ça peut pas sortir avant l'automne », « j'ai
  // hâte qu'ils l'annoncent », « l'annonce officielle devrait suivre », « les lettres sont pas encore parties ».
  'peut pas sortir avant', 'peut pas être annoncé avant', 'peut pas être annoncée avant', 'peut pas être public avant',
  ...["hâte qu'ils l'annoncent", "hâte qu'elle l'annonce", "hâte qu'il l'annonce", "hâte qu'on l'annonce", 'hâte que ce soit annoncé',
    'hâte que ce soit public', 'hâte que ça soit annoncé', 'hâte que ça soit public', 'hâte que ça sorte', 'en attendant que ce soit annoncé',
    'en attendant que ça soit annoncé', 'en attendant que ce soit public'],
  ...["l'annonce officielle devrait suivre", "l'annonce officielle va suivre", "l'annonce officielle suivra", "l'annonce devrait suivre"],
  ...['les lettres', 'les avis', 'les courriels'].flatMap((w) => [`${w} sont pas encore parties`, `${w} sont pas encore partis`, `${w} ne sont pas encore parties`, `${w} ne sont pas encore partis`]),
  'avant que le public le sache', 'avant que le monde le sache', 'avant que quelqu\'un en dehors',
  // « Ça va être annoncé la semaine prochaine, mais… » : la date de l'annonce, dite par qui sait.
  ...['ça va être annoncé', 'ça va être annoncée', 'ça va être officiel', 'ça va sortir'].flatMap((v) =>
    ['la semaine prochaine', 'le mois prochain', 'bientôt', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'au printemps', "à l'automne", "à l'hiver", "cet été",
      ...['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'].map((m) => `en ${m}`)].map((t) => `${v} ${t}`)),
];

/** Le tuyau : un conseil d'agir maintenant à côté d'un changement à venir (voir ACT_NOW_EN). */
export const ACT_NOW_FR = [
  'faites-le maintenant', 'faites-le ce mois-ci', 'faites-le cette semaine', 'faites-le avant', 'faites votre demande avant',
  'faites vos demandes avant', 'renouvelez maintenant', 'renouvelez avant', 'renouvelez ce mois-ci', 'déposez votre',
  'inscrivez-vous maintenant', 'dépêchez-vous', 'grouillez-vous', "si j'étais vous", "si j'étais toi", 'faites-moi confiance',
  "c'est tout ce que je dis", 'faites-les avant',
];

export const CHANGE_COMING_FR = [
  'les règles changent', 'les règles vont changer', 'après, les règles', 'après ça', 'avant que ça change',
  'tant que vous pouvez', 'tant que vous le pouvez', 'avant que les frais augmentent', 'avant la hausse',
  'ça va être plus difficile', 'plus difficile après', 'ne sera plus disponible', 'avant que le programme ferme',
  'avant le changement',
];

/** Un modal nié et un verbe de parole, que la règle combine (« je suis pas censée » + « en parler »). */
export const SECRECY_MODALS_FR = [
  'je peux pas', 'je ne peux pas', "j'peux pas", 'peux pas', 'je ne peux rien', 'je peux rien', 'on ne peut pas',
  'on peut pas', 'je ne devrais pas', 'je devrais pas', "je n'ai pas le droit de", "j'ai pas le droit de",
  'pas le droit de', 'je ne suis pas censé', 'je ne suis pas censée', 'je suis pas censé', 'je suis pas censée',
  'chu pas censé', 'chu pas censée', 'pas censé', 'pas censée', 'pas supposé', 'pas supposée', 'pas autorisé à',
  'pas autorisée à', 'je ne dois pas', 'je dois pas', "je n'ai pas le droit d'", "j'ai pas le droit d'",
];

export const SECRECY_VERBS_FR = [
  'dire', 'en dire', 'rien dire', 'parler', 'en parler', 'divulguer', 'révéler', 'nommer', 'confirmer', 'donner de détails',
  'donner les détails', 'entrer dans les détails', 'tout dire', 'trop en dire', 'en dire plus', 'en dire davantage',
  'vous en dire', 'vous le dire', 'te le dire', 'le dire', 'vous dire', 'te dire', 'en glisser un mot', 'commenter',
  'préciser', 'en révéler', 'rien révéler', 'en parler publiquement',
];

/** Après « je peux pas dire… » : un compliment ou une figure de style (« je peux pas vous dire à quel point »). */
export const NOT_SECRECY_AFTER_FR = [
  'à quel point', 'combien', 'assez', 'merci', 'non', 'mieux', 'que je suis', "qu'on est",
  // La neutralité d'un fonctionnaire sur une consultation publique : « je ne peux pas commenter le fond, mais… ».
  'le fond', 'sur le fond', 'la politique', 'les mérites', 'le contenu', 'la proposition', 'les propositions',
];

/** Vendre quelque chose : un clin d'œil près d'un code promo annonce une vente, pas une décision. */
export const COMMERCE_CUES_FR = [
  'code promo', 'rabais', 'coupon', '% de rabais', '% de réduction', 'en solde', 'soldes', 'pour commander', 'commandez', 'commander',
  'livraison', 'ma boutique', 'etsy', 'précommande', 'livre au bureau', 'je livre',
  // Conseils de magasinage : « attendez janvier, les prix baissent ».
  'les prix baissent', 'prix baissent', 'moins cher', 'vendredi fou', 'boxing day', 'aubaines',
];

/** La voix de sa propre institution (« notre ministère », « ma direction »). */
export const INSIDER_VOICE_FR = [
  'notre ministère', 'mon ministère', 'notre direction', 'ma direction', 'notre direction générale', 'notre programme',
  'mon programme', 'notre bureau régional', 'notre agence', 'notre unité', 'notre division', 'notre région',
  'au nom du ministère', 'le ministère où je travaille', 'mon employeur', 'nous au ministère', 'chez nous au ministère',
];

export const PROMISE_CUES_FR = [
  'promis', "c'est promis", 'je vous le promets', 'garanti', 'garantie', "c'est sûr", "c'est certain", "c'est fait",
  'quasiment fait', 'presque fait', "c'est dans la poche", 'dans le sac', 'comptez là-dessus', 'fiez-vous à moi',
  "c'est réglé", "c'est signé", "c'est officiel",
];

export const PLAN_ACTIONS_FR = [
  'déménager', 'déplacer', 'déplacera', 'transférer', 'transférera', 'financer', 'financera', 'finance', 'reçoit', 'recevra', 'obtient', 'obtiendra', 'investir', 'investira', 'investit', 'mettre', 'mettra', 'met', 'couper', 'coupera',
  'coupe', 'fermer', 'fermera', 'ferme', 'fusionner', 'fusionnera', 'mettre à pied', 'embaucher', 'embauchera', 'embauche',
  'éliminer', 'éliminera', 'annuler', 'annulera', 'abolir', 'abolira', 'geler', 'gèlera', 'approuver', 'approuvera',
  'rejeter', 'rejettera', 'interdire', 'interdira', 'privatiser', 'privatisera', 'sous-traiter', 'déménager',
  'déménagera', 'élargir', 'élargira', 'augmenter', 'augmentera', 'hausser', 'haussera', 'réduire', 'réduira',
  'restructurer', 'regrouper', 'sabrer', 'sabrera', 'supprimer', 'supprimera', 'donner', 'donnera', 'octroyer',
  'octroiera', 'accorder', 'accordera', 'construire', 'construira', 'ouvrir', 'ouvrira', 'ajouter', 'ajoutera', 'doubler',
  'doublera', 'subventionner', 'subventionnera',
];

export const PLAN_TIMEFRAMES_FR = [
  "l'an prochain", "l'année prochaine", 'le mois prochain', 'la semaine prochaine', 'le prochain exercice', 'cet automne',
  'ce printemps', 'cet été', 'cet hiver', "plus tard cette année", "d'ici la fin de l'année", "d'ici janvier",
  "d'ici février", "d'ici mars", "d'ici avril", "d'ici mai", "d'ici juin", "d'ici juillet", "d'ici août",
  "d'ici septembre", "d'ici octobre", "d'ici novembre", "d'ici décembre", "d'ici le printemps", "d'ici l'été",
  "d'ici l'automne", 'au printemps', "à l'automne", 'avant les élections', 'avant noël', 'après le budget',
  "au prochain budget",
];

export const PERSONAL_AGENCY_FR = [
  "je vais m'en assurer", "je m'en assure", "je m'en occupe", 'je vais pousser pour', 'je vais me battre pour',
  'laissez-moi faire', 'comptez sur moi', 'je vais faire en sorte', 'je vous le garantis personnellement',
];

/** Un rapport publié à son rythme habituel (« notre rapport annuel de suivi sort le mois prochain »). */
export const ROUTINE_PUBLICATION_FR = [
  'annuel', 'annuelle', 'trimestriel', 'trimestrielle', 'mensuel', 'mensuelle', 'chaque année', 'comme chaque année',
  "comme d'habitude", 'comme toujours', 'le reste du', 'rapport de suivi', "rapport d'étape", 'habituel', 'habituelle',
];

export const ROUTINE_NOTICES_FR = [
  'postulez', 'postuler', 'candidature', 'candidatures', "offre d'emploi", "offres d'emploi", 'joignez-vous',
  'rejoignez', 'on embauche!', 'nous embauchons!', 'congé férié', 'jour férié', 'longue fin de semaine', 'ferme plus tôt',
  'fermera plus tôt', 'fermé plus tôt', 'pour la journée', 'rénovations', 'travaux', 'tempête', 'météo', 'panne de courant',
  'jour de la famille', 'noël', 'fête du canada', 'action de grâce', 'vendredi saint', 'lundi de pâques',
  'jour du souvenir', 'saint-jean',
];

/** Retenir en laissant entendre : « sans trop en dire », « tout ce que je peux dire », « j'en ai trop dit », « je dis ça,
 * je dis rien ». Une rumeur quand une décision est dite sur un sujet de travail (RUMOUR_HINTS_FR), une allusion à ce
 * qui s'en vient quand un sujet gouvernemental est nommé (TEASE_HINTS_FR), comme "that's all I'll say". */
const HOLDING_BACK_FR = [
  'sans trop en dire', 'sans rien dévoiler', 'sans trop en dévoiler', 'sans entrer dans les détails',
  'sans donner de détails', 'sans nommer personne', 'tout ce que je peux dire', 'tout ce que je peux vous dire',
  'tout ce que je peux te dire', "c'est tout ce que je peux dire", "j'en ai trop dit", "j'en ai déjà trop dit",
  "je n'en dis pas plus", "j'en dis pas plus", "je n'en dirai pas plus", "j'en dirai pas plus",
  'je dis ça je dis rien', 'je dis ça, je dis rien', "c'est tout ce que je dis", 'tout ce que je vais dire',
  "c'est tout ce que je vais dire", "je t'en dis pas plus", "je vous en dis pas plus",
  "j'aimerais pouvoir en dire plus", "j'aimerais ça en dire plus", "si je pouvais en dire plus", "j'aimerais en dire plus",
];

export const RUMOUR_HINTS_FR = [
  'ce qui circule au bureau', 'ça circule au bureau', "j'entends dire", 'on entend dire', "entendu d'un ami", "entendu d'une amie", "un ami au bureau du premier ministre", 'une amie au ministère',
  'un ami au ministère', 'entendu au bureau', 'entendu au travail', 'entendu en réunion', "je l'ai entendu au bureau", "de l'intérieur",
  "fuite de l'intérieur", "info de l'intérieur", 'la rumeur dit', 'selon la rumeur', 'selon les rumeurs', 'la rumeur veut', 'la rumeur court', 'il paraît que',
  'paraît que', "j'ai entendu dire", 'on m\'a dit', 'on nous a dit', 'on vient de nous dire', 'on nous a annoncé',
  "à l'interne", 'en réunion aujourd\'hui', 'en réunion ce matin', 'en réunion à matin', "en réunion tantôt", "au travail aujourd'hui",
  'mon directeur a dit', 'ma directrice a dit', 'mon gestionnaire a dit', 'ma gestionnaire a dit', 'mon patron a dit',
  'ma patronne a dit', 'le sous-ministre a dit', 'la sous-ministre a dit', "d'après mes sources", 'de source sûre',
  "à l'assemblée du personnel", 'réunion du personnel', 'apparemment', "je sors d'une réunion", 'en sortant de réunion',
  'sortie de réunion', "appris aujourd'hui", 'appris en réunion',
  'rumeur au bureau', 'la rumeur au travail', 'on a appris en réunion', 'en réunion d’équipe', "en réunion d'équipe", 'pratiquement confirmé', 'quasiment confirmé',
  ...HOLDING_BACK_FR,
  'lisez entre les lignes', 'je peux pas rien dire', 'je ne suis pas autorisé à', 'je ne suis pas autorisée à',
  "pas le droit d'en parler", 'pas le droit de le dire',
  "un collègue m'a montré", "une collègue m'a montré", "ma gestionnaire m'a montré", "mon gestionnaire m'a montré",
  "on m'a montré la", "on m'a montré le", "on m'a montré les",
];

/** L'auteur comme source, qui se porte garant de l'intérieur : « je travaille là, fiez-vous à moi », « source : moi ». */
export const INSIDER_VOUCH_FR = [
  'je travaille là', 'je travaille là-bas', 'fiez-vous à moi', 'fie-toi à moi', 'croyez-moi, je travaille', 'crois-moi, je travaille',
  'source : moi', "je suis dans l'équipe",
];

export const TEASE_HINTS_FR = [
  ...HOLDING_BACK_FR,
  // L'allusion nommée comme telle : « petit indice : », « petite primeur ».
  'petit indice', 'un petit indice', 'petite primeur', 'petit teaser', 'petite allusion',
  // « Restez à l'écoute » et ce qui « s'en vient », dans toutes leurs formes familières.
  "restez à l'écoute", "reste à l'écoute", "restez à l'affût", "quelque chose s'en vient", "de quoi qui s'en vient",
  "y a de quoi qui s'en vient", "il y a quelque chose qui s'en vient", "ça s'en vient bientôt", 'vous allez en entendre parler',
  'vous en entendrez parler', 'vous entendrez parler', 'bientôt vous saurez', 'je ne peux pas en dire plus', 'je peux pas en dire plus',
  "j'peux pas en dire plus", 'si j\'étais vous', "si j'étais toi", 'à votre place', 'à ta place',
  "ce qui s'en vient pour", "sais ce qui s'en vient", 'en primeur', 'avant-goût', 'aperçu exclusif', 'grosse annonce', 'grande annonce', 'annonce importante', 'une annonce importante', 'annonce à venir',
  'annonce imminente', 'grosses nouvelles', 'grosse nouvelle', 'grande nouvelle', 'de grands changements',
  'gros changements', 'des changements s\'en viennent', "ça s'en vient", 'ca s\'en vient', 'restez à l\'affût',
  'restez branchés', 'restez branchées', 'restez connectés', 'à suivre', 'stay tuned', 'surveillez',
  "j'ai hâte de pouvoir en parler", "j'ai hâte de vous en parler", "j'ai hâte de pouvoir vous le dire",
  'bientôt annoncé', 'bientôt annoncée', 'sera annoncé bientôt', 'sera annoncée bientôt', 'dévoilé bientôt',
  'dévoilée bientôt', 'quelque chose de gros', 'vous verrez bien', 'préparez-vous', "vous l'avez entendu ici en premier",
  'devinez quel', 'devinez quelle', 'devinez quoi', 'divulgâcheur', 'quand tout le monde va savoir',
  'vous allez bientôt savoir', 'attendez de voir',
  // Le « scoop » n'est en français qu'une nouvelle donnée avant les autres (pas la boule de crème glacée).
  'scoop', 'petit scoop', 'un scoop', 'en exclusivité',
];

export const POLICY_ACTIONS_FR = [
  'couper', 'coupe', 'coupera', 'fermer', 'ferme', 'fermera', 'fermeture', 'fusionner', 'fusionne', 'fusionnera',
  'mises à pied', 'mettre à pied', 'éliminer', 'élimine', 'éliminera', 'geler', 'gel', 'annuler', 'annule', 'annulera',
  'abolir', 'abolit', 'abolira', 'mettre fin', 'privatiser', 'regrouper', 'restructurer', 'annoncer', 'annoncera',
  'financer', 'financera', 'déménager', 'déplacer', 'vendre', 'sous-traiter', 'réduire', 'réduira', 'augmenter',
  'augmentera', 'hausser', 'élargir', 'sabrer', 'supprimer', 'supprimera', 'centraliser', 'retarder', 'reporter',
  'suspendre', 'approuver', 'rejeter', 'interdire', 'lancer', 'lancera', 'imposer', 'obliger', 'remplacer', 'embaucher',
  'coupé', 'coupée', 'fermé', 'fermée', 'fusionné', 'fusionnée', 'éliminé', 'éliminée', 'gelé', 'gelée', 'annulé',
  'annulée', 'aboli', 'abolie', 'aboli', 'privatisé', 'restructuré', 'restructurée', 'déménagé', 'vendu', 'réduit',
  'réduite', 'augmenté', 'augmentée', 'suspendu', 'suspendue', 'reporté', 'reportée', 'remplacé', 'remplacée',
  // Regrouper, centraliser, transférer : au participe aussi (« vont être regroupés avec Toronto »).
  'regroupé', 'regroupée', 'regroupés', 'regroupées', 'centralisé', 'centralisée', 'centralisés', 'transféré', 'transférée', 'transférés',
  'fusionnés', 'fusionnées', 'fermés', 'fermées', 'abolis', 'abolies', 'coupés', 'coupées',
  'changement', 'changements', 'changer', 'change', 'refonte', 'démissionner', 'démissionne', 'quitter', 'quitte',
  'prolonger', 'prolongé', 'renouveler', 'renouvelé', 'retour au bureau', 'jours par semaine', 'disparaître',
  'feu vert', 'donné son aval', 'approuvé', 'approuvée', 'mettez votre cv à jour', 'dépoussiérez votre cv', 'signez pas de nouveau bail', 'ne signez pas de nouveau bail',
  'renouvelez pas votre bail', "attendez avant d'acheter", 'attendre avant d\'acheter', 'attendez après', 'attends après',
  'achetez rien avant', "n'achetez rien avant", 'retenez vos achats',
  // Profiter de ce qu'on a tant que ça dure : quelque chose va disparaître.
  'profitez bien de votre été', 'profitez de votre été', 'profites-en bien', 'profitez-en bien', 'profitez-en pendant que',
  'profitez-en tant que', 'profitez-en pendant', 'pendant que ça dure', 'tant que ça dure', 'agrandissement',
  'regroupement', 'changent', 'changeront', 'va changer', 'légiférer', 'loi spéciale', 'hausse', 'baisse', 'coupure', 'coupures', 'augmentation', 'resserrer', 'resserre', 'resserrera', 'lever', 'lève',
  'abandonne', 'abandonner', 'abandonnera', 'laisse tomber', 'choisi', 'choisie', 'sélectionné', 'sélectionnée', 'retenu',
  'retenue', 'décidé', 'perdre', 'sera aboli', 'sera abolie', 'sera coupé', 'sera coupée', 'finit', 'finira', 'termine', 'terminera', 'prend fin',
  'prendra fin',
  // Une décision dite par son état : « la liste est finale », « c'est réglé », « c'est signé ».
  'fermetures', 'est finale', 'est final', 'sont finales', 'finalisé', 'finalisée', "c'est réglé", "c'est signé",
  'signé', 'confirmé', 'confirmée', 'coulé dans le béton', 'sur la liste', 'va être coupé', 'va être coupée',
  'va être annulé', 'va être annulée', 'va fermer', 'vont fermer', 'hausse de', 'baisse de', 'compressions',
  // Conseils qui laissent deviner des compressions; une décision déjà prise.
  'fusion', 'fusions', 'déjà décidé', 'déjà décidée', 'décidée', 'décidés', 'décidées', 'commencez à chercher',
  'commence à chercher', 'cherchez ailleurs', 'cherche ailleurs', 'vont disparaître', 'va disparaître',
  'retenus', 'retenues', 'pas retenu', 'pas retenue', 'ne sera pas gâtée', 'ne sera pas gâté', 'va écoper',
  // Le sort d'un programme en images, y compris québécoises : « passe au couperet », « sur la sellette »,
  // « mis sur la glace », « tabletté », « ses jours sont comptés », « va y passer ».
  'passe au couperet', 'passer au couperet', 'va passer au couperet', 'sur la sellette', 'mis sur la glace',
  'mise sur la glace', 'mis sur les tablettes', 'tabletté', 'tablettée', 'tablettés', 'ses jours sont comptés',
  'les jours sont comptés', 'survivra pas', 'ne survivra pas', 'passera pas', 'ne passera pas', 'fera pas long feu', 'ne fera pas long feu', 'disparaît', 'disparaîtra', 'disparaissent', 'va y passer', 'vont y passer', 'en a plus pour longtemps',
  "n'en a plus pour longtemps", 'mis en veilleuse', 'mise en veilleuse', 'mis au rancart', 'mise au rancart',
  'vont écoper', 'est dedans', 'sont dedans', 'est pas dedans', "n'est pas dedans", 'sont pas dedans',
  // Le conseil de se trouver un autre emploi, dans tous les registres : des postes vont disparaître.
  'regarder ailleurs', 'regardez ailleurs', 'regarde ailleurs', 'voir ailleurs', 'allez voir ailleurs',
  'commencez à regarder', 'commence à regarder', 'chercher une autre job', 'cherchez une autre job',
  'trouvez-vous une autre job', 'magasiner une autre job', 'magasinez une autre job', 'chercher un autre emploi',
  'cherchez un autre emploi', 'trouver un autre emploi', 'mettez votre cv à jour', 'mettez à jour votre cv',
  'mettre votre cv à jour', 'mettez votre profil linkedin à jour', 'faites vos boîtes', 'paquetez vos affaires',
];

export const FUTURE_MARKERS_FR = [
  'va', 'vont', 'allons', 'sera', 'seront', 'prévoit', 'prévoient', 'compte', 'envisage', 'sur le point de',
  "s'apprête à", "s'apprêtent à", 'devrait', 'devraient', 'la semaine prochaine', 'le mois prochain', "l'an prochain",
  "l'année prochaine", 'bientôt', "cet automne", 'ce printemps', "à l'automne", 'au printemps', "d'ici la fin",
];
