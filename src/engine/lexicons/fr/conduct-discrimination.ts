// Propos haineux et généralisations sur des motifs protégés par le Code des droits de la personne
// de l'Ontario (race, ascendance, couleur, origine ethnique, citoyenneté, croyance, sexe,
// orientation sexuelle, identité et expression de genre, âge, handicap, état familial). La liste
// d'injures est courte et factuelle : des mots sans usage anodin courant.

/** Injures haineuses. */
export const SLURS_FR = [
  'nègre', 'nègres', 'négresse', 'négro', 'négros', 'bougnoule', 'bougnoules', 'bicot', 'bicots', 'youpin', 'youpins', 'youtre',
  'chinetoque', 'chinetoques', 'niakoué', 'niakoués', 'bamboula', 'sauvagesse', 'sauvagesses', 'fif', 'fifs', 'tapette',
  'tapettes', 'pédé', 'pédés', 'tantouze', 'gouine', 'gouines', 'travelo', 'travelos', 'gogol', 'gogols', 'mongolien',
  'mongoliens', 'attardé mental', 'attardée mentale', 'retardé mental', 'les bridés', 'sale arabe', 'sale juif',
  'sale noir', 'sale nègre', 'sale immigré', 'sales immigrés', 'sale autochtone', 'sale musulman', 'têtes carrées',
];

/** Groupes définis par un motif protégé. */
export const PROTECTED_GROUPS_FR = [
  'immigrants', 'immigrantes', 'immigrés', 'immigrées', 'réfugiés', 'réfugiées', 'migrants', 'demandeurs d\'asile',
  'nouveaux arrivants', 'étrangers', 'musulmans', 'musulmanes', 'juifs', 'chrétiens', 'catholiques', 'hindous', 'sikhs',
  'athées', 'noirs', 'les noirs', 'personnes noires', 'asiatiques', 'arabes', 'autochtones', 'indiens', 'premières nations',
  'chinois', 'mexicains', 'africains', 'haïtiens', 'somaliens', 'pakistanais', 'syriens', 'afghans', 'philippins', 'femmes',
  'filles', 'hommes', 'gais', 'gays', 'lesbiennes', 'personnes trans', 'trans', 'homosexuels', 'bisexuels', 'handicapés',
  'personnes handicapées', 'autistes', 'vieux', 'personnes âgées', 'aînés', 'boomers', 'baby-boomers', 'milléniaux',
  'francophones', 'anglophones', 'anglos', 'francos', 'anglais', 'québécois', 'franco-ontariens', 'mères monoparentales', 'assistés sociaux',
  'bs', 'ces gens-là', 'ces gens là', 'ce monde-là', 'ce monde là', 'cette gang-là', 'ces gens', 'ces personnes-là', 'leur race',
  'ces immigrés', 'ces immigrants', 'ces réfugiés', 'vous autres', 'eux autres',
  // Un groupe nommé par sa culture : « y'a des cultures qui savent pas vivre proprement ».
  'certaines cultures', 'ces cultures', 'ces cultures-là',
  // « Y'a des cultures qui… »: « il y a des X qui » présente une généralisation, pas un sous-groupe.
  "y'a des cultures qui", 'il y a des cultures qui', "y'a certaines cultures qui", 'il y a certaines cultures qui',
];

/** Prédicats négatifs, déshumanisants ou d'exclusion. */
export const NEGATIVE_PREDICATES_FR = [
  'paresseux', 'paresseuses', 'criminels', 'terroristes', 'voleurs', 'voleuses', 'stupides', 'cons', 'sales', 'animaux',
  'sauvages', 'dégoûtants', 'dégoûtantes', 'une maladie', 'un fléau', 'parasites', 'des parasites', 'vermine', 'envahisseurs',
  'dangereux', 'dangereuses', 'violents', 'violentes', 'inférieurs', 'inférieures', 'monstres', 'pervers', 'pédophiles',
  'malades mentaux', 'un fardeau', 'le problème', 'menteurs', 'tricheurs', 'déchets', 'ordures', 'violeurs',
  'ivrognes', 'inutiles', 'bons à rien', 'profiteurs', 'profiteuses', 'des bs', 'sur le bs', 'une menace', 'le mal', 'arriérés',
  'barbares', 'hystériques', 'trop émotives', 'contre nature', 'une abomination', 'tous pareils', 'toutes pareilles',
  'pas les bienvenus', 'l\'ennemi', 'en train de tout détruire', 'voleurs de jobs', 'des sangsues', 'sangsues', 'incapables',
  'des quêteux', 'quêteux', 'tous des voleurs', 'ingrats', 'ingrates', 'gâtés', 'agressifs', 'agressives', 'impolis',
  'bruyants', 'exigeants', 'sales', 'crasseux', 'des fraudeurs', 'fraudeurs', 'des profiteurs', 'toujours agressifs',
  'toujours en retard', 'toujours en train de se plaindre',
];

