// Le « nous » administratif, en français (avec le « on » de l'Ontario français) : « nous prolongeons
// la date limite », « on change les critères d'admissibilité », « on va régler l'arriéré d'ici le
// printemps ». Seuls les comptes officiels parlent ainsi au nom d'un programme; l'objet doit être
// public (« on prolonge nos vacances » n'en est pas un).

export const ADMIN_SUBJECTS_FR = [
  'nous', 'on', 'notre équipe', 'notre bureau', 'notre unité', 'notre direction', 'notre programme', 'notre ministère',
  "l'équipe et moi", 'officiellement',
];

export const ADMIN_FILLERS_FR = [
  'ne', 'n', 'pas', 'plus', 'allons', 'va', 'vont', 'avons', 'a', 'sommes', 'est', 'être', 'été', 'maintenant', 'aussi',
  'officiellement', 'enfin', 'déjà', 'présentement', 'temporairement', 'décidé', 'de', 'd', 'heureux', 'heureuses',
  'fiers', 'fières', 'pouvons', 'peut', 'en', 'train', 'nous', 'vous', 'se', 's',
  // L'engagement au nom du programme est un futur (« nous nous engageons à rétablir le service »).
  'engageons', 'engage', 'engagé', 'engagée', 'engagés', 'engagées', 'promettons', 'prévoyons', 'travaillons', 'comptons',
];

export const ADMIN_VERBS_FR = [
  'prolong*', 'approuv*', 'refus*', 'rejet*', 'lanc*', 'ouvr*', 'ouvert', 'ouverte', 'ouverts', 'ouvertes', 'rouvr*',
  'rouvert', 'rouverte', 'ferm*', 'financ*', 'augment*', 'coup*',
  'chang*', 'modifi*', 'renonc*', 'ajout*', 'invest*', 'élarg*', 'suspend*', 'annul*', 'rétabl*', 'accept*',
  'mettons à jour', 'met à jour', 'baiss*', 'hauss*', 'gel*', 'couvr*', 'rembours*', 'trait*', 'émet*', 'émis',
  'priori*', 'accélér*', 'examin*', 'rédui*', 'élimin*', 'introdui*', 'exig*', 'permet*', 'autoris*', 'interdi*',
  'exempt*', 'renouvel*', 'décid*', 'report*', 'repouss*', 'reprend*', 'simplifi*', 'abandonn*', 'abol*', 'resserr*',
  'assoupl*', 'excusons', 'excuse', 'regrett*', 'désolés', 'désolées', 'désolé', 'désolée',
];

export const REMEDY_VERBS_FR = [
  'régl*', 'répar*', 'corrig*', 'rétabl*', 'remett*', 'trait*', 'rattrap*', 'rouvr*', 'pai*', 'pay*', 'vers*',
  'débloqu*', "occuper de", "s'occuper de", 'arrang*', 'résoud*', 'résolv*', 'faire avancer', 'accélér*', 'pousser',
];

export const ADMIN_OBJECTS_FR = [
  'date limite', 'dates limites', 'échéance', 'échéances', 'période de demande', 'période d’inscription',
  "période d'inscription", 'demande', 'demandes', 'inscriptions', 'demandeurs', 'programme', 'programmes', 'subvention',
  'subventions', 'financement', 'frais', 'admissibilité', 'critères', 'paiement', 'paiements', 'prestation',
  'prestations', 'permis', 'clinique', 'cliniques', 'remise', 'remises', 'réclamation', 'réclamations', 'règlement',
  'règlements', 'inspection', 'inspections', 'chèques', 'exemption', 'exemptions', 'quota', 'quotas', 'exigence',
  'exigences', "liste d'attente", 'panne', 'pannes', 'interruption', 'interruptions', 'inconvénients', 'retards',
  'fermeture', 'fermetures',
];

export const WEAK_OBJECTS_FR = [
  'bureau', 'bureaux', 'centre', 'centres', 'contrat', 'service', 'services', 'règles', 'politique', 'volet', 'ronde',
  'fonds', 'heures', 'sites', 'personnel',
];

export const PUBLIC_CONTEXT_FR = [
  'ministère', 'gouvernement', 'province', 'provincial', 'provinciale', 'Ontario', 'ServiceOntario', 'public', 'publique',
  'programme', 'subvention', 'POSPH', 'RAFEO', 'Ontario au travail', 'Parcs Ontario', 'autoroute', 'carte santé',
  'demandeurs', 'résidents', 'producteurs', 'clients',
];

export const BEHALF_FR = ['au nom de', 'au nom du', 'au nom des', 'de la part de', 'de la part du', 'je parle pour', 'je représente'];
export const RELAY_FR = [
  "m'a demandé de", 'm’a demandé de', "m'a chargé de", "m'a chargée de", 'tient à ce que vous sachiez',
  'veut que vous sachiez', 'voulait que vous sachiez', "m'a demandé de vous dire", "m'a demandé de partager",
];
export const HEADS_FR = ['ministre', 'la ministre', 'le ministre', 'premier ministre', 'sous-ministre', 'mon SMA', 'notre SMA', 'ma sous-ministre'];

