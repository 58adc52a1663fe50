// Who a sensitive fact is about, and in what setting it was learned: the context the
// personal-info/sensitive-fact rule reads around a fact (see sensitive-facts.ts). A fact about the
// author, about a public figure in the news or about a topic is not a disclosure; a fact about a
// client, a colleague or a member of the public learned at work is (FIPPA s. 2(1); OPS personal
// use guideline: keep what reached you through work off your account).

/** People met through work: singular, with or without a determiner ("my client", "a caller", "client"). */
export const WORK_PEOPLE_EN = [
  'client', 'patient', 'applicant', 'claimant', 'recipient', 'constituent', 'resident', 'caller', 'customer',
  'member of the public',
  'citizen', 'taxpayer', 'visitor', 'participant', 'inmate', 'offender', 'student', 'tenant', 'service user',
  'colleague', 'coworker', 'co-worker', 'manager', 'boss', 'director', 'supervisor', 'employee', 'staff member', 'staffer',
  'team member', 'teammate', 'intern', 'co-op student', 'new hire', 'newest hire', 'latest hire', 'newest employee', 'direct report', 'analyst', 'officer', 'adm', 'deputy',
  'caseworker', 'case worker', 'receptionist', 'contractor', 'consultant', 'someone on my team', 'someone in my office',
  'someone at work', 'someone from work', 'a guy at work', 'a woman at work', 'a guy from work', 'one of my clients',
  'one of our clients', 'one of my patients', 'one of our patients', 'one of my staff', 'one of my colleagues',
  'one of my coworkers', 'one of our residents', 'one of my students', 'one of the residents', 'one of the clients',
  // Roles in a public-service workplace: whoever holds one is met through work.
  'inspector', 'accountant', 'clerk', 'coordinator', 'advisor', 'adviser', 'team lead', 'team leader', 'nurse',
  'social worker', 'security guard', 'custodian', 'technician', 'investigator', 'lawyer', 'counsel', 'planner',
  'specialist', 'program officer', 'executive assistant', 'admin assistant', 'administrative assistant', 'assistant',
  'summer student', 'policy advisor', 'scientist', 'economist', 'engineer', 'auditor', 'adjudicator', 'mediator',
  'trainer', 'secretary', 'dm', 'director general', 'executive director', 'deputy minister', 'assistant deputy minister',
  'temp', 'placement student', 'articling student', 'paralegal', 'dispatcher', 'counsellor', 'counselor', 'worker',
  // Someone met in a hiring process.
  'candidate', 'job candidate', 'interviewee', 'job applicant',
];

/** Other people, not tied to work by the words themselves ("this guy", "my neighbour"). */
export const OTHER_PEOPLE_EN = [
  'friend', 'best friend', 'neighbour', 'neighbor', 'roommate', 'acquaintance', 'landlord', 'classmate', 'bestie', 'buddy',
  'guy', 'dude', 'woman', 'man', 'lady', 'gentleman', 'girl', 'boy', 'teen', 'teenager', 'senior', 'person',
  'someone', 'somebody', 'old man', 'old lady', 'young man', 'young woman', 'stranger', 'driver', 'ex',
];

/** Family members: the author's own family life is theirs to share, so only a gentle tip. */
export const FAMILY_EN = [
  'mom', 'mum', 'mother', 'dad', 'father', 'sister', 'brother', 'son', 'daughter', 'wife', 'husband', 'partner', 'spouse',
  'grandma', 'grandmother', 'grandpa', 'grandfather', 'aunt', 'uncle', 'cousin', 'niece', 'nephew', 'kid', 'kids', 'child',
  'baby', 'in-laws', 'mother-in-law', 'father-in-law', 'sister-in-law', 'brother-in-law', 'fiance', 'fiancee', 'boyfriend',
  'girlfriend', 'stepmom', 'stepdad', 'stepson', 'stepdaughter', 'parents', 'family', 'family member', 'grandson',
  'granddaughter', 'twin', 'sibling',
];

/** Animals: "my dog has diabetes" is about a pet, not a person. */
export const ANIMALS_EN = [
  'dog', 'dogs', 'cat', 'cats', 'pet', 'pets', 'puppy', 'kitten', 'horse', 'bird', 'parrot', 'rabbit', 'bunny', 'hamster',
  'guinea pig', 'fish', 'cow', 'pig', 'goat', 'pup', 'doggo', 'pupper',
];

/** Celebrations: "congrats on her pregnancy" is good news passed on, a gentle tip at most. */
export const CELEBRATION_CUES_EN = ['congrats', 'congratulations', 'so happy for', 'thrilled for', 'welcome to the world', 'mazel tov'];

