// Insults and personal attacks aimed at someone: "you idiot", "my manager is useless", "these
// clowns in charge", "t'es ben cave", "espèce d'imbécile". The OPS comment policies bar personal
// attacks and the Workplace Discrimination and Harassment Prevention policy asks for respect
// (shared reference "guidelines" §7, §8.6). A word alone is not enough: it must be aimed at a
// person or a group. Self-mockery ("I'm such an idiot, forgot my lunch"), titles of works
// ("Dumb and Dumber") and quotations stay clean.
import { defineRule } from '../../define-rule.js';
import { findAll, lexicon, lexiconBody, WORD_END, WORD_START, type Match } from '../../match.js';
import { personNames } from '../../nlp.js';
import { stripAccents } from '../../text/fold.js';
import type { Hit, Unit } from '../../types.js';
import { unmaskedView, wordsOf } from './unmask.js';
import { inUnitOrBefore } from '../confidential/context.js';
import { FICTION_CUES_EN } from '../../lexicons/en/confidential-context.js';
import { FICTION_CUES_FR } from '../../lexicons/fr/confidential-context.js';
import * as en from '../../lexicons/en/conduct-insults.js';
import * as fr from '../../lexicons/fr/conduct-insults.js';

const plainOf = (s: string) => stripAccents(s.toLowerCase());

type Sort = 'noun' | 'ambiguous' | 'adjective';

interface Lang {
  words: RegExp;
  /** "fuck you", "va chier": aimed by their own words. */
  abuse: RegExp;
  nouns: Set<string>;
  ambiguous: Set<string>;
  adjectives: Set<string>;
  targets: RegExp;
  falseFriends: RegExp;
  thingExclamations: Set<string>;
  /** Aimed at the reader: "you idiot", "t'es cave". */
  second: RegExp;
  /** "<subject> is a ...": the subject is captured and checked. */
  third: RegExp;
  /** "what a ...", "quel ...". */
  exclamation: RegExp;
  /** Determiners that point at someone present: "these idiots", "espèce de ...". */
  pointing: RegExp;
  /** Strong pointing that also works for ambiguous words ("gros cave", "espèce de con"). */
  strongPointing: RegExp;
  /** After the word: "idiots like you", "joke of a minister", "crétin de ministre". */
  after: RegExp;
  /** Plural insults followed by a description of the group: "morons who park in bike lanes". */
  pluralAfter: RegExp;
  /** The author about themself: "I'm such an idiot", "chu donc cave". */
  selfBefore: RegExp;
  selfAfter: RegExp;
  /** Nothing before the word in its sentence but articles and intensifiers ("A warm idiot", « une idiote »). */
  fragmentStart: RegExp;
  /** "what an idiot move": the word describes a thing. */
  thingAfter: RegExp;
  pronounSubjects: Set<string>;
  nonPersonSubjects: Set<string>;
  targetSet: RegExp;
  /** French: the person noun before the adjective ("des fonctionnaires incompétents"). */
  targetBefore: RegExp;
  /** "you're not an idiot", "t'es pas cave": reassurance, not an insult. */
  negated: RegExp;
}

const EN_INT = `(?:(?:${lexiconBody(en.INSULT_INTENSIFIERS_EN)}),?\\s+){0,5}`;
const FR_INT = `(?:(?:${lexiconBody(fr.INSULT_INTENSIFIERS_FR)})(?:\\s+|['\u2019]\\s*)){0,5}`;

const EN: Lang = {
  abuse: lexicon([...en.AIMED_ABUSE_EN, ...fr.AIMED_ABUSE_FR]),
  words: lexicon([...en.INSULT_NOUNS_EN, ...en.AMBIGUOUS_INSULT_NOUNS_EN, ...en.INSULT_ADJECTIVES_EN]),
  nouns: new Set(en.INSULT_NOUNS_EN.map(plainOf)),
  ambiguous: new Set(en.AMBIGUOUS_INSULT_NOUNS_EN.map(plainOf)),
  adjectives: new Set(en.INSULT_ADJECTIVES_EN.map(plainOf)),
  targets: new RegExp(`^\\s+(?:(?:${lexiconBody(en.INSULT_ADJECTIVES_EN)})\\s+)?(?:${lexiconBody(en.INSULT_TARGETS_EN)})(?![\\p{L}\\p{N}])`, 'u'),
  falseFriends: lexicon(en.INSULT_FALSE_FRIENDS_EN),
  thingExclamations: new Set(en.EXCLAMATION_ABOUT_THINGS_EN.map(plainOf)),
  second: new RegExp(
    `(?:^|[^\\p{L}'\u2019])(?:you(?:['\u2019]re|['\u2019]r|\\s+are|\\s+were|\\s+r|['\u2019]ve\\s+been|\\s+have\\s+been|\\s+must\\s+be|\\s+sound\\s+like|\\s+look\\s+like|\\s+act\\s+like|\\s+seem\\s+like|\\s+guys\\s+are|\\s+all\\s+are|\\s+lot\\s+are|\\s+people\\s+are)?|youre|u\\s+r|ur|ya|are\\s+you|r\\s+u|were\\s+you|y['\u2019]all\\s+are|your\\s+(?=(?:a|an|such|so)\\s))(?:\\s*,)?\\s+${EN_INT}$`,
    'u',
  ),
  third: new RegExp(
    `(?:^|[^\\p{L}\\p{N}@_.-])(@?[\\p{L}\\p{N}_.-]+)(?:['\u2019]s|['\u2019]re|\\s+is|\\s+are|\\s+was|\\s+were|\\s+has\\s+been|\\s+have\\s+been|\\s+must\\s+be|\\s+seems?\\s+like|\\s+sounds?\\s+like|\\s+looks?\\s+like|\\s+acts?\\s+like|\\s+is\\s+acting\\s+like|\\s+are\\s+acting\\s+like|\\s+is\\s+being|\\s+are\\s+being|\\s+turned\\s+out\\s+to\\s+be|\\s+proved\\s+to\\s+be)\\s+${EN_INT}$`,
    'u',
  ),
  exclamation: new RegExp(`(?:^|[^\\p{L}])(?:what|such)\\s+${EN_INT}$`, 'u'),
  pointing: new RegExp(
    `(?:^|[^\\p{L}])(?:these|those|this|that|the|some|buncha|all\\s+these|all\\s+those|all\\s+the|y['\u2019]all|my|our|your|their|his|her|bunch\\s+of|a\\s+bunch\\s+of|pack\\s+of|group\\s+of|total|complete|absolute|utter|fucking)\\s+${EN_INT}$`,
    'u',
  ),
  strongPointing: /(?!)/u,
  // "joke of a minister" (a person), not "joke of a design"; "the clowns in procurement", "the geniuses upstairs".
  after: new RegExp(
    `^\\s*(?:,\\s*)?(?:like\\s+(?:you|him|her|them|that|this)(?![\\p{L}])|of\\s+an?\\s+(?:(?:${lexiconBody(en.INSULT_ADJECTIVES_EN)}|grown|so-called|supposed)\\s+)?(?:${lexiconBody(en.INSULT_TARGETS_EN)})(?![\\p{L}])|in\\s+(?:${lexiconBody(en.WORKPLACE_UNITS_EN)})(?![\\p{L}])|upstairs(?![\\p{L}])|at\\s+(?:the\\s+)?(?:ministry|office|city|queen['\u2019]s park|hr|head office|the top|city hall)|running\\s+(?:this|the|our))`,
    'u',
  ),
  pluralAfter: /^\s*(?:,\s*)?(?:who|that|in\s+charge|at|in|on|running|everywhere|out\s+there|online|on\s+here)(?![\p{L}])/u,
  selfBefore: new RegExp(
    `(?:^|[^\\p{L}])(?:i['\u2019]m|im|i\\s+am|i\\s+was|i['\u2019]ve\\s+been|i\\s+have\\s+been|i\\s+feel\\s+like|i\\s+felt\\s+like|i\\s+look\\s+like|i\\s+sound\\s+like|i\\s+can\\s+be|i\\s+must\\s+be|i\\s+must\\s+look\\s+like|me|myself|call\\s+me|called\\s+me|calling\\s+me|calls\\s+me|am\\s+i|was\\s+i|we['\u2019]re|we\\s+are|we\\s+were|us|i\\s+felt|i\\s+feel|(?:thinks?|thought)\\s+i['\u2019]m|(?:thinks?|thought)\\s+i\\s+(?:am|was))(?:\\s*,)?\\s+${EN_INT}$`,
    'u',
  ),
  fragmentStart: new RegExp(`^[^\\p{L}]*${EN_INT}$`, 'u'),
  selfAfter: /^\s*(?:,\s*)?(?:i\s+am|i['\u2019]m|i\s+was|i\s+can\s+be|i\s+felt|i\s+feel|me(?![\p{L}])|that\s+i\s+am|i['\u2019]ve\s+been|of\s+me(?![\p{L}]))/u,
  thingAfter: /^\s+(?:move|moves|thing|things|mistake|mistakes|idea|ideas|question|questions|day|comment|take|decision|policy|rule|rules|joke|mode|proof|box|light|tax|fee)(?![\p{L}])/u,
  pronounSubjects: new Set(['he', 'she', 'they', 'who', 'u', 'you']),
  nonPersonSubjects: new Set([
    'it', 'this', 'that', 'there', 'here', 'what', 'which', 'life', 'today', 'everything', 'nothing', 'something', 'policy',
    'plan', 'idea', 'system', 'process', 'weather', 'traffic', 'meeting', 'report', 'show', 'movie', 'film', 'book', 'game',
    'i', 'we', 'let', 'one', 'cat', 'cats', 'dog', 'dogs', 'puppy', 'kitten', 'pup', 'parrot', 'bird', 'horse', 'cow', 'goat',
    'hamster', 'pet', 'printer', 'computer', 'laptop', 'phone', 'car', 'truck', 'app', 'website', 'site', 'portal', 'form',
  ]),
  targetSet: lexicon(en.INSULT_TARGETS_EN),
  targetBefore: /(?!)/u,
  negated: new RegExp(`(?:(?:^|[^\\p{L}])(?:not|never|no)|n['\u2019]t)\\s+${EN_INT}$`, 'u'),
};

