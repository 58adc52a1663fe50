// Security-sensitive operations (English): upcoming enforcement, credentials, open vulnerabilities.
import { verbForms } from '../../text/verb-forms.js';

/** Operations whose value depends on surprise. */
export const SURPRISE_OPERATIONS_EN = verbForms([
  'raid', 'raids', 'sting', 'sting operation', 'surprise inspection', 'surprise inspections', 'unannounced inspection',
  'unannounced inspections', 'surprise visit', 'surprise visits', 'surprise audit', 'unannounced visit', 'undercover',
  'are hitting', 'is hitting', 'will hit', 'will be hitting', 'are raiding', 'will raid', 'are swooping', 'will swoop',
  'search warrant', 'search warrants', 'takedown', 'execute the warrant', 'executing a warrant', 'surprise check',
  'surprise checks', 'spot check', 'spot checks', 'unannounced audit', 'covert operation',
  // Operations in the words of the people who run them: "joint op at the docks", "full search at the jail".
  'joint op', 'joint ops', 'joint operation', 'big op', 'full search', 'cell search', 'cell searches', 'institutional search',
  'shakedown', 'tactical team', 'being deployed', 'getting deployed',
]);

/** Enforcement campaigns that ministries sometimes publicize on purpose. */
export const ENFORCEMENT_OPERATIONS_EN = [
  'patrol blitz', 'night patrol', 'night patrols', 'saturation patrol', 'checkstop', 'spot checks', 'roadside checks',
  'blitz', 'enforcement blitz', 'inspection blitz', 'safety blitz', 'crackdown', 'enforcement sweep', 'inspection sweep',
  'enforcement operation', 'enforcement action', 'compliance sweep', 'inspections', 'inspection', 'inspecting',
  'inspectors', 'enforcement team', 'seizure', 'seizures', 'checkpoint', 'ride check',
];

/** Leisure uses of "raid" and friends. */
export const NOT_OPERATIONS_EN = [
  'wow', 'warcraft', 'destiny', 'raid boss', 'raid group', 'guild', 'twitch', 'stream', 'streamer', 'fridge', 'pantry',
  'closet', 'panty', 'cookie jar', 'candy', 'raid the', 'raided my', 'game', 'gaming', 'pokemon', 'pokémon', 'boss fight',
  'shadow legends', 'raid shadow', 'bug spray', 'insect', 'surprise party', 'surprise visit from', 'home inspection',
  'house inspection', 'car inspection', 'vehicle inspection', 'safety inspection for my', 'spot check my', 'spellcheck',
];

/** Family and friends right after "surprise visit": a social visit. */
export const SOCIAL_VISITS_EN = [
  'grandma', 'grandpa', 'mom', 'mum', 'dad', 'kids', 'my sister', 'my brother', 'friends', 'my friend', 'family',
  'my parents', 'the grandkids', 'auntie', 'uncle',
];

const WEEKDAYS_EN = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
const COUNTS_EN = ['a', 'one', 'two', 'three', 'four', 'five', 'six', 'several', 'a few', 'a couple of', 'a couple', '2', '3', '4', '5', '6'];

/** A date or time still to come. */
export const FUTURE_TIMES_EN = [
  // Any weekday, this or next or coming ("this Saturday", "this coming Sunday").
  ...WEEKDAYS_EN.flatMap((d) => [`this ${d}`, `next ${d}`, `on ${d}`, `this coming ${d}`, `${d} night`, `${d} morning`]),
  // "you know what's happening monday", "it's going down friday": a weekday after the event verb.
  ...WEEKDAYS_EN.flatMap((d) => [`happening ${d}`, `going down ${d}`, `goes down ${d}`, `happens ${d}`]),
  'tomorrow', 'tonight', 'this weekend', 'next week', 'next monday', 'next tuesday', 'next wednesday', 'next thursday',
  'next friday', 'on monday', 'on tuesday', 'on wednesday', 'on thursday', 'on friday', 'on saturday', 'on sunday',
  'this monday', 'this tuesday', 'this wednesday', 'this thursday', 'this friday', 'later today', 'this afternoon',
  'this evening', 'at dawn', 'in the morning', 'early morning', 'next month', 'this week', 'at 5 am', 'at 6 am',
  'at 4 am', "we're hitting", 'we are hitting', "we'll hit", 'we will hit', "we're going in", 'we go in', 'going in',
];

