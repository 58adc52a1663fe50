// Context for contact details (phone, e-mail, street address, postal code): whose they are decides
// the risk. A private person's contact details are personal information (FIPPA s. 2(1)(d)); an
// office's or a business's are not (business-capacity exclusion, IPC fact sheet).

/** Words that say a number is a telephone number. */
export const PHONE_KEYWORDS_EN = [
  'phone', 'phone number', 'phone #', 'tel', 'tel.', 'telephone', 'cell', 'cellphone', 'cell phone', 'mobile', 'call', 'calling',
  'text', 'texting', 'reach', 'fax', 'dial', 'ring', 'whatsapp', 'voicemail',
];

/** A line that belongs to one private person, whoever they are. */
export const PRIVATE_LINE_EN = [
  'cell', 'cellphone', 'cell phone', 'cell number', 'mobile', 'mobile number', 'home phone', 'home number', 'personal number',
  'personal cell', 'personal phone', 'private number', 'landline', 'her number', 'his number', 'their number', 'her new number',
  'his new number', 'their new number', 'her phone number', 'his phone number', 'your number', 'your cell', 'your phone number',
  'her phone',
  'his phone', 'her cell', 'his cell', 'her mobile', 'his mobile', 'whatsapp',
  // Reaching a named or pronoun person at a number makes it theirs.
  'reach her at', 'reach him at', 'reach them at', 'call her at', 'call him at', 'text her at', 'text him at', 'call her', 'call him',
  'text her', 'text him',
];

/** A mailbox that belongs to one private person. */
export const PRIVATE_MAIL_EN = [
  'personal email', 'personal e-mail', 'personal address', 'home email', 'private email', 'her email', 'his email',
  'their email', 'her e-mail', 'his e-mail', 'her gmail', 'his gmail', 'your personal email', 'your email',
];

/** The author giving out their own contact details. */
export const SELF_CONTACT_EN = [
  'call me', 'text me', 'reach me', 'ring me', 'phone me', 'dm me', 'message me', 'contact me', 'email me', 'e-mail me',
  'write to me', 'my number', 'my phone', 'my phone number', 'my cell', 'my mobile', 'my email', 'my e-mail', 'my address',
  'my personal email', 'reach out to me', 'my new number', 'new number', 'new phone', 'save my number',
];

/** A line or mailbox that belongs to an organisation: office, program, service, business. */
export const ORG_CONTACT_EN = [
  'our office', 'the office', 'office', 'offices', 'office line', 'main line', 'front desk', 'reception', 'switchboard',
  'hotline', 'helpline', 'help line', 'info line', 'information line', 'toll-free', 'toll free', 'general inquiries',
  'inquiries', 'enquiries', 'media inquiries', 'media contact', 'media relations', 'media', 'press', 'spokesperson',
  'contact us', 'call us', 'reach us', 'email us', 'write to us', 'visit us', 'customer service', 'client services',
  'service desk', 'help desk', 'serviceontario', 'service ontario', 'ministry', 'government', 'department', 'branch',
  'program', 'city hall', 'town hall', 'clinic', 'hospital', 'school', 'library', 'store', 'shop', 'restaurant', 'business',
  'company', 'centre', 'center', 'charity', 'non-profit', 'nonprofit', 'registration', 'to register', 'book an appointment',
  'appointments', 'hours', 'mon-fri', 'monday to friday', '311', '211', 'tty', 'fax', 'teletypewriter', 'agency', 'bureau',
  'for more info', 'for more information', 'more info', 'learn more', 'questions', 'constituency office', 'riding office', 'headquarters', 'head office', 'campaign office', 'organization', 'organisation',
];

/** A private person lives there. */
export const RESIDENCE_EN = [
  'lives at', 'lives on', 'living at', 'they live at', 'who live at', 'resides at', 'residing at', 'reside at', 'home address',
  'her house', 'his house', 'their house', 'her place', 'his place', 'their place', 'her home',
  'his home', 'their home', 'her address', 'his address', 'their address', 'her apartment', 'his apartment', 'her apt',
  'his apt', 'personal address', 'residential address', 'now lives at', 'lives now at', 'your address', 'your home address', 'your home', 'your house',
  "client's address", "patient's address", "tenant's address", "resident's address",
  // A reply about someone's own case ties the address to them (official replies: guidelines §8.2).
  'your application for', 'your file for', 'your claim for', 'your permit for', 'your new address',
];

/** People whose home address a public servant learns at work, or who live next door. */
export const ADDRESS_PEOPLE_EN = [
  'client', "client's", 'patient', "patient's", 'tenant', "tenant's", 'applicant', 'claimant', 'recipient', 'resident',
  'neighbour', 'neighbor', 'senior', 'victim', 'caller', 'constituent', 'foster child', 'landlord',
];

/** Verbs of living somewhere, said of someone else (the author's "I live" is SELF_RESIDENCE_EN). */
export const RESIDENCE_VERBS_EN = ['lives', 'resides', 'residing', 'reside'];

