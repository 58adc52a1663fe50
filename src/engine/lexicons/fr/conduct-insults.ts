// Insultes et attaques personnelles, en français standard et québécois/franco-ontarien. Un mot
// d'ici n'est une attaque que s'il vise quelqu'un (« t'es ... », « espèce de ... », « ces ... »,
// « quel ... ») : la règle conduct/insult ignore l'autodérision (« chu donc niaiseux ») et les titres.

/** Noms qui sont des insultes partout, dès qu'ils visent quelqu'un. */
export const INSULT_NOUNS_FR = [
  'imbécile', 'imbéciles', 'crétin', 'crétine', 'crétins', 'crétines', 'idiot', 'idiote', 'idiots', 'idiotes', 'abruti',
  'abrutie', 'abrutis', 'abruties', 'connard', 'connards', 'connasse', 'connasses', 'débile', 'débiles', 'taré', 'tarée',
  'tarés', 'tarées', 'tarla', 'tarlas', 'nono', 'nonos', 'nounoune', 'nounounes', 'niaiseux', 'niaiseuse', 'niaiseuses',
  'gnochon', 'gnochons', 'twit', 'twits', 'bouffon', 'bouffonne', 'bouffons', 'loser', 'losers', 'minable', 'minables',
  'trou de cul', 'trou d\'cul', 'trous de cul', 'mange-merde', 'mange-marde', 'lèche-cul', 'lèche-culs', 'téteux', 'téteuse',
  'sans-dessein', 'sans dessein', 'ordure', 'ordures', 'raclure', 'raclures', 'vermine', 'bon à rien', 'bonne à rien',
  'bons à rien', 'cervelle d\'oiseau', 'pas de cervelle', 'enfoiré', 'enfoirée', 'enfoirés', 'salaud', 'salauds', 'salope',
  'salopes', 'pétasse', 'pouffiasse', 'enculé', 'enculés', 'bâtard', 'bâtards', 'menteur', 'menteuse', 'menteurs',
  'hypocrite', 'hypocrites', 'guignol', 'guignols', 'zouf', 'zoufs', 'crosseur', 'crosseurs',
  'mongol', 'mongole', 'mongols', 'tête de linotte', 'demeuré', 'demeurée', 'demeurés', 'zouave', 'zouaves', 'nigaud',
  'nigauds', 'andouille', 'andouilles', 'gland', 'glands', 'toton', 'totons', 'insignifiant', 'insignifiante',
  'insignifiants', 'codinde', 'codindes', 'lèche-bottes', 'suceux', 'feluette', 'feluettes', 'tata', 'tatas',
  'flanc mou', 'flancs mous', 'grand flanc mou', 'sans-génie', 'sans génie', 'deux de pique', 'tête de nœud',
  'tête de noeud', 'gratteux', 'pas-bon', 'pas-bons', 'mongole', 'crotté', 'fatigant', 'fatigante', 'arriéré', 'arriérée',
  'arriérés', 'cruche', 'cruches', 'bozo', 'bozos', 'cauchemar', 'charlatan', 'charlatans', 'imposteur', 'imposteurs',
  'pantin', 'pantins',
  // Le reste du fonds commun, québécois et hexagonal.
  'ignare', 'ignares', 'tête enflée', 'têtes enflées', 'pauvre con', 'pauvre conne', 'sale con', 'sale conne',
  'gros cave', 'grosse cave', 'mangeux de marde', 'mangeuse de marde', 'face de rat', 'tête de mule',
  'cervelle de moineau', 'pas de génie', 'bougon', 'crétin fini', 'ostie de cave', 'esti de cave', 'crisse de cave',
  'tabarnak de cave', "ostie d'épais", "esti d'épais", "crisse d'épais", 'ostie de twit', 'esti de twit',
  // Quelqu'un traité de fléau.
  'une plaie', 'vraie plaie', 'un boulet', 'un fléau', 'une nuisance',
  // Noms d'ici pour un idiot, un lâche ou un geignard (« grand dadais », « sans-cervelle », « pleurnichard »).
  'sans-cervelle', 'sans cervelle', 'dadais', 'grand dadais', 'moron', 'morons', 'pleurnichard', 'pleurnicharde',
  'pleurnichards', 'pleurnichardes', 'pleurnicheux', 'braillard', 'braillarde', 'braillards', 'sans-cœur', 'sans-coeur',
  'tèteux', 'téteux de boss', 'tarlais', 'grand slaque',
  'cinglé', 'cinglée', 'cinglés', 'cinglées', 'bon-à-rien', 'bonne-à-rien', 'profiteur', 'profiteuse', 'profiteurs',
  'profiteuses', 'gratteuse', 'mangeux de balustres', 'crosseux', 'crosseuse', 'niochon', 'niochons',
  // Vantards, fouineux, commères et injures sexistes d'ici (« péteux de broue », « grande gueule », « guidoune »).
  'péteux de broue', 'péteuse de broue', 'péteux de broues', 'grande gueule', 'grandes gueules', 'fraîche chiée', 'frais chié',
  'bébé gâté', 'bébés gâtés', 'placoteux', 'placoteuse', 'senteux', 'senteuse', 'écornifleux', 'écornifleuse', 'lécheux',
  'chiâleux', 'chiâleuse', 'bougonneux', 'guidoune', 'guidounes', 'plotte', 'plottes',
];

