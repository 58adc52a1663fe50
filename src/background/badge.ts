// The toolbar badge: the number of high findings in the compose box that has (or last had) focus
// in that tab, reported by the content script. The button's title says it in words, for screen
// readers and for anyone who cannot tell the badge's colour.
import { ext } from '../content/browser-api.js';
import { setInterfaceLanguage, translate } from '../i18n/translate.js';
import { BADGE_MESSAGE, isMessage, type BadgeReport } from '../messaging/page-status.js';
import { loadUserSettings } from '../settings/storage.js';
import { fromContentScript } from './sender.js';

const BADGE_COLOUR = '#b3261e';

async function show(tabId: number, high: number): Promise<void> {
  setInterfaceLanguage((await loadUserSettings()).settings.language);
  const count = Number.isInteger(high) && high > 0 ? Math.min(high, 999) : 0;
  await Promise.all([
    ext.action.setBadgeText({ tabId, text: count > 0 ? String(count) : '' }),
    ext.action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOUR }),
    ext.action.setBadgeTextColor?.({ tabId, color: '#ffffff' }),
    ext.action.setTitle({ tabId, title: count > 0 ? translate('badgeTitle', count) : translate('extName') }),
  ]);
}

export function installBadge(): void {
  ext.runtime.onMessage.addListener((message: unknown, sender) => {
    if (!isMessage<BadgeReport>(message, BADGE_MESSAGE) || !fromContentScript(sender)) return undefined;
    // A tab closed meanwhile has no badge to set.
    show(sender.tab.id, Number(message.high)).catch(() => undefined);
    return undefined;
  });
}
