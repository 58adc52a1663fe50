// Vocabulaire des élections et des candidatures (fédérales, provinciales, municipales), en français.

/** Élections en général : un contexte, pas un parti pris (Élections Ontario les emploie aussi). */
export const ELECTION_TERMS_FR = [
  'élection', 'élections', 'élection partielle', 'élections partielles', 'élections provinciales', 'élections fédérales',
  'élections municipales', 'élection provinciale', 'élection fédérale', 'jour du scrutin', 'soir des élections', 'scrutin',
  'vote par anticipation', 'bureau de vote', 'bureaux de vote', 'circonscription', 'circonscriptions', 'député provincial',
  'députée provinciale', 'urne', 'urnes',
];

/** Choses d'une campagne partisane. */
export const CAMPAIGN_TERMS_FR = [
  'campagne électorale', 'réélection', 'course à la chefferie', 'plateforme électorale', 'programme électoral',
  'promesse électorale', 'promesses électorales', 'débat des chefs', 'assemblée de mise en candidature',
  'local de campagne', 'bureau de campagne',
];

export const CANDIDATE_TERMS_FR = [
  'candidat à la mairie', 'candidate à la mairie', 'candidat au conseil municipal', 'candidate au conseil municipal',
  'candidat au conseil', 'candidate au conseil', 'candidat aux élections', 'candidate aux élections',
  'candidat dans la circonscription', 'candidate dans la circonscription', 'candidat local', 'candidate locale',
  'notre candidat', 'notre candidate', 'candidat sortant', 'candidate sortante', 'conseiller scolaire', 'conseillère scolaire',
  'se présente à la mairie', 'se présente aux élections', 'se présente au conseil', 'course à la mairie',
  'pour la mairie', 'au conseil municipal', 'député sortant', 'députée sortante',
];

/** Contextes où « élection », « candidat » ou « voter » ne visent pas une charge publique. */
export const NON_PUBLIC_ELECTION_FR = [
  'conseil étudiant', 'association étudiante', 'élection syndicale', 'élections syndicales', "conseil d'administration",
  'concours', 'compétition', 'sondage', 'prix du public', 'gala', 'candidat au poste', 'candidate au poste',
  'candidature au poste', 'syndicat de copropriété',
];
