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
  'my team at',
];

/** Professional titles; they count after "as a/an" ("as an agronomist at the ministry, I recommend…"). */
export const ROLE_TITLES_EN = [
  'agronomist', 'inspector', 'analyst', 'policy analyst', 'program analyst', 'advisor', 'adviser', 'specialist',
  'officer', 'program officer', 'policy officer', 'economist', 'biologist', 'geologist', 'ecologist', 'forester',
  'engineer', 'scientist', 'planner', 'manager', 'director', 'auditor', 'investigator', 'caseworker', 'case worker',
  'case manager', 'consultant', 'coordinator', 'public servant', 'civil servant', 'government employee',
  'ministry employee', 'expert', 'veterinarian', 'epidemiologist', 'hydrologist', 'statistician', 'architect',
  'regulator', 'assessor', 'examiner', 'adjudicator', 'lawyer', 'counsel', 'procurement officer', 'buyer',
];
