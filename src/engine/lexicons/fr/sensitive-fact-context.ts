// De qui parle un fait sensible, et dans quel cadre on l'a appris : le contexte que lit la règle
// personal-info/sensitive-fact autour d'un fait (voir sensitive-facts.ts). Un fait sur l'auteur, sur
// une personnalité publique dans l'actualité ou sur un sujet général n'est pas une divulgation; un
// fait sur une cliente, un collègue ou un citoyen appris au travail en est une.

/** Personnes rencontrées au travail, au singulier (« mon client », « une usagère », « ma collègue »). */
export const WORK_PEOPLE_FR = [
  'client', 'cliente', 'patient', 'patiente', 'demandeur', 'demandeuse', 'requérant', 'requérante', 'bénéficiaire',
  'prestataire', 'usager', 'usagère', 'citoyen', 'citoyenne', 'contribuable', 'résident', 'résidente', 'visiteur', 'visiteuse',
  'participant', 'participante', 'détenu', 'détenue', 'élève', 'étudiant', 'étudiante', 'locataire', 'appelant', 'appelante',
  'membre du public', 'collègue', 'gestionnaire', 'patron', 'patronne', 'directeur', 'directrice', 'superviseur',
  'superviseure', 'employé', 'employée', 'membre de mon équipe', 'membre de l\'équipe', 'coéquipier', 'coéquipière',
  'stagiaire', 'analyste', 'agent', 'agente', 'conseiller', 'conseillère', 'adjoint', 'adjointe', 'sous-ministre',
  'réceptionniste', 'consultant', 'consultante', 'quelqu\'un de mon équipe', 'quelqu\'un au bureau', 'quelqu\'un du bureau',
  'un de mes clients', 'une de mes clientes', 'un de nos clients', 'une de nos clientes', 'un de mes patients',
  'une de mes patientes', 'un de mes employés', 'une de mes employées', 'un de mes collègues', 'une de mes collègues',
  'un de nos résidents', 'une de nos résidentes', 'un de mes élèves', 'une de mes élèves',
  // Quelqu'un rencontré en dotation.
  'candidat', 'candidate', 'personne candidate',
  // Postes d'un milieu de travail public : qui les occupe est connu par le travail.
  'inspecteur', 'inspectrice', 'comptable', 'commis', 'coordonnateur', 'coordonnatrice', 'infirmier', 'infirmière',
  'travailleur social', 'travailleuse sociale', 'préposé', 'préposée', 'gardien', 'gardienne', 'agent de sécurité',
  'agente de sécurité', 'concierge', 'technicien', 'technicienne', 'enquêteur', 'enquêteuse', 'avocat', 'avocate',
  'planificateur', 'planificatrice', 'spécialiste', 'adjointe administrative', 'adjoint administratif', 'secrétaire',
  'étudiant d\'été', 'étudiante d\'été', 'nouvelle employée', 'nouvel employé', 'nouvelle recrue', 'recrue',
  'économiste', 'ingénieur', 'ingénieure', 'vérificateur', 'vérificatrice', 'médiateur', 'médiatrice', 'formateur',
  'formatrice', 'chef d\'équipe', 'cheffe d\'équipe', 'chef de service', 'contremaître', 'sma', 'stagiaire en droit',
  'répartiteur', 'répartitrice', 'intervenant', 'intervenante', 'travailleur', 'travailleuse',
];

/** Autres personnes, sans lien de travail dans les mots eux-mêmes (« ce gars », « ma voisine »). */
export const OTHER_PEOPLE_FR = [
  'ami', 'amie', 'meilleur ami', 'meilleure amie', 'voisin', 'voisine', 'coloc', 'colocataire',
  'connaissance', 'propriétaire', 'camarade', 'gars', 'monsieur', 'madame', 'dame', 'homme', 'garçon',
  'jeune', 'ado', 'adolescent', 'adolescente', 'aîné', 'aînée', 'personne âgée', 'quelqu\'un', 'inconnu', 'inconnue',
  'chauffeur', 'ex',
];

