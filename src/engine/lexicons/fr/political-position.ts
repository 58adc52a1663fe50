// Comment un auteur rattache un message à son poste dans la fonction publique, en français.

export const PUBLIC_SERVANT_FR = [
  'fonctionnaire', 'fonctionnaires', 'employé de la fonction publique', 'employée de la fonction publique',
  'employé du ministère', 'employée du ministère', 'employés du ministère', 'employé du gouvernement',
  'employée du gouvernement', 'employé de la FPO', 'employée de la FPO', 'membre de la fonction publique',
  'employé provincial', 'employée provinciale', 'fonctionnaire provincial', 'fonctionnaire provinciale',
  "fonctionnaire de l'Ontario",
];

/** Tournures qui, devant « fonctionnaire », en font l'auteur (« en tant que fonctionnaire »). */
export const SELF_FRAMES_FR = ['en tant que', "en tant qu'", 'comme', 'à titre de', "à titre d'", 'je suis', 'nous sommes', 'fier', 'fière', 'fiers', 'fières', 'chers collègues'];

export const POSITION_ANCHORS_FR = [
  'en tant que', "en tant qu'", 'à titre de', "à titre d'", 'je suis', "j'ai été", 'je travaille comme', "je travaille en tant qu'",
  'je suis un', 'je suis une',
];
export const WORK_ANCHORS_FR = [
  'je travaille', "j'ai travaillé", 'je travaillais', 'qui travaille', 'je suis employé', 'je suis employée', 'mon poste',
  'mon emploi', 'mon rôle', 'dans mes fonctions', 'mon travail',
];

export const EMPLOYER_FR = [
  'ministère', 'ministère de', 'fonction publique', 'FPO', "gouvernement de l'Ontario", 'gouvernement ontarien', 'gouvernement',
  'gouvernement provincial', 'province', "Queen's Park", 'ServiceOntario', 'Bureau du Conseil des ministres',
  'Secrétariat du Conseil du Trésor',
];

export const ROLES_FR = [
  'analyste', 'conseiller', 'conseillère', 'agent', 'agente', 'gestionnaire', 'directeur', 'directrice', 'employé',
  'employée', 'spécialiste', 'coordonnateur', 'coordonnatrice', 'économiste', 'avocat', 'avocate', 'infirmier',
  'infirmière', 'inspecteur', 'inspectrice', 'scientifique', 'chercheur', 'chercheuse', 'adjoint', 'adjointe',
  'stagiaire', 'étudiant', 'étudiante', 'membre', 'cadre', 'fonctionnaire', 'traducteur', 'traductrice', 'ingénieur',
  'ingénieure', 'urbaniste', 'biologiste', 'géologue', 'technicien', 'technicienne', 'planificateur', 'planificatrice',
  'sous-ministre', 'SMA', 'chef', 'responsable', 'rédacteur', 'rédactrice', 'statisticien', 'statisticienne',
];

export const OWN_MINISTRY_FR = ['mon ministère', 'notre ministère', 'mon sous-ministre', 'ma sous-ministre', 'notre sous-ministre', 'mon SMA', 'ma SMA', 'notre SMA'];

export const WORK_EQUIPMENT_FR = [
  'téléphone du travail', 'téléphone de travail', 'cellulaire du travail', 'ordinateur du travail', 'ordinateur de travail',
  'ordinateur du bureau', 'portable du travail', 'courriel du travail', 'courriel de travail', 'compte du travail',
  'pendant les heures de travail', 'pendant mes heures de travail', 'sur mon temps de travail', 'sur les heures de bureau',
];
