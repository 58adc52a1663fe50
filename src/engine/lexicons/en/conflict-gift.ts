// Gifts and benefits: a public servant may not accept them from anyone who deals, or wants to deal,
// with the government, beyond a nominal courtesy (O. Reg. 381/07 s. 4; "gift" includes any benefit).
import { verbForms } from '../../text/verb-forms.js';

/** Thanking someone, which usually names the giver right after it ("thanks @Acme for…"). */
export const THANKS_EN = [
  'thanks', 'thank you', 'thx', 'big thanks', 'huge thanks', 'many thanks', 'shoutout', 'shout out', 'shout-out',
  'grateful to', 'kudos to', 'cheers to', 'hats off to',
];

/** Verbs that say someone gave the author something ("treated us to", "sent me"). */
export const GIVING_VERBS_EN = verbForms([
  'treated us to', 'treated me to', 'treating us to', 'treating me to', 'took us out for', 'took me out for',
  'took us to', 'took me to', 'bought us', 'bought me', 'paid for our', 'paid for my', 'spoiled us with',
  'spoiled me with', 'hosted us in', 'hosted me in', 'hosted us at', 'sent me', 'sent us', 'gave me', 'gave us',
  'gifted me', 'gifted us', 'got us', 'got me', 'comped our', 'comped my', 'comped us', 'comped me', 'flying me',
  'flying us', 'flew me', 'flew us', 'is flying me', 'are flying us', 'put me up', 'put us up', 'covered my', 'covered our',
  'picked up my', 'picked up our', 'invited me to', 'invited us to', 'hooked me up with', 'hooked us up with',
  'dropped off', 'dropped by with', 'brought us', 'brought me', 'brought our office', 'left us', 'sent over', 'delivered',
  'showed up with', 'surprised us with', 'surprised me with', 'rewarded us with', 'rewarded me with',
]);

/** Who may stand between a giving verb and the benefit: the author's team ("treated the whole team to lunch"). */
export const RECIPIENT_GROUPS_EN = [
  'the team', 'the whole team', 'our team', 'our whole team', 'my team', 'my whole team', 'the office', 'our office',
  'the whole office', 'the branch', 'our branch', 'our unit', 'the unit', 'our group', 'the crew', 'our crew',
  'the division', 'our division', 'the inspectors', 'our inspectors', 'the staff', 'our staff', 'my family',
  'my wife and me', 'my husband and me', 'me and my wife', 'me and my husband', 'the whole crew',
];

/** Receiving verbs that need "free" or a named giver to mean a gift ("got free tickets", "received … from @Acme"). */
export const RECEIVING_VERBS_EN = ['got', 'received', 'scored', 'was given', 'were given', 'was sent', 'were sent'];

/** "Free", "comped": the benefit cost the author nothing. */
export const FREE_WORDS_EN = ['free', 'complimentary', 'comped', "comp'd", 'gifted'];

/** The giver follows: "courtesy of @Acme", "from our vendor". */
export const GIVER_MARKERS_EN = [
  'courtesy of', 'compliments of', 'from', 'provided by', 'sponsored by', 'gifted by', 'paid for by', 'thanks to',
  'thank you to', 'on behalf of',
];

/** Gift words that stand alone: "comped", "#gifted", "picked up the tab". */
export const GIFT_ALONE_EN = [
  '#gifted', 'gifted by', 'gifted to me', 'gifted to us', 'picked up the tab', 'picked up our tab', 'comped', "comp'd",
  'vendor appreciation', 'supplier appreciation', 'contractor appreciation', 'on their tab', 'on their dime',
  'on the vendor tab', "on the vendor's tab", "on the vendor's dime", "on the consultants' tab", "on the consultant's tab",
  "on the contractor's tab", "on the contractor's dime", 'on the company dime', 'expensed to the vendor', 'free of charge for us',
  'on the vendor', 'on the supplier', 'on the consultant', 'on the consultants', 'on the contractor', 'on the contractors',
  'on our vendor', 'on our supplier', 'on our consultant', 'on the lobbyist', 'on the lobbyists',
];

/** Benefits: tickets, meals, drinks, gift cards, swag, getaways. */
export const BENEFITS_EN = [
  'tickets', 'ticket', 'tix', 'seats', 'box seats', 'private box', 'suite', 'dinner', 'lunch', 'brunch', 'drinks',
  'round of drinks', 'bottle of wine', 'bottle', 'wine', 'whisky', 'whiskey', 'champagne', 'gift card', 'gift cards',
  'gift certificate', 'gift basket', 'gift baskets', 'hamper', 'swag', 'goodies', 'trip', 'getaway', 'weekend away',
  'spa day', 'round of golf', 'golf', 'green fees', 'gift', 'gifts', 'voucher', 'vouchers', 'passes', 'vip passes',
  'season tickets', 'tasting menu', 'steak dinner', 'night out', 'hotel stay', 'flight', 'flights', 'courtside seats',
  'front row seats', 'concert tickets', 'scotch', 'single malt', 'bourbon', 'cognac', 'cigars', 'fishing trip',
  'hunting trip', 'ski trip', 'cottage weekend', 'spa weekend', 'client appreciation', 'appreciation weekend',
  'appreciation event', 'hospitality suite', 'all-expenses-paid', 'all expenses paid', 'gift bag', 'massage',
  'fruit basket', 'jersey', 'jerseys', 'trip to', 'weekend in', 'vegas', 'las vegas', 'cruise', 'resort', 'bottle of',
  'courtside', 'rinkside', 'front row', 'vip', 'case of wine', 'case of beer', 'weekend at', 'week at', 'stay at',
  'a night at', 'night at', 'tickets to', 'game', 'the game', 'hockey game', 'ball game', 'playoff game', 'match', 'concert',
  'show', 'gala', 'festival pass', 'conference pass', 'pass', 'passes to',
];

