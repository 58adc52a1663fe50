// A literal gate (holdsAny() in src/engine/rules/political/signals.ts) skips a pattern on a sentence that holds
// none of its words: sound only if every match of the pattern holds one. The words are written by hand next to
// their pattern, and the corpus rarely reaches a rare branch ("the party in power"), so this test generates
// matches from each pattern itself (tests/support/literal-gate.ts) and fails on one that holds no word.
import { describe, expect, it } from 'vitest';
import { LITERAL_GATES as SIGNAL_GATES } from '../src/engine/rules/political/signals.js';
import { LITERAL_GATES as POSITION_GATES } from '../src/engine/rules/political/position-association.js';
import { checkGate, withoutLookarounds } from './support/literal-gate.js';

const SAMPLES = Number(process.env.FC_RUNS ?? 300) * 4;

describe('literal gates', () => {
  for (const gate of [...SIGNAL_GATES, ...POSITION_GATES]) {
    it(`every generated match of ${gate.name} holds one of its words`, () => {
      const report = checkGate(gate.re, gate.words, SAMPLES);
      // Enough strings must reach the real pattern for the check to mean something.
      expect(report.matched, `${gate.name}: too few generated strings match the pattern`).toBeGreaterThanOrEqual(20);
      expect(report.escapes.slice(0, 5), `${gate.name}: matches with none of ${JSON.stringify(gate.words)}`).toEqual([]);
    });
  }

  it('catches a gate that misses a branch', () => {
    const ROLE = /(?<![\p{L}\p{N}])(?:the opposition(?= party)|the party in power)(?![\p{L}\p{N}])/gu;
    expect(checkGate(ROLE, ['opposition', 'party']).escapes).toEqual([]);
    expect(checkGate(ROLE, ['opposition']).escapes.length).toBeGreaterThan(0);
  });

  it('widens lookarounds only: positive ones become the text they need, negative ones go', () => {
    expect(withoutLookarounds(String.raw`(?<![\p{L}])a(?= b)(?!c)[)(]\(`)).toBe(String.raw`a(?: b)[)(]\(`);
  });
});