/** Exigences d'exclusion (« qu'ils retournent chez eux »). */
export const EXCLUSIONS_FR = [
  'retournez dans votre pays', 'retourne dans ton pays', 'retournez chez vous', 'retourne chez vous', 'retourne chez toi',
  'qu\'ils retournent chez eux', 'qu\'ils retournent dans leur pays', 'devraient retourner chez eux',
  'devraient retourner dans leur pays', 'renvoyez-les', 'renvoyons-les', 'il faut les renvoyer', 'il faut tous les renvoyer',
  'devraient être expulsés', 'devraient être déportés', 'n\'ont pas leur place ici', 'n\'ont rien à faire ici',
  'ne devraient pas avoir le droit', 'devraient être interdits', 'dehors les', 'volent nos jobs', 'volent nos emplois',
  'prennent nos jobs', 'prennent nos emplois', 'nous envahissent', 'envahissent le pays', 'à la cuisine',
  'devraient rester à la maison', 'ne sont pas faites pour', 'ne sont pas faits pour', 'sont pas faites pour',
  'sont pas faits pour', 'sont pas capables', 'ne sont pas capables', 'devraient garder ça pour eux', 'gardez ça pour vous',
  'devraient se cacher', 'personne veut voir ça', 'devraient pas être engagés', 'devraient pas être engagées',
  'ne devraient pas être engagés', 'n\'ont pas d\'affaire ici', 'ont pas d\'affaire ici',
  // Leur refuser une place ou leur demander de se cacher (« les femmes ont pas leur place comme gestionnaires »).
  'ont pas leur place', 'n\'ont pas leur place', 'ont pas d\'affaire à', 'n\'ont pas d\'affaire à', 'devraient rester discrets',
  'devraient rester discrètes', 'devraient rester dans le placard', 'devraient rester chez eux', 'devraient rester chez elles',
  'devraient retourner à la cuisine', 'devraient pas avoir le droit', 'devraient même pas avoir le droit',
  'viennent ici pour vivre', 'vient ici pour vivre', 'viennent juste profiter', 'vient juste profiter', 'vivent sur le bs',
  'vit sur le bs', 'vivent sur notre dos', 'vivent aux crochets',
];

/** Mots qui transforment la généralisation en réfutation ou en citation. */
export const DEBUNK_CUES_FR = [
  'mythe', 'mythes', 'préjugé', 'préjugés', 'stéréotype', 'stéréotypes', 'faux', 'pas vrai', 'erroné', 'raciste', 'racistes',
  'sexiste', 'homophobe', 'transphobe', 'haineux', 'haineuse', 'arrêtons de dire', 'arrêtez de dire', 'personne ne devrait',
  'contrairement à', 'on entend que', 'certains disent', 'certains prétendent', 'prétendre que', 'prétendent que', 'idée reçue',
  'idées reçues', 'discours haineux', 'insulte', 'insultes', 'm\'a traité', 'nous a traités', 'a crié', 'graffiti',
  'l\'idée que', 'le mensonge que', 'si vous pensez que', 'si tu penses que',
];

/** Mots qui signalent une réfutation où qu'ils soient dans la phrase. */
export const REFUTATION_WORDS_FR = ['mythe', 'mythes', 'stéréotype', 'stéréotypes', 'préjugé', 'préjugés', 'idée reçue', 'faux', 'pas vrai'];