/** Mots qui ont aussi un sens anodin (la cave à vin, un mur épais, le match nul) : insultes seulement s'ils visent clairement. */
export const AMBIGUOUS_INSULT_NOUNS_FR = [
  'con', 'conne', 'cons', 'connes', 'cave', 'caves', 'épais', 'épaisse', 'épaisses', 'colon', 'colons', 'clown', 'clowns',
  'nul', 'nulle', 'nuls', 'nulles', 'raté', 'ratée', 'ratés', 'pourri', 'pourrie', 'pourris', 'parasite', 'parasites',
  'innocent', 'innocente', 'innocents', 'cornichon', 'cornichons', 'dinde', 'dindes', 'porc', 'porcs', 'chien', 'chienne',
  'serpent', 'rat', 'rats', 'cochon', 'cochons', 'farce', 'blague', 'dinosaure', 'dinosaures', 'lâche', 'lâches', 'pas bon',
  'pas bonne', 'cas désespérés', 'plaie', 'plaies',
  'cas désespéré', 'bébé lala', 'chialeux', 'chialeuse', 'boomer', 'boomers', 'boulet', 'boulets', 'tache', 'taches',
  'tarte', 'tartes', 'torche', 'torches',
  // Des noms de délinquants, pas seulement des injures : « des fraudeurs envoient des textos » décrit une
  // arnaque; « t'es un fraudeur » ou « ce ministre est un escroc » vise quelqu'un.
  'fraudeur', 'fraudeuse', 'fraudeurs', 'escroc', 'escrocs',
  // « un vrai déchet » (une personne); le pluriel est la poubelle (« les gros déchets »).
  'déchet',
];

/** Adjectifs qui insultent une personne (« des fonctionnaires incompétents »), pas une chose. */
export const INSULT_ADJECTIVES_FR = [
  'stupide', 'stupides', 'incompétent', 'incompétente', 'incompétents', 'incompétentes', 'inutile', 'inutiles', 'pathétique',
  'pathétiques', 'paresseux', 'paresseuse', 'paresseuses', 'fainéant', 'fainéante', 'fainéants', 'ignorant', 'ignorante',
  'ignorants', 'ignorantes', 'débile', 'débiles', 'attardé', 'attardée', 'attardés', 'sénile', 'séniles', 'dégoûtant',
  'dégoûtante', 'dégoûtants', 'laid', 'laide', 'laids', 'gros lard', 'corrompu', 'corrompue', 'corrompus', 'pourri',
  'pourris', 'minable', 'minables', 'bornés', 'borné', 'bornée', 'niaiseux', 'cave', 'caves', 'épais', 'épaisse', 'nul',
  'nulle', 'nuls', 'con', 'cons', 'conne', 'connes',
  // « vous êtes bouchés », « une bande d'ingrats », « t'es ben niaiseuse ».
  'bouché', 'bouchée', 'bouchés', 'bouchées', 'ingrat', 'ingrate', 'ingrats', 'ingrates', 'niaiseuse', 'niaiseuses',
  'malhonnête', 'malhonnêtes',
];