/** Membres de la famille (avec mon/ma/mes/notre/nos) : la vie familiale de l'auteur lui appartient, simple conseil. */
export const FAMILY_FR = [
  'mère', 'mere', 'maman', 'père', 'papa', 'soeur', 'sœur', 'frère', 'fils', 'fille', 'femme', 'mari', 'conjoint', 'conjointe',
  'épouse', 'époux', 'partenaire', 'grand-mère', 'grand-père', 'grand-maman', 'grand-papa', 'tante', 'oncle', 'cousin',
  'cousine', 'nièce', 'neveu', 'enfant', 'enfants', 'bébé', 'beaux-parents', 'belle-mère', 'beau-père', 'belle-soeur',
  'beau-frère', 'fiancé', 'fiancée', 'chum', 'blonde', 'parents', 'famille', 'petit-fils', 'petite-fille', 'jumeau', 'jumelle',
];

/** Animaux : « mon chien fait du diabète » parle d'un animal, pas d'une personne. */
export const ANIMALS_FR = [
  'chien', 'chienne', 'chiens', 'chat', 'chatte', 'chats', 'animal', 'chiot', 'chaton', 'cheval', 'jument', 'oiseau',
  'perroquet', 'lapin', 'hamster', 'cochon d\'inde', 'poisson', 'vache', 'minou', 'pitou',
];

/** Célébrations : « félicitations pour sa grossesse » est une bonne nouvelle relayée, un simple conseil. */
export const CELEBRATION_CUES_FR = ['félicitations', 'bravo', 'tellement contente pour', 'tellement content pour', 'bienvenue au monde'];

/** Choses qui peuvent aussi « faire faillite » ou « être suspendues » : un fait juste après ne vise pas une personne. */
export const NON_PERSON_SUBJECTS_FR = [
  'entreprise', 'compagnie', 'commerce', 'magasin', 'boutique', 'restaurant', 'ville', 'municipalité', 'province', 'programme',
  'projet', 'contrat', 'dossier', 'compte', 'système', 'régime', 'fonds', 'banque', 'gouvernement', 'ministère', 'organisme',
  'organisation', 'agence', 'équipe', 'service', 'permis', 'demande', 'réclamation', 'paiement', 'prestation', 'prestations',
  'site', 'application', 'portail', 'fournisseur', 'société', 'employeur', 'association', 'club', 'événement', 'réunion',
  'audience', 'politique', 'projet de loi', 'motion', 'voiture', 'véhicule', 'téléphone', 'business', 'usine',
];

/** Pronoms de la troisième personne : une personne seulement si quelqu'un ou un cadre de travail a été nommé. */
export const PRONOUNS_FR = ['il', 'elle', 'lui', 'son', 'sa', 'ses', 'leur', 'leurs', 'ils', 'elles'];

/** L'auteur : un fait le plus proche de ces mots est le sien (« j'ai reçu un diagnostic », « ma dépression »). */
export const FIRST_PERSON_FR = [
  'je', 'j\'', 'j', 'moi', 'me', 'm\'', 'mon', 'ma', 'mes', 'moi-même', 'chu', 'chus', 'nous', 'notre', 'nos', 'on',
];

