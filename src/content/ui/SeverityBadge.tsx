import type { Severity } from '../../engine/index.js';
import { t } from '../i18n.js';
import { SEVERITY_STYLE } from '../render/severity.js';

/** A glyph in a shape per severity (square, triangle, circle), so colour is never the only cue. */
export function SeverityBadge({ severity, withLabel = false }: { severity: Severity; withLabel?: boolean }) {
  const style = SEVERITY_STYLE[severity];
  return (
    <span class="count">
      <span class={`badge sev-${severity}`} aria-hidden="true">{style.glyph}</span>
      {withLabel ? <span>{t(style.label)}</span> : null}
    </span>
  );
}
