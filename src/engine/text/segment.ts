// Sentence splitting. Intl.Segmenter was measured at 83 ms for 60,000 characters on the CI
// machine and also breaks after "Dr." and "St."; this linear scan takes about 0.5 ms and knows
// the abbreviations that street addresses and titles use in English and French.

export interface Sentence {
  start: number;
  end: number;
}

// Words that end with a period without ending a sentence.
const ABBREVIATIONS = new Set([
  'dr', 'mr', 'mrs', 'ms', 'mx', 'st', 'ste', 'ave', 'av', 'rd', 'blvd', 'boul', 'bd', 'cres', 'crt', 'ct', 'pl', 'hwy', 'no',
  'apt', 'app', 'e.g', 'i.e', 'etc', 'vs', 'jr', 'sr', 'prof', 'hon', 'dept', 'min', 'gov', 'inc', 'ltd', 'corp', 'co',
  'mme', 'mlle', 'me', 'm', 'p', 'ex', 'p. ex', 'art', 'ch', 'rte', 'vol', 'approx', 'tél', 'tel', 'ext', 'fig', 'sec',
  'jan', 'feb', 'févr', 'mar', 'apr', 'avr', 'jun', 'jul', 'juil', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'déc',
  'n', 's', 'e', 'w', 'o',
]);

const isMark = (c: string | undefined) => c === '.' || c === '!' || c === '?' || c === '\u2026';
const isCloser = (c: string | undefined) => c === '"' || c === "'" || c === '\u2019' || c === '\u201D' || c === ')' || c === ']';
const isSpace = (c: string | undefined) => c === ' ' || c === '\t' || c === '\u00A0';

/**
 * The next possible sentence break at or after `from`: sentence marks, closing quotes or brackets
 * and spaces ("! ", '." '), or a run of newlines; [start, end), or null. A scan, not a pattern: a
 * break never starts inside a run of marks or newlines, so each character is read a bounded number
 * of times (a long run of "!" stays linear).
 */
function nextBreak(text: string, from: number): { start: number; end: number } | null {
  const n = text.length;
  for (let i = from; i < n; i++) {
    const c = text[i];
    if (isMark(c) && !isMark(text[i - 1])) {
      let k = i;
      while (k < n && isMark(text[k])) k++;
      while (k < n && isCloser(text[k])) k++;
      let end = k;
      while (end < n && isSpace(text[end])) end++;
      if (end > k) return { start: i, end };
    } else if (c === '\n' && text[i - 1] !== '\n') {
      let end = i;
      while (end < n && text[end] === '\n') end++;
      return { start: i, end };
    }
  }
  return null;
}

/** Sentences of `text`, covering it end to end (whitespace stays with the sentence before). */
export function splitSentences(text: string): Sentence[] {
  return scan(text, 0, []);
}

/**
 * Scans from `from` (0 or the end of a sentence), appending to `out`. With `resume`, stops at the
 * first sentence end past `resume.after` that the old text also had (shifted by `resume.shift`):
 * from there on both texts are the same, and so are their sentences.
 */
function scan(text: string, from: number, out: Sentence[], resume?: { after: number; shift: number; oldEnds: { has(end: number): boolean } }): Sentence[] {
  let start = from;
  for (let m = nextBreak(text, from); m; m = nextBreak(text, m.end)) {
    const end = m.end;
    if (text[m.start] !== '\n' && !endsSentence(text, m.start, end)) continue;
    if (end > start) out.push({ start, end });
    start = end;
    if (resume && end > resume.after && resume.oldEnds.has(end - resume.shift)) return out;
  }
  if (start < text.length) out.push({ start, end: text.length });
  return out;
}

export interface Resplit {
  sentences: Sentence[];
  /** The texts agree on [0, same) … */
  same: number;
  /** … and on [tail, end), which was at `shift` code units from here in the old text. */
  tail: number;
  shift: number;
}

/**
 * `splitSentences(text)` computed from the sentences of a previous text: those before the first
 * changed character are kept, the changed stretch is scanned again, and the scan stops as soon as
 * it meets a sentence end of the old text inside the unchanged tail, whose sentences are reused
 * (shifted). A sentence end depends only on the characters up to it and the one after it, and a
 * scan restarted at a sentence end goes on as the full scan does, so the result is the same.
 */
