// What a policy opinion is about, in English: the government and its people (strong targets), and
// policy objects that are governmental only with a qualifier ("the new policy", "the province's plan").

/** The government itself and its political heads: any evaluation of them is an opinion. */
export const GOVERNMENT_TARGETS_EN = [
  'government', 'governments', 'provincial government', 'federal government', 'Ontario government',
  'Government of Ontario', 'Government of Canada', 'the feds', "Queen's Park", 'the legislature', 'the province',
  'prime minister', 'minister', 'ministers', 'deputy premier', 'the cabinet', 'Ford government', "Ford's government",
  'Carney government', "Carney's government", 'Trudeau government', 'Ford cabinet', 'this administration',
];

/** "Premier" is checked apart: it is also an adjective ("a premier destination") and a league. */
export const PREMIER_EN = ['premier', "premier's"];
export const PREMIER_TRAPS_EN = ['league', 'inn', 'event', 'events', 'destination', 'partner', 'quality', 'member', 'members', 'seating', 'brand', 'service', 'club', 'suite', 'seats', 'access', 'provider', 'choice', 'venue', 'resort', 'lounge'];

/** Ministries are targets of criticism (not of praise: "kudos to the ministry team" thanks colleagues). */
export const MINISTRY_TARGETS_EN = ['ministry', 'this ministry', 'the ministry'];

/** Policy objects that stand alone ("Bill 23", "the RTO mandate"). */
export const STRONG_POLICY_OBJECTS_EN = [
  'RTO', 'RTO mandate', 'health transfer', 'health transfers', 'federal transfer', 'federal transfers', 'equalization', 'return to office', 'return to the office', 'return to work mandate', 'back to office',
  'back to the office', 'office mandate', 'in office mandate', 'five days in the office', '5 days in the office',
  'five days a week in the office', 'days a week in the office', 'days a week in office', 'days a week at the office',
  'days in the office', 'days in office', 'full time in the office', 'full time return', 'greenbelt deal', 'greenbelt removal', 'greenbelt scandal', 'greenbelt land swap',
  'carbon tax', 'strong mayor powers', 'budget bill', 'provincial budget', 'federal budget', 'Ontario budget',
  'fall economic statement', 'funding cuts', 'budget cuts', 'service cuts', 'cuts to',
  // The employer's workforce measures: for a public servant, "the hiring freeze" is the government's
  // (unless a company is named with it: see WORKFORCE_MEASURE in policy-commentary/signals.ts).
  'hiring freeze', 'hiring freezes', 'wage freeze', 'salary freeze', 'pay freeze', 'wage cap', 'wage restraint',
  'RTO order', 'RTO policy', 'RTO directive',
];

/** Policy objects that count with a determiner ("the new policy", "these cuts") or a government word nearby. */
export const POLICY_OBJECTS_EN = [
  'policy', 'policies', 'mandate', 'regulation', 'regulations', 'legislation', 'law', 'reform', 'reforms', 'budget',
  'cuts', 'directive', 'directives',
];

/** Determiners that make a bare policy object point at the one everybody is talking about. */
export const POLICY_DETERMINERS_EN = ['the new', 'this new', 'this', 'these', 'the proposed', 'the latest', 'the', 'that'];

/** Objects that need a government word nearby ("the province's plan", "the minister's decision"). */
export const QUALIFIED_OBJECTS_EN = [
  'plan', 'plans', 'program', 'programs', 'decision', 'decisions', 'announcement', 'strategy', 'changes', 'directive',
  'rollout', 'tax', 'taxes', 'investment', 'deal', 'approach', 'response', 'handling', 'priorities', 'agenda', 'move',
  'rules', 'spending', 'cut', 'scheme', 'contract', 'policy', 'policies', 'budget', 'mandate', 'reform', 'legislation',
  'regulation', 'regulations', 'bill', 'offer', 'transfer', 'transfers', 'health transfer', 'funding', 'proposal',
  'claim', 'claims', 'numbers', 'promise', 'promises', 'record', 'track record', 'staffing plan',
  // "the new provincial forest management direction": a policy direction set by government (not the French
  // « direction », a party's leadership).
  'management direction', 'policy direction', 'planning direction',
];

export const GOVERNMENT_QUALIFIERS_EN = [
  'government', "government's", 'provincial', 'federal', "Ontario's", 'province', "province's", 'ministry', "ministry's",
  'minister', "minister's", 'premier', "premier's", "Queen's Park", 'OPS', 'cabinet', "Ford's", 'Treasury Board',
  'legislative', 'public sector', 'federal government', "the feds'",
];

