// Mots qui désignent une personne autre que l'auteur (voir lexicons/en/people.ts).
export const PERSON_REFERENCES_FR = [
  'mon client', 'ma cliente', 'un client', 'une cliente', 'notre client', 'notre cliente', 'le client', 'la cliente', 'client', 'cliente',
  'mon patient', 'ma patiente', 'un patient', 'une patiente', 'le patient', 'la patiente', 'un demandeur', 'une demandeuse',
  'le demandeur', 'la demandeuse', 'un bénéficiaire', 'une bénéficiaire', 'le bénéficiaire', 'la bénéficiaire', 'un requérant',
  'une requérante', 'un citoyen', 'une citoyenne', 'un résident', 'une résidente', 'un usager', 'une usagère', 'un contribuable',
  'mon collègue', 'ma collègue', 'un collègue', 'une collègue', 'collègue', 'mon gestionnaire', 'ma gestionnaire', 'mon patron',
  'ma patronne', 'mon directeur', 'ma directrice', 'mon superviseur', 'ma superviseure', 'un employé', 'une employée',
  'un élève', 'une élève', 'un étudiant', 'une étudiante', 'un locataire', 'une locataire', 'un agriculteur', 'une agricultrice',
  'un monsieur', 'une dame', 'un gars', 'une femme', 'un homme', 'ce monsieur', 'cette dame', 'ce gars',
  'il', 'elle', 'ils', 'elles', 'lui', 'sa', 'son', 'ses', 'leur', 'leurs',
];

export const PERSON_BOOSTERS_FR = [
  'mon client', 'ma cliente', 'client', 'cliente', 'patient', 'patiente', 'demandeur', 'demandeuse', 'bénéficiaire', 'requérant',
  'requérante', 'collègue', 'fils', 'fille', 'épouse', 'époux', 'conjoint', 'conjointe', 'mère', 'père', 'voisin', 'voisine',
  'son', 'sa', 'ses', 'leur', 'il', 'elle',
];

/** Possessifs adressés au lecteur (« votre dossier ») : ce qui suit est à lui. */
export const READER_POSSESSIVES_FR = ['votre', 'vos', 'ton', 'ta', 'tes'];
