// Fuites : transmettre de l'information de travail aux médias ou au public (français).

export const LEAK_TERMS_FR = ['fuite', 'fuites', 'fuité', 'fuitée', 'fuités', 'fuitées', 'fuiter', 'fuitent', 'fuitait', 'coulé', 'coulée', 'couler'];

export const LEAK_OBJECTS_FR = [
  'presse', 'médias', 'média', 'journaliste', 'journalistes', 'radio-canada', 'le droit', 'onfr', 'tfo', 'la presse',
  'le devoir', 'note', 'notes', 'document', 'documents', 'rapport', 'plan', 'budget', 'décision', 'décisions',
  'présentation', 'courriel', 'courriels', 'conseil des ministres', 'ministère', 'gouvernement', 'ministre',
  'première ministre', 'premier ministre', 'info', 'infos', 'information', 'informations', 'détails', 'liste', 'chiffres',
  'nouvelle', 'ébauche', 'politique', 'annonce', 'enregistrement', "capture d'écran", 'contrat', 'noms',
  // Tout document ou chiffre de travail : un barème, des tarifs, une liste restreinte.
  'barème', 'grille tarifaire', 'tarifs', 'résultats', 'proposition', 'liste restreinte', 'lettre', 'procès-verbal',
  'ordre du jour', 'organigramme', 'cibles', 'échéancier', 'prévisions', 'tableur', 'chiffrier',
  'liste des mises à pied',
];

/** Plomberie, fuite des cerveaux, délit de fuite, prendre la fuite… */
export const PHYSICAL_LEAKS_FR = [
  "d'eau", 'de gaz', "d'huile", 'tuyau', 'tuyaux', 'robinet', 'toit', 'toiture', 'plafond', 'plombier', 'plomberie',
  'évier', 'toilette', 'sous-sol', 'des cerveaux', 'délit de fuite', 'prendre la fuite', 'pris la fuite', 'en fuite',
  'fuite en avant', 'de mémoire', 'pneu', 'réservoir', 'chauffe-eau', 'radiateur', 'bateau', 'couche', 'bouteille',
  'tente', 'moteur', 'déversement', 'égout', 'méthane', 'chaleur', 'capitaux', 'suspect', 'suspects', 'voleur',
  'a coulé', 'bateau a coulé', 'navire', 'jeu vidéo', 'album', 'chanson', 'épisode', 'saison', 'divulgâcheur',
];

export const FIRST_PERSON_LEAK_FR = [
  "j'ai fait fuiter", 'je vais faire fuiter', 'je fais fuiter', 'devrais-je faire fuiter', 'faire couler', "j'ai coulé",
  'je vais couler', 'voici la note qui a fuité', 'voici le document qui a fuité', 'mes sources', 'ma source',
  'sources au ministère', 'source au ministère', 'une source au ministère', 'source interne', 'sources internes',
  'source proche du ministre', 'source proche de la ministre', 'sources proches du ministre', "j'ai refilé",
  'refilé aux médias', 'refilé aux journalistes', 'envoyé aux médias', 'envoyé à un journaliste', 'transmis aux médias',
  'transmis à un journaliste',
];
