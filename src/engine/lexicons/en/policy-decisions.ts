// A public-sector decision named by what it does, in English, with no government word: "cutting
// the summer student program", "the closure of the Kenora lab", "whoever decided to merge the two
// intake streams", "the reorg". policy-commentary/decision-verdict pairs one with an evaluation.
import { verbForms } from '../../text/verb-forms.js';

/** Doing something to a unit, as a gerund or a noun ("closing", "the closure of"). */
export const DECISION_ACTS_EN = verbForms([
  'cutting', 'cut', 'cuts to', 'closing', 'closure of', 'closure', 'closures', 'shutting down', 'shutting', 'shut down of',
  'merging', 'merger of', 'amalgamating', 'amalgamation of', 'consolidating', 'consolidation of', 'cancelling', 'canceling',
  'cancellation of', 'scrapping', 'axing', 'killing', 'eliminating', 'elimination of', 'ending', 'dropping', 'defunding',
  'gutting', 'slashing', 'downsizing', 'centralizing', 'centralising', 'centralization of', 'outsourcing', 'privatizing',
  'privatising', 'privatization of', 'relocating', 'relocation of', 'moving', 'rolling out', 'rollout of', 'roll-out of',
  'launch of', 'pausing', 'freezing', 'phasing out', 'sunsetting', 'restructuring', 'restructuring of', 'reorganizing',
  'replacing', 'clawing back', 'clawback of', 'capping', 'end of', 'reopening', 'reopening of', 'restoring', 'reinstating',
  'expanding', 'extending', 'expansion of',
  // Held back rather than ended: "delaying the LRT again", "shelving the hatchery plan".
  'delaying', 'delay of', 'delays to', 'postponing', 'postponement of', 'shelving', 'mothballing', 'downloading',
  'reducing', 'reduction of', 'selling off', 'sell-off of',
]);

/** The same acts as verbs after "decided to", "the decision to", "whoever thought it was a good idea to". */
export const DECISION_VERBS_EN = [
  'cut', 'close', 'shut down', 'merge', 'amalgamate', 'consolidate', 'cancel', 'scrap', 'axe', 'ax', 'kill', 'eliminate',
  'end', 'drop', 'defund', 'gut', 'slash', 'downsize', 'centralize', 'centralise', 'outsource', 'privatize', 'privatise',
  'relocate', 'move', 'roll out', 'launch', 'pause', 'freeze', 'phase out', 'sunset', 'restructure', 'reorganize', 'replace',
  'claw back', 'cap', 'reopen', 'restore', 'reinstate', 'expand', 'extend', 'delay', 'postpone', 'shelve', 'reduce',
];
export const DECIDERS_EN = [
  'decided to', 'decision to', 'chose to', 'choice to', 'whoever decided to', 'whoever thought', 'who thought',
  'plan to', 'move to', 'pushed to', 'whoever pushed to', 'fought to', 'push to',
];

/** What a public employer runs: the object of the act. */
export const PUBLIC_UNITS_EN = [
  'program', 'programs', 'programme', 'lab', 'labs', 'laboratory', 'office', 'offices', 'stream', 'streams', 'grant',
  'grants', 'service', 'services', 'clinic', 'clinics', 'branch', 'branches', 'unit', 'units', 'division', 'portal',
  'system', 'funding', 'fund', 'budget', 'centre', 'center', 'centres', 'centers', 'site', 'sites', 'location', 'locations',
  'hotline', 'helpline', 'pilot', 'initiative', 'inspections', 'inspection', 'positions', 'jobs', 'contracts', 'hospital',
  'hospitals', 'courthouse', 'library', 'libraries', 'agency', 'agencies', 'board', 'boards', 'intake', 'counter', 'counters',
  'team', 'teams', 'research station', 'field office', 'regional office', 'subsidy', 'subsidies', 'benefit', 'rebate',
  'credit', 'placement', 'placements', 'co-op', 'internship', 'internships', 'student program', 'summer student program',
  // The people a program runs on: moving or cutting them is the same kind of decision.
  'inspectors', 'officers', 'caseworkers', 'case workers', 'staff', 'nurses', 'teachers', 'workers', 'hub', 'hubs',
  // Public institutions and the money the province sends them: "cancelling the second campus of the
  // university", "cutting transfer payments to conservation authorities". A bare "campus" is often a
  // modifier ("the campus tour"), so only with what follows it.
  'campus of', 'campus in', 'campus at', 'campuses', 'transfer payments', 'transfers to', 'payments to',
  'conservation authorities', 'health units', 'public health units',
];

/** What the province runs on the ground: its jails, schools, parks, roads, transit and field bases. These
 * are everyday places too ("moving my kid to a new school"), so the act must take one as its object. */
