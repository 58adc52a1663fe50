// Small, linear helpers shared by the political and policy-commentary rules: words around a span,
// span merging, and case-sensitive word lists. No regular expression here backtracks.
import type { Span } from '../../types.js';
import { onClearCache } from '../../cache.js';
import { phrasePieces } from '../../match.js';
import { codePointAt, isLetter, isWordChar } from '../../lexicon-index.js';

/** A code unit of a word for the helpers below: what /[\p{L}\p{N}'-]/u says of it alone (a lone
 * surrogate is none), by table instead of a pattern run on a one-character string per character. */
const wordUnit = (c: number): boolean => c === 39 || c === 45 || isWordChar(c);
/** . ! ? ; : and a line break: where the word helpers stop. */
const stopUnit = (c: number): boolean => c === 46 || c === 33 || c === 63 || c === 59 || c === 58 || c === 10;

/** Code units of the letters in [from, to) of `s`, read by code point: what
 * `s.slice(from, to).replace(/[^\p{L}]/gu, '').length` says, without building two strings. */
export function letterUnits(s: string, from = 0, to = s.length): number {
  let n = 0;
  for (let i = from; i < to; ) {
    const cp = codePointAt(s, i);
    // A pair cut by `to` is a lone surrogate in the slice: no letter.
    const width = cp > 0xffff ? 2 : 1;
    if (i + width <= to && isLetter(cp)) n += width;
    i += width;
  }
  return n;
}

/** The `k` words (lower case as given) that end before `pos`, nearest last; stops at sentence punctuation. */
export function wordsBefore(s: string, pos: number, k: number): string[] {
  const out: string[] = [];
  let i = pos - 1;
  while (out.length < k && i >= 0) {
    while (i >= 0 && !wordUnit(s.charCodeAt(i))) {
      if (stopUnit(s.charCodeAt(i))) return out.reverse();
      i--;
    }
    const end = i + 1;
    while (i >= 0 && wordUnit(s.charCodeAt(i))) i--;
    if (end > i + 1) out.push(s.slice(i + 1, end));
  }
  return out.reverse();
}

/** The `k` words that start at or after `pos`, nearest first; stops at sentence punctuation. */
export function wordsAfter(s: string, pos: number, k: number): string[] {
  const out: string[] = [];
  let i = pos;
  while (out.length < k && i < s.length) {
    while (i < s.length && !wordUnit(s.charCodeAt(i))) {
      if (stopUnit(s.charCodeAt(i))) return out;
      i++;
    }
    const start = i;
    while (i < s.length && wordUnit(s.charCodeAt(i))) i++;
    if (i > start) out.push(s.slice(start, i));
  }
  return out;
}

/** Whether the words just before `pos` end with one of `phrases` (phrases in lower case, single spaces). */
export function precededBy(s: string, pos: number, phrases: ReadonlySet<string>, maxWords = 3): boolean {
  const words = wordsBefore(s, pos, maxWords).map(normWord);
  for (let n = 1; n <= words.length; n++) {
    if (phrases.has(words.slice(words.length - n).join(' '))) return true;
  }
  return false;
}

/** Whether the words at `pos` start with one of `phrases`. */
export function followedBy(s: string, pos: number, phrases: ReadonlySet<string>, maxWords = 2): boolean {
  const words = wordsAfter(s, pos, maxWords).map(normWord);
  for (let n = 1; n <= words.length; n++) {
    if (phrases.has(words.slice(0, n).join(' '))) return true;
  }
  return false;
}

/** Whether any of the `k` words before `pos` (single words or pairs) is in `phrases`. */
export function anyWordBefore(s: string, pos: number, phrases: ReadonlySet<string>, k: number): boolean {
  const words = wordsBefore(s, pos, k).map(normWord);
  for (let i = 0; i < words.length; i++) {
    if (phrases.has(words[i]!)) return true;
    if (i + 1 < words.length && phrases.has(words[i] + ' ' + words[i + 1])) return true;
  }
  return false;
}

function normWord(w: string): string {
  return w.replace(/\u2019/g, "'").replace(/-/g, ' ');
}