/** Exiger qu'on parle une langue (« apprenez la langue ») : une exclusion dès qu'elle vise les gens venus d'ailleurs. */
export const LANGUAGE_DEMANDS_FR = [
  'apprenez la langue', 'apprends la langue', 'apprenez le français', "apprenez l'anglais", 'apprends le français',
  "apprends l'anglais", 'apprenez à parler français', 'apprenez à parler anglais', 'parlez français', 'parle français',
  'parlez en français', 'parlez anglais', 'parle anglais', 'parlez notre langue', 'apprenez notre langue', 'speak white',
];
export const LANGUAGE_DEMAND_CONTEXT_FR = [
  'si vous venez ici', 'si tu viens ici', 'si vous vivez ici', 'si tu vis ici', 'si vous voulez vivre ici',
  'si vous voulez travailler ici', 'si vous restez ici', 'ils viennent ici', 'elles viennent ici', 'viennent ici',
  'au canada', 'dans ce pays', 'ou retournez', 'ou retourne', 'ou allez-vous-en', 'ou partez', 'parlent même pas',
  'parle même pas', 'parlent pas', 'savent même pas parler', 'sait même pas parler', 'refusent de parler',
  'refuse de parler', 'ces gens', 'vous autres', 'immigrants', 'immigrés', 'nouveaux arrivants', 'étrangers',
  'ici on parle', 'avant de venir', 'avant de demander', 'ou allez vivre', 'ou allez donc vivre', 'ou va vivre',
  'ou déménagez', 'ou déménage', 'ou retournez-vous-en',
];
export const LANGUAGE_SCORN_FR = [
  'parlent même pas français', 'parle même pas français', 'parlent même pas anglais', 'parle même pas anglais',
  'savent même pas parler français', 'sait même pas parler français', 'parlent pas un mot de français',
  'parle pas un mot de français', 'parlent pas un mot d\'anglais', 'baragouinent', 'baragouine', 'français cassé',
  'parlent même pas la langue', 'parle même pas la langue',
  // Le mépris dit par le ton, pas le fait : « même pas un mot », « comme du monde » (« elle parle pas un mot de
  // français encore » est un fait sur une nouvelle arrivante, et reste propre).
  'même pas un mot de français', "même pas un mot d'anglais", 'français comme du monde', 'anglais comme du monde',
  'aligner deux mots en français', 'aligner deux mots en anglais', 'capables d\'aligner deux mots',
];
export const LANGUAGE_SCORN_TARGETS_FR = [
  'ils', 'elles', 'clients', 'clientes', 'gens', 'demandeurs', 'la moitié', 'ces', 'immigrants', 'immigrés',
  'nouveaux arrivants', 'réfugiés', 'étrangers', 'patients', 'locataires', 'parents', 'familles',
  // Une personne servie, et les gens qu'on a embauchés : « les nouveaux qu'on a engagés… ».
  'famille', 'client', 'cliente', 'engagés', 'engagées', 'embauchés', 'embauchées',
];

export const TOKEN_HIRE_FR = [
  'embauche de quota', 'embauche pour les quotas', 'engagée pour les quotas', 'engagé pour les quotas',
  'embauchée pour les quotas', 'embauché pour les quotas', 'pour remplir un quota', 'pour remplir les quotas',
  'juste parce que c\'est une femme', 'juste parce qu\'elle est une femme', 'parce que c\'est une femme qu\'elle',
  'engagée pour la diversité', 'engagé pour la diversité', 'embauche diversité',
];

// Un juron devant un groupe protégé (« maudits anglos », « criss d'immigrés ») : le mépris du groupe comme tel.
const CURSES_FR = ['maudits', 'maudites', 'criss de', 'crisse de', 'osti de', 'esti de', 'tabarnak de', 'câlisse de'];
const CURSED_GROUPS_FR = CURSES_FR.flatMap((c) =>
  PROTECTED_GROUPS_FR.filter((g) => !/^(?:ces|ce|cette|vous|eux|leur|les|bs)\b/.test(g))
    // « criss d'immigrés » : « de » s'élide devant une voyelle.
    .map((g) => (/ de$/.test(c) && /^[aeiouyàâéèêîôûh]/.test(g) ? `${c.slice(0, -2)}d'${g}` : `${c} ${g}`)),
);