export const PUBLIC_SITES_EN = [
  'jail', 'jails', 'detention centre', 'detention center', 'correctional centre', 'correctional center',
  'correctional facility', 'correctional facilities', 'prison', 'prisons', 'school', 'schools', 'park', 'parks',
  'provincial park', 'provincial parks', 'highway', 'highways', 'interchange', 'ferry', 'ferries', 'station', 'stations',
  'lrt', 'subway', 'subway line', 'rail line', 'train service', 'bus route', 'bus routes', 'hatchery', 'tree nursery',
  'fire base', 'air ambulance base', 'drive test centre', 'drive test center', 'emergency department',
  'emergency departments', 'emergency room', 'beds', 'long-term care home', 'long-term care homes', 'shelter', 'shelters',
  'museum', 'courthouses', 'courts', 'tribunal', 'tribunals', 'bursary', 'bursaries', 'pilot project',
];

/** Decisions that are the employer's by nature and need no object: "the reorg", "the new pay system". */
export const INTERNAL_DECISIONS_EN = [
  'the reorg', 'another reorg', 'this reorg', 'the reorganization', 'the restructuring', 'the transformation',
  'the new pay system', 'the new timesheet system', 'the new case management system', 'the new hr system',
  'the new scheduling system', 'the new intake system', 'the migration', 'the system migration', 'the rollout',
  'the roll-out', 'the new system', 'the new process', 'the new intake process', 'the new approval process',
];

/** Public rules named by what they set, with no act: "the new funding formula", "the eligibility criteria". */
export const POLICY_SETTINGS_EN = [
  'funding formula', 'new funding formula', 'eligibility criteria', 'eligibility rules', 'new eligibility rules', 'fee increase',
  'fee hike', 'the new fees', 'new fee schedule', 'the new cap', 'caseload cap', 'caseload targets', 'service standards',
  'the new service standard', 'allocation model', 'the new allocation',
];

/** Where the author says the matter is their employer's: at work, in "our" ministry, under a government tag. */
export const WORK_CUES_EN = [
  'at work', 'at the office', 'our ministry', 'my ministry', 'our branch', 'my branch', 'our division', 'my division',
  'our unit', 'my unit', 'our program', 'our office', 'our department', 'my department', 'our directorate',
  'our employer', 'my employer', 'upstairs', 'senior management', 'our leadership', 'senior leadership',
  'our adm', 'our dm', '#ongov', '#onpoli', '#ops', '#opsproud', '#publicservice', '#govtech', 'our lab', 'our clinic',
  'our region', 'our staff', 'the employer', 'head office',
  // The people the author serves at work.
  'i work with', 'we work with', 'i serve', 'we serve', 'my clients', 'our clients', 'my caseload', 'in my job', 'in my work',
  'at my job', 'my files', 'the files i', 'i process', 'i inspect',
  // Management named as the author's own.
  'my manager', 'my director', 'our director', 'our manager', 'our managers', 'our deputy', 'my adm', 'in our office', 'on our team',
];

/** Verdicts the shared evaluation lists lack, said of a decision ("poorly planned", "tone-deaf"). */
export const DECISION_VERDICTS_EN = [
  'poorly planned', 'poorly thought out', 'not thought through', 'ill-conceived', 'ill conceived', 'tone-deaf', 'tone deaf',
  'out of touch', 'clueless', 'makes zero sense', 'a farce', 'baffling', 'infuriating', 'so disappointing',
  'disappointing', 'a sad day', 'gutted', 'penny-wise', 'pennywise', 'false economy', 'nobody asked for',
  // The decider judged instead of the decision: "whoever decided to close the lab has never been north of Barrie".
  'has never been north of', 'never been north of', 'never been up north', 'has never been to', 'never been to',
  'never set foot', 'never stepped foot', 'never worked a day', 'has no idea', 'has no clue', 'has clearly never',
  'should be fired', 'should be ashamed', 'should resign',
  // A decision judged wrong in plain words: "the decision to close the jail was wrong", "…is indefensible".
  'was wrong', 'is wrong', 'was the wrong call', 'is the wrong call', 'indefensible', 'not defensible', 'embarrassing',
  'a mistake', 'a huge mistake', 'a big mistake', 'short-sighted', 'shortsighted', 'a slap in the face',
];
export const DECISION_PRAISE_EXTRA_EN = ['about time', 'long overdue', 'good riddance', 'smart move', 'right call', 'got it right'];
/** What turns praise of a decision into sarcasm: "Brilliant planning as usual", "another great reorg". */
export const SARCASM_CUES_EN = ['as usual', 'as always', 'once again', 'yet again', 'yet another', 'another', 'again'];

/** Private owners of a unit: "the gym's program", "the store's location". */
export const PRIVATE_OWNERS_EN = ['gas', 'radio', 'tv', 'bakery', 'company', "company's", 'store', "store's", 'restaurant', "restaurant's", 'gym', "gym's", 'landlord', 'hotel', 'airline', 'bank', "bank's", 'club', "club's", 'league', 'condo', 'church', 'netflix', 'amazon', 'costco', 'uber', 'apple', 'google', 'microsoft', 'walmart', 'starbucks', 'shopify', 'my gym', 'the mall'];
