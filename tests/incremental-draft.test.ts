// A keystroke in a long draft takes the incremental path: the text is compared with the last one in
// chunks, only the changed stretch is cut into sentences again, and the unchanged head and tail keep
// their cached sentences. Whatever the edit (typed, deleted, pasted, at either end, across sentence
// ends), the sentences and the findings must be those of a cold run on the edited text.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze, clearCache } from '../src/engine/index.js';
import { resplitSentences, splitSentences } from '../src/engine/text/segment.js';
import { buildPost } from '../bench/texts.js';

const RUNS = Number(process.env.FC_RUNS ?? 25);
const drafts = [buildPost(6_000), buildPost(6_000, 2), buildPost(3_000, 3) + '\n\n' + buildPost(3_000, 4)];

/** A draft and an edited copy: up to 600 characters replaced by up to 40 (a keystroke, a cut, a paste). */
const edit = fc
  .tuple(
    fc.constantFrom(...drafts.keys()),
    fc.double({ min: 0, max: 1, noNaN: true }),
    fc.nat({ max: 600 }),
    fc.constantFrom('', 'x', ' ', '.', '. ', '\n', '!! ', 'Dr. ', 'St. ', '\u{1F600}', 'Call 416-555-0199. Vote NDP!', 'é'),
  )
  .map(([d, where, removed, inserted]) => {
    const text = drafts[d]!;
    const at = Math.floor(where * text.length);
    return [text, text.slice(0, at) + inserted + text.slice(Math.min(text.length, at + removed))] as const;
  });

describe('one edit in a long draft', () => {
  it('cuts the edited text into the same sentences as a full split', () => {
    fc.assert(
      fc.property(edit, ([before, after]) => {
        expect(resplitSentences(before, splitSentences(before), after).sentences).toEqual(splitSentences(after));
      }),
      { numRuns: RUNS * 5 },
    );
  });

  it('gives the findings of a cold run on the edited text', () => {
    fc.assert(
      fc.property(edit, fc.constantFrom('personal', 'professional', 'official'), ([before, after], mode) => {
        clearCache();
        analyze(before, { mode });
        const incremental = analyze(after, { mode });
        clearCache();
        expect(incremental).toEqual(analyze(after, { mode }));
      }),
      { numRuns: RUNS },
    );
  });
});

// Typing as a person does: letters added one at a time into a sentence in the middle of a long
// draft, a risky phrase typed out, letters replaced in place (the sentences after keep their
// offsets), then deleted one at a time. After every keystroke the incremental answer must be the cold one.
describe('a typing session in a long draft', () => {
  it('gives the findings of a cold run after every keystroke', () => {
    let text = buildPost(6_000, 5);
    const at = text.indexOf('. ', text.length / 2) + 2;
    const typed = 'Vote NDP, call 416-555-0199. ';
    const steps: string[] = [];
    for (let i = 1; i <= typed.length; i++) steps.push(text.slice(0, at) + typed.slice(0, i) + text.slice(at));
    text = steps[steps.length - 1]!;
    // Replacements: the same length, so the unchanged tail is not shifted.
    for (let i = 0; i < 12; i++) {
      const p = at + typed.length + i;
      text = text.slice(0, p) + (text[p] === 'x' ? 'y' : 'x') + text.slice(p + 1);
      steps.push(text);
    }
    for (let i = typed.length; i > 0; i -= 3) steps.push((text = text.slice(0, at + i - 3) + text.slice(at + i)));
    for (const mode of ['personal', 'official'] as const) {
      const cold = steps.map((step) => {
        clearCache();
        return analyze(step, { mode });
      });
      // The session, caches kept from keystroke to keystroke.
      clearCache();
      analyze(buildPost(6_000, 5), { mode });
      steps.forEach((step, i) => expect(analyze(step, { mode })).toEqual(cold[i]));
    }
  });
});
