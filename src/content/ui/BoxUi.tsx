// Everything shown for one compose box, rendered from the box's state (the box controller owns
// the state; this only draws it and reports clicks).
import type { Finding } from '../../engine/index.js';
import { FindingCard, type CardActions } from './FindingCard.js';
import { FindingsList } from './FindingsList.js';
import { Pill } from './Pill.js';
import { PrePostCheck } from './PrePostCheck.js';
import type { Anchor } from './Popover.js';

export interface BoxView {
  modeLabel: string;
  findings: readonly Finding[];
  pill: { x: number; y: number } | null;
  list: Anchor | null;
  card: { finding: Finding; anchor: Anchor; raise?: number } | null;
  notice: string | null;
  gate: readonly Finding[] | null;
}

export interface BoxUiActions extends CardActions {
  toggleList: () => void;
  closeList: () => void;
  openFromList: (finding: Finding) => void;
  gateEdit: () => void;
  gatePostAnyway: () => void;
  textOf: (finding: Finding) => string;
}

export function BoxUi({ view, actions }: { view: BoxView; actions: BoxUiActions }) {
  return (
    <>
      {view.pill ? (
        <Pill
          modeLabel={view.modeLabel}
          findings={view.findings}
          position={view.pill}
          expanded={view.list !== null}
          onToggle={actions.toggleList}
        />
      ) : null}
      {view.list ? (
        <FindingsList
          anchor={view.list}
          findings={view.findings}
          textOf={actions.textOf}
          onOpen={actions.openFromList}
          onClose={actions.closeList}
        />
      ) : null}
      {view.card ? (
        <FindingCard
          key={`${view.card.finding.ruleId}:${view.card.finding.start}`}
          finding={view.card.finding}
          found={actions.textOf(view.card.finding)}
          anchor={view.card.anchor}
          raise={view.card.raise}
          notice={view.notice}
          actions={actions}
        />
      ) : null}
      {view.gate ? (
        <PrePostCheck findings={view.gate} textOf={actions.textOf} onEdit={actions.gateEdit} onPostAnyway={actions.gatePostAnyway} />
      ) : null}
    </>
  );
}
