// Mots par lesquels l'auteur rattache une publication à son emploi dans la fonction publique :
// nommer l'employeur ou son titre fait d'une recommandation ou d'une vente un usage de sa
// fonction (Règl. de l'Ont. 381/07, art. 3).

/** L'employeur ou l'emploi lui-même. */
export const EMPLOYER_REFERENCES_FR = [
  'fonctionnaire', 'fonction publique', "fonction publique de l'ontario", "gouvernement de l'ontario",
  'gouvernement ontarien', 'le ministere', 'au ministere', 'mon ministere', 'notre ministere', 'ministere de',
  'ministere des', 'ministere du', 'serviceontario', 'dans mes fonctions', 'dans le cadre de mes fonctions',
  'dans mon role', 'dans mon poste', 'a mon poste', 'mon employeur', 'mon emploi au', 'je travaille au ministere',
  'je travaille pour le gouvernement', 'je travaille pour la province', 'mon equipe au',
];

/** Titres professionnels, après « en tant que », « à titre de », « comme ». */
export const ROLE_TITLES_FR = [
  'agronome', 'inspecteur', 'inspectrice', 'analyste', 'analyste des politiques', 'conseiller', 'conseillere',
  'specialiste', 'agent', 'agente', 'agent de programme', 'economiste', 'biologiste', 'geologue', 'ecologiste',
  'forestier', 'forestiere', 'ingenieur', 'ingenieure', 'scientifique', 'planificateur', 'planificatrice',
  'gestionnaire', 'directeur', 'directrice', 'verificateur', 'verificatrice', 'enqueteur', 'enqueteuse',
  'fonctionnaire', 'employe du ministere', 'employee du ministere', 'expert', 'experte', 'veterinaire',
  'epidemiologiste', 'statisticien', 'statisticienne', 'architecte', 'evaluateur', 'evaluatrice', 'examinateur',
  'avocat', 'avocate', 'consultant', 'consultante', 'coordonnateur', 'coordonnatrice', 'acheteur', 'acheteuse',
];
