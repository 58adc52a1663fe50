// Which panels are drawn, and which of them show. A finding card or the findings list that closes
// (or a card replaced by another) while the user types in the box is hidden and kept, not removed:
// Chromium ends the open typing step of a text field whenever any node leaves the document, ours
// included (render/mirror-layer.ts), so a card that closed in a pause in typing, because its
// finding went away, would split the user's next Ctrl+Z. Kept panels go at the first render after
// the box lost focus, which ends the typing step anyway.
import type { ShownFinding } from '../../messaging/analysis.js';

/** Where a panel is placed from: the viewport rect of what it belongs to (Popover.tsx). */
export interface Anchor {
  left: number;
  top: number;
  bottom: number;
}

export interface CardView {
  finding: ShownFinding;
  anchor: Anchor;
  raise?: number;
}

export interface DrawnPanels {
  /** In the order they were first drawn, so keeping one never moves another (a move is a removal). */
  cards: readonly { card: CardView; shown: boolean }[];
  /** `rows`: list entries drawn, those past the findings hidden (an entry removed is a node removed). */
  list: { anchor: Anchor; rows: number; shown: boolean } | null;
}

/** Cards kept at most while the box has focus: past this the oldest goes (and ends the typing step),
 * so a long session of hovering over findings can't pile them up. */
const MAX_KEPT_CARDS = 20;

/** One card element per rule and quoted words: a card that follows its finding to a new place (text
 * typed above it) stays the same element, and so does a card for the same words elsewhere. */
export function cardKey(finding: ShownFinding): string {
  return `${finding.ruleId}\u0000${finding.quote}`;
}

export class KeptPanels {
  private cards: CardView[] = [];
  private list: Anchor | null = null;
  private rows = 0;

  /** What to draw for a view: its card and list, and while `keep` (the box has focus) every panel
   * drawn since it got focus, hidden. */
  frame(card: CardView | null, list: Anchor | null, findings: number, keep: boolean): DrawnPanels {
    const key = card ? cardKey(card.finding) : null;
    if (!keep) this.cards = card ? [card] : [];
    else if (card) {
      const at = this.cards.findIndex((c) => cardKey(c.finding) === key);
      this.cards = at >= 0 ? this.cards.map((c, i) => (i === at ? card : c)) : [...this.cards, card];
      if (this.cards.length > MAX_KEPT_CARDS) {
        const oldest = this.cards.findIndex((c) => cardKey(c.finding) !== key);
        this.cards = this.cards.filter((_, i) => i !== oldest);
      }
    }
    const listAnchor = list ?? (keep ? this.list : null);
    this.rows = listAnchor ? (keep ? Math.max(this.rows, findings) : findings) : 0;
    this.list = listAnchor;
    return {
      cards: this.cards.map((c) => ({ card: c, shown: cardKey(c.finding) === key })),
      list: listAnchor ? { anchor: listAnchor, rows: this.rows, shown: list !== null } : null,
    };
  }

  /** Whether anything drawn is hidden (a render after the box lost focus removes it). */
  holdsHidden(card: CardView | null, list: Anchor | null, findings: number): boolean {
    return this.cards.length > (card ? 1 : 0) || (this.list !== null && list === null) || this.rows > findings;
  }
}
