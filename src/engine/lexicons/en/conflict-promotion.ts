// Signals that a post sells or advertises: the author's own or a third party's commercial interest
// (O. Reg. 381/07 ss. 3 and 8; OPS guiding principle against promoting one's own or a third
// party's interests).

/** Promotional and affiliate codes and links; each one is commercial on its own. */
export const PROMO_CODES_EN = [
  'promo code', 'promotional code', 'discount code', 'coupon code', 'referral code', 'referral link', 'affiliate link',
  'affiliate code', 'my affiliate link', 'my affiliate code', 'my discount code', 'my promo code', 'my referral code',
  'my referral link',
];

/** Disclosure hashtags of paid or sponsored content. */
export const SPONSOR_TAGS_EN = [
  '#ad', '#ads', '#advert', '#sponsored', '#spon', '#partner', '#paidpartner', '#paidpartnership',
  '#brandpartner', '#brandambassador', '#ambassador', '#affiliate', '#affiliatelink', 'paid partnership',
];

/** The author's own business; "none of my business" and "business trip" are not. */
export const OWN_BUSINESS_EN = [
  'my business', 'my small business', 'my own business', 'my online business', 'my home business', 'my company',
  'my shop', 'my online shop', 'my little shop', 'my store', 'my online store', 'my boutique', 'my bakery',
  'my studio', 'my brand', 'my practice', 'my consulting business', 'my consulting firm', 'my startup',
  'my family business', 'our family business', 'my side business', 'my side hustle', 'my side gig',
  'my etsy', 'my etsy shop', 'my etsy store', 'my shopify', 'my shopify store', 'my online boutique', 'her etsy', 'his etsy',
  'their etsy', 'her shop', 'his shop', 'her store', 'his store', 'her online store', 'his online store', 'her business',
  'his business', 'her company', 'his company', 'her bakery', 'his bakery', 'her shopify', 'his shopify',
];

/** Own-business phrases that are commercial by themselves. */
export const OWN_BUSINESS_STRONG_EN = [
  'my side business', 'my side hustle', 'my etsy', 'my etsy shop', 'my etsy store', 'my shopify', 'my shopify store',
  'my online store', 'my online shop', 'my online boutique',
];

/** Words after "my business" that make it something else ("my business card", "my business trip"). */
export const NOT_OWN_BUSINESS_AFTER_EN = [
  'trip', 'trips', 'card', 'cards', 'casual', 'class', 'attire', 'analyst', 'unit', 'area', 'line', 'email', 'phone',
  'travel', 'meeting', 'meetings', 'day', 'hours', 'plan', 'suit', 'case', 'cases', 'requirements', 'partner', 'order',
  'run', 'pickup', 'haul', 'receipt', 'loyalty',
];

/** Selling words that make an own-business mention a promotion. */
export const SELLING_CUES_EN = [
  'order', 'orders', 'ordering', 'pre-order', 'preorder', 'buy', 'purchase', 'shop now', 'for sale', 'on sale', 'sale',
  'sales', 'prices', 'pricing', 'discount', '% off', 'book now', 'booking', 'bookings', 'book a', 'appointments',
  'dm me', 'message me', 'pm me', 'text me', 'link in bio', 'link in my bio', 'check out', 'visit', 'website',
  'now open', 'grand opening', 'launch', 'launched', 'launching', 'available', 'products', 'services', 'clients',
  'customers', 'support', 'commissions', 'custom orders', 'handmade', 'shipping', 'delivery', 'free shipping', 'quote',
  'quotes', 'rates', 'hire me', 'new collection', 'in stock', 'restocked', 'giveaway', 'promo', 'deal', 'deals',
  'coupon', 'code', 'follow', 'accepting new clients', 'taking new clients', 'new clients', 'dates left', 'spots left',
  'openings', 'availability', 'for a quote', 'free quote', 'hit me up', 'reach out', 'get in touch', 'contact me',
  'booking now', 'now booking', 'per session', 'a session', 'per hour', 'an hour', 'rate', 'fees', 'affordable',
  'special price', 'friends and family discount', 'sign up', 'enrol', 'enroll', 'private', 'paid', 'special rate',
  'special rates', 'rate for', 'early bird', 'tickets', 'register', 'catalogue', 'catalog', 'party', 'order through',
  'for details', 'selling', 'trust him', 'trust her', 'trust them', 'give him a call', 'give her a call', 'go see her',
  'go see him', 'check her out', 'check him out', 'support her', 'support him', 'support them',
];

/** Nouns of a business the author runs ("my bookkeeping service", "my photography business"). */
export const BUSINESS_NOUNS_EN = [
  'business', 'company', 'shop', 'store', 'service', 'services', 'practice', 'consultancy', 'studio', 'firm', 'agency',
  'clinic', 'brand', 'startup', 'start-up', 'venture', 'bakery', 'cafe', 'salon', 'catering', 'boutique', 'side hustle',
  'side gig', 'side business', 'consulting', 'coaching', 'tutoring', 'photography', 'bookkeeping',
];

/** Family and friends whose business the author may push ("my husband's landscaping company"). */
export const RELATIVES_EN = [
  'husband', 'wife', 'partner', 'spouse', 'sister', 'brother', 'friend', 'best friend', 'buddy', 'bff', 'cousin', 'son',
  'daughter', 'neighbour', 'neighbor', 'mom', 'mum', 'mother', 'dad', 'father', 'uncle', 'aunt', 'brother-in-law',
  'sister-in-law', 'boyfriend', 'girlfriend', 'fiance', 'fiancee', 'nephew', 'niece', 'in-laws', 'kid', 'roommate',
];