/** A person placed at an address ("the lady at 42 Maple Cres"): then the address is theirs. */
export const PERSON_AT_EN = [
  'lady at', 'guy at', 'man at', 'woman at', 'person at', 'family at', 'couple at', 'kid at', 'gentleman at', 'dude at',
  'customer at', 'lady from', 'guy from', 'man from', 'woman from', 'family from', 'person from', 'folks at', 'people at',
  'tenant at', 'owner at', 'homeowner at', 'whoever lives at', 'the one at', 'the ones at',
  // Plurals and a caseworker's own people ("one of my families at 214 Algoma St N").
  // (Not "our families at": a daycare or a school greets its families at its own address.)
  'one of my families at', 'one of our families at', 'tenants at', 'client at', 'patient at',
];

/** The author's own home. */
export const SELF_RESIDENCE_EN = [
  'i live', 'we live', "i'm living", 'i am living', 'i reside', 'i live at', 'we live at', 'i live on', 'we live on', 'my address', 'my home', 'my house', 'our house', 'our home', 'my place',
  'my apartment', 'my apt', 'i moved to', 'we moved to', 'my mailing address', 'my home address', 'come over',
];

/** An address that is a public place, an office or an event venue, not someone's home. */
export const PUBLIC_PLACE_EN = [
  'our office', 'our offices', 'office at', 'offices at', 'office', 'located at', 'location', 'locations', 'visit us',
  'join us', 'come see us', 'drop by', 'stop by', 'drop in', 'event', 'events', 'open house', 'venue', 'serviceontario',
  'service ontario', 'ministry', 'headquarters', 'head office', 'city hall', 'town hall', 'community centre',
  'community center', 'library', 'courthouse', 'court house', 'hospital', 'school', 'clinic', 'store', 'shop', 'restaurant',
  'cafe', 'bar', 'pub', 'brewery', 'church', 'museum', 'arena', 'park', 'theatre', 'theater', 'gallery', 'hotel',
  'conference', 'workshop', 'session', 'sessions', 'meeting', 'public meeting', 'consultation', 'polling station', 'vote',
  'building', 'tower', 'plaza', 'mall', 'centre', 'center', "queen's park", 'legislature', 'legislative building',
  'constituency office', 'campus', 'hall', 'festival', 'market', 'fair', 'ceremony', 'celebration', 'concert', 'show',
  'tickets', 'pm', 'p.m', 'a.m', 'open', 'opening', 'grand opening', 'branch', 'business', 'company', 'headquartered',
  // Charities and shelters the public is sent to: "the Daily Bread Food Bank at 191 New Toronto St".
  'food bank', 'shelter', 'soup kitchen', 'drop-in', 'donation centre', 'thrift store',
];

/** Free webmail and consumer ISP domains: an address there belongs to a person, not to an office
 * (language-neutral; shared with the French rules). */
export const PERSONAL_MAIL_DOMAINS = [
  'gmail.com', 'googlemail.com', 'hotmail.com', 'hotmail.ca', 'outlook.com', 'outlook.ca', 'live.com', 'live.ca', 'msn.com',
  'yahoo.com', 'yahoo.ca', 'ymail.com', 'rocketmail.com', 'icloud.com', 'me.com', 'mac.com', 'aol.com', 'protonmail.com',
  'protonmail.ch', 'proton.me', 'pm.me', 'sympatico.ca', 'bell.net', 'rogers.com', 'shaw.ca', 'telus.net', 'videotron.ca',
  'cogeco.ca', 'eastlink.ca', 'gmx.com', 'gmx.net', 'mail.com', 'yandex.com', 'fastmail.com', 'hey.com', 'tutanota.com',
  'tuta.io', 'sasktel.net', 'mts.net', 'xplornet.com', 'teksavvy.com', 'start.ca', 'execulink.com', 'vianet.ca', 'live.fr',
  'hotmail.fr', 'yahoo.fr', 'outlook.fr', 'orange.fr', 'free.fr', 'laposte.net',
];

/** Government and legislature sites: a page there is public information (a link to one is civic information). */
export const GOVERNMENT_PAGE_DOMAINS = ['ontario.ca', 'gov.on.ca', 'ola.org', 'canada.ca', 'gc.ca', 'elections.on.ca'];

/** Public-body domains (suffixes): a named person's address there is work contact information. */
export const PUBLIC_BODY_DOMAIN_SUFFIXES = [...GOVERNMENT_PAGE_DOMAINS, 'on.ca', 'gov', 'edu'];

/** Local parts of shared mailboxes (info@, media@…), in both languages. */
export const ROLE_MAILBOXES = [
  'info', 'information', 'contact', 'contactus', 'contact-us', 'hello', 'hi', 'support', 'help', 'admin', 'media', 'press',
  'communications', 'comms', 'general', 'inquiries', 'enquiries', 'questions', 'feedback', 'careers', 'jobs', 'hr', 'recruiting',
  'office', 'reception', 'service', 'services', 'customerservice', 'sales', 'billing', 'accounts', 'events', 'registration',
  'register', 'webmaster', 'noreply', 'no-reply', 'newsletter', 'team', 'privacy', 'foi', 'accessibility', 'bonjour',
  'renseignements', 'accueil', 'medias', 'courrier', 'secretariat', 'admissions', 'inscription', 'inscriptions', 'accessibilite',
  'aide', 'soutien', 'nouvelles', 'news', 'mail', 'partners', 'partenaires', 'volunteer', 'benevoles', 'donations', 'dons',
];
