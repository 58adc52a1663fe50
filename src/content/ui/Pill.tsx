// The status pill at the box: the mode in force and the counts by severity. Clicking it (or
// Enter/Space, it is a button) lists all findings.
import type { ShownFinding } from '../../messaging/analysis.js';
import { t } from '../i18n.js';
import { SEVERITY_ORDER, SEVERITY_STYLE } from '../render/severity.js';

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
      {/* The button's name (aria-label) says the mode and every count in words. What follows only
          shows the counts at a glance, drawn with CSS generated content (see styles.ts) so that the
          visible text a speech user can say, the mode, stays part of that name (WCAG 2.5.3). */}
      {/* Every part is always there and hidden when it doesn't apply: a part removed while the user
          types in a text field would end the browser's typing step, and split their next Ctrl+Z
          (render/mirror-layer.ts). */}
      <span class="unavailable" hidden={!unavailable} data-text={`⚠ ${t('pillUnavailableShort')}`} />
      <span hidden={unavailable || findings.length > 0} data-text="✓" />
      {SEVERITY_ORDER.map((s) => (
        <span class="count" key={s} hidden={!((counts[s] ?? 0) > 0)}>
          <span class={`badge sev-${s}`} data-text={SEVERITY_STYLE[s].glyph} />
          <span class="n" data-text={String(counts[s])} />
        </span>
      ))}
    </button>
  );
}