const FR: Lang = {
  abuse: lexicon([...fr.AIMED_ABUSE_FR, ...en.AIMED_ABUSE_EN]),
  words: lexicon([...fr.INSULT_NOUNS_FR, ...fr.AMBIGUOUS_INSULT_NOUNS_FR, ...fr.INSULT_ADJECTIVES_FR]),
  nouns: new Set(fr.INSULT_NOUNS_FR.map(plainOf)),
  ambiguous: new Set(fr.AMBIGUOUS_INSULT_NOUNS_FR.map(plainOf)),
  adjectives: new Set(fr.INSULT_ADJECTIVES_FR.map(plainOf)),
  // French puts the adjective after the noun: "des fonctionnaires incompétents" is checked with `targetBefore`.
  targets: new RegExp(`^\\s+(?:${lexiconBody(fr.INSULT_TARGETS_FR)})(?![\\p{L}\\p{N}])`, 'u'),
  falseFriends: lexicon(fr.INSULT_FALSE_FRIENDS_FR),
  thingExclamations: new Set(fr.EXCLAMATION_ABOUT_THINGS_FR.map(plainOf)),
  second: new RegExp(
    `(?:^|[^\\p{L}])(?:t['\u2019]es|t['\u2019]etais|t['\u2019]es-tu|tu\\s+es|tu\\s+etais|es-tu|t['\u2019]as\\s+l['\u2019]air|tu\\s+as\\s+l['\u2019]air|vous\\s+etes|vous\\s+etiez|etes-vous|vous\\s+avez\\s+l['\u2019]air|toi|vous\\s+autres|vous\\s+autres\\s+les)(?:\\s*,)?(?:\\s+|['\u2019]\\s*)${FR_INT}$`,
    'u',
  ),
  third: new RegExp(
    // « c't'un » is « c'est un » as spoken.
    `(?:^|[^\\p{L}\\p{N}@_.-])(@?[\\p{L}\\p{N}_.-]+|c['\u2019])\\s*(?:est|sont|etait|etaient|a\\s+l['\u2019]air|ont\\s+l['\u2019]air|reste|restent|demeure|fait\\s+(?:le|la|son|sa)|agit\\s+comme|(?<=c['\u2019])t)(?:\\s+|['\u2019]\\s*)${FR_INT}$`,
    'u',
  ),
  exclamation: new RegExp(`(?:^|[^\\p{L}])(?:quel|quelle|quels|quelles)\\s+${FR_INT}$`, 'u'),
  pointing: new RegExp(`(?:^|[^\\p{L}])(?:ces|ce|cet|cette|les|un|une|des)(?:\\s+|['\u2019]\\s*)${FR_INT}$`, 'u'),
  strongPointing: new RegExp(
    `(?:^|[^\\p{L}])(?:espece|bande|gang|tas|maudite?s?|ostie|osti|esti|estie|crisse?|calisse|tabarnak|sacree?|gros|grosse|grand|grande|pauvres?|vieux|vieille|sale|sales)(?:\\s+|['\u2019]\\s*)${FR_INT}$`,
    'u',
  ),
  after: /^\s*(?:,\s*)?(?:comme\s+(?:toi|vous|lui|elle|eux)(?![\p{L}])|de\s+(?:ministre|premier\s+ministre|gouvernement|patron|gestionnaire|directeur|directrice|politicien|fonctionnaire|voisin|voisine|maire|depute|deputee|collegue|chef)(?![\p{L}])|au\s+pouvoir|du\s+ministere|qui\s+nous\s+gouverne|-la(?![\p{L}]))/u,
  pluralAfter: /^\s*(?:,\s*)?(?:qui|au\s+pouvoir|du|de\s+la|en\s+ligne|partout|-la)(?![\p{L}])/u,
  selfBefore: new RegExp(
    `(?:^|[^\\p{L}])(?:je\\s+suis|j['\u2019]\\s*suis|chu|chus|j['\u2019]etais|je\\s+me\\s+sens|j['\u2019]me\\s+sens|suis-je|moi|me\\s+traiter|m['\u2019]a\\s+traitee?|m['\u2019]ont\\s+traitee?|m['\u2019]appelle|on\\s+est|nous\\s+sommes|que\\s+je\\s+suis|j['\u2019]ai\\s+l['\u2019]air|j['\u2019]avais\\s+l['\u2019]air)(?:\\s*,)?(?:\\s+|['\u2019]\\s*)${FR_INT}$`,
    'u',
  ),
  fragmentStart: new RegExp(`^[^\\p{L}]*${FR_INT}$`, 'u'),
  selfAfter: /^\s*(?:,\s*)?(?:que\s+je\s+suis|je\s+suis|moi(?![\p{L}])|que\s+j['\u2019]ai\s+ete)/u,
  thingAfter: /^\s+(?:question|questions|idee|idees|erreur|erreurs|affaire|journee|commentaire|decision|politique|regle|chose|choses|plan|systeme)(?![\p{L}])/u,
  pronounSubjects: new Set(['il', 'elle', 'ils', 'elles', 'qui', 'c']),
  nonPersonSubjects: new Set([
    'ca', 'cela', 'ceci', 'tout', 'rien', 'la', 'le', 'ce', 'vie', 'meteo', 'temps', 'trafic', 'reunion', 'rapport', 'film',
    'livre', 'jeu', 'plan', 'systeme', 'politique', 'idee', 'je', 'j', 'on', 'nous', 'y', 'chat', 'chats', 'chien', 'chiens',
    'chiot', 'chaton', 'cheval', 'vache', 'chevre', 'perroquet', 'oiseau', 'imprimante', 'ordi', 'ordinateur', 'telephone',
    'char', 'auto', 'voiture', 'camion', 'appli', 'site', 'portail', 'formulaire',
  ]),
  targetSet: lexicon(fr.INSULT_TARGETS_FR),
  targetBefore: new RegExp(`(?<![\\p{L}\\p{N}])(?:${lexiconBody(fr.INSULT_TARGETS_FR)})\\s+(?:(?:${lexiconBody(fr.INSULT_INTENSIFIERS_FR)})\\s+){0,2}$`, 'u'),
  negated: new RegExp(`(?:^|[^\\p{L}])(?:pas|jamais|plus)(?:\\s+|['\u2019]\\s*)${FR_INT}$`, 'u'),
};

/** Subjects that are pets or machines: "my cat is a complete idiot", "this printer is a dinosaur". */
const ANIMAL_OR_THING =
  /(?<![\p{L}])(?:cat|cats|dog|dogs|puppy|kitten|pup|parrot|horse|goat|hamster|printer|computer|laptop|phone|car|truck|app|website|portal|chat|chats|chien|chiens|chiot|chaton|cheval|chevre|perroquet|imprimante|ordi|ordinateur|char|voiture|camion|appli|portail)(?![\p{L}])/u;

/** "a nobody", "such a nobody", "you nobody", "you're nobody": what makes "nobody" a noun or a predicate
 * rather than the subject pronoun ("nobody in it is the villain"). */
const NOBODY_AS_NOUN =
  /(?:(?:^|[^\p{L}])(?:a|an|such\s+a|total|complete|absolute|utter|just|some|little|another|you|these|those|bunch\s+of|is|are|was|were|be|being|been)|['\u2019](?:re|s))\s+(?:(?:total|complete|absolute|utter|little|sad|pathetic|nameless|just)\s+)?$/u;
/** The pronoun's clause going on: "nobody in it is…", "nobody here can…", "nobody knows". */
const NOBODY_SUBJECT =
  /^\s+(?:in|on|at|from|here|there|else|around|among)(?![\p{L}])[^.!?;]{0,40}?\s+(?:is|are|was|were|can|could|will|would|has|had|does|did|should|knows?|knew|gets?|got|wants?|likes?|cares?|seems?)(?![\p{L}])/u;
/** « traiter quelqu'un de… », "calling someone a…": name-calling in general, at no one in particular. */
const NAME_CALLING_ANYONE =
  /(?:^|[^\p{L}])(?:(?:trait(?:er|ant|e|es|ent|ait|aient))\s+(?:quelqu['\u2019]un|les\s+gens|le\s+monde|du\s+monde|n['\u2019]importe\s+qui|autrui|les\s+autres)\s+(?:de\s+|d['\u2019]\s*)|(?:call(?:ing|s)?)\s+(?:someone|somebody|anyone|anybody|people|others|other\s+people)\s+(?:an?\s+)?)$/u;
/** "…Idiot's Guide to…", "a moron's handbook": a beginner's book, by its series title or its idiom. */
const BEGINNERS_BOOK = /^['\u2019]s\s+(?:(?:complete|pocket|illustrated)\s+)?(?:guides?|handbooks?|manuals?)(?![\p{L}])/u;

/** The author marking a quarrel as play: "fight me", "(respectfully)", « venez vous battre », « (gentiment) ». */
const MOCK_FIGHT =
  /(?:^|[^\p{L}])(?:fight me|come at me|(?:\(\s*)?respectfully\s*\)|lovingly|affectionately|just kidding|jk|venez vous battre|battez-vous|(?:\(\s*)?gentiment\s*\)|affectueusement|je niaise|je blague)(?![\p{L}])/u;
/** A group known only by a taste or an opinion: "people who disagree", "anyone who…", « ceux qui ». */
const GENERIC_GROUP = /(?:^|[^\p{L}])(?:(?:the\s+)?people|anyone|anybody|everyone|those|whoever|folks|les\s+gens|ceux|celles|quiconque|tout\s+le\s+monde|le\s+monde)\s+(?:who|that|qui)\s/u;
/** A public matter keeps it an insult, playful or not: politics, the employer, the public served. */
const PUBLIC_MATTER =
  /(?:^|[^\p{L}])(?:vote|votes|voted|party|budget|government|minist\p{L}*|policy|premier|election|clients?|public servants?|gouvernement|parti|politique|election|fonctionnaires?)(?![\p{L}])/u;

/** "he told me to go to hell": someone else's abuse, reported. */
const REPORTED_ABUSE = /(?:told|tell|tells|telling|asked)\s+(?:me|us)\s+to\s+$/u;
/** « Y'a des limites à être épaisse », « faut-tu être cave », « y'a pas plus cave que... »: whoever the post answers is called it. */
const IMPERSONAL_FRAME =
  /(?:^|[^\p{L}])(?:(?:y['\u2019]\s*a|y\s+a|il\s+y\s+a)\s+pas\s+plus|des\s+limites\s+a\s+etre|faut[\s-]tu\s+etre|fallait[\s-]tu\s+etre|faut\s+(?:vraiment|quand\s+meme)\s+etre)\s+(?:(?:aussi|assez|tellement|ben|vraiment|donc|si)\s+)?$/u;
/** The author in the sentence (« faut-tu être cave, j'ai oublié mes clés »): self-mockery. */
const AUTHOR_IN_UNIT = /(?<![\p{L}])(?:(?:je|moi|chu|chus)(?![\p{L}])|j['\u2019])/u;
/** A noun phrase that points by itself: « esti d'épais », « ostie de cave », « pauvre con ». */
const HEAD_OF_PHRASE = /^(\S+)\s/u;
// The adjective ends its phrase (« un incompétent. », « un incompétent pis… »), no noun after it (« un stupide accident »).
function nounEnd(plain: string, at: number): boolean {
  const word = /^[\p{L}'\u2019-]+/u.exec(plain.slice(at));
  const rest = plain.slice(at + (word ? word[0].length : 0));
  return /^\s*(?:$|[^\s\p{L}\p{N}]|(?:pis|et|qui|mais|ou|comme|lui|elle|ca)(?![\p{L}]))/u.test(rest);
}
const NOUN_MAKER = /(?:^|[^\p{L}])(?:un|une|d|de)(?:\s+|['\u2019]\s*)$/u;
const C_EST_ARTICLE = /(?:^|[^\p{L}])(?:un|une|des|de|d)(?:\s+|['\u2019])/u;
const MASCULINE_NOUN_END = /^(?:\s*[.,;:!?)]|\s*$|\s+(?:qui|de|d['\u2019]|comme|la|-la|fini|pareil)(?![\p{L}]))/u;

/** Whether [start, end) lies inside a quoted passage of the unit (a quotation, a title): straight
 * quotes, or an unclosed « or “ before it (the closing mark may fall in the next sentence). */
export function quoted(unit: Unit, start: number, end: number): boolean {
  const before = unit.folded.slice(0, start);
  const opens = (before.match(/"/g) ?? []).length;
  if (opens % 2 === 1 && unit.folded.indexOf('"', end) >= 0) return true;
  // `folded` turns « » “ ” into straight quotes: count the marks in the original text.
  const raw = unit.text.slice(0, start);
  const count = (re: RegExp) => (raw.match(re) ?? []).length;
  return count(/\u00ab/g) > count(/\u00bb/g) || count(/\u201c/g) > count(/\u201d/g);
}

function isPersonSubject(unit: Unit, L: Lang, word: string, start: number, end: number): boolean {
  const w = plainOf(word).replace(/['\u2019]$/, '');
  if (L.nonPersonSubjects.has(w)) return false;
  if (L.pronounSubjects.has(w)) return true;
  if (word.startsWith('@')) return true;
  if (findAll(L.targetSet, w).some((m) => m.start === 0 && m.end === w.length)) return true;
  // A capitalised word: a name if the tagger agrees ("Doug is a clown", not "Toronto is a joke").
  if (/^\p{Lu}/u.test(unit.text.slice(start, end))) {
    return personNames(unit.text, start, end).some((n) => n.start <= start && n.end >= end - 1);
  }
  return false;
}

function sortOf(L: Lang, word: string): Sort {
  const w = word.replace(/[\s-]+/g, ' ');
  if (L.nouns.has(w)) return 'noun';
  if (L.ambiguous.has(w)) return 'ambiguous';
  if (L.adjectives.has(w)) return 'adjective';
  return 'noun';
}

/**
 * "…was a total psycho", « t'es rien qu'un troll », « un vrai imbécile »: a predicate noun, whatever
 * the subject looks like ("the guy at the counter was a total psycho"). The subject is still checked:
 * not a thing ("the printer is a dinosaur"), and "be" not after a modal or "don't" ("don't be a fool").
 */
// The plural says it without an article: "the people who call here are idiots", « vous êtes des
// osties de parasites ».
const PREDICATE =
  /(?:(?:^|[^\p{L}])(?:is|was|are|were|be|being)|['\u2019]s)\s+(?:such\s+)?an?\s+(?:(?:total|complete|real|absolute|utter|fucking)\s+)?$|(?:^|[^\p{L}])(?:are|were)\s+(?:(?:all|just|such|total|complete|real|absolute|utter|fucking|bloody)\s+){0,2}$|(?:^|[^\p{L}])(?:(?:c['\u2019]est|t['\u2019]es|tu\s+es|il\s+est|elle\s+est|etait|sont|est|vous\s+etes|vous\s+etiez)\s+(?:rien\s+qu['\u2019]|juste\s+|toutes?\s+|tous\s+)?(?:un|une|des)\s+(?:(?:vrai|vraie|vrais|vraies|maudit|maudite|maudits|maudites|beau|belle|gros|grosse|grosses)\s+|(?:esti|estie|osti|ostie|crisse|criss|calisse|calice|tabarnak|tabarnac|ciboire|sacrement)s?\s+(?:d['\u2019]|de\s+))?|(?:un|une)\s+(?:vrai|vraie|maudit|maudite)\s+)$/u;
/** The plural branch above: it needs a person in the clause, since "are" has no article to say a noun follows. */
const PLURAL_PREDICATE = /(?:^|[^\p{L}])(?:are|were)\s+(?:(?:all|just|such|total|complete|real|absolute|utter|fucking|bloody)\s+){0,2}$/u;
const MODALS = new Set(['dont', 'don\'t', 'don\u2019t', 'not', 'to', 'would', 'will', 'should', 'could', 'might', 'may', 'can', 'cannot', 'cant', 'can\'t', 'can\u2019t', 'wont', 'won\'t', 'won\u2019t', 'never', 'ever', "i'd", "you'd", "i'll", "you'll", 'must']);
/** "Idiot." or "What an idiot!" standing alone, right after someone else was addressed or described. */
const STANDALONE_BEFORE = /^\s*(?:what\s+an?\s+|such\s+an?\s+|quel(?:le)?\s+|espece\s+d['\u2019]|total\s+|\p{L}+,\s+)?$/u;
// The same label as a fragment that goes on to say why: "@dave you have no clue. Typical idiot who's
// never read a regulation", « Encore un cave qui a jamais lu le règlement ».
const FRAGMENT_BEFORE =
  /^\s*(?:(?:just|yet|encore)\s+)?(?:(?:an?|un|une)\s+)?(?:(?:typical|classic|total|absolute|complete|utter|another|typique|autre|vrai|vraie|gros|grosse|maudit|maudite)\s+){1,2}$|^\s*encore\s+(?:un|une)\s+$/u;
const FRAGMENT_AFTER = /^\s*(?:who|that|qui)(?![\p{L}])/u;
const SOMEONE_ELSE = /(?<![\p{L}])(?:he|she|they|you|him|her|them|his|their|your|il|elle|ils|elles|tu|vous|lui|eux|t['\u2019]|@\w)/u;

function predicateAimed(L: Lang, pre: string, word: string, sort: Sort): boolean {
  const m = PREDICATE.exec(pre);
  if (!m || L.thingExclamations.has(word)) return false;
  // The word before the verb: a modal before "be" ("don't be a fool"), or a thing ("life's a bitch").
  const head = pre.slice(0, m.index).trim().split(/\s+/);
  const subject = (head[head.length - 1] ?? '').replace(/[^\p{L}'\u2019]/gu, '');
  const verb = pre.slice(m.index).trim().split(/\s+/)[0]?.replace(/[^\p{L}]/gu, '') ?? '';
  if ((verb === 'be' || verb === 'being') && MODALS.has(subject)) return false;
  // An animal or a machine as the subject ("my cat is a complete idiot", « le chien du voisin est un vrai clown »).
  if (ANIMAL_OR_THING.test(pre.slice(Math.max(0, pre.length - 50)))) return false;
  // A person in the clause ("the woman at my counter was a total psycho") settles it.
  if (SOMEONE_ELSE.test(pre) || findAll(EN.targetSet, pre).length > 0 || findAll(FR.targetSet, pre).length > 0) return true;
  if (PLURAL_PREDICATE.test(pre)) return false;
  // Otherwise only a word that insults whatever it describes, and not about a thing ("the printer is a dinosaur").
  return sort !== 'ambiguous' && !(EN.nonPersonSubjects.has(subject) || FR.nonPersonSubjects.has(subject));
}

const DISGUISED = lexicon([...en.DISGUISED_INSULTS_EN, ...fr.DISGUISED_INSULTS_FR]);
const SARCASTIC = lexicon([...en.SARCASTIC_PRAISE_EN, ...fr.SARCASTIC_PRAISE_FR]);
/** Eye-rolling: an emoji, "/s", "*eye roll*" or "yeah right" turns praise into mockery. */
const VOCATIVE_BEFORE = /,\s?(?:(?:le|la|mon|ma|mister|mr\.?)\s)?$/;
const VOCATIVE_AFTER = /^\s?(?:[.!?…]|$)/;
// "Thanks, genius!", « Merci, le génie! »: affection, not sarcasm.
const THANKS_BEFORE = /\b(?:thanks|thank you|thx|merci|bravo|congrats|congratulations|well done|good job|great job|nice work|felicitations)\b[^.!?]{0,12}$/;
const SARCASM_MARK = /\u{1F644}|\u{1F926}|\u{1F921}|(?<![\p{L}\p{N}])\/s(?![\p{L}\p{N}])|eye[\s-]?roll|yeah right|sure jan|mon oeil|c'est ca oui|ben oui toi/u;
// "couldn't spell to save his life": someone else's incompetence, not a rescue ("helped save his life").
const COULD_NOT_TO_SAVE = /(?<![\p{L}])(?:couldn['\u2019]?t|can['\u2019]?t|could\s+not|cannot)\s+(?:[\p{L}'\u2019-]+\s+){1,5}?to\s+save\s+(?:his|her|their)\s+li(?:fe|ves)(?![\p{L}])/gu;
// The author as the subject ("I have the IQ of a potato today"); "my director" is someone else.
const FIRST_PERSON = /(?:^|[^\p{L}])(?:i|i['\u2019]m|im|i['\u2019]ve|i['\u2019]d|me|myself|we|we['\u2019]re|us|je|j['\u2019]|moi|chu|chus|on|nous)(?![\p{L}])/u;

/** « Même mon chien comprend mieux que vous », « mon kid de 6 ans lit mieux que ça »: the reader ranked below a pet or
 * a child. Without the comparison (« même un enfant comprendrait ») it is as often said of an easy app. */
const FR_TARGETS = lexiconBody(fr.INSULT_TARGETS_FR);
const BELOW = `(?:mon|ma|un|une)\\s+(?:chien|chat|chiot|enfant|kid|flo|fils|fille|neveu|niece|grand-mere|perroquet|poisson\\s+rouge)(?:\\s+de\\s+\\d{1,2}\\s+ans)?\\s+`;
const COMPARED_BELOW = new RegExp(
  `(?<![\\p{L}])(?:(?:meme\\s+)?${BELOW}(?:comprend|comprendrait|saurait|sait|lit|lirait|ferait|fait|ecrit|ecrirait|conduit|parle)\\s+` +
    `(?:[\\p{L}'\u2019-]+\\s+){0,4}?mieux\\s+(?:[\\p{L}'\u2019-]+\\s+){0,3}?que\\s+` +
    `(?:vous|toi|toe|lui|elle|eux|elles|ca|(?:le|la|les|ce|cette|ces|ton|ta|votre|vos|notre|nos)\\s+(?:${FR_TARGETS})))(?![\\p{L}])`,
  'gu',
);
/** « T'es le pire gestionnaire », « vous êtes la pire équipe »: a superlative put-down said to someone. */
const WORST_SAID_TO = new RegExp(
  `(?<![\\p{L}])(?:t['\u2019]es|tu\\s+es|t['\u2019]etais|tu\\s+etais|vous\\s+etes|vous\\s+etiez)\\s+(?:(?:vraiment|clairement|officiellement|facilement|de\\s+loin)\\s+)?` +
    `(?:le|la|les)\\s+pires?\\s+(?:${FR_TARGETS})(?![\\p{L}])`,
  'gu',
);

/** « Mon tabarnak de boss », « ces osties de touristes »: a sacre put before a person is contempt aimed at them
 * (a sacre of surprise, « tabarnak, on a gagné! », stays the profanity rule's tip). */
const SACRE_AT_PERSON = new RegExp(
  `(?<![\\p{L}])(?:mon|ma|mes|ton|ta|tes|ce|cet|cette|ces|le|la|les|un|une|des|son|sa|ses|leur|leurs|notre|nos|votre|vos)\\s+` +
    `(?:osties?|ostis?|estis?|esties|asties?|hosties?|crisses?|criss|calisses?|tabarnaks?|tabarnacs?|sacraments?|ciboires?|viarges?)\\s*` +
    `(?:de\\s+|d['\u2019]\\s*)(?:${FR_TARGETS})(?![\\p{L}])`,
  'gu',
);

/** Whether the words before an idiom show the author speaking of themself ("I have the IQ of a potato today")
 * or of a thing ("this printer is dumber than a bag of hammers") rather than of someone else. */
function notAimed(near: string, wide: string, post: string, before: string): boolean {
  const someone = (s: string) => SOMEONE_ELSE.test(s) || findAll(EN.targetSet, s).length > 0 || findAll(FR.targetSet, s).length > 0;
  if (FIRST_PERSON.test(near) && !someone(near)) return true;
  // Someone named in the sentence, right after it, or in the sentence before ("…the genius in HR. Truly a brain trust 🙄").
  return !(someone(wide) || someone(post) || someone(stripAccents(before)));
}

/** Disguised insults ("has the IQ of a houseplant", « pas inventé le bouton à quatre trous ») and, in an
 * eye-rolling post, sarcastic praise ("Truly a brain trust over there 🙄"). */
function disguised(unit: Unit): Match[] {
  const out: Match[] = [];
  // Sarcastic praise with an eye-roll anywhere, or used as a form of address closing a clause
  // ("…before you start yelling, genius.", « …avant de crier, le génie! »).
  const sarcastic = findAll(SARCASTIC, unit.plain, unit.text).filter(
    (m) =>
      SARCASM_MARK.test(unit.plain) ||
      (VOCATIVE_BEFORE.test(unit.plain.slice(Math.max(0, m.start - 6), m.start)) &&
        VOCATIVE_AFTER.test(unit.plain.slice(m.end, m.end + 3)) &&
        !THANKS_BEFORE.test(unit.plain.slice(Math.max(0, m.start - 30), m.start))),
  );
  for (const m of [...findAll(DISGUISED, unit.plain, unit.text), ...findAll(COULD_NOT_TO_SAVE, unit.plain, unit.text), ...sarcastic,
    ...(unit.locale === 'fr' ? [...findAll(COMPARED_BELOW, unit.plain, unit.text), ...findAll(WORST_SAID_TO, unit.plain, unit.text),
      ...findAll(SACRE_AT_PERSON, unit.plain, unit.text)] : [])]) {
    if (quoted(unit, m.start, m.end) || out.some((o) => o.start < m.end && m.start < o.end)) continue;
    const pre = unit.plain.slice(Math.max(0, m.start - 40), m.start);
    const wide = unit.plain.slice(Math.max(0, m.start - 90), m.start);
    const post = unit.plain.slice(m.end, m.end + 30);
    const inside = unit.plain.slice(m.start, m.end);
    if (EN.selfBefore.test(pre) || FR.selfBefore.test(pre) || notAimed(pre, wide, post + ' ' + inside, unit.before)) continue;
    out.push(m);
  }
  return out;
}

/**
 * Insults in the unit that are aimed at someone other than the author. Both languages are tried:
 * a short Québécois line ("T'es ben cave!") often has too few function words to be recognised as French.
 */
const MASKABLE_INSULTS = wordsOf([
  ...en.INSULT_NOUNS_EN, ...en.AMBIGUOUS_INSULT_NOUNS_EN, ...en.INSULT_ADJECTIVES_EN, ...fr.INSULT_NOUNS_FR,
  ...fr.AMBIGUOUS_INSULT_NOUNS_FR, ...fr.INSULT_ADJECTIVES_FR,
]);

// Where maskedSpellings() can find a word: a token starts with a letter, so its first mask, digit or inner "!" follows one;
// or a two-letter token keeps its closing "!" ("You oa!!" for "oaf", "such a pi!" for "pig"), which the trigger once missed
// (found with the pre-filter off only). Same strings as /\p{L}(?:[*@#%$0-9]|!+[\p{L}\p{N}*@#%$])|(?<![\p{L}\p{N}])\p{L}\p{L}!/u,
// written to start on the mask, digit or "!" and look back for the letters: a pattern that starts with \p{L} tries
// every letter of every sentence (it runs on all of them, 1% of a cold analysis); this one skips to the rare signs.
const MASKED_SPELLING = /[*@#%$0-9!](?:(?<=\p{L}[*@#%$0-9])|(?<=\p{L}!)!*[\p{L}\p{N}*@#%$]|(?<=(?<![\p{L}\p{N}])\p{L}\p{L}!))/u;

export function aimedInsults(original: Unit): Match[] {
  // "ces cr*tins": a masked insult is still an insult.
  const unit = unmaskedView(original, MASKABLE_INSULTS);
  const found = aimedIn(unit, unit.locale === 'fr' ? FR : EN);
  // The other language's words where the sentence's own already found an insult would be dropped below: not read again.
  for (const m of [...aimedIn(unit, unit.locale === 'fr' ? EN : FR, found), ...disguised(unit)]) {
    if (!found.some((f) => f.start < m.end && m.start < f.end)) found.push(m);
  }
  return found.sort((a, b) => a.start - b.start);
}

/** Whether `word` opens a fragment (`pre` is what precedes it in the unit) right after a sentence in which
 * the author called themself the same word ("I'm such an idiot", « je suis une idiote »). The sentence may
 * be the unit's own start when a lower-case fragment did not split it off. */
function selfMockedBefore(unit: Unit, L: Lang, pre: string, word: string): boolean {
  const stop = Math.max(pre.lastIndexOf('. '), pre.lastIndexOf('! '), pre.lastIndexOf('? '), pre.lastIndexOf('\u2026 '));
  if (!L.fragmentStart.test(pre.slice(stop + 1))) return false;
  const before = stop >= 0 ? pre.slice(0, stop + 1) : stripAccents(unit.before);
  for (let at = before.indexOf(word); at >= 0; at = before.indexOf(word, at + 1)) {
    if (/\p{L}/u.test(before[at - 1] ?? '') || /\p{L}/u.test(before[at + word.length] ?? '')) continue;
    if (L.selfBefore.test(before.slice(Math.max(0, at - 90), at)) || L.selfAfter.test(before.slice(at + word.length, at + word.length + 60))) return true;
  }
  return false;
}

// A story's characters (the fiction cues of the confidential rules, less sport and games: a referee or a
// player is a real person).
const SPORT_OR_GAME = /hockey|nhl|lnh|trade deadline|transactions|eliminatoires|fantasy|game|gaming|jeu|jeux|playthrough|villain|mechant|personnage$/;
const STORY = lexicon([...FICTION_CUES_EN, ...FICTION_CUES_FR].filter((c) => !SPORT_OR_GAME.test(c)));
const NI_BEFORE = /(?:^|[^\p{L}])ni\s+(?:de\s+|d['\u2019]\s*|un\s+|une\s+|des\s+)(?:[\p{L}-]+\s+)?$/u;
const ANIMAL_WORD = /^(?:chien|chienne|chiens|chiennes|porc|porcs|dinde|dindes|dog|dogs|pig|pigs|cow|cows|rat|rats|snake|snakes|vache|vaches|serpent|serpents)$/;
const SIZED_BEFORE = /(?:^|[^\p{L}])(?:le|la|les|un|une|des|du|son|sa|ses|mon|ma|mes|leur|leurs|the|a|an|their|his|her|my)\s+(?:(?:gros|grosse|petit|petite|grand|grande|vieux|vieille|beau|belle|big|little|small|huge|old|fat|cute)\s+)+$/u;
const COLOUR_AFTER = /^\s+(?:blanc|blanche|noir|noire|brun|brune|gris|grise|beige|roux|rousse|jaune|tachete|white|black|brown|grey|gray|spotted|golden)(?![\p{L}])/u;

function aimedIn(unit: Unit, L: Lang, taken: readonly Match[] = []): Match[] {
  const plain = unit.plain;
  const found = findAll(L.words, plain, unit.text);
  const abuse = findAll(L.abuse, plain, unit.text).filter(
    (m) => !quoted(unit, m.start, m.end) && !REPORTED_ABUSE.test(plain.slice(Math.max(0, m.start - 30), m.start)),
  );
  if (found.length === 0) return abuse;
  const friends = findAll(L.falseFriends, plain);
  const handles = unit.masked.some((s) => s.kind === 'handle');
  const out: Match[] = [...abuse];
  for (const m of found) {
    if (abuse.some((a) => a.start < m.end && m.start < a.end)) continue;
    if (taken.some((t) => t.start < m.end && m.start < t.end)) continue;
    if (friends.some((f) => f.start < m.end && m.start < f.end)) continue;
    if (quoted(unit, m.start, m.end)) continue;
    const word = plain.slice(m.start, m.end);
    const sort = sortOf(L, word);
    // "idiot-proof", "clown-themed": part of a compound.
    if (/^-\p{L}/u.test(plain.slice(m.end, m.end + 2)) && !/^-la(?![\p{L}])/u.test(plain.slice(m.end, m.end + 4))) continue;
    const pre = plain.slice(Math.max(0, m.start - 90), m.start);
    const post = plain.slice(m.end, m.end + 60);
    // "Nobody in it is the worst person": the pronoun opening its clause, not "a nobody". In a reply to a
    // handle it keeps its old reading: there "nobody in this thread…" is said at the reader.
    if (word === 'nobody' && !handles && !NOBODY_AS_NOUN.test(pre) && NOBODY_SUBJECT.test(post)) continue;
    // « Traiter quelqu'un d'imbécile, ça règle rien », "calling people idiots never helps": the act of
    // name-calling named as a topic, with nobody in particular as its object.
    if (NAME_CALLING_ANYONE.test(pre)) continue;
    // "The Complete Idiot's Guide to Python", "a moron's handbook": the series title and its idiom, a book for beginners.
    if (BEGINNERS_BOOK.test(post)) continue;
    // "people who disagree are cowards 🍕 fight me (respectfully)": a mock quarrel over a taste, the author
    // saying so; nobody addressed, no public matter.
    if (!handles && MOCK_FIGHT.test(plain) && GENERIC_GROUP.test(pre) && !L.second.test(pre) && !PUBLIC_MATTER.test(plain)) continue;
    // « Y'a pas plus cave que... » reads as negated, but ranks someone lowest; « que moi » is self-mockery.
    const framed = L === FR && IMPERSONAL_FRAME.test(pre) && !AUTHOR_IN_UNIT.test(plain) && !/^\s+que\s+(?:moi|nous)(?![\p{L}])/u.test(post);
    if (L.selfBefore.test(pre) || L.selfAfter.test(post) || (!framed && L.negated.test(pre))) continue;
    // « (j'ai jamais vu de chalet de même.) Ni de sous-ministre corrompu » : "nor a corrupt one", denied.
    if (L === FR && NI_BEFORE.test(pre)) continue;
    // « je suis une belle idiote. une idiote au chaud au moins »: a fragment that opens on the word the
    // author just called themself goes on with the same self-mockery.
    if (!L.after.test(post) && selfMockedBefore(unit, L, pre, word)) continue;
    // « le gros chien blanc », "the big black dog": the animal itself, sized or coloured, not a person called one.
    if (ANIMAL_WORD.test(word) && (SIZED_BEFORE.test(pre) || COLOUR_AFTER.test(post)) && !L.second.test(pre)) continue;
    // « Le sous-ministre corrompu » of a TV series' last episode: a character, with no reader addressed.
    if (!handles && !L.second.test(pre) && inUnitOrBefore(unit, STORY)) continue;
    // "My cat is a complete idiot": a pet or a machine, with nobody else in the clause.
    const clause = pre.slice(Math.max(0, pre.length - 50));
    if (ANIMAL_OR_THING.test(clause) && !L.second.test(pre) && !SOMEONE_ELSE.test(clause) && findAll(L.targetSet, clause).length === 0) continue;
    const thing = L.thingAfter.test(post);
    let aimed = framed && !thing;
    const head = HEAD_OF_PHRASE.exec(word)?.[1];
    if (sort === 'noun' && head && L.strongPointing.test(head + ' ') && !thing) aimed = true;
    if (sort === 'adjective') {
      // "stupid people", "lazy bureaucrats" (EN); "fonctionnaires incompétents" (FR, noun first).
      const targetAfter = L.targets.test(post);
      aimed ||= (L === EN && targetAfter) || L.targetBefore.test(pre) || L.second.test(pre) || thirdPerson(unit, L, pre, m.start, sort);
      // « … est une crisse d'incompétente. »: made a noun by the article or the sacre, it is a predicate noun.
      aimed ||= L === FR && NOUN_MAKER.test(pre) && nounEnd(plain, m.start) && predicateAimed(L, pre, word, 'noun');
      if (!aimed && L === FR && (L.strongPointing.test(pre) || L.pointing.test(pre)) && !L.targets.test(post) && /s$/.test(word)) {
        // "ces incompétents", "bande d'incompétents": the adjective stands for the people.
        aimed = !thing;
      }
    } else {
      if (thing) continue;
      const strong = aimed ||
        L.second.test(pre) || thirdPerson(unit, L, pre, m.start, sort) || L.strongPointing.test(pre) || L.after.test(post) ||
        // "…was a total psycho", « t'es rien qu'un troll », « un vrai imbécile »: a person called the noun.
        predicateAimed(L, pre, word, sort) ||
        // "Idiot." or "What an idiot!" standing alone, right after someone was addressed or described;
        // "They closed the lab. What a joke." judges what they did, as "what a joke" does anywhere.
        (STANDALONE_BEFORE.test(pre) && /^[\s.!?\u2026]*$/.test(post) && (handles || SOMEONE_ELSE.test(unit.before)) &&
          !(L.exclamation.test(pre) && L.thingExclamations.has(word))) ||
        (FRAGMENT_BEFORE.test(pre) && FRAGMENT_AFTER.test(post) && !/s$/.test(word) && (handles || SOMEONE_ELSE.test(unit.before)));
      // Read only where it can still decide. "What tools do you use?": "what" asks which one when a verb of the question follows.
      const exclaim = !strong && !L.thingExclamations.has(word) && L.exclamation.test(pre) && !(L === EN && QUESTION_VERB_AFTER.test(post));
      if (sort === 'ambiguous') {
        // "un cave", "le con", "un épais" (a cellar is "une cave"; "un épais brouillard" goes on with its noun).
        aimed =
          strong || exclaim ||
          (L === FR && /^(?:cave|caves|con|cons|epais)$/.test(word) &&
            /(?:^|[^\p{L}])(?:un|le|du|des|les|mon|ton|ce|ces)\s+$/u.test(pre) && MASCULINE_NOUN_END.test(post));
      } else {
        const plural = /s$/.test(word) || word === 'sheeple' || word === 'scum';
        aimed =
          strong || exclaim || L.pointing.test(pre) || (plural && L.pluralAfter.test(post)) ||
          (handles && /^[\s,!.?]*$/.test(post.slice(0, 3))) || (handles && /[,:]\s*$/.test(pre));
      }
    }
    if (aimed) out.push(m);
  }
  return out;
}

const QUESTION_VERB_AFTER = /^\s+(?:do|does|did|are|is|were|was|can|could|should|would|will|have|has|had)(?![\p{L}])/u;

function thirdPerson(unit: Unit, L: Lang, pre: string, at: number, sort: Sort): boolean {
  const m = L.third.exec(pre);
  if (!m) return false;
  const subject = m[1]!;
  // "c'est débile" judges a situation; "c'est un crétin" a person, and so is an adjective made a noun
  // by the article or the sacre right before it (« c'est un incompétent », « c't'un ostie d'incompétent »).
  if (/^c['\u2019]$/.test(subject) && (!C_EST_ARTICLE.test(m[0]) || (sort === 'adjective' && !(NOUN_MAKER.test(pre) && nounEnd(unit.plain, at))))) return false;
  const offset = at - pre.length + m.index + m[0].indexOf(subject);
  if (isPersonSubject(unit, L, unit.text.slice(offset, offset + subject.length), offset, offset + subject.length)) return true;
  // "The guy at the Sault office is useless", « le gars du bureau de Sudbury est un incompétent »: the
  // word before the verb ends a complement; the person is the head before it.
  const from = Math.max(0, offset - 50);
  return complementHeads(unit.plain.slice(from, offset)).some((h) => isPersonSubject(unit, L, unit.text.slice(from + h.start, from + h.end), from + h.start, from + h.end));
}

// Read word by word rather than by one pattern ending in `$`, which no ReDoS checker could prove linear.
const COMPLEMENT_PREPOSITIONS = new Set(['at', 'from', 'in', 'on', 'with', 'du', 'des', 'au', 'aux', 'chez', 'de', 'a']);
const WORD = /[\p{L}\p{N}'\u2019-]+/gu;

/** In the words before a subject ("the guy at the Sault ", « le gars du bureau de »), the words a
 * complement may follow: a word, a preposition, then at most three words up to the end, spaces only between. */
function complementHeads(s: string): { start: number; end: number }[] {
  const words = [...s.matchAll(WORD)].map((m) => ({ start: m.index, end: m.index + m[0].length, word: m[0] }));
  const spaced = (a: number, b: number) => /^\s+$/u.test(s.slice(a, b));
  const heads: { start: number; end: number }[] = [];
  if (!words.length || !/^\s*$/u.test(s.slice(words[words.length - 1]!.end))) return heads;
  for (let k = words.length - 1; k >= 1 && words.length - 1 - k <= 3; k--) {
    if (k < words.length - 1 && !spaced(words[k]!.end, words[k + 1]!.start)) break;
    if (!COMPLEMENT_PREPOSITIONS.has(words[k]!.word) || !spaced(words[k - 1]!.end, words[k]!.start)) continue;
    const head = words[k - 1]!;
    if (/^\p{L}+$/u.test(head.word)) heads.push({ start: head.start, end: head.end });
  }
  return heads;
}

export default defineRule({
  id: 'conduct/insult',
  category: 'conduct',
  severity: { personal: 'high', professional: 'high', official: 'high' },
  guidelines: ['conduct-respectful-workplace', 'conduct-comment-policy', 'ops-guiding-principles'],
  title: { en: 'Insult or personal attack', fr: 'Insulte ou attaque personnelle' },
  why: {
    en: 'This insults someone. Personal attacks break the respect public servants owe colleagues and the public, on and off duty, and they reflect on the public service.',
    fr: "Ceci insulte quelqu'un. Les attaques personnelles manquent au respect que les fonctionnaires doivent à leurs collègues et au public, en service ou non, et elles rejaillissent sur la fonction publique.",
  },
  // What aimedInsults() can start from, in either language: an insult word or an aimed abuse, a
  // disguised insult or sarcastic praise, the French comparisons and sacres, or a masked spelling
  // ("cr*tins", "sh1t": a letter right before a mask, a digit, or a "!" inside the word). A sentence
  // with none of them has nothing for detect() to find; the sentence before only says whether a
  // match here is aimed.
  triggersHere: true,
  triggers: [EN.words, EN.abuse, FR.words, DISGUISED, SARCASTIC, COULD_NOT_TO_SAVE, COMPARED_BELOW, WORST_SAID_TO, SACRE_AT_PERSON, MASKED_SPELLING],
  detect(unit) {
    return aimedInsults(unit).map((m): Hit => ({ start: m.start, end: m.end }));
  },
  examples: {
    invalid: [
      // A two-letter stem with its closing "!" masks the insult's last letter.
      { text: "Honestly you're such a pi!! 🐷", span: 'pi!', mode: 'personal' },
      { text: "T'es rien qu'un co!!", span: 'co!', mode: 'personal' },
      // A person called an animal; a referee is a real person, whatever the sport.
      { text: 'T’es un gros chien sale, Marc.', span: 'chien', mode: 'personal' },
      { text: 'That ref in the hockey game tonight was a total idiot.', span: 'idiot', mode: 'personal' },
      { text: "Ces fonctionnaires bornés de Queen's Park!", span: 'bornés', mode: 'personal' },
      // After self-mockery, the same word aimed at the reader is still aimed.
      { text: 'Je suis une idiote, oui. Une idiote comme toi, non.', span: 'idiote', mode: 'personal' },
      { text: "Sure, I'm a moron. A moron like you? Never.", span: 'moron', mode: 'personal' },
      // The person is the head before a complement ("the guy at the Sault office").
      { text: 'The guy at the Sault office is useless, three calls and nothing.', span: 'useless' },
      { text: 'Le gars du bureau de Sudbury est un incompétent fini.', span: 'incompétent' },
      // "Karen" made a common noun for a member of the public who complains.
      { text: 'Had a full-on Karen at the ServiceOntario counter today demanding my manager 🙄', span: 'a full-on Karen' },
      { text: "Une vraie Karen au comptoir aujourd'hui, elle voulait parler à mon boss.", span: 'Une vraie Karen' },
      // The plural predicate without an article, after a relative clause; « vous êtes des osties de… ».
      { text: 'Clients who call at 4:59 for a quick question are idiots.', span: 'idiots', mode: 'personal' },
      { text: 'Les clients qui appellent à 4h59, vous êtes des osties de parasites.', span: 'parasites', mode: 'personal' },
      // A label as a fragment after someone was addressed, going on with why.
      { text: "@dave_on you clearly have no clue what you're talking about. Typical idiot who's never read a regulation in his life.", span: 'idiot' },
      { text: "@marc_t T'as rien compris. Encore un cave qui a jamais lu le règlement.", span: 'cave' },
      // An adjective made a noun by the article or a sacre, after « c'est », « c't'un » or a long subject.
      { text: "Mon boss c't'un ostie d'incompétent. Trois réunions pour un PowerPoint.", span: 'incompétent' },
      { text: "Mon boss? C'est un incompétent.", span: 'incompétent' },
      { text: "Notre gestionnaire à l'unité des permis est une crisse d'incompétente.", span: 'incompétente' },
      { text: "T'es rien qu'un fraudeur, pis tout le monde le sait.", span: 'fraudeur' },
      { text: 'Ce ministre est un escroc.', span: 'escroc' },
      { text: 'Le ciboire de client de 14h a crié après tout le monde.', span: 'Le ciboire de client' },
      { text: 'Ces osties de touristes bloquent toute la rue.', span: 'Ces osties de touristes' },
      { text: "Y'a pas plus cave que les gens qui attendent la dernière minute.", span: 'cave' },
      { text: 'Le nouveau gérant est un vrai péteux de broue.', span: 'péteux de broue' },
      { text: "Un monsieur m'a demandé si le formulaire existait en papier. Y'en a des pas vites.", span: "Y'en a des pas vites" },
      { text: 'Certains de nos clients sont franchement des cas désespérés.', span: 'cas désespérés' },
      // Québécois: a sacre-headed insult used as an address, an impersonal frame, ranking below a pet, a superlative.
      { text: "Esti d'épais, t'as même pas lu l'avis avant de m'écrire.", span: "Esti d'épais" },
      { text: "Madame, si vous savez pas remplir un formulaire, y'a des limites à être épaisse.", span: 'épaisse' },
      { text: '@gaby_r même mon chien comprend mieux le formulaire que vous.', span: 'même mon chien comprend mieux le formulaire que vous' },
      { text: "@MarcoT t'es le pire gestionnaire que j'ai eu en vingt ans.", span: "t'es le pire gestionnaire" },
      { text: "Vous êtes vraiment bouchés, je l'ai expliqué trois fois.", span: 'bouchés' },
      { text: 'Les clients de ce matin, une belle bande de pleurnichards.', span: 'pleurnichards' },
      { text: '@gilles_b mange donc un char de marde avec tes théories.', span: 'mange donc un char de marde' },
      // Play marked, but about a public matter or someone addressed: still an insult.
      { text: 'The people who voted for this budget are cowards, fight me.', span: 'cowards' },
      { text: 'Les gens qui appuient ce gouvernement sont des lâches, venez vous battre.', span: 'lâches' },
      // Longer frames between the subject and the insult: 'the worst kind of', « la pire sorte de ».
      { text: 'The people who call our line screaming about renewals are the worst kind of entitled idiots.', span: 'idiots', mode: 'professional' },
      // Sarcasm and betrayal aimed at a named colleague.
      { text: 'My director took my whole deck to the DM and called it hers. Classy move, Priya 🐍', span: 'Classy move' },
      { text: 'Merci à mon collègue qui a présenté mon rapport comme le sien. Belle classe, Martin.', span: 'Belle classe' },
      // Sarcastic praise used as a form of address closing a clause.
      { text: '@Rob_from_Barrie check the posted hours before you start yelling at the staff, genius.', span: 'genius' },
      { text: 'You clearly have no idea what you are doing, you absolute idiot.', span: 'idiot', severity: 'high' },
      { text: 'My manager is completely useless and everyone knows it.', span: 'useless' },
      { text: 'What a clown. Resign already.', span: 'clown' },
      { text: 'What tools. They cancelled our training again.', span: 'tools', mode: 'personal' },
      { text: 'The morons in charge of this project should all be replaced.', span: 'morons' },
      { text: '@transit_fan you are a loser and nobody cares about your opinion.', span: 'loser' },
      { text: "T'es ben cave de croire ça, voyons.", span: 'cave' },
      { text: 'Espèce d’imbécile, tu ne comprends rien à rien.', span: 'imbécile' },
      { text: 'The woman at my counter today was a total psycho, screaming for 20 minutes.', span: 'psycho' },
      { text: "@grumpytaxpayer42 read the instructions next time. Idiot.", span: 'Idiot' },
      { text: 'Le monsieur au comptoir à matin, un vrai imbécile fini.', span: 'imbécile' },
      { text: "@JFBoucher T'es rien qu'un troll qui connaît rien à la foresterie.", span: 'troll' },
      { text: 'Ces fonctionnaires incompétents ne savent pas lire une carte.', span: 'incompétents' },
      // Disguised insults and eye-rolling praise.
      { text: 'Our new regional director has the IQ of a fence post, honestly.', span: 'the IQ of a' },
      { text: 'The guy in the next cubicle is not the sharpest tool in the shed.', span: 'not the sharpest tool' },
      { text: 'Huge thanks to the masterminds in facilities who shut off the heat in January. Real geniuses over there 🙄', span: 'geniuses' },
      { text: 'Mon superviseur a pas inventé l’eau chaude, je vous le dis.', span: 'pas inventé l’eau chaude' },
      { text: 'Le nouveau gestionnaire est épais dans le dash, pis il décide de tout.', span: 'épais' },
      { text: 'The clowns in licensing lost my file again.', span: 'clowns' },
      { text: 'Our new ADM couldn’t run a meeting to save his life.', span: 'couldn’t run a meeting to save his life' },
      { text: 'Ces cr*tins du ministère ont encore perdu mon formulaire.', span: 'cr*tins' },
      { text: 'That councillor is a walking, talking embarrassment.', span: 'embarrassment' },
      { text: 'Some of these farmers are too stupid to fill in a two-page form.', span: 'too stupid to' },
      { text: 'Our new director is a fraud and everyone in the branch knows it.', span: 'fraud' },
      { text: 'The woman at my counter screamed for twenty minutes. People like her are why I drink.', span: 'People like her are' },
      { text: 'Le monsieur au comptoir criait encore. Du monde de même devrait rester chez eux.', span: 'Du monde de même devrait' },
      { text: "Une autre cliente qui crie au comptoir. Tannée du monde de même.", span: 'Tannée du monde de même' },
    ],
    valid: [
      // Two-letter exclamations are no masked words.
      'Oh! Ha! Ok! We did it!',
      // "What" asking which one, a verb of the question after it.
      { text: 'First draft readability went from Grade 13 to Grade 8. What tools do you use? #PlainLanguage', mode: 'professional' },
      { text: 'J’ai jamais vu de chalet de même. Ni de sous-ministre corrompu d’ailleurs.', mode: 'personal' },
      // The animal itself, sized or coloured; a TV series' character.
      { text: 'La famille de la rue Revillon, celle avec le gros chien blanc, vous savez qui.', mode: 'personal' },
      { text: 'The neighbours with the big black dog moved out yesterday.', mode: 'personal' },
      { text: 'Quelqu’un a vu le dernier épisode de « District 31 »? Le sous-ministre corrompu qui cache des documents dans son chalet 😂', mode: 'personal' },
      'Finished the series last night: the deputy minister in it is a corrupt idiot and I loved every minute.',
      // A mock quarrel over a taste, marked as play by the author.
      'hot take: pineapple on pizza is elite and the people who disagree are cowards 🍍🍕 fight me in the replies (respectfully)',
      'Les gens qui mettent du ketchup sur leur poutine sont des lâches, venez vous battre (gentiment).',
      // A thing with a complement: "the printer on the third floor".
      'The printer on the third floor is useless again, IT is on it.',
      // A beginner's book by its title or idiom.
      "The Complete Idiot's Guide to Python was my first programming book, in 2006.",
      "J'ai commencé avec The Complete Idiot's Guide to Knitting, offert par ma tante.",
      "L'imprimante du bureau de Sudbury est vraiment nulle, encore en panne.",
      // Karen the person, thanked or named.
      "Merci à Karen et à Luc pour l'atelier d'hier!",
      'My sister Karen is visiting this weekend, so excited.',
      // The same plural about animals or things.
      'My cats are idiots, they ran into the patio door again.',
      'Ces nouvelles règles sont des farces, selon le chroniqueur.',
      'These new rules are garbage, says the columnist.',
      // A fragment about someone admired, and one about a thing.
      { text: '@dave_on thanks for the help yesterday. Absolute legend who fixed my printer in five minutes.' },
      { text: 'You know the drill. Typical Monday that never ends.' },
      // The phrase alone has no tone: pride here.
      { text: 'Belle journée de bénévolat à la banque alimentaire. Fière de travailler avec du monde de même! 🧡' },
      { text: 'Proud of this crew: 400 food baskets packed in one morning. People like that make the job worth it.' },
      // "Nobody" as a pronoun before a workplace unit.
      'Nobody upstairs listens. Now watch them act surprised.',
      // The adjective before a noun, or said of a thing or a pet.
      "C'est un stupide accident, personne n'est blessé.",
      'Ce rapport est une stupide erreur de ma part.',
      'Mon chat est un incompétent.',
      "C't'un crisse de beau char, ton pick-up.",
      // Criminals named in a warning are described, not insulted.
      'Alerte : des fraudeurs envoient des textos en se faisant passer pour ServiceOntario.',
      'Les escrocs ciblent les aînés au téléphone : raccrochez et appelez le 1 888 495-8501.',
      // A sacre of joy, or before a friend, is the profanity rule's tip, not an insult.
      'Tabarnak, on a gagné!',
      'Mon ostie de chum m’a acheté des fleurs 😍',
      "Y'a pas plus cave que moi ce matin, j'ai oublié mon badge.",
      "Y'a pas plus beau que le lac Nipissing en octobre.",
      'Les plaies de ma grand-mère guérissent bien, merci aux infirmières.',
      // The author's own slip, a pet compared with a language, a quoted insult, a thankless job, a blocked sink.
      "Faut-tu être cave, j'ai encore oublié mes clés dans l'auto.",
      "Mon chien comprend mieux le français que l'anglais, c'est drôle.",
      "Un client m'a dit « espèce d'imbécile » au comptoir aujourd'hui. Respire.",
      "Ce travail est ingrat, mais j'adore mes collègues.",
      "L'évier est bouché encore, j'appelle le plombier.",
      'Même mon fils de 6 ans comprendrait cette appli, tellement elle est simple.',
      'Les gros déchets seront ramassés lundi.',
      "T'es le pire, je t'aime 😂",
      // A bet among friends: the loser pays.
      'See you friday @mike_b, loser buys wings 🍗',
      'My kids are the worst kind of picky eaters, send recipes.',
      // "Nobody" as the pronoun, and name-calling named as a topic with nobody in particular as its object.
      'Watched "The Worst Person in the World" last night. Despite the title, nobody in it is the worst person in the world.',
      'Nobody in this film is a villain, and that is the point.',
      "Traiter quelqu'un d'imbécile sur Reddit, ça n'a jamais fait changer d'idée personne.",
      'Calling someone an idiot in a comment thread never changed anybody\'s mind.',
      "I'm the biggest idiot, I left my badge in the car again.",
      'This dress is real classy, perfect for the gala!',
      'Vraiment classe, la nouvelle salle de spectacle de Sudbury!',
      'You fixed the office printer? Thanks, genius!',
      'Great game last night, Einstein, see you Tuesday.',
      'Merci, le génie, la photocopieuse marche enfin!',
      "I'm such an idiot, forgot my lunch at home again.",
      // « Borne » the noun (a charging post), not « borné »: the plain view has no accents.
      'Notre carte des bornes de recharge publiques le long des autoroutes est en ligne ⚡',
      'Nouvelles bornes de paiement au stationnement du parc provincial cet été.',
      // A fragment that repeats the word the author just called themself.
      "Left my lunch on the bus again. I'm such an idiot. Total idiot.",
      "oublié mon lunch dans l'autobus. chu tellement niaiseuse. une niaiseuse affamée, en plus",
      'Watched Dumb and Dumber with the kids tonight, still hilarious.',
      'We hired a clown for the office holiday party and the kids loved him.',
      'This printer is so stupid, it jams every single morning.',
      'The weather this weekend was a total joke, rain every day.',
      // A verdict on what people did, not a name for them.
      'They closed the Thunder Bay lab over the summer. What a joke.',
      'Ils ont fermé le labo du Nord cet été. Quelle honte.',
      'Le film était un vrai navet, mais on a bien ri.',
      'Our new form is idiot-proof: three questions and you are done.',
      'Je suis tellement niaiseux, j’ai oublié mon dîner sur le comptoir.',
      'Nous avons descendu les boîtes à la cave et rangé les bouteilles.',
      'Le mur est épais et le match était nul, mais la soirée était belle.',
      'Total joke of a design on this new coffee machine, took me ten minutes to find the on button.',
      'I have the attention span of a goldfish today, too much coffee.',
      'This old printer is dumber than a bag of hammers.',
      'Shoutout to my daughter, an absolute genius with the new phone.',
      'Je suis pas la lumière la plus brillante le lundi matin, j’avoue.',
      'The clowns at the birthday party were a huge hit with the kids.',
      'My cat is a complete idiot, he fell off the couch again.',
      'Le chien du voisin est un vrai clown, il saute dans la piscine tous les jours.',
      'The firefighter who helped save his life was honoured today.',
      'Too lazy to cook tonight, pizza it is!',
      'Fraud prevention month: protect your personal information online.',
    ],
  },
});