/** End offset of the longest phrase of `phrases` that starts with the words at `pos`, or -1. */
export function matchAfter(s: string, pos: number, phrases: ReadonlySet<string>, maxWords = 3): number {
  let i = pos;
  let joined = '';
  let best = -1;
  for (let k = 0; k < maxWords && i < s.length; k++) {
    while (i < s.length && (s[i] === ' ' || s[i] === '\t')) i++;
    const start = i;
    while (i < s.length && wordUnit(s.charCodeAt(i))) i++;
    if (i === start) break;
    joined = joined ? joined + ' ' + normWord(s.slice(start, i)) : normWord(s.slice(start, i));
    if (phrases.has(joined)) best = i;
  }
  return best;
}

/** Small bounded memo (insertion order; the oldest entries go first), emptied by clearCache(). */
export class Memo<V> {
  private readonly map = new Map<string, V>();
  private readonly size: number;
  /** The last key read or written, and what the map holds for it: several rules ask one memo about the
   * same sentence in a row (two look-ups in five), and the key compared at once spares a look-up in a map
   * of up to `size` long keys. Kept equal to the map's answer (reset where the map drops the key). */
  private lastKey: string | null = null;
  private lastValue: V | undefined = undefined;
  constructor(size: number) {
    this.size = size;
    onClearCache(() => {
      this.map.clear();
      this.lastKey = null;
      this.lastValue = undefined;
    });
  }
  get(key: string): V | undefined {
    if (key === this.lastKey) return this.lastValue;
    const value = this.map.get(key);
    this.lastKey = key;
    this.lastValue = value;
    return value;
  }
  set(key: string, value: V): void {
    if (this.map.size >= this.size) {
      const first = this.map.keys().next();
      if (!first.done) {
        this.map.delete(first.value);
        if (first.value === this.lastKey) this.lastKey = null;
      }
    }
    this.map.set(key, value);
    this.lastKey = key;
    this.lastValue = value;
  }
}

/** Lower-case, accent-free, single-spaced forms of phrases, for the word helpers above. */
export function phraseSet(phrases: readonly string[]): Set<string> {
  return new Set(phrases.map((p) => p.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/\u2019/g, "'").replace(/[\s-]+/g, ' ').trim()));
}

/** Case-sensitive, word-bounded alternation of literal words (e.g. "Liberals", "PCs"). */
export function exactWords(words: readonly string[]): RegExp {
  const alts = [...new Set(words)].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'));
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alts.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
}

/** Spans sorted by start, overlapping ones merged away (the first kept). */
export function dedupe<T extends Span>(spans: T[]): T[] {
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: T[] = [];
  for (const s of spans) {
    const last = out[out.length - 1];
    if (last && s.start < last.end) continue;
    out.push(s);
  }
  return out;
}

/** Characters between two spans (0 when they overlap). */
export function gap(a: Span, b: Span): number {
  if (a.end <= b.start) return b.start - a.end;
  if (b.end <= a.start) return a.start - b.end;
  return 0;
}


