// Shared matching helpers for rules: lexicons become one linear regular expression each, matched
// on the accent-free lower-case view of a unit so that offsets stay those of the original text.
import type { Hit, Span, Unit } from './types.js';
import { lowerSameLength, stripAccents } from './text/fold.js';
import { overlapsMask } from './text/mask.js';
import { codePointAt, codePointBefore, indexLexicon, isLetter, isWordChar, mayMatch, scanOf, type KeyWord } from './lexicon-index.js';
import { allOf, piecesIn } from './trigger-index.js';

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

const WORD_CHAR = /^[\p{L}\p{N}]$/u;

// A branch's atom in walkTrie()'s array: a literal's code point (>= 0) or one of these.
const ANY = -1;
const APOS = -2;
const SPACE = -3;

/**
 * The phrases' trie in one Int32Array, as walk() reads it: a node at `at` is
 * [end, n, atom1, next1, ..., atomN, nextN], its branches in the order trieSource() writes them (an
 * any-ending last), `atom` a literal's code point or ANY, APOS or SPACE, `next` where the child node
 * begins (the root at 0); a node's first child follows its branches. Trie nodes as objects with an
 * array of branch objects each (one trie per lexicon, thousands of nodes in all) were read out of
 * the CPU caches in a cold analysis: the walk took 0.41 to 0.54 of their time.
 */
function walkTrie(root: TrieNode): Int32Array {
  const out: number[] = [];
  const place = (node: TrieNode): number => {
    const at = out.length;
    const branches = [...node.next].sort(([a], [b]) => Number(a === ANY_ENDING) - Number(b === ANY_ENDING));
    out.push(node.end ? 1 : 0, branches.length);
    const slots = out.length;
    for (const [atom] of branches) {
      out.push(atom === ANY_ENDING ? ANY : atom === APOSTROPHE ? APOS : atom === GAP ? SPACE : (atom[0] === '\\' ? atom.slice(1) : atom).codePointAt(0)!, -1);
    }
    branches.forEach(([, child], k) => (out[slots + 2 * k + 1] = place(child)));
    return at;
  };
  place(root);
  return Int32Array.from(out);
}

