// The default mode, and the mode per site: each platform, each site the user or the organisation
// turned on, and any host a mode was chosen for. Only the modes the organisation allows are offered.
import { MODES, type Mode } from '../engine/types.js';
import { t } from '../i18n/translate.js';
import { MODE_LABEL, PLATFORM_LABEL } from '../pages/labels.js';
import { modeForSite, siteDefaultMode } from '../settings/modes.js';
import { PLATFORM_IDS } from '../settings/sites.js';
import type { SectionProps } from './section-props.js';

function ModeSelect({ id, label, value, allowed, onChange }: { id: string; label?: string; value: Mode; allowed: readonly Mode[]; onChange: (mode: Mode) => void }) {
  return (
    <select id={id} aria-label={label} value={value} onChange={(e) => onChange(e.currentTarget.value as Mode)}>
      {MODES.filter((m) => allowed.includes(m)).map((m) => (
        <option key={m} value={m}>{t(MODE_LABEL[m])}</option>
      ))}
    </select>
  );
}

export function ModesSection({ loaded, save }: SectionProps) {
  const { effective } = loaded;
  const { user, policy, allowedModes } = effective;
  const hosts = [...effective.enabledSites, ...Object.keys(user.siteModes), ...Object.keys(policy.defaultSiteModes)].filter(
    (key) => !(PLATFORM_IDS as readonly string[]).includes(key),
  );
  const sites = [...PLATFORM_IDS, ...new Set(hosts)];
  return (
    <section id="modes" aria-labelledby="modes-title">
      <h2 id="modes-title">{t('optionsModesTitle')}</h2>
      <p>{t('optionsModesIntro')}</p>
      <div class="field">
        <label for="default-mode">{t('optionsDefaultMode')}</label>
        <ModeSelect
          id="default-mode"
          value={allowedModes.includes(user.defaultMode) ? user.defaultMode : allowedModes[0]!}
          allowed={allowedModes}
          onChange={(mode) => void save((s) => { s.defaultMode = mode; })}
        />
        <p class="muted">{t('optionsDefaultModeHint')}</p>
      </div>
      <table>
        <caption class="visually-hidden">{t('optionsSiteModesCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('optionsSite')}</th>
            <th scope="col">{t('optionsMode')}</th>
            <th scope="col">{t('optionsSiteDefault')}</th>
          </tr>
        </thead>
        <tbody>
          {sites.map((key) => {
            const name = PLATFORM_LABEL[key] ?? key;
            const chosen = user.siteModes[key] !== undefined;
            return (
              <tr key={key} data-site={key}>
                <th scope="row">{name}</th>
                <td>
                  <ModeSelect
                    id={`site-mode-${key}`}
                    label={t('optionsModeFor', name)}
                    value={modeForSite(effective, key)}
                    allowed={allowedModes}
                    onChange={(mode) => void save((s) => { s.siteModes[key] = mode; })}
                  />
                </td>
                <td>
                  {t(MODE_LABEL[siteDefaultMode(effective, key)])}
                  {chosen ? (
                    <>
                      {' '}
                      <button type="button" aria-label={t('optionsResetModeFor', name)} onClick={() => void save((s) => { delete s.siteModes[key]; })}>
                        {t('optionsReset')}
                      </button>
                    </>
                  ) : null}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
