// The learned "reads like" model's features, shared by the engine (learned/scorer.ts) and the
// trainer (tools/linear-model.ts), so that what is scored is exactly what was trained on: the
// accent-free lower-case words of a sentence's `plain` view (Unit.plain) and pairs of adjacent
// words. A text's score is the sum of its sentences' (so it is cached per sentence).
import { codePointAt, isWordChar } from '../lexicon-index.js';

/** Where each word of a plain (folded, lower-case, accent-free) string starts and ends: runs of
 * letters and digits. `plain` has the length of the original text, so these are its offsets too. */
export function wordSpans(plain: string): { starts: number[]; ends: number[] } {
  const starts: number[] = [];
  const ends: number[] = [];
  let start = -1;
  for (let i = 0; i < plain.length; ) {
    const cp = codePointAt(plain, i);
    const w = cp > 0xffff ? 2 : 1;
    if (isWordChar(cp)) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      starts.push(start);
      ends.push(i);
      start = -1;
    }
    i += w;
  }
  if (start >= 0) {
    starts.push(start);
    ends.push(plain.length);
  }
  return { starts, ends };
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
