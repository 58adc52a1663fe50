// Government measures named by what they do, in English: "cutting OSAP grants", "the freeze on
// tuition", "scrapping the sticker fee", "the decision to close the lab". An action on a public good
// is a policy even when no minister or ministry is named. A private owner nearby ("my gym's decision
// to close") or a first-person subject ("I'm cutting sugar") makes it something else.
import { verbForms } from '../../text/verb-forms.js';

/** Actions of government on something public, as nouns or gerunds; the public good follows within a few words. */
export const POLICY_ACTIONS_EN = verbForms([
  'cut to', 'cuts to', 'cuts in', 'cut in', 'cutting', 'slashing', 'slashed', 'gutting', 'freeze on', 'freeze of', 'freezing',
  'hike in', 'hikes in', 'hike to', 'increase in', 'increases to', 'increasing', 'raising', 'doubling', 'elimination of',
  'eliminating', 'removal of', 'removing', 'scrapping', 'scrapped', 'axing', 'ditching', 'cancellation of', 'cancelling',
  'canceling', 'closure of', 'closures of', 'closing', 'shutting down', 'privatization of', 'privatisation of',
  'privatizing', 'privatising', 'selling off', 'sell off of', 'merger of', 'merging', 'amalgamation of', 'downloading',
  'clawback of', 'clawing back', 'defunding', 'underfunding', 'overhaul of', 'overhauling', 'abolition of', 'abolishing',
  'expansion of', 'expanding', 'decision to', 'plan to', 'move to', 'push to', 'choice to', 'rollback of',
  'rolling back', 'changes to', 'new rules for', 'new rules on', 'restructuring of', 'reduction in', 'reductions in',
  'reducing', 'capping', 'cap on', 'ending', 'killing', 'pausing', 'suspending', 'suspension of', 'delaying',
  'centralizing', 'centralising', 'outsourcing', 'contracting out',
  'winding down', 'wind down of', 'phasing out', 'phase out of', 'sunsetting',
  // Conjugated: the subject is whoever acts ("the province cuts funding to libraries").
  'cuts', 'cut', 'closes', 'closed', 'scraps', 'slashes', 'freezes', 'froze', 'hikes', 'hiked', 'raises', 'raised',
  'eliminates', 'eliminated', 'axes', 'axed', 'privatizes', 'privatized', 'ends', 'ended', 'kills', 'killed', 'cancels',
  'cancelled', 'canceled', 'merges', 'merged', 'defunds', 'defunded', 'downloads', 'downloaded', 'underfunds',
  'underfunded', 'claws back', 'clawed back',
]);

/** Services that are public by nature: a sentence about them is about government. */
export const PUBLIC_SERVICES_EN = [
  'hospital', 'hospitals', 'ER', 'ERs', 'emergency room', 'emergency rooms', 'public school', 'public schools',
  'school board', 'school boards', 'classroom', 'classrooms', 'class sizes', 'public health', 'long term care',
  'home care', 'child care', 'childcare', 'daycare', 'daycares', 'legal aid', 'OSAP', 'ODSP', 'Ontario Works', 'OHIP',
  'social assistance', 'welfare', 'child protection', "children's aid", 'corrections', 'provincial parks', 'transit',
  'health care', 'healthcare', 'tuition', 'public service', 'public services', 'ServiceOntario', 'the courts',
];

/** Public goods a government funds, charges, runs or regulates. */
export const PUBLIC_GOODS_EN = [
  ...PUBLIC_SERVICES_EN,
  'fee', 'fees', 'tuition', 'toll', 'tolls', 'tax', 'taxes', 'gas tax', 'rebate', 'rebates', 'grant', 'grants',
  'funding', 'fund', 'subsidy', 'subsidies', 'benefit', 'benefits', 'program', 'programs', 'programme', 'service',
  'services', 'public service', 'public services', 'office', 'offices', 'clinic', 'clinics', 'hospital', 'hospitals',
  'ER', 'ERs', 'emergency room', 'emergency rooms', 'school', 'schools', 'school board', 'school boards', 'classroom',
  'class sizes', 'teachers', 'nurses', 'inspectors', 'inspections', 'lab', 'labs', 'library', 'libraries', 'transit',
  'health care', 'healthcare', 'public health', 'long term care', 'home care', 'child care', 'childcare', 'daycare',
  'legal aid', 'OSAP', 'ODSP', 'Ontario Works', 'OHIP', 'sticker', 'stickers', 'licence plate sticker',
  'licence plate stickers', 'minimum wage', 'sick days', 'rent control', 'the Greenbelt', 'Greenbelt', 'ServiceOntario',
  'French language services', 'forecasting', 'flood forecasting', 'conservation authorities', 'environmental assessment',
  'environmental assessments', 'budget', 'budgets',
  'highway', 'highways', 'the LCBO', 'beer store', 'corner stores', 'autism program', 'the curriculum', 'curriculum',
  'the fund', 'safety fund', 'ministry', 'ministries', 'agency', 'agencies', 'tribunal', 'tribunals',
  'courthouse', 'courthouses', 'Ontario Place', 'science centre', 'parks', 'provincial parks', 'ambulance',
  'paramedics', 'supportive housing', 'affordable housing', 'shelter', 'shelters', 'welfare', 'social assistance',
  'disability support', 'pharmacare', 'dental care', 'testing', 'EQAO', 'streaming', 'bike lanes',
  'cost share', 'cost sharing', 'cost share agreement',
];

/** Government programs and services named as such: opinions of them are opinions of policy. */
export const PROGRAMS_EN = [
  'ODSP', 'Ontario Disability Support Program', 'Ontario Works', 'OSAP', 'OHIP', 'OHIP+', 'ServiceOntario',
  'Service Ontario', 'Ontario Child Benefit', 'Ontario Autism Program', 'autism program', 'Greenbelt', 'the Greenbelt',
  'Highway 413', 'the 413', 'Bradford Bypass', 'Ontario Place', 'Ring of Fire', 'Ontario Line', 'Metrolinx',
  'Ontario Health atHome', 'Home and Community Care', 'Legal Aid Ontario', 'LCBO', 'WSIB', 'EQAO', 'de-streaming',
  'destreaming', 'sex ed curriculum', 'health curriculum', 'math curriculum', 'new curriculum', 'basic income pilot',
  'strong mayor powers', 'housing accelerator', 'carbon tax', 'carbon rebate', 'gas tax cut', 'Ontario Line',
  'Tenant Board', 'Landlord and Tenant Board', 'LTB', 'Ontario Land Tribunal', 'conservation authorities',
  'long term care', 'long-term care system', 'health care system', 'healthcare system',
];
