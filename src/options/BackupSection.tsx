// Export the settings to a JSON file, or import one. A broken or foreign file gets a clear
// message and changes nothing (src/settings/settings-file.ts decides).
import { useState } from 'preact/hooks';
import { t } from '../i18n/translate.js';
import { IMPORT_FAILURE_LABEL } from '../pages/labels.js';
import { dayKey } from '../settings/statistics.js';
import { exportSettings, importSettings } from '../settings/settings-file.js';
import { describeIssue } from './describe-issue.js';
import type { SectionProps } from './section-props.js';

const SHOWN_ISSUES = 8;

function download(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

type Outcome = { ok: true; text: string } | { ok: false; text: string; details: string[] };

export function BackupSection({ loaded, save }: SectionProps) {
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const exportNow = (): void => {
    download(`outloud-settings-${dayKey(new Date())}.json`, exportSettings(loaded.effective.user, new Date()));
    setOutcome({ ok: true, text: t('backupExported') });
  };

  const importFile = async (input: HTMLInputElement): Promise<void> => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const result = importSettings(await file.text());
    if (!result.ok) {
      const details = result.issues.slice(0, SHOWN_ISSUES).map(describeIssue);
      if (result.issues.length > SHOWN_ISSUES) details.push(t('backupMoreIssues', result.issues.length - SHOWN_ISSUES));
      return setOutcome({ ok: false, text: t('backupRefused', file.name, t(IMPORT_FAILURE_LABEL[result.reason])), details });
    }
    await save((s) => Object.assign(s, result.settings));
    setOutcome({ ok: true, text: t('backupImported', file.name) });
  };

  return (
    <section id="backup" aria-labelledby="backup-title">
      <h2 id="backup-title">{t('optionsBackupTitle')}</h2>
      <p>{t('optionsBackupIntro')}</p>
      <div class="row">
        <button type="button" data-action="export" onClick={exportNow}>{t('backupExport')}</button>
        <label for="import-file">{t('backupImport')}</label>
        <input id="import-file" type="file" accept="application/json,.json" onChange={(e) => void importFile(e.currentTarget)} />
      </div>
      {outcome?.ok === false ? (
        <div class="notice error" role="alert" data-outcome="refused">
          <p>{outcome.text}</p>
          {outcome.details.length > 0 ? <ul>{outcome.details.map((d) => <li key={d}>{d}</li>)}</ul> : null}
        </div>
      ) : null}
      <p role="status" data-outcome="ok">{outcome?.ok ? outcome.text : ''}</p>
    </section>
  );
}
