// Documents sous embargo : connus, datés, pas encore diffusables (français).

export const EMBARGO_TERMS_FR = [
  'sous embargo', 'embargo jusqu\'à', 'embargo jusqu\'au', 'embargo prend fin', "l'embargo sera levé", 'embargo médiatique',
  'embargo de presse', 'copie sous embargo', 'communiqué sous embargo', 'huis clos budgétaire', 'huis clos des médias',
  'huis clos du budget', 'strictement sous embargo', 'sous le coup d\'un embargo',
];

export const EMBARGO_OVER_FR = [
  "l'embargo est levé", "l'embargo a été levé", "levée de l'embargo", "n'est plus sous embargo", "ne sont plus sous embargo",
  "après l'embargo", "fin de l'embargo", "l'embargo est terminé", "l'embargo a pris fin", 'embargo levé',
];

export const TRADE_EMBARGO_FR = [
  'embargo sur les armes', 'embargo commercial', 'embargo économique', 'embargo pétrolier', 'embargo contre',
  'embargo sur', 'sanctions', 'blocus', 'embargo américain',
  'cuba', 'iran', 'russie', 'corée du nord', 'venezuela', 'pays', 'exportations', 'importations',
];

export const UNTIL_RELEASE_FR = [
  "jusqu'à l'annonce", "jusqu'à l'annonce officielle", "jusqu'à ce que ce soit annoncé", "jusqu'à ce que ce soit officiel",
  "jusqu'à ce que ce soit public", "jusqu'à ce que le ministre l'annonce", "jusqu'à ce que la ministre l'annonce",
  "d'ici l'annonce", "jusqu'au communiqué", "jusqu'à la conférence de presse", "avant l'heure de l'embargo",
];

export const HOLD_WORDS_FR = [
  'ne peux pas', 'ne peut pas', 'pas le droit', 'garder', 'gardez', 'garde', 'silence', 'secret', 'motus', 'bouche cousue',
  'attendre', 'patience', 'partager', 'publier', 'dire', 'en parler',
];
