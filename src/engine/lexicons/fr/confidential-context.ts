// Mots de contexte communs aux règles « confidentiel » et « parler au nom du gouvernement » (français).

/** L'information est déjà publique : communiqué, annonce faite, article de presse. */
export const PUBLIC_CUES_FR = [
  // Les documents ouverts au public par les archives : « salle de consultation », « Archives publiques ».
  'salle de consultation', 'salle de lecture', 'déclassifié', 'déclassifiée', 'archives publiques', "archives de l'ontario",
  'dossier historique', 'document historique', 'document d\'archives', "fonds d'archives",
  "annoncé aujourd'hui", "annoncée aujourd'hui", 'annoncé hier', 'annoncée hier', 'a annoncé', 'ont annoncé',
  'a été annoncé', 'a été annoncée', 'ont été annoncés', 'ont été annoncées', "vient d'annoncer", "viennent d'annoncer",
  "annonce d'aujourd'hui", "l'annonce de ce matin", 'officiellement annoncé', 'officiellement annoncée',
  'communiqué de presse', 'communiqué', 'conférence de presse', 'avis aux médias', 'en savoir plus', 'plus de détails',
  'pour plus de détails', 'lien dans la bio', 'lien ci-dessous', 'lien en commentaire', 'maintenant disponible',
  'maintenant en ligne', 'est en ligne', 'maintenant publié', 'maintenant publiée', 'maintenant publiés', 'maintenant publiées',
  'a été mis en ligne', 'a été mise en ligne', 'consultation publique', 'publié sur', 'publiée sur', 'registre de la réglementation',
  'registre environnemental', 'rendu public', 'rendue publique', 'rendus publics', 'rendues publiques', 'est public',
  'est publique', 'sont publics', 'dans les médias', 'dans les journaux', 'selon les médias', 'cet article', "l'article",
  'a été déposé', 'a été déposée', "déposé à l'assemblée", "déposé aujourd'hui", 'journal des débats', 'dans une déclaration',
  'salle de presse', 'manchette', 'a publié', 'a été publié', 'a été publiée', 'obtenu par', 'obtenue par', 'a obtenu',
  "demande d'accès à l'information",
  // Un événement ouvert à tous s'annonce en invitant.
  'ouvert au public', 'ouverte au public', 'ouvert à tous', 'ouverte à tous', 'inscriptions ouvertes', 'inscription ouverte',
  'les inscriptions sont ouvertes', 'inscrivez-vous', 'inscris-toi',
];

export const ADVICE_CUES_FR = [
  'rappel', 'rappelez-vous', "n'oubliez pas", 'protéger', 'protégez', 'respecter', 'respectez', 'manquement',
  'il est interdit', "c'est interdit", 'est illégal', 'comment', "qu'est-ce qu", 'règles sur', 'politique sur',
  'formation sur', 'en cas de doute',
];

export const PROHIBITIONS_FR = [
  'ne jamais', 'jamais', 'ne pas', 'évitez de', "évitez d'", 'éviter de', 'il ne faut pas', 'il ne faut jamais',
  'on ne doit pas', 'vous ne devez pas', 'ne devez pas', 'personne ne devrait', 'interdit de',
];

export const DISCLOSURE_VERBS_FR = [
  'partager', 'publier', 'diffuser', 'divulguer', 'transmettre', 'mentionner', 'parler', 'dévoiler', 'révéler',
  'afficher', 'envoyer', 'distribuer', 'faire circuler', 'republier', 'relayer', 'faire fuiter',
];

export const TRAINING_CUES_FR = [
  'formation', 'un cours', 'le cours', 'mon cours', 'cours en ligne', 'atelier', 'webinaire', 'quelques conseils',
  'mes conseils', 'nos conseils', 'conseils pratiques', 'conseils pour', 'astuces', 'comment rédiger', 'comment écrire',
  'midi-conférence', 'séminaire', 'conférence sur', 'module', 'pratiques exemplaires', 'gabarit', 'modèle de lettre', 'modèle de courriel', 'modèle de note', 'modèle de présentation',
  'guide de', 'liste de contrôle', "histoire du", "l'histoire de", 'balado', 'intégration des nouveaux',
  "formation d'accueil", 'séance sur', "séance d'information", 'comment fonctionne', 'fonctionnement du',
  'fonctionnement de', 'comment se prennent',
  // La question d'un quiz de formation est un cas inventé.
  'quiz', 'jeu-questionnaire', 'mise en situation',
];

