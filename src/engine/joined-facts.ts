// Some whole-draft rules read across a sentence end: a phrase broken over a line ("Tell us\nbelow"),
// a run of capitals ("EMBARGOED. ODSP"), a sentence cut for length. Their per-sentence facts say
// when the next sentence may be read with this one (`joinNext`, a cheap and generous test on the
// sentence's end); combine() then reads such runs of sentences again as one stretch, so its answer
// is that of the whole draft. Most sentences end with ". " or ".\n" and are never joined.
import type { Locale, Span, Unit } from './types.js';
import { makeUnit } from './text/unit.js';
import { MAX_SENTENCE } from './text/segment.js';

export interface JoinableFacts {
  /** Whether what the rule reads may run on into the next sentence. */
  joinNext: boolean;
}

/** Facts of whole stretches of the draft that no reading crosses, with where each starts. */
export interface Stretches<F> {
  facts: F[];
  starts: number[];
}

/**
 * Facts per stretch: a sentence alone, or a run of sentences each joined to the next, read again
 * as one text by `read` (remembered from the last call, so a keystroke elsewhere re-reads none).
 */
export function stretches<F extends JoinableFacts>(
  facts: readonly F[],
  sentences: readonly Span[],
  text: string,
  locale: Locale,
  read: (unit: Unit) => F,
  memo: { last: Map<string, F> },
): Stretches<F> {
  const out: F[] = [];
  const starts: number[] = [];
  let used: Map<string, F> | null = null;
  for (let i = 0; i < facts.length; i++) {
    let j = i;
    while (j + 1 < facts.length && facts[j]!.joinNext) j++;
    if (j === i) {
      out.push(facts[i]!);
      starts.push(sentences[i]!.start);
      continue;
    }
    const start = sentences[i]!.start;
    const stretch = text.slice(start, sentences[j]!.end);
    const key = locale + stretch;
    let f = memo.last.get(key);
    if (f === undefined) f = read(makeUnit(stretch, locale));
    (used ??= new Map()).set(key, f);
    out.push(f);
    starts.push(start);
    i = j;
  }
  memo.last = used ?? EMPTY;
  return { facts: out, starts };
}

const EMPTY = new Map<never, never>();

/** A sentence as long as this may have been cut for length (boundSentences()): its end is no sentence end. */
export function mayBeCut(unit: Unit): boolean {
  return unit.text.length > MAX_SENTENCE / 2;
}

const IN_GAP = /[\s-]/;

/**
 * Whether a lexicon phrase, or a pattern of words and white space, may run on from this sentence into
 * the next: a sentence end is white space (a lexicon's gap), so only a sentence ending with '.', '!'
 * or '…' and white space is safe, as no phrase holds one of those before a space (tests check it).
 */
export function phraseMayCross(unit: Unit): boolean {
  const s = unit.plain;
  const run = trailingRun(s, (c) => IN_GAP.test(c));
  if (run === 0 || run === s.length || mayBeCut(unit)) return true;
  const c = s[run - 1];
  return c !== '.' && c !== '!' && c !== '\u2026';
}

/** The start of the run of characters matching `inRun` at the end of `s` (s.length when there is none). */
export function trailingRun(s: string, inRun: (c: string) => boolean): number {
  let i = s.length;
  while (i > 0 && inRun(s[i - 1]!)) i--;
  return i;
}
