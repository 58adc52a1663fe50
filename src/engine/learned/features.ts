// The learned "reads like" model's features, shared by the engine (learned/scorer.ts) and the
// trainer (tools/linear-model.ts), so that what is scored is exactly what was trained on: the
// accent-free lower-case words of a sentence's `plain` view (Unit.plain) and pairs of adjacent
// words. A text's score is the sum of its sentences' (so it is cached per sentence).
import { codePointAt, FNV_OFFSET, FNV_PRIME, isWordChar } from '../lexicon-index.js';

/** The words of a plain string as scanWords() leaves them: `count` words, the i-th from
 * `starts[i]` to `ends[i]`, its code units hashed into `hashes[i]` (FNV_OFFSET). Reused between
 * calls: read it before the next scan. */
export interface WordScan {
  count: number;
  starts: Int32Array;
  ends: Int32Array;
  hashes: Int32Array;
}

/** scanWords() hashes a word with FNV-1a over its UTF-16 code units: h = FNV_OFFSET, then for each
 * code unit c, h = Math.imul(h ^ c, FNV_PRIME). */
export { FNV_OFFSET, FNV_PRIME } from '../lexicon-index.js';

const scan: WordScan = { count: 0, starts: new Int32Array(64), ends: new Int32Array(64), hashes: new Int32Array(64) };

/** Where each word of a plain (folded, lower-case, accent-free) string starts and ends: runs of
 * letters and digits, hashed as they are read. `plain` has the length of the original text, so
 * these are its offsets too. The answer is overwritten by the next call. */
export function scanWords(plain: string): WordScan {
  let n = 0;
  let start = -1;
  let h = FNV_OFFSET;
  for (let i = 0; i < plain.length; ) {
    const c = plain.charCodeAt(i);
    const cp = c < 0xd800 ? c : codePointAt(plain, i);
    const w = cp > 0xffff ? 2 : 1;
    if (isWordChar(cp)) {
      if (start < 0) {
        start = i;
        h = FNV_OFFSET;
      }
      h = Math.imul(h ^ c, FNV_PRIME);
      if (w === 2) h = Math.imul(h ^ plain.charCodeAt(i + 1), FNV_PRIME);
    } else if (start >= 0) {
      n = push(n, start, i, h);
      start = -1;
    }
    i += w;
  }
  if (start >= 0) n = push(n, start, plain.length, h);
  scan.count = n;
  return scan;
}

function push(n: number, start: number, end: number, h: number): number {
  if (n === scan.starts.length) {
    const grow = (a: Int32Array) => {
      const b = new Int32Array(a.length * 2);
      b.set(a);
      return b;
    };
    scan.starts = grow(scan.starts);
    scan.ends = grow(scan.ends);
    scan.hashes = grow(scan.hashes);
  }
  scan.starts[n] = start;
  scan.ends[n] = end;
  scan.hashes[n] = h;
  return n + 1;
}

/** Where each word of a plain string starts and ends (scanWords(), as plain arrays). */
export function wordSpans(plain: string): { starts: number[]; ends: number[] } {
  const { count, starts, ends } = scanWords(plain);
  return { starts: Array.from(starts.subarray(0, count)), ends: Array.from(ends.subarray(0, count)) };
}

/** Words of a plain string. */
export function words(plain: string): string[] {
  const { starts, ends } = wordSpans(plain);
  return starts.map((s, i) => plain.slice(s, ends[i]));
}

/** Unigrams, then bigrams ("a b"), of a plain sentence, repeats kept (they count twice). */
export function features(plain: string): string[] {
  const ws = words(plain);
  const out: string[] = ws.slice();
  for (let i = 1; i < ws.length; i++) out.push(ws[i - 1] + ' ' + ws[i]);
  return out;
}
