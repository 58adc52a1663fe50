// Endorsing a company or product: recommending a vendor while known as a public servant can look
// like preferential treatment (O. Reg. 381/07 s. 6) or use of one's position (s. 3).

/** Verbs of recommendation that take the thing recommended right after them. */
export const RECOMMEND_VERBS_EN = [
  'i recommend', 'i highly recommend', 'i strongly recommend', "i'd recommend", 'i would recommend', 'i can recommend',
  "i'd highly recommend", 'i would highly recommend', 'highly recommend', 'strongly recommend', 'we recommend',
  'we highly recommend', 'i endorse', 'we endorse', 'i vouch for', 'i can vouch for', 'can vouch for',
  "can't recommend", 'cannot recommend', 'look no further than', 'nobody beats', 'no one beats', 'i swear by', 'we swear by', 'swear by',
  "you can't go wrong with", "can't go wrong with", 'my go-to is', 'my top pick is', 'nothing beats', 'eat at',
  'shop at', 'buy from', 'get yours at', 'get yours from', 'do yourself a favour and call', 'do yourself a favor and call',
];

/** Verbs that send the reader to a supplier ("hire Acme", "go with Acme"). */
export const HIRE_VERBS_EN = [
  'you should hire', 'you should use', 'you should go with', 'hire', 'go with', 'i would go with', "i'd go with", 'use',
  'switch to', 'choose', 'i always use', 'we always use', 'i only use', 'i only trust', 'we use', 'i use', 'call',
  'give a call to', 'go see', 'go to', 'try', 'check out', 'contact', 'reach out to', 'talk to', 'book with', 'trust',
  'buy', 'get your', 'pick', 'go for', 'stick with', 'steer', "i'd steer", 'i would steer', 'point you to', "i'd point you to",
  'send you to', "i'd send you to", 'refer you to', 'direct you to', 'stop by', 'head to', 'visit', 'swing by', 'pop into',
];

/**
 * Praise that follows the name it is about ("EnviroTech is the only installer I'd trust", "Greenfield
 * Seeds are worth every penny"): an endorsement when the post also ties it to the job or to suppliers.
 */
export const PRAISE_AFTER_NAME_EN = [
  "is the only one i'd trust", "are the only ones i'd trust", "is the only * i'd trust", "are the only * i'd trust",
  'is the only * i would trust', 'is worth every penny', 'are worth every penny', 'is worth every cent',
  'are worth every cent', 'is the best in', 'are the best in', 'is the best around', 'are the best around',
  'does the best work', 'do the best work', 'nobody else comes close', 'no one else comes close', "can't be beat",
  'cannot be beat', 'is top-notch', 'are top-notch', 'is top notch', 'are top notch', 'has the cleanest',
  'has the best', 'have the best', 'is the real deal', 'are the real deal', 'is my go-to', 'are my go-to',
  'is head and shoulders above', 'are head and shoulders above', 'blows the competition away', 'beats the competition',
  'knows their stuff', 'know their stuff', 'is a cut above', 'are a cut above', 'never disappoints', 'never disappoint',
  "you won't regret it", 'is second to none', 'are second to none', 'is hands down the best', 'are hands down the best',
];

/** Praise that only fits a business or a product (no person "has the cleanest kitchen"): no name check needed. */
export const PRAISE_OF_THINGS_EN = [
  'is worth every penny', 'are worth every penny', 'is worth every cent', 'are worth every cent', 'has the cleanest',
  'has the best', 'have the best', 'does the best work', 'do the best work', 'blows the competition away',
  'beats the competition', 'is top-notch', 'are top-notch', 'is top notch', 'are top notch',
];

/** Words after "best vendor" that make it a noun phrase about practice ("best vendor management practices"). */
export const NOT_ENDORSEMENT_AFTER_EN = [
  'management', 'practices', 'practice', 'relations', 'relationship', 'engagement', 'selection', 'evaluation',
  'guidance', 'guide', 'guidelines', 'policy', 'policies', 'process', 'processes', 'performance', 'onboarding',
];

/** "Best vendor": a ranking of suppliers is an endorsement by itself. */
export const BEST_SUPPLIER_EN = [
  'best vendor', 'best vendors', 'best supplier', 'best suppliers', 'best consultant', 'best consultants',
  'best consulting firm', 'best consultancy', 'best firm', 'best provider',
  'best service provider', 'best agency', 'best company to work with', 'top vendor', 'top supplier',
  'top consultant', 'go-to vendor', 'go-to supplier', 'go-to consultant', 'go-to firm',
  'preferred vendor', 'favourite vendor', 'favorite vendor', 'only vendor', 'only consultant',
];

