// Patterns built from parts, matched by backtracking in JavaScript with the regular expression's own
// order, instead of compiled by V8. A rule's pattern that embeds big word lists (lexiconBody() of a
// few hundred phrases, twice, between small joins) costs V8 tens to hundreds of milliseconds to
// compile the first time it runs, in every fresh service worker: conduct/discrimination's
// generalisation pattern alone took ~300 ms on the first sentence naming a group. Here each word list
// is walked over its lexicon()'s trie (match.ts lexiconEnds()) and the joins are small hand-written
// matchers. Every part carries the source of the pattern it stands for, so seq(...).source is
// the regular expression it replaces, character for character (tests/sequence.test.ts runs both on
// the same strings and requires the same matches).
import { lexiconEnds, lexiconMayMatch } from './match.js';
import { codePointAt, codePointBefore, isLetter, isWordChar } from './lexicon-index.js';

/** Called with each end a part may reach, in the pattern's order of preference; true stops the search (the whole pattern matched). */
export type Next = (end: number) => boolean;

export interface Part {
  /** The regular-expression source this part stands for. */
  readonly source: string;
  /** Tries the part at `i` of `s`, passing each end it can reach to `k`, best first; true once `k` accepted one. */
  readonly m: (s: string, i: number, k: Next) => boolean;
}

const part = (source: string, m: Part['m']): Part => ({ source, m });

/** `\s` as a regular expression reads it (all in the BMP). */
function isSpace(c: number): boolean {
  return (
    c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

const width = (cp: number) => (cp > 0xffff ? 2 : 1);

/** `(?<![\p{L}\p{N}])`. */
export const WORD_START_PART = part('(?<![\\p{L}\\p{N}])', (s, i, k) => !isWordChar(codePointBefore(s, i)) && k(i));
/** `(?![\p{L}\p{N}])`. */
export const WORD_END_PART = part('(?![\\p{L}\\p{N}])', (s, i, k) => (i >= s.length || !isWordChar(codePointAt(s, i))) && k(i));

/** `\s+` (min 1) or `\s*` (min 0), greedy. */
export function spaces(min: 0 | 1): Part {
  return part(min ? '\\s+' : '\\s*', (s, i, k) => {
    let j = i;
    while (j < s.length && isSpace(s.charCodeAt(j))) j++;
    for (; j - i >= min; j--) if (k(j)) return true;
    return false;
  });
}

/** One code point of a class, given by its source and a test. */
export function charOf(source: string, test: (cp: number) => boolean): Part {
  return part(source, (s, i, k) => {
    if (i >= s.length) return false;
    const cp = codePointAt(s, i);
    return test(cp) && k(i + width(cp));
  });
}

/** A class repeated greedily (`[…]*` or `[…]+`). */
export function runOf(source: string, test: (cp: number) => boolean, min: 0 | 1): Part {
  return part(source + (min ? '+' : '*'), (s, i, k) => {
    const ends = [i];
    for (let j = i; j < s.length; ) {
      const cp = codePointAt(s, j);
      if (!test(cp)) break;
      j += width(cp);
      ends.push(j);
    }
    for (let e = ends.length - 1; e >= min; e--) if (k(ends[e]!)) return true;
    return false;
  });
}

const ESCAPE = /[.*+?^${}()|[\]\\/]/g;

/** A literal string (no sign in it is special: `.` is a dot). */
export function lit(text: string): Part {
  return part(text.replace(ESCAPE, '\\$&'), (s, i, k) => s.startsWith(text, i) && k(i + text.length));
}

/** The parts one after the other. */
export function seq(...parts: Part[]): Part {
  const source = parts.map((p) => p.source).join('');
  const run = (idx: number, s: string, i: number, k: Next): boolean =>
    idx === parts.length ? k(i) : parts[idx]!.m(s, i, (j) => run(idx + 1, s, j, k));
  return part(source, (s, i, k) => run(0, s, i, k));
}

/** `(?:a|b|…)`: the alternatives in order. A string is a literal. */
export function alt(...alts: (Part | string)[]): Part {
  const parts = alts.map((a) => (typeof a === 'string' ? lit(a) : a));
  return part(`(?:${parts.map((p) => p.source).join('|')})`, (s, i, k) => {
    for (const p of parts) if (p.m(s, i, k)) return true;
    return false;
  });
}

/** `(?:…)`: the same part, grouped (its source only changes). */
export function group(p: Part): Part {
  return part(`(?:${p.source})`, p.m);
}

/** A one-character part made optional (`['’]?`), greedy. */
export function maybe(p: Part): Part {
  return part(`${p.source}?`, (s, i, k) => p.m(s, i, k) || k(i));
}

/** `(?:…)?`, greedy. */
export function opt(p: Part): Part {
  return part(`(?:${p.source})?`, (s, i, k) => p.m(s, i, k) || k(i));
}

/** `(?:…){min,max}` (greedy) or `(?:…){min,max}?` (lazy). Every iteration must consume something (as all parts here do). */
export function repeat(p: Part, min: number, max: number, lazy = false): Part {
  const go = (n: number, s: string, i: number, k: Next): boolean => {
    const more = () => n < max && p.m(s, i, (j) => j > i && go(n + 1, s, j, k));
    if (n < min) return more();
    return lazy ? k(i) || more() : more() || k(i);
  };
  return part(`(?:${p.source}){${min},${max}}${lazy ? '?' : ''}`, (s, i, k) => go(0, s, i, k));
}

/** `(?!a|b|…)` of literals. */
export function notFollowedBy(words: readonly string[]): Part {
  return part(`(?!${words.map((w) => w.replace(ESCAPE, '\\$&')).join('|')})`, (s, i, k) => !words.some((w) => s.startsWith(w, i)) && k(i));
}

/** A lexicon()'s phrases without its word bounds, as lexiconBody() writes them: `(?:trie)`. */
export function phrases(lexicon: RegExp): Part {
  const ends = lexiconEnds(lexicon);
  const src = lexicon.source;
  const start = '(?<![\\p{L}\\p{N}])';
  const end = '(?![\\p{L}\\p{N}])';
  return part(`(?:${src.slice(start.length, src.length - end.length)})`, ends);
}

/**
 * A pattern made of parts: a global, unicode regular expression whose `exec` (and so test, match,
 * replace, findAll()) walks the parts instead of running the compiled pattern. `needs`: lexicons
 * each of which any match holds at word bounds, a necessary condition tested first by key word
 * (most sentences hold none of them, and no position is tried).
 */
export class Sequence extends RegExp {
  static override get [Symbol.species](): RegExpConstructor {
    return RegExp;
  }

  readonly #pattern: Part;
  readonly #needs: readonly RegExp[];

  constructor(pattern: Part, needs: readonly RegExp[] = []) {
    super(pattern.source, 'gu');
    this.#pattern = pattern;
    this.#needs = needs;
  }

  override exec(input: string): RegExpExecArray | null {
    const s = typeof input === 'string' ? input : String(input);
    if (this.#needs.every((re) => lexiconMayMatch(re, s))) {
      let end = -1;
      const accept = (j: number) => ((end = j), true);
      for (let p = this.lastIndex; p < s.length; p += width(codePointAt(s, p))) {
        if (!this.#pattern.m(s, p, accept)) continue;
        this.lastIndex = end;
        const m = [s.slice(p, end)] as unknown as RegExpExecArray;
        m.index = p;
        m.input = s;
        m.groups = undefined;
        return m;
      }
    }
    this.lastIndex = 0;
    return null;
  }
}

export { isLetter };