export const GOV_OBJECTS_FR = [
  'ministère', 'ministères', 'gouvernement', 'province', 'provincial', 'provinciale', 'provinciaux', 'le ministre',
  'la ministre', 'du ministre', 'de la ministre', 'sous-ministre', 'sous-ministre adjoint', 'sous-ministre adjointe', 'sma',
  'conseil des ministres', 'conseil du trésor', 'premier ministre', 'première ministre', "queen's park", 'fpo',
  'fonction publique', 'fonctionnaires', 'mises à pied', 'mise à pied', 'licenciements', 'suppressions de postes',
  'suppression de postes', 'gel des embauches', "gel d'embauche", 'restructuration', 'réorganisation', 'fusion',
  'compressions', 'coupures', 'coupes', 'compressions budgétaires', 'financement', 'politique', 'politiques', 'règlement',
  'réglementation', 'législation', 'directive', 'retour au bureau', 'jours au bureau', 'fermeture de bureaux',
  'fermetures de bureaux', 'fermeture du bureau', 'ontario au travail', 'posph', 'négociations', 'convention collective',
  'gel salarial', 'gel des salaires', 'projet de loi', 'subventions', 'droits de permis', 'budget provincial',
  "l'énoncé économique", 'budget des dépenses',
  'règles', 'règlementation', 'permis', 'programme', 'programmes', 'subvention', 'contrat', 'contrats',
  'appel d’offres', "appel d'offres", 'bureau', 'bureaux', 'direction', 'division', 'échéance', 'frais', 'inspections',
  'postes', 'emplois', 'embauche', 'fermeture', 'annonce du ministère',
  // Les services que la province rend au public : un centre d'appels, un tribunal et ses audiences.
  "centre d'appels", 'services en français', 'service en français', 'audiences', 'palais de justice', 'tribunaux',
  // Finances publiques.
  'le déficit', 'excédent budgétaire', 'énoncé économique', 'paiements de transfert',
  'déficit provincial', 'déficit budgétaire',
];

export const SECTORS_FR = [
  'transport en commun', 'autoroute', 'autoroutes', 'hôpitaux', 'soins de longue durée', "garde d'enfants", 'garderies',
  'garderie', 'cpe',
  'services de garde', 'conseils scolaires', 'écoles', 'collèges', 'universités', 'municipalités', 'soins de santé',
  'logement', 'éducation', 'mines', 'foresterie', 'agriculture', 'agriculteurs', 'énergie', 'santé publique',
  'aide sociale', 'tourisme', 'feux de forêt', "offices de protection de la nature", "programme de l'autisme",
  'services de développement', 'tribunaux', 'services correctionnels', 'services policiers', 'francophonie',
  'palais de justice', 'foyer de soins de longue durée', 'centre jeunesse', "plaque d'immatriculation",
  'chiffres du budget', 'le budget', 'curriculum', 'programme-cadre',
  'hôpital', 'cliniques', 'centre de services', 'centres de services', 'serviceontario', 'parcs provinciaux',
  'bibliothèques', 'refuges', 'foyers de groupe', 'prisons', 'centre des sciences', "plaques d'immatriculation",
  'permis de conduire', 'carte santé', 'cartes santé', 'lcbo', 'salaire minimum', 'droits de scolarité',
  'producteurs', 'producteurs laitiers', 'productrices', 'agricultrices', 'éleveurs', 'apiculteurs', 'fermes',
  'fermiers', 'camionneurs', 'infirmières', 'enseignants', 'petites entreprises', 'locataires', 'propriétaires',
  'rural', 'rurales', 'laitiers', 'laitier',
  // Les gens du secteur au singulier aussi (« si vous êtes agricultrice »), et les examens que mène la province.
  'agriculteur', 'agricultrice', 'fermier', 'fermière', 'producteur', 'productrice', 'éleveur', 'éleveuse', 'apiculteur',
  'camionneur', 'infirmière', 'infirmier', 'enseignant', 'enseignante', 'examen de conduite', 'examens de conduite',
  'test de conduite', 'tests de conduite', 'test routier',
  // Programmes et organismes ontariens par leur sigle, et mots d'argent public et de services.
  'rafeo', 'osap', 'assurance-santé', 'ohip', 'posph', 'ontario au travail', 'wsib', 'cspaat', 'metrolinx',
  'go transit', 'ontario northland', 'hydro one', 'santé ontario', 'bureaux de santé publique',
  'le déficit', 'grille tarifaire', 'barème', "délais d'attente", "temps d'attente",
  "listes d'attente", 'bureaux régionaux', 'bureau régional',
  'formule de financement', 'modèle de financement', 'énoncé économique', 'paiements de transfert',
];

export const WORK_OBJECTS_FR = [
  'programme', 'programmes', 'projet pilote', 'initiative', 'stratégie', 'décision', 'décisions', 'annonce', 'annonces',
  'contrat', 'contrats', 'direction générale', 'division', 'investissement', 'postes', 'notre secteur', 'examen',
  'rapport', 'le dossier', 'notre dossier', 'le projet', 'notre projet', 'le bureau de', 'le bureau régional', 'notre bureau', 'nos bureaux', 'les bureaux de', 'la haute direction', "l'équipe de direction",
  'notre directeur', 'notre directrice', 'mon directeur', 'ma directrice',
  // Lieux et personnes visés par une décision de travail.
  'labo', 'laboratoire', 'installation', 'installations', 'site', 'centre', 'comptoir', 'comptoirs', 'clinique',
  'point de service', 'points de service', 'demandeurs', 'demandeuses', 'bénéficiaires', 'subventions', 'subvention',
  'télétravail',
  // L'argent qu'un programme verse.
  'indemnité', 'indemnités', 'allocation', 'allocations', 'ristourne', 'ristournes',
  'travail hybride', 'mode hybride', 'travail à distance',
];

