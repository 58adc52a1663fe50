// Une personne décrite par sa situation plutôt que par son nom : « le monsieur qui vient au bureau
// chaque lundi », « une mère de 29 ans à Kapuskasing ». Avec un fait de santé, d'aide sociale,
// judiciaire ou d'immigration, son voisinage la reconnaît : c'est un renseignement personnel.

/** Une personne précise, qui revient, appelle ou se présente au comptoir de l'auteur. */
export const RECURRING_PERSON_FR = [
  'le monsieur qui', 'la madame qui', 'la dame qui', 'le gars qui', 'la fille qui', 'le bonhomme qui', 'la bonne femme qui',
  "l'homme qui", 'la femme qui', 'le vieux qui', 'la vieille qui', 'le vieux monsieur qui', 'la vieille dame qui',
  "l'aîné qui", "l'aînée qui", 'le jeune qui', 'la jeune qui', 'le petit gars qui', 'la petite qui', 'la mère qui',
  'le père qui', 'la maman qui', 'le papa qui', 'le couple qui', 'la famille qui', 'le client qui', 'la cliente qui',
  'le prestataire qui', 'la prestataire qui', 'le locataire qui', 'la locataire qui', 'le patient qui', 'la patiente qui',
  'ce monsieur qui', 'cette dame qui', 'ce gars qui', 'cette madame qui', 'notre habitué', 'notre habituée',
  'un de nos habitués', 'une de nos habituées', 'un habitué du', 'une habituée du', 'le même monsieur', 'la même dame',
];

/** Une personne rencontrée au comptoir, au bureau ou dans la charge de travail de l'auteur. */
export const MET_AT_WORK_FR = [
  'à mon comptoir', 'à mon guichet', 'à mon bureau aujourd', 'dans mon bureau aujourd', 'dans ma charge de cas',
  'dans mes dossiers', 'un de mes dossiers', 'une de mes clientes', 'un de mes clients', "visite à domicile aujourd",
  'visite à domicile ce matin', 'grosse visite à domicile', 'dure visite à domicile', 'visite à domicile difficile',
  'au téléphone aujourd', "j'ai eu un monsieur", "j'ai eu une dame", "j'ai eu une madame", "j'ai eu un gars",
  "une madame qui m'a appel*", "un monsieur qui m'a appel*", "une dame qui m'a appel*", "un gars qui m'a appel*",
  'celle qui tient le', 'celui qui tient le', 'la madame qui tient', 'le monsieur qui tient',
  "j'ai eu une mère", "j'ai eu un père", "j'ai eu une famille", "j'ai eu un jeune", "j'ai eu une jeune", "j'ai eu un client",
  "j'ai eu une cliente", "j'ai eu un aîné", "j'ai eu une aînée", "j'ai eu un demandeur", "j'ai eu une demandeuse",
  'eu un monsieur', 'eu une madame', 'eu une dame',
];

/** L'auteur dit qu'on saura de qui il s'agit : « (si vous êtes déjà venus à l'école vous savez qui) ». */
export const KNOWN_TO_READERS_FR = [
  'vous savez qui', 'vous savez de qui je parle', 'tu sais qui', 'tu sais de qui je parle', 'vous allez la reconnaître',
  'vous allez le reconnaître',
];

/** Des situations, sans verbe qui les rattache à quelqu'un : à côté d'une personne décrite, ce sont les siennes. */
/** Une personne désignée par l'histoire médiatisée où on l'a vue (« la petite dont la mère est passée à Radio-Canada »). */
export const MEDIA_POINTERS_FR = [
  'dont la mère est passée', 'dont le père est passé', 'dont les parents sont passés', 'dont la famille est passée',
  "qu'on a vu aux nouvelles", "qu'on a vue aux nouvelles", 'qui était aux nouvelles', 'qui était dans le journal',
];

export const CIRCUMSTANCES_FR = [
  'dialyse', 'chimio', 'chimiothérapie', 'radiothérapie', 'trouble lié aux opioïdes', "trouble lié à l'usage",
  'opioïdes', 'fentanyl', 'méthadone', 'suboxone', 'désintox', 'cure de désintox', 'thérapie fermée', 'surdose', 'overdose',
  'vih', 'séropositif', 'séropositive', 'phase terminale', 'soins palliatifs', 'suicidaire', 'tentative de suicide',
  'sourd', 'sourde', 'malentendant', 'malentendante', 'aveugle', 'autiste', 'trisomique', "s'est fait du mal",
  "se faire du mal", 'rapport médical', 'dossier médical', 'en révision', 'prestations coupées', 'prestations ont été coupées',
  'chèque a été coupé', 'aide sociale a été coupée',
  'automutilation', 'psychose', 'schizophrène', 'bipolaire', 'enceinte', 'fausse couche', 'amputé', 'amputée',
  'fauteuil roulant', 'enfants placés', 'enfants déjà placés', 'placés en famille d\'accueil', 'la sae',
  "l'aide à l'enfance", 'garde des enfants', 'posph', 'implant cochléaire', "chien d'assistance", 'appareils auditifs', 'ontario au travail', 'aide sociale', 'bien-être social', 'le bs',
  'demandeur d\'asile', "demandeuse d'asile", "demande d'asile", 'audience de la cisr', 'la cisr', 'statut de réfugié',
  'expulsion', 'déportation', 'mesure de renvoi', 'sans papiers', 'sans statut', 'itinérant', 'itinérante',
  'itinérance', 'évincé', 'évincée', 'faillite', 'libération conditionnelle', 'probation',
  'casier judiciaire', 'sorti de prison', 'sortie de prison', 'ordonnance de non-communication', 'démence',
  'alzheimer', 'cancer', 'stade 4', 'dépendance', 'toxicomanie', 'rechute', 'anorexie', 'hépatite', 'dossier d\'aide sociale',
];

/** Un énoncé sur les gens en général, une règle ou un service : personne en particulier. */
export const GENERIC_CUES_FR = [
  'peuvent faire une demande', 'peut faire une demande', 'admissible', 'admissibles', 'admissibilité', 'si vous',
  'quiconque', 'toute personne', 'les personnes qui', 'ceux qui', 'celles qui', 'les clients qui', 'les aînés qui',
  'les familles qui', 'et plus', 'ou plus', 'et moins', 'en moyenne', 'pour cent', 'aide les gens', 'pour en savoir plus',
  'comment faire une demande',
];

/** Après une situation, des mots qui en font une cause, un service ou un événement (« marche contre le cancer »). */
export const TOPIC_AFTER_FR = [
  'recherche', 'société', 'collecte', 'marche', 'course', 'sensibilisation', 'fondation', 'mois', 'semaine', 'journée',
  'bureau', 'bureaux', 'taux', 'politique', 'programme', 'programmes', 'réforme', 'loi', 'financement', 'budget', 'centre',
  'clinique', 'unité', 'personnel', 'travailleur', 'travailleuse', 'agent', 'agente', 'équipe', 'formation', 'colloque',
  'formulaire', 'site', 'ligne', 'bénévoles', 'conseil', "délais", "listes d'attente", "liste d'attente", 'services',
];
