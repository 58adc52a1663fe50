// Mots d'évaluation d'une opinion publique sur une politique, en français. Seuls, ils ne disent rien
// (« la météo est ridicule ») : les règles exigent une cible gouvernementale dans la même phrase.

// Des familles plutôt que des phrases : un défaut par degré (« beaucoup trop laxiste », « pas assez
// ambitieux ») et un jugement sur une décision par n'importe quel adjectif critique (« une mauvaise
// décision », « un choix cynique »), avec l'accord du féminin.
const DEGRES_FR = ['trop', 'beaucoup trop', 'bien trop', 'nettement trop', 'franchement trop'];
const DEFAUTS_FR = [
  'faible', 'faibles', 'laxiste', 'laxistes', 'lent', 'lente', 'lents', 'rapide', 'vite', 'précipité', 'précipitée',
  'sévère', 'strict', 'stricte', 'vague', 'compliqué', 'compliquée', 'coûteux', 'coûteuse', 'tard', 'timide', 'restrictif',
  'restrictive', 'permissif', 'permissive', 'bureaucratique', 'rigide',
];
const MANQUES_FR = ['fort', 'forte', 'ambitieux', 'ambitieuse', 'clair', 'claire', 'sérieux', 'sérieuse', 'financé', 'financée', 'rapide', 'vite'];
const DECISIONS_F_FR = ['décision', 'idée', 'orientation', 'politique', 'priorité', 'approche'];
const DECISIONS_M_FR = ['choix', 'calcul', 'signal', 'précédent', 'virage', 'plan'];
const CRITIQUES_AVANT_F_FR = ['mauvaise', 'très mauvaise', 'terrible', 'pire', 'triste', 'drôle de'];
const CRITIQUES_AVANT_M_FR = ['mauvais', 'très mauvais', 'terrible', 'pire', 'triste', 'drôle de'];
const CRITIQUES_APRES_F_FR = ['irresponsable', 'cynique', 'cruelle', 'insensée', 'aberrante', 'désastreuse', 'douteuse', 'absurde', 'injuste'];
const CRITIQUES_APRES_M_FR = ['irresponsable', 'cynique', 'cruel', 'insensé', 'aberrant', 'désastreux', 'douteux', 'absurde', 'injuste'];

