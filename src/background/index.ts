// Background service worker (Chrome/Edge) or event page (Firefox). It hosts the engine (see
// analysis-host.ts: content scripts send a text snapshot, get findings back) and gives a fresh
// install its default settings. Listeners are registered synchronously at start-up, as MV3
// requires for a worker woken by an event.
import { ext } from '../content/browser-api.js';
import { ensureDefaultSettings } from '../settings/settings.js';
import { storeBrowserLanguage } from '../settings/storage.js';
import { installAnalysisHost } from './analysis-host.js';
import { installUiServices } from './ui-services.js';

installAnalysisHost();
installUiServices();

ext.runtime.onInstalled.addListener(() => {
  void ensureDefaultSettings();
  void storeBrowserLanguage().catch(() => undefined);
});
ext.runtime.onStartup.addListener(() => void storeBrowserLanguage().catch(() => undefined));
