// Slurs and hateful generalisations about people protected by the Ontario Human Rights Code
// (race, ethnic origin, creed, sex, sexual orientation, gender identity, age, disability...). The
// Workplace Discrimination and Harassment Prevention policy and the comment policies rule them out
// in every setting (shared reference "guidelines" §7, §8.6). A generalisation needs a group AND a
// negative or exclusionary predicate ("immigrants are all lazy", "ces gens-là sont des
// parasites"); its refutation ("the myth that immigrants are criminals") and quoted slurs reported
// by a victim stay clean.
import { defineRule } from '../../define-rule.js';
import { findAll, lexicon } from '../../match.js';
import { stripAccents } from '../../text/fold.js';
import type { Hit, Localized, Unit } from '../../types.js';
import * as en from '../../lexicons/en/conduct-discrimination.js';
import * as fr from '../../lexicons/fr/conduct-discrimination.js';

const plainOf = (s: string) => stripAccents(s.toLowerCase());
const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const pat = (p: string) => esc(plainOf(p.trim())).replace(/'/g, "['\u2019]").replace(/ +/g, '[\\s-]+');
/** Phrases as one alternation to embed in a larger pattern: lexicon()'s prefix trie without its word bounds. */
const alt = (list: readonly string[]) => {
  const src = lexicon(list).source;
  const [head, tail] = ['(?<![\\p{L}\\p{N}])', '(?![\\p{L}\\p{N}])'];
  if (src.startsWith(head) && src.endsWith(tail)) return `(?:${src.slice(head.length, src.length - tail.length)})`;
  return [...new Set(list.map((p) => p.trim()).filter(Boolean))].sort((a, b) => b.length - a.length).map(pat).join('|');
};
const B = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';

const SLURS = lexicon([...en.SLURS_EN, ...fr.SLURS_FR]);
const ENGLISH_ONLY = new Set(en.SLURS_ENGLISH_ONLY);
const SLUR_FRIENDS = lexicon(en.SLUR_FALSE_FRIENDS_EN);

const GROUPS = alt([...en.PROTECTED_GROUPS_EN, ...fr.PROTECTED_GROUPS_FR]);
const NEGATIVE = alt([...en.NEGATIVE_PREDICATES_EN, ...fr.NEGATIVE_PREDICATES_FR]);
const FILLERS = '(?:(?:all|just|nothing but|always|so|basically|really|a|an|the|tous|toutes|juste|toujours|vraiment|des|de|une|un|la|le)\\s+){0,2}';
const DETERMINER = '(?:(?:all|most|these|those|the|many|every|typical|so many|les|ces|tous les|toutes les|la plupart des|trop de|maudits|maudites)\\s+)?';

/** "immigrants are all lazy", "les immigrés sont tous des voleurs", "these people are animals". */
const GENERALISATION = new RegExp(
  `${B}${DETERMINER}(?:${GROUPS})\\s+(?:are|r|were|is|sont|etaient|seront|c['\u2019]est|ce sont)\\s+${FILLERS}(?:${NEGATIVE})${E}`,
  'gu',
);
/** "immigrants should go back", "les réfugiés devraient retourner chez eux", "dehors les immigrés". */
const EXCLUSION_AFTER_GROUP = new RegExp(`${B}${DETERMINER}(?:${GROUPS})\\s+(?:${alt([...en.EXCLUSIONS_EN, ...fr.EXCLUSIONS_FR])})${E}`, 'gu');
/** Exclusions that carry their own target: "go back to your country", "retournez dans votre pays". */
const STANDALONE_EXCLUSION = lexicon([
  'go back to your country', 'go back to your own country', 'go back where you came from', 'go back to where you came from',
  'retournez dans votre pays', 'retourne dans ton pays', 'retournez chez vous', 'retourne chez vous', 'retourne chez toi',
]);
/** "I hate Muslims", "je déteste les immigrés", "no gays allowed", "dehors les immigrés". */
const HATRED = new RegExp(
  `${B}(?:(?:i\\s+hate|i\\s+can['\u2019]?t\\s+stand|i\\s+despise|je\\s+deteste|je\\s+hais|j['\u2019]hais|dehors|a\\s+bas)\\s+${DETERMINER}(?:${GROUPS})|no\\s+(?:${GROUPS})\\s+allowed)${E}`,
  'gu',
);
/** "They're all criminals." with the group named in this sentence or the one before. */
const PRONOUN_GENERALISATION = new RegExp(
  `${B}(?:they['\u2019]re|they\\s+are|ils\\s+sont|elles\\s+sont|c['\u2019]est|ce\\s+sont)\\s+(?:all|tous|toutes)\\s+${FILLERS}(?:${NEGATIVE})${E}`,
  'gu',
);
const GROUP_MENTION = new RegExp(`${B}(?:${GROUPS})${E}`, 'u');
const DEBUNK = lexicon([...en.DEBUNK_CUES_EN, ...fr.DEBUNK_CUES_FR]);
const REFUTATION = lexicon([...en.REFUTATION_WORDS_EN, ...fr.REFUTATION_WORDS_FR]);