const NEGATIVE_EVALUATION_BASE_FR = [
  // La position de l'auteur contre la mesure, à la première personne (« je suis contre », « je m'oppose à »).
  'je suis contre', 'je suis totalement contre', 'je suis complètement contre', "je m'oppose à", "je m'oppose au", "je m'oppose aux",
  "je ne suis pas d'accord avec", "je suis pas d'accord avec", "chu pas d'accord avec", 'je désapprouve', 'je dénonce',
  'laisse tomber les familles', 'laisse tomber les élèves', 'laisse tomber les agriculteurs', 'laisse tomber le nord', 'laissés pour compte',
  ...DEGRES_FR.flatMap((d) => DEFAUTS_FR.map((f) => `${d} ${f}`)),
  ...MANQUES_FR.map((m) => `pas assez ${m}`),
  ...DECISIONS_F_FR.flatMap((n) => [...CRITIQUES_AVANT_F_FR.map((a) => `${a} ${n}`), ...CRITIQUES_APRES_F_FR.map((a) => `${n} ${a}`)]),
  ...DECISIONS_M_FR.flatMap((n) => [...CRITIQUES_AVANT_M_FR.map((a) => `${a} ${n}`), ...CRITIQUES_APRES_M_FR.map((a) => `${n} ${a}`)]),
  // Le tort fait par un gouvernement (« les dégâts de ce gouvernement », « un gros recul »).
  'les dégâts', 'des dégâts', 'fait des dégâts', 'font des dégâts', 'saccage', 'saccagent', 'gros recul', 'grave recul', 'net recul',
  'un désastre', 'désastre', 'désastreux', 'désastreuse', 'une catastrophe', 'catastrophique', 'honteux', 'honteuse',
  "c'est honteux", 'une honte', 'quelle honte', 'la honte', "j'ai honte", 'honte au', 'honte à', 'ridicule', 'ridicules',
  'absurde', 'absurdes', 'aberrant', 'aberrante', 'une aberration', 'insensé', 'insensée', "n'importe quoi",
  'du grand n’importe quoi', 'une farce', 'une vraie farce', 'une blague', 'une mauvaise blague', 'un cirque', 'un fiasco',
  'un gâchis', 'du gaspillage', 'un gaspillage', 'gaspillage de fonds publics', 'inacceptable', 'inadmissible',
  'scandaleux', 'scandaleuse', 'un scandale', 'lamentable', 'pathétique', 'minable', "n'a aucune idée",
  "n'ont aucune idée", 'aucune idée de', "n'y connaît rien", "n'y connaissent rien", 'ne comprend rien',
  'ne comprennent rien', "n'a aucun sens", "n'a pas de sens", "n'ont aucun sens", 'aucun bon sens', 'incompétent',
  'incompétente', 'incompétents', 'incompétentes', 'incompétence', 'est nul', 'est nulle', 'sont nuls', 'sont nulles',
  "c'est nul", 'complètement nul', 'complètement nulle', 'vraiment nul', 'vraiment nulle', 'stupide', 'stupides',
  'débile', 'débiles', 'idiot', 'idiote', 'injuste', 'injustes', 'cruel', 'cruelle', 'irresponsable', 'irresponsables',
  'déconnecté', 'déconnectée', 'déconnectés', 'méprisant', 'méprisante', 'du mépris', 'mépris envers', 'insultant',
  'insultante', 'une insulte', 'une gifle', 'une claque', 'une erreur', 'une grave erreur', 'une énorme erreur',
  'une mauvaise décision', 'une très mauvaise décision', 'une mauvaise idée', 'mauvaise idée', 'doit être abandonné',
  'doit être abandonnée', 'devrait être abandonné', 'devrait être abandonnée', 'doit être annulé', 'doit être annulée',
  'devrait être annulé', 'devrait être annulée', 'à abandonner', 'à jeter', 'à la poubelle', 'doit démissionner',
  'devrait démissionner', 'doivent démissionner', 'rétrograde', 'un recul', 'un pas en arrière', 'frustrant',
  'frustrante', 'décevant', 'décevante', 'déçu par', 'déçue par', 'le pire', 'la pire', 'les pires', 'révoltant',
  'révoltante', 'indécent', 'indécente', 'inhumain', 'inhumaine', 'une attaque contre', "s'attaque aux", "s'attaque à",
  'saccage', 'saccagent', 'détruit', 'détruisent', 'démolit', 'ruine', 'un bordel', 'le chaos', 'chaotique',
  "c'est fou", 'complètement fou', 'de la folie', 'une folie', 'hypocrite', 'hypocrisie', 'mensonge', 'mensonges',
  'antidémocratique', 'ça suffit', 'une mascarade', 'nuisible', 'néfaste', 'dévastateur', 'dévastatrice',
  // Toutes les formes (masculin, féminin, pluriel) des adjectifs les plus courants.
  'honteu*', 'scandaleu*', 'désastreu*', 'catastrophique*', 'ridicule*', 'absurde*', 'aberrant*', 'insensé*',
  'inacceptable*', 'inadmissible*', 'lamentable*', 'pathétique*', 'minable*', 'incompétent*', 'injuste*',
  'irresponsable*', 'déconnecté*', 'méprisant*', 'insultant*', 'frustrant*', 'décevant*', 'révoltant*', 'indécent*',
  'inhumain*', 'stupide*', 'débile*', 'nuisible*', 'néfaste*', 'dévastat*', 'rétrograde*', 'antidémocratique*',
  'se fiche de', 'se fichent de', 'se fout de', 'se foutent de', 'se moque de', 'se moquent de', 'méprise', 'méprisent',
  'néglige', 'négligent', 'laisse tomber', 'laissent tomber', 'tourne le dos', 'tournent le dos',
  'catastrophe', 'une vraie catastrophe', 'aucune crédibilité', 'zéro crédibilité', 'nous prend pour', 'nous prennent pour',
  'prend les gens pour', 'prennent les gens pour', 'de la pure fantaisie', 'un conte de fées', 'irréaliste*',
  'mérite mieux', 'méritent mieux', 'a abandonné le Nord', 'ont abandonné le Nord', 'complètement abandonné',
  'une vraie honte', 'une farce totale', 'un vrai désastre', 'un vrai fiasco', 'un vrai gâchis',
  'mal ficelé', 'mal ficelée', 'mal pensé', 'mal pensée', 'va trop loin', 'est allé trop loin', 'à courte vue', 'bâclé',
  'bâclée', 'inapplicable', 'ne marchera jamais', 'méritaient mieux',
  // Prédictions d'échec ou de tort, et tournures d'ici (« poudre aux yeux », « ça a pas d'allure »).
  'ne réglera rien', 'ne règlera rien', 'ne changera rien', 'ne fera rien', 'ne sert à rien', 'va nuire', 'vont nuire',
  'nuira', 'nuiront', 'va faire mal', 'va coûter cher', 'empire les choses', 'va empirer', 'poudre aux yeux',
  'de la poudre aux yeux', 'ne tient pas la route', 'tient pas la route', 'de la fiction', 'pure fiction',
  'de la pure fiction', 'sans consultation', 'sans aucune consultation', 'sans vraie consultation', 'sans consulter',
  'personne ne comprend', 'personne n’a demandé', "personne n'a demandé", 'une joke', 'niaiseux', 'niaiseuse',
  'niaiseries', 'tout croche', 'mal foutu', 'mal foutue', "n'a ni queue ni tête", 'sans queue ni tête',
  'tiré par les cheveux', 'un échec', 'échec total', 'cafouillage', 'un cafouillage',
  "de l'improvisation", 'à la va-vite', 'en catimini', 'coupé de la réalité',
  'coupée de la réalité', 'déconnecté de la réalité', 'déconnectée de la réalité', 'se tire dans le pied',
  'un cadeau aux', 'copinage', 'écoeurant', 'écœurant', "ça n'a pas d'allure", "ça a pas d'allure", "pas d'allure",
  "ça a pas de bon sens", 'pas de bon sens', "ça n'a aucun bon sens", "c'est pas sérieux", 'pas sérieux',
  'une trahison', 'trahison', 'promesse brisée', 'promesses brisées',
  'pour la galerie', 'trop peu trop tard', 'bâclé',
  'une gaffe', 'gaffe', 'une belle gaffe', "s'est trompé", "s'est trompée", 'se sont trompés', 'a tout faux', 'ont tout faux',
  'à côté de la plaque', 'attendent des semaines', 'attendent des mois', 'attendre des semaines', 'attendre des mois', 'a raté son coup', 'raté son coup', 'ont raté leur coup', 'raté leur coup',
  'qui a pensé à ça', 'qui a pensé ça', 'ceux qui ont pensé', "n'ont jamais vu un client", "n'a jamais vu un client",
  "n'ont jamais rencontré un client", "n'a jamais mis les pieds", 'un recul', 'la plus stupide', 'la plus ridicule', 'la plus absurde', 'inquiétudes', 'des inquiétudes', "j'ai des inquiétudes", 'de sérieuses inquiétudes',
  'inquiétant', 'inquiétante', 'préoccupant', 'préoccupante', 'troublant', 'troublante', 'alarmant', 'alarmante',
  'problématique', 'douteux', 'douteuse', 'une occasion ratée', 'occasion ratée', 'une occasion manquée',
  'occasion manquée', 'rendez-vous manqué', 'insuffisant', 'insuffisante', 'ne va pas assez loin', 'pas assez loin',
  'trop lent', 'trop lente', 'trop peu', 'doit faire mieux', 'revoir sa copie', 'la mauvaise direction',
  'rate la cible', 'à côté de la plaque', 'punit', 'punissent', 'pénalise', 'pénalisent', 'mauvaise gestion',
  'fait le ménage', 'faire le ménage', 'le gâchis', 'opinion impopulaire', 'contrairement au gouvernement précédent',
  "contrairement à l'ancien", 'contrairement au précédent',
  // (Not « c'est faux »: correcting a false claim is what an official account should do.)
  'mensonger', 'mensongère', 'un mensonge', 'sans financement', 'sans un sou',
  'pas une cenne', 'pas un sou', 'ne marche pas', 'marche pas', 'ne fonctionne pas', 'fonctionne pas',
  'déçu de', 'déçue de', 'déçus de', 'déçues de', 'jamais vu pire', 'jamais vu un', 'va tuer', 'va coûter des vies', 'les chiffres ne tiennent pas', 'ça ne tient pas debout', 'tient pas debout',
  // Le tort dit par ses conséquences (« ces compressions rendront les restaurants moins sécuritaires »).
  'est brisé', 'est brisée', 'sont brisés', 'moins sécuritaire', 'moins sécuritaires', 'met en danger', 'mettent en danger', 'met à risque', 'ne fonctionnera pas', 'ne fonctionnera jamais', 'rend plus difficile',
];

