// Context words for identifying numbers (shared reference "identifiers"): a number shaped like an
// identifier becomes one when these words are near it. Matched accent-free and lower-case.

/** §0.6: a number right after these words is a reference to a transaction, not to a person. */
export const REFERENCE_WORDS_EN = [
  'order', 'order #', 'order no', 'order number', 'ref', 'ref #', 'reference', 'reference number', 'tracking', 'tracking number',
  'tracking #', 'invoice', 'invoice #', 'ticket', 'ticket #', 'confirmation', 'confirmation number', 'confirmation #', 'receipt',
  'item', 'sku', 'model', 'model number', 'part', 'part number', 'part #', 'serial', 'serial number', 'product', 'isbn', 'upc',
  'flight', 'booking', 'reservation', 'po', 'po #', 'purchase order', 'transaction', 'version', 'build', 'release',
];

/** §2: Ontario health number. */
export const HEALTH_CARD_KEYWORDS_EN = [
  'ohip', 'ohip #', 'ohip number', 'ohip card', 'health card', 'health card number', 'health number', 'health insurance number',
  'version code', 'photo health card', 'hcn', 'health #', 'personal health number',
];

/** §6: payment cards. */
export const CARD_KEYWORDS_EN = [
  'card', 'card number', 'card #', 'credit card', 'debit card', 'visa', 'mastercard', 'master card', 'amex', 'american express',
  'discover', 'cvv', 'cvc', 'expiry', 'exp', 'expiration', 'expires',
];

/** §3: driver's licence. */
export const DRIVERS_LICENCE_KEYWORDS_EN = [
  "driver's licence", "driver's license", 'drivers licence', 'drivers license', 'driver licence', 'driver license', 'dl', 'dl #',
  'licence number', 'license number', 'licence #', 'license #', 'licence no', 'license no', 'g1', 'g2', 'g licence', 'mto',
];

/** §5: passport. */
export const PASSPORT_KEYWORDS_EN = ['passport', 'passport number', 'passport #', 'passport no', 'passport id', 'canadian passport'];

/** §7: banking. "account" alone is too common; it counts only right before the number (see bank-account.ts). */
export const BANK_KEYWORDS_EN = [
  'bank account', 'bank acct', 'bank info', 'bank details', 'banking info', 'banking information', 'banking details',
  'account number', 'account #', 'account no', 'acct', 'acct #', 'chequing', 'chequing account', 'checking account',
  'savings account', 'transit number', 'transit #', 'transit no', 'institution number',
  'institution #', 'branch number', 'branch #', 'void cheque', 'voided cheque', 'void check', 'direct deposit', 'routing number',
  'deposit form', 'wire transfer',
];

/** §14, §15, §18: case, claim and file numbers. Program names make the number a social-assistance or compensation file. */
export const CASE_PROGRAM_KEYWORDS_EN = [
  'odsp', 'ontario disability support program', 'ontario works', 'social assistance', 'welfare', 'wsib', "workers' comp",
  'workers comp', "workers' compensation", 'workers compensation', 'caseworker', 'case worker', 'member id', 'member number',
  'client number', 'client id',
];
/** Words that introduce a file number: "case #", "claim no.", "file number". */
export const CASE_NUMBER_WORDS_EN = [
  'case', 'case #', 'case no', 'case number', 'claim', 'claim #', 'claim no', 'claim number', 'file', 'file #', 'file no',
  'file number', 'docket', 'docket number', 'member id', 'member number', 'member #', 'client number', 'client id', 'client #',
  'client no', 'customer number', 'customer #', 'application number',
  'application #', 'applicant number',
];
/** §18: court files; family and youth matters make them sensitive. */
export const COURT_KEYWORDS_EN = ['court file', 'court file no', 'court file number', 'court', 'tribunal', 'docket'];
export const COURT_SENSITIVE_EN = [
  'custody', 'access order', 'family court', 'youth', 'young person', 'child protection', "children's aid", 'divorce',
  'criminal', 'charged', 'restraining order', 'peace bond',
];
/** §17: Ontario Education Number. */
export const OEN_KEYWORDS_EN = ['oen', 'ontario education number', 'student number', 'student #', 'student id'];

/** §13: vehicles. */
export const VEHICLE_KEYWORDS_EN = [
  'plate', 'plates', 'licence plate', 'license plate', 'car', 'truck', 'van', 'suv', 'vehicle', 'parked', 'parking',
  'hit and run', 'driver', 'drove', 'driving', 'motorcycle', 'pickup', 'sedan', 'tow', 'towed',
];

/** §12: words that make a date a date of birth. Form labels, "born", and the weaker "birthday". */
export const DOB_LABEL_EN = ['dob', 'd.o.b', 'date of birth', 'birth date', 'birthdate'];
export const DOB_BORN_EN = ['born on', 'born', 'was born', 'were born'];
export const DOB_WEAK_EN = ['birthday', 'bday', 'b-day'];
/** The author's own birthday is not a work risk. */
export const DOB_SELF_EN = [
  'i was born', "i'm born", 'my birthday', 'my date of birth', 'my dob', 'my birthdate', 'my birth date', 'i turn', "i'm turning",
  'i am turning', 'our birthday', 'we were born',
];
/** Family members: their birthdays are the author's personal life, not work information. */
export const DOB_FAMILY_EN = [
  'my son', 'my daughter', 'my kid', 'my kids', 'my child', 'my baby', 'my mom', 'my mother', 'my dad', 'my father', 'my wife',
  'my husband', 'my partner', 'my brother', 'my sister', 'my grandson', 'my granddaughter', 'my grandma', 'my grandpa',
  'my niece', 'my nephew', 'our son', 'our daughter', 'our baby', 'our kids', 'our little',
  // Kin named the way one names one's own ("Dad's 80th", "happy birthday Mom").
  "dad's", "mom's", "mum's", "grandma's", "grandpa's", 'happy birthday dad', 'happy birthday mom', 'happy birthday mum', 'pops',
  // The rest of the family tree, after "my" or "our": "My grandmother turns 100! Born March 9, 1925".
  ...['grandmother', 'grandfather', 'grandparents', 'great-grandmother', 'great-grandfather', 'nana', 'nan', 'granny', 'gran',
    'aunt', 'auntie', 'uncle', 'cousin', 'twin', 'stepmom', 'stepmother', 'stepdad', 'stepfather', 'stepson', 'stepdaughter',
    'mother-in-law', 'father-in-law', 'sister-in-law', 'brother-in-law', 'grandchild', 'grandkids', 'grandchildren', 'godson',
    'goddaughter', 'godmother', 'godfather', 'parents', 'mum', 'grandson', 'granddaughter', 'grandma', 'grandpa', 'mother', 'father']
    .flatMap((k) => [`my ${k}`, `our ${k}`]),
];
