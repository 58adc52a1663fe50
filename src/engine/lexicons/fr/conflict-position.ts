// Mots par lesquels l'auteur rattache une publication à son emploi dans la fonction publique :
// nommer l'employeur ou son titre fait d'une recommandation ou d'une vente un usage de sa
// fonction (Règl. de l'Ont. 381/07, art. 3).

/** L'employeur ou l'emploi lui-même. */
export const EMPLOYER_REFERENCES_FR = [
  'fonctionnaire', 'fonction publique', "fonction publique de l'ontario", "gouvernement de l'ontario",
  'gouvernement ontarien', 'le ministere', 'au ministere', 'du ministere', 'mon ministere', 'notre ministere', 'ministere de',
  'ministere des', 'ministere du', 'serviceontario', 'dans mes fonctions', 'dans le cadre de mes fonctions',
  'dans mon role', 'dans mon poste', 'a mon poste', 'mon employeur', 'mon emploi au', 'je travaille au ministere',
  'je travaille pour le gouvernement', 'je travaille pour la province', 'mon equipe au', 'pour la province',
  'pour le ministere', 'pour le gouvernement', 'dans mon travail', 'dans le cadre de mon travail', 'de par mon travail',
  'mes inspections', 'mes verifications', 'mes collegues du ministere', 'mes collegues de la fonction publique',
  'collegues fonctionnaires', 'les programmes que je gere', 'le programme que je gere', 'les dossiers que je traite',
  'les programmes que j\'administre', 'le programme que j\'administre', 'a queen\'s park', 'nos inspecteurs',
  'nos inspectrices', 'notre personnel', 'nos equipes sur le terrain', 'notre equipe sur le terrain',
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
  'technicien', 'technicienne', 'arpenteur', 'arpenteuse', 'garde-chasse', 'agent de conservation',
  'inspecteur des aliments', 'inspectrice des aliments', 'inspecteur en batiment', 'inspectrice en batiment',
];

/** Verbes des fonctions de contrôle ou de financement (« les fermes que j'inspecte », « j'évalue les demandes »). */
export const DUTY_VERBS_FR = [
  'inspecte', 'verifie', 'evalue', 'examine', 'approuve', 'traite', 'administre', 'gere', 'delivre', 'finance',
  'certifie', 'reglemente', 'analyse', 'audite', 'octroie', 'signe',
];

export const DUTY_OBJECTS_FR = [
  'demande', 'demandes', 'permis', 'licence', 'licences', 'dossier', 'dossiers', 'plan', 'plans', 'ferme', 'fermes',
  'champ', 'champs', 'cuisine', 'cuisines', 'restaurant', 'restaurants', 'installation', 'installations',
  'entreprise', 'entreprises', 'compagnie', 'compagnies', 'entrepreneur', 'entrepreneurs', 'fournisseur',
  'fournisseurs', 'soumission', 'soumissions', 'subvention', 'subventions', 'programme', 'programmes', 'projet',
  'projets', 'chantier', 'chantiers', 'site', 'sites', 'usine', 'usines', 'mine', 'mines', 'puits', 'garderie',
  'garderies', 'foyer', 'foyers', 'ecole', 'ecoles', 'reclamation', 'reclamations',
];