/** À qui peut viser une insulte : des personnes et des groupes. */
export const INSULT_TARGETS_FR = [
  'gens', 'personne', 'personnes', 'homme', 'hommes', 'femme', 'femmes', 'gars', 'fille', 'filles', 'monde', 'patron',
  'patronne', 'patrons', 'gestionnaire', 'gestionnaires', 'directeur', 'directrice', 'directeurs', 'ministre', 'ministres',
  'premier ministre', 'politicien', 'politiciens', 'politicienne', 'politiciennes', 'fonctionnaire', 'fonctionnaires',
  'bureaucrate', 'bureaucrates', 'gouvernement', 'conseiller', 'conseillers', 'maire', 'mairesse', 'collègue', 'collègues',
  'client', 'clients', 'cliente', 'clientes', 'chauffeur', 'chauffeurs', 'conducteur', 'conducteurs', 'électeurs', 'citoyens',
  'contribuables', 'profs', 'enseignants', 'infirmières', 'médecins', 'policiers', 'flics', 'employés', 'employé', 'syndicat',
  'direction', 'cadres', 'équipe', 'fans', 'usagers', 'commentateurs', 'trolls', 'chef', 'chefs', 'député', 'députés', 'députée',
  'élus', 'libéraux', 'conservateurs', 'péquistes', 'caquistes', 'néo-démocrates', 'boomers', 'voisin', 'voisins', 'voisine',
  'propriétaire', 'proprio', 'locataires', 'journaliste', 'journalistes', 'manifestants', 'partisans', 'gang', 'bande',
  'ministère', 'cabinet', 'conseil', 'individu', 'individus', 'type', 'types', 'bonhomme', 'bonne femme', 'madame', 'monsieur',
  'superviseur', 'superviseure', 'supérieur', 'supérieure', 'adjoint', 'adjointe', 'sous-ministre', 'coordonnateur',
  'coordonnatrice', 'analyste', 'agent', 'agente', 'inspecteur', 'inspectrice', 'stagiaire', 'réceptionniste', 'cheffe',
  'boss', 'remplaçant', 'remplaçante', 'entrepreneur', 'fournisseur', 'demandeur', 'demandeuse', 'caissier', 'caissière',
  'commis', 'préposé', 'préposée',
  // Le public servi (« des prestataires paresseux », « la clientèle est complètement débile »).
  'clientèle', 'appelants', 'appelantes', 'bénéficiaires', 'prestataires', 'requérants', 'demandeurs', 'citoyen',
  'citoyenne', 'citoyennes', 'patients', 'résidents', 'touristes', 'immigrants', 'nouveaux arrivants', 'réfugiés',
];

/** Mots qui peuvent s'intercaler (« t'es un maudit cave », « espèce de gros épais »). Un mot chacun. */
export const INSULT_INTENSIFIERS_FR = [
  'un', 'une', 'des', 'le', 'la', 'les', 'gros', 'grosse', 'maudit', 'maudite', 'ostie', 'esti', 'criss', 'de', 'd', 'tellement',
  'vraiment', 'ben', 'donc', 'juste', 'complètement', 'pauvre', 'vieux', 'vieille', 'petit', 'petite', 'sale', 'bande', 'gang',
  'espèce', 'rien', 'qu', 'full', 'sacré', 'foutu',
  // Cadres autour de l'insulte : « la pire sorte de », « une belle gang de », « un vrai ».
  'pire', 'sorte', 'genre', 'type', 'tas', 'plus',
  // Sacres et adjectifs qui s'intercalent en québécois (« t'es un beau cave », « un grand crisse d'épais »).
  'belle', 'beau', 'grand', 'grande', 'câlisse', 'tabarnak', 'estie', 'osti', 'assez', 'aussi', 'mautadit', 'franchement',
  'carrément', 'clairement', 'tous', 'toutes', 'crissement', 'câlissement',
  // Les sacres dans toutes leurs graphies (« une crisse d'incompétente », « un ciboire de cave »).
  'crisse', 'câliss', 'câlice', 'calice', 'tabarnac', 'tabarnaque', 'ciboire', 'sacrement', 'calvaire', 'viarge', 'sti',
];

