// Which cards and list entries are drawn while the user types in a box: closed ones are kept
// hidden and in place (a removed or moved node would end the browser's typing step and split the
// user's Ctrl+Z; tests/browser/undo-steps.test.ts shows it in the browser), and go once the box
// has lost focus.
import { describe, expect, test } from 'vitest';
import type { ShownFinding } from '../src/messaging/analysis.js';
import { KeptPanels, type CardView } from '../src/content/ui/kept-panels.js';

const anchor = { left: 0, top: 0, bottom: 10 };
function card(ruleId: string, quote: string, start = 0): CardView {
  const finding = { ruleId, quote, start, end: start + quote.length, severity: 'high', category: 'privacy', message: '', locale: 'en', guidelineIds: [], title: '', guidelines: [] } as unknown as ShownFinding;
  return { finding, anchor };
}
const shown = (panels: ReturnType<KeptPanels['frame']>) => panels.cards.map((c) => `${c.card.finding.quote}${c.shown ? '' : ' (hidden)'}`);

describe('kept panels', () => {
  test('a card closed or replaced while the box has focus stays, hidden and in its place, until focus goes', () => {
    const kept = new KeptPanels();
    expect(shown(kept.frame(card('sin', '130'), null, 1, true))).toEqual(['130']);
    expect(shown(kept.frame(card('phone', '416'), null, 1, true))).toEqual(['130 (hidden)', '416']);
    // Shown again: the same element, where it was (a move is a removal too).
    expect(shown(kept.frame(card('sin', '130', 40), null, 1, true))).toEqual(['130', '416 (hidden)']);
    expect(shown(kept.frame(null, null, 0, true))).toEqual(['130 (hidden)', '416 (hidden)']);
    expect(kept.holdsHidden(null, null, 0)).toBe(true);
    expect(shown(kept.frame(null, null, 0, false))).toEqual([]);
    expect(kept.holdsHidden(null, null, 0)).toBe(false);
  });

  test('without focus nothing is kept', () => {
    const kept = new KeptPanels();
    kept.frame(card('sin', '130'), null, 1, false);
    expect(shown(kept.frame(card('phone', '416'), null, 1, false))).toEqual(['416']);
    expect(kept.holdsHidden(card('phone', '416'), null, 1)).toBe(false);
  });

  test('a card follows its finding to a new place as the same card; the same words under another rule are another card', () => {
    const kept = new KeptPanels();
    kept.frame(card('sin', '130', 0), null, 1, true);
    const moved = kept.frame(card('sin', '130', 12), null, 1, true);
    expect(moved.cards).toHaveLength(1);
    expect(moved.cards[0]!.card.finding.start).toBe(12);
    expect(shown(kept.frame(card('number', '130'), null, 1, true))).toEqual(['130 (hidden)', '130']);
  });

  test('at most 20 cards wait; the oldest hidden one goes first, never the one shown', () => {
    const kept = new KeptPanels();
    kept.frame(card('r', 'first'), null, 1, true);
    for (let i = 0; i < 25; i++) kept.frame(card('r', `w${i}`), null, 1, true);
    const last = kept.frame(card('r', 'first'), null, 1, true);
    expect(last.cards).toHaveLength(20);
    expect(last.cards.filter((c) => c.shown).map((c) => c.card.finding.quote)).toEqual(['first']);
  });

  test('the list keeps as many entries as it ever drew while the box has focus, and stays drawn hidden when closed', () => {
    const kept = new KeptPanels();
    expect(kept.frame(null, anchor, 3, true).list).toEqual({ anchor, rows: 3, shown: true });
    expect(kept.frame(null, anchor, 1, true).list).toEqual({ anchor, rows: 3, shown: true });
    expect(kept.holdsHidden(null, anchor, 1)).toBe(true);
    expect(kept.frame(null, null, 1, true).list).toEqual({ anchor, rows: 3, shown: false });
    expect(kept.frame(null, null, 1, false).list).toBeNull();
    expect(kept.frame(null, anchor, 2, false).list).toEqual({ anchor, rows: 2, shown: true });
  });
});
