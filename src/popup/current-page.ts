// Which tab the popup is about, and what OutLoud can do there: active (its content script
// answers), allowed but not started (the page was open before the site was turned on), not turned
// on (no host permission yet), or a page no extension may touch.
import { ext } from '../content/browser-api.js';
import { ENABLE_SITE_MESSAGE, PAGE_STATUS_MESSAGE, type EnableSiteRequest, type EnableSiteResponse, type PageStatus } from '../messaging/page-status.js';
import { originPattern } from '../settings/sites.js';

export type PageState =
  | { kind: 'active'; tabId: number; host: string; status: PageStatus }
  | { kind: 'not-started'; tabId: number; host: string }
  | { kind: 'not-enabled'; tabId: number; host: string }
  | { kind: 'unsupported'; host: string | null };

/** The tab the popup was opened over. Opened as a page in a tab (tests, keyboard users who open
 * it that way), `?tab=<id>` names it, since the active tab is then the popup itself. */
export async function targetTab(): Promise<chrome.tabs.Tab | undefined> {
  const named = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(named) && named > 0) return ext.tabs.get(named).catch(() => undefined);
  const [tab] = await ext.tabs.query({ active: true, currentWindow: true });
  return tab;
}

async function askStatus(tabId: number): Promise<PageStatus | null> {
  try {
    const status = (await ext.tabs.sendMessage(tabId, { type: PAGE_STATUS_MESSAGE })) as PageStatus | undefined;
    return status && typeof status === 'object' && typeof status.boxes === 'number' ? status : null;
  } catch {
    return null; // no content script there
  }
}

export async function pageState(tab: chrome.tabs.Tab | undefined): Promise<PageState> {
  // Without access to a tab (no host permission, and the popup not opened from the toolbar),
  // the browser does not tell us its address.
  let url: URL | null = null;
  try {
    url = tab?.url ? new URL(tab.url) : null;
  } catch {
    url = null;
  }
  if (!tab?.id || !url || !/^https?:$/.test(url.protocol)) return { kind: 'unsupported', host: url?.hostname || null };
  const host = url.hostname;
  const status = await askStatus(tab.id);
  if (status) return { kind: 'active', tabId: tab.id, host, status };
  const allowed = await ext.permissions.contains({ origins: [`${url.protocol}//${host}/*`] }).catch(() => false);
  return { kind: allowed ? 'not-started' : 'not-enabled', tabId: tab.id, host };
}

/** Asks for the site's host permission (must run in a click handler), then has the background
 * turn OutLoud on there and start it in this tab. */
export async function enableSite(host: string, tabId: number): Promise<EnableSiteResponse> {
  const granted = await ext.permissions.request({ origins: [originPattern(host)] }).catch(() => false);
  if (!granted) return { ok: false, error: 'permission-refused' };
  return startHere(host, tabId);
}

export async function startHere(host: string, tabId: number): Promise<EnableSiteResponse> {
  const request: EnableSiteRequest = { type: ENABLE_SITE_MESSAGE, host, tabId };
  try {
    return ((await ext.runtime.sendMessage(request)) as EnableSiteResponse | undefined) ?? { ok: false, error: 'no answer' };
  } catch (error) {
    return { ok: false, error: String(error) };
  }
}

/** After starting, the content script needs a moment to load and find boxes. */
export async function waitForActive(tab: chrome.tabs.Tab, tries = 20): Promise<PageState> {
  let state = await pageState(tab);
  for (let i = 0; i < tries && state.kind !== 'active'; i++) {
    await new Promise((done) => setTimeout(done, 150));
    state = await pageState(tab);
  }
  return state;
}