/** Accent-free, apostrophe-free, single-spaced lower case: how lexicon phrases and their matches compare. */
export function normKey(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['\u2019]/g, '')
    .replace(/[\s-]+/g, ' ')
    .trim();
}

// ---- word lexicons ------------------------------------------------------------------------------
// A lexicon matched word by word with hash lookups instead of one large regular expression: the
// engine's lexicon() alternations cost 10 to 35 µs a sentence each at a few hundred phrases, and
// these rules read a dozen lists. Same semantics as lexicon(): case- and accent-insensitive, whole
// words, spaces or hyphens between words, apostrophes optional, `*` at the end of a one-word phrase
// for any ending; longest match first, no overlaps, URLs and e-mail addresses skipped.

interface Token {
  start: number;
  end: number;
  key: string;
  /** Only spaces or hyphens between this token and the next. */
  joined: boolean;
  /** Stuck to the previous token by an apostrophe ("queen|s", "l|employeur"). */
  glued: boolean;
  /** The key's number in `wordIds` (-1: no phrase of any lexicon starts with it), and its first two
   * code units' in `headIds`: every lexicon reads them, so they are looked up once per token. */
  id: number;
  head: number;
  /** keys[k - 1]: the look-up key of the k tokens from this one, as far as asked and as far as
   * spaces, hyphens and apostrophes join them. Shared by every lexicon, so each key is built and
   * hashed once: building them anew in each lexicon was most of its time (CPU profile). */
  keys: string[] | null;
  /** flags[k - 1]: keyInfo's flags of keys[k - 1]: whether it is a phrase of some lexicon (KEY; most are
   * of none: each lexicon then skips its own look-up, which, in a big map, was the larger part of its
   * walk), and whether some phrase goes on from it (GOES_ON). */
  flags: number[] | null;
  /** False once no phrase of any lexicon can take keys[keys.length - 1] further. */
  more: boolean;
}

// Every word that begins a phrase of some WordLexicon, and every two-letter head of a `*` prefix,
// numbered as lexicons are built: a lexicon then finds its phrases starting at a token by an array
// read. With a map per lexicon, each of a sentence's tokens cost a string look-up in each of the
// fifteen-odd lexicons its rules read (a sixth of a cold analysis, CPU profile).
const wordIds = new Map<string, number>();
const headIds = new Map<number, number>();
/** A word's first two code units as one number (headIds' key): a two-unit string sliced per token was
 * a string allocated per token. A one-unit word gets a negative number, which no two-unit head equals. */
const headCode = (key: string): number => (key.length >= 2 ? key.charCodeAt(0) * 0x10000 + key.charCodeAt(1) : -1 - key.charCodeAt(0));
/** By key or word-bounded beginning of a key: KEY when it is a phrase of some lexicon, GOES_ON when some
 * phrase goes on from it after a space. A token's keys grow only while a phrase can go on: 98% of the
 * multi-word keys built for a cold analysis were phrases of no lexicon. */
const keyInfo = new Map<string, number>();
const KEY = 1;
const GOES_ON = 2;
const idOf = <T,>(ids: Map<T, number>, key: T): number => ids.get(key) ?? ids.set(key, ids.size).get(key)!;
/** keyInfo's flags of a one-word key, by the word's number in wordIds (a token's own key is read by its
 * id, not looked up again in keyInfo's big map: that look-up was a sixth of the scans' time, CPU profile).
 * A one-word key always has an id: markKey() gives it one. */
let wordFlags = new Uint8Array(256);
function markKey(key: string, flag: number): void {
  keyInfo.set(key, (keyInfo.get(key) ?? 0) | flag);
  if (key.includes(' ')) return;
  const id = idOf(wordIds, key);
  if (id >= wordFlags.length) {
    const grown = new Uint8Array(Math.max(id + 1, wordFlags.length * 2));
    grown.set(wordFlags);
    wordFlags = grown;
  }
  wordFlags[id] = wordFlags[id]! | flag;
}

/** What the word lexicons know of one string: its tokens, and each lexicon's matches (by lexicon number). */
interface Reading {
  tokens: Token[] | null;
  matches: (readonly RawWordMatch<string>[] | undefined)[];
}

// Kept by string, as the engine's sentence caches are: a sentence is read by its own rules, again
// as the next sentence's `before`, and again wherever the draft repeats it. Keeping the last eight
// tokenizations and each lexicon's last two strings, a cold analysis of the 60,000-character bench
// draft tokenized 597 times for 63 distinct strings and walked 2,113 lexicon scans for 805.
const READINGS_MAX = 256;
/** WordLexicons built so far (each has a number in Reading.matches). */
let lexiconCount = 0;
const readings = new Map<string, Reading>();
let lastReading: Reading | null = null;
let lastReadingOf: string | null = null;
const forgetReadings = () => {
  readings.clear();
  lastReading = lastReadingOf = null;
};
onClearCache(forgetReadings);

function readingOf(plain: string): Reading {
  if (plain === lastReadingOf) return lastReading!;
  let r = readings.get(plain);
  if (!r) {
    if (readings.size >= READINGS_MAX) readings.clear();
    // Dense (filled): an array written at scattered indices is a dictionary, read far more slowly.
    readings.set(plain, (r = { tokens: null, matches: new Array<undefined>(lexiconCount).fill(undefined) }));
  }
  lastReadingOf = plain;
  return (lastReading = r);
}


/** Words of an accent-free lower-case string. Apostrophes split words but glue them back in keys, so
 * "Queen's Park" and "Queens Park" read alike, and "l'employeur" also holds "employeur". */
export function tokenize(plain: string): Token[] {
  const reading = readingOf(plain);
  return (reading.tokens ??= tokensOf(plain));
}

function tokensOf(plain: string): Token[] {
  const out: Token[] = [];
  // Runs of letters and digits, as /[\p{L}\p{N}]+/gu finds them, read code point by code point: the
  // pattern's runs were most of a tokenize() (17 µs for an 80-character sentence, 7 µs now).
  const n = plain.length;
  for (let i = 0; i < n; ) {
    let cp = codePointAt(plain, i);
    if (!isWordChar(cp)) {
      i += cp > 0xffff ? 2 : 1;
      continue;
    }
    const start = i;
    do i += cp > 0xffff ? 2 : 1;
    while (i < n && isWordChar((cp = codePointAt(plain, i))));
    const key = plain.slice(start, i);
    const prev = out[out.length - 1];
    let glued = false;
    if (prev) {
      // Glued: one apostrophe between the two, read without slicing it out (a string per token).
      const c = start - prev.end === 1 ? plain.charCodeAt(prev.end) : 0;
      glued = c === 39 || c === 0x2019;
      prev.joined = !glued && onlySpaces(plain, prev.end, start);
    }
    out.push({ start, end: i, key, joined: false, glued, id: wordIds.get(key) ?? -1, head: headIds.get(headCode(key)) ?? -1, keys: null, flags: null, more: true });
  }
  return out;
}

function onlySpaces(s: string, from: number, to: number): boolean {
  for (let j = from; j < to; j++) {
    const c = s.charCodeAt(j);
    // space, tab, line breaks, hyphen
    if (c !== 32 && c !== 9 && c !== 10 && c !== 13 && c !== 45) return false;
  }
  return true;
}

/** A phrase as tokens: its lookup key, its first token and its number of tokens. */
function phraseTokens(phrase: string): { key: string; first: string; count: number } | null {
  const plain = phrase.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/\u2019/g, "'");
  const tokens = tokenize(plain);
  if (!tokens.length) return null;
  let key = tokens[0]!.key;
  for (let i = 1; i < tokens.length; i++) key += (tokens[i]!.glued ? '' : ' ') + tokens[i]!.key;
  return { key, first: tokens[0]!.key, count: tokens.length };
}

