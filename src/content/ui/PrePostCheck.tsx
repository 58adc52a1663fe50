// The check before "Post": a modal alert dialog (the browser's own <dialog>, so focus is trapped
// and the page is inert) listing the high findings left. Escape means "Edit", the safe choice.
import { useLayoutEffect, useRef } from 'preact/hooks';
import type { ShownFinding } from '../../messaging/analysis.js';
import { t } from '../i18n.js';
import { SeverityBadge } from './SeverityBadge.js';
import { ruleTitle } from './finding-text.js';
import { ifTrusted } from './trusted.js';

interface Props {
  findings: readonly ShownFinding[];
  textOf: (finding: ShownFinding) => string;
  onEdit: () => void;
  onPostAnyway: () => void;
}

export function PrePostCheck({ findings, textOf, onEdit, onPostAnyway }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  useLayoutEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  return (
    <dialog
      ref={ref}
      role="alertdialog"
      aria-modal="true"
      aria-labelledby="outloud-gate-title"
      aria-describedby="outloud-gate-intro"
      class="gate"
      onCancel={(event) => {
        event.preventDefault();
        onEdit();
      }}
    >
      <h2 id="outloud-gate-title">{t('gateTitle')}</h2>
      <p id="outloud-gate-intro">{t('gateIntro', findings.length)}</p>
      <ul>
        {findings.map((finding, i) => (
          <li key={`${i}:${finding.ruleId}:${finding.start}`} lang={finding.locale}>
            <SeverityBadge severity={finding.severity} /> <strong>{ruleTitle(finding)}</strong> — “{textOf(finding)}”
          </li>
        ))}
      </ul>
      <div class="actions">
        <button type="button" class="primary" data-action="edit" autofocus onClick={onEdit}>
          {t('gateEdit')}
        </button>
        <button type="button" data-action="post-anyway" onClick={ifTrusted(onPostAnyway)}>
          {t('gatePostAnyway')}
        </button>
      </div>
    </dialog>
  );
}
