// Acronyms on official accounts: the reader should not need insider knowledge (clear language,
// AODA; plain-language practice of spelling an acronym out on first use).

/** Understood by nearly everyone, or not read as an acronym at all: never flagged. */
export const UNIVERSAL_ACRONYMS = [
  // TTY and TDD label the text-telephone line in every contact block; readers who need it know it.
  'TTY', 'TDD', 'OK', 'TV', 'USA', 'US', 'UK', 'EU', 'UN', 'NATO', 'CEO', 'DIY', 'FAQ', 'FAQS', 'PDF', 'URL', 'ID', 'GPS', 'ATM',
  'DNA', 'HIV', 'AIDS', 'RSVP', 'ASAP', 'FYI', 'LOL', 'BBQ', 'CPR', 'AI', 'IT', 'NHL', 'NBA', 'NFL', 'MLB', 'CFL',
  'MLS', 'WNBA', 'LGBT', 'LGBTQ', 'LGBTQI', 'LGBTQIA', 'COVID', 'SARS', 'AM', 'PM', 'EN', 'FR', 'QA', 'DM', 'DMS',
  'PS', 'PPS', 'TBA', 'TBD', 'ETA', 'VIP', 'CD', 'DVD', 'USB', 'WIFI', 'SMS', 'PIN', 'EV', 'EVS', 'UV', 'CO', 'ER',
  'GO', 'ET', 'EST', 'EDT', 'EDT', 'CST', 'CDT', 'MST', 'PST', 'UTC', 'GMT', 'RIP', 'OMG', 'MP3', 'HTML', 'API',
  // File formats, named as readers see them on the download button.
  'CSV', 'XLSX', 'XLS', 'JSON', 'XML', 'ZIP', 'JPG', 'JPEG', 'PNG', 'MP4', 'DOCX', 'TXT', 'KML', 'GEOJSON',
  'ON', 'QC', 'BC', 'AB', 'SK', 'MB', 'NB', 'NS', 'PE', 'PEI', 'NL', 'NT', 'NU', 'YT', 'CA', 'NY', 'MI',
  'KM', 'KG', 'CM', 'MM', 'ML', 'KW', 'KWH', 'MW', 'HR', 'HRS', 'MIN', 'MINS', 'SEC', 'NO', 'VS', 'TM', 'RE', 'FW',
  'CC', 'ALT', 'NB', 'LCBO', 'CBC', 'CTV', 'CP', 'IKEA', 'NASA', 'STEM', 'SOS', 'MD', 'RN', 'PHD', 'MBA',
  'BA', 'BSC', 'MSC', 'AED', 'EMS', 'ICU',
  // Names everyone reads as words: the scan, the alert on every phone.
  'MRI', 'CT', 'AMBER',
  // The platform's own marker for a reshare ("RT @handle:"), like DM and FW.
  'RT',
  // The bar code on every package (a recall notice's product code), and a form's date placeholders ("YYYY/MM/DD").
  'UPC', 'YYYY', 'YY', 'DD',
];

/** Familiar to most Ontarians but still worth spelling out once on an official account: a tip. */
export const WELL_KNOWN_ACRONYMS = [
  'OHIP', 'ODSP', 'OSAP', 'GTA', 'TTC', 'OPP', 'RCMP', 'MPP', 'MPPS', 'MP', 'MPS', 'LTC', 'PSW', 'PSWS', 'ECE', 'EI',
  'CPP', 'OAS', 'GIS', 'GST', 'HST', 'CRA', 'TDSB', 'TCDSB', 'OCDSB', 'ROM', 'AGO', 'CNE', 'TIFF', 'AODA', 'WSIB',
  'OTF', 'CAS', 'CMHA', 'CAMH', 'OW', 'GP', 'ESL', 'OPS', 'RRSP', 'TFSA', 'RESP', 'GDP', 'CPI',
  'PPE', 'ICU', 'ER', 'PSA', 'ESG', 'UNESCO', 'WHO', 'NGO', 'NGOS',
  // Party names as the parties themselves write them ("Ontario PC Party", "Ontario NDP").
  'PC', 'PCS', 'NDP',
  // The social insurance number, named on every federal and provincial form.
  'SIN',
];

/** Words people type in capitals for emphasis ("FREE", "NOW"): shouting, not acronyms. */
export const CAPITALISED_WORDS_EN = [
  'ARE', 'NOT', 'YES', 'WOW', 'HUGE', 'MUST', 'READ', 'ALERT', 'UPDATE', 'IMPORTANT', 'REMINDER', 'PLEASE', 'STOP',
  'WHY', 'HOW', 'WHAT', 'WHEN', 'WHERE', 'HERE', 'THERE', 'THIS', 'THAT', 'JUST', 'ONLY', 'LAST', 'DEADLINE', 'OPEN',
  'CLOSED', 'SOON', 'INFO', 'NOTE', 'WARNING', 'FREE', 'NOW', 'NEW', 'ALL', 'AND', 'THE', 'FOR', 'YOU', 'YOUR', 'OUR',
  'WE', 'BIG', 'DAY', 'LIVE', 'JOIN', 'SAVE', 'DATE', 'TODAY', 'TONIGHT', 'THANK', 'THANKS', 'HELP', 'NEED', 'CALL',
  'DONE', 'LOVE', 'BEST', 'GOOD', 'GREAT', 'FINAL', 'EVER', 'NEVER', 'OUT', 'OFF', 'BACK', 'MORE', 'LESS', 'VERY',
  'REALLY', 'SO', 'IS', 'BE', 'TO', 'OF', 'IN', 'AT', 'BY', 'OR', 'IF', 'MY', 'ME', 'HE', 'SHE', 'IT', 'AN', 'AS',
  'DO', 'GO', 'UP', 'CAN', 'WILL', 'HAS', 'HAD', 'WAS', 'GET', 'SEE', 'NEWS', 'BREAKING', 'SALE', 'WIN', 'YEAR',
  // Levels and warnings a public alert writes in capitals ("HIGH forest fire hazard", "fire ban in EFFECT").
  'HIGH', 'LOW', 'SEVERE', 'DANGER', 'RISK', 'FIRE', 'BAN', 'EFFECT', 'SAFE', 'UNSAFE', 'AVOID',
];

/** Spelled-out forms offered as a one-click fix, in English. */
export const ACRONYM_EXPANSIONS_EN: Record<string, string> = {
  OHIP: 'Ontario Health Insurance Plan (OHIP)',
  ODSP: 'Ontario Disability Support Program (ODSP)',
  OSAP: 'Ontario Student Assistance Program (OSAP)',
  GTA: 'Greater Toronto Area (GTA)',
  OPP: 'Ontario Provincial Police (OPP)',
  MPP: 'Member of Provincial Parliament (MPP)',
  LTC: 'long-term care (LTC)',
  PSW: 'personal support worker (PSW)',
  WSIB: 'Workplace Safety and Insurance Board (WSIB)',
  AODA: 'Accessibility for Ontarians with Disabilities Act (AODA)',
  CRA: 'Canada Revenue Agency (CRA)',
  EI: 'Employment Insurance (EI)',
  CPP: 'Canada Pension Plan (CPP)',
  OAS: 'Old Age Security (OAS)',
  HST: 'Harmonized Sales Tax (HST)',
  OPS: 'Ontario Public Service (OPS)',
  TTC: 'Toronto Transit Commission (TTC)',
};
