// The mode on this site: three radio buttons (arrow keys move between them), each with what it is
// for; modes the organisation does not allow are shown, disabled, with the reason.
import { MODES, type Mode } from '../engine/types.js';
import { t } from '../i18n/translate.js';
import { MODE_HINT, MODE_LABEL } from '../pages/labels.js';

interface Props {
  mode: Mode;
  allowed: readonly Mode[];
  organisation?: string;
  shortcut: string | null;
  onChange: (mode: Mode) => void;
}

export function ModeSwitch({ mode, allowed, organisation, shortcut, onChange }: Props) {
  return (
    <fieldset class="modes">
      <legend>{t('popupModeLegend')}</legend>
      {MODES.map((m) => {
        const permitted = allowed.includes(m);
        const hintId = `mode-${m}-hint`;
        return (
          <label key={m}>
            <input type="radio" name="mode" value={m} checked={m === mode} disabled={!permitted} aria-describedby={hintId} onChange={() => onChange(m)} />
            <span>
              {t(MODE_LABEL[m])}
              <span class="hint" id={hintId}>
                {permitted ? t(MODE_HINT[m]) : <span class="lock">{organisation ? t('modeNotAllowedNamed', organisation) : t('modeNotAllowed')}</span>}
              </span>
            </span>
          </label>
        );
      })}
      {shortcut ? <p class="muted">{t('popupShortcut', shortcut)}</p> : null}
    </fieldset>
  );
}
