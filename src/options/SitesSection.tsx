// Sites beyond the eight platforms (a Mastodon instance, an intranet social site): the user turns
// OutLoud on for a host (the browser asks for their permission), or off again (the permission is
// given back). Sites the organisation supports are listed too; the user still grants access once.
import { useEffect, useState } from 'preact/hooks';
import { ext } from '../content/browser-api.js';
import { t } from '../i18n/translate.js';
import { ENABLE_SITE_MESSAGE, type EnableSiteRequest } from '../messaging/page-status.js';
import { readHost } from '../settings/fields.js';
import { originPattern, originPatterns } from '../settings/sites.js';
import type { SectionProps } from './section-props.js';

function useGranted(sites: readonly string[]): Record<string, boolean> {
  const [granted, setGranted] = useState<Record<string, boolean>>({});
  const key = sites.join(' ');
  useEffect(() => {
    let live = true;
    const check = (): void => {
      const anyGranted = async (site: string): Promise<boolean> =>
        (await Promise.all(originPatterns(site).map((pattern) => ext.permissions.contains({ origins: [pattern] }).catch(() => false)))).some(Boolean);
      void Promise.all(sites.map(async (site) => [site, await anyGranted(site)] as const)).then(
        (entries) => live && setGranted(Object.fromEntries(entries)),
      );
    };
    check();
    ext.permissions.onAdded.addListener(check);
    ext.permissions.onRemoved.addListener(check);
    return () => {
      live = false;
      ext.permissions.onAdded.removeListener(check);
      ext.permissions.onRemoved.removeListener(check);
    };
  }, [key]);
  return granted;
}

export function SitesSection({ loaded, save }: SectionProps) {
  const { effective } = loaded;
  const organisationSites = effective.policy.extraSites;
  const sites = effective.enabledSites;
  const granted = useGranted(sites);
  const [draft, setDraft] = useState('');
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);

  // Permission requests must come straight from the click.
  const turnOn = async (host: string): Promise<void> => {
    const ok = await ext.permissions.request({ origins: [originPattern(host)] }).catch(() => false);
    if (!ok) return setMessage({ text: t('popupPermissionRefused'), error: true });
    const request: EnableSiteRequest = { type: ENABLE_SITE_MESSAGE, host };
    await ext.runtime.sendMessage(request).catch(() => undefined);
    setMessage({ text: t('optionsSiteOn', host), error: false });
  };

  const add = (event: Event): void => {
    event.preventDefault();
    const host = readHost(draft);
    if (host === null) return setMessage({ text: t('optionsSiteInvalid'), error: true });
    setDraft('');
    void turnOn(host);
  };

  const turnOff = async (host: string): Promise<void> => {
    await save((s) => { s.enabledSites = s.enabledSites.filter((h) => h !== host); });
    if (!organisationSites.includes(host)) await ext.permissions.remove({ origins: [originPattern(host)] }).catch(() => false);
    setMessage({ text: t('optionsSiteOff', host), error: false });
  };

  return (
    <section id="sites" aria-labelledby="sites-title">
      <h2 id="sites-title">{t('optionsSitesTitle')}</h2>
      <p>{t('optionsSitesIntro')}</p>
      {sites.length === 0 ? <p class="muted">{t('optionsSitesNone')}</p> : (
        <ul class="plain" data-list="sites">
          {sites.map((host) => (
            <li key={host} data-site={host}>
              <span>{host}</span>
              {organisationSites.includes(host) ? <span class="muted">{t('optionsSiteFromOrganisation')}</span> : null}
              {granted[host] === false ? (
                <button type="button" class="primary" aria-label={t('optionsSiteAllowFor', host)} onClick={() => void turnOn(host)}>{t('optionsSiteAllow')}</button>
              ) : null}
              {organisationSites.includes(host) ? null : (
                <button type="button" aria-label={t('removeItem', host)} onClick={() => void turnOff(host)}>{t('remove')}</button>
              )}
            </li>
          ))}
        </ul>
      )}
      <form class="row" onSubmit={add} data-form="add-site">
        <label for="new-site">{t('optionsSiteAdd')}</label>
        <input id="new-site" type="text" inputMode="url" placeholder={t('optionsSiteExample')} value={draft} onInput={(e) => setDraft(e.currentTarget.value)} />
        <button type="submit">{t('optionsSiteTurnOn')}</button>
      </form>
      {message ? <p class={message.error ? 'notice error' : 'notice'} role={message.error ? 'alert' : 'status'}>{message.text}</p> : null}
    </section>
  );
}