/** Words that name a secret access code. */
export const CREDENTIAL_WORDS_EN = [
  'password', 'passcode', 'passphrase', 'pass code', 'pw', 'pwd', 'pin', 'pin code', 'door code', 'access code',
  'entry code', 'alarm code', 'lock code', 'keypad code', 'gate code', 'combination', 'combo', 'wifi password',
  'wi-fi password', 'vpn password', 'admin password', 'login',
];

/** An open weakness in a system. */
export const VULNERABILITY_TERMS_EN = [
  'vulnerability', 'vulnerabilities', 'vuln', 'vulns', 'exploit', 'exploitable', 'unpatched', 'not patched',
  "haven't patched", 'have not patched', "hasn't been patched", 'not been patched', 'zero-day', '0-day', 'security hole',
  'security flaw', 'security gap', 'backdoor', 'back door into', 'open port', 'open ports', 'default password',
  'default passwords', 'default credentials', 'misconfigured', 'exposed database', 'sql injection', 'xss', 'rce',
  'bypass the login', 'bypass the firewall', 'bypass security', 'bypass mfa', 'no mfa', 'without mfa', 'mfa is off',
  'mfa disabled', 'disabled mfa', 'plaintext passwords', 'plain text passwords', 'stored in plain text',
  'still vulnerable', 'anyone can log in', 'anyone can access', 'no authentication', 'out of support', 'windows 7',
  'windows xp',
];

/** Technical systems. */
export const TECH_SYSTEMS_EN = [
  'system', 'systems', 'server', 'servers', 'network', 'portal', 'database', 'databases', 'app', 'application', 'website',
  'site', 'firewall', 'vpn', 'software', 'login', 'laptop', 'laptops', 'api', 'platform', 'cloud', 'tenant', 'sharepoint',
  'email server', 'intranet', 'it systems', 'it system', 'wifi', 'wi-fi', 'router', 'routers', 'endpoint', 'endpoints', 'domain', 'active directory',
  'citrix', 'outlook', 'teams', 'backend', 'back end', 'mainframe', 'legacy', 'workstations', 'pcs',
];

/** The system is the author's workplace's. */
export const OWNERSHIP_EN = [
  'our', "ministry's", 'ministry', 'government', "government's", 'provincial', 'internal', 'intranet', 'at work',
  'the office', 'our office', 'we', "we're", "we've", 'we have', 'ops', 'branch', 'agency',
];

/** The weakness is fixed: telling it is a success story. */
export const FIXED_EN = [
  'patched', 'fixed', 'resolved', 'remediated', 'closed', 'mitigated', 'was fixed', 'has been fixed', 'now fixed',
  'last year', 'in the past', 'bug bounty', 'responsible disclosure', 'cve-',
];

/** Physical barriers of a workplace: they fail by staying open. */
export const PHYSICAL_BARRIERS_EN = [
  'door', 'doors', 'back door', 'side door', 'fire door', 'fire exit', 'loading dock', 'loading dock door', 'gate', 'gates',
  'lock', 'locks', 'latch', 'deadbolt', 'fence', 'perimeter fence', 'server room', 'records room', 'file room',
  'evidence room', 'vault', 'parking garage door', 'garage door', 'turnstile', 'turnstiles', 'window',
];

export const BARRIER_WEAKNESSES_EN = [
  "doesn't latch", "don't latch", "doesn't lock", "don't lock", "won't lock", "doesn't close", "won't close", "can't lock",
  "doesn't shut", 'unlocked', 'left unlocked', 'stays unlocked', 'stay unlocked', 'left open', 'propped open',
  'wedged open', 'held open', 'blocked open', 'stays open', 'stay open', 'no lock', 'anyone can walk in',
  'anyone can get in', 'walk right in', 'without a badge', 'without badging', 'tailgate', 'tailgating', 'broken lock',
  'lock is broken', 'latch is broken',
];

/** Security systems: they fail by being down. */
export const SECURITY_SYSTEMS_EN = [
  'badge reader', 'badge readers', 'card reader', 'card readers', 'card access', 'access card system', 'access control',
  'access control system', 'keycard system', 'key card system', 'fob reader', 'fob readers', 'camera', 'cameras',
  'security camera', 'security cameras', 'cctv', 'alarm', 'alarms', 'alarm system', 'motion sensor', 'motion sensors',
  'badge system', 'swipe system',
];