export interface WordMatch<K extends string> {
  start: number;
  end: number;
  text: string;
  classes: ReadonlySet<K>;
}

interface RawWordMatch<K extends string> {
  start: number;
  end: number;
  classes: ReadonlySet<K>;
}


const NO_RAW_MATCHES: readonly RawWordMatch<string>[] = Object.freeze([]);
const NO_SPANS: readonly Span[] = Object.freeze([]);
/** The mask kinds a lexicon search skips by default (one array, not one per call). */
const URL_EMAIL: readonly string[] = Object.freeze(['url', 'email']);

export class WordLexicon<K extends string = 'term'> {
  private readonly phrases = new Map<string, Set<K>>();
  /** First token's id (wordIds) → largest number of tokens of a phrase starting with it (0: none). */
  private readonly starts: Uint16Array;
  /** One-word prefixes (phrases ending in `*`), by the id of their first two letters (headIds). */
  private readonly prefixes: ({ prefix: string; kind: K }[] | null)[];

  constructor(private readonly groups: Record<K, readonly string[]>) {
    const starts = new Map<number, number>();
    const prefixes = new Map<number, { prefix: string; kind: K }[]>();
    const start = (word: string, count: number) => {
      const id = idOf(wordIds, word);
      starts.set(id, Math.max(starts.get(id) ?? 0, count));
    };
    for (const kind of Object.keys(groups) as K[]) {
      for (const raw of groups[kind]) {
        const wild = raw.trim().endsWith('*');
        const p = phraseTokens(wild ? raw.trim().slice(0, -1) : raw);
        if (!p) continue;
        if (wild && p.count === 1 && p.key.length >= 2) {
          const head = idOf(headIds, headCode(p.key));
          prefixes.set(head, [...(prefixes.get(head) ?? []), { prefix: p.key, kind }]);
          continue;
        }
        let set = this.phrases.get(p.key);
        if (!set) this.phrases.set(p.key, (set = new Set()));
        markKey(p.key, KEY);
        for (let j = p.key.indexOf(' '); j > 0; j = p.key.indexOf(' ', j + 1)) markKey(p.key.slice(0, j), GOES_ON);
        set.add(kind);
        start(p.first, p.count);
        // Written without its apostrophe ("Queens Park"), the phrase starts with the merged word.
        const words = p.key.split(' ');
        if (words[0] !== p.first) start(words[0]!, words.length);
      }
    }
    this.starts = new Uint16Array(wordIds.size);
    for (const [id, count] of starts) this.starts[id] = count;
    // Dense, filled: an array written at scattered indices is a dictionary, read far more slowly.
    this.prefixes = new Array<{ prefix: string; kind: K }[] | null>(headIds.size).fill(null);
    for (const [head, bucket] of prefixes) this.prefixes[head] = bucket;
    // Tokens kept by tokenize() (the phrases just read) were numbered before these words were.
    forgetReadings();
  }