/**
 * Insultes déguisées : des expressions qui traitent quelqu'un d'idiot ou de bon à rien sans mot
 * d'insulte (« il a pas inventé le bouton à quatre trous », « épais dans le dash »). Elles portent
 * leur propre cible; la règle ne les écarte que si l'auteur les dit de lui-même.
 */
export const DISGUISED_INSULTS_FR = [
  // Sarcasme et trahison envers un collègue (« Belle classe, Martin. Vraiment classe. 🐍 »).
  'vraiment classe', 'belle classe', 'quelle classe', 'beau serpent', 'quel serpent', 'vrai serpent', 'voleur de crédit',
  'voleuse de crédit', 'poignard dans le dos', 'coup de poignard dans le dos',
  'pas inventé le bouton à quatre trous', 'pas inventé le bouton à 4 trous', 'pas inventé les boutons à quatre trous',
  'pas inventé l\'eau chaude', 'pas inventé l\'eau tiède', 'pas inventé le fil à couper le beurre', 'pas inventé la poudre',
  'pas inventé la roue', 'con comme un balai', 'con comme ses pieds', 'con comme une valise', 'bête comme ses pieds',
  'bête comme un âne', 'bête à manger du foin', 'épais dans le dash', 'épaisse dans le dash', 'épais comme un madrier',
  'épais comme un deux par quatre', 'pas la lumière la plus brillante', 'pas l\'ampoule la plus brillante',
  'pas le couteau le plus aiguisé', 'pas le crayon le plus aiguisé', 'pas la plus brillante', 'pas le plus brillant',
  'qi d\'une huître', 'qi d\'un poisson rouge', 'qi d\'une moule', 'qi d\'une plante', 'qi d\'un bulot', 'quotient intellectuel d\'une',
  'deux neurones', 'un seul neurone', 'il manque des cases', 'lui manque des cases', 'manque une case', 'une case en moins',
  'pas toute sa tête', 'pas fort fort', 'pas vite vite', 'pas vite sur ses patins', 'pas vite sur la gâchette',
  'cervelle de moineau', 'cerveau de moineau', 'cervelle d\'oiseau', 'cerveau d\'oiseau', 'pas de colonne',
  'payé à rien faire', 'payée à rien faire', 'payés à rien faire', 'se pogne le beigne', 'se poignent le beigne',
  'se pogne le cul', 'se tourne les pouces', 'se tournent les pouces', 'pas capable d\'organiser', 'incapable d\'organiser',
  'encore moins un ministère', 'encore moins une équipe', 'encore moins une direction', 'encore moins un programme',
  'a rien à faire là', 'n\'a rien à faire là', 'aurait jamais dû être engagé', 'aurait jamais dû être engagée',
  'aurait jamais dû être embauché', 'aurait jamais dû être embauchée', 'comment il a été engagé', 'comment elle a été engagée',
  'une face à claques', 'face à claques', 'tête à claques', 'le génie du siècle', 'pas une lumière', 'pas un génie',
  'la tête vide', 'rien entre les deux oreilles', 'rien dans le chapeau', 'un pois à la place du cerveau', 'trop stupide pour',
  'trop stupides pour', 'trop niaiseux pour', 'trop cave pour', 'trop caves pour', 'trop épais pour', 'trop paresseux pour',
  'trop incompétent pour', 'trop incompétents pour', 'trop con pour', 'trop cons pour', 'trop bête pour', 'trop bêtes pour',
  'gens comme elle devraient', 'gens comme lui devraient', 'devrait pas avoir le droit de sortir', 'pas capable de gérer un',
  'pas capable de gérer une', 'as pas de cervelle', 'avez pas de cervelle', 'a pas de cervelle',
  'ont pas de cervelle', 'as pas de tête', 'avez pas de tête', 'parles à travers ton chapeau', 'parlez à travers votre chapeau',
  'gaspillage d\'oxygène', 'perte d\'oxygène', 'il lui manque une case', 'pas toute là',
  'a perdu la boule', 'pas fort dans le cabochon', 'dure de comprenure', 'dur de comprenure',
  // « Du monde de même » n'a pas de ton en soi (« fière de travailler avec du monde de même ») : le
  // mépris vient de ce qui suit ou précède.
  'du monde de même devrai*', 'du monde comme ça devrai*', 'des gens comme ça devrai*', 'tanné du monde de même',
  'tannée du monde de même', 'tanné du monde comme ça', 'tannée du monde comme ça', 'écœuré du monde de même',
  'écœurée du monde de même', 'écœuré du monde comme ça', 'écœurée du monde comme ça', 'marre du monde comme ça',
  'marre des gens comme ça', 'marre du monde de même', 'a eu sa job grâce à', 'a eu le poste grâce à', 'a eu sa promotion grâce à',
  // Lent d'esprit, en québécois (« pas la tête à Papineau », « les deux pieds dans la même bottine »).
  'pas la tête à papineau', 'pas une tête à papineau', 'y\'en a des pas vites', 'y en a des pas vites', 'des pas vites',
  'pas très allumé', 'pas très allumée', 'pas très allumés', 'pas très futé', 'pas très futée', 'pas très futés',
  'deux pieds dans la même bottine', 'manque un bardeau', 'un bardeau en moins', 'se rend pas au dernier étage',
  // « T'as pas d'allure! » est aussi bien une admiration (« c'est trop beau ton gâteau »): laissé de côté.
  'se prend pour le nombril',
  'couché pour avoir', 'couché avec le sm', 'couchée avec le sm', 'couché avec le boss', 'couchée avec le boss',
  'couché avec son boss', 'couchée avec son boss', 'couché avec le directeur', 'couchée avec le directeur',
  // Sarcasme sur un client ou un collègue (« encore un génie qui a pas lu l'avis »).
  'encore un génie qui', 'encore une génie qui', 'encore une lumière qui', 'encore un champion qui', 'encore une championne qui',
  'un autre génie qui', 'une autre lumière qui', 'nos génies de', 'les génies du', 'les génies de la',
  // Le corps de quelqu'un tourné en ridicule (« tellement grosse qu'elle passe pas dans la porte »).
  'tellement grosse qu', 'tellement gros qu', 'passe pas dans la porte', 'passe plus dans la porte', 'grosse baleine',
  'gros tas', 'grosse torche', 'grosse truie', 'face de bœuf', 'face de boeuf', 'grosse vache', 'vieille folle', 'vieux fou', 'vieux schnock', 'vieille chipie', 'vieux crisse',
];

