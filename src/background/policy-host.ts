// Answers a content script that cannot read managed storage itself with the raw policy (see
// readRawPolicy in src/settings/storage.ts); the content script validates and merges it.
import { ext } from '../content/browser-api.js';
import { isMessage } from '../messaging/page-status.js';
import { POLICY_MESSAGE, readRawPolicy } from '../settings/storage.js';
import { fromContentScript } from './sender.js';

export function installPolicyHost(): void {
  ext.runtime.onMessage.addListener((message: unknown, sender, sendResponse) => {
    if (!isMessage(message, POLICY_MESSAGE) || !fromContentScript(sender)) return undefined;
    readRawPolicy().then(sendResponse, () => sendResponse(undefined));
    return true;
  });
}