  /** Matches in an accent-free lower-case string (`original` gives the reported text). */
  findIn(plain: string, original = plain, masked: readonly Span[] = NO_SPANS, skipKinds: readonly string[] = URL_EMAIL): WordMatch<K>[] {
    const out: WordMatch<K>[] = [];
    const found = this.matchesOf(plain);
    if (found.length === 0) return out;
    for (const m of found) {
      if (!overlapsKinds(masked, m.start, m.end, skipKinds)) out.push({ start: m.start, end: m.end, text: original.slice(m.start, m.end), classes: m.classes });
    }
    return out;
  }

  /** This lexicon's number in Reading.matches. */
  private readonly id = lexiconCount++;

  /** Matches before masking, scanned once per string (readingOf()). */
  private matchesOf(plain: string): readonly RawWordMatch<K>[] {
    const reading = readingOf(plain);
    let found = reading.matches[this.id] as readonly RawWordMatch<K>[] | undefined;
    if (!found) {
      found = this.scan(plain);
      reading.matches[this.id] = found;
    }
    return found;
  }

  /** Longest match first at each token, no overlaps; masking is left to findIn(). */
  private scan(plain: string): readonly RawWordMatch<K>[] {
    const tokens = tokenize(plain);
    // Most scans find nothing: they share one empty answer instead of keeping an array each.
    let out: RawWordMatch<K>[] | null = null;
    for (let i = 0; i < tokens.length; ) {
      const t = tokens[i]!;
      let matched = 0;
      let classes: Set<K> | undefined;
      // A word numbered after this lexicon was built begins none of its phrases.
      const max = t.id >= 0 && t.id < this.starts.length ? this.starts[t.id]! : 0;
      if (max > 0) {
        // The keys of the phrases that may start here, as far as one can go on; the longest known one wins.
        const keys = (t.keys ??= [t.key]);
        const flags = (t.flags ??= [wordFlags[t.id] ?? 0]);
        for (let k = keys.length; k < max && t.more && i + k < tokens.length; k++) {
          const next = tokens[i + k]!;
          if (!next.glued && !tokens[i + k - 1]!.joined) break;
          // A word glued on by an apostrophe lengthens the last word of the key, which a phrase may hold.
          if (!next.glued && (flags[k - 1]! & GOES_ON) === 0) {
            t.more = false;
            break;
          }
          const key = keys[k - 1]! + (next.glued ? '' : ' ') + next.key;
          keys.push(key);
          flags.push(keyInfo.get(key) ?? 0);
        }
        for (let k = Math.min(max, keys.length); k >= 1 && !classes; k--) {
          const found = (flags[k - 1]! & KEY) !== 0 ? this.phrases.get(keys[k - 1]!) : undefined;
          if (found) {
            matched = k;
            classes = found;
          }
        }
      }
      const bucket = t.head >= 0 && t.head < this.prefixes.length ? this.prefixes[t.head] : null;
      if (bucket && matched <= 1) {
        for (const p of bucket) {
          if (!t.key.startsWith(p.prefix) || classes?.has(p.kind)) continue;
          classes = new Set(classes ?? []);
          classes.add(p.kind);
          matched = 1;
        }
      }
      if (matched && classes) {
        (out ??= []).push({ start: t.start, end: tokens[i + matched - 1]!.end, classes });
        i += matched;
      } else i++;
    }
    return out ?? (NO_RAW_MATCHES as readonly RawWordMatch<K>[]);
  }