/** Words that make a recommendation a business one: the supplier side of government work. */
export const SUPPLIER_CONTEXT_EN = [
  'vendor', 'vendors', 'supplier', 'suppliers', 'consultant', 'consultants', 'consulting', 'consultancy', 'firm',
  'firms', 'contractor', 'contractors', 'provider', 'agency', 'audit', 'audits', 'compliance', 'permit', 'permits',
  'application', 'applications', 'grant', 'grants', 'funding', 'procurement', 'rfp', 'rfq', 'tender', 'bid', 'bids',
  'certification', 'inspection', 'inspections', 'licence', 'license', 'approval', 'assessment', 'environmental assessment',
  'site plan', 'submission', 'proposal', 'company', 'companies', 'inc', 'ltd', 'corp', 'llc', 'brand',
  'product', 'products', 'solutions', 'services', 'software',
];

/** Where posts, talks and recordings are put up: "our webinar is now on YouTube" names the venue, not a product vouched for. */
export const CONTENT_PLATFORMS = [
  'youtube', 'spotify', 'apple podcasts', 'google podcasts', 'soundcloud', 'vimeo', 'twitch', 'tiktok', 'linkedin',
  'instagram', 'facebook', 'threads', 'bluesky', 'mastodon', 'reddit', 'x', 'twitter', 'github', 'gitlab', 'slideshare',
  'eventbrite', 'zoom', 'teams', 'microsoft teams', 'webex', 'substack', 'medium', 'flickr',
];

/** Things a public servant may freely point to: public services and free public resources. */
export const PUBLIC_RESOURCES_EN = [
  'ontario', 'ontarians', 'ontario.ca', 'canada.ca', 'gov', 'government', 'ministry', 'province', 'provincial',
  'federal', 'public', 'library', 'libraries', 'city of', 'town of', 'municipality', 'region of', 'county',
  'serviceontario', 'service ontario', 'health811', 'telehealth', '211', '811', '911', 'statistics canada', 'statcan',
  'public health', 'hospital', 'school board', 'university', 'college', 'free', 'open data', 'red cross',
  'united way', 'food bank', 'canada', 'crown', 'auditor general', 'ombudsman', 'commissioner', 'report', 'guide',
  'act', 'regulation', 'strategy', 'legislature', 'parliament', 'science north', 'metrolinx', 'go transit', 'lcbo', 'tvo',
  'tfo', 'ontario northland', 'hydro one', 'ieso', 'opg', 'niagara parks', 'conservation authority', 'conservation',
  'museum', 'art gallery', 'zoo', 'school', 'cbc', 'park', 'parks', 'trail', 'arena', 'community centre',
  // Public phone lines: "call the INFOline", "the crisis line" point to a service, not a vendor.
  'infoline', 'info line', 'helpline', 'help line', 'hotline', 'crisis line', 'tip line', 'contact centre', 'call centre',
  // Public bodies whose names read like a business's: "the Children's Aid Society", "the Human Rights Tribunal".
  "children's aid", 'tribunal', 'secretariat',
  // Heritage and visitor places: "Uncle Tom's Cabin Historic Site", "the Sainte-Marie among the Hurons interpretive centre".
  'historic site', 'historical site', 'heritage site', 'national historic site', 'interpretive centre', 'visitor centre',
];

/** Capitalised words that are not company names. */
export const NOT_BRANDS_EN = [
  // Bodies of government a file "goes to": "the rates go to Cabinet next week".
  'cabinet', 'council', 'committee', 'caucus', 'treasury', 'legislature', 'parliament',
  'i', 'i\'m', 'i\'d', 'i\'ll', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november',
  'december', 'english', 'french', 'indigenous', 'first', 'everyone', 'anyone', 'you', 'we', 'they', 'it', 'this',
  'that', 'these', 'those', 'the', 'a', 'an', 'my', 'our', 'your', 'his', 'her', 'their', 'dr', 'mr', 'mrs', 'ms',
  'christmas', 'easter', 'thanksgiving', 'canadian', 'canadians', 'to', 'for', 'and', 'if', 'when', 'all',
];

/** "Best contractor in town": a consumer recommendation, an endorsement only with a work link or on an official account. */
export const BEST_TRADE_EN = [
  'best contractor', 'best contractors', 'best builder', 'best plumber', 'best electrician', 'best roofer', 'best lawyer',
  'best accountant', 'best realtor', 'best mortgage broker', 'best company', 'best agency', 'best installer',
  'go-to contractor', 'best in the business', 'best in the industry', 'best on the market',
];

