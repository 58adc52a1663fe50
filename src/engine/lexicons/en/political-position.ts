// How an author ties a post to their public-service job, in English. With a partisan signal in the
// same post it associates the position with political activity (PSOA Part V: never allowed).
import { MINISTRY_ACRONYMS } from './conflict-position.js';

/** Names for a public servant; they count when the author claims them ("as a public servant", "I'm a civil servant"). */
export const PUBLIC_SERVANT_EN = [
  'public servant', 'public servants', 'civil servant', 'civil servants', 'bureaucrat', 'OPS employee', 'OPS employees',
  'OPS staff', 'OPS staffer', 'OPS member', 'ministry employee', 'ministry employees', 'ministry staff', 'ministry staffer',
  'government employee', 'government employees', 'government worker', 'government workers', 'provincial employee',
  'provincial employees', 'provincial government employee', 'provincial public servant', 'Ontario public servant',
  'Ontario public servants',
];

/** Openings that, followed by an employer (and for "as a", a role), describe the author's job. */
export const POSITION_ANCHORS_EN = [
  'as a', 'as an', 'speaking as a', 'speaking as an', 'as someone who works', 'as someone working', "i'm a", 'i am a',
  "i'm an", 'i am an', "i've been a", "i've been an", 'i have been a', 'i have been an', 'i was a', 'i was an',
  'i work as a', 'i work as an', 'i worked as a', 'i worked as an',
];
export const WORK_ANCHORS_EN = [
  'i work', "i've worked", 'i have worked', 'i worked', "i'm working", 'working', 'who works', 'i am employed', "i'm employed",
  'my job', 'my role', 'my position', 'in my role', 'my day job',
];

/** The employer: an Ontario ministry or the OPS, also by its short name ("I work at MTO", « biologiste au
 * MRN »); the employer lists are matched in any case, so a lower-case post ("i work at mto") counts too. */
export const EMPLOYER_EN = [
  ...MINISTRY_ACRONYMS, 'MOH',
  'ministry', 'ministry of', 'OPS', 'Ontario Public Service', 'public service', 'Government of Ontario', 'Ontario government',
  'government', 'provincial public service',
  'provincial government', 'the province', "Queen's Park", 'civil service', 'ServiceOntario', 'Service Ontario',
  'Cabinet Office', "Premier's Office", 'Treasury Board Secretariat',
];

/** Job titles and roles ("as a Ministry of Health analyst", "as a policy advisor at the ministry"). */
export const ROLES_EN = [
  'employee', 'staffer', 'staff', 'worker', 'servant', 'analyst', 'advisor', 'adviser', 'officer', 'manager', 'director',
  'specialist', 'coordinator', 'consultant', 'scientist', 'economist', 'lawyer', 'counsel', 'nurse', 'inspector',
  'planner', 'engineer', 'geologist', 'biologist', 'ecologist', 'researcher', 'clerk', 'assistant', 'associate', 'lead',
  'member', 'bureaucrat', 'executive', 'administrator', 'agent', 'auditor', 'investigator', 'developer', 'designer',
  'architect', 'statistician', 'accountant', 'deputy minister', 'ADM', 'DM', 'intern', 'co op student', 'student',
  'head', 'supervisor', 'team lead', 'program officer', 'policy person', 'comms person', 'writer', 'translator',
  'epidemiologist', 'forester', 'technician', 'librarian', 'archivist', 'counsellor', 'caseworker', 'case worker',
];

/** Possessives that place the author inside a ministry. */
export const OWN_MINISTRY_EN = ['my ministry', 'our ministry', 'my deputy minister', 'our deputy minister', 'my ADM', 'our ADM', 'my DM', 'our DM'];

/** Government equipment or work time used for the post or the activity. */
export const WORK_EQUIPMENT_EN = [
  'work phone', 'work laptop', 'work computer', 'work email', 'work e-mail', 'work account', 'work cell',
  'government phone', 'government laptop', 'government computer', 'government email', 'ministry laptop', 'ministry phone',
  'ministry computer', 'ministry email', 'OPS laptop', 'OPS email', 'OPS account', 'on the clock', 'during work hours',
  'on work time', 'while at work', 'during my shift',
];
