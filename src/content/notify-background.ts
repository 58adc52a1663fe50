// Fire-and-forget messages to the background (badge, statistics). When the extension was reloaded
// under the page its context is gone: nothing to tell, and never an error in the page.
import { ext } from './browser-api.js';

export function notifyBackground(message: { type: string }): void {
  try {
    ext.runtime.sendMessage(message).catch(() => undefined);
  } catch {
    // Extension context invalidated.
  }
}
