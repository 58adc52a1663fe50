// What OutLoud sees on the page: compose boxes found and findings by severity (shape, glyph and
// word for each, never colour alone).
import { SEVERITIES } from '../engine/types.js';
import { SeverityBadge } from '../content/ui/SeverityBadge.js';
import { t } from '../i18n/translate.js';
import type { PageStatus } from '../messaging/page-status.js';

export function PageSummary({ status }: { status: PageStatus }) {
  if (status.boxes === 0) return <p data-summary="no-boxes">{t('popupNoBoxes')}</p>;
  return (
    <div data-summary="boxes">
      <p>{t('popupBoxesFound', status.boxes)}</p>
      <ul class="counts plain" aria-label={t('popupFindingsLabel')}>
        {SEVERITIES.map((severity) => (
          <li key={severity} data-severity={severity} data-count={status.counts[severity]}>
            <SeverityBadge severity={severity} withLabel />
            <span>: {status.counts[severity]}</span>
          </li>
        ))}
      </ul>
      {status.unavailable ? <p class="notice error">{t('popupUnavailable')}</p> : null}
    </div>
  );
}