/** Offering a paid service ("I'm now offering résumé reviews"). */
export const OFFER_VERBS_EN = [
  "i'm now offering", "i'm offering", 'i am offering', 'i am now offering', 'now offering', 'i offer', 'i now offer', 'i now do',
  'i do', "i'm doing", 'i provide', 'i now provide', "i'm available for", 'available for', 'i take on', "i'm taking on",
  "i'm launching", "i've launched", 'i launched', "i'm starting", "i've started", 'i started', "i'm hosting a paid",
  'hosting a paid', "i'm running a paid", 'i run a paid',
];
export const OFFERED_SERVICES_EN = [
  'service', 'services', 'consultation', 'consultations', 'session', 'sessions', 'review', 'reviews', 'coaching',
  'tutoring', 'lesson', 'lessons', 'class', 'classes', 'workshop', 'workshops', 'help', 'support', 'advice',
  'edits', 'editing', 'prep', 'preparation', 'tax preparation', 'tax prep', 'tax returns', 'bookkeeping', 'accounting',
  'translation', 'translations', 'proofreading', 'photography', 'renovations', 'landscaping', 'snow removal', 'cleaning',
  'catering', 'webinar', 'webinars', 'series', 'webinar series', 'training', 'course', 'courses', 'masterclass', 'bootcamp',
  'consulting', 'writing', 'design', 'repairs', 'installations',
];

/** A business the author has just set up ("I've started a small consulting business"). */
export const STARTED_VERBS_EN = [
  "i've started", 'i have started', 'i started', 'i just started', "i've launched", 'i have launched', 'i launched',
  'i just launched', "i've opened", 'i have opened', 'i opened', 'i just opened', "i've founded", 'i founded',
  "i've set up", 'i set up', 'i run', 'i own', 'i operate', "i'm starting", "i'm launching", "i'm opening",
];

/** Government time and equipment put to a private business ("printed the flyers on the office printer"). */
export const WORK_RESOURCES_EN = [
  'office printer', 'work printer', 'work computer', 'work laptop', 'work email', 'work phone', 'work cell', 'on work time',
  'during work hours', 'on the clock', 'at the office', 'from my desk', 'at my desk', 'in the break room', 'in the lunchroom',
  'on my lunch break at work', 'to the office', 'government email', 'ministry email', 'ministry printer',
];

/** Direct selling of a brand ("selling Tupperware again"): commercial with a call to order. */
export const SELL_VERBS_EN = ["i'm selling", 'i am selling', 'selling', 'now selling', 'i sell', "i'll be selling"];

/** Sending the reader to someone's business in one's own name: a friendly word, private unless the job is named. */
export const NAME_DROPS_EN = [
  'tell him you know me', 'tell her you know me', 'tell them you know me', 'tell him i sent you', 'tell her i sent you',
  'tell them i sent you', 'say i sent you', 'mention my name', 'drop my name', 'tell them we sent you',
];

/** What ties a good word for someone's shop to the author's job: colleagues addressed, a public service it trades on. */
export const JOB_TIES_EN = ['fellow', 'colleagues', 'coworkers', 'co-workers', 'drivetest', 'drive test', 'road test', 'road tests', 'inspectors', 'our clients', 'my clients'];

/** A referral (commercial by itself). */
export const REFERRALS_EN = [...NAME_DROPS_EN, 'shameless plug', 'quick plug', 'shameless self-promotion', 'plug for my'];

/** A call to order from the author. */
export const ORDER_CALLS_EN = [
  'dm me to book', 'dm to book', 'message me to book', 'side hustle alert', 'tell them we sent you', 'mention this post for',
  'dm me to order', 'dm to order', 'dm for orders', 'dm me for orders', 'dm me for prices', 'dm me for pricing',
  'dm for prices', 'dm for pricing', 'dm me for a quote', 'message me to order', 'message me for orders',
  'message me for prices', 'message me for pricing', 'message me for a quote', 'pm me to order', 'pm me for prices',
  'pm me for pricing', 'text me to order', 'email me to order', 'contact me to order', 'now taking orders',
  "i'm taking orders", 'i am taking orders', 'taking custom orders', 'place your order with me', 'order from me',
  'buy from me', 'dm me for rates', 'dm for rates', 'message me for rates', 'pm me for rates', 'email me for rates',
  'text me for rates', 'contact me for rates', 'dm me for a price', 'message me for a price', 'dm me for bookings',
  'message me for bookings', 'dm for bookings', 'dm me to order', 'order through her', 'order through his',
  'order through my', 'bring orders to the office', 'orders at the office', 'hosting a party', 'catalogue party',
  'hire me to', 'hire me for', 'book me for', 'flat fee', 'brand ambassador for', 'ambassador for', 'proud ambassador',
  'proud partner of', 'paid partnership with',
];

/** Generic ordering words an official account also uses for government products ("order your free kit"). */
export const GENERIC_ORDER_CALLS_EN = ['order now', 'order yours today', 'shop now', 'buy now', 'get yours now'];

/** Government context: a generic call to order that points at a public program is not a promotion. */
export const GOVERNMENT_CONTEXT_EN = [
  'ontario.ca', 'canada.ca', 'gov', 'serviceontario', 'service ontario', 'ontario parks', 'ministry', 'government',
  'province', 'public health', 'free',
];