export function resplitSentences(oldText: string, old: readonly Sentence[], text: string): Resplit {
  const limit = Math.min(oldText.length, text.length);
  const prefix = commonPrefix(oldText, text, limit);
  if (prefix === oldText.length && prefix === text.length) return { sentences: old.slice(), same: prefix, tail: prefix, shift: 0 };
  const suffix = commonSuffix(oldText, text, limit - prefix);
  // Kept: sentences ending before the first change (their end and the character at it are unchanged).
  let kept = 0;
  while (kept < old.length && old[kept]!.end < prefix) kept++;
  const out = old.slice(0, kept);
  const from = kept > 0 ? old[kept - 1]!.end : 0;
  const shift = text.length - oldText.length;
  const tail = text.length - suffix;
  let firstTail = old.length;
  for (let i = old.length - 1; i >= kept; i--) {
    if (old[i]!.end - 1 < tail - shift) break;
    firstTail = i;
  }
  // The ends of old[firstTail…] (in order): looked up by bisection, not copied into a set (a
  // keystroke early in a long draft would copy hundreds of them).
  const oldEnds = { has: (end: number) => hasEnd(old, firstTail, end) };
  scan(text, from, out, { after: tail, shift, oldEnds });
  const last = out.length ? out[out.length - 1]!.end : 0;
  if (last < text.length) {
    // Resumed at an old sentence end: the rest is the old tail, shifted.
    let i = firstTail;
    while (i < old.length && old[i]!.start < last - shift) i++;
    // Sentences are never changed once made: after a letter replaced (no shift), the old ones serve.
    if (shift === 0) for (; i < old.length; i++) out.push(old[i]!);
    else for (; i < old.length; i++) out.push({ start: old[i]!.start + shift, end: old[i]!.end + shift });
  }
  return { sentences: out, same: prefix, tail, shift };
}

/** Whether one of old[from…] (sorted, disjoint) ends at `end`. */
function hasEnd(old: readonly Sentence[], from: number, end: number): boolean {
  let lo = from;
  let hi = old.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (old[mid]!.end < end) lo = mid + 1;
    else hi = mid;
  }
  return lo < old.length && old[lo]!.end === end;
}

// Texts are compared a chunk at a time (string equality is a memory compare), big chunks first, then
// a code unit at a time within the chunk that differs: a keystroke in a 60,000-character draft costs
// a few dozen string compares, not 230 (and not 60,000 code-unit reads).
const CHUNKS = [4096, 256, 16];

/** Length of the longest common prefix of `a` and `b`, at most `limit`. */
function commonPrefix(a: string, b: string, limit: number): number {
  let i = 0;
  for (const c of CHUNKS) while (i + c <= limit && a.slice(i, i + c) === b.slice(i, i + c)) i += c;
  while (i < limit && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

/** Length of the longest common suffix of `a` and `b`, at most `limit`. */
function commonSuffix(a: string, b: string, limit: number): number {
  let i = 0;
  for (const c of CHUNKS) while (i + c <= limit && a.slice(a.length - i - c, a.length - i) === b.slice(b.length - i - c, b.length - i)) i += c;
  while (i < limit && a.charCodeAt(a.length - 1 - i) === b.charCodeAt(b.length - 1 - i)) i++;
  return i;
}

/** Longer runs without punctuation (a pasted log, a 1 MB line) are cut at spaces so caching still pays. */
export const MAX_SENTENCE = 1200;

/** Sentences cut to at most MAX_SENTENCE code units, at a space when one is near, never inside a
 * surrogate pair: `sentences` itself when none is longer (the usual draft; no copy per keystroke). */
export function boundSentences(text: string, sentences: readonly Sentence[]): readonly Sentence[] {
  if (sentences.every((s) => s.end - s.start <= MAX_SENTENCE)) return sentences;
  const out: Sentence[] = [];
  for (const s of sentences) {
    if (s.end - s.start <= MAX_SENTENCE) {
      out.push(s);
      continue;
    }
    let start = s.start;
    while (s.end - start > MAX_SENTENCE) {
      let cut = text.lastIndexOf(' ', start + MAX_SENTENCE);
      if (cut <= start + MAX_SENTENCE / 2) cut = start + MAX_SENTENCE;
      if (isLowSurrogateAt(text, cut)) cut--;
      out.push({ start, end: cut });
      start = cut;
    }
    out.push({ start, end: s.end });
  }
  return out;
}

/** Whether `i` falls between the two halves of a surrogate pair. */
export function isLowSurrogateAt(text: string, i: number): boolean {
  if (i <= 0 || i >= text.length) return false;
  const c = text.charCodeAt(i);
  const p = text.charCodeAt(i - 1);
  return c >= 0xdc00 && c <= 0xdfff && p >= 0xd800 && p <= 0xdbff;
}

const CONTINUATION = /[a-z0-9\u00E0-\u00FF]/;
const WORD_OR_DOT = /[\p{L}.]/u;

function endsSentence(text: string, punct: number, next: number): boolean {
  if (text[punct] !== '.') return true;
  const nextChar = text[next];
  // "St. west", "5 p. 100": a lower-case or digit continuation is the same sentence.
  if (nextChar !== undefined && CONTINUATION.test(nextChar)) return false;
  let w = punct;
  while (w > 0 && WORD_OR_DOT.test(text[w - 1]!)) w--;
  const word = text.slice(w, punct).toLowerCase();
  return !ABBREVIATIONS.has(word);
}
