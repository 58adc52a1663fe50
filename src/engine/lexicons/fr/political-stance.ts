// Prises de position envers un parti, un chef ou un candidat, en français. Chaque liste demande un
// parti, un chef ou un candidat dans la même phrase (ou la précédente pour « ils sont… »).

export const SUPPORT_FR = [
  "j'appuie", "j'appuierai", 'je soutiens', 'je soutiendrai', 'nous appuyons', 'nous soutenons', 'fier de soutenir',
  'fière de soutenir', "fier d'appuyer", "fière d'appuyer", 'fiers de soutenir', "fiers d'appuyer", 'heureux de soutenir',
  "heureuse d'appuyer", 'je suis avec', 'je me range derrière', 'derrière notre', 'militant de', 'militante de',
  'membre fier', 'membre fière', 'fier militant', 'fière militante', 'vivement', 'je croise les doigts pour',
  // Se dire d'accord tout haut avec un parti ou une candidate : « tellement d'accord avec @SudburyNPD ».
  "tellement d'accord avec", "entièrement d'accord avec", "totalement d'accord avec", "100 % d'accord avec",
  "complètement d'accord avec",
];

/** Encouragements qui ne valent que juste devant le nom (« allez les Verts! », « vive le NPD »). */
export const CHEERS_FR = ['allez', 'vive', 'vivent', 'go'];

export const PRAISE_FR = [
  'les seuls qui', 'les seuls à', 'les seules qui', 'le seul qui', 'la seule qui', 'le seul parti', 'seul parti',
  'le seul sur la table', 'le seul plan', 'le seul sérieux', 'le seul crédible', 'le seul réaliste',
  'le seul chef', 'la seule cheffe', 'le meilleur choix', 'le bon choix', 'la meilleure option', 'le meilleur parti',
  'le meilleur chef', 'le meilleur plan', 'un vrai plan', 'mérite mon vote', 'méritent mon vote', 'mérite votre vote',
  'méritent votre vote', 'mérite notre vote', 'méritent notre vote', 'mérite de gagner', 'méritent de gagner',
  'mérite une majorité', 'méritent une majorité', 'va sauver', 'vont sauver', 'va régler', 'vont régler', 'de notre côté',
  'se battent pour nous', 'se bat pour nous', 'défend vraiment', 'défendent vraiment', "s'occupent vraiment",
  "bon pour l'ontario", "bonne chose pour l'ontario", 'bon pour le canada', "j'adore", 'bravo au', 'bravo aux', 'bravo à',
  'une victoire écrasante', 'méritent notre confiance', 'mérite notre confiance', 'méritent votre confiance',
  'mérite votre confiance', 'faites confiance au', 'faites confiance aux', 'le seul choix', 'le seul vrai choix', 'la seule option', 'exactement ce dont', 'félicitations au', 'félicitations aux', 'félicitations à', 'ont raison', 'a raison', 'avaient raison', 'avait raison',
  // Un candidat dont on se porte garant en mots simples : « de loin la meilleure », « elle ferait une excellente mairesse »,
  // « je l'appuie à 100 % », « ça prend du monde comme lui à Queen's Park ».
  'de loin la meilleure', 'de loin le meilleur', 'ferait une excellente',
  'ferait un excellent', 'ferait une super', 'ferait un super', 'a mon appui', 'a tout mon appui', "je l'appuie",
  'je la soutiens', 'je le soutiens', 'la vraie affaire',
  'ça prend du monde comme lui', 'ça prend du monde comme elle', 'on a besoin de gens comme lui', 'on a besoin de gens comme elle',
  'le premier plan sérieux', 'la première plateforme sérieuse',
  // Des familles : l'éloge d'un discours (avant ou après le nom), un appui dit par sa force, le
  // besoin qu'on a d'un candidat. Pas les remerciements (« merci aux députés conservateurs de leur
  // visite ») : la courtoisie envers des élus n'est pas un appui.
  ...['excellent', 'superbe', 'beau', 'grand', 'puissant', 'touchant'].map((a) => `${a} discours`),
  ...['inspirant', 'puissant', 'émouvant', 'touchant', 'rassembleur', 'mobilisateur'].map((a) => `discours ${a}`), 'quel discours', 'inspirant', 'inspirante',
  ...['appui', 'soutien'].flatMap((n) => ['indéfectible', 'total', 'entier', 'inconditionnel', 'sans faille'].map((a) => `${n} ${a}`)),
  'on a besoin de lui', "on a besoin d'elle", "l'ontario a besoin de lui", "l'ontario a besoin d'elle",
  // Vœux et votes pour un candidat (« bonne chance à mon amie Julie qui se présente à la mairie »).
  // La contribution à une campagne et l'élu souhaité (« contribué à la campagne de… », « notre future mairesse »).
  ...['contribué à', 'contribuer à', 'fait un don à', 'donné à', 'donner à'].flatMap((v) => ['de', "d'", 'du', 'des'].map((d) => `${v} la campagne ${d}`)),
  'trésorière de la campagne', 'trésorier de la campagne', 'bénévole pour la campagne', 'notre future mairesse', 'notre futur maire',
  'notre prochaine mairesse', 'notre prochain maire', 'notre prochaine première ministre', 'notre prochain premier ministre',
  'notre future députée', 'notre futur député',
  // Le souhait de les voir au pouvoir (« j'ai hâte que les libéraux reprennent le pouvoir »).
  ...['prennent', 'reprennent', 'prenne', 'reprenne'].map((v) => `${v} le pouvoir`), 'forment le gouvernement', 'forme le gouvernement',
  'gagnent les élections', 'gagne les élections', 'remportent les élections', 'remporte les élections',
  'bonne chance à', 'bon succès à', 'bonne campagne à', 'bonne chance dans ta campagne', 'tu as mon vote', 'vous avez mon vote', 'a mon vote',
];

