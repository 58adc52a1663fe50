// Mots grammaticaux (articles, pronoms, auxiliaires, conjonctions, prépositions) : les messages des
// règles apprises ne les nomment pas parmi « les mots qui pèsent le plus ».

/** Mots grammaticaux français, en minuscules et sans accents (la vue « plain » du modèle). */
export const FUNCTION_WORDS_FR = [
  'le', 'la', 'les', 'l', 'un', 'une', 'des', 'du', 'de', 'd', 'et', 'ou', 'mais', 'donc', 'or', 'ni', 'car', 'a', 'au',
  'aux', 'en', 'y', 'dans', 'sur', 'sous', 'pour', 'par', 'avec', 'sans', 'chez', 'vers', 'que', 'qu', 'qui', 'quoi',
  'dont', 'ou', 'ce', 'cet', 'cette', 'ces', 'ca', 'cela', 'ceci', 'je', 'j', 'me', 'm', 'moi', 'tu', 'te', 't', 'toi',
  'il', 'elle', 'on', 'nous', 'vous', 'ils', 'elles', 'se', 's', 'lui', 'leur', 'leurs', 'mon', 'ma', 'mes', 'ton',
  'ta', 'tes', 'son', 'sa', 'ses', 'notre', 'nos', 'votre', 'vos', 'est', 'sont', 'etait', 'ete', 'etre', 'suis', 'es',
  'sommes', 'etes', 'ai', 'as', 'avons', 'avez', 'ont', 'avait', 'avoir', 'ne', 'n', 'pas', 'plus', 'si', 'tres',
  'aussi', 'tout', 'tous', 'toute', 'toutes', 'comme', 'quand', 'pis', 'ben', 'c',
];
