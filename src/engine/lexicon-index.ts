// Which lexicons can match a string at all, from its words, in one pass. Each phrase of a lexicon
// gives one key word that any match of it contains as a whole word (taken where a match cannot run
// into it from a letter: at the phrase's start, or after a space, hyphen or sign), or as a word's
// beginning when the phrase goes on with an any-ending or an optional apostrophe. A string that
// holds none of a lexicon's key words cannot match it. A sentence holds a dozen words; the rules run
// a few hundred lexicons over it, most of which cannot match. Testing them here costs one hashed pass
// over the words, instead of one run of each big pattern per sentence (and V8 compiles a
// pattern only the first time it runs).

import { onClearCache } from './cache.js';

/** What a lexicon needs to see in a string before its pattern is worth running. */
export interface KeyWord {
  word: string;
  /** The word may go on (any-ending, optional apostrophe) instead of ending there. */
  prefix: boolean;
}

// The key words by hash, and a bit per hash of them (2^HASH_BITS bits, 8 KB a table): compute() hashes a
// word's code units as it reads them and looks up only a word (or a beginning of one, for the prefix
// key words) whose bit is set. A trie of the key words cost a map look-up per code unit while its
// path lasted, each node an object of its own that the rest of an analysis had pushed out of the
// memory cache (0.46 against 0.28 ms per cold 3,000-character analysis).
const HASH_BITS = 16;
const prefixBits = new Int32Array(1 << (HASH_BITS - 5));
const exactBits = new Int32Array(1 << (HASH_BITS - 5));
/** FNV-1a over UTF-16 code units: h = FNV_OFFSET, then h = Math.imul(h ^ c, FNV_PRIME) per unit (the
 * learned model's word hashes, learned/features.ts, are the same). */
export const FNV_OFFSET = 0x811c9dc5 | 0;
export const FNV_PRIME = 16777619;
/** One FNV-1a step; fold() brings a hash to HASH_BITS: what compute() computes unit by unit. */
const step = (h: number, c: number): number => Math.imul(h ^ c, FNV_PRIME);
const fold = (h: number): number => (h ^ (h >>> HASH_BITS)) & ((1 << HASH_BITS) - 1);
function hashOf(word: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < word.length; i++) h = step(h, word.charCodeAt(i));
  return h;
}

/**
 * Key words and the lexicons that need each, found by a word's full hash and checked code unit by
 * code unit against the text: a look-up slices nothing (a Map by word text cost a new string and
 * its hash for each of the ~10,000 words of a distinct 60,000-character draft that are key words,
 * most of them kept by the caches until the collector copied them).
 */
class KeyWordTable {
  /** Two numbers a slot: a word's hash, and its index in `words` + 1 (0: empty). A power of two of slots. */
  #slots = new Int32Array(2 * 1024);
  #words: string[] = [];
  #ids: number[][] = [];

  get size(): number {
    return this.#words.length;
  }

  /** The lexicons that need s[start..end) (hashed `h`), or undefined. */
  get(h: number, s: string, start: number, end: number): readonly number[] | undefined {
    const slots = this.#slots;
    const mask = (slots.length >>> 1) - 1;
    for (let slot = (h ^ (h >>> 15)) & mask; ; slot = (slot + 1) & mask) {
      const at = slots[2 * slot + 1]! - 1;
      if (at < 0) return undefined;
      if (slots[2 * slot] !== h) continue;
      const word = this.#words[at]!;
      if (word.length !== end - start) continue;
      let same = true;
      for (let i = 0; i < word.length; i++) {
        if (word.charCodeAt(i) !== s.charCodeAt(start + i)) {
          same = false;
          break;
        }
      }
      if (same) return this.#ids[at];
    }
  }

  /** The list of lexicons that need `word` (hashed `h`), added empty the first time. */
  idsOf(word: string, h: number): number[] {
    const known = this.get(h, word, 0, word.length);
    if (known) return known as number[];
    // At most half full.
    if (2 * (this.#words.length + 1) > this.#slots.length >>> 1) this.#grow();
    const ids: number[] = [];
    this.#words.push(word);
    this.#ids.push(ids);
    this.#put(h, this.#words.length);
    return ids;
  }

  #put(h: number, entry: number): void {
    const slots = this.#slots;
    const mask = (slots.length >>> 1) - 1;
    let slot = (h ^ (h >>> 15)) & mask;
    while (slots[2 * slot + 1] !== 0) slot = (slot + 1) & mask;
    slots[2 * slot] = h;
    slots[2 * slot + 1] = entry;
  }

  #grow(): void {
    this.#slots = new Int32Array(2 * this.#slots.length);
    this.#words.forEach((w, k) => this.#put(hashOf(w), k + 1));
  }
}

const prefixIds = new KeyWordTable();
const exactIds = new KeyWordTable();

let size = 0;
// Bumped whenever a lexicon joins, so answers computed before it are not reused.
let version = 0;

/** Adds a lexicon by the first words of its phrases; returns its id for `candidates()`. */
export function indexLexicon(keyWords: readonly KeyWord[]): number {
  const id = size++;
  for (const { word, prefix } of keyWords) {
    const h = hashOf(word);
    const byWord = (prefix ? prefixIds : exactIds).idsOf(word, h);
    if (byWord.length === 0) {
      const bits = prefix ? prefixBits : exactBits;
      const f = fold(h);
      bits[f >>> 5] = bits[f >>> 5]! | (1 << (f & 31));
    }
    if (byWord[byWord.length - 1] !== id) byWord.push(id);
  }
  version++;
  cache.clear();
  return id;
}

