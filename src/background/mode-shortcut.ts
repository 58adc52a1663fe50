// The keyboard shortcut (commands API, "cycle-mode"): the next allowed mode for the site in the
// current tab. The content script hears the settings change and re-checks its drafts at once.
import { ext } from '../content/browser-api.js';
import { PAGE_STATUS_MESSAGE, type PageStatus } from '../messaging/page-status.js';
import { nextMode, resolveMode } from '../settings/modes.js';
import { siteKeyForHost } from '../settings/sites.js';
import { loadEffectiveSettings, updateUserSettings } from '../settings/storage.js';

export const CYCLE_MODE_COMMAND = 'cycle-mode';

async function currentMode(tabId: number): Promise<PageStatus['mode'] | null> {
  try {
    const status = (await ext.tabs.sendMessage(tabId, { type: PAGE_STATUS_MESSAGE })) as PageStatus | undefined;
    return status?.mode ?? null;
  } catch {
    return null;
  }
}

export async function cycleMode(tab: chrome.tabs.Tab | undefined): Promise<void> {
  const target = tab?.id !== undefined ? tab : (await ext.tabs.query({ active: true, currentWindow: true }))[0];
  if (target?.id === undefined || !target.url) return;
  const url = new URL(target.url);
  if (!/^https?:$/.test(url.protocol)) return;
  const { effective } = await loadEffectiveSettings();
  // The page knows which platform its boxes belong to (markers); else the host decides.
  const current = (await currentMode(target.id)) ?? resolveMode(effective, url.hostname);
  const next = nextMode(effective, current);
  await updateUserSettings((settings) => {
    settings.siteModes[siteKeyForHost(url.hostname)] = next;
  });
}

export function installModeShortcut(): void {
  ext.commands.onCommand.addListener((command, tab) => {
    if (command === CYCLE_MODE_COMMAND) void cycleMode(tab).catch(() => undefined);
  });
  // Headless Chromium does not route keyboard shortcuts to extensions: the test build lets a test
  // run what the command runs.
  if (__OUTLOUD_TEST_HOOKS__) (globalThis as { outloudCycleMode?: typeof cycleMode }).outloudCycleMode = cycleMode;
}
