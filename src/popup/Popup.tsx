// The toolbar popup: the mode on this site, what OutLoud sees here (or why it is not active, and
// a button to turn it on), and the guideline library.
import { useEffect, useState } from 'preact/hooks';
import type { Mode } from '../engine/types.js';
import { guidelines } from '../engine/guidelines.js';
import { ext } from '../content/browser-api.js';
import { t, uiLanguage } from '../i18n/translate.js';
import { resolveMode } from '../settings/modes.js';
import { hostMatches, siteKeyForHost } from '../settings/sites.js';
import type { LoadedSettings } from '../settings/storage.js';
import { updateUserSettings } from '../settings/storage.js';
import { enableSite, pageState, startHere, targetTab, waitForActive, type PageState } from './current-page.js';
import { GuidelineLibrary } from './GuidelineLibrary.js';
import { ModeSwitch } from './ModeSwitch.js';
import { PageSummary } from './PageSummary.js';

const CYCLE_COMMAND = 'cycle-mode';

async function shortcutOf(command: string): Promise<string | null> {
  try {
    return (await ext.commands.getAll()).find((c) => c.name === command)?.shortcut || null;
  } catch {
    return null;
  }
}

export function Popup({ loaded }: { loaded: LoadedSettings }) {
  const { effective } = loaded;
  const organisation = effective.policy.organizationName;
  const [tab, setTab] = useState<chrome.tabs.Tab | undefined>();
  const [state, setState] = useState<PageState | null>(null);
  const [shortcut, setShortcut] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    void targetTab().then(async (found) => {
      setTab(found);
      setState(await pageState(found));
    });
    void shortcutOf(CYCLE_COMMAND).then(setShortcut);
  }, []);

  // Settings changed (a mode picked here, say): the page re-checks its drafts; ask again shortly.
  useEffect(() => {
    if (!tab || state?.kind !== 'active') return;
    const timer = setTimeout(() => void pageState(tab).then(setState), 400);
    return () => clearTimeout(timer);
  }, [loaded]);

  const host = state && 'host' in state ? state.host : null;
  // From the settings (the page's markers name its platform): follows a choice made here at once.
  const mode: Mode | null = host ? resolveMode(effective, host, state?.kind === 'active' ? (state.status.site ?? undefined) : undefined) : null;

  const chooseMode = (next: Mode): void => {
    if (!host) return;
    void updateUserSettings((settings) => {
      settings.siteModes[siteKeyForHost(host)] = next;
    });
  };

  const turnOn = async (start: typeof enableSite): Promise<void> => {
    if (!tab?.id || !host) return;
    setBusy(true);
    setProblem(null);
    const result = await start(host, tab.id);
    if (!result.ok) setProblem(result.error === 'permission-refused' ? t('popupPermissionRefused') : t('popupEnableFailed'));
    else setState(await waitForActive(tab));
    setBusy(false);
  };

  const supportedByOrganisation = host !== null && effective.policy.extraSites.some((site) => hostMatches(site, host));

  return (
    <main>
      <header>
        <h1>{t('extName')}</h1>
        {organisation ? <p class="muted">{t('managedBy', organisation)}</p> : null}
      </header>

      <section aria-labelledby="site-title" data-state={state?.kind ?? 'loading'}>
        <h2 id="site-title">
          {host ? t('popupSiteTitle', host) : t('popupThisPage')}
        </h2>
        {state === null ? <p>{t('popupLoading')}</p> : null}
        {state?.kind === 'unsupported' ? <p>{t('popupUnsupported')}</p> : null}
        {state?.kind === 'not-enabled' ? (
          <>
            <p>{t('popupNotEnabled', state.host)}</p>
            {supportedByOrganisation ? <p class="muted">{t('popupSupportedByOrganisation')}</p> : null}
            <button type="button" class="primary" data-action="enable-site" disabled={busy} onClick={() => void turnOn(enableSite)}>
              {t('popupEnableSite', state.host)}
            </button>
          </>
        ) : null}
        {state?.kind === 'not-started' ? (
          <>
            <p>{t('popupNotStarted')}</p>
            <button type="button" class="primary" data-action="start-here" disabled={busy} onClick={() => void turnOn(startHere)}>
              {t('popupStartHere')}
            </button>
          </>
        ) : null}
        {problem ? <p class="notice error" role="alert">{problem}</p> : null}
        {host && mode && state?.kind !== 'unsupported' ? (
          <ModeSwitch mode={mode} allowed={effective.allowedModes} organisation={organisation} shortcut={shortcut} onChange={chooseMode} />
        ) : null}
        {state?.kind === 'active' ? <PageSummary status={state.status} /> : null}
      </section>

      <GuidelineLibrary
        guidelines={guidelines}
        onPage={state?.kind === 'active' ? state.status.guidelineIds : []}
        organisation={{ name: organisation, links: effective.policy.guidelineLinks }}
        language={uiLanguage()}
      />

      <footer>
        <button type="button" data-action="options" onClick={() => void ext.runtime.openOptionsPage()}>
          {t('popupOpenOptions')}
        </button>
      </footer>
    </main>
  );
}
