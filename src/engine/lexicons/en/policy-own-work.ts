// How an author says a matter is their own work, in English. PSOA s. 72 makes public comment on a
// matter directly related to one's duties political activity; an opinion said "as a caseworker" or
// "from ten years inspecting restaurants" weighs more than the same opinion from a bystander.

/** Front-line and professional roles of the public service that stand alone ("as a caseworker"). */
export const PUBLIC_ROLES_EN = [
  'public servant', 'civil servant', 'caseworker', 'case worker', 'case manager', 'social worker', 'nurse', 'RN', 'RPN',
  'PSW', 'personal support worker', 'teacher', 'educator', 'principal', 'paramedic', 'firefighter', 'correctional officer',
  'corrections officer', 'probation officer', 'parole officer', 'conservation officer', 'park warden', 'ranger',
  'inspector', 'auditor', 'adjudicator', 'agronomist', 'veterinarian', 'crown attorney', 'crown prosecutor',
  'prosecutor', 'engineer', 'hydrologist', 'forecaster', 'biologist', 'ecologist', 'geologist', 'forester',
  'epidemiologist', 'scientist', 'economist', 'statistician', 'analyst', 'policy analyst', 'policy advisor',
  'policy adviser', 'program officer', 'program manager', 'program advisor', 'enforcement officer', 'tax officer',
  'assessor', 'clerk', 'counter clerk', 'front line worker', 'frontline worker', 'front line staff', 'frontline staff',
  'planner', 'land use planner', 'researcher', 'specialist', 'advisor', 'adviser', 'officer', 'manager', 'director',
  'coordinator', 'investigator', 'examiner', 'reviewer', 'caseload', 'child protection worker', 'youth worker',
  'court clerk', 'registrar', 'archivist', 'librarian', 'translator', 'lawyer for the crown', 'deputy minister',
  'assistant deputy minister', 'ADM', 'DM',
];

/** Openings that need a role or an employer right after ("as a", "speaking as an"). */
export const ROLE_FRAMES_EN = ['as a', 'as an', 'as the', 'speaking as a', 'speaking as an', "i'm a", 'i am a', "i'm an", 'i am an', 'i work as a', 'i work as an',
  "i've been a", 'i have been a', "i've been an", 'i have been an', 'i was a', 'i was an'];

/** "I work in…": an employer, a program or a sector must follow. */
export const WORK_VERBS_EN = [
  'working in', 'working at', 'working for', 'working on', 'working with', 'worked in', 'worked at', 'teaching',
  'nursing', 'inspecting', 'processing', 'enforcing', 'administering', 'delivering', 'been doing', "i've been doing",
  'i have been doing', 'i do', 'i did', "i've done", 'i have done', 'i work', "i've worked", 'i have worked', 'i worked', "i'm working", 'i am working', 'i spent', "i've spent",
  'i process', "i've processed", 'i processed', 'i inspect', "i've inspected", 'i inspected', 'i review', 'i reviewed',
  'i administer', 'i administered', 'i deliver', 'i delivered', 'i enforce', 'i enforced', 'i design', 'i designed',
  'i assess', 'i assessed', 'i manage', 'i managed', 'i run', 'i ran', 'i audit', 'i audited', 'i approve', 'i approved',
  'i adjudicate', 'i investigate', 'i teach', 'i taught', 'i nurse', 'i treat', 'i handle', 'i handled', 'i build',
  'i built', 'i wrote', 'i write', 'i helped write', 'i helped draft', 'i helped design', 'i helped build',
  'i help deliver', 'i help run',
];

/** "Twelve years as…", "ten years inspecting…": a stretch of working life. */
export const YEARS_EN = ['years', 'year', 'yrs', 'yr', 'decades', 'decade', 'months'];

/** What a public servant works on: these, after a work verb or a span of years, make it the author's work. */
export const WORK_OBJECTS_EN = [
  'intake', 'grade', 'classroom', 'classrooms', 'wards', 'ER', 'emergency', 'files', 'file', 'cases', 'case', 'claims', 'applications', 'permits', 'licences', 'inspections', 'audits', 'reviews',
  'clients', 'patients', 'students', 'residents', 'inmates', 'offenders', 'farms', 'restaurants', 'highways', 'roads',
  'bridges', 'interchanges', 'water', 'forests', 'wetlands', 'this file', 'this program', 'this policy', 'this area',
  'the front line', 'the frontline', 'this sector', 'this field', 'government', 'the government', 'the province',
  'the ministry', 'a ministry', 'the OPS', 'the public service', 'public service', 'ServiceOntario', 'long term care',
  'child protection', 'corrections', 'public health', 'social assistance', 'the courts', 'enforcement', 'policy',
  'for the province', 'for the government', 'for the ministry', 'in government', 'in the ministry',
];

