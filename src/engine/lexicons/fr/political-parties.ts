// Partis politiques (fédéraux, ontariens et de quelques autres provinces), tels qu'on les écrit en
// français. Ce sont des données : les noms changent, on met à jour cette liste et non les règles.

/** Noms sans ambiguïté, quelle que soit la casse. */
export const PARTIES_FR = [
  // Ontario
  "Parti progressiste-conservateur de l'Ontario", 'Parti progressiste-conservateur', 'progressistes-conservateurs',
  "PC de l'Ontario", "Parti libéral de l'Ontario", "libéraux de l'Ontario", "Nouveau Parti démocratique de l'Ontario",
  "NPD de l'Ontario", "Parti vert de l'Ontario", "Verts de l'Ontario", "Nouveau Parti bleu de l'Ontario",
  'Nouveau Parti bleu', "Parti de l'Ontario",
  // Fédéral
  'Parti conservateur du Canada', 'Parti conservateur', 'PCC', 'Parti libéral du Canada', 'Parti libéral', 'PLC',
  'libéraux fédéraux', 'conservateurs fédéraux', 'Nouveau Parti démocratique', 'NPD', 'néo-démocrates', 'néodémocrates',
  'Parti vert du Canada', 'Parti vert', 'Bloc québécois', 'bloquistes', 'Parti populaire du Canada', 'Parti populaire',
  // Autres provinces
  'Parti québécois', 'péquistes', 'Coalition avenir Québec', 'CAQ', 'caquistes', 'Québec solidaire', 'solidaires',
  'Parti conservateur uni',
  // Sigles ontariens en français.
  'PLO', 'NPDO', 'PVO', 'Parti vert ontarien', 'libéraux ontariens', 'néo-démocrates ontariens',
];

/** Adjectifs de parti qui ne désignent un parti que devant (ou après) un des noms ci-dessous. */
export const PARTY_ADJECTIVES_FR = [
  'libéral', 'libérale', 'libéraux', 'libérales', 'conservateur', 'conservatrice', 'conservateurs', 'conservatrices',
  'progressiste-conservateur', 'progressiste-conservatrice', 'néo-démocrate', 'vert', 'verte', 'bloquiste', 'péquiste',
  'caquiste',
];

/** Noms qui, suivis d'un adjectif de parti, désignent le parti (« gouvernement libéral », « députée conservatrice »). */
export const PARTY_NOUNS_FR = [
  'gouvernement', 'député', 'députée', 'députés', 'députées', 'candidat', 'candidate', 'candidats', 'candidates', 'chef',
  'cheffe', 'caucus', 'ministres', 'militants', 'militantes', 'partisans', 'partisanes', 'électeurs', 'électrices',
  'programme', 'plateforme', 'majorité', 'campagne',
];

/** Ce qu'un parti propose (« le plan libéral », « la promesse conservatrice ») : un parti seulement
 * après un article défini (« un plan conservateur pour sa retraite » parle d'argent). */
export const PARTY_PROPOSALS_FR = [
  'plan', 'plans', 'promesse', 'promesses', 'proposition', 'propositions', 'engagement', 'engagements', 'politique',
];

/** Formes courtes reconnues avec leur article (« les libéraux », « aux conservateurs »). */
export const PARTY_SHORT_FORMS_FR = [
  'les libéraux', 'des libéraux', 'aux libéraux', 'ces libéraux', 'les conservateurs', 'des conservateurs',
  'aux conservateurs', 'ces conservateurs', 'les néo-démocrates', 'les bloquistes', 'les progressistes-conservateurs',
];

/** Formes courtes reconnues seulement avec la majuscule (« les Verts », « le Bloc »). */
export const PARTY_CAPITALISED_FR = ['Verts', 'Bloc', 'Libéraux', 'Conservateurs'];

/** Mots qui font d'une forme courte autre chose (conservateurs de musée, agents de conservation). */
export const PARTY_SHORT_FORM_TRAPS_FR = [
  'musée', 'musées', 'galerie', "d'art", 'archives', 'alimentaire*', 'bibliothèque*', 'conservation', 'ordinateur*',
];

/** Noms familiers des partis (« les bleus », « la gang à Ford ») : des partis seulement dans une phrase
 * qui parle de pouvoir, de vote ou de gouvernement (« allez les rouges! » encourage une équipe). */
export const PARTY_COLLOQUIAL_FR = [
  'les bleus', 'des bleus', 'aux bleus', 'les rouges', 'des rouges', 'aux rouges', 'les oranges', 'des oranges',
  'aux oranges', 'la gang à Ford', 'la gang de Ford', 'la gang à Doug', 'les troupes de Ford', 'les troupes à Ford',
  'les tories', 'les conservateurs', 'les libéraux', 'les néo-démocrates',
];

/** Ce qui fait d'un nom familier un parti : le pouvoir, le vote, le gouvernement. */
export const PARTY_COLLOQUIAL_CONTEXT_FR = [
  'pouvoir', 'au pouvoir', 'gouvernement', 'gouverner', 'vote', 'votez', 'voter', 'votent', 'élection', 'élections', 'scrutin',
  "Queen's Park", 'majorité', 'minoritaire', 'majoritaire', 'circonscription', 'député', 'députés', 'campagne électorale',
  'sondage', 'sondages', 'mandat', 'réélus', 'réélu', 'réélire', 'élire', 'élus', 'battre', 'services publics',
  'coupé dans', 'coupent dans', 'couper dans', 'compressions', 'budget', 'ministre', 'ministres', 'parti', 'dehors',
];
