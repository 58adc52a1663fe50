// Mots d'évaluation d'une opinion publique sur une politique, en français. Seuls, ils ne disent rien
// (« la météo est ridicule ») : les règles exigent une cible gouvernementale dans la même phrase.

export const NEGATIVE_EVALUATION_FR = [
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
  // Broader forms found missing on the dev split (own-work framing, common verdicts).
  "mal ficelé", "mal ficelée", "mal pensé", "mal pensée", "va trop loin", "est allé trop loin", "à courte vue", "une erreur", "une grave erreur", "bâclé", "bâclée", "inapplicable", "ne marchera jamais", "sans vraie consultation", "méritaient mieux", "mérite mieux",
];

export const DECISION_PRAISE_FR = [
  'une excellente décision', 'excellente décision', 'une très bonne décision', 'une bonne décision', 'bonne décision',
  'une sage décision', 'la bonne décision', 'une décision courageuse', 'bravo au', 'bravo à', 'bravo aux', 'chapeau au',
  'chapeau à', 'chapeau bas', 'bien joué', 'excellente idée', 'une excellente idée', 'une bonne idée', 'il était temps',
  "j'applaudis", "j'applaudis la", 'le meilleur budget', 'le meilleur gouvernement', 'le meilleur premier ministre',
  'la meilleure première ministre', 'la meilleure décision', 'enfin une bonne', 'un pas dans la bonne direction',
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
