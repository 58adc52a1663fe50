// Checks a literal gate: "every match of this pattern holds one of these words", the claim that lets a
// rule skip the pattern on a sentence without them (holdsAny() in src/engine/rules/political/signals.ts).
// fast-check generates strings from the pattern; it cannot generate lookarounds, so they are rewritten
// first: a positive one becomes the text it requires, a negative one is dropped (both only widen what is
// generated), and a string counts only if the real pattern matches it.
import fc from 'fast-check';

/** Index just past the group opening at `open` (source[open] === '('), skipping escapes and classes. */
function groupEnd(source: string, open: number): number {
  let depth = 0;
  for (let i = open; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (c === '[') {
      for (i++; i < source.length && source[i] !== ']'; i++) if (source[i] === '\\') i++;
    } else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i + 1;
  }
  throw new Error(`unbalanced group at ${open} in /${source}/`);
}

/** The pattern without lookarounds, widened as described above. */
export function withoutLookarounds(source: string): string {
  let out = '';
  for (let i = 0; i < source.length; ) {
    const c = source[i]!;
    if (c === '\\') {
      out += source.slice(i, i + 2);
      i += 2;
      continue;
    }
    if (c === '[') {
      let j = i + 1;
      while (j < source.length && source[j] !== ']') j += source[j] === '\\' ? 2 : 1;
      out += source.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    const look = /^\(\?(<?)([=!])/.exec(source.slice(i, i + 4));
    if (look) {
      const end = groupEnd(source, i);
      const inner = source.slice(i + 3 + look[1]!.length, end - 1);
      if (look[2] === '=') out += `(?:${withoutLookarounds(inner)})`;
      i = end;
      continue;
    }
    out += c;
    i++;
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
