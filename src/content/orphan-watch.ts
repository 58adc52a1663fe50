// After an update, a reload or an uninstall, this content script stays in the tabs that were open
// while its extension is gone, and every browser API call then throws "Extension context
// invalidated" into the page. The first sign of that (the user acting on the page, or an analysis
// that finds no one to answer) takes everything of ours off the page, once, so the page is its
// own again; a fresh page load gets the new version.
import { extensionDetached, onExtensionDetached } from './analysis-client.js';

/** The events that come before anything of ours could touch a browser API for the user. */
const EVENTS = ['focusin', 'pointerdown', 'keydown', 'input'] as const;

/** Calls `detach` once when the extension is found gone; returns a function that stops watching. */
export function watchForOrphaning(win: Window, detach: () => void): () => void {
  let done = false;
  const stop = (): void => {
    for (const type of EVENTS) win.removeEventListener(type, check, true);
    offRequest();
  };
  const gone = (): void => {
    if (done) return;
    done = true;
    stop();
    detach();
  };
  const check = (): void => {
    if (extensionDetached()) gone();
  };
  const offRequest = onExtensionDetached(gone);
  // Capture on the window, registered before the gate and the boxes' own listeners: an orphaned
  // script is gone before it could hold a click on "Post" or draw anything.
  for (const type of EVENTS) win.addEventListener(type, check, { capture: true, passive: true });
  return stop;
}
