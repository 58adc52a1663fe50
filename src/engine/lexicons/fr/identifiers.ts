// Mots de contexte des numéros d'identification (référence « identifiers ») : un numéro qui a la
// forme d'un identifiant en devient un quand ces mots l'entourent. Comparés sans accents, en minuscules.

/** §0.6 : après ces mots, un numéro renvoie à une transaction, pas à une personne. */
export const REFERENCE_WORDS_FR = [
  'commande', 'no de commande', 'numero de commande', 'ref', 'ref.', 'reference', 'numero de reference', 'suivi',
  'numero de suivi', 'facture', 'no de facture', 'billet', 'confirmation', 'numero de confirmation', 'recu', 'article',
  'modele', 'piece', 'numero de piece', 'numero de serie', 'produit', 'vol', 'reservation', 'bon de commande', 'transaction',
  'version',
];

/** §2 : numéro de carte santé de l'Ontario. */
export const HEALTH_CARD_KEYWORDS_FR = [
  'carte sante', 'carte-sante', 'numero de carte sante', 'numero de la carte sante', "numero d'assurance-sante",
  "numero d'assurance sante", 'assurance-sante', 'code de version', 'raso', 'ohip', 'carte sante avec photo',
];

/** §6 : cartes de paiement. */
export const CARD_KEYWORDS_FR = [
  'carte', 'carte de credit', 'carte de debit', 'numero de carte', 'visa', 'mastercard', 'amex', 'american express', 'cvv',
  "date d'expiration", 'expire', 'exp',
];

/** §3 : permis de conduire. */
export const DRIVERS_LICENCE_KEYWORDS_FR = ['permis de conduire', 'numero de permis', 'no de permis', 'permis', 'mto'];

/** §5 : passeport. */
export const PASSPORT_KEYWORDS_FR = ['passeport', 'numero de passeport', 'no de passeport', 'passeport no', 'passeport canadien'];

/** §7 : renseignements bancaires. */
export const BANK_KEYWORDS_FR = [
  'compte bancaire', 'numero de compte', 'no de compte', 'n° de compte', 'compte cheques', 'compte-cheques', "compte d'epargne",
  'compte epargne', 'numero de transit', 'no de transit', "numero d'institution", "no d'institution", 'institution financiere',
  'numero de succursale', 'cheque annule', 'specimen de cheque', 'depot direct', 'renseignements bancaires',
  'coordonnees bancaires', 'informations bancaires',
];

/** §14, §15, §18 : dossiers, demandes et réclamations. */
export const CASE_PROGRAM_KEYWORDS_FR = [
  'posph', 'programme ontarien de soutien aux personnes handicapees', 'ontario au travail', 'aide sociale', 'cspaat',
  'indemnisation', 'accident du travail', 'agent de cas', 'agente de cas', 'numero de membre', 'numero de client',
];
export const CASE_NUMBER_WORDS_FR = [
  'numero de dossier', 'no de dossier', 'n° de dossier', 'dossier no', 'dossier n°', 'dossier', 'numero de demande',
  'no de demande', 'numero de reclamation', 'no de reclamation', 'reclamation', 'numero de membre', 'numero de client',
  'numero de cas', 'client no', 'client n°', 'dossier #', 'numero de beneficiaire',
];
export const COURT_KEYWORDS_FR = [
  'no de dossier du greffe', 'numero de dossier du greffe', 'dossier du greffe', 'greffe', 'tribunal', 'cour',
];
export const COURT_SENSITIVE_FR = [
  'garde', "droit d'acces", 'tribunal de la famille', 'jeunesse', 'adolescent', 'protection de la jeunesse',
  "societe d'aide a l'enfance", 'divorce', 'criminel', 'accuse', 'accusee', 'ordonnance de non-communication',
];
/** §17 : numéro d'immatriculation scolaire de l'Ontario. */
export const OEN_KEYWORDS_FR = ['niso', "numero d'immatriculation scolaire", "numero d'eleve", "no d'eleve", 'numero etudiant'];

/** §13 : véhicules. */
export const VEHICLE_KEYWORDS_FR = [
  'plaque', "plaque d'immatriculation", 'immatriculation', 'vehicule', 'voiture', 'auto', 'camion', 'fourgonnette',
  'stationne', 'stationnee', 'delit de fuite', 'conducteur', 'conductrice', 'moto', 'remorque',
];

/** §12 : mots qui font d'une date une date de naissance. */
export const DOB_LABEL_FR = ['date de naissance', 'ddn', 'date de naiss'];
export const DOB_BORN_FR = ['ne le', 'nee le', 'ne(e) le', 'nee(e) le', 'est ne', 'est nee', 'ne en', 'nee en'];
export const DOB_WEAK_FR = ['anniversaire', 'naissance', 'fete'];
/** Sa propre date de naissance n'est pas un risque lié au travail. */
export const DOB_SELF_FR = [
  'je suis ne', 'je suis nee', 'je suis ne(e)', 'mon anniversaire', 'ma date de naissance', 'ma fete', "j'aurai", 'nous sommes nes',
];
/** Membres de la famille : leur anniversaire relève de la vie personnelle de l'auteur. */
export const DOB_FAMILY_FR = [
  'mon fils', 'ma fille', 'mon enfant', 'mes enfants', 'mon bebe', 'notre fils', 'notre fille', 'notre bebe', 'ma mere',
  'mon pere', 'ma femme', 'mon mari', 'mon conjoint', 'ma conjointe', 'mon frere', 'ma soeur', 'mon petit-fils',
  'ma petite-fille', 'ma niece', 'mon neveu', 'ma grand-mere', 'mon grand-pere', 'mon chum', 'ma blonde',
  'bonne fete papa', 'bonne fete maman', 'fete de papa', 'fete de maman',
  // Le reste de l'arbre, après « mon », « ma » ou « notre » : « Ma tante a 90 ans! Née le 9 mars 1935 ».
  ...['grand-maman', 'grand-papa', 'memere', 'pepere', 'arriere-grand-mere', 'arriere-grand-pere', 'tante', 'matante', 'oncle',
    'mononcle', 'cousin', 'cousine', 'belle-mere', 'beau-pere', 'belle-soeur', 'beau-frere', 'marraine', 'parrain', 'filleul',
    'filleule', 'jumeau', 'jumelle', 'grand-mere', 'grand-pere', 'mere', 'pere', 'petit-fils', 'petite-fille']
    .flatMap((k) => [`mon ${k}`, `ma ${k}`, `notre ${k}`]),
  'mes parents', 'nos parents', 'mes grands-parents', 'nos grands-parents', 'mes petits-enfants', 'nos petits-enfants',
];
