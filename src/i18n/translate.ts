// Every user-facing string of the extension comes from _locales/{en,fr}/messages.json, bundled
// (two small files) and read here with chrome.i18n's placeholder rules. The browser cannot switch
// an extension's language at run time, and the user may choose the other one in the options; and
// in a content script the first touch of chrome.i18n costs a page load about 3.5 ms of binding
// set-up (npm run bench:browser -- --only startup --explain), so chrome.i18n is not asked.
import en from '../../public/_locales/en/messages.json';
import fr from '../../public/_locales/fr/messages.json';
import { ext } from '../content/browser-api.js';
import { formatMessage, type Catalog } from './format.js';
import type { InterfaceLanguage } from '../settings/types.js';

export type MessageKey = keyof typeof en;
export type UiLanguage = 'en' | 'fr';

const CATALOGS: Record<UiLanguage, Catalog> = { en, fr };

const fromTag = (tag: string): UiLanguage => (tag.toLowerCase().startsWith('fr') ? 'fr' : 'en');

/** The browser's UI language as learned without chrome.i18n (storage.ts, for content scripts). */
let told: UiLanguage | null = null;

/** Records the browser's UI language (a BCP 47 tag), so content scripts need not ask chrome.i18n. */
export function setBrowserLanguage(tag: string): void {
  told = fromTag(tag);
}

/** The catalogue the browser serves the extension from our _locales, as a language code. Asked
 * of the catalogue itself: headless Chromium run with --lang=fr serves _locales/fr while
 * getUILanguage() and @@ui_locale both say en-US. */
export function extensionLocale(): string {
  return ext.i18n.getMessage('catalogueLanguage') || ext.i18n.getUILanguage();
}

/** The language the browser gives the extension (its UI language when we have it, else English). */
export function browserLanguage(): UiLanguage {
  if (told) return told;
  try {
    return fromTag(extensionLocale());
  } catch {
    return 'en';
  }
}

let current: UiLanguage | null = null;

export function setInterfaceLanguage(choice: InterfaceLanguage): void {
  current = choice === 'auto' ? browserLanguage() : choice;
}

export function uiLanguage(): UiLanguage {
  return current ?? browserLanguage();
}

export function translate(key: MessageKey, ...substitutions: (string | number)[]): string {
  const args = substitutions.map(String);
  const entry = CATALOGS[uiLanguage()][key];
  const message = entry ? formatMessage(entry, args) : '';
  // An empty answer means a missing key: show the key rather than nothing, so it gets noticed.
  return message || key;
}

/** The short name the components use. */
export const t = translate;
