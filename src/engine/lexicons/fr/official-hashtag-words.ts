// Mots français courants des mots-clics gouvernementaux, pour distinguer un mot-clic de plusieurs
// mots (#emploisontario) d'un mot seul (#agriculture). Minuscules sans accents.
export const HASHTAG_WORDS_FR = (
  // lieux et organismes
  'ontario ontarien ontarienne ontariens ontariennes franco francoontarien francoontarienne toronto ottawa canada ' +
  'canadien canadienne canadiens sudbury hearst timmins nord sud est ouest province provincial provinciale ' +
  'federal ville villes village rural rurale region regional comte communaute communautes local locale locaux ' +
  'monde national nationale international premieres nations autochtone autochtones metis inuit ' +
  // personnes
  'gens jeunes jeunesse enfant enfants famille familles parents mere meres pere peres femme femmes homme hommes ' +
  'filles garcons aines aine eleves eleve etudiant etudiants etudiante etudiantes enseignants infirmieres ' +
  'infirmiers medecins patients travailleurs travailleuses agriculteurs agricultrices nouveaux arrivants ' +
  'benevoles benevole heros equipe public citoyens voisins amis ' +
  // travail et economie
  'emploi emplois travail travailler carriere carrieres embauche competences metier metiers formation ' +
  'apprentissage apprentis entreprise entreprises petite petites petit petits economie economique investir ' +
  'investissement impot impots budget argent salon salons foire marche marches industrie fabrication mines energie ' +
  'electricite innovation technologie numerique donnees ouvertes ouvert services service ligne gouvernement ' +
  'programme programmes subvention financement soutien aide infrastructure transport transports route routes ' +
  'autoroute pont ponts train autobus velo marche ' +
  // sante et securite
  'sante mentale bienetre hopital hopitaux clinique vaccin vaccins vaccination grippe covid depistage securite ' +
  'securitaire urgence urgences alerte alertes prets prevention prevenir sensibilisation feu feux incendie incendies ' +
  'fumee inondation inondations tempete meteo chaleur froid hiver ete printemps automne glace neige eau noyade ' +
  'bateau police fraude arnaque conduite conducteur conducteurs vitesse ' +
  // environnement et territoire
  'climat changement changements environnement nature naturel vert verte propre air terre ferme fermes ' +
  'agriculture agricole aliments alimentation alimentaire cultiver recolte recoltes sol sols betail lait pommes ' +
  'fruits legumes poisson peche chasse faune foret forets arbre arbres plante plantes parc parcs sentier sentiers ' +
  'lac lacs riviere plein especes envahissantes abeilles pollinisateurs oiseaux dechets recyclage conservation ' +
  // societe et culture
  'histoire patrimoine noire noirs fierte culture culturel culturelle arts musique sport sports jeux jouer lecture ' +
  'lire bibliotheque apprendre education ecole ecoles college universite science sciences recherche francais ' +
  'francaise francophone francophones francophonie anglais langue langues accessibilite accessible handicap ' +
  'inclusion equite diversite droits personne personnes logement logements abordable loyer pauvrete tourisme ' +
  'voyage visiter decouvrir explorer aventure ' +
  // temps
  'jour jours journee semaine semaines mois annee annees aujourdhui demain soir matin fin vacances conge ' +
  'nouveau nouvelle nouvelles nouveaute lancement maintenant bientot direct evenement evenements saison ' +
  // mots courants
  'bonne bon bonnes bons fier fiere fiers fieres ensemble fort forte mieux meilleur meilleure merci vous nous notre ' +
  'nos votre vos mon ma mes tous toutes tout chaque restez soyez votez conseils vie amour avenir espoir ' +
  'fete fetes terre acheter achetez manger mangez parler bouger peuple peuples verite reconciliation memoire ' +
  'souvenir enfance droit metiers agricoles agriculteur agricultrice jardin jardins recolte saine sainement ' +
  'de la le les du des et au aux pour sur avec en dans par un une'
).split(' ');
