// Approvisionnement avant l'attribution : évaluations, pointages, prix et gagnant pressenti (français).

export const PROCUREMENT_TERMS_FR = [
  "appel d'offres", "appels d'offres", 'ddp', 'demande de propositions', 'demande de prix', 'demande de qualification',
  'dpq', 'soumissionnaire', 'soumissionnaires', 'proposant', 'proposants', 'adjudication', 'marché public',
  'approvisionnement', 'fournisseur attitré', 'fournisseurs attitrés', 'processus concurrentiel', 'contrat à fournisseur unique',
];

export const PROCUREMENT_GENERIC_FR = [
  'soumission', 'soumissions', 'proposition', 'propositions', 'fournisseur', 'fournisseurs', 'offre', 'offres', 'contrat',
  'contrats', 'entrepreneur', 'entrepreneurs', 'firme', 'firmes', 'consultant', 'consultants', 'devis',
];

export const EVALUATION_DETAILS_FR = [
  'le gagnant', 'la gagnante', 'gagnant pressenti', 'favori', 'favorite', 'en tête', 'liste restreinte', 'présélection',
  'présélectionné', 'présélectionnée', 'le plus bas', 'la plus basse', 'le moins cher', 'la moins chère', 'meilleur pointage',
  'pointage', 'pointages', 'notation', 'classement', 'classé', 'classée', 'premier rang', 'prix soumis', 'prix proposé',
  'est arrivé à', 'meilleure offre', 'offre finale', 'disqualifié', 'disqualifiée', 'non conforme', 'va gagner',
  'va remporter', 'remportera', 'en négociation avec', 'on dirait que', 'devance', 'loin devant', 'largement devant',
  'en avance', 'devant tout le monde', 'haut la main', 'le moins disant', 'moins-disant', 'a cassé les prix',
  'a coupé les prix',
  // L'état de l'évaluation et de la course, en mots de tous les jours (« les évaluations sont finies », « c'est serré entre
  // deux firmes »); pas « dans la poche », qui se dit aussi d'un match de hockey.
  'les évaluations sont finies', 'les évaluations sont terminées',
  "l'évaluation est finie", "l'évaluation est terminée", 'évaluation est faite', 'serré entre', 'coude à coude', 'entre deux firmes',
  'entre deux soumissionnaires', 'deux très fortes', 'deux fortes soumissions', 'les deux meilleures soumissions',
  'dont une qui commence par', 'dont un qui commence par', "l'une commence par", "l'un commence par", 'budget estimé', 'estimation interne', 'notre estimation', "relancé en appel d'offres",
  // L'issue connue d'avance, le devis taillé pour un seul, et les soumissionnaires comparés de l'intérieur.
  'on sait déjà qui', 'sait déjà qui', "qui va l'avoir", "qui va l'emporter", 'qui va le remporter', 'écrit pour un fournisseur',
  'écrit pour une firme', 'taillé sur mesure pour', "l'un d'eux clairement", "l'une d'elles clairement",
  'dans une classe à part',
  "relancée en appel d'offres", "retourne en appel d'offres", "de nouveau en appel d'offres",
  // L'issue réglée avant l'attribution : le processus est pour la forme.
  'déjà décidé', 'pratiquement décidé', 'c\'est décidé', "joué d'avance", "c'est joué d'avance", 'déjà choisi', 'déjà choisie',
  'une formalité', 'simple formalité', 'prédéterminé', 'on sait déjà qui', 'affaire conclue',
  // Un appel d'offres annoncé aux fournisseurs avant sa publication, avec sa pondération : « un appel d'offres s'en vient
  // au printemps, ça va favoriser les fabricants locaux, préparez vos soumissions ».
  "s'en vient au printemps", "s'en vient à l'automne", "s'en vient cet été", "s'en vient cet hiver", "s'en vient bientôt",
  'sort au printemps', "sort à l'automne", 'sort cet hiver', 'préparez vos soumissions', 'préparez votre soumission',
  'commencez vos soumissions', 'va favoriser', 'vont favoriser', 'sera pondéré', 'sera pondérée', 'fortement pondéré',
  'fortement pondérée', 'va peser lourd',
];

export const EVALUATORS_FR = [
  "le comité d'évaluation", "comité d'évaluation", 'les évaluateurs', 'évaluateurs', 'les évaluatrices', "l'équipe d'évaluation",
  "équipe d'évaluation", 'le comité de sélection', 'le jury',
];

export const EVALUATOR_PREFERENCES_FR = [
  'regarde', 'regardent', 'ne regarde que', 'ne regardent que', 'regarde juste', 'regardent juste', "s'intéresse",
  "s'intéressent", 'tient compte', 'tiennent compte', 'veut voir', 'veulent voir', 'préfère', 'préfèrent', 'favorise',
  'favorisent', 'aime', 'aiment', 'déteste', 'détestent', 'ignore', 'ignorent', 'lit jamais', 'lisent jamais',
  'se fie', 'se fient', 'mise sur', 'misent sur', 'lit', 'lisent', 'lit juste', 'lisent juste', 'note', 'notent',
  'vérifie', 'vérifient', 'pénalise', 'pénalisent', 'récompense', 'récompensent',
];

export const EVALUATION_STATUS_FR = [
  'évaluation', 'évaluations', 'évaluer', 'évaluons', 'évaluateurs', "comité d'évaluation", 'analyse des soumissions',
  'examen des soumissions', 'évaluation des soumissions', 'évaluation des propositions',
];

export const AWARD_FUTURE_FR = [
  'va obtenir le contrat', 'obtiendra le contrat', 'va avoir le contrat', 'aura le contrat', 'va décrocher le contrat',
  'décrochera le contrat', 'va remporter le contrat', 'remportera le contrat', "va remporter l'appel d'offres",
  "remportera l'appel d'offres", 'sera attribué à', 'sera octroyé à', 'sera adjugé à', 'va être attribué', 'va être octroyé',
  'le contrat va à', 'le contrat ira à',
];

export const PROCUREMENT_PUBLIC_FR = [
  'est ouvert', 'est ouverte', 'date de clôture', 'date limite', 'publié', 'publiée', 'portail', 'soumettez', 'inscrivez',
  "séance d'information", 'a été attribué', 'a été attribuée', 'a été adjugé', 'a été octroyé', 'publiquement', 'enchères',
  'encan', 'olympiques', 'candidature', 'élection', 'campagne', 'course à la direction',
];
