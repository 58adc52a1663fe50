// Sigles sur les comptes officiels : le lecteur ne devrait pas avoir besoin d'initiés pour les
// comprendre (langage clair, LAPHO; usage de développer un sigle à sa première mention).

/** Compris de presque tous, ou qui ne se lisent pas comme des sigles : jamais signalés. */
export const UNIVERSAL_ACRONYMS_FR = [
  // ATS (appareil de télécommunication pour sourds) : la ligne ATS des blocs de coordonnées.
  'ATS', 'ATME', 'ONU', 'UE', 'OTAN', 'PDG', 'ADN', 'VIH', 'SIDA', 'RSVP', 'SVP', 'BBQ', 'RCR', 'IA', 'TI', 'TV', 'HNE', 'HAE',
  'LNH', 'LGBTQ', 'LGBTQ2', 'LGBTQIA', 'FAQ', 'PDF', 'GPS', 'GUAB', 'USB', 'NIP', 'VE', 'UV', 'ETC', 'HR', 'FR', 'EN',
  'ONFR', 'TFO', 'SRC', 'TVA', 'RDI', 'AFO', 'OK', 'SOS', 'KM', 'KG', 'CM', 'MM', 'ML', 'KW', 'KWH', 'MW', 'MIN',
  'NB', 'PS', 'PME', 'PMES', 'ACFO',
  // L'examen et l'alerte que tout le monde connaît.
  'IRM', 'AMBER',
  // Le code à barres de tout emballage (code universel des produits) et les repères d'un champ de date (« AAAA/MM/JJ »).
  'CUP', 'AAAA', 'JJ',
];

export const WELL_KNOWN_ACRONYMS_FR = [
  'POSPH', 'RAMO', 'RASO', 'GRT', 'PPO', 'GRC', 'SLD', 'PSSP', 'EPE', 'AE', 'RPC', 'SV', 'SRG', 'TPS', 'TVH', 'ARC',
  'LSF', 'LAPHO', 'CSPAAT', 'SAE', 'OT', 'REER', 'CELI', 'REEE', 'PIB', 'IPC', 'EPI', 'USI', 'OMS', 'ONG', 'CSF', 'RAFEO',
  'RGT', 'FPO',
  // Le numéro d'assurance sociale, demandé sur tous les formulaires.
  'NAS',
];

/** Mots que l'on tape en majuscules pour insister (« GRATUIT », « MAINTENANT ») : pas des sigles. */
export const CAPITALISED_WORDS_FR = [
  'GRATUIT', 'GRATUITE', 'MAINTENANT', 'NOUVEAU', 'NOUVELLE', 'IMPORTANT', 'RAPPEL', 'ALERTE', 'URGENT', 'ATTENTION',
  'OUI', 'NON', 'MERCI', 'BRAVO', 'TOUS', 'TOUT', 'LES', 'DES', 'UNE', 'POUR', 'AVEC', 'SUR', 'DANS', 'VOUS', 'NOUS',
  'EST', 'ET', 'LA', 'LE', 'DE', 'DU', 'AU', 'AUX', 'EN', 'UN', 'CE', 'IL', 'ELLE', 'JE', 'TU', 'NE', 'PAS', 'PLUS',
  'TRES', 'ENFIN', 'ICI', 'DATE', 'JOUR', 'FIN', 'DERNIER', 'DERNIERE', 'CHANCE', 'VITE', 'INFO', 'NOTE',
  // Niveaux et mises en garde qu'une alerte publique écrit en capitales (« risque FAIBLE », « DANGER »).
  'FAIBLE', 'DANGER', 'RISQUE', 'FEU', 'FEUX', 'GRAVE', 'AUCUN', 'AUCUNE',
];

/** Formes développées proposées en un clic, en français. */
export const ACRONYM_EXPANSIONS_FR: Record<string, string> = {
  OHIP: "Assurance-santé de l'Ontario (OHIP)",
  ODSP: 'Programme ontarien de soutien aux personnes handicapées (POSPH)',
  POSPH: 'Programme ontarien de soutien aux personnes handicapées (POSPH)',
  OSAP: "Régime d'aide financière aux étudiantes et étudiants de l'Ontario (RAFEO)",
  RAFEO: "Régime d'aide financière aux étudiantes et étudiants de l'Ontario (RAFEO)",
  GTA: 'région du grand Toronto (RGT)',
  RGT: 'région du grand Toronto (RGT)',
  OPP: "Police provinciale de l'Ontario (PPO)",
  PPO: "Police provinciale de l'Ontario (PPO)",
  SLD: 'soins de longue durée (SLD)',
  PSSP: 'préposé aux services de soutien à la personne (PSSP)',
  CSPAAT: "Commission de la sécurité professionnelle et de l'assurance contre les accidents du travail (CSPAAT)",
  LAPHO: "Loi sur l'accessibilité pour les personnes handicapées de l'Ontario (LAPHO)",
  ARC: 'Agence du revenu du Canada (ARC)',
  AE: 'assurance-emploi (AE)',
  RPC: 'Régime de pensions du Canada (RPC)',
  TVH: 'taxe de vente harmonisée (TVH)',
  FPO: "fonction publique de l'Ontario (FPO)",
};