export const SERVICE_OBJECTS_FR = [
  'service', 'services', 'arriéré', 'retards', 'délais', 'attente', 'portail', 'site', 'site web', 'système', 'service en ligne', 'panne',
  'ligne', 'ligne téléphonique', 'files', 'dossiers', 'dossier', 'chèque', 'chèques', 'paiements', 'réclamations',
  'lignes directrices', 'décision', 'décisions', 'réponse', 'une réponse', 'approbation', 'approbations', 'financement',
  'demandes', 'permis', 'renouvellements', 'comptoir', 'bureau', 'route', 'autoroute', 'pont', 'carte santé',
  'votre dossier', 'votre demande', 'votre permis', 'votre chèque', 'votre paiement', 'votre réclamation',
];

export const FUTURE_FR = ['on va', 'nous allons', 'nous allons vous', 'je vais', 'on vous', 'je vous'];

// N'importe quel jour ou mois peut servir d'échéance (« d'ici jeudi », « d'ici mars », « avant juin »).
const DATES_FR = [
  'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche', 'janvier', 'février', 'mars', 'avril', 'mai',
  'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre',
];

export const PROMISE_CUES_FR = [
  ...DATES_FR.flatMap((d) => [`d'ici ${d}`, `d’ici ${d}`, `avant ${d}`]),
  "d'ici le printemps", "d'ici l'été", "d'ici l'automne", "d'ici l'hiver", "d'ici la fin du mois", "d'ici quelques jours",
  "d'ici la fin", "d'ici ce soir", "d'ici demain", "d'ici la semaine prochaine", 'avant noël', 'avant les fêtes',
  'la semaine prochaine', 'cette semaine', "aujourd'hui", 'ce soir', 'dans quelques jours', 'inquiétez-vous pas',
  'ne vous inquiétez pas', "pas d'inquiétude", 'promis', 'je vous le promets', 'garanti', 'sans faute', 'lâchez pas',
];

export const INSTITUTIONS_FR = [
  'le ministère', 'ministère', 'ministère de', 'ministère des', 'ministère du', 'le gouvernement', 'la province', 'ServiceOntario',
  'Parcs Ontario', 'MTO', 'MAAARO', 'Santé publique Ontario', 'Santé Ontario', 'la FPO', 'la fonction publique',
  'Ontario au travail', 'POSPH',
];

export const POSITION_CLAIMS_FR = [
  'notre position est', 'notre position sur', 'notre position officielle', 'notre politique est', 'la politique du ministère est',
  'la consigne du ministère est', 'la réponse officielle est', 'notre décision est', 'la décision est prise', 'notre avis est',
  // L'institution nommée dans l'affirmation : « notre position au ministère est claire », « notre position au MRN ».
  'notre position au', 'notre position à la', 'notre position chez', 'notre position ici au', 'notre politique au',
  // L'affirmation après l'énoncé (« pas d'exemption, c'est notre position »).
  "c'est notre position", 'c’est notre position', "c'est la position du ministère", 'notre position n’a pas changé', "notre position n'a pas changé",
];

export const OFFICIAL_CONFIRM_FR = [
  'je peux confirmer officiellement', 'confirmer officiellement', 'je confirme officiellement', "c'est officiel",
  'je peux maintenant confirmer', 'je peux confirmer', 'nous pouvons confirmer', 'je vous confirme', 'confirmé aujourd’hui',
  "confirmé aujourd'hui",
];

export const GOV_FUTURE_FR = [
  'restera ouvert', 'restera ouverte', 'resteront ouverts', 'fermera', 'fermeront', 'sera fermé', 'sera fermée',
  'rouvrira', 'ne fermera pas', 'sera prolongé', 'sera prolongée', 'ne sera pas prolongé', 'ne sera pas prolongée',
  'sera annulé', 'sera annulée', 'sera financé', 'sera financée', 'ira de l’avant', "ira de l'avant", 'sera payé',
  'sera payée', 'seront payés', 'seront payées', 'sera couvert', 'seront couverts', 'sera remboursé', 'seront remboursés',
  'sera approuvé', 'sera approuvée', 'sera réglé', 'sera réglée',
];

export const CHANNEL_INVITES_FR = [
  'écrivez-nous', 'contactez-nous', 'texte-nous', 'textez-nous', 'envoyez-nous', 'appelez-nous', 'joignez-nous',
  'laissez-nous', 'nous vous répondrons', 'on va vous répondre', 'on vous répond', 'notre équipe va', 'notre équipe vous',
  'notre personnel va',
];

export const CLIENT_MATTERS_FR = [
  'votre subvention', 'votre demande', 'votre dossier', 'votre réclamation', 'votre permis', 'votre compte',
  'votre paiement', 'votre chèque', 'vos prestations', 'votre prestation', 'votre appel', 'votre renouvellement',
  'votre carte santé', 'votre inspection', 'votre admissibilité',
];

/** Réponses aux inquiétudes du public sur un programme (« soyez rassurés… », « pour ceux qui demandent : oui… »). */
export const REASSURANCE_FR = [
  'soyez rassurés', 'soyez rassurées', 'rassurez-vous', 'pour ceux qui demandent', 'pour celles et ceux qui demandent',
  'pour répondre à vos questions', 'je vous rassure', 'je tiens à vous rassurer', 'personne ne perdra', 'personne ne va perdre',
  // Rassurer un client sur son dossier (« inquiétez-vous pas, votre chèque part cette semaine »).
  'ne vous inquiétez pas', 'inquiétez-vous pas', "pas d'inquiétude", 'pas d’inquiétude', 'soyez sans crainte',
];