export const DOC_NOUNS_FR = [
  'document', 'documents', 'doc', 'note', 'notes', 'note de service', 'rapport', 'rapports', 'présentation', 'diapos',
  'diapositives', 'ébauche', 'version', 'fichier', 'fichiers', 'dossier', 'breffage', "note d'information", 'courriel',
  'courriels', 'info', 'infos', 'information', 'informations', 'renseignements', 'données', 'chiffres', 'statistiques',
  'résultats', 'constats', 'plan', 'plans', 'stratégie', 'proposition', 'liste', 'tableur', 'procès-verbal',
  'ordre du jour', 'pièce jointe', 'lettre', 'analyse', 'budget', 'prévisions', 'projections', 'organigramme',
  'recommandations', 'vérification', 'sondage', 'politique', 'cadre', 'directive', 'orientations', 'contrat', 'prix',
  "capture d'écran", 'détails', 'matériel', 'documentation', 'évaluation', 'examen',
];

export const CONSULTATION_CUES_FR = [
  'consultation', 'consultations', 'donnez votre avis', 'faites-nous part', 'vos commentaires', 'soumettre des commentaires',
  'période de commentaires', 'ouvert aux commentaires', 'ouverte aux commentaires', 'registre de la réglementation',
  'registre environnemental', 'participation du public', 'dites-nous ce que vous en pensez', 'sondage public',
  // Une proposition soumise au public : « nous voulons entendre les pêcheurs », « commentez d'ici le 15 avril ».
  'voulons entendre', 'veut entendre', 'aimerions entendre', 'voulons vous entendre', 'aimerions vous entendre',
  'commentez', 'envoyez-nous vos commentaires', 'envoyez vos commentaires',
];

/** Une histoire dont on parle (série, film, roman) : sa « lettre confidentielle » est un ressort de l'intrigue. */
export const FICTION_CUES_FR = [
  'episode', 'la serie', 'cette serie', 'teleserie', 'teleroman', 'le film', 'ce film', 'netflix', 'roman', 'polar',
  'intrigue', 'rebondissement', 'divulgacheur', 'personnage principal', 'la finale de la saison', 'en rafale',
  // Livres, satire, jeux et sport empruntent les mots du gouvernement et des fuites pour leurs histoires.
  'le livre', 'ce livre', 'un livre', 'bouquin', 'club de lecture', 'bande dessinee', 'fiction', 'satire', 'sitcom',
  'jeu video', 'jeux video', 'jeu de societe', 'soiree de jeux', 'mon personnage', 'le mechant', 'hockey', 'lnh',
  'date limite des transactions', 'les series eliminatoires', 'ligue de fantasy',
  // Romans de genre, critiques de livres et repêchages sportifs.
  'thriller', "roman d'espionnage", 'roman policier', 'suspense', 'protagoniste', 'le denouement', "l'auteur", "l'autrice",
  'repechage', 'premier choix au total', 'hockey fantasy',
  // La scène, et les embargos de la presse sur les critiques de jeux, de films et d'appareils.
  'une piece sur', 'la piece de theatre', 'piece de theatre', 'au theatre', 'le theatre', 'sur scene', 'comedie musicale',
  'embargo sur les critiques', 'critique du jeu',
  'ma piece', 'notre piece', 'troupe de theatre', 'la troupe', 'premiere lecture', 'dramaturge', 'fictif', 'fictive',
  'fictifs', 'fictives', 'une comedie', 'la comedie',
  "atelier d'ecriture", "exercice d'ecriture", 'mon manuscrit', 'ma nouvelle',
];

/** Les affaires de famille et de maison : « CONFIDENTIEL : la recette secrète de ma grand-mère ». */
export const HOME_CUES_FR = [
  'mon fils', 'ma fille', 'mes enfants', 'mon enfant', 'mon bebe', 'mon plus jeune', 'ma plus jeune', 'ma femme',
  'mon mari', 'mon chum', 'ma blonde', 'ma mere', 'mon pere', 'mes parents', 'ma grand-mere', 'grand-maman',
  'grand-mere', 'mon grand-pere', 'grand-papa', 'ma famille', 'mon chien', 'mon chat', 'recette', 'recettes',
  'fete des peres', 'fete des meres', 'anniversaire', 'fete surprise', 'liste de noel', 'tarte', 'crepes',
  'biscuits', 'souper de famille',
  'ma soeur', 'mon frere', 'ma meilleure amie', 'mon meilleur ami', 'shower de bebe', 'enterrement de vie',
  'fete surprise', 'party surprise', '40e surprise', '50e surprise',
  'ingredient secret', 'recette secrete', 'mon chili', 'ma sauce', 'ma lasagne', 'mon bbq', 'ma tourtiere', 'mon pate chinois',
];
