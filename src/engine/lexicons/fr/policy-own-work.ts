// Comment l'auteur dit qu'un sujet relève de son propre travail, en français (y compris les tournures
// franco-ontariennes : « ça fait quinze ans que je travaille… », « pis »). Commenter publiquement une
// question directement liée à ses fonctions peut être une activité politique (LFPO, art. 72).

export const PUBLIC_ROLES_FR = [
  'fonctionnaire', 'travailleur social', 'travailleuse sociale', 'agent de cas', 'agente de cas', 'gestionnaire de cas',
  'intervenant', 'intervenante', 'infirmier', 'infirmière', 'infirmière auxiliaire', 'préposé aux bénéficiaires',
  'préposée aux bénéficiaires', 'PSSP', 'enseignant', 'enseignante', 'prof', 'directeur d’école', "directeur d'école",
  'directrice d’école', "directrice d'école", 'ambulancier', 'ambulancière', 'paramédic', 'pompier', 'pompière',
  'agent correctionnel', 'agente correctionnelle', 'agent de probation', 'agente de probation', 'agent de protection de la nature',
  'agente de protection de la nature', 'garde-parc', 'inspecteur', 'inspectrice', 'vérificateur', 'vérificatrice',
  'arbitre', 'agronome', 'vétérinaire', 'procureur de la Couronne', 'procureure de la Couronne', 'ingénieur',
  'ingénieure', 'hydrologue', 'prévisionniste', 'biologiste', 'écologiste', 'géologue', 'forestier', 'forestière',
  'épidémiologiste', 'scientifique', 'économiste', 'statisticien', 'statisticienne', 'analyste', 'analyste des politiques',
  'conseiller en politiques', 'conseillère en politiques', 'agent de programme', 'agente de programme',
  'agent d’exécution', "agent d'exécution", 'agente d’exécution', "agente d'exécution", 'évaluateur', 'évaluatrice',
  'commis', 'préposé au comptoir', 'préposée au comptoir', 'urbaniste', 'chercheur', 'chercheuse', 'spécialiste',
  'conseiller', 'conseillère', 'agent', 'agente', 'gestionnaire', 'directeur', 'directrice', 'coordonnateur',
  'coordonnatrice', 'enquêteur', 'enquêteuse', 'greffier', 'greffière', 'archiviste', 'bibliothécaire', 'traducteur',
  'traductrice', 'sous-ministre', 'sous-ministre adjoint', 'sous-ministre adjointe', 'SMA',
];

export const ROLE_FRAMES_FR = [
  'en tant que', "en tant qu'", 'comme', 'à titre de', "à titre d'", 'je suis', 'je suis un', 'je suis une',
  // « Moi qui suis greffière au palais », « moi qui ai été inspecteur » : le rôle en apposition à « moi ».
  'moi qui suis', 'moi qui suis un', 'moi qui suis une', 'moi qui ai été', 'moi qui étais', 'moi qui ai été un', 'moi qui ai été une',
];

export const WORK_VERBS_FR = [
  'travailler', 'travaillant', 'travaillant au', 'travaillant dans', 'je travaille', "j'ai travaillé", 'je travaillais', 'que je travaille', "que j'travaille", 'je traite', "j'ai traité",
  "j'inspecte", "j'ai inspecté", 'je gère', "j'ai géré", "j'administre", 'je conçois', "j'ai conçu", 'je livre',
  "j'applique", 'je fais appliquer', "j'évalue", 'je vérifie', "j'enseigne", 'je soigne', "j'ai aidé à rédiger",
  "j'ai rédigé", 'je rédige', "j'approuve", "j'examine",
];

export const YEARS_FR = ['ans', 'années', 'an', 'mois'];