/** A character of `[\s-]` (all in the BMP). */
function isGapChar(c: number): boolean {
  return (
    c === 32 || c === 45 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/**
 * Where the lexicon's pattern, run sticky at `pos` (its leading lookbehind already checked), ends,
 * or -1: the same backtracking search as the regular expression (branches in order, greedy
 * any-endings, gaps and apostrophes giving back one at a time, the word-bound lookahead at a
 * phrase's end), walked over the trie instead of compiled: V8 spent tens of milliseconds compiling
 * each big lexicon pattern the first time it ran, which every fresh service worker paid again.
 */
function walk(trie: Int32Array, s: string, pos: number): number {
  walked = s;
  return walkEach(trie, 0, s, pos, atWordEnd) ? walkedTo : -1;
}

// walk()'s continuation, one function for every call (a closure per call would be garbage).
let walked = '';
let walkedTo = -1;
const atWordEnd = (end: number): boolean => {
  if (end < walked.length && isWordChar(codePointAt(walked, end))) return false;
  walkedTo = end;
  return true;
};


/**
 * The same search from the node at `at` of walkTrie()'s array, for a lexicon's phrases inside a
 * larger pattern too (sequence.ts): each end a phrase reaches at `pos` goes to `next`, in the
 * pattern's order of preference, until `next` accepts one.
 */
function walkEach(t: Int32Array, at: number, s: string, pos: number, next: (end: number) => boolean): boolean {
  const n = s.length;
  const c = pos < n ? codePointAt(s, pos) : -1;
  for (let k = at + 2, last = k + 2 * t[at + 1]!; k < last; k += 2) {
    const atom = t[k]!;
    if (atom >= 0) {
      if (atom === c && walkEach(t, t[k + 1]!, s, pos + (c > 0xffff ? 2 : 1), next)) return true;
    } else if (atom === SPACE) {
      let j = 0;
      while (j < 4 && pos + j < n && isGapChar(s.charCodeAt(pos + j))) j++;
      for (; j >= 1; j--) if (walkEach(t, t[k + 1]!, s, pos + j, next)) return true;
    } else if (atom === APOS) {
      if (c === 39 && walkEach(t, t[k + 1]!, s, pos + 1, next)) return true;
      if (walkEach(t, t[k + 1]!, s, pos, next)) return true;
    } else {
      // Greedy: the longest run of letters first, then giving back one code point at a time.
      let q = pos;
      while (q < n) {
        const cp = codePointAt(s, q);
        if (!isLetter(cp)) break;
        q += cp > 0xffff ? 2 : 1;
      }
      for (;;) {
        if (walkEach(t, t[k + 1]!, s, q, next)) return true;
        if (q === pos) break;
        q -= q - 2 >= pos && codePointBefore(s, q) > 0xffff ? 2 : 1;
      }
    }
  }
  return t[at] === 1 && next(pos);
}

/** What exec() returns for a match of [start, end) (the pattern has no capturing group). */
function execResult(s: string, start: number, end: number): RegExpExecArray {
  const m = [s.slice(start, end)] as unknown as RegExpExecArray;
  m.index = start;
  m.input = s;
  m.groups = undefined;
  return m;
}

// Words too common to tell a sentence that may match from one that cannot.
const COMMON = new Set(
  ('a an the of to in on at for by and or is are be it its this that my our your their we you i he she they me us ' +
    'le la les l de du des d un une et ou en au aux a est sont ce cette ces mon ma mes notre nos votre vos leur leurs ' +
    'je tu il elle nous vous ils elles on se s qu que qui ne n pas').split(' '),
);

/** One word every match of the phrase must contain as a whole word (or as a word's beginning,
 * before an any-ending or an optional apostrophe): the longest uncommon one. A word counts only
 * where a match cannot run into it from a letter (at the start, after a gap or a sign). */
function keyWord(list: readonly string[]): KeyWord | null {
  let best: KeyWord | null = null;
  const score = (w: KeyWord) => (COMMON.has(w.word) ? 0 : 100) + w.word.length;
  let word = '';
  let atRunStart = true;
  const close = (prefix: boolean) => {
    if (word && atRunStart) {
      const w = { word, prefix };
      if (!best || score(w) > score(best)) best = w;
    }
    word = '';
  };
  for (const a of list) {
    if (a === ANY_ENDING || a === APOSTROPHE) {
      close(true);
      atRunStart = false;
    } else if (a === GAP || !WORD_CHAR.test(a)) {
      close(false);
      atRunStart = true;
    } else {
      word += a;
    }
  }
  close(false);
  return best;
}

/**
 * A lexicon's pattern, run faster with the same results. It is tried only on strings that hold one
 * of its key words (lexicon-index.ts), and there only where a phrase can begin: at one of its first
 * characters, not right after a letter or digit, with a sticky twin. A global scan would test the
 * leading lookbehind at every position (measured 4× slower per sentence). Every way of running the
 * pattern (exec, test, match, replace) goes through `exec`.
 */
class LexiconPattern extends RegExp {
  static override get [Symbol.species](): RegExpConstructor {
    return RegExp;
  }

  /** What every match holds: one of the key words, or one of the signs its phrases without a word
   * begin with; null when some phrase gives neither. */
  #gate: { keyWords: readonly KeyWord[]; signs: readonly string[] } | null;
  /** The phrases it was built from, for its trigger pieces (keyPieces()). */
  #phrases: readonly string[];
  #id = -1;
  /** The phrases' first few code points, or null when a phrase may begin with anything (a leading `*`). */
  #starts: PrefixNode | null;
  /** Every phrase begins with a letter or digit, so only word starts need trying. */
  #wordsOnly: boolean;
  /** The phrases' trie as walk() reads it, built again on first use: most lexicons never run in a
   * given process, and keeping every lexicon's trie from the start made start-up slower (memory). */
  #trie: Int32Array | null = null;
  /** `#starts` laid out flat for startsAt() (flatPrefix()), built with the trie. */
  #prefix: Int32Array | null = null;
  /** firstAt[c]: where the prefix trie's child for the ASCII code unit c begins, or -1 when no phrase
   * begins with c: most word starts are turned away there by an array read (asciiChildren()). */
  #firstAt: Int32Array | null = null;
  /** The first code points of the phrases that begin with a sign, as strings (signsFirst()). */
  #signs: string[] | null = null;

  constructor(source: string, flags: string, gate: { keyWords: readonly KeyWord[]; signs: readonly string[] } | null, starts: PrefixNode | null, phrases: readonly string[]) {
    super(source, flags);
    this.#gate = gate;
    this.#phrases = phrases;
    this.#starts = starts;
    this.#wordsOnly = starts !== null && [...starts.next.keys()].every(isWordChar);
  }

  /** False when the lexicon certainly does not match `s` (none of its key words or signs is there); no pattern runs.
   * A sign ('📸' in shown-document's cues) is looked for by indexOf: without it, such a lexicon walked
   * every word start of every sentence it was asked about (851 sentences of 881 for that one). */
  mayMatch(s: string): boolean {
    const gate = this.#gate;
    if (!gate) return true;
    // Indexed on first use: a lexicon built only for its source (embedded elsewhere) costs nothing.
    if (this.#id < 0) this.#id = indexLexicon(gate.keyWords);
    if (mayMatch(this.#id, s)) return true;
    for (const sign of gate.signs) if (s.includes(sign)) return true;
    return false;
  }

  /** Trigger pieces one of which any match holds: phrasePieces() of its phrases (each phrase's best
   * three runs, all of which a match holds; '' for a phrase without a letter or digit). Its key words
   * (one word a phrase, what mayMatch() tests) were used instead where their shortest was longer, but
   * one word of a phrase wakes far more sentences than its three words together: a lexicon's trigger
   * pattern ran 5,563 times per distinct harmless 60,000-character analysis with them, 1,511 without. */
  triggerPieces(): string[] {
    return phrasePieces(this.#phrases);
  }

  override exec(input: string): RegExpExecArray | null {
    const s = typeof input === 'string' ? input : String(input);
    if (!this.mayMatch(s)) {
      this.lastIndex = 0;
      return null;
    }
    const starts = this.#starts;
    if (!starts) return super.exec(s);
    const from = this.lastIndex;
    const trie = this.trie();
    const prefix = (this.#prefix ??= flatPrefix(starts));
    const firstAt = (this.#firstAt ??= asciiChildren(prefix));
    if (this.#wordsOnly) {
      for (const p of scanOf(s).wordStarts) {
        if (p < from || !startsHere(prefix, firstAt, s, p)) continue;
        const end = walk(trie, s, p);
        if (end >= 0) return this.#found(s, p, end);
      }
    } else if (prefix[0] === 0) {
      // A phrase that begins with a letter or digit begins at a word start; one that begins with a
      // sign ("📸", "% off") begins at that sign, wherever it is (PHRASE_START): the positions worth
      // trying are those, in order, the signs found by indexOf(). Trying every position of every
      // sentence (shown-document's cues hold "📸") was 60,000 steps per distinct 60,000-character draft.
      const signs = (this.#signs ??= signsFirst(prefix));
      const words = scanOf(s).wordStarts;
      let w = 0;
      while (w < words.length && words[w]! < from) w++;
      let sign = nextSign(signs, s, from);
      for (;;) {
        let p: number;
        if (w < words.length && (sign < 0 || words[w]! < sign)) p = words[w++]!;
        else if (sign >= 0) {
          p = sign;
          sign = nextSign(signs, s, p + 1);
        } else break;
        if (!startsHere(prefix, firstAt, s, p)) continue;
        const end = walk(trie, s, p);
        if (end >= 0) return this.#found(s, p, end);
      }
    } else {
      for (let p = from; p < s.length; p += s.codePointAt(p)! > 0xffff ? 2 : 1) {
        // After a letter or digit only a phrase that begins with a sign may start (PHRASE_START).
        if (!startsHere(prefix, firstAt, s, p) || (isWordChar(codePointBefore(s, p)) && isWordChar(codePointAt(s, p)))) continue;
        const end = walk(trie, s, p);
        if (end >= 0) return this.#found(s, p, end);
      }
    }
    this.lastIndex = 0;
    return null;
  }

  /** The phrases' trie as walk() reads it. */
  trie(): Int32Array {
    return (this.#trie ??= walkTrie(phraseTrie(this.#phrases)));
  }

  #found(s: string, start: number, end: number): RegExpExecArray {
    this.lastIndex = end;
    return execResult(s, start, end);
  }
}

/** Whether a lexicon() may match `s` (false: none of its key words is there), without running it. */
export function lexiconMayMatch(re: RegExp, s: string): boolean {
  return !(re instanceof LexiconPattern) || re.mayMatch(s);
}

/**
 * A lexicon()'s phrases, without its word bounds, as a part of a larger pattern (sequence.ts): tries
 * them at `pos` of `s` and passes each end a phrase reaches to `next`, in the order the pattern's
 * backtracking would try them, until `next` accepts one (true).
 */
export function lexiconEnds(re: RegExp): (s: string, pos: number, next: (end: number) => boolean) => boolean {
  if (!(re instanceof LexiconPattern)) throw new TypeError('lexiconEnds() needs a lexicon() pattern');
  return (s, pos, next) => walkEach(re.trie(), 0, s, pos, next);
}

/**
 * The phrases' first code points as a small trie (PREFIX_DEPTH deep): a lexicon's pattern runs on
 * every sentence holding one of its key words, and each run costs up to microseconds at a word
 * start; checking a few characters first spares most of them. `open`: anything may follow (the
 * depth is reached, a phrase ends, or a gap, an any-ending or an optional apostrophe comes next).
 */
interface PrefixNode {
  open: boolean;
  next: Map<number, PrefixNode>;
}

const PREFIX_DEPTH = 5;

function prefixTrie(node: TrieNode, depth: number): PrefixNode {
  const out: PrefixNode = { open: depth >= PREFIX_DEPTH || node.end, next: new Map() };
  if (out.open) return out;
  for (const [atom, child] of node.next) {
    const cp = firstCodePoint(atom);
    if (cp === null) return { open: true, next: new Map() };
    out.next.set(cp, prefixTrie(child, depth + 1));
  }
  return out;
}

/**
 * A prefix trie in one array, as startsAt() reads it: a node is [open, n, cp1, at1, ..., cpN, atN],
 * `at` being where the child begins (the root at 0). Following Map look-ups from node to node was
 * three quarters of a lexicon run's own time in a cold analysis's profile (a Map per node, a few
 * thousand nodes in all, out of the CPU caches); a node's code points side by side are read in one go.
 */
function flatPrefix(root: PrefixNode): Int32Array {
  const out: number[] = [];
  const place = (node: PrefixNode): number => {
    const at = out.length;
    const n = node.open ? 0 : node.next.size;
    out.push(node.open ? 1 : 0, n);
    const slots = out.length;
    if (n === 0) return at;
    for (const cp of node.next.keys()) out.push(cp, -1);
    let k = slots;
    for (const child of node.next.values()) {
      out[k + 1] = place(child);
      k += 2;
    }
    return at;
  };
  place(root);
  return Int32Array.from(out);
}

/** For each ASCII code unit, where the root's child for it begins in flatPrefix()'s array, or -1 (the root itself when it is open). */
function asciiChildren(prefix: Int32Array): Int32Array {
  const out = new Int32Array(128).fill(prefix[0] === 1 ? 0 : -1);
  if (prefix[0] === 0) for (let k = 2, end = k + 2 * prefix[1]!; k < end; k += 2) if (prefix[k]! < 128) out[prefix[k]!] = prefix[k + 1]!;
  return out;
}

/** startsAt() at `p`, its first step read from `firstAt` (asciiChildren()) when the code unit there is ASCII. */
function startsHere(prefix: Int32Array, firstAt: Int32Array, s: string, p: number): boolean {
  const c = s.charCodeAt(p);
  if (c >= 128) return startsAt(prefix, s, p);
  const child = firstAt[c]!;
  return child >= 0 && startsAt(prefix, s, p + 1, child);
}

/** The code points (as strings) that the root of flatPrefix()'s array branches on and that are not
 * letters or digits: the signs a phrase may begin with. */
function signsFirst(prefix: Int32Array): string[] {
  const out: string[] = [];
  for (let k = 2, end = k + 2 * prefix[1]!; k < end; k += 2) if (!isWordChar(prefix[k]!)) out.push(String.fromCodePoint(prefix[k]!));
  return out;
}

/** Where the first of `signs` occurs in `s` from `from` on, or -1. */
function nextSign(signs: readonly string[], s: string, from: number): number {
  let best = -1;
  for (const sign of signs) {
    const at = s.indexOf(sign, from);
    if (at >= 0 && (best < 0 || at < best)) best = at;
  }
  return best;
}

/** Whether a phrase may begin at `p` of `s`: its first few code points are a phrase's (`prefix`:
 * flatPrefix(); `node`: the node reached at `p`, the root by default). */
function startsAt(prefix: Int32Array, s: string, p: number, node = 0): boolean {
  while (prefix[node] === 0) {
    const cp = codePointAt(s, p);
    let next = -1;
    for (let k = node + 2, end = k + 2 * prefix[node + 1]!; k < end; k += 2) {
      if (prefix[k] === cp) {
        next = prefix[k + 1]!;
        break;
      }
    }
    if (next < 0) return false;
    node = next;
    p += cp > 0xffff ? 2 : 1;
  }
  return true;
}

/** The code point a first atom stands for, or null for an any-ending or an optional apostrophe. */
function firstCodePoint(atom: string): number | null {
  if (atom === ANY_ENDING || atom === APOSTROPHE || atom === GAP) return null;
  return (atom[0] === '\\' ? atom.slice(1) : atom).codePointAt(0)!;
}

// A lexicon's phrase is a whole word where it begins with a letter or digit; one that begins with a sign
// ("% off", « % de rabais ») may follow anything ("20% off"), as a sign is no word.
const PHRASE_START = '(?:(?<![\\p{L}\\p{N}])|(?![\\p{L}\\p{N}]))';

/** Turns phrases into one case- and accent-insensitive, word-bounded pattern. A phrase may use
 * `*` at a word's end for "any ending" (e.g. `diagnos*`); spaces match a short run of spaces or a hyphen. */
export function lexicon(phrases: readonly string[]): RegExp {
  const keyWords: KeyWord[] = [];
  const signs = new Set<string>();
  let gated = true;
  const root = phraseTrie(phrases, (list) => {
    const key = keyWord(list);
    if (key) keyWords.push(key);
    else {
      // A phrase without a word ('📸') is gated by its first sign, which every match of it begins with.
      const first = firstCodePoint(list[0]!);
      if (first !== null && !isWordChar(first)) signs.add(String.fromCodePoint(first));
      else gated = false;
    }
  });
  const body = trieSource(root) || '(?!)';
  // A phrase beginning with an any-ending or an optional apostrophe may begin anywhere.
  const starts = [...root.next.keys()].some((a) => firstCodePoint(a) === null) ? null : prefixTrie(root, 0);
  // Only a lexicon with such a phrase gets the looser start: every other pattern stays as it was.
  const signFirst = [...root.next.keys()].some((a) => { const c = firstCodePoint(a); return c !== null && !isWordChar(c); });
  return new LexiconPattern(`${signFirst ? PHRASE_START : WORD_START}${body}${WORD_END}`, 'gu', gated ? { keyWords, signs: [...signs] } : null, starts, phrases);
}


/** Not after a letter or digit: where a word may begin, as lexicon() patterns read it. */
export const WORD_START = '(?<![\\p{L}\\p{N}])';
/** Not before a letter or digit: where a word may end. */
export const WORD_END = '(?![\\p{L}\\p{N}])';

/** Phrases as one group to embed in a larger pattern: lexicon()'s trie without its word bounds. */
export function lexiconBody(phrases: readonly string[]): string {
  const src = lexicon(phrases).source;
  const start = src.startsWith(PHRASE_START) ? PHRASE_START : WORD_START;
  return `(?:${src.slice(start.length, src.length - WORD_END.length)})`;
}

/** The phrases' atoms as a trie (`each` sees every phrase's atoms once). */
function phraseTrie(phrases: readonly string[], each?: (atoms: string[]) => void): TrieNode {
  const root: TrieNode = { end: false, next: new Map() };
  for (const p of new Set(phrases.map((x) => stripAccents(lowerSameLength(x.trim()))))) {
    if (!p) continue;
    const list = atoms(p);
    each?.(list);
    let node = root;
    for (const a of list) {
      let child = node.next.get(a);
      if (!child) node.next.set(a, (child = { end: false, next: new Map() }));
      node = child;
    }
    node.end = true;
  }
  return root;
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
export function findTerms(unit: Unit, re: RegExp, skipKinds: readonly string[] = URL_EMAIL): Match[] {
  const all = findAll(re, unit.plain, unit.text);
  // Most sentences have nothing masked: the matches are then kept as found, not copied (a copy per
  // call was 5% of a cold analysis's allocation).
  if (all.length === 0 || unit.masked.length === 0) return all;
  let kept = 0;
  for (const m of all) if (!overlapsMask(unit.masked, m.start, m.end, skipKinds)) all[kept++] = m;
  all.length = kept;
  return all;
}

/** The mask kinds a term search skips by default (one array, not one per call). */
const URL_EMAIL: readonly string[] = Object.freeze(['url', 'email']);

/** Whether one of `res` matches somewhere in `s` (a rule's triggers on a sentence's plain view;
 * strings are pieces, read as the engine's trigger index reads them). */
export function matchesAny(res: readonly (RegExp | string)[], s: string): boolean {
  let split = splitTriggers.get(res);
  if (!split) {
    const pieces = res.filter((t): t is string => typeof t === 'string');
    const patterns = res.filter((t): t is RegExp => typeof t !== 'string');
    // A list of pieces only keeps its identity: piecesIn() answers a rule's own trigger list from the engine's scan.
    splitTriggers.set(res, (split = { patterns, pieces: pieces.length === 0 ? null : patterns.length === 0 ? (res as readonly string[]) : pieces }));
  }
  for (const re of split.patterns) {
    re.lastIndex = 0;
    const found = re.test(s);
    // Left as found: a rule that runs its own trigger pattern afterwards starts from the beginning.
    re.lastIndex = 0;
    if (found) return true;
  }
  return split.pieces !== null && piecesIn(split.pieces, s);
}

// Each list split once into its patterns and its pieces: a list such as OPINION_PIECES holds
// thousands of pieces, and walking it on every call to find its patterns was 4% of a cold analysis.
const splitTriggers = new WeakMap<readonly (RegExp | string)[], { patterns: RegExp[]; pieces: readonly string[] | null }>();

// Words most sentences hold, so a poor piece when the phrase has another word.
const FREQUENT = new Set([
  ...COMMON,
  ...('now just new all more with from for about have has had will would can not no so up out get got very also here there ' +
    'what when where who how your his her them was were been being do does did online available today ' +
    'maintenant pour avec dans sur par plus tout tous toute toutes tres aussi ici nouveau nouvelle aujourd hui ' +
    'son sa ses lui leur ont avons avez fait faire peu bien').split(' '),
]);

/** Which edges of a phrase a pattern bounds with a sign or the string's edge (a lexicon() bounds both). */
export type PieceEdges = 'both' | 'left' | 'right' | 'none';

/**
 * Literal triggers (Rule.triggers) for phrases of a lexicon() or an alternation(): one piece per
 * phrase that any match of it contains in Unit.plain, whatever its gaps, hyphens, optional
 * apostrophes and any-endings. That is the phrase itself when it is one literal word ("#ad",
 * "pre-order"), else its longest run of letters and digits; with a space (any sign or the string's
 * edge, see trigger-index.ts) on each side where a gap in the phrase, or a bound of the pattern at
 * the phrase's edge (`edges`), guarantees one. '' (wakes the rule anywhere) for a phrase without a
 * letter or digit.
 */
export function keyPieces(phrases: readonly string[], edges: PieceEdges = 'both'): string[] {
  const out = new Set<string>();
  for (const phrase of phrases) out.add(phraseRuns(phrase, edges)[0]!.piece);
  return [...out];
}

/**
 * Like keyPieces(), but each phrase of several words gives a piece made of its best three runs
 * (allOf(): the index wakes where each of them occurs), since every match holds each of them:
 * "bad call" gives " bad " and " call ", where keyPieces() gives " call " alone, which most
 * sentences about a phone call hold.
 */
export function phrasePieces(phrases: readonly string[], edges: PieceEdges = 'both'): string[] {
  const out = new Set<string>();
  for (const phrase of phrases) {
    const runs = phraseRuns(phrase, edges);
    out.add(runs.length === 1 ? runs[0]!.piece : allOf(runs.slice(0, PHRASE_PARTS).map((r) => r.piece)));
  }
  return [...out];
}

/** How many runs of a phrase phrasePieces() asks for. */
const PHRASE_PARTS = 3;

/** A phrase's runs of letters and digits as pieces (keyPieces()), the best first. */
function phraseRuns(phrase: string, edges: PieceEdges): { piece: string; score: number }[] {
  const leftEdge = edges === 'both' || edges === 'left';
  const rightEdge = edges === 'both' || edges === 'right';
  const p = stripAccents(lowerSameLength(phrase.trim()));
  if (!/[\p{L}\p{N}]/u.test(p)) return [{ piece: '', score: 0 }];
  if (!/[\s'*]/.test(p)) return [{ piece: (leftEdge ? ' ' : '') + p + (rightEdge ? ' ' : ''), score: 0 }];
  const runs: { piece: string; score: number }[] = [];
  // Runs of letters and digits: a gap or another sign beside one is a bound; an apostrophe or an
  // any-ending is not (a match may leave it out or fill it with letters).
  for (const m of p.matchAll(/[\p{L}\p{N}]+/gu)) {
    const before = m.index === 0 ? null : p[m.index - 1]!;
    const after = p[m.index + m[0].length] ?? null;
    const left = before === null ? leftEdge : before !== "'" && before !== '*';
    const right = after === null ? rightEdge : after !== "'" && after !== '*';
    const piece = (left ? ' ' : '') + m[0] + (right ? ' ' : '');
    const frequent = FREQUENT.has(m[0]);
    const score = (m[0].length >= 3 ? (frequent ? 500 : 1000) : frequent ? 0 : 100) + m[0].length * 4 + (left ? 1 : 0) + (right ? 1 : 0);
    if (!runs.some((r) => r.piece === piece)) runs.push({ piece, score });
  }
  // Stable: of equal scores, the first run comes first (keyPieces() keeps it).
  return runs.sort((a, b) => b.score - a.score);
}

/**
 * Trigger pieces for a gate pattern (`confidenti|\bbid|sole.source|windows (?:7|xp)`) or a lexicon():
 * strings one of which any match contains, so the gate joins the shared one-pass index instead of running on
 * every sentence. Per alternative, the longest literal run, or a required group's own pieces (one
 * per alternative inside it) when they are all longer; a run stops at anything that is not a plain
 * character (`\b`, `.`, a class, a group) and loses a character made optional. A pattern that gives
 * no piece for some alternative is returned as it is.
 */
export function gatePieces(re: RegExp): (RegExp | string)[] {
  const declared = declaredPieces.get(re);
  if (declared) return declared.every((p) => p.trim()) ? [...new Set(declared)] : [re];
  // A lexicon: its key words (what its pattern's mayMatch tests) or its phrases' pieces.
  if (re instanceof LexiconPattern) {
    const pieces = re.triggerPieces();
    return pieces.every((p) => p.trim()) ? [...new Set(pieces)] : [re];
  }
  const pieces = re.flags.includes('v') ? null : requiredPieces(re.source);
  return pieces ? [...new Set(pieces.map((p) => stripAccents(lowerSameLength(p))))] : [re];
}

const declaredPieces = new WeakMap<RegExp, readonly string[]>();

/**
 * `re`, with the trigger pieces its builder knows (one of them is in every match; gatePieces()
 * returns them). For a pattern joining word lists ("waiting on" + "her" + "refugee hearing"),
 * which gatePieces() cannot read (it reads groups two levels deep): keyPieces() of the list that
 * every match must end with, say. Without them such a trigger runs on every sentence.
 */
export function withPieces(re: RegExp, pieces: readonly string[]): RegExp {
  declaredPieces.set(re, pieces);
  return re;
}

/** Index just past the group, class or escape opening at `i` of `src` (-1 when unbalanced). */
function skipToken(src: string, i: number): number {
  const c = src[i];
  if (c === '\\') {
    const n = src[i + 1];
    if ((n === 'u' || n === 'x' || n === 'p' || n === 'P' || n === 'k') && src[i + 2] === '{') {
      const close = src.indexOf('}', i);
      return close < 0 ? -1 : close + 1;
    }
    return i + (n === 'u' ? 6 : n === 'x' ? 4 : n === 'c' ? 3 : 2);
  }
  if (c === '[') {
    for (let j = i + 1; j < src.length; j++) {
      if (src[j] === '\\') j++;
      else if (src[j] === ']') return j + 1;
    }
    return -1;
  }
  // A group: up to its matching parenthesis.
  let depth = 0;
  for (let j = i; j < src.length; j++) {
    const d = src[j];
    if (d === '\\' || d === '[') {
      j = skipToken(src, j) - 1;
      if (j < 0) return -1;
    } else if (d === '(') depth++;
    else if (d === ')' && --depth === 0) return j + 1;
  }
  return -1;
}

/** The top-level alternatives of a pattern source, or null when it does not parse. */
function alternatives(src: string): string[] | null {
  const out: string[] = [];
  let from = 0;
  for (let i = 0; i < src.length; ) {
    const c = src[i];
    if (c === '\\' || c === '[' || c === '(') {
      i = skipToken(src, i);
      if (i < 0) return null;
    } else if (c === '|') {
      out.push(src.slice(from, i));
      from = ++i;
    } else if (c === ')') return null;
    else i++;
  }
  out.push(src.slice(from));
  return out;
}

/** Groups read this deep at most: deeper ones give short pieces, and reading them costs start-up time
 * (a lexicon's trie nests a group per letter: 30 ms at first use for the engine's triggers). */
const MAX_GROUP_DEPTH = 2;

/** Strings one of which every match of the pattern `src` contains, or null when none is known. */
function requiredPieces(src: string, depth = 0): string[] | null {
  const alts = alternatives(src);
  if (!alts) return null;
  const out: string[] = [];
  for (const alt of alts) {
    // Candidates: each literal run alone, or each required group's pieces; the one whose shortest piece is longest wins.
    let best: string[] | null = null;
    const worth = (c: readonly string[]) => Math.min(...c.map((p) => p.trim().length));
    const offer = (c: string[] | null) => {
      if (c && c.length && worth(c) > 0 && (!best || worth(c) > worth(best))) best = c;
    };
    let run = '';
    const cut = () => {
      offer([run]);
      run = '';
    };
    for (let i = 0; i < alt.length; ) {
      const c = alt[i]!;
      if (c === '\\' || c === '[') {
        cut();
        i = skipToken(alt, i);
        if (i < 0) return null;
      } else if (c === '(') {
        cut();
        const end = skipToken(alt, i);
        if (end < 0) return null;
        const q = alt[end];
        const optional = q === '?' || q === '*' || (q === '{' && /^\{0[,}]/.test(alt.slice(end)));
        const look = alt.startsWith('(?=', i) || alt.startsWith('(?!', i) || alt.startsWith('(?<=', i) || alt.startsWith('(?<!', i);
        if (!optional && !look && depth < MAX_GROUP_DEPTH) {
          const inner = alt.slice(i, end - 1).replace(/^\((?:\?:|\?<[^>=!]+>)?/, '');
          offer(requiredPieces(inner, depth + 1));
        }
        i = end;
      } else if (c === '?' || c === '*' || c === '{') {
        run = run.slice(0, -1);
        cut();
        i = c === '{' ? alt.indexOf('}', i) + 1 : i + 1;
        if (i <= 0) return null;
      } else if (c === '+' || c === '.' || c === '^' || c === '$') {
        cut();
        i++;
      } else {
        run += c;
        i++;
      }
    }
    cut();
    if (!best) return null;
    out.push(...(best as string[]));
  }
  return out;
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
