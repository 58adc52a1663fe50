// Inviter les réponses sur un compte officiel : le public doit pouvoir trouver les conditions
// d'utilisation des médias sociaux (ontario.ca/fr/social).
export const REPLY_INVITATIONS_FR = [
  'ecrivez-nous', 'dites-nous en commentaire', 'dites-le-nous en commentaire', 'en commentaire', 'en commentaires',
  'laissez un commentaire', 'laissez-nous un commentaire', 'laissez vos commentaires', 'commentez', 'repondez',
  'repondez ci-dessous', 'repondez a cette', 'envoyez-nous un message', 'envoyez-nous un mp', 'ecrivez-nous en prive',
  'en message prive', 'partagez en commentaire', 'partagez vos photos avec nous', 'partagez vos histoires',
  'partagez votre histoire', 'posez vos questions', 'posez-nous vos questions', 'identifiez-nous', 'mentionnez-nous',
  'identifiez un ami', 'dites-nous ce que vous en pensez', "qu'en pensez-vous", 'donnez-nous votre avis',
  'nous voulons vous entendre', 'nous aimerions vous entendre', 'participez a la conversation', 'dites-nous votre',
  'dites-nous vos', 'dites-nous quel', 'dites-nous quelle', 'dites-nous ce que', 'dites-le-nous',
  'partagez vos photos', 'partagez vos idees', 'partagez vos conseils', 'montrez-nous',
  'faites-nous savoir', 'faites-nous part', 'envoyez-nous vos', 'posez-les', 'laissez-nous savoir',
];

export const TERMS_OF_USE_FR = ['ontario.ca/fr/social', 'ontario.ca/social', "conditions d'utilisation", 'ontario.ca/fr/page/medias-sociaux'];
