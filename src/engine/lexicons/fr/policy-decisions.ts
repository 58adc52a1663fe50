// Une décision publique nommée par ce qu'elle fait, sans mot « gouvernement » : « la fermeture du
// laboratoire », « couper le volet jeunesse », « celui qui a décidé de fusionner les bureaux »,
// « la réorganisation ». policy-commentary/decision-verdict l'associe à une évaluation.

/** L'acte, en nom ou à l'infinitif (« la fermeture du », « fermer le »). */
export const DECISION_ACTS_FR = [
  'fermeture du', 'fermeture de', 'fermeture des', 'fermetures', 'fermer', 'couper', 'coupure du', 'coupure de', 'coupures',
  'coupes', 'compressions', 'fusion du', 'fusion de', 'fusion des', 'fusionner', 'regroupement', 'regrouper',
  'annulation du', 'annulation de', 'annulation des', 'annuler', 'abolition du', 'abolition de', 'abolir', 'suppression du',
  'suppression de', 'suppression des', 'supprimer', 'elimination du', 'elimination de', 'eliminer', 'centralisation',
  'centraliser', 'privatisation', 'privatiser', 'sous-traitance', 'sous-traiter', 'demenagement du', 'demenagement de',
  'demenager', 'deploiement du', 'deploiement de', 'deploiement', 'mise en oeuvre', 'mise en place', 'lancement du',
  'reduction du', 'reduction de', 'reduire', 'gel du', 'gel de', 'geler', 'report du', 'report de', 'reporter',
  'restructuration', 'remplacement du', 'remplacement de', 'abandon du', 'abandon de', 'abandonner', 'sabrer', 'sabrer dans',
  'fin du', 'fin de', 'fin des', 'reouverture du', 'reouverture de', 'rouvrir', 'retablir', 'retablissement du',
  'prolongation du', 'prolonger', 'elargir', 'elargissement du', 'retarder', 'reporter encore', 'mettre sur la glace',
  'tabletter', 'vendre',
  // Au participe passé, quand le mot n'a pas d'autre sens courant (pas « fermé », pas « coupé »).
  'prolonge', 'annule', 'aboli', 'abolie', 'supprime', 'fusionne', 'fusionnes', 'centralise', 'rouvert', 'privatise', 'elimine',
];

/** Celui qui décide, devant un infinitif : « a décidé de », « la décision de ». */
export const DECIDERS_FR = [
  'decide de', "decide d'", 'decision de', "decision d'", 'choix de', 'qui a decide de', "qui a decide d'",
  'qui a eu l\'idee de', 'leur idee de',
];

export const PUBLIC_UNITS_FR = [
  'programme', 'programmes', 'laboratoire', 'laboratoires', 'labo', 'bureau', 'bureaux', 'volet', 'volets', 'subvention',
  'subventions', 'service', 'services', 'clinique', 'cliniques', 'direction', 'directions', 'unite', 'portail', 'systeme',
  'financement', 'fonds', 'budget', 'centre', 'centres', 'point de service', 'points de service', 'ligne', 'projet pilote',
  'projet-pilote', 'initiative', 'inspections', 'postes', 'contrats', 'hopital', 'hopitaux', 'palais de justice',
  'bibliotheque', 'bibliotheques', 'agence', 'organisme', 'guichet', 'guichets', 'equipe', 'equipes', 'station de recherche',
  'bureau regional', 'prestation', 'prestations', 'credit', 'stages', 'stage', 'emplois d\'ete', 'programme d\'emplois',
  'inspecteurs', 'agents', 'personnel', 'employes', 'infirmieres', 'enseignants', 'travailleurs', 'travailleuses',
  // Les établissements publics et l'argent que la province leur verse (« campus » seul est souvent un
  // complément : « la visite du campus »).
  'campus de', 'campus a', 'campus du', 'paiements de transfert', 'transferts aux', 'offices de protection de la nature',
  'bureaux de sante', 'bureaux de sante publique',
];

/** Ce que la province exploite sur le terrain : prisons, écoles, parcs, routes, transport, bases. Ce sont
 * aussi des lieux de tous les jours (« changer mon fils d'école »), donc l'acte doit les prendre pour objet. */
