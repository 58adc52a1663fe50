// Background service worker (Chrome/Edge) or event page (Firefox). Analysis never happens here:
// the engine runs in the content script, next to the draft, so the text never crosses a process
// boundary and a sleeping worker (MV3 kills it after ~30 s idle) never delays a highlight.
// Its one job today: give a fresh install its default settings.
import { ext } from '../content/browser-api.js';
import { ensureDefaultSettings } from '../settings/settings.js';

ext.runtime.onInstalled.addListener(() => {
  void ensureDefaultSettings();
});