export const TYPICAL_GROUP_FR = [
  ...CURSED_GROUPS_FR,
  'typique d\'une femme', 'typiquement féminin', 'typique des femmes', 'typique d\'un immigrant', 'typique des immigrants',
  'typique d\'un arabe', 'typique des arabes', 'typique des musulmans', 'typique d\'un noir', 'typique des noirs',
  'typique des autochtones', 'typique des anglais', 'typique des français', 'typique d\'un vieux', 'typique des boomers',
  'c\'est bien une femme', 'c\'est bien un immigrant', 'c\'est bien un arabe', 'encore une femme aux commandes',
  'encore une femme au volant', 'encore une femme en charge',
  'qu\'est-ce que tu veux, c\'est une femme', 'c\'est une affaire de femme', 'engagez des canadiens d\'abord',
  'les canadiens d\'abord', 'les vrais canadiens', 'sans être raciste', 'je suis pas raciste mais',
  'je ne suis pas raciste mais', 'c\'est pas du racisme mais', 'ces gens-là sont toujours', 'ce monde-là sont toujours', 'on engage juste des femmes',
  'on engage juste des immigrants', 'les hommes blancs ont plus aucune chance', 'les blancs ont plus aucune chance',
  // La diversité dite avec ironie après un reproche (« c'est ça qu'on appelle la diversité je suppose 🙄 »).
  'c\'est ça qu\'on appelle la diversité', 'c\'est ça la diversité je suppose', 'bienvenue à la diversité',
  'merci la diversité', 'ça c\'est la diversité',
];

export const PROTECTED_ATTRIBUTES_FR = [
  'gai', 'gaie', 'gay', 'lesbienne', 'trans', 'bisexuel', 'bisexuelle', 'queer', 'non binaire', 'musulman', 'musulmane',
  'juif', 'juive', 'mormon', 'mormone', 'catholique', 'hindou', 'hindoue', 'sikh', 'noir', 'noire', 'asiatique', 'arabe',
  'autochtone', 'handicapé', 'handicapée', 'autiste', 'sourd', 'sourde', 'aveugle', 'en fauteuil roulant', 'une femme',
  'immigrant', 'immigrante', 'réfugié', 'réfugiée', 'vieux', 'vieille', 'anglophone', 'francophone',
  'sur le bs', 'sur l\'aide sociale', 'bipolaire', 'malade mental', 'malade mentale',
];
export const MOCKING_LINKS_FR = [
  'ça explique bien des choses', 'ça explique beaucoup', 'ça explique tout', 'ceci explique cela', 'cela explique tout',
  'cela explique bien des choses', 'ça explique pourquoi', 'pas surprenant', 'pas étonnant', 'pas de surprise',
  'qu\'est-ce que tu veux', 'je dis ça je dis rien', 'tout est dit',
];

export const CULTURE_BLAME_FR = ["c'est culturel", "c'est leur culture", 'dans leur culture'];

/** Ce qu'on reproche à un groupe de faire, après le groupe (« les immigrants profitent du système »,
 * « les réfugiés vivent sur le BS ») : une généralisation par le verbe plutôt que par l'adjectif. */
export const GROUP_CLAIMS_FR = [
  // Dit comme un manque : « savent (juste) pas vivre proprement », « n'ont aucun respect ».
  'savent pas vivre', 'savent juste pas vivre', 'ne savent pas vivre', 'ne savent juste pas vivre', "n'ont aucun respect", 'ont aucun respect', 'sont pas capables de vivre', 'apprennent jamais',
  "s'attendent a des cadeaux", "s'attendent toujours a des cadeaux", "s'attendent a tout recevoir", "s'attendent a tout avoir",
  "s'attendent a etre servis", 'veulent tout gratuit', 'veulent tout gratis', 'veulent tout pour rien', 'veulent des passe-droits',
  'vivent sur le bs', "vivent de l'aide sociale", 'vivent sur notre dos', 'vivent aux crochets', 'profitent du systeme',
  'abusent du systeme', 'fraudent le systeme', 'siphonnent le systeme', 'volent nos jobs', 'volent nos emplois',
  'prennent nos jobs', 'prennent nos emplois', 'travaillent pas', 'ne travaillent pas', 'veulent pas travailler',
  'ne veulent pas travailler', "refusent de s'integrer", "s'integrent pas", "ne s'integrent pas", 'savent pas conduire',
  'ne savent pas conduire', "paient pas d'impots", "payent pas d'impots", "ne paient pas d'impots", 'se plaignent tout le temps',
  'se plaignent de tout', 'jouent la victime', 'amenent le crime', 'detruisent tout', 'ruinent tout',
];
