// Afficher son appui à un parti ou à une candidate sans « votez » ni nom de parti à côté : une
// pancarte plantée, du bénévolat pour la campagne d'une personne nommée, un mot-clic de parti avec
// un encouragement. political/campaign-display les lit avec les signaux politiques.

export const DISPLAY_CUES_FR = [
  'pancarte electorale', 'affiche electorale', 'des pancartes pour', 'ma pancarte', 'fier partisan',
  'fiere partisane', 'fier de soutenir', 'fiere de soutenir', 'mon vote va a', 'a mon vote', 'mon appui va a', 'benevole pour',
  'benevole pour la campagne', 'porte-a-porte pour', 'j\'ai donne a', 'don a la campagne', 'allez', 'jusqu\'au bout', 'on gagne',
  'on va gagner',
];

export const ELECTION_SIGNS_FR = ['pancarte electorale', 'pancartes electorales', 'affiche electorale', 'affiches electorales', 'pancarte de campagne'];
export const OTHER_SIGNS_FR = ['finissant', 'finissante', 'diplome', 'anniversaire', 'a vendre', 'vendu', 'vendue', 'courtier', 'felicitations', 'bebe', 'mariage', 'vente de garage', 'perdu', 'ralentissez', 'ecole', 'equipe', 'tournoi'];
export const CHARITY_CAMPAIGNS_FR = ['centraide', 'banque alimentaire', 'fondation', 'hopital', 'cancer', 'course', 'marathon', 'financement', 'bienfaisance', 'collecte', 'sensibilisation'];
export const OFFICES_FR = ['mairie', 'maire', 'mairesse', 'conseil municipal', 'conseiller', 'conseillere', 'quartier', 'conseil scolaire', 'deputee', 'depute', 'premier ministre', 'premiere ministre', 'prefet', 'prefete'];