/** Things that can also "go bankrupt" or "be suspended": a fact right after them is not about a person. */
export const NON_PERSON_SUBJECTS_EN = [
  'company', 'business', 'firm', 'store', 'shop', 'restaurant', 'city', 'town', 'province', 'program', 'programme', 'project',
  'contract', 'file', 'case', 'account', 'system', 'plan', 'fund', 'bank', 'government', 'ministry', 'organization',
  'organisation', 'agency', 'team', 'service', 'licence', 'license', 'permit', 'application', 'claim', 'payment', 'benefit',
  'benefits', 'website', 'site', 'app', 'portal', 'vendor', 'supplier', 'landlord company', 'corporation', 'employer',
  'charity', 'league', 'club', 'event', 'meeting', 'hearing', 'policy', 'bill', 'motion', 'car', 'vehicle', 'phone',
];

/** Third-person pronouns: a person only when someone or some work setting was mentioned before. */
export const PRONOUNS_EN = ['he', 'she', 'him', 'his', 'her', 'hers', 'they', 'them', 'their', 'himself', 'herself'];

/** The author: a fact nearest to these is the author's own ("I was diagnosed", "my own journey"). */
export const FIRST_PERSON_EN = [
  'i', "i'm", 'im', "i've", "i'd", "i'll", 'me', 'my', 'mine', 'myself', 'we', "we're", "we've", 'us', 'our', 'ourselves',
];

/** Words that place a story at work: then any person in it was met through work. */
export const WORK_CONTEXT_EN = [
  'at work', 'at the office', 'in the office', 'at my office', 'our office', 'on shift', 'my shift', 'during my shift',
  'at the counter', 'to the counter', 'at our counter', 'the front counter', 'came to our office', 'came into our office',
  'at the front desk', 'front desk', 'my caseload', 'caseload', 'case file', 'my file',
  'on the phone with', 'came into the office', 'came in today', 'walked in today', 'walked in', 'called in', 'our branch',
  'my branch', 'our ministry', 'the ministry', 'serviceontario', 'service ontario', 'intake', 'my caseworker', 'my unit',
  'on the ward', 'on my unit', 'at the clinic', 'at the shelter', 'at the courthouse', 'at the jail', 'work today',
  'today at work',
  'my desk', 'call centre', 'call center', 'my team', 'our team', 'in a meeting', 'at my job', 'my job', 'my workplace',
  'our workplace', 'the workplace', 'in the lobby', 'on the floor today', 'home visit', 'site visit', 'inspection',
  'from finance', 'from hr', 'from accounting', 'from payroll',
  'from procurement', 'from legal', 'from comms', 'from communications', 'from work', 'from the office', 'from the branch',
  'in finance', 'in accounting', 'in payroll', 'down the hall', 'next cubicle', 'my cubicle', 'the next desk',
  'in hr', 'in legal', 'in procurement', 'in comms', 'in my unit', 'in my division', 'in our division', 'in my branch',
  'in our branch', 'our caseload', 'help desk', 'helpdesk', 'service desk', 'it support', 'all-staff', 'staff meeting',
  'team meeting', 'the lunchroom', 'the break room', 'our floor', 'my floor', 'in the office', 'my clients', 'our clients',
  'cubicle', 'ministry van', 'ministry vehicle', 'work van', 'work truck',
  // The author handled the person's file: what they know came through the job.
  'i processed', 'processed his', 'processed her', 'processed your', 'processed their', 'crossed my desk',
  'came across my desk', 'landed on my desk', 'in our system', 'in the system at work', 'pulled up his file',
  'pulled up her file', 'pulled his file', 'pulled her file', 'looked up his file', 'looked up her file', 'one of our files',
  'one of my files', 'our files', 'my files', 'i supervise', 'i supervised', 'i case-manage', 'i case manage',
];

/** Titles that make a name a public figure ("Premier Ford", "actor Ryan Reynolds"). */
export const PUBLIC_FIGURE_TITLES_EN = [
  'premier', 'prime minister', 'minister', 'mpp', 'mp', 'mayor', 'councillor', 'councilor', 'senator', 'president', 'ceo',
  'leader', 'candidate', 'celebrity', 'actor', 'actress', 'singer', 'rapper', 'musician', 'athlete', 'player', 'quarterback',
  'goalie', 'coach', 'star', 'host', 'anchor', 'king', 'queen', 'prince', 'princess', 'pope', 'governor', 'former',
  'billionaire', 'influencer', 'author', 'comedian', 'director general', 'chief',
];

/**
 * A public life around a bare name: "Matthews is out two weeks, per the Leafs. The season is over",
 * "Gord Downie's last tour". Fans talk about a star's injury or illness from what the star or the
 * club made public; a name met at work or in the family is still read as such.
 */
export const FAME_CUES_EN = [
  'legend', 'legendary', 'icon', 'iconic', 'hall of fame', 'hall of famer', 'hall-of-famer', 'the season', 'this season',
  'last season', 'next season', 'playoffs', 'play-offs', 'injured reserve', 'day-to-day', 'trade deadline', 'the lineup',
  'farewell tour', 'last tour', 'world tour', 'on tour', 'album', 'concert', 'grammy', 'oscar', 'the band', 'his band',
  'her band', 'nhl', 'nba', 'nfl', 'mlb', 'mls', 'wnba', 'pwhl', 'olympics', 'olympic', 'stanley cup', 'world cup',
  'gold medal', 'box office', 'blockbuster', 'sitcom',
];