export const PUBLIC_SITES_FR = [
  'prison', 'prisons', 'centre de detention', 'centres de detention', 'centre correctionnel', 'ecole', 'ecoles', 'parc',
  'parcs', 'parc provincial', 'autoroute', 'route', 'pont', 'traversier', 'gare', 'gares', 'train', 'trajet', 'ecloserie',
  'pepiniere', 'base de lutte', 'urgence', 'urgences', 'lits', 'foyer de soins', 'foyers de soins', 'refuge', 'refuges',
  'musee', 'tribunal', 'tribunaux', 'bourse', 'bourses', 'depistage', 'ligne de train',
];

export const INTERNAL_DECISIONS_FR = [
  'la reorganisation', 'la reorg', 'une autre reorganisation', 'encore une reorganisation', 'la restructuration',
  'la transformation', 'le nouveau systeme', 'le nouveau systeme de paie', 'le nouveau processus', 'la migration',
  'le deploiement', 'la mise en oeuvre', 'ce nouveau systeme', 'cette reorganisation', 'cette restructuration',
];

export const POLICY_SETTINGS_FR = [
  'formule de financement', "criteres d'admissibilite", "regles d'admissibilite", 'hausse des frais', 'nouveaux frais',
  'le nouveau plafond', 'normes de service', 'modele de repartition', 'nouvelle grille',
];

export const WORK_CUES_FR = [
  'au travail', 'au bureau', 'notre ministere', 'mon ministere', 'notre direction', 'ma direction', 'notre division',
  'notre unite', 'mon unite', 'notre programme', 'notre bureau', 'notre service', 'mon employeur', 'notre employeur',
  "l'employeur", 'la haute direction', 'nos gestionnaires', 'chez nous', '#ongov', '#onpoli', '#fpo',
  'notre labo', 'notre laboratoire', 'notre clinique', 'notre region', 'le siege social',
  "avec qui je travaille", 'que je sers', 'que j\'accompagne', 'mes clients', 'nos clients', 'ma charge de travail',
  'dans mon travail', 'dans mon poste', 'mes dossiers', 'je traite',
  'mon gestionnaire', 'ma gestionnaire', 'mon directeur', 'ma directrice', 'notre directeur', 'notre directrice',
  'notre sous-ministre', 'notre sma', 'dans notre bureau', 'dans notre equipe',
];

/** Jugements absents des listes communes, dits d'une décision (« improvisée », « bâclée »). */
export const DECISION_VERDICTS_FR = [
  'quelle erreur', 'grave erreur', 'une erreur', 'honteux', 'honteuse', 'une honte',
  'improvise', 'improvisee', 'improvises', 'improvisees', 'bacle', 'baclee', 'bacles', 'baclees', 'mal planifie',
  'mal planifiee', 'deconnecte', 'deconnectee', 'deconnectes', 'decevant', 'decevante', 'decevants', 'decevantes',
  'une farce', 'triste journee', 'incomprehensible', 'insense', 'insensee', 'a courte vue', 'sans queue ni tete',
  // Le décideur jugé à la place de la décision : « celui qui a décidé ça n'a jamais mis les pieds dans le Nord ».
  'indefendable', 'injustifiable', 'inexcusable', 'une mauvaise decision', 'la mauvaise decision', 'une gifle',
  'une claque en pleine face', 'rire du monde', 'de la poudre aux yeux', 'niaiseux', 'niaiseuse', "n'importe quoi",
  'a jamais mis les pieds', "n'a jamais mis les pieds", 'a jamais ete dans le nord', "n'a jamais ete dans le nord",
  'a aucune idee', "n'a aucune idee", 'connait rien', 'ne connait rien', 'devrait avoir honte', 'devrait demissionner',
  'devrait etre congedie', 'devrait etre congediee', 'ca a pas d\'allure', "ca n'a pas d'allure", 'pas de bon sens',
];
export const DECISION_PRAISE_EXTRA_FR = ['il etait temps', 'bonne decision', 'bon choix', 'bien joue', 'enfin une decision'];
/** Ce qui rend l'éloge sarcastique : « brillant, comme d'habitude », « encore une belle réorganisation ». */
export const SARCASM_CUES_FR = ["comme d'habitude", 'comme toujours', 'encore une fois', 'encore une', 'encore un', 'une autre', 'un autre', 'encore'];

/** Propriétaires privés d'une unité : « le programme du gym », « la succursale du magasin ». */
export const PRIVATE_OWNERS_FR = ['essence', 'radio', 'boulangerie', 'compagnie', 'entreprise', 'magasin', 'restaurant', 'gym', 'proprio', 'proprietaire', 'hotel', 'banque', 'club', 'ligue', 'condo', 'eglise', 'epicerie', 'centre commercial'];
