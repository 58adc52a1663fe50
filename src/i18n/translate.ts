// Every user-facing string of the extension comes from _locales/{en,fr}/messages.json. By default
// the browser picks the language (chrome.i18n). The browser cannot switch an extension's language
// at run time, so when the user chooses the other language in the options, its messages.json
// (bundled: two small files) is read here, with the same placeholder rules as chrome.i18n.
import en from '../../public/_locales/en/messages.json';
import fr from '../../public/_locales/fr/messages.json';
import { ext } from '../content/browser-api.js';
import { formatMessage, type Catalog } from './format.js';
import type { InterfaceLanguage } from '../settings/types.js';

export type MessageKey = keyof typeof en;
export type UiLanguage = 'en' | 'fr';

const CATALOGS: Record<UiLanguage, Catalog> = { en, fr };

/** The language the browser gives the extension (its UI language when we have it, else English). */
export function browserLanguage(): UiLanguage {
  try {
    return ext.i18n.getUILanguage().toLowerCase().startsWith('fr') ? 'fr' : 'en';
  } catch {
    return 'en';
  }
}

let current: UiLanguage | null = null;
/** The catalogue to read ourselves; null means chrome.i18n already speaks the right language. */
let override: Catalog | null = null;

export function setInterfaceLanguage(choice: InterfaceLanguage): void {
  const browser = browserLanguage();
  current = choice === 'auto' ? browser : choice;
  override = current === browser ? null : CATALOGS[current];
}

export function uiLanguage(): UiLanguage {
  return current ?? browserLanguage();
}

export function translate(key: MessageKey, ...substitutions: (string | number)[]): string {
  const args = substitutions.map(String);
  const entry = override?.[key];
  const message = entry ? formatMessage(entry, args) : ext.i18n.getMessage(key, args);
  // An empty answer means a missing key: show the key rather than nothing, so it gets noticed.
  return message || key;
}

/** The short name the components use. */
export const t = translate;
