// Checks a literal gate: "every match of this pattern holds one of these words", the claim that lets a
// rule skip the pattern on a sentence without them (holdsAny() in src/engine/rules/political/signals.ts).
// fast-check generates strings from the pattern; it cannot generate lookarounds, so they are rewritten
// first: a positive one becomes the text it requires, a negative one is dropped (both only widen what is
// generated), and a string counts only if the real pattern matches it.
import fc from 'fast-check';
import { classLength, escapeLength } from './regex-source.js';

/** Index just past the group opening at `open` (source[open] === '('), stepping over escapes and classes. */
function groupEnd(source: string, open: number): number {
  let depth = 0;
  for (let i = open; i < source.length; ) {
    const c = source[i];
    if (c === '\\') i += escapeLength(source, i);
    else if (c === '[') i += classLength(source, i);
    else {
      if (c === '(') depth++;
      else if (c === ')' && --depth === 0) return i + 1;
      i++;
    }
  }
  throw new Error(`unbalanced group at ${open} in /${source}/`);
}

/** The pattern without lookarounds, widened as described above. */
export function withoutLookarounds(source: string): string {
  let out = '';
  for (let i = 0; i < source.length; ) {
    const c = source[i]!;
    const look = c === '(' ? /^\(\?(<?)([=!])/.exec(source.slice(i, i + 4)) : null;
    if (look) {
      const end = groupEnd(source, i);
      if (look[2] === '=') out += `(?:${withoutLookarounds(source.slice(i + 3 + look[1]!.length, end - 1))})`;
      i = end;
      continue;
    }
    const n = c === '\\' ? escapeLength(source, i) : c === '[' ? classLength(source, i) : 1;
    out += source.slice(i, i + n);
    i += n;
  }
  return out;
}

export interface GateReport {
  /** Generated strings the real pattern matched. */
  matched: number;
  /** Matching strings that hold none of the gate's words: each one a sentence the gate would wrongly skip. */
  escapes: string[];
}

/** Generates up to `samples` strings from `re` and reports those the gate `words` would let through unread. */
export function checkGate(re: RegExp, words: readonly string[], samples = 400, seed = 20): GateReport {
  const real = new RegExp(re.source, re.flags.replace(/[gy]/g, ''));
  const wide = new RegExp(withoutLookarounds(re.source), re.flags.replace(/[gyd]/g, ''));
  const strings = fc.sample(fc.stringMatching(wide), { numRuns: samples, seed });
  const report: GateReport = { matched: 0, escapes: [] };
  for (const s of strings) {
    if (!real.test(s)) continue;
    report.matched++;
    if (!words.some((w) => s.includes(w))) report.escapes.push(s);
  }
  return report;
}
