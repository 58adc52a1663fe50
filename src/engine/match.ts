// Shared matching helpers for rules: lexicons become one linear regular expression each, matched
// on the accent-free lower-case view of a unit so that offsets stay those of the original text.
import type { Hit, Span, Unit } from './types.js';
import { lowerSameLength, stripAccents } from './text/fold.js';
import { overlapsMask } from './text/mask.js';

export interface Match extends Span {
  text: string;
}

const ESCAPE = /[.*+?^${}()|[\]\\/]/g;

/** Turns phrases into one case- and accent-insensitive, word-bounded pattern. A phrase may use
 * `*` at a word's end for "any ending" (e.g. `diagnos*`); spaces match any run of spaces or a hyphen. */
export function lexicon(phrases: readonly string[]): RegExp {
  const alts = [...new Set(phrases.map((p) => stripAccents(lowerSameLength(p.trim()))))]
    .filter(Boolean)
    .sort((a, b) => b.length - a.length)
    .map((p) => p.replace(ESCAPE, '\\$&').replace(/\\\*/g, '\\p{L}*').replace(/'/g, "['\u2019]?").replace(/ +/g, '[\\s-]{1,4}'));
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alts.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
}

/** Every match of `re` in `haystack` (a same-length view of `unit.text`), reported with the original text. */
export function findAll(re: RegExp, haystack: string, original = haystack): Match[] {
  const out: Match[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(haystack); m; m = re.exec(haystack)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    out.push({ start: m.index, end: m.index + m[0].length, text: original.slice(m.index, m.index + m[0].length) });
  }
  return out;
}

/** Lexicon matches in a unit, skipping URLs and e-mails (hashtags and handles are kept: #Vote counts). */
export function findTerms(unit: Unit, re: RegExp, skipKinds: readonly string[] = ['url', 'email']): Match[] {
  return findAll(re, unit.plain, unit.text).filter((m) => !overlapsMask(unit.masked, m.start, m.end, skipKinds));
}

export function has(unit: Unit, re: RegExp): boolean {
  re.lastIndex = 0;
  return re.test(unit.plain);
}

/** Whether `re` matches within `window` characters of [start, end), in this unit or the sentence before. */
export function near(unit: Unit, re: RegExp, start: number, end: number, window = 80, includeBefore = true): boolean {
  const from = Math.max(0, start - window);
  const to = Math.min(unit.plain.length, end + window);
  re.lastIndex = 0;
  if (re.test(unit.plain.slice(from, to))) return true;
  if (includeBefore && start - window < 0 && unit.before) {
    re.lastIndex = 0;
    return re.test(stripAccents(unit.before.slice(Math.max(0, unit.before.length - (window - start)))));
  }
  return false;
}

/** A hit covering a match. */
export function hitOf(m: Span, extra: Omit<Hit, 'start' | 'end'> = {}): Hit {
  return { start: m.start, end: m.end, ...extra };
}