// ASCII letters and digits by table; anything else by the same class the patterns use.
const ASCII_WORD = new Uint8Array(128);
for (let c = 0; c < 128; c++) ASCII_WORD[c] = /[\p{L}\p{N}]/u.test(String.fromCharCode(c)) ? 1 : 0;
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const wide = new Map<number, boolean>();

/** A letter or a digit, as `[\p{L}\p{N}]` reads it (-1, before the start of a string, is neither). */
export function isWordChar(cp: number): boolean {
  if (cp < 0) return false;
  if (cp < 128) return ASCII_WORD[cp] === 1;
  let v = wide.get(cp);
  if (v === undefined) {
    v = LETTER_OR_DIGIT.test(String.fromCodePoint(cp));
    if (wide.size < 4096) wide.set(cp, v);
  }
  return v;
}

const LETTER = /^\p{L}$/u;
const letters = new Map<number, boolean>();

/** A letter, as `\p{L}` reads it. */
export function isLetter(cp: number): boolean {
  if (cp < 128) return (cp >= 97 && cp <= 122) || (cp >= 65 && cp <= 90);
  let v = letters.get(cp);
  if (v === undefined) {
    v = LETTER.test(String.fromCodePoint(cp));
    if (letters.size < 4096) letters.set(cp, v);
  }
  return v;
}

/** The code point at `i` (a lone surrogate stands for itself); its width is 2 when it is above 0xFFFF. */
export function codePointAt(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
    const d = s.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000;
  }
  return c;
}

/** The code point that ends just before `i`, or -1 at the start. */
export function codePointBefore(s: string, i: number): number {
  if (i <= 0) return -1;
  const d = s.charCodeAt(i - 1);
  if (d >= 0xdc00 && d <= 0xdfff && i >= 2) {
    const c = s.charCodeAt(i - 2);
    if (c >= 0xd800 && c <= 0xdbff) return (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000;
  }
  return d;
}

/** What the lexicons need to know of a string: which may match, and where its words begin. */
export interface Scan {
  /** Bit `id & 31` of marks[id >> 5] is set when lexicon `id` may match: a few words, kept in the
   * JavaScript heap (a byte per lexicon, 130 of them, was a typed array with storage of its own,
   * allocated outside the heap and freed by the collector, forty times a cold analysis). */
  marks: Int32Array;
  /** Offsets where a letter or digit follows something else (or the start). */
  wordStarts: Int32Array;
}

/** compute()'s word starts as found (grown as needed); each scan keeps a copy of its own. */
let starts = new Int32Array(256);

function compute(s: string): Scan {
  const marks = new Int32Array((size + 31) >>> 5);
  let count = 0;
  const n = s.length;
  let i = 0;
  while (i < n) {
    let cp = codePointAt(s, i);
    if (!isWordChar(cp)) {
      i += cp > 0xffff ? 2 : 1;
      continue;
    }
    const start = i;
    if (count === starts.length) {
      const grown = new Int32Array(2 * count);
      grown.set(starts);
      starts = grown;
    }
    starts[count++] = i;
    let h = FNV_OFFSET;
    while (i < n) {
      cp = codePointAt(s, i);
      if (!isWordChar(cp)) break;
      const width = cp > 0xffff ? 2 : 1;
      for (let k = 0; k < width; k++) {
        h = step(h, s.charCodeAt(i + k));
        const f = fold(h);
        if ((prefixBits[f >>> 5]! & (1 << (f & 31))) !== 0) {
          const ids = prefixIds.get(h, s, start, i + k + 1);
          if (ids !== undefined) for (const id of ids) marks[id >>> 5]! |= 1 << (id & 31);
        }
      }
      i += width;
    }
    const f = fold(h);
    if ((exactBits[f >>> 5]! & (1 << (f & 31))) !== 0) {
      const ids = exactIds.get(h, s, start, i);
      if (ids !== undefined) for (const id of ids) marks[id >>> 5]! |= 1 << (id & 31);
    }
  }
  return { marks, wordStarts: starts.slice(0, count) };
}

// Rules run many lexicons over the same few strings (a sentence, the one before it, a window).
const CACHE_MAX = 64;
const cache = new Map<string, Scan>();
onClearCache(() => {
  cache.clear();
  lastString = null;
});
let lastString: string | null = null;
let lastScan: Scan = { marks: new Int32Array(0), wordStarts: new Int32Array(0) };
let lastVersion = -1;

/** The scan of `s`, computed once for the few strings in use. */
export function scanOf(s: string): Scan {
  if (s !== lastString || lastVersion !== version) {
    let scan = cache.get(s);
    if (!scan) {
      scan = compute(s);
      if (cache.size >= CACHE_MAX) cache.clear();
      cache.set(s, scan);
    }
    lastString = s;
    lastScan = scan;
    lastVersion = version;
  }
  return lastScan;
}

/** Whether the lexicon `id` may match somewhere in `s` (false means it certainly does not). */
export function mayMatch(id: number, s: string): boolean {
  return ((scanOf(s).marks[id >>> 5]! >>> (id & 31)) & 1) === 1;
}
