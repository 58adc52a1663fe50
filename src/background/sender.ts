// Who sent a runtime message: one of our own extension pages (popup, options), or one of our
// content scripts in a tab. Nothing else can reach these listeners (no externally_connectable),
// but the checks keep it true if that ever changes.
import { ext } from '../content/browser-api.js';

const isExtensionUrl = (url: string | undefined): boolean => url?.startsWith(ext.runtime.getURL('')) ?? false;

export function fromExtensionPage(sender: chrome.runtime.MessageSender): boolean {
  return sender.id === ext.runtime.id && (sender.tab === undefined || isExtensionUrl(sender.url));
}

export function fromContentScript(sender: chrome.runtime.MessageSender): sender is chrome.runtime.MessageSender & { tab: chrome.tabs.Tab & { id: number } } {
  return sender.id === ext.runtime.id && sender.tab?.id !== undefined && !isExtensionUrl(sender.url);
}
