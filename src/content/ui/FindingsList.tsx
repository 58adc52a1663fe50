// All findings of the box, reached from the pill. Each entry is a button: focusing or activating
// it opens that finding's card, which is how keyboard users reach the card's actions.
import type { ShownFinding } from '../../messaging/analysis.js';
import { t } from '../i18n.js';
import { Popover, type Anchor } from './Popover.js';
import { SeverityBadge } from './SeverityBadge.js';
import { ruleTitle } from './finding-text.js';

interface Props {
  anchor: Anchor;
  /** False: closed, kept hidden while the user types (see kept-panels.ts). */
  shown: boolean;
  /** Entries drawn: at least one per finding; those past the findings are hidden, not removed. */
  rows: number;
  findings: readonly ShownFinding[];
  textOf: (finding: ShownFinding) => string;
  onOpen: (finding: ShownFinding) => void;
  onClose: () => void;
}

export function FindingsList({ anchor, shown, rows, findings, textOf, onOpen, onClose }: Props) {
  // Entries by position, not by finding: typing moves and replaces findings on every analysis, and
  // an entry per finding would be removed and rebuilt each time; one per row is only rewritten.
  const entries = Array.from({ length: Math.max(rows, findings.length) }, (_, i) => findings[i]);
  return (
    <Popover anchor={anchor} label={t('findingsTitle')} class="findings" onEscape={onClose} shown={shown}>
      <header>
        <h2 class="title">{t('findingsTitle')}</h2>
        <button type="button" class="close" aria-label={t('actionClose')} onClick={onClose}>×</button>
      </header>
      <p hidden={findings.length > 0}>{t('pillClean')}</p>
      <ul class="list">
        {entries.map((finding) => (
          <li hidden={!finding}>
            <button type="button" onClick={() => finding && onOpen(finding)}>
              <SeverityBadge severity={finding?.severity ?? 'tip'} />
              <span>
                <strong>{finding ? ruleTitle(finding) : ''}</strong> — “{finding ? textOf(finding) : ''}”
              </span>
            </button>
          </li>
        ))}
      </ul>
    </Popover>
  );
}