export const WORK_OBJECTS_FR = [
  'dossiers', 'dossier', 'cas', 'demandes', 'réclamations', 'permis', 'inspections', 'vérifications', 'clients',
  'clientes', 'patients', 'patientes', 'élèves', 'résidents', 'détenus', 'fermes', 'restaurants', 'routes', 'autoroutes',
  'ponts', 'forêts', 'ce dossier', 'ce programme', 'cette politique', 'ce domaine', 'ce secteur', 'le terrain',
  'au gouvernement', 'pour le gouvernement', 'pour la province', 'au ministère', 'pour le ministère', 'à la province',
  'dans la fonction publique', 'à la fonction publique', 'fonction publique', 'ServiceOntario', 'soins de longue durée',
  'protection de l’enfance', "protection de l'enfance", 'services correctionnels', 'santé publique', 'aide sociale',
  'tribunaux', 'Ontario au travail', 'POSPH',
];

// L'auteur parmi ceux qui font le travail, avec n'importe quel verbe de métier : « moi qui traite ces
// dossiers », « ceux d'entre nous qui appliquent le règlement », « nous qui inspectons les fermes ».
const VERBES_METIER_FR: readonly (readonly [string, string, string])[] = [
  // [je, nous, ils]
  ['traite', 'traitons', 'traitent'], ['applique', 'appliquons', 'appliquent'], ['inspecte', 'inspectons', 'inspectent'],
  ['évalue', 'évaluons', 'évaluent'], ['gère', 'gérons', 'gèrent'], ['administre', 'administrons', 'administrent'],
  ['enseigne', 'enseignons', 'enseignent'], ['soigne', 'soignons', 'soignent'], ['examine', 'examinons', 'examinent'],
  ['approuve', 'approuvons', 'approuvent'], ['rédige', 'rédigeons', 'rédigent'], ['livre', 'livrons', 'livrent'],
  ['travaille', 'travaillons', 'travaillent'], ['vérifie', 'vérifions', 'vérifient'], ['délivre', 'délivrons', 'délivrent'],
];

export const INSIDER_FR = [
  ...VERBES_METIER_FR.flatMap(([je, nous, ils]) => [
    `moi qui ${je}`, `nous qui ${nous}`, `ceux d'entre nous qui ${ils}`, `celles d'entre nous qui ${ils}`, `ceux qui comme moi ${ils}`,
  ]),
  'sur le terrain', 'dans mon travail', 'dans mon emploi', 'dans mon domaine', 'dans mon milieu', 'dans mes fonctions',
  'mes clients', 'mes clientes', 'ma charge de travail', "de l'intérieur", 'je peux vous dire', 'je peux vous assurer',
  'je suis bien placé', 'je suis bien placée', 'je le vois tous les jours', 'on le voit tous les jours',
  'qui travaille sur ce dossier', 'qui travaille dans ce domaine', 'à ma job', 'à mon travail',
  'au comptoir', 'à mon comptoir', 'derrière le comptoir', 'je vois tous les jours', 'je vois chaque jour',
  'on voit tous les jours', 'en première ligne', 'sur la première ligne', 'dans ma classe', 'mes élèves', 'mes patients',
  'mes patientes', 'mes résidents', 'les gens que je sers', 'qui doivent appliquer', 'doit appliquer', 'devons appliquer',
  'notre bureau', 'mon bureau', 'à notre bureau', 'dans notre bureau', "j'y travaille", "j'y ai travaillé", "j'y travaillais",
  'je travaille là-dedans', 'je travaille là-dessus', 'tout le monde au bureau le sait', 'tout le monde au bureau sait',
  'tout le monde au travail le sait', 'tout le monde à la job le sait', 'tout le monde au ministère le sait',
  // En gagner sa vie, et être au service de la ministre ou du premier ministre dont on parle.
  'je fais ça dans la vie', "c'est mon métier", "c'est ma job", 'je gagne ma vie', 'gagner ma vie à', 'pour gagner ma vie',
  'fierté de travailler pour', 'fier de travailler pour', 'fière de travailler pour', 'je travaille pour la ministre',
  'je travaille pour le ministre', 'je travaille pour le premier ministre', 'je travaille pour ce gouvernement',
];

export const NOT_OWN_WORK_FR = [
  'pas mon domaine', 'pas mon dossier', 'pas mon ministère', 'pas mon rayon', 'rien à voir avec mon travail',
  'hors de mon domaine', 'pas mon champ',
];