/** Mots qui situent l'histoire au travail : toute personne qui y figure a été rencontrée au travail. */
export const WORK_CONTEXT_FR = [
  'au travail', 'au bureau', 'à mon bureau', 'notre bureau', 'pendant mon quart', 'mon quart', 'au comptoir',
  'à la réception', 'au guichet', 'ma charge de travail', 'mes dossiers', 'son dossier', 'au téléphone avec',
  'est venu au bureau', 'est venue au bureau', 'est passé au bureau', 'est passée au bureau', 'notre direction',
  'ma direction', 'notre ministère', 'le ministère', 'serviceontario', 'service ontario', 'mon unité', 'à la clinique',
  'au refuge', 'au palais de justice', 'aujourd\'hui au travail', 'au travail aujourd\'hui', 'mon équipe', 'notre équipe',
  'en réunion', 'à ma job', 'ma job', 'mon travail', 'mon emploi', 'mon milieu de travail', 'notre milieu de travail',
  'visite à domicile', 'inspection', 'centre d\'appels', 'des finances', 'des ressources humaines', 'de la paie',
  'des communications', 'du bureau', 'du travail', 'de la direction', 'au bout du corridor', 'le bureau d\'à côté',
  'du soutien informatique', 'de l\'informatique', 'des ti', 'de la réception', 'de l\'accueil', 'de mon unité',
  'de ma direction', 'de notre direction', 'de mon équipe', 'de notre équipe', 'réunion d\'équipe',
  'réunion du personnel', 'la salle de pause', 'la cafétéria du bureau', 'notre étage', 'au bureau de', 'charge de cas',
  'ma clientèle', 'mes clients', 'nos clients', 'mes usagers', 'nos usagers', 'cubicule', 'van du ministère',
  'véhicule du ministère', 'camion du ministère',
  // L'auteur a vu ou traité le dossier de la personne : il le sait par son travail.
  'nos dossiers', 'dans nos dossiers', 'dans le système', 'dans notre système', 'dans nos systèmes', "l'ai vu passer",
  "l'ai vue passer", 'vu passer son dossier', 'vu passer sa demande', "j'ai traité son dossier", "j'ai traité sa demande",
  'traité son dossier', 'traité sa demande', 'un de nos dossiers', 'un de mes dossiers', 'au greffe', 'que je supervise',
  'que je suivais', 'que je supervisais',
];

/** Titres qui font d'un nom une personnalité publique. */
export const PUBLIC_FIGURE_TITLES_FR = [
  'premier ministre', 'première ministre', 'ministre', 'député', 'députée', 'maire', 'mairesse', 'conseiller municipal',
  'conseillère municipale', 'sénateur', 'sénatrice', 'président', 'présidente', 'pdg', 'chef', 'candidat', 'candidate',
  'vedette', 'acteur', 'actrice', 'chanteur', 'chanteuse', 'rappeur', 'musicien', 'musicienne', 'athlète', 'joueur',
  'joueuse', 'entraîneur', 'animateur', 'animatrice', 'roi', 'reine', 'prince', 'princesse', 'pape', 'ancien', 'ancienne',
  'influenceur', 'influenceuse', 'auteur', 'autrice', 'humoriste',
];

/** Une vie publique autour d'un nom : la saison, la tournée, la légende. */
export const FAME_CUES_FR = [
  'légende', 'légendaire', 'icône', 'temple de la renommée', 'la saison', 'cette saison', 'la saison passée',
  'la saison prochaine', 'les séries', 'séries éliminatoires', 'liste des blessés', "l'alignement", 'tournée', 'tournée d’adieu',
  "tournée d'adieu", 'album', 'spectacle', 'gala de l’adisq', "gala de l'adisq", 'lnh', 'nhl', 'nba', 'lcf', 'jeux olympiques',
  'olympiques', 'coupe stanley', 'coupe du monde', "médaille d'or", 'médaille d’or', 'a joué', 'il jouait', 'elle jouait',
  'box-office', 'téléroman',
];

/** Actualité ou dossier public. */
export const NEWS_CUES_FR = [
  'selon', 'rapporte', 'rapportent', 'rapporté',
  // The news, not the adjective (« la nouvelle clinique ») nor asking after someone (« prendre des nouvelles de »).
  'aux nouvelles', 'dans les nouvelles', 'bulletin de nouvelles', 'aux infos', 'manchette', 'dernière heure', 'communiqué',
  'la police affirme', 'selon la police', 'au tribunal', 'en cour', 'article', 'radio-canada', 'ici première', 'tva',
  'la presse', 'le droit', 'le devoir', 'onfr', 'tfo', 'le journal', 'a annoncé', 'a révélé', 'publiquement', 'déclaration',
  'entrevue', 'documentaire', 'balado', 'reportage',
];