/** Owners that make a policy or a budget someone else's ("the store's return policy", "my budget"). */
export const NON_GOVERNMENT_OWNERS_EN = [
  'return', 'refund', 'privacy', 'insurance', 'cancellation', 'pet', 'store', "store's", 'restaurant', "restaurant's",
  'airline', "airline's", 'company', "company's", 'bank', "bank's", 'gym', "gym's", 'landlord', "landlord's", 'hotel',
  'school', "school's", 'league', "league's", 'team', "team's", 'club', 'my', 'your', 'our', 'household', 'personal',
  'wedding', 'vacation', 'grocery', 'family', 'monthly', 'travel', 'project', 'marketing', 'Netflix', 'Amazon', 'Costco',
  'Uber', 'NHL', 'NFL', 'NBA', 'FIFA', 'Twitter', 'Meta', 'Facebook', 'Instagram', 'TikTok', 'Apple', 'Google',
  'Microsoft', 'Airbnb', 'hockey', 'parking', 'condo', 'daycare', 'phone', 'hydro bill', 'cable', 'movie', 'film',
  'city', "city's", 'municipal', 'council', "council's", 'union', "union's", 'board', "board's", 'hospital',
  "hospital's", 'university', "university's", 'church', 'HOA', 'strata',
];

/** Places and bodies that make "government", "minister" or "premier" foreign or not Ontario's employer. */
export const FOREIGN_EN = [
  'US', 'U.S', 'American', 'America', "America's", 'United States', 'Trump', 'British', 'UK', 'U.K', 'French', 'Chinese',
  'China', "China's", 'Russian', 'Russia', "Russia's", 'Indian', 'India', "India's", 'Mexican', 'Mexico', 'Japanese',
  'Japan', 'German', 'Germany', 'Italian', 'Italy', 'Israeli', 'Israel', "Israel's", 'Iranian', 'Iran', 'Ukrainian',
  'Ukraine', 'Australian', 'Australia', 'Quebec', 'Alberta', "Alberta's", 'BC', 'B.C', 'British Columbia', 'Saskatchewan',
  'Manitoba', 'Nova Scotia', 'New Brunswick', 'Newfoundland', 'PEI', 'foreign', 'student', 'city', 'municipal', 'local',
  'European', 'Europe', 'Dutch', 'Spanish', 'Brazilian', 'Korean', 'Taiwanese', 'Venezuelan', 'Cuban', 'Chinese',
];

/** Words after "government", "minister" and so on that make them people, places or things, not a stance target. */
export const TARGET_FOLLOWER_TRAPS_EN = [
  'employees', 'employee', 'workers', 'worker', 'colleagues', 'staff', 'team', 'teams', 'partners', 'relations',
  'affairs', 'building', 'buildings', 'cafeteria', 'parking', 'jobs', 'job', 'house', 'dock', 'street', 'agencies',
  'website', 'portal', 'app', 'forms', 'form', 'cheque', 'cheques', 'grant', 'grants',
  // "the Open Government Partnership": an international network's name.
  'partnership',
];

/** Church and ceremony words that make a "minister" clergy. */
export const CLERGY_CONTEXT_EN = [
  'church', 'sermon', 'pastor', 'parish', 'congregation', 'wedding', 'officiant', 'officiate*', 'ordained', 'reverend',
  'worship', 'youth minister', 'chapel', 'funeral', 'baptism', 'service on sunday', 'sunday service',
];

/** Prepositions that make Queen's Park or the legislature a place ("lunch at Queen's Park"). */
export const PLACE_PREPOSITIONS_EN = ['at', 'to', 'from', 'near', 'outside', 'around', 'by', 'in front of', 'visit', 'visiting', 'visited', 'tour', 'toured', 'lawn'];

/** The author's own work: an opinion on a file one works on weighs more (PSOA s. 72, duty-related comment). */
export const OWN_WORK_EN = [
  'in my ministry', 'my ministry', 'our ministry', 'in my branch', 'my branch', 'our branch', 'my team', 'our team',
  'my unit', 'my division', 'my file', 'my files', 'my program', 'our program', 'my work', 'my job', 'at work',
  'i work on', 'i work in', 'i work at', 'i work for', 'as someone who works', 'who works on', 'as a public servant',
  'as a civil servant', "i've worked on", 'i worked on', 'we were told', 'we got told', 'our director', 'our ADM',
  'our DM', 'my director', 'my manager', 'my ADM', 'my DM', 'from the inside', 'having worked on', 'i helped write',
  'i helped draft', 'i helped develop', 'i helped design', 'i helped implement', "we're implementing",
  'we have to implement', 'we had to implement', 'my colleagues', 'my coworkers', 'my co workers',
  'on my desk', 'my portfolio', 'my employer', 'this employer', "i've been here", 'i have been here', 'my years here',
];

/** Someone else's view being reported or shared ("critics say…", "according to…"). */
export const REPORTED_OPINION_EN = [
  'critics', 'opponents', 'advocates', 'experts', 'editorial', 'op ed', 'column', 'columnist',
  'according to', 'he says', 'she says', 'they say', 'people say', 'some say', 'experts say', 'critics say', 'he said',
  'she said', 'they said', 'has said', 'claims', 'argues', 'argue', 'study finds', 'report finds', 'poll finds',
  'survey finds', 'headline', 'called it', 'calls it', 'called', 'calls', 'described as', 'slammed', 'blasted', 'accused',
  'said minister', 'said premier', 'minister said', 'premier said',
];