// Les adjectifs s'accordent : une mesure nommée au pluriel (« les nouvelles règles sont cruelles »,
// « des délais inacceptables ») est jugée comme au singulier. Chaque adjectif seul de la liste reçoit
// son pluriel (cruel → cruels, cruelle → cruelles, brutal → brutaux), plutôt que d'en dresser la liste.
const pluriel = (w: string) => (/[sxz]$/.test(w) ? w : /al$/.test(w) ? w.slice(0, -2) + 'aux' : w + 's');
// Les terminaisons d'adjectifs seulement : pas les verbes (« méprisent », « ruine ») ni « -ent », qui
// sont aussi des verbes et dont les adjectifs ont déjà leur forme « * » dans la liste.
const ADJECTIF_SEUL = /^[\p{L}-]+(?:é|ée|el|elle|ant|ante|if|ive|eux|euse|al|ale|ique|able|ible|ide|ile|aire|grade|ite|ul|ulle|ain|aine|ot|ote)$/u;
// Un défaut d'exécution, « mal » devant un participe, avec l'accord (« mal géré », « mal conçues »).
const PARTICIPES_FR = ['géré', 'pensé', 'conçu', 'planifié', 'ficelé', 'foutu', 'préparé', 'expliqué', 'exécuté', 'financé', 'administré', 'organisé', 'calculé', 'géré'];

