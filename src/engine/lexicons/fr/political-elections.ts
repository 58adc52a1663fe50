// Vocabulaire des élections et des candidatures (fédérales, provinciales, municipales), en français.

/** Élections en général : un contexte, pas un parti pris (Élections Ontario les emploie aussi). */
export const ELECTION_TERMS_FR = [
  'élection', 'élections', 'élection partielle', 'élections partielles', 'élections provinciales', 'élections fédérales',
  'élections municipales', 'élection provinciale', 'élection fédérale', 'jour du scrutin', 'soir des élections', 'scrutin',
  'vote par anticipation', 'bureau de vote', 'bureaux de vote', 'circonscription', 'circonscriptions', 'député provincial',
  'députée provinciale', 'urne', 'urnes',
  // Les élections dites par leur ordre seul, à l'oral : « aux municipales », « les provinciales ».
  'aux municipales', 'les municipales', 'des municipales', 'aux provinciales', 'les provinciales', 'des provinciales',
  'aux fédérales', 'les fédérales', 'des fédérales', 'aux partielles', 'la partielle',
];

/** Choses d'une campagne partisane. */
export const CAMPAIGN_TERMS_FR = [
  'campagne électorale', 'réélection', 'course à la chefferie', 'plateforme électorale', 'programme électoral',
  'promesse électorale', 'promesses électorales', 'débat des chefs', 'assemblée de mise en candidature',
  'local de campagne', 'bureau de campagne',
  // Le matériel et l'argent d'une campagne : ses vidéos et publicités, son association de circonscription, ses collectes.
  'vidéo de campagne', 'vidéos de campagne', 'publicité électorale', 'publicités électorales', 'pub électorale',
  'association de circonscription',
];

export const CANDIDATE_TERMS_FR = [
  'candidat à la mairie', 'candidate à la mairie', 'candidat au conseil municipal', 'candidate au conseil municipal',
  'candidat au conseil', 'candidate au conseil', 'candidat aux élections', 'candidate aux élections',
  'candidat dans la circonscription', 'candidate dans la circonscription', 'candidat local', 'candidate locale',
  'notre candidat', 'notre candidate', 'candidat sortant', 'candidate sortante', 'conseiller scolaire', 'conseillère scolaire',
  'se présente à la mairie', 'se présente aux élections', 'se présente au conseil', 'course à la mairie',
  'pour la mairie', 'au conseil municipal', 'député sortant', 'députée sortante',
  // L'élu sortant qui se représente, à tous les ordres (l'anglais a « incumbent »).
  'maire sortant', 'mairesse sortante', 'conseiller sortant', 'conseillère sortante',
];

/** Contextes où « élection », « candidat » ou « voter » ne visent pas une charge publique. */
export const NON_PUBLIC_ELECTION_FR = [
  'conseil étudiant', 'association étudiante', 'élection syndicale', 'élections syndicales', "conseil d'administration",
  'concours', 'compétition', 'sondage', 'prix du public', 'gala', 'candidat au poste', 'candidate au poste',
  'candidature au poste', 'syndicat de copropriété',
  // Les conseils et associations d'une école ou d'un immeuble élisent aussi des gens.
  "conseil d'école", "conseil d'établissement", 'conseil de parents', 'comité de parents', 'association de parents',
  'association de locataires', 'présidence du club', "capitaine d'équipe", "capitaine de l'équipe",
];

/** Les rassemblements d'un parti : y être, content, c'est prendre part à sa vie politique. */
export const PARTY_EVENTS_FR = [
  'congrès', 'congrès à la direction', "congrès d'orientation", "assemblée d'investiture", 'investiture',
  'assemblée générale annuelle', 'aga', 'rassemblement', 'souper-bénéfice', 'soirée-bénéfice', 'cocktail de financement',
  'cocktail-bénéfice', 'épluchette', 'méchoui', 'bbq', 'pique-nique', 'local de campagne', 'lancement de campagne',
  'course à la direction', 'soirée électorale', 'association de circonscription', 'caucus',
];

/** L'auteur y était et s'en réjouit, ou y va (« belle soirée au congrès », « on se voit au rassemblement »). */
export const PARTICIPATION_CUES_FR = [
  'super', 'belle soirée', 'belle fin de semaine', 'beau week-end', 'belle journée', 'fier', 'fière', 'honoré', 'honorée',
  'heureux', 'heureuse', 'content', 'contente', 'hâte', 'plaisir', 'retrouver', 'revoir', 'on se voit', 'à bientôt',
  'rejoignez-moi', 'rejoignez-nous', 'bénévole', 'délégué', 'déléguée', "j'ai assisté", "j'ai participé", 'participer',
  'en route', "j'y serai", 'on y sera', 'énergie', 'inspirant', 'inspirante', 'emballé', 'emballée',
];

/** Saluer un candidat comme le futur élu : « notre future mairesse ». */
export const FUTURE_OFFICE_FR = [
  'notre futur maire', 'notre future mairesse', 'notre prochain maire', 'notre prochaine mairesse', 'notre futur député',
  'notre future députée', 'notre prochain député', 'notre prochaine députée', 'notre futur premier ministre',
  'notre future première ministre', 'notre prochain premier ministre', 'notre prochaine première ministre',
  'notre futur conseiller', 'notre future conseillère', 'notre prochain conseiller', 'notre prochaine conseillère',
  'notre futur préfet', 'notre future préfète', 'futur premier ministre de l\'ontario', 'future première ministre de l\'ontario',
  'mon futur maire', 'ma future mairesse', 'mon futur député', 'ma future députée',
];

/** Peu importe qui gagne : un énoncé sur la charge, pas un encouragement. */
export const OFFICE_NEUTRAL_FR = ['peu importe', 'qui que ce soit', 'quel que soit', 'quelle que soit', 'aura à', 'devra', 'devront', 'héritera'];