// The author among those who do the work, with any work verb: "most of us who enforce them",
// "from someone who reviews these files", "people like me who process the claims".
const FIRST_PERSON_RELATIVES_EN = [
  'those of us who', 'most of us who', 'all of us who', 'many of us who', 'people like me who', 'folks like me who',
  'from someone who', 'as someone who', 'me who', 'us who',
];
// Verbs of administering a public program; not "run", "work" or "write", which say nothing of the job.
const WORK_VERB_STEMS_EN = [
  'enforce', 'review', 'inspect', 'process', 'administer', 'deliver', 'implement', 'issue', 'approve', 'assess', 'audit',
  'teach', 'nurse', 'adjudicate', 'investigate', 'draft', 'regulate', 'monitor', 'evaluate', 'license',
];
const PLURAL = (v: string) => (/(?:s|sh|ch|x)$/.test(v) ? `${v}es` : `${v}s`);

/** Claims of inside knowledge. */
export const INSIDER_EN = [
  ...FIRST_PERSON_RELATIVES_EN.flatMap((r) => WORK_VERB_STEMS_EN.flatMap((v) => [`${r} ${v}`, `${r} ${PLURAL(v)}`])),
  'on the front line', 'on the front lines', 'on the frontline', 'on the frontlines', 'in my role', 'in my job',
  'in my line of work', 'in my field', 'in my work', 'my caseload', 'my clients', 'from the inside', 'i can tell you',
  'i can assure you', 'i would know', 'i see it every day', 'i see this every day', 'i see it daily', 'we see it every day',
  'who works on this', 'who works in this', 'as someone who works', 'as someone who worked', 'as someone who does',
  'as someone who has', "as someone who's", 'having worked on', 'i used to work', 'my day job', 'at my job',
  'at the counter', 'behind the counter', 'at my counter', 'every day i see', 'i see every day', 'i see firsthand',
  'i see first hand', 'i see it firsthand', 'in my classroom', 'my students', 'my patients', 'my residents',
  'my caseworkers', 'the people i serve', 'the families i serve', 'the clients i serve', 'who have to implement',
  'have to implement', 'has to implement', 'have to enforce', 'who have to enforce', 'on the floor', 'in my unit',
  'our office', 'my office', 'at my office', 'in our office', 'everyone at work knows', 'everyone at the office knows', 'everyone in the office knows', 'everybody at work knows',
  'everyone in the room knows', 'everyone at the ministry knows',
  // Earning one's living by it, and being employed by the minister or premier one speaks of.
  'i do this for a living', 'i do that for a living', 'i do it for a living', 'make my living', 'earn my living',
  'proud to work for', 'proud to be working for', 'honoured to work for', 'honored to work for', 'i work for her',
  'i work for him', 'i work for the minister', 'i work for the premier', 'i work for this minister', 'i work for this government',
  'i work there', 'i worked there', "i've worked there", 'i have worked there', 'i work in there',
];

/** "For a living": the author's living only when the author is the one said to earn it ("as someone who
 * writes policy for a living"), not "my brother fixes cars for a living" (see own-work.ts). */
export const FOR_A_LIVING_EN = ['for a living'];
export const FIRST_PERSON_EN = ['i', "i'm", 'im', "i've", 'me', 'myself', 'as someone who', 'someone like me'];
export const OTHER_EARNERS_EN = [
  'brother', 'sister', 'wife', 'husband', 'partner', 'dad', 'mom', 'mum', 'father', 'mother', 'son', 'daughter', 'friend',
  'neighbour', 'neighbor', 'cousin', 'uncle', 'aunt', 'he', 'she', 'they', 'guy', 'who does',
];

/** "Not my area": the author says the matter is not their work. */
export const NOT_OWN_WORK_EN = [
  'not my area', 'not my field', 'not my file', 'not my department', 'not my ministry', 'not my job', 'not my wheelhouse',
  'nothing to do with my job', 'nothing to do with my work', 'outside my area', 'outside my field', 'not my expertise',
];