/** Événements, témoignages et œuvres. */
export const EVENT_CUES_FR = [
  'webinaire', 'atelier', 'panel', 'séance', 'conférence', 'présentation', 'épisode', 'livre', 'roman', 'film', 'série télé',
  'personnage', 'étude', 'recherche', 'sondage', 'sensibilisation', 'campagne', 'collecte de fonds', 'marche', 'course',
  'terry fox', 'relais pour la vie', 'don', 'dons', 'son histoire', 'leur histoire', 'témoignage', 'témoigne', 'vidéo',
  'hommage', 'à la mémoire', 'en mémoire', 'avis de décès', 'nécrologie', 'biographie',
];

/** Prénoms courants au Canada français, repérés seulement avec une majuscule. */
export const FIRST_NAMES_FR = [
  'Julie', 'Nathalie', 'Isabelle', 'Sylvie', 'Chantal', 'Josée', 'Manon', 'Lucie', 'Johanne', 'Diane', 'Line', 'Louise',
  'Marie', 'Anne', 'Annie', 'Mélanie', 'Stéphanie', 'Geneviève', 'Valérie', 'Caroline', 'Karine', 'Catherine', 'Émilie',
  'Audrey', 'Marie-Ève', 'Marie-Pier', 'Marie-Claude', 'Marie-Josée', 'Camille', 'Léa', 'Chloé', 'Rosalie', 'Noémie',
  'Justine', 'Laurence', 'Maude', 'Véronique', 'Sophie', 'Mireille', 'Ginette', 'Francine', 'Micheline', 'Monique', 'Nicole',
  'Danielle', 'Josiane', 'Amélie', 'Élise', 'Élodie', 'Gabrielle', 'Jade', 'Florence', 'Océane', 'Maëlle', 'Aïcha', 'Fatou',
  'Mariama', 'Nadia', 'Samira', 'Yasmine', 'Leïla', 'Jean', 'Marc', 'Luc', 'Pierre', 'Paul', 'Michel', 'André', 'Alain',
  'Daniel', 'Denis', 'Claude', 'Gilles', 'Guy', 'Yves', 'Réjean', 'Gaétan', 'Sylvain', 'Stéphane', 'Martin', 'Mathieu',
  'Matthieu', 'Maxime', 'Simon', 'Sébastien', 'François', 'Jean-François', 'Jean-Philippe', 'Jean-Sébastien', 'Pierre-Luc',
  'Marc-André', 'Louis', 'Philippe', 'Patrick', 'Éric', 'Frédéric', 'Benoît', 'Olivier', 'Guillaume', 'Alexandre', 'Nicolas',
  'Julien', 'Vincent', 'Antoine', 'Gabriel', 'Samuel', 'Félix', 'Émile', 'William', 'Thomas', 'Raphaël', 'Zacharie',
  'Étienne', 'Hugo', 'Charles', 'Mamadou', 'Moussa', 'Abdoulaye', 'Ousmane', 'Karim', 'Mehdi', 'Youssef', 'Rachid',
  'Jean-Claude', 'Jean-Marc', 'Jean-Pierre', 'Normand', 'Roger', 'Gérald', 'Raymond', 'Richard', 'Robert', 'Serge', 'Réal',
];

/** Prénoms qui sont aussi des mots courants (« line », « guy », « jade ») : on ne s'y fie pas en minuscules. */
export const NAMES_THAT_ARE_WORDS_FR = [
  'Line', 'Guy', 'Jade', 'Florence', 'Martin', 'Claude', 'Simon', 'Marc', 'Paul', 'Jean', 'Pierre', 'Luc', 'Louis', 'Charles',
  'Thomas', 'Hugo', 'Justine', 'Camille', 'Laurence', 'Maude', 'Normand', 'Réal', 'Serge', 'Roger', 'Richard', 'Robert',
  'Raymond', 'Denis', 'Yves', 'Marie', 'Anne', 'Diane', 'Louise', 'Lucie', 'Nicole', 'Félix', 'Émile', 'Gabriel',
];
