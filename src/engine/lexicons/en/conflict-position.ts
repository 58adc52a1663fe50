// Words by which an author ties a post to their public-service job: naming the employer or a
// professional title turns a recommendation or a sale into use of one's position
// (O. Reg. 381/07 s. 3; OPS guiding principle on using one's employment to promote interests).

/** Naming the employer or the job itself. */
export const EMPLOYER_REFERENCES_EN = [
  'public servant', 'civil servant', 'government employee', 'ministry employee', 'provincial employee',
  'ontario public service', 'government of ontario', 'ontario government', 'province of ontario',
  'the ministry', 'my ministry', 'our ministry', 'ministry of', 'serviceontario', 'service ontario',
  'in my role', 'in my position', 'in my capacity', 'in my job', 'my day job', 'my employer', 'my government job',
  'i work for the government', 'i work for the province', 'i work at the ministry', 'i work for the ministry',
  'my team at', 'for the province', 'for the ministry', 'at the ministry', 'with the ministry', 'for the government',
  "at queen's park", 'in my line of work', 'in my work', 'through my work', 'as part of my job', 'on the job',
  'fellow public servants', 'fellow civil servants', 'ops jobs', 'ops job', 'ops colleagues', 'my ops colleagues',
  'my inspections', 'my audits', 'my caseload', 'the programs i administer', 'the program i administer',
  'the programs i run', 'the program i run', 'the files i handle', 'the files i process', 'our field staff',
  'our field team', 'our field teams', 'our inspectors', 'our staff', 'my colleagues at', 'my coworkers at',
];

/** Professional titles; they count after "as a/an" ("as an agronomist at the ministry, I recommend…"). */
export const ROLE_TITLES_EN = [
  'agronomist', 'inspector', 'analyst', 'policy analyst', 'program analyst', 'advisor', 'adviser', 'specialist',
  'officer', 'program officer', 'policy officer', 'economist', 'biologist', 'geologist', 'ecologist', 'forester',
  'engineer', 'scientist', 'planner', 'manager', 'director', 'auditor', 'investigator', 'caseworker', 'case worker',
  'case manager', 'consultant', 'coordinator', 'public servant', 'civil servant', 'government employee',
  'ministry employee', 'expert', 'veterinarian', 'epidemiologist', 'hydrologist', 'statistician', 'architect',
  'regulator', 'assessor', 'examiner', 'adjudicator', 'lawyer', 'counsel', 'procurement officer', 'buyer',
  'lead', 'team lead', 'hiring manager', 'reviewer', 'evaluator', 'technician', 'technologist', 'surveyor',
  'ranger', 'conservation officer', 'food inspector', 'health inspector', 'building inspector',
];

/**
 * Verbs by which the author describes doing the regulator's or funder's part ("I review septic
 * designs for the province", "the farms I inspect"). They name the position by its duties.
 */
export const DUTY_VERBS_EN = [
  'inspect', 'audit', 'review', 'assess', 'evaluate', 'approve', 'process', 'administer', 'regulate', 'adjudicate',
  'license', 'licence', 'certify', 'oversee', 'score', 'vet', 'sign off on', 'issue',
];

/** What those duties are about: files and the businesses the author deals with in the job. */
export const DUTY_OBJECTS_EN = [
  'application', 'applications', 'permit', 'permits', 'licence', 'licences', 'license', 'licenses', 'file', 'files',
  'claim', 'claims', 'design', 'designs', 'plan', 'plans', 'site', 'sites', 'farm', 'farms', 'field', 'fields',
  'kitchen', 'kitchens', 'restaurant', 'restaurants', 'facility', 'facilities', 'business', 'businesses', 'company',
  'companies', 'contractor', 'contractors', 'vendor', 'vendors', 'bid', 'bids', 'proposal', 'proposals', 'grant',
  'grants', 'program', 'programs', 'submission', 'submissions', 'operator', 'operators', 'project', 'projects',
  'installer', 'installers', 'plant', 'plants', 'mine', 'mines', 'well', 'wells', 'home', 'homes', 'school',
  'schools', 'daycare', 'daycares', 'care home', 'care homes',
];

/** Ministries named by their acronym (matched in capitals only: "MTO", not "mto"). */
export const MINISTRY_ACRONYMS = [
  'OMAFRA', 'OMAFA', 'MTO', 'MNRF', 'MECP', 'MLITSD', 'MCCSS', 'MMAH', 'MGCS', 'MPBSDP', 'MOHLTC', 'MLTC', 'SOLGEN',
  'MEDJCT', 'MNDM', 'MENDM', 'MTCS', 'MHSTCI', 'MIAO', 'MSAA', 'OPS', 'MAAARO', 'MRNF', 'MEPP', 'MTSO', 'MAML', 'MSGSC',
  'MSLD', 'FPO', 'MNR', 'MRN',
];