/** Policy words that say nothing alone ("the rules of chess"): a policy only after a determiner that
 * points at something new ("these new rules") and in a sentence about government. */
export const SOFT_POLICY_OBJECTS_EN = [
  'rules', 'fees', 'fee', 'cuts', 'budget cuts', 'clawback', 'clawbacks', 'tolls', 'tax', 'taxes', 'tax hike', 'fee hike', 'changes', 'guidelines', 'framework', 'strategy', 'process', 'formula', 'funding formula', 'funding model',
  'requirements', 'target', 'targets', 'standards', 'regime', 'system', 'model', 'curriculum', 'plan', 'program',
  'approach', 'criteria', 'eligibility rules', 'eligibility criteria', 'intake process', 'staffing plan', 'rollout',
  'scheme', 'initiative', 'pilot', 'overhaul', 'restructuring', 'reorganization', 'reorg', 'transformation',
  'modernization', 'modernisation', 'centralization', 'consolidation', 'merger', 'tool', 'portal', 'dashboard',
  'wait-time dashboard', 'scorecard', 'metrics', 'performance measures',
  // Limits set by a rule and their loosening ("the new payment caps", "the latest rollback").
  'cap', 'caps', 'limits', 'thresholds', 'ceilings', 'rollback', 'loosening', 'tightening',
  // A measure named by what it is ("the 4-day return-to-office order", "the new 'digital first' intake rule").
  'order', 'rule', 'requirement', 'freeze', 'hiring freeze', 'funding freeze', 'wind down', 'cost share', 'decision',
  'funding decision', 'announcement', 'mandate', 'directive', 'policy', 'cut', 'cuts',
  // Amounts set by government: a rate, an allowance.
  'rate', 'rates', 'allowance', 'allowances',
];

/** Determiners of a soft policy word ("the new", "these"); "the" alone is not enough. */
export const SOFT_DETERMINERS_EN = [
  'the new', 'these new', 'this new', 'these', 'the proposed', 'the latest', 'their new', 'the updated', 'the revised',
  'the so called', 'this whole', 'the whole', 'our new', 'the upcoming',
  // "this system is broken", said where the sentence names the program or the author's work.
  'this', 'that', 'these proposed',
];

/** Deciders whose decisions are not policy: sport, business, school, family ("the referee's decision"). */
export const PRIVATE_DECIDERS_EN = [
  'referee', 'referees', 'ref', 'refs', 'umpire', 'coach', 'coaches', 'GM', 'manager of the team', 'Leafs', 'Raptors',
  'Jays', 'Senators', 'NHL', 'NFL', 'NBA', 'league', 'company', "company's", 'my boss', 'landlord', 'school', "school's",
  'principal', 'teacher', 'mom', 'dad', 'my mother', 'my father', 'sister', 'brother', 'wife', 'husband', 'partner', 'kids',
  'my son', 'my daughter', 'toddler', 'family', 'HOA', 'condo board', 'restaurant', 'store', 'airline', 'Netflix', 'Apple',
  // Private settings: the rules of a gym, a condo, a game, a show.
  'gym', 'condo', 'hockey', 'soccer', 'concert', 'gala', 'wedding', 'tournament', 'game', 'playoffs', 'recipe',
];

/**
 * Public domains that make a soft policy word the government's when they name it ("the permit
 * system", "the tuition freeze", "the benefits rules"): a compound noun, whatever its determiner.
 * Only criticism counts with them (praise of "the new permit portal" is often the author's own work).
 */
export const DOMAIN_MODIFIERS_EN = [
  'permit', 'permits', 'permitting', 'licence', 'licensing', 'license', 'tuition', 'benefit', 'benefits', 'welfare',
  'disability', 'ODSP', 'OSAP', 'OHIP', 'WSIB', 'EQAO', 'transit', 'housing', 'zoning', 'inspection', 'inspections',
  'school', 'schools', 'education', 'health', 'healthcare', 'health care', 'hospital', 'long term care', 'child care',
  'childcare', 'daycare', 'social assistance', 'grant', 'grants', 'subsidy', 'funding', 'procurement', 'hiring',
  'staffing', 'immigration', 'court', 'courts', 'property tax', 'tax', 'rent', 'tenant', 'eligibility', 'curriculum',
  'vaccine', 'vaccination', 'pension', 'pay equity', 'minimum wage', 'emissions', 'carbon', 'environmental',
  'conservation', 'highway', 'infrastructure', 'forestry', 'mining', 'farm', 'agricultural', 'licence plate',
  'health card', 'French language services', 'public service', 'public sector', 'OPS', 'provincial', 'ministry',
  'OW', 'Ontario Works',
];