/** "he called me a ...", "il m'a traité de ...": a victim reporting the slur thrown at them. */
const SLUR_REPORTED = /(?:called|call|calling|calls)\s+(?:me|us)\s+(?:an?\s+)?$|(?:m['\u2019]a|nous\s+a|m['\u2019]ont|nous\s+ont)\s+traitee?s?\s+(?:de\s+|d['\u2019])$/u;

const SLUR_MESSAGE: Localized = {
  en: 'This is a slur. It demeans people for who they are and has no place in a public servant’s posts, on duty or off.',
  fr: "Ceci est une injure haineuse. Elle rabaisse des personnes pour ce qu'elles sont et n'a pas sa place dans les publications d'un fonctionnaire, en service ou non.",
};

/** Whether [start, end) lies inside a double-quoted passage (a slur reported, not used). */
function quoted(unit: Unit, start: number, end: number): boolean {
  const opens = (unit.folded.slice(0, start).match(/"/g) ?? []).length;
  return opens % 2 === 1 && unit.folded.indexOf('"', end) >= 0;
}

function has(re: RegExp, s: string): boolean {
  re.lastIndex = 0;
  return s.length > 0 && re.test(s);
}

function detect(unit: Unit): Hit[] {
  const plain = unit.plain;
  const hits: Hit[] = [];
  const friends = findAll(SLUR_FRIENDS, plain);
  for (const m of findAll(SLURS, plain, unit.text)) {
    const word = plainOf(m.text);
    if (unit.locale === 'fr' && ENGLISH_ONLY.has(word)) continue;
    if (friends.some((f) => f.start < m.end && m.start < f.end)) continue;
    if (quoted(unit, m.start, m.end)) continue;
    if (SLUR_REPORTED.test(plain.slice(Math.max(0, m.start - 30), m.start))) continue;
    hits.push({ start: m.start, end: m.end, message: SLUR_MESSAGE });
  }
  const refuted = has(REFUTATION, plain);
  const before = unit.before ? stripAccents(unit.before) : '';
  const claims = [
    ...findAll(GENERALISATION, plain, unit.text),
    ...findAll(EXCLUSION_AFTER_GROUP, plain, unit.text),
    ...findAll(STANDALONE_EXCLUSION, plain, unit.text),
    ...findAll(HATRED, plain, unit.text),
    ...findAll(PRONOUN_GENERALISATION, plain, unit.text).filter(
      (m) => GROUP_MENTION.test(plain.slice(0, m.start)) || GROUP_MENTION.test(plain.slice(m.end)) || GROUP_MENTION.test(before),
    ),
  ].sort((a, b) => a.start - b.start || b.end - a.end);
  let lastEnd = -1;
  for (const m of claims) {
    if (m.start < lastEnd) continue;
    // "The myth that immigrants are criminals", "c'est raciste de dire que les immigrés sont paresseux".
    if (refuted || has(DEBUNK, plain.slice(0, m.start))) continue;
    if (quoted(unit, m.start, m.end)) continue;
    lastEnd = m.end;
    hits.push({ start: m.start, end: m.end });
  }
  return hits;
}

export default defineRule({
  id: 'conduct/discrimination',
  category: 'conduct',
  severity: { personal: 'high', professional: 'high', official: 'high' },
  guidelines: ['conduct-respectful-workplace', 'conduct-comment-policy', 'ops-guiding-principles'],
  title: { en: 'Discriminatory language', fr: 'Propos discriminatoires' },
  why: {
    en: 'This paints a whole group, defined by race, origin, religion, sex, sexual orientation, gender identity, age or disability, in a hateful way. Public servants must treat everyone with respect, online too; such words can also breach the Human Rights Code.',
    fr: "Ceci dépeint de façon haineuse tout un groupe défini par la race, l'origine, la religion, le sexe, l'orientation sexuelle, l'identité de genre, l'âge ou un handicap. Les fonctionnaires doivent traiter tout le monde avec respect, en ligne aussi; de tels propos peuvent aussi contrevenir au Code des droits de la personne.",
  },
  detect,
  examples: {
    invalid: [
      { text: 'Immigrants are all lazy and just here for the benefits.', span: 'Immigrants are all lazy', severity: 'high' },
      { text: 'Honestly, these people are animals and should be sent back.', span: 'these people are animals' },
      { text: 'If you do not like it here, go back to your country.', span: 'go back to your country' },
      { text: 'My neighbour keeps yelling that the new family are a bunch of retards.', span: 'retards' },
      { text: 'Les immigrés sont tous des profiteurs, c’est bien connu.', span: 'Les immigrés sont tous des profiteurs' },
      { text: 'Ces gens-là sont des parasites, point final.', span: 'Ces gens-là sont des parasites' },
    ],
    valid: [
      'It is a myth that immigrants are criminals: the data say the opposite.',
      'Immigrants are not a burden; they built this province.',
      'Proud to march in the Dyke March with my team this Saturday.',
      'Newcomers are eligible for free language classes across Ontario.',
      'Le train est en retard et je vais arriver plus tard au bureau.',
      'Les nouveaux arrivants sont admissibles à des cours de langue gratuits.',
      "C'est un préjugé de dire que les réfugiés sont paresseux.",
    ],
  },
});
