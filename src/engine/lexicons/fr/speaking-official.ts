// Se présenter comme un canal officiel du gouvernement à partir d'un compte personnel (français).

export const OFFICIAL_SELF_FR = [
  // « Ceci est le compte officiel… » : lu par une grammaire dans posing-as-official.ts, qui exige un
  // organisme public (le compte officiel d'un club de curling ne regarde que lui).
  'ce compte est officiel',
  'compte officiel du ministère', 'compte officiel du gouvernement', "compte officiel du gouvernement de l'ontario",
  'compte gouvernemental officiel', 'page officielle du ministère', 'ceci est une déclaration officielle',
  'ceci est la déclaration officielle', 'voici notre déclaration officielle', 'notre déclaration officielle',
  'ma déclaration officielle', 'déclaration officielle du ministère', 'déclaration officielle du gouvernement',
  'communiqué officiel du ministère', 'ceci est un communiqué officiel', 'ici le ministère', 'ici le gouvernement',
  'ceci est le ministère', 'nous sommes le ministère', 'nous sommes le gouvernement', 'je suis le porte-parole officiel',
  'je suis la porte-parole officielle', 'la voix officielle du ministère', 'ceci est une annonce officielle',
  'annonce officielle du ministère', 'avis officiel du ministère', 'réponse officielle du ministère',
  'je parle officiellement',
];

export const OFFICIAL_REFERENCE_FR = [
  'suivez', 'suivre', 'consultez', 'voir', 'via', 'lisez', 'lien', 'visitez', 'rendez-vous', 'de @', 'leur', 'son',
  'sa', 'partagé par', 'publié par', 'publiée par', 'diffusé par', 'diffusée par',
];

export const OFFICIAL_REFERENCE_AFTER_FR = [
  'a publié', 'publie', 'a dit', 'dit', 'a partagé', 'partage', 'a annoncé', 'annonce', 'a confirmé', 'vient de', 'ici',
];
