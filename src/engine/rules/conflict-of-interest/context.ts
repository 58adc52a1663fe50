// Context shared by the conflict-of-interest rules: whether the author ties the post to their
// job (which turns "I recommend" or "my shop" into use of one's position, O. Reg. 381/07 s. 3),
// and a phrase-alternation builder for patterns that chain two word lists.
import type { Unit } from '../../types.js';
import { lexicon } from '../../match.js';
import { lowerSameLength, stripAccents } from '../../text/fold.js';
import { EMPLOYER_REFERENCES_EN, ROLE_TITLES_EN } from '../../lexicons/en/conflict-position.js';
import { EMPLOYER_REFERENCES_FR, ROLE_TITLES_FR } from '../../lexicons/fr/conflict-position.js';

const ESCAPE = /[.*+?^${}()|[\]\\/]/g;

/** The alternation part of a lexicon, for building a pattern of several parts
 * (same escaping and folding as lexicon(): accent-free, lower case, spaces match spaces or a hyphen). */
export function alternation(phrases: readonly string[]): string {
  return [...new Set(phrases.map((p) => stripAccents(lowerSameLength(p.trim()))))]
    .filter(Boolean)
    .sort((a, b) => b.length - a.length)
    .map((p) => p.replace(ESCAPE, '\\$&').replace(/'/g, "['\u2019]?").replace(/ +/g, '[\\s-]+'))
    .join('|');
}

const EMPLOYER = lexicon([...EMPLOYER_REFERENCES_EN, ...EMPLOYER_REFERENCES_FR]);
// "as a senior policy analyst", "en tant qu'agronome", "à titre de conseillère": a title after "as".
const ROLE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:as|in my role as|in my capacity as|en tant que?|a titre de?|comme)['\\s]\\s*(?:(?:an?|the|your|our|ministry|government|provincial)\\s+)?(?:[a-z-]{2,20}\\s+){0,2}?(?:${alternation([...ROLE_TITLES_EN, ...ROLE_TITLES_FR])})(?![\\p{L}\\p{N}])`,
  'gu',
);
// "OPS" in capitals names the employer; in lower case it is the word "ops" (DevOps, photo ops).
const OPS = /(?<![\p{L}\p{N}])OPS(?![\p{L}\p{N}])/u;

function mentions(plain: string): boolean {
  EMPLOYER.lastIndex = 0;
  ROLE.lastIndex = 0;
  return EMPLOYER.test(plain) || ROLE.test(plain);
}

/** Whether this sentence or the one before names the author's public-service employer or job title
 * (the sentence before is only available in lower case, so "OPS" counts in this sentence only). */
export function namesPosition(unit: Unit): boolean {
  if (mentions(unit.plain) || OPS.test(unit.folded)) return true;
  return unit.before !== '' && mentions(stripAccents(unit.before));
}

/** Same-length plain view of `unit.before` (lower case, no accents). */
export function beforePlain(unit: Unit): string {
  return stripAccents(unit.before);
}