  /** Trigger pieces for a rule that finds nothing without a match of this lexicon (but for the classes `except`).
   * Bounded at the phrases' edges: a match starts and ends on a whole token (tokenize(): a run of letters
   * and digits, as the trigger index reads words), but for a `*` ending, which keyPieces() leaves open.
   * A word glued by an apostrophe ("l'employeur") still has a sign beside it, and a key glued across one
   * ("queens" in "queen's") is found in the index's second scan, without apostrophes. Unbounded pieces
   * ("bs" in "jobs") woke a tenth more of the corpus sentences for the rules that use them.
   * `edges` 'left' for matches looked for in a slice cut anywhere (a word cut there ends the slice). */
  pieces(except: readonly K[] = [], edges: 'both' | 'left' = 'both'): string[] {
    return phrasePieces(
      (Object.keys(this.groups) as K[]).filter((k) => !except.includes(k)).flatMap((k) => this.groups[k]),
      edges,
    );
  }

  /** Matches in a unit, reported with the unit's original text. */
  find(unit: { plain: string; text: string; masked: readonly Span[] }): WordMatch<K>[] {
    return this.findIn(unit.plain, unit.text, unit.masked);
  }

  test(plain: string): boolean {
    return this.findIn(plain).length > 0;
  }

  /** Whether a match lies within [from, to) of `plain`. */
  within(plain: string, from: number, to: number): boolean {
    const a = Math.max(0, from);
    const b = Math.min(plain.length, to);
    return b > a && this.findIn(plain).some((m) => m.start >= a && m.end <= b);
  }
}

function overlapsKinds(masked: readonly Span[], start: number, end: number, kinds: readonly string[]): boolean {
  for (const m of masked) {
    if (m.start >= end) break;
    if (m.end > start && kinds.includes(m.kind ?? '')) return true;
  }
  return false;
}

// Words that may follow an evaluation without it qualifying a noun ("shameful, honestly", "clueless about").
const FOLLOWERS_OK = phraseSet([
  'and', 'but', 'or', 'for', 'to', 'of', 'by', 'from', 'in', 'on', 'at', 'with', 'as', 'that', 'this', 'because', 'since',
  'if', 'when', 'about', 'honestly', 'really', 'frankly', 'seriously', 'lol', 'imo', 'imho', 'right', 'now', 'again', 'too',
  'so', 'it', 'is', 'are', 'was', 'were', 'than', 'all', 'here', 'there', 'today', 'yet', 'ever', 'anymore', 'tbh', 'smh',
  'the', 'a', 'an', 'who', 'which', 'what', 'how', 'why', 'they', 'he', 'she', 'we', 'you', 'i',
  'et', 'mais', 'ou', 'pour', 'de', 'des', 'du', 'par', 'a', 'au', 'aux', 'en', 'avec', 'comme', 'que', 'qui', 'selon',
  'franchement', 'vraiment', 'encore', 'aussi', 'car', 'envers', 'sur', 'dans', 'la', 'le', 'les', 'un', 'une', 'est',
  'sont', 'ce', 'cette', 'ces', 'ici', 'maintenant', 'aujourd', 'depuis', 'pendant', 'quand', 'si', 'bref', 'point',
  'our', 'my', 'your', 'their', 'his', 'her', 'its', 'us', 'them', 'these', 'those', 'everything', 'everyone', 'ontario',
  'canada', 'nos', 'notre', 'leur', 'leurs', 'mon', 'ma', 'mes', 'ses', 'son', 'sa', 'tout', 'tous', 'toute', 'toutes',
]);