/** Éloges ironiques (« un vrai génie ») : une insulte quand la publication lève les yeux au ciel. */
export const SARCASTIC_PRAISE_FR = [
  'génie', 'génies', 'grand génie', 'vrai génie', 'einstein', 'lumière', 'lumières', 'cerveau', 'cerveaux', 'as',
  'champion', 'champions', 'cadeau', 'beau cadeau', 'leadership exemplaire',
];

/** Titres et expressions figées qui contiennent un mot d'insulte sans viser personne. */
export const INSULT_FALSE_FRIENDS_FR = [
  // A friendly bet, in the English that French posts borrow.
  'loser paie', 'loser paye', 'le loser paie', 'loser buys', 'loser pays',
  'le dîner de cons', 'dîner de cons', 'l\'idiot', 'les idiots utiles', 'cave à vin', 'cave à vins', 'la cave', 'une cave',
  'en cave', 'au sous-sol', 'mur épais', 'nul en', 'nulle en', 'nuls en', 'nulles en', 'match nul', 'partie nulle',
  'bulletin nul', 'vote nul', 'nul et non avenu',
  // Une borne (de recharge, de paiement, d'incendie) : le nom, que le texte sans accents confond avec « borné ».
  'borne de recharge', 'bornes de recharge', 'borne de paiement', 'bornes de paiement', 'borne de stationnement',
  'bornes de stationnement', 'borne de commande', 'bornes de commande', 'borne d\'incendie', 'bornes d\'incendie',
  'borne d\'information', 'bornes d\'information', 'borne électrique', 'bornes électriques', 'borne interactive',
  'bornes interactives', 'borne-fontaine', 'bornes-fontaines', 'borne kilométrique', 'bornes kilométriques',
  'borne libre-service', 'bornes libre-service',
  'nulle part', 'chien de garde', 'chiens de garde', 'chien-guide', 'chien guide', 'rat musqué', 'rat de bibliothèque',
  'serpent de mer', 'clown de fête', 'nez de clown', 'pomme pourrie', 'fruits pourris', 'temps pourri', 'bon à rien faire',
  'sans-dessein-ni', 'innocent jusqu\'à preuve', 'présumé innocent', 'présumée innocente', 'jugé innocent', 'déclaré innocent',
  'honte à moi', 'colon irritable', 'cancer du colon', 'cancer du côlon', 'côlon', 'les colons', 'colons britanniques',
  'colons français', 'premiers colons', 'cornichons marinés', 'dinde de noël', 'porc effiloché', 'côtelettes de porc',
  'filet de porc', 'empire mongol', 'cuisine mongole', 'barbecue mongol', 'les cons et les pros', 'boulet de canon',
  'tache de', 'taches de', 'tarte aux', 'tarte au', 'tarte à', 'torche électrique', 'lampe torche', 'fatigant de',
  'fatigante de', 'gland de chêne', 'glands de chêne',
];

