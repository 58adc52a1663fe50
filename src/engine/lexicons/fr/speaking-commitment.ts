// Promesses faites au nom du gouvernement (français).

export const PROMISE_MARKERS_FR = [
  'je vous promets', 'je te promets', 'je promets', 'je vous garantis', 'je te garantis', 'je garantis', "c'est garanti",
  'garanti', 'garantie', 'garantis', 'garanties', 'je vous assure', 'je peux vous assurer', 'soyez assuré', 'soyez assurée', 'soyez assurés',
  'soyez assurées', 'je vous donne ma parole', 'vous avez ma parole', "je m'engage", 'je vais m\'assurer',
  "je m'assurerai", 'je vais personnellement', 'sans faute', "c'est certain", "c'est sûr", 'à coup sûr',
  'sans aucun doute', 'certainement', 'assurément', 'comptez sur moi', 'comptez là-dessus', 'nous nous engageons',
  'on vous garantit', 'nous garantissons', 'à 100 %', 'à 100%', 'je vais faire en sorte',
  'faites-moi confiance', 'fais-moi confiance', 'croyez-moi', 'crois-moi',
  // Rassurer et prendre la chose en main : tous les registres (« inquiétez-vous pas », « t'inquiète », « je m'en occupe »).
  'ne vous inquiétez pas', 'inquiétez-vous pas', 'ne vous en faites pas', 'vous en faites pas', "pas d'inquiétude",
  "ne t'inquiète pas", "t'inquiète pas", "t'inquiète", 'inquiète-toi pas', "je m'en occupe", "je m'en charge",
  "je vais m'en occuper", "je vais m'en charger", "laissez-moi m'en occuper",
  // L'initié qui l'affirme : « je vous le dis », « c'est réglé » (avec un résultat du gouvernement).
  'je vous le dis', 'je te le dis', 'moi je vous le dis', "c'est réglé", "c'est dans la poche",
  'je tiens à rassurer', 'je tiens à vous rassurer', 'je veux rassurer', 'je veux vous rassurer', 'laissez-moi vous rassurer',
  // Confirmer une décision qui n'est pas annoncée, c'est la promettre.
  'je peux vous confirmer', 'je vous confirme', 'je peux confirmer', 'je confirme', "c'est confirmé",
  "j'ai le plaisir de confirmer", "j'ai le plaisir de vous confirmer", 'heureux de confirmer', 'heureuse de confirmer',
  'heureux de vous confirmer', 'heureuse de vous confirmer', 'fier de confirmer', 'fière de confirmer',
  // Sceller après coup : « Le ministère va la financer. C'est un engagement ferme. »
  "c'est un engagement", 'engagement ferme', "c'est officiel", 'ma parole là-dessus',
  // La chose scellée comme finale ou citable, et le souci balayé : « C'est final », « point final »,
  // « vous pouvez me citer », « pas de souci ».
  "c'est final", "c'est décidé", 'point final', 'point à la ligne', "c'est coulé dans le béton", 'vous pouvez me citer',
  'citez-moi', 'pas de souci', 'pas de soucis', 'pas de stress', 'stressez pas', 'stressez-vous pas', 'je vous le confirme',
  'je te le confirme', 'je vous le garantis',
  // Un jour nommé pour un résultat du gouvernement est une promesse (« votre demande sera traitée d'ici vendredi »).
  ...['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche', 'demain', 'ce soir', 'la fin de la journée', 'la fin de la semaine']
    .map((d) => `d'ici ${d}`),
];

export const GOV_SUBJECTS_FR = [
  'le ministère', 'le gouvernement', 'la province', "l'ontario", 'nous', 'on', 'mon ministère', 'notre ministère',
  'le ministre', 'la ministre', 'mon équipe', 'notre bureau',
];

export const GOV_ACTIONS_FR = [
  'financer', 'financera', 'approuver', 'approuvera', 'couvrir', 'couvrira', 'payer', 'paiera', 'payera', 'prolonger',
  'prolongera', 'renouveler', 'renouvellera', 'accorder', 'accordera', 'émettre', 'émettra', 'traiter', 'traitera',
  'rembourser', 'remboursera', 'exempter', 'renverser', 'régler', 'réglera', 'rétablir', 'rétablira', 'élargir',
  'construire', 'construira', 'ouvrir', 'ouvrira', 'embaucher', 'accepter', 'acceptera', 'accélérer', 'accélérera',
  'prioriser', 'vous donner', 'vous obtenir', 'vous envoyer', 'vous payer', 'augmenter', 'augmentera',
  // Égaler une contribution, maintenir un service, agrandir une route.
  'égaler', 'égalera', 'maintenir', 'maintiendra', 'bonifier', 'bonifiera', 'agrandir', 'agrandira', 'élargira',
  'investir', 'investira', 'rouvrir', 'rouvrira', 'garder ouvert', 'garder ouverte', 'rester ouvert', 'rester ouverte',
];

