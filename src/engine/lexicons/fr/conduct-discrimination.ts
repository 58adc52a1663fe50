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
  'sale noir', 'sale nègre', 'sale immigré', 'sales immigrés', 'sale autochtone', 'sale musulman',
];

/** Groupes définis par un motif protégé. */
export const PROTECTED_GROUPS_FR = [
  'immigrants', 'immigrantes', 'immigrés', 'immigrées', 'réfugiés', 'réfugiées', 'migrants', 'demandeurs d\'asile',
  'nouveaux arrivants', 'étrangers', 'musulmans', 'musulmanes', 'juifs', 'chrétiens', 'catholiques', 'hindous', 'sikhs',
  'athées', 'noirs', 'les noirs', 'personnes noires', 'asiatiques', 'arabes', 'autochtones', 'indiens', 'premières nations',
  'chinois', 'mexicains', 'africains', 'haïtiens', 'somaliens', 'pakistanais', 'syriens', 'afghans', 'philippins', 'femmes',
  'filles', 'hommes', 'gais', 'gays', 'lesbiennes', 'personnes trans', 'trans', 'homosexuels', 'bisexuels', 'handicapés',
  'personnes handicapées', 'autistes', 'vieux', 'personnes âgées', 'aînés', 'boomers', 'baby-boomers', 'milléniaux',
  'francophones', 'anglophones', 'anglos', 'anglais', 'québécois', 'franco-ontariens', 'mères monoparentales', 'assistés sociaux',
  'bs', 'ces gens-là', 'ces gens là', 'ce monde-là', 'ce monde là', 'cette gang-là', 'ces gens', 'ces personnes-là', 'leur race',
  'ces immigrés', 'ces immigrants', 'ces réfugiés', 'vous autres', 'eux autres',
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
  'des quêteux', 'quêteux', 'tous des voleurs',
];

/** Exigences d'exclusion (« qu'ils retournent chez eux »). */
export const EXCLUSIONS_FR = [
  'retournez dans votre pays', 'retourne dans ton pays', 'retournez chez vous', 'retourne chez vous', 'retourne chez toi',
  'qu\'ils retournent chez eux', 'qu\'ils retournent dans leur pays', 'devraient retourner chez eux',
  'devraient retourner dans leur pays', 'renvoyez-les', 'renvoyons-les', 'il faut les renvoyer', 'il faut tous les renvoyer',
  'devraient être expulsés', 'devraient être déportés', 'n\'ont pas leur place ici', 'n\'ont rien à faire ici',
  'ne devraient pas avoir le droit', 'devraient être interdits', 'dehors les', 'volent nos jobs', 'volent nos emplois',
  'prennent nos jobs', 'prennent nos emplois', 'nous envahissent', 'envahissent le pays', 'à la cuisine',
  'devraient rester à la maison',
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