// Une décision qui va contre ce sur quoi elle devrait reposer : les données, la science, l'avis de ceux qui
// ont fait le travail (« zéro données », « fait fi de la science », « une décision politique, pas
// scientifique », « repose sur aucune donnée sérieuse »). Le verdict que les fonctionnaires portent le plus
// souvent sur leurs propres dossiers; produit à partir des fondements et des façons de les écarter.
const FONDEMENTS_FR = ['données', 'donnée', 'preuves', 'preuve', 'science', 'études', 'étude', 'analyses', 'analyse', 'faits', 'chiffres', 'recherche'];
const EVIDENCE_DISREGARD_FR = [
  ...FONDEMENTS_FR.flatMap((f) => {
    const art = /s$/.test(f) ? 'les' : /^[aeéiou]/.test(f) ? "l'" : /^(?:science|preuve|donnée|étude|analyse|recherche)$/.test(f) ? 'la' : 'le';
    const de = /s$/.test(f) ? 'des' : art === "l'" ? "de l'" : art === 'la' ? 'de la' : 'du';
    const avec = art === "l'" ? `l'${f}` : `${art} ${f}`;
    // Pas « aucune donnée » ni « malgré les données » : « aucune donnée personnelle n'est conservée » est un fait.
    return [
      `zéro ${f}`, `aucune ${f} sérieuse`, `aucune ${f} sérieuses`, `aucun ${f} sérieux`, `aucune ${f} scientifique`, `sans aucune ${f}`,
      `ignore ${avec}`, `ignorent ${avec}`, `a ignoré ${avec}`, `ont ignoré ${avec}`, `fait fi ${de} ${f}`.replace("de l' ", "de l'"),
      `font fi ${de} ${f}`.replace("de l' ", "de l'"), `va contre ${avec}`, `à l'encontre ${de} ${f}`.replace("de l' ", "de l'"),
    ];
  }),
  'pas scientifique', 'politique, pas scientifique', 'idéologique', 'idéologie pure', 'pure idéologie', "de l'idéologie",
  "contre l'avis des experts", "contre l'avis de nos", "contre l'avis du ministère", "contre l'avis des scientifiques",
  'repose sur aucune', 'repose sur rien', 'reposent sur aucune', 'sur aucune donnée', 'la science a dit non',
  ...['a même pas lu', 'ont même pas lu', "n'a même pas lu", "n'ont même pas lu", 'a jamais lu', "n'a jamais lu", "n'a pas lu", 'a pas lu']
    .flatMap((v) => [`${v} notre`, `${v} nos`, `${v} ce qu'on`, `${v} ce que nous`, `${v} une seule page`, `${v} un mot de`]),
  'personne nous écoute', 'personne ne nous écoute', "personne n'écoute", 'personne écoute', 'à quoi bon',
  // Le chagrin de le voir faire (« ça me brise le cœur de voir la province réduire… »); pas « une nouvelle désolante ».
  'me brise le cœur de voir', 'me brise le coeur de voir', 'me crève le cœur de voir', 'me crève le coeur de voir',
  'me lève le cœur de voir', 'me lève le coeur de voir',
];

