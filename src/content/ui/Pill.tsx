// The status pill at the box: the mode in force and the counts by severity. Clicking it (or
// Enter/Space, it is a button) lists all findings.
import type { ShownFinding } from '../../messaging/analysis.js';
import { t } from '../i18n.js';
import { SEVERITY_ORDER } from '../render/severity.js';
import { SeverityBadge } from './SeverityBadge.js';

interface Props {
  modeLabel: string;
  findings: readonly ShownFinding[];
  unavailable: boolean;
  position: { x: number; y: number };
  expanded: boolean;
  onToggle: () => void;
}

export function Pill({ modeLabel, findings, unavailable, position, expanded, onToggle }: Props) {
  const counts = Object.fromEntries(SEVERITY_ORDER.map((s) => [s, findings.filter((f) => f.severity === s).length]));
  const label = unavailable
    ? t('pillUnavailable', modeLabel)
    : t('pillLabel', modeLabel, counts.high ?? 0, counts.medium ?? 0, counts.tip ?? 0);
  return (
    <button
      type="button"
      class="pill"
      style={{ transform: `translate(${position.x}px, ${position.y}px) translate(-100%, -100%)` }}
      aria-label={label}
      aria-expanded={expanded}
      aria-haspopup="dialog"
      data-high={counts.high}
      data-medium={counts.medium}
      data-tip={counts.tip}
      data-unavailable={unavailable ? '' : undefined}
      onMouseDown={(event) => event.preventDefault() /* keep the caret in the editor */}
      onClick={onToggle}
    >
      <span class="mode">{modeLabel}</span>
      {unavailable ? <span class="unavailable">⚠ {t('pillUnavailableShort')}</span> : findings.length === 0 ? <span>✓</span> : null}
      {SEVERITY_ORDER.filter((s) => (counts[s] ?? 0) > 0).map((s) => (
        <span class="count" key={s}>
          <SeverityBadge severity={s} />
          <span class="n">{counts[s]}</span>
        </span>
      ))}
    </button>
  );
}