/** News or public-record wording: a fact reported in the news about someone is not learned at work. */
export const NEWS_CUES_EN = [
  'reported', 'reports', 'reporting', 'according to', 'news', 'headline', 'headlines', 'breaking', 'press release',
  'police say', 'police said', 'court heard', 'in court', 'article', 'cbc', 'ctv', 'global news', 'citynews', 'toronto star',
  'globe and mail', 'national post', 'ottawa citizen', 'cp24', 'reuters', 'the canadian press', 'bbc', 'cnn', 'announced',
  'revealed', 'went public', 'opens up', 'opened up', 'publicly', 'statement', 'interview', 'documentary', 'podcast',
];

/** Events, stories and works: "Maria shares her story of living with HIV" is told with consent, or fiction. */
export const EVENT_CUES_EN = [
  'webinar', 'workshop', 'panel', 'session', 'presentation', 'conference', 'keynote',
  // The noun, not the verb: "don't lecture me about his chemo" tells no event.
  'a lecture', 'the lecture', 'lecture on', 'lecture series', 'guest lecture', 'public lecture', 'episode', 'book', 'novel',
  'film', 'movie', 'tv show', 'character', 'study', 'research', 'survey', 'awareness', 'campaign', 'fundraiser', 'charity walk',
  'charity run', 'fun run', 'terry fox', 'relay for life', 'donate', 'donation', 'donations', 'her story', 'his story',
  'their story', 'shares her', 'shares his', 'shares their', 'shared her', 'shared his', 'shared their', 'testimonial', 'video',
  'spotlight', 'memoir', 'biography', 'in honour of', 'in honor of', 'tribute', 'in memory', 'rip', 'obituary',
  'celebration of life',
];

/** Common first names that the English name tagger misses; matched only when capitalised. */
export const FIRST_NAMES_EN = [
  'Priya', 'Aisha', 'Fatima', 'Ahmed', 'Mohammed', 'Muhammad', 'Omar', 'Ali', 'Hassan', 'Amir', 'Zainab', 'Noor', 'Layla',
  'Raj', 'Ravi', 'Arjun', 'Anil', 'Sunil', 'Deepa', 'Anjali', 'Neha', 'Pooja', 'Harpreet', 'Gurpreet', 'Jaspreet', 'Simran',
  'Wei', 'Mei', 'Hiro', 'Yuki', 'Kenji', 'Thanh', 'Linh', 'Nguyen', 'Chloe', 'Zoe', 'Sophie', 'Emma',
  'Olivia', 'Ava', 'Mia', 'Liam', 'Noah', 'Ethan', 'Lucas', 'Logan', 'Owen', 'Tyler', 'Kyle', 'Dylan', 'Brandon',
  'Taylor', 'Morgan', 'Casey', 'Jamie', 'Alex', 'Sam', 'Chris', 'Pat', 'Kim', 'Jess', 'Jen', 'Steph', 'Kate', 'Katie',
  'Meghan', 'Megan', 'Ashley', 'Brittany', 'Kayla', 'Dave', 'Mike', 'Matt', 'Nick', 'Rob', 'Bob', 'Tom', 'Tim', 'Jim',
  'Joe', 'Dan', 'Ben', 'Greg', 'Jeff', 'Steve', 'Tony', 'Andy', 'Jake', 'Luke', 'Josh', 'Kevin', 'Sean', 'Shawn', 'Ryan',
  'Derek', 'Trevor', 'Darren', 'Graham', 'Colin', 'Wayne', 'Doug', 'Barb', 'Deb', 'Sue', 'Linda', 'Karen', 'Sandra',
  'Tanya', 'Tammy', 'Lisa', 'Amanda', 'Jasmine', 'Keisha', 'Tremaine', 'Darnell', 'Kwame', 'Kofi', 'Ama', 'Chidi', 'Ngozi',
  'Tariq', 'Yusuf', 'Ibrahim', 'Mariam', 'Sara', 'Sarah', 'Hannah', 'Rachel', 'Leah', 'Rebecca', 'Miriam', 'Dmitri',
  'Olga', 'Natasha', 'Ivan', 'Sergei', 'Katya', 'Carlos', 'Diego', 'Luis', 'Jose', 'Maria', 'Ana', 'Sofia', 'Lucia',
  'Marco', 'Giulia', 'Francesca', 'Paolo', 'Kaitlyn', 'Brianna', 'Shannon', 'Siobhan', 'Declan', 'Aidan', 'Connor',
];

/** First names that are also ordinary words ("rob", "pat", "sue"): not trusted once lower-cased. */
export const NAMES_THAT_ARE_WORDS_EN = [
  'Rob', 'Pat', 'Sue', 'Nick', 'Barb', 'Jack', 'Will', 'Grace', 'Mark', 'Bill', 'May', 'Art', 'Rose', 'Joy', 'Hope', 'Faith',
  'Dawn', 'Summer', 'Ray', 'Frank', 'Carol', 'Drew', 'Chase', 'Hunter', 'Dean', 'Miles', 'Max', 'Dash',
];