export const OPPOSITION_FR = [
  // Les sortir du pouvoir, en toutes formes familières (« on les sort », « mettons-les dehors », « ça va faire »).
  ...['on les', 'faut les', 'il faut les', 'on va les', 'allons les'].flatMap((s) => ['sort', 'sortir', 'met dehors', 'mettre dehors', 'renvoie', 'renvoyer', 'chasse', 'chasser', 'balaie', 'balayer'].map((v) => `${s} ${v}`)),
  // Le parti nommé entre le verbe et le lieu du pouvoir (« il faut sortir les conservateurs de Queen's Park »).
  'faut sortir', 'il faut sortir', 'on va sortir', 'sortons', 'mettre dehors', 'renvoyer chez eux',
  // Le tort que ferait le plan d'un parti, dit par ceux qu'il frappe : « frapperait surtout les régions ».
  'ferait mal', 'feraient mal', 'va faire mal', 'vont faire mal', 'frapperait', 'frapperaient', 'toucherait durement',
  'toucheraient durement', 'nuirait', 'nuiraient', 'va nuire', 'vont nuire', 'serait un désastre', 'seraient un désastre',
  'serait une catastrophe', 'serait désastreux', 'serait désastreuse', 'seraient désastreux', 'seraient désastreuses',
  'sortons-les', 'mettons-les dehors', 'renvoyons-les', 'chassons-les', 'à la porte', 'ça va faire', 'ca va faire',
  'ont détruit', 'détruisent', 'a détruit', 'détruit', 'ont ruiné', 'ruinent', 'a ruiné', 'ont saboté', 'sabotent',
  'a saboté', 'ont vendu', 'doivent partir', 'doit partir', 'dehors', 'assez de', 'marre de', 'ras-le-bol',
  "on n'en peut plus", 'plus jamais', 'jamais plus', 'jamais les', 'corrompus', 'corrompu', 'corrompue', 'corruption',
  'menteurs', 'menteur', 'menteuse', 'mentent', 'ont menti', 'a menti', 'clowns', 'guignols', 'bouffons', 'imbéciles',
  'idiots', 'crétins', 'dangereux', 'dangereuse', 'extrémistes', 'extrême droite', 'radicaux', 'déconnectés',
  'déconnecté', 'déconnectée', 'se moquent de', 'se fichent de', 'se foutent de', 'se fiche de', 'se fout de',
  'à la solde', 'honte aux', 'honte au', 'le pire', 'la pire', 'les pires', 'je déteste', 'je ne supporte pas',
  'ne mérite pas', 'ne méritent pas', 'on ne peut pas faire confiance', 'pas confiance', 'lâches', 'traîtres',
  'fascistes', "n'ont rien fait", "n'a rien fait", 'bradent', 'brade', 'leurs amis', 'copains', 'ne marchera jamais', 'ne fonctionnera jamais', 'irréaliste', 'irréalistes', 'bon débarras', 'bye bye',
  // Menaces pour ce qu'on défend, au futur (« les conservateurs vont détruire nos services publics »).
  'vont détruire', 'va détruire', 'vont ruiner', 'va ruiner', 'vont saccager', 'va saccager', 'vont démanteler',
  'va démanteler', 'il faut les arrêter', 'il faut les battre',
  // Souhaiter une défaite à un parti, en toutes formes.
  'méritent une raclée', 'mérite une raclée', 'méritent une bonne raclée', 'méritent de perdre', 'mérite de perdre',
  'méritent la défaite', 'méritent de se faire battre', "j'espère qu'ils perdent", "j'espère qu'ils vont perdre",
  'leur montrer la porte', 'mangent une volée', 'manger une volée', 'une bonne leçon aux',
];

export const REPORTED_SPEECH_FR = [
  'dit', 'disent', 'a dit', 'ont dit', 'affirme', 'affirment', 'a affirmé', 'soutient que', 'prétend', 'prétendent',
  'qualifie', 'qualifient', 'a qualifié', 'accuse', 'accusent', 'a accusé', 'selon', 'dénonce', 'dénoncent', 'a dénoncé',
  'critique', 'critiquent', 'a critiqué', 'estime', 'estiment', 'déclare', 'déclarent', 'a déclaré', 'rapporte', 'écrit',
  'promet', 'promettent', 'a promis', 'ont promis', 'propose', 'proposent', 'annonce', 'annoncent', 'a annoncé',
];

/** Juste après le nom d'un chef : souhaiter son départ (« Doug Ford doit partir »). */
export const OUSTER_AFTER_FR = [
  'doit partir', 'doit s\'en aller', 'dehors', 'démission', 'doit démissionner', 'débarque', 'dégage', 'c\'est fini',
  'doit sauter', 'doit tomber',
];

/** Juste avant le nom d'un chef : souhaiter son départ (« dehors Doug Ford », « j'ai hâte que Doug Ford »). */
export const OUSTER_BEFORE_FR = [
  'dehors', 'sortons', 'sortez', 'faut sortir', 'il faut sortir', 'bye bye', 'adieu', 'débarrassons-nous de',
  'se débarrasser de', "j'ai hâte que", "hâte que", 'vivement le départ de', 'à bas',
];