export const ENTITLEMENTS_FR = [
  'permis', 'licence', 'approbation', 'financement', 'subvention', 'chèque', 'paiement', 'remboursement', 'prestation',
  'prestations', 'demande', 'dossier', 'réclamation', 'décision', 'carte santé', 'carte', 'certificat', 'exemption',
  'rabais', 'prêt', 'posph', 'réponse', 'appel', 'renouvellement', 'passeport', 'acte de naissance', 'plaque',
  'immatriculation', 'place', 'lit', 'date de chirurgie', 'bourse', 'bourses', 'aide financière', 'allocation', 'allocations',
  'remboursements', 'paiements', 'chèques', 'subventions', 'date limite', 'échéance', 'prolongation', 'programme',
  // Les pertes indemnisées : « vos pertes dues à la grêle vont être couvertes ».
  'pertes', 'perte', 'dommages',
  // L'aide versée, dite avec son possessif (« leur aide pour la sécheresse ») : pas « merci pour votre aide ».
  'leur aide', 'votre aide', 'ton aide', "l'aide d'urgence", 'indemnisation', 'indemnité', 'indemnités', 'compensation',
  // Les ouvrages publics que la province garde ouverts ou construit : « l'autoroute va rester ouverte ».
  'autoroute', 'pont', 'travaux', 'travaux routiers', 'fermeture de route',
];

// Ce que la personne garde, au futur passif nié (« votre bourse ne sera pas récupérée »).
const NON_RETIRE_FR = ['coupé', 'coupée', 'coupés', 'réduit', 'réduite', 'annulé', 'annulée', 'touché', 'touchée', 'refusé', 'refusée', 'récupéré', 'récupérée', 'retiré', 'retirée'];

export const RECEIVE_VERBS_FR = [
  ...['ne sera pas', 'ne seront pas', 'sera pas', 'seront pas', 'ne va pas être', 'va pas être'].flatMap((f) => NON_RETIRE_FR.map((v) => `${f} ${v}`)),
  'vous ne perdrez pas', 'vous perdrez pas', 'tu perdras pas', 'ne perdra', 'ne perdront', 'perdra pas', 'perdront pas',
  'va rester ouvert', 'va rester ouverte', 'vont rester ouverts', 'vont rester ouvertes', 'resteront ouverts',
  'resteront ouvertes', 'aura son', 'aura sa', 'auront leur', 'auront leurs', 'va avoir son', 'vont avoir leur',
  'vous aurez', 'vous allez avoir', 'vous recevrez', 'vous allez recevoir', 'vous obtiendrez', 'vous allez obtenir',
  'vous serez approuvé', 'vous serez approuvée', 'vous serez remboursé', 'vous serez remboursée', 'tu vas avoir',
  'tu auras', 'tu vas recevoir', 'tu recevras', 'sera approuvé', 'sera approuvée', 'sera traité', 'sera traitée',
  'sera accepté', 'sera acceptée', 'sera renouvelé', 'sera renouvelée', 'sera réglé', 'sera réglée', 'seront approuvés', 'seront approuvées', 'seront traités',
  'seront traitées', 'seront examinés', 'seront examinées', 'seront acceptés', 'seront acceptées', 'seront financés', 'va être approuvé',
  'va être approuvée', 'va passer', 'sera financé', 'sera financée', 'va être financé', 'va être financée',
  'sera payé', 'sera payée', 'seront payés', 'seront payées', 'sera couvert', 'seront couverts', 'sera remboursé',
  'seront remboursés', 'seront remboursées', 'sera couverte', 'seront couvertes', 'va être couvert', 'va être couverte',
  'vont être couverts', 'vont être couvertes', 'va être remboursé', 'va être remboursée', 'vont être remboursés',
  'vont être remboursées', 'vont être payés', 'vont être payées', 'sera indemnisé', 'sera indemnisée', 'seront indemnisés',
  'vont être indemnisés', 'restera ouvert', 'restera ouverte', 'sera rétabli', 'sera rétablie', 'sera réglé', 'sera réglée',
  // Des tiers et des choses publiques : « toutes les écoles recevront le financement », « le programme sera reconduit ».
  // Ce qui part vers les gens : « les chèques vont sortir vendredi », « le paiement va rentrer ».
  'vont sortir', 'va sortir', 'vont partir', 'va partir', 'vont rentrer', 'va rentrer', 'vont arriver', 'va arriver',
  'sortiront', 'sortira', 'arriveront', 'arrivera',
  'recevront', 'recevra', 'obtiendront', 'obtiendra', 'vont recevoir', 'va recevoir', 'vont obtenir', 'sera reconduit',
  'sera reconduite', 'seront reconduits', 'sera prolongé', 'sera prolongée', 'sera maintenu', 'sera maintenue',
  'sera augmenté', 'sera augmentée', 'est garanti', 'est garantie', 'sont garantis', 'sont garanties',
];
