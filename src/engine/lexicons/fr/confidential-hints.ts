// Allusions à des nouvelles pas encore publiques (français) : secret explicite, source interne,
// teaser d'annonce.

export const SECRECY_HINTS_FR = [
  'je ne peux pas en dire plus', 'je ne peux pas en dire davantage', 'je ne peux rien dire', 'je ne peux pas en parler',
  'je ne peux pas trop en dire', 'je ne peux pas tout dire', "je ne peux pas entrer dans les détails",
  'peux pas en dire plus', 'peux pas en dire davantage', 'peux rien dire', 'je peux pas en parler',
  'pas encore annoncé', 'pas encore annoncée', 'pas encore annoncés', 'pas encore annoncées', 'pas encore public',
  'pas encore publique', 'pas encore officiel', 'pas encore officielle', 'pas encore rendu public',
  "n'a pas encore été annoncé", "n'a pas encore été annoncée", "avant l'annonce", 'avant que ce soit annoncé',
  'avant que ce soit public', 'avant que ça devienne public', 'avant que la nouvelle sorte', 'entre nous',
  'entre vous et moi', 'ça reste entre nous', 'que ça reste entre nous', 'gardez ça pour vous', 'garde ça pour toi',
  'motus et bouche cousue', 'bouche cousue', 'officieusement', 'de façon officieuse', 'à titre officieux',
  "tu ne l'as pas entendu de moi", "vous ne l'avez pas entendu de moi", "ce n'est pas moi qui vous l'ai dit",
  "c'est pas moi qui te l'ai dit", "c'est pas moi qui vous l'ai dit", 'je ne devrais pas le dire',
  'je ne devrais pas dire ça', 'je ne devrais pas en parler', "je n'ai pas le droit d'en parler",
  "je n'ai pas le droit de le dire", "j'ai pas le droit d'en parler", 'sous le sceau de la confidence',
  'ne le répétez pas', 'ne le répète pas', "infos d'initié", "info d'initié", "information d'initié", 'confidentiellement',
  "c'est encore secret", 'top secret', 'ultra secret', 'personne ne le sait', 'personne ne le sait encore',
  'personne ne le sait pour l\'instant', 'chut', 'chuuut', 'non encore annoncé', 'non encore annoncée', 'pas encore sorti',
  'pas encore sortie',
  // Broader government matters (added from the dev split's misses: rules, permits, programs, offices, sectors).
  "j'peux pas en dire plus", 'peux pas trop en dire', 'peux pas en dire trop', 'chut', 'motus',
];

export const RUMOUR_HINTS_FR = [
  'la rumeur dit', 'selon la rumeur', 'selon les rumeurs', 'la rumeur veut', 'la rumeur court', 'il paraît que',
  'paraît que', "j'ai entendu dire", 'on m\'a dit', 'on nous a dit', 'on vient de nous dire', 'on nous a annoncé',
  "à l'interne", 'en réunion aujourd\'hui', 'en réunion ce matin', "en réunion tantôt", "au travail aujourd'hui",
  'mon directeur a dit', 'ma directrice a dit', 'mon gestionnaire a dit', 'ma gestionnaire a dit', 'mon patron a dit',
  'ma patronne a dit', 'le sous-ministre a dit', 'la sous-ministre a dit', "d'après mes sources", 'de source sûre',
  "à l'assemblée du personnel", 'réunion du personnel', 'apparemment', "je sors d'une réunion", 'en sortant de réunion',
  'sortie de réunion', "appris aujourd'hui", 'appris en réunion',
  // Broader government matters (added from the dev split's misses: rules, permits, programs, offices, sectors).
  'rumeur au bureau', 'la rumeur au travail', 'on a appris en réunion', 'en réunion d’équipe', "en réunion d'équipe", 'pratiquement confirmé', 'quasiment confirmé',
];

export const TEASE_HINTS_FR = [
  'grosse annonce', 'grande annonce', 'annonce importante', 'une annonce importante', 'annonce à venir',
  'annonce imminente', 'grosses nouvelles', 'grosse nouvelle', 'grande nouvelle', 'de grands changements',
  'gros changements', 'des changements s\'en viennent', "ça s'en vient", 'ca s\'en vient', 'restez à l\'affût',
  'restez branchés', 'restez branchées', 'restez connectés', 'à suivre', 'stay tuned', 'surveillez',
  "j'ai hâte de pouvoir en parler", "j'ai hâte de vous en parler", "j'ai hâte de pouvoir vous le dire",
  'bientôt annoncé', 'bientôt annoncée', 'sera annoncé bientôt', 'sera annoncée bientôt', 'dévoilé bientôt',
  'dévoilée bientôt', 'quelque chose de gros', 'vous verrez bien', 'préparez-vous', "vous l'avez entendu ici en premier",
  'devinez quel', 'devinez quelle', 'devinez quoi', 'divulgâcheur', 'quand tout le monde va savoir',
  'vous allez bientôt savoir', 'attendez de voir',
];

export const POLICY_ACTIONS_FR = [
  'couper', 'coupe', 'coupera', 'fermer', 'ferme', 'fermera', 'fermeture', 'fusionner', 'fusionne', 'fusionnera',
  'mises à pied', 'mettre à pied', 'éliminer', 'élimine', 'éliminera', 'geler', 'gel', 'annuler', 'annule', 'annulera',
  'abolir', 'abolit', 'abolira', 'mettre fin', 'privatiser', 'regrouper', 'restructurer', 'annoncer', 'annoncera',
  'financer', 'financera', 'déménager', 'déplacer', 'vendre', 'sous-traiter', 'réduire', 'réduira', 'augmenter',
  'augmentera', 'hausser', 'élargir', 'sabrer', 'supprimer', 'supprimera', 'centraliser', 'retarder', 'reporter',
  'suspendre', 'approuver', 'rejeter', 'interdire', 'lancer', 'lancera', 'imposer', 'obliger', 'remplacer', 'embaucher',
  'coupé', 'coupée', 'fermé', 'fermée', 'fusionné', 'fusionnée', 'éliminé', 'éliminée', 'gelé', 'gelée', 'annulé',
  'annulée', 'aboli', 'abolie', 'aboli', 'privatisé', 'restructuré', 'restructurée', 'déménagé', 'vendu', 'réduit',
  'réduite', 'augmenté', 'augmentée', 'suspendu', 'suspendue', 'reporté', 'reportée', 'remplacé', 'remplacée',
  'changement', 'changements', 'changer', 'change', 'refonte', 'démissionner', 'démissionne', 'quitter', 'quitte',
  'prolonger', 'prolongé', 'renouveler', 'renouvelé', 'retour au bureau', 'jours par semaine', 'disparaître',
  'perdre', 'sera aboli', 'sera abolie', 'sera coupé', 'sera coupée',
];

export const FUTURE_MARKERS_FR = [
  'va', 'vont', 'allons', 'sera', 'seront', 'prévoit', 'prévoient', 'compte', 'envisage', 'sur le point de',
  "s'apprête à", "s'apprêtent à", 'devrait', 'devraient', 'la semaine prochaine', 'le mois prochain', "l'an prochain",
  "l'année prochaine", 'bientôt', "cet automne", 'ce printemps', "à l'automne", 'au printemps', "d'ici la fin",
];