// « S'est trompé » et « a tort » avec un adverbe au milieu (« le ministre s'est complètement trompé »,
// « le ministère a carrément tort »), que la liste n'a que nus.
const ADVERBES_TORT_FR = ['', 'complètement ', 'totalement ', 'carrément ', 'vraiment ', 'encore ', 'royalement ', 'lourdement ', 'solidement ', 'drôlement '];
const TROMPE_FR = [
  ...["s'est", "s'est encore"].flatMap((v) => ADVERBES_TORT_FR.flatMap((a) => [`${v} ${a}trompé`, `${v} ${a}trompée`])),
  ...['se sont'].flatMap((v) => ADVERBES_TORT_FR.flatMap((a) => [`${v} ${a}trompés`, `${v} ${a}trompées`])),
  ...ADVERBES_TORT_FR.filter((a) => a !== '').flatMap((a) => [`a ${a}tort`, `ont ${a}tort`]),
];

export const NEGATIVE_EVALUATION_FR = [...new Set([
  ...EVIDENCE_DISREGARD_FR,
  ...TROMPE_FR,
  ...NEGATIVE_EVALUATION_BASE_FR,
  ...NEGATIVE_EVALUATION_BASE_FR.filter((w) => ADJECTIF_SEUL.test(w)).map(pluriel),
  ...PARTICIPES_FR.flatMap((p) => [p, `${p}e`, `${p}s`, `${p}es`].map((a) => `mal ${a}`)),
  // Rejetée comme de l'esbroufe, un refus de voir, ou son tort annoncé : « c'est rire du monde », « indéfendable »,
  // « irréalisable », « c'est juste faux », « quelqu'un va tomber malade ».
  'rire du monde', 'rire de nous', 'indéfendable', 'injustifiable', 'irréalisable', "c'est juste faux", 'complètement faux',
  'une opération de relations publiques', "c'est un communiqué de presse", 'juste un communiqué de presse',
  'point de rupture', 'va rendre du monde malade', 'quelqu\'un va tomber malade', 'nous prendre pour des valises',
  'nous prend pour des valises',
])];

export const DECISION_PRAISE_FR = [
  'une excellente décision', 'excellente décision', 'une très bonne décision', 'une bonne décision', 'bonne décision',
  'une sage décision', 'la bonne décision', 'une décision courageuse', 'bravo au', 'bravo à', 'bravo aux', 'chapeau au',
  'chapeau à', 'chapeau bas', 'bien joué', 'excellente idée', 'une excellente idée', 'une bonne idée', 'il était temps',
  "j'applaudis", "j'applaudis la", 'le meilleur budget', 'le meilleur gouvernement', 'le meilleur premier ministre',
  'la meilleure première ministre', 'la meilleure décision', 'enfin une bonne', 'un pas dans la bonne direction',
  'a visé juste', 'ont visé juste', 'vise juste', 'visé juste', 'a frappé dans le mille', 'dans le mille', 'a eu raison de', 'meilleure décision depuis',
];