/** Words after a benefit word that make it something else ("lunch and learn"). */
export const NOT_BENEFIT_AFTER_EN = ['and learn', '& learn', 'n learn', 'break', 'hour', 'meeting', 'session', 'talk', 'down memory lane'];

/** Who gives matters: suppliers and stakeholders raise it to high. */
export const STAKEHOLDER_GIVERS_EN = [
  'vendor', 'vendors', 'supplier', 'suppliers', 'consultant', 'consultants', 'consulting', 'contractor', 'contractors',
  'stakeholder', 'stakeholders', 'lobbyist', 'lobbyists', 'client', 'clients', 'applicant', 'applicants', 'licensee',
  'bidder', 'bidders', 'proponent', 'proponents', 'our partners', 'industry partner', 'industry partners',
  'account rep', 'sales rep', 'service provider', 'provider', 'firm', 'lobbyist friend', 'the contractor we hired',
  'a company we regulate', 'companies we regulate', 'a company we fund', 'grant recipient', 'grant recipients',
  'licence holder', 'permit holder', 'bidding on', 'bidding for', 'your bid', 'their bid', 'bid presentation', 'the rfp',
  'our rfp', 'tender', 'the contract we', 'our contract',
];

/** Organisation-like parts of a handle or name ("@AcmeConsulting", "Acme Solutions Inc."). */
export const ORG_NAME_PARTS_EN = [
  'consulting', 'consultants', 'solutions', 'group', 'inc', 'corp', 'ltd', 'llc', 'tech', 'systems', 'partners',
  'services', 'labs', 'company', 'global', 'capital', 'industries', 'enterprises', 'associates', 'advisory',
  'agency', 'media', 'digital', 'software', 'construction', 'engineering', 'farms', 'foods', 'supply', 'hq',
  'the folks at', 'the team at', 'the people at', 'the guys at', 'company', 'sponsor', 'sponsors', 'friends at',
  'friends from', 'friends over at', 'buddies at', 'pals at', 'our partners at', 'paving',
];

/** Family and friends, and the author's own team: gifts from them are personal life. */
export const FAMILY_GIVERS_EN = [
  'mom', 'mum', 'mommy', 'mother', 'dad', 'daddy', 'father', 'parents', 'wife', 'husband', 'hubby', 'wifey', 'my partner',
  'girlfriend', 'boyfriend', 'fiance', 'fiancee', 'sister', 'brother', 'sis', 'bro', 'siblings', 'grandma', 'grandpa',
  'granny', 'nana', 'aunt', 'auntie', 'uncle', 'cousin', 'cousins', 'kids', 'son', 'daughter', 'friend', 'friends',
  'bestie', 'bff', 'neighbour', 'neighbours', 'neighbor', 'neighbors', 'family', 'in-laws', 'mother-in-law',
  'father-in-law', 'santa', 'grandkids', 'babe', 'team', 'teammates', 'coworkers', 'co-workers', 'colleagues', 'everyone',
  'all', 'volunteers', 'hubs', 'boss', 'manager', 'director', 'supervisor', 'team lead', 'deputy minister', 'adm', 'our dm',
  'my dm', 'executive director', 'our director', 'my director', 'our manager', 'my manager',
];

/** Private occasions: gifts at them are personal life. */
export const PRIVATE_OCCASIONS_EN = [
  'birthday', 'bday', 'wedding', 'anniversary', 'christmas', 'xmas', 'baby shower', 'bridal shower', 'retirement',
  "mother's day", "father's day", 'valentine', "valentine's", 'graduation', 'housewarming', 'hanukkah', 'eid', 'diwali',
];

/** Prizes drawn at public events: worth a reminder only. */
export const PRIZES_EN = ['door prize', 'door prizes', 'raffle', 'prize draw', 'won a', 'won the', 'winner of', 'prize'];

/** Public events where hospitality is shared by all attendees (sponsored lunch, draw): a reminder only. */
export const PUBLIC_EVENTS_EN = [
  'conference', 'summit', 'symposium', 'forum', 'trade show', 'expo', 'convention', 'agm', 'workshop', 'organizers',
  'organisers', 'organizing committee', 'host committee', 'our hosts', 'the hosts', 'field day', 'open house',
];
