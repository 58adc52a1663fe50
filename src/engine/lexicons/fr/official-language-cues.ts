// Mots français fréquents dans les publications gouvernementales et absents de l'anglais, pour
// reconnaître la langue d'une ligne sans mots-outils (« Bonne Journée des Franco-Ontariens! »).
// Minuscules sans accents.
export const FRENCH_CUES = (
  'bonne bon joyeuse joyeux journee semaine mois annee aujourd hui demain soir apprenez decouvrez consultez ' +
  'inscrivez inscrivez-vous visitez venez joignez-vous rejoignez-nous postulez lisez regardez nouveau nouvelle ' +
  'nouveaux nouvelles gratuit gratuite gratuits renseignements details ici maintenant bienvenue felicitations ' +
  'fiers fieres fier annonce annoncer celebrons celebrer soutien financement programme programmes disponible ' +
  'disponibles ouvert ouverte ferme fermes debut fin rappel mise jour etudiants travailleurs familles gens ' +
  'communaute gouvernement ministre ministere communique emplois emploi salon sante securite saison ete hiver ' +
  'printemps automne conge merci ontariens ontariennes tous toutes franco-ontariens franco-ontariennes fete'
).split(' ');
