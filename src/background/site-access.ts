// OutLoud on sites beyond the eight platforms. The user grants a host permission (popup or options
// page); the background then registers the content script for the sites that are enabled and
// granted (scripting.registerContentScripts, kept across restarts), and can start it in an open
// tab at once. Permissions granted or withdrawn anywhere (the browser's own site settings too)
// keep the list of enabled sites in step.
import { ext } from '../content/browser-api.js';
import { ENABLE_SITE_MESSAGE, isMessage, type EnableSiteRequest, type EnableSiteResponse } from '../messaging/page-status.js';
import { readHost } from '../settings/fields.js';
import { originPattern, originPatterns } from '../settings/sites.js';
import { loadEffectiveSettings, onSettingsOrPolicyChanged, updateUserSettings } from '../settings/storage.js';
import { fromExtensionPage } from './sender.js';

const SCRIPT_ID = 'outloud-enabled-sites';
/** The content script as one file (tools/content-script-iife.ts builds it; keep the two in step). */
const CONTENT_SCRIPT = 'assets/enabled-site.js';

/** The patterns granted for a site: both schemes, or one of them (as the browser's own site
 * settings may leave it). */
async function grantedPatterns(site: string): Promise<string[]> {
  const granted: string[] = [];
  for (const pattern of originPatterns(site)) {
    if (await ext.permissions.contains({ origins: [pattern] }).catch(() => false)) granted.push(pattern);
    if (granted.length === 1 && pattern === originPattern(site)) break;
  }
  return granted;
}

async function registerNow(): Promise<void> {
  const { effective } = await loadEffectiveSettings();
  const matches: string[] = [];
  for (const site of effective.enabledSites) matches.push(...(await grantedPatterns(site)));
  const existing = await ext.scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] });
  if (matches.length === 0) {
    if (existing.length > 0) await ext.scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
    return;
  }
  const script: chrome.scripting.RegisteredContentScript = {
    id: SCRIPT_ID,
    matches,
    js: [CONTENT_SCRIPT],
    runAt: 'document_idle',
    allFrames: false,
    persistAcrossSessions: true,
  };
  if (existing.length > 0) await ext.scripting.updateContentScripts([script]);
  else await ext.scripting.registerContentScripts([script]);
}

let queue: Promise<void> = Promise.resolve();
/** One registration at a time: two overlapping ones would register the same id twice. */
export function syncRegistration(): Promise<void> {
  queue = queue.then(registerNow).catch((error: unknown) => console.warn('OutLoud: could not register the content script', error));
  return queue;
}

/** Host names in `*://host/*` patterns (what the popup and options page request). */
function hostsOf(origins: readonly string[] | undefined): string[] {
  return (origins ?? []).map((origin) => /^\*:\/\/([^/]+)\/\*$/.exec(origin)?.[1]).map((host) => readHost(host)).filter((h): h is string => h !== null);
}

async function enable(request: EnableSiteRequest): Promise<EnableSiteResponse> {
  const host = readHost(request.host);
  if (host === null) return { ok: false, error: 'not a host name' };
  if ((await grantedPatterns(host)).length === 0) return { ok: false, error: 'permission-refused' };
  await updateUserSettings((settings) => {
    if (!settings.enabledSites.includes(host)) settings.enabledSites.push(host);
  });
  await syncRegistration();
  if (request.tabId !== undefined) await ext.scripting.executeScript({ target: { tabId: request.tabId }, files: [CONTENT_SCRIPT] });
  return { ok: true };
}

export function installSiteAccess(): void {
  ext.runtime.onMessage.addListener((message: unknown, sender, sendResponse) => {
    if (!isMessage<EnableSiteRequest>(message, ENABLE_SITE_MESSAGE) || !fromExtensionPage(sender)) return undefined;
    enable(message).then(sendResponse, (error: unknown) => sendResponse({ ok: false, error: String(error) } satisfies EnableSiteResponse));
    return true;
  });
  // In Firefox the popup closes when the permission prompt opens, so the grant itself enables
  // the site rather than the popup's follow-up message.
  ext.permissions.onAdded.addListener(({ origins }) => {
    const hosts = hostsOf(origins);
    if (hosts.length === 0) return;
    void updateUserSettings((settings) => {
      for (const host of hosts) if (!settings.enabledSites.includes(host)) settings.enabledSites.push(host);
    }).then(syncRegistration);
  });
  ext.permissions.onRemoved.addListener(({ origins }) => {
    const hosts = hostsOf(origins);
    if (hosts.length === 0) return;
    void updateUserSettings((settings) => {
      settings.enabledSites = settings.enabledSites.filter((host) => !hosts.includes(host));
    }).then(syncRegistration);
  });
  onSettingsOrPolicyChanged(() => void syncRegistration());
  ext.runtime.onStartup.addListener(() => void syncRegistration());
  ext.runtime.onInstalled.addListener(() => void syncRegistration());
}
