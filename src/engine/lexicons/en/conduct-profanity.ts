// Swear words (comment policies: no profane content; OPS official accounts set the tone for the
// public). Strong words matter in every professional setting; mild ones only on official accounts.
// Obfuscated spellings (f*ck, sh!t) are matched by a pattern in the conduct/profanity rule.

/** Strong profanity. */
export const PROFANITY_STRONG_EN = [
  'fuck', 'fucks', 'fucking', 'fuckin', 'fucked', 'fucker', 'fuckers', 'fuckery', 'fuckface', 'fuckwit', 'motherfucker',
  'motherfuckers', 'motherfucking', 'mofo', 'clusterfuck', 'fuck off', 'fucked up', 'shit', 'shits', 'shitty', 'shitting',
  'shitted', 'bullshit', 'horseshit', 'batshit', 'shithole', 'shitshow', 'shit show', 'shitstorm', 'shithead', 'dipshit',
  'holy shit', 'asshole', 'assholes', 'arsehole', 'asshat', 'jackass', 'dumbass', 'smartass', 'half-assed', 'bitch', 'bitches',
  'bitching', 'bitchy', 'son of a bitch', 'bastard', 'bastards', 'cunt', 'cunts',
  'dickhead', 'dickheads', 'cocksucker', 'twat', 'wanker', 'goddamn', 'goddamned', 'goddam', 'wtf', 'stfu', 'gtfo', 'omfg',
  'ffs', 'fml', 'piss off', 'douchebag', 'jesus fucking christ', 'kiss my ass', 'my ass', 'your ass', 'his ass', 'her ass',
  'their ass', 'ass off', 'cover your ass', 'half ass', 'dumb ass', 'smart ass', 'fck', 'fcks', 'fcking', 'fckin', 'fckn',
  'fcked', 'fkn', 'fking', 'fkin', 'fked', 'fuk', 'fuks', 'fuking', 'fukin', 'fuked', 'fuq', 'fuqing', 'phuck', 'phucking',
  'phuk', 'fook', 'fooking', 'fookin', 'fuggin', 'fugging', 'f-ing', 'f-in', 'f-ed up', 'f--k', 'f---', 'f--king', 'f---ing',
  'sh-t', 'shyt', 'shiit', 'sheeit', 'sheeeit', 'biatch', 'byatch', 'beyotch', 'a-hole', 'a-holes', 'azzhole', 'mfer',
  'mfers', 'muthafucka', 'muthafucker', 'mothafucka', 'f this', 'f that', 'f off', 'f it all',
  'shitshow',
];

/** Mild words: a tip at most, except on an official account. */
export const PROFANITY_MILD_EN = [
  'damn', 'damned', 'dammit', 'damnit', 'crap', 'crappy', 'pissed', 'pissed off', 'pissing', 'bloody hell', 'what the hell',
  'who the hell', 'where the hell', 'why the hell', 'how the hell', 'the hell out', 'the hell is', 'the hell are', 'hell no',
  'hell yeah', 'hell yes', 'go to hell', 'like hell', 'hell of a', 'to hell with', 'sucks ass', 'pain in the ass',
  'arse', 'bugger', 'screw this', 'screw that', 'screwed up', 'effing', 'kick-ass', 'kickass', 'badass',
];

/** Softer words to offer in place of a swear word (lower-case keys). */
export const PROFANITY_SOFTER_EN: Record<string, string> = {
  fuck: 'heck',
  fucking: 'freaking',
  fuckin: 'freaking',
  'fucked up': 'messed up',
  fucked: 'messed up',
  'holy shit': 'wow',
  shit: 'crud',
  shitty: 'lousy',
  bullshit: 'nonsense',
  horseshit: 'nonsense',
  shitshow: 'mess',
  'shit show': 'mess',
  shitstorm: 'mess',
  'half-assed': 'sloppy',
  goddamn: 'darn',
  goddamned: 'darn',
  goddam: 'darn',
  damn: 'darn',
  damned: 'darned',
  dammit: 'darn it',
  damnit: 'darn it',
  crap: 'junk',
  crappy: 'lousy',
  pissed: 'annoyed',
  'pissed off': 'annoyed',
  'what the hell': 'what on earth',
  'who the hell': 'who on earth',
  'where the hell': 'where on earth',
  'why the hell': 'why on earth',
  'how the hell': 'how on earth',
  'pain in the ass': 'pain',
  wtf: 'what on earth',
  ffs: 'for goodness’ sake',
  omfg: 'oh my',
  'screwed up': 'messed up',
  'kick-ass': 'excellent',
  kickass: 'excellent',
  badass: 'impressive',
};