/** Noms qui, après « quel » ou « quelle », jugent une situation et non une personne (« quelle farce! »). */
export const EXCLAMATION_ABOUT_THINGS_FR = [
  'farce', 'blague', 'honte', 'pourri', 'pourrie', 'nul', 'nulle', 'raté', 'ratée', 'tache', 'tarte', 'torche', 'boulet',
];

/** Injures qui portent leur propre cible (« va chier », « ta gueule ») : une attaque où qu'elles soient. */
export const AIMED_ABUSE_FR = [
  'va chier', 'allez chier', 'va donc chier', 'va te faire foutre', 'allez vous faire foutre', 'va te faire voir',
  'mange d\'la marde', 'mange de la marde', 'mange un char de marde', 'mangez de la marde', 'ferme ta gueule', 'ta gueule',
  'ferme ta yeule', 'va au diable', 'va donc au diable', 'nique ta mère',
  // « Karen » devenu nom commun (« une vraie Karen ») : une femme rabaissée parce qu'elle se plaint.
  'une vraie karen', 'une belle karen', 'genre karen', 'mode karen', 'les karens', 'des karens',
  // Les mêmes avec « donc » ou au pluriel, et leurs cousines (« mange donc un char de marde »).
  'mange donc un char de marde', 'mange donc de la marde', 'mange donc d\'la marde', 'mangez donc de la marde',
  'mangez donc un char de marde', 'allez donc chier', 'va donc te faire foutre', 'allez donc vous faire foutre',
  'farme ta yeule', 'farme ta gueule', 'ta yeule', 'fermez vos gueules', 'ferme ta grande gueule', 'je t\'emmerde',
  'je vous emmerde', 'tu me fais chier', 'vous me faites chier',
  'mêle-toi de tes affaires', 'mêlez-vous de vos affaires', 'mêle-toi de tes oignons',
];