/** Trade words that make a capitalised name a business ("Northern Drone Mapping", "Dan's Septic", "Acme Paving"). */
export const TRADE_WORDS_EN = [
  'solutions', 'services', 'consulting', 'consultants', 'construction', 'contracting', 'contractors', 'roofing', 'plumbing',
  'heating', 'electric', 'electrical', 'septic', 'drilling', 'paving', 'landscaping', 'mapping', 'surveying', 'engineering',
  'engineers', 'labs', 'laboratories', 'seeds', 'feeds', 'farms', 'farm', 'foods', 'fertilizer', 'fertilizers', 'equipment',
  'supply', 'supplies', 'tech', 'technologies', 'systems', 'software', 'group', 'inc', 'ltd', 'corp', 'co', 'company',
  'associates', 'partners', 'agency', 'media', 'marketing', 'design', 'designs', 'builders', 'homes', 'realty', 'motors',
  'auto', 'garage', 'repair', 'repairs', 'cleaning', 'catering', 'cafe', 'coffee', 'roasters', 'bakery', 'restaurant',
  'bistro', 'grill', 'pub', 'brewery', 'brewing', 'winery', 'market', 'store', 'shop', 'boutique', 'studio', 'clinic',
  'pharmacy', 'insurance', 'financial', 'advisors', 'accounting', 'law', 'drones', 'drone', 'aerial', 'analytics',
  'environmental', 'geotechnical', 'inspections', 'testing', 'maintenance', 'trucking', 'logistics', 'excavation',
  'concrete', 'masonry', 'windows', 'flooring', 'kitchens', 'renovations', 'reno', 'hvac', 'pools', 'tires', 'lumber',
  'hardware', 'nursery', 'greenhouses', 'orchards', 'orchard', 'dairy', 'meats', 'butcher', 'deli', 'pizza', 'diner',
  'eatery', 'distillery', 'spa', 'salon', 'fitness', 'gym', 'pest control', 'security', 'printing', 'signs', 'rentals',
  'ag', 'agri', 'agro', 'outfitters', 'sports', 'tours', 'cabins', 'lodge', 'resort', 'inn', 'motel',
  // The rural trades ministry specialists advise on.
  'drainage', 'tiling', 'towing', 'welding', 'fencing', 'insulation', 'irrigation', 'maple', 'sugarbush', 'forestry',
  'logging', 'sawmill', 'hatchery', 'abattoir', 'vet', 'veterinary', 'livestock', 'grain', 'elevators', 'custom',
];

/** Praise that turns naming a business into vouching for it ("the cleanest", "the ones to call", "worth hiring"). */
export const VOUCHING_EN = [
  'best', 'the best', 'cleanest', 'finest', 'most reliable', 'most honest', 'recommend', 'recommended', 'highly recommended',
  'worth every penny', 'worth hiring', 'worth a visit', 'worth the drive', 'worth the trip', 'worth it', 'trust', 'trusted',
  'trustworthy', 'reliable', 'the ones to call', 'the one to call', 'the people to call', 'go-to', 'second to none',
  "can't beat", 'cannot beat', 'unbeatable', 'top-notch', 'top notch', 'hands down', 'no one else', 'nobody else',
  'the real deal', 'know their stuff', 'knows their stuff', 'must-try', 'must try', 'must-visit', 'speak for themselves',
  'speaks for itself', 'never disappoint', 'never disappoints', 'stand behind', 'vouch for', 'first choice', 'number one',
  'gold standard', 'the only ones', 'the only one',
  // Competence vouched for in plain words: "she knows what she's doing", "he knows tax better than anyone".
  "knows what she's doing", "knows what he's doing", "know what they're doing", 'knows what she is doing',
  'knows what he is doing', 'know what they are doing', 'knows her stuff', 'knows his stuff', 'knows * better than',
  'nobody beats', 'no one beats',
];

/** Sentences that thank, welcome or congratulate a business speak of an event, not of its services. */
export const NOT_VOUCHING_EN = [
  'congratulations', 'congrats', 'welcome', 'thank', 'thanks', 'proud to partner', 'announce', 'announced', 'investing',
  'investment', 'best wishes', 'all the best', 'best of luck', 'kudos', 'bravo', 'award', 'awards', 'winner', 'winners',
  'anniversary', 'years in business',
];

/** A verdict backed by the team's own testing ("nothing else we tested came close", "our pilot proved…"):
 * the author's work vouches for a product, whatever the verb. */
export const WORK_TESTED_EN = [
  ...['nothing else', 'nothing', 'none of the others', 'no other tool', 'no other product', 'no other vendor', 'no other system', 'no other platform']
    .flatMap((a) => ['we tested', 'we tried', 'we piloted', 'we evaluated', "we've tested", "we've tried", "we've piloted", 'we looked at', 'we trialled', 'we trialed'].map((b) => `${a} ${b}`)),
  ...['our pilot', 'the pilot', 'our trial', 'our testing', 'our evaluation', 'our assessment', 'our review', 'our benchmarks']
    .flatMap((a) => ['proved', 'showed', 'found', 'confirmed', 'made it clear'].map((b) => `${a} ${b}`)),
  'best of everything we tested', 'best of all the ones we tested', 'best of the ones we piloted', 'after piloting them all',
  'after testing them all', 'we tested them all',
];
