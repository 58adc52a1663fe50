// Opinions personnelles sur des sujets de travail, et mentions qui les signalent comme personnelles (français).

export const OPINION_MARKERS_FR = [
  'je pense', 'je crois', 'à mon avis', 'selon moi', 'personnellement', "d'après moi", 'mon opinion', 'je trouve',
  'mon point de vue', 'franchement', 'honnêtement', 'je ne suis pas convaincu', 'je ne suis pas convaincue',
  "je suis d'accord", "je ne suis pas d'accord", 'opinion impopulaire', 'pour moi', 'je souhaite que', "j'espère que",
  "j'estime que", 'je suis convaincu', 'je suis convaincue', "ça m'inquiète", 'je déplore',
];

export const DISCLAIMERS_FR = [
  'opinions personnelles', 'opinion personnelle', 'opinions sont les miennes', 'mes opinions', "n'engagent que moi",
  "n'engage que moi", 'propos personnels', 'ne reflètent pas', 'ne reflète pas', 'point de vue personnel',
  'avis personnel', 'à titre personnel', 'je parle en mon nom', 'en mon nom personnel', 'les opinions exprimées',
];

export const WORK_TOPICS_FR = [
  'secteur public', 'gouvernement ouvert', 'données ouvertes', 'gouvernement numérique', 'service numérique',
  'prestation de services', 'conception de services', 'notre travail', 'mon travail', 'mon domaine', 'mon secteur',
  'le programme', 'les programmes', 'ce programme', 'approvisionnement', 'réglementaire', 'paperasse', 'permis',
  'inspections', 'bureaucratie', 'fonctionnaires', 'la fpo', 'décideurs', 'politiques publiques', 'fondé sur des données',
];