export const GENERIC_PRAISE_FR = [
  'brillant', 'brillante', 'génial', 'géniale', 'formidable', 'fantastique', 'extraordinaire', "j'adore", "j'aime",
  'une victoire', 'visionnaire', 'excellent', 'excellente',
];

export const PRAISE_EVENT_NOUNS_FR = [
  'journée', 'soirée', 'matinée', 'événement', 'évènement', 'rencontre', 'équipe', 'équipes', 'collègues', 'visite',
  'séance', 'conférence', 'discussion', 'discours', 'panel', 'participation', 'accueil', 'moment', 'semaine', 'dîner',
  'souper', 'travail', 'boulot', 'lancement', 'occasion', 'ambiance', 'photo', 'photos', 'bénévoles', 'partenaires',
];

export const ANAPHORS_FR = [
  "c'est", "c'était", 'ce sont', 'ça', 'cela', 'ceci', 'elle est', 'il est', 'ils sont', 'elles sont', 'quel', 'quelle',
  'vraiment', 'franchement', 'honnêtement', 'sérieusement', 'totalement', 'complètement', 'une vraie', 'un vrai',
];

/** La critique par le faux-semblant, le gaspillage et l'abandon (voir la liste anglaise). */
export const PRETENCE_WASTE_NEGLECT_FR = [
  'projet de vanité', 'de la frime', 'du théâtre', 'pur théâtre', 'théâtre politique',
  'opération de relations publiques', 'opération de com', 'opération de communication', 'coup de pub', 'coup de com',
  'coup de marketing', 'séance de photos', 'pour la galerie', 'pour les caméras', 'électoraliste', 'électoralistes',
  'purement cosmétique', 'geste vide', 'que du vent',
  // Une mesure qui trompe, une façade, aucun suivi : « belle façade pour les communiqués, zéro suivi ».
  'trompeur', 'trompeuse', 'trompeurs', 'trompeuses', 'belle façade', 'une façade', 'de la façade', 'zéro suivi',
  'aucun suivi', 'pas impressionné', 'pas impressionnée', 'coupe dans ce qui marche', 'coupent dans ce qui marche',
  // Le plan réduit à du vide, en mots familiers : « c'est de la bouillie », « du pelletage de nuages ».
  'de la bouillie', 'bouillie pour les chats', 'pelletage de nuages', 'du pelletage de nuages', 'de la foutaise', 'foutaises',
  'du niaisage', 'de la broue', "c'est du vent", 'des paroles en l\'air', 'du flafla',
  'gouffre financier', 'gaspille', 'gaspillent', 'éléphant blanc', 'favoritisme', 'copinage', 'cadeau aux',
  'cadeaux aux', 'a oublié', 'ont oublié', 'a ignoré', 'ont ignoré',
  'négligent', 'sacrifie', 'sacrifient', 'a sacrifié', 'ont sacrifié',
  'laisse pour compte', 'laissés pour compte', 'laissées pour compte', 'laisse en plan', 'à courte vue', 'myope',
  'incohérent', 'incohérente', 'incohérents', 'incohérence', 'contradictoire', 'illogique',
  'amateurisme', 'grotesque', 'navrant', 'navrante', 'désolant', 'désolante',
  'affligeant', 'affligeante', 'aucune vision', 'aucun plan', 'zéro vision', 'volte-face', 'recule encore',
  'a plié', 'ont plié', 'plie devant', 'clientéliste', 'clientélisme', 'oublie complètement', 'oublie encore', 'oublient encore',
  'oublie totalement',
  "n'ont jamais mis les pieds", "n'a jamais mis les pieds", "n'ont clairement jamais", 'déçus que', 'déçue que',
  'déçu que', 'sommes déçus', 'profondément déçus',
];
