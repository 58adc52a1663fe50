// SIGNAL_PIECES (political/signals.ts) holds no piece for "team" alone: "Team X" (TEAM_RE) must hold a
// piece of its own for every name X, or signals() (gated by the list) would skip it.
import { describe, expect, it } from 'vitest';
import { SIGNAL_PIECES, TEAM_NAMES } from '../src/engine/rules/political/signals.js';
import { PieceIndex, wakes } from '../src/engine/trigger-index.js';
import { stripAccents } from '../src/engine/text/fold.js';

describe('SIGNAL_PIECES', () => {
  it('wakes on "Team X" and « Équipe X » for every name of TEAM_NAMES', () => {
    const index = new PieceIndex([SIGNAL_PIECES]);
    for (const name of TEAM_NAMES) {
      for (const team of ['Team', 'Équipe']) {
        const plain = stripAccents(`${team} ${name}`.toLowerCase());
        expect(wakes(index.wokenBits(plain), 0), plain).toBe(true);
      }
    }
    // ...and not on "team" alone.
    expect(wakes(index.wokenBits('great team day at the lake'), 0)).toBe(false);
  });
});
