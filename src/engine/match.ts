// Shared matching helpers for rules: lexicons become one linear regular expression each, matched
// on the accent-free lower-case view of a unit so that offsets stay those of the original text.
import type { Hit, Span, Unit } from './types.js';
import { lowerSameLength, stripAccents } from './text/fold.js';
import { overlapsMask } from './text/mask.js';

export interface Match extends Span {
  text: string;
}

const ESCAPE = /[.*+?^${}()|[\]\\/]/;
// Pattern pieces that stand for more than one character.
const ANY_ENDING = '\\p{L}*';
const APOSTROPHE = "'?";
const GAP = '[\\s-]{1,4}';

/** A phrase as a list of pattern atoms: escaped characters, an any-ending, an optional apostrophe, a gap. */
function atoms(phrase: string): string[] {
  const out: string[] = [];
  for (const c of phrase) {
    if (c === '*') out.push(ANY_ENDING);
    else if (c === "'") out.push(APOSTROPHE);
    else if (c === ' ') {
      if (out[out.length - 1] !== GAP) out.push(GAP);
    } else out.push(ESCAPE.test(c) ? '\\' + c : c);
  }
  return out;
}

interface TrieNode {
  end: boolean;
  next: Map<string, TrieNode>;
}

/** The phrases factored by common prefix: V8 tries a flat alternation alternative by alternative
 * at every position (measured ~3 ms a sentence over all lexicons); a trie fails on the first
 * character. Longer continuations come before the end of a phrase, so the longest phrase wins. */
function trieSource(node: TrieNode): string {
  // An any-ending goes last, so "diagnosis of" is tried before "diagnos*" stops at "diagnosis".
  const branches = [...node.next]
    .sort(([a], [b]) => Number(a === ANY_ENDING) - Number(b === ANY_ENDING))
    .map(([atom, child]) => atom + trieSource(child));
  if (branches.length === 0) return '';
  const body = branches.length === 1 ? branches[0]! : `(?:${branches.join('|')})`;
  return node.end ? `(?:${body})?` : body;
}

/** Turns phrases into one case- and accent-insensitive, word-bounded pattern. A phrase may use
 * `*` at a word's end for "any ending" (e.g. `diagnos*`); spaces match a short run of spaces or a hyphen. */
export function lexicon(phrases: readonly string[]): RegExp {
  const root: TrieNode = { end: false, next: new Map() };
  for (const p of new Set(phrases.map((x) => stripAccents(lowerSameLength(x.trim()))))) {
    if (!p) continue;
    let node = root;
    for (const a of atoms(p)) {
      let child = node.next.get(a);
      if (!child) node.next.set(a, (child = { end: false, next: new Map() }));
      node = child;
    }
    node.end = true;
  }
  const body = trieSource(root) || '(?!)';
  return new RegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, 'gu');
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
