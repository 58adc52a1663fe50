// Security-sensitive operations (English): upcoming enforcement, credentials, open vulnerabilities.

/** Operations whose value depends on surprise. */
export const SURPRISE_OPERATIONS_EN = [
  'raid', 'raids', 'sting', 'sting operation', 'surprise inspection', 'surprise inspections', 'unannounced inspection',
  'unannounced inspections', 'surprise visit', 'surprise visits', 'surprise audit', 'unannounced visit', 'undercover',
  'search warrant', 'search warrants', 'takedown', 'execute the warrant', 'executing a warrant', 'surprise check',
  'surprise checks', 'spot check', 'spot checks', 'unannounced audit', 'covert operation',
];

/** Enforcement campaigns that ministries sometimes publicize on purpose. */
export const ENFORCEMENT_OPERATIONS_EN = [
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

/** A date or time still to come. */
export const FUTURE_TIMES_EN = [
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
