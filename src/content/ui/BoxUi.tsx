// Everything shown for one compose box, rendered from the box's state (the box controller owns
// the state; this only draws it and reports clicks).
import type { Severity } from '../../engine/index.js';
import { uiLanguage } from '../../i18n/translate.js';
import type { ShownFinding } from '../../messaging/analysis.js';
import { SEVERITY_ORDER } from '../render/severity.js';
import { FindingCard, type CardActions } from './FindingCard.js';
import { cardKey, type CardView, type DrawnPanels } from './kept-panels.js';
import { FindingsList } from './FindingsList.js';
import { Pill } from './Pill.js';
import { PrePostCheck } from './PrePostCheck.js';
import type { Anchor } from './Popover.js';

export interface BoxView {
  modeLabel: string;
  findings: readonly ShownFinding[];
  /** The engine could not answer (see analysis-client.ts): the pill says so instead of "all clear". */
  unavailable: boolean;
  pill: { x: number; y: number } | null;
  list: Anchor | null;
  card: CardView | null;
  notice: string | null;
  gate: readonly ShownFinding[] | null;
}

export interface BoxUiActions extends CardActions {
  toggleList: () => void;
  closeList: () => void;
  openFromList: (finding: ShownFinding) => void;
  gateEdit: () => void;
  gatePostAnyway: () => void;
  textOf: (finding: ShownFinding) => string;
}

/** `panels`: the cards and list drawn, the view's own and those kept hidden (see kept-panels.ts). */
export function BoxUi({ view, panels, actions }: { view: BoxView; panels: DrawnPanels; actions: BoxUiActions }) {
  // The interface language, which may differ from the page's: screen readers pronounce our words
  // with it (card text in a finding's own language sets its own lang). A box-less wrapper.
  return (
    <div lang={uiLanguage()} style={{ display: 'contents' }}>
      {view.pill ? (
        <Pill
          modeLabel={view.modeLabel}
          findings={view.findings}
          unavailable={view.unavailable}
          position={view.pill}
          expanded={view.list !== null}
          onToggle={actions.toggleList}
        />
      ) : null}
      {panels.list ? (
        <FindingsList
          anchor={panels.list.anchor}
          shown={panels.list.shown}
          rows={panels.list.rows}
          findings={view.findings}
          textOf={actions.textOf}
          onOpen={actions.openFromList}
          onClose={actions.closeList}
        />
      ) : null}
      {panels.cards.map(({ card, shown }) => (
        <FindingCard
          key={cardKey(card.finding)}
          finding={card.finding}
          found={actions.textOf(card.finding)}
          anchor={card.anchor}
          raise={card.raise}
          shown={shown}
          notice={shown ? view.notice : null}
          actions={actions}
        />
      ))}
      {view.gate ? (
        <PrePostCheck findings={view.gate} textOf={actions.textOf} onEdit={actions.gateEdit} onPostAnyway={actions.gatePostAnyway} />
      ) : null}
    </div>
  );
}

/** Two views that draw the same: only the pill shows, with the same counts, place and mode (the
 * interface language is the caller's to compare). Keep in step with what BoxUi and Pill render. */
export function looksTheSame(a: BoxView, b: BoxView): boolean {
  if (a.list || b.list || a.card || b.card || a.gate || b.gate) return false;
  return (
    a.modeLabel === b.modeLabel &&
    a.unavailable === b.unavailable &&
    a.notice === b.notice &&
    a.pill?.x === b.pill?.x &&
    a.pill?.y === b.pill?.y &&
    SEVERITY_ORDER.every((s) => count(a.findings, s) === count(b.findings, s))
  );
}

function count(findings: readonly ShownFinding[], severity: Severity): number {
  let n = 0;
  for (const f of findings) if (f.severity === severity) n++;
  return n;
}