/** Whether a one-word evaluation qualifies the noun right after it ("terrible storms across the
 * province"), so that it says nothing about a target elsewhere in the sentence. `keep(pos)` says
 * whether a target word starts at `pos` ("terrible decision by the Premier" keeps). */
export function attributive(plain: string, evalStart: number, evalEnd: number, keep: (pos: number) => boolean): boolean {
  const word = plain.slice(evalStart, evalEnd);
  // Phrases and verbs ("ruined our health care") are not attributes.
  if (/[\s-]/.test(word) || /(?:ed|ing)$/.test(word)) return false;
  let i = evalEnd;
  while (i < plain.length && (plain[i] === ' ' || plain[i] === '\t')) i++;
  if (i >= plain.length || !/[\p{L}]/u.test(plain[i]!)) return false;
  const next = wordsAfter(plain, i, 1)[0];
  if (!next || FOLLOWERS_OK.has(normWord(next))) return false;
  // "The mandate is the dumbest thing they've done", "cutting it was a terrible idea": after "is the",
  // the adjective and an empty head noun are the verdict itself, said of the subject.
  if (EMPTY_HEADS.has(normWord(next)) && predicate(plain, evalStart)) return false;
  return !keep(i);
}

const EMPTY_HEADS = phraseSet(['thing', 'things', 'idea', 'ideas', 'stuff', 'move', 'moves', 'one']);
const COPULAS = phraseSet(['is', 'was', 'are', 'were', 'be', 'been', "it's", "that's", 'its', 'thats', "'s"]);
const ARTICLES = phraseSet(['the', 'a', 'an']);
/** Whether the words before `pos` are a copula and an article ("is the", "was genuinely a"). */
function predicate(plain: string, pos: number): boolean {
  const prev = wordsBefore(plain, pos, 3).map(normWord);
  const last = prev.length - 1;
  if (last < 1 || !ARTICLES.has(prev[last]!)) return false;
  return COPULAS.has(prev[last - 1]!) || (last >= 2 && COPULAS.has(prev[last - 2]!) && /ly$/.test(prev[last - 1]!));
}

// Words that may come before a French evaluation without it qualifying a noun ("est ridicule").
const PRE_OK_FR = phraseSet([
  'est', 'sont', 'etait', 'etaient', 'sera', 'seront', 'serait', 'soit', 'semble', 'semblent', 'devient', 'deviennent',
  'reste', 'restent', 'vraiment', 'tellement', 'si', 'tres', 'trop', 'completement', 'totalement', 'absolument',
  'franchement', 'assez', 'plutot', 'carrement', 'juste', 'bien', 'pas', 'plus', 'aussi', 'et', 'mais', 'ou', 'c\'est',
  'cest', 'ca', 'cela', 'simplement', 'parfaitement', 'profondement', 'particulierement', 'tout', 'toujours', 'encore',
  'deja', 'rien', 'moins', 'ete', 'fut', 'etre', 'jamais', 'honnetement', 'serieusement', 'litteralement',
  // Articles: « des incompétents », « une honte » use the word as a noun.
  'des', 'un', 'une', 'de', 'du', 'd', 'le', 'la', 'les', 'l', 'ces', 'cette', 'ce', 'quel', 'quelle', 'quels', 'quelles',
  'vrai', 'vraie', 'vrais', 'vraies', 'belle', 'beau', 'gros', 'grosse', 'bande', 'gang',
]);

/** Whether a one-word French evaluation qualifies the noun just before it ("des expulsions
 * injustes"), not a target elsewhere. `keepEnd(pos)` says whether a target word ends at `pos`. */
export function postposed(plain: string, evalStart: number, evalEnd: number, keepEnd: (pos: number) => boolean): boolean {
  if (/[\s-]/.test(plain.slice(evalStart, evalEnd))) return false;
  let i = evalStart;
  while (i > 0 && (plain[i - 1] === ' ' || plain[i - 1] === '\t')) i--;
  if (i === 0 || !/[\p{L}]/u.test(plain[i - 1]!)) return false;
  const prev = wordsBefore(plain, evalStart, 1)[0];
  if (!prev || PRE_OK_FR.has(normWord(prev).replace(/'/g, ''))) return false;
  return !keepEnd(i);
}