export const SYSTEM_FAILURES_EN = [
  'broken', 'busted', 'down', 'off', 'disabled', 'not working', "doesn't work", "don't work", "isn't working",
  "aren't working", 'out of order', 'out of service', 'offline', 'not recording', "isn't recording", "aren't recording",
  'not monitored', "isn't monitored", "aren't monitored", 'unmonitored', 'blind spot', 'blind spots', 'fake',
  // A control that runs but records nothing: "the badge readers don't log tailgaters".
  "don't log", "doesn't log", 'do not log', 'does not log', 'not logging', "aren't logging", "isn't logging",
  "don't record", "doesn't record", 'do not record', 'does not record',
];

/** A security incident inside government systems, told from inside: ransomware, a breach still being cleaned up. */
export const SECURITY_INCIDENTS_EN = [
  'ransomware', 'ransomware attack', 'cyberattack', 'cyber attack', 'cyber-attack', 'data breach', 'security breach',
  'breach', 'got hacked', 'were hacked', 'was hacked', 'been hacked', 'malware', 'compromised', 'intrusion',
];

/** The public was told something else, or it is not over: the incident is not public. */
export const INCIDENT_NOT_PUBLIC_EN = [
  'like the notice said', 'the notice said', 'what they told', 'what we told', 'they told the public', 'officially it',
  "officially it's", 'the official line', 'not a network issue', "wasn't a network issue", "isn't public",
  'not public', 'still cleaning', 'still cleaning it up', 'still dealing with', 'still recovering', 'nobody was told',
  "haven't told", 'have not told', 'keeping it quiet', 'under wraps', 'hush',
];

/** Security staff: thin staffing is the weakness. */
export const SECURITY_STAFF_EN = [
  'guard', 'guards', 'security guard', 'security guards', 'security desk', 'commissionaire', 'commissionaires',
  'security staff', 'patrol', 'patrols', 'security patrol',
];

export const STAFF_GAPS_EN = [
  'no guard', 'no guards', 'only one guard', 'only 1 guard', 'only 2 guards', 'only two guards', 'just one guard',
  'just 1 guard', 'one guard', 'a single guard', 'nobody at the desk', 'no one at the desk', 'unattended', 'unmanned',
  'unstaffed', 'no security', 'only', 'just', 'no', 'nobody', 'no one', 'skeleton', 'cut to',
];

/** The place is the author's workplace, not their home. */
export const WORKPLACE_CUES_EN = [
  'our building', 'the building', 'our office', 'the office', 'our floor', 'the ministry', 'our ministry', 'work',
  'at work', 'coworkers', 'co-workers', 'colleagues', 'staff', 'our staff', 'my shift', 'night shift', 'the shift',
  'our site', 'the facility', 'our facility', 'the courthouse', 'the jail', 'detention centre', 'youth centre',
  'the warehouse', 'the lab', 'our lab', 'the centre', 'our centre', 'queen\'s park', 'the tower', 'team', 'my team',
  'courthouse', 'jail', 'detention centre', 'youth centre', 'government building', 'ministry building', 'cells',
  'correctional', 'institution', 'serviceontario', 'service ontario',
];

/** Home and private places: a broken lock at home is the author's own business. */
export const HOME_CUES_EN = [
  'my house', 'our house', 'my apartment', 'our apartment', 'my condo', 'our condo', 'my car', 'the cottage', 'my garage',
  'our garage', 'at home', 'my place', 'landlord', 'my unit', 'our unit', 'the kids', 'my bike', 'the shed', 'my locker',
];

/** A window of exposure or a nudge to use it: "after 10 pm", "all weekend", "handy if you forget your badge". */
export const EXPOSURE_CUES_EN = [
  'after', 'tonight', 'overnight', 'at night', 'all weekend', 'this weekend', 'between', 'until monday', 'until',
  'during the upgrade', 'during the update', 'during maintenance', 'for weeks', 'for days', 'since', 'handy if',
  // How long it has been open, in any count ("for two weeks", "for a couple of days").
  ...COUNTS_EN.flatMap((n) => ['day', 'days', 'week', 'weeks', 'month', 'months'].map((u) => `for ${n} ${u}`)),
  'convenient if', 'in case you forget', 'if you forget', 'lol', 'anyone can', 'nobody checks', 'no one checks',
];
