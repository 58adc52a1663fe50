// All findings of the box, reached from the pill. Each entry is a button: focusing or activating
// it opens that finding's card, which is how keyboard users reach the card's actions.
import type { ShownFinding } from '../../messaging/analysis.js';
import { t } from '../i18n.js';
import { Popover, type Anchor } from './Popover.js';
import { SeverityBadge } from './SeverityBadge.js';
import { ruleTitle } from './finding-text.js';

interface Props {
  anchor: Anchor;
  findings: readonly ShownFinding[];
  textOf: (finding: ShownFinding) => string;
  onOpen: (finding: ShownFinding) => void;
  onClose: () => void;
}

export function FindingsList({ anchor, findings, textOf, onOpen, onClose }: Props) {
  return (
    <Popover anchor={anchor} label={t('findingsTitle')} class="findings" onEscape={onClose}>
      <header>
        <h2 class="title">{t('findingsTitle')}</h2>
        <button type="button" class="close" aria-label={t('actionClose')} onClick={onClose}>×</button>
      </header>
      {findings.length === 0 ? <p>{t('pillClean')}</p> : null}
      <ul class="list">
        {findings.map((finding) => (
          <li key={`${finding.ruleId}:${finding.start}`}>
            <button type="button" onClick={() => onOpen(finding)}>
              <SeverityBadge severity={finding.severity} />
              <span>
                <strong>{ruleTitle(finding)}</strong> — “{textOf(finding)}”
              </span>
            </button>
          </li>
        ))}
      </ul>
    </Popover>
  );
}
