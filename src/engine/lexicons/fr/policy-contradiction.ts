// Une affirmation publique d'un ministre ou du gouvernement, et le travail de l'auteur qui dit le contraire.

/** Qui affirme publiquement. */
export const CLAIMANTS_FR = [
  'le ministre', 'la ministre', 'notre ministre', 'le premier ministre', 'le ministère', 'le gouvernement', 'la province',
  'le bureau du ministre', 'le sous-ministre', 'la sous-ministre', 'queens park', "queen's park",
];

/** Comment l'affirmation est faite : « dit », « vient de dire aux journalistes ». */
export const CLAIM_VERBS_FR = [
  'dit', 'a dit', 'vient de dire', 'affirme', 'a affirmé', 'prétend', 'soutient', 'répète', 'nous répète', 'a déclaré',
  'déclare', 'se vante', 'a dit aux journalistes', 'a twitté', 'a publié',
];

/** L'auteur répond depuis son poste ou ses données : « c'est pas ce que je vois », « je fais littéralement le sondage ». */
export const CONTRADICTIONS_FR = [
  "ce n'est pas ce que je vois", "c'est pas ce que je vois", 'pas ce que je vois', 'pas ce qu\'on voit', 'pas de mon bureau',
  "c'est faux", 'complètement faux', "c'est pas vrai", "ce n'est pas vrai", 'pas vrai pantoute',
  'je fais littéralement', 'je gère littéralement', 'je vois littéralement', 'je fais le sondage', 'je fais les relevés',
  'je vois les chiffres', 'je vois les dossiers', 'mes chiffres disent le contraire', 'nos chiffres disent le contraire',
  'nos données disent le contraire', 'mes données disent le contraire', 'venez passer une journée à mon bureau',
];
