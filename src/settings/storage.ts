// Every read and write of settings, policy and statistics goes through here. User settings and
// statistics live in storage.local (never sync: watch and ignored terms can be sensitive, and
// nothing leaves the machine); the policy is read from storage.managed.
import { ext } from '../content/browser-api.js';
import { extensionLocale, setBrowserLanguage } from '../i18n/translate.js';
import { emptyStatistics } from './defaults.js';
import { mergePolicy, readPolicy, type ReadPolicy } from './policy.js';
import { readStatistics } from './statistics.js';
import type { EffectiveSettings, SettingsIssue, Statistics, UserSettings } from './types.js';
import { normaliseSettings, readSettings, type ReadSettings } from './validate.js';

export const SETTINGS_KEY = 'outloud.settings';
export const STATISTICS_KEY = 'outloud.stats';
/** Test builds only: a policy written here stands in for storage.managed, which a test profile
 * cannot set without machine-wide browser policy. */
export const TEST_POLICY_KEY = 'outloud.testPolicy';
/** The browser's UI language, written by the background (which may ask chrome.i18n cheaply) for
 * the content scripts, whose first chrome.i18n call would cost every page load its binding set-up. */
export const BROWSER_LANGUAGE_KEY = 'outloud.browserLanguage';
/** Content script → background: the policy, when the content script cannot read it itself. */
export const POLICY_MESSAGE = 'outloud/policy';

export async function loadUserSettings(): Promise<ReadSettings> {
  const stored = await ext.storage.local.get([SETTINGS_KEY, BROWSER_LANGUAGE_KEY]);
  const language = stored[BROWSER_LANGUAGE_KEY];
  // Not written yet (a page opened in the instant after install) or lost: chrome.i18n is asked.
  if (typeof language === 'string') setBrowserLanguage(language);
  return readSettings(stored[SETTINGS_KEY]);
}

/** Background only: stores the browser's UI language for the content scripts (on install and at
 * each browser start, the only times it can change). */
export async function storeBrowserLanguage(): Promise<void> {
  await ext.storage.local.set({ [BROWSER_LANGUAGE_KEY]: extensionLocale() });
}

export async function saveUserSettings(settings: UserSettings): Promise<UserSettings> {
  const clean = normaliseSettings(settings);
  await ext.storage.local.set({ [SETTINGS_KEY]: clean });
  return clean;
}

/** Read, change, write. `change` edits the copy it is given. */
export async function updateUserSettings(change: (settings: UserSettings) => void): Promise<UserSettings> {
  const { settings } = await loadUserSettings();
  change(settings);
  return saveUserSettings(settings);
}

/** Stored settings in the current version's shape (after an update, or on a fresh install). */
export async function migrateStoredSettings(): Promise<void> {
  const { settings } = await loadUserSettings();
  await saveUserSettings(settings);
}

/** Content scripts run on web pages; the background and extension pages on the extension's own
 * origin. */
const inContentScript = (): boolean => typeof location !== 'undefined' && /^https?:$/.test(location.protocol);

/** The policy as the browser holds it (before validation). */
export async function readRawPolicy(): Promise<unknown> {
  if (__OUTLOUD_TEST_HOOKS__) {
    const stored = await ext.storage.local.get(TEST_POLICY_KEY);
    if (stored[TEST_POLICY_KEY] !== undefined) return stored[TEST_POLICY_KEY];
  }
  try {
    return await ext.storage.managed.get(null);
  } catch {
    // Firefox rejects when no policy is installed, the normal case. A content script that cannot
    // read managed storage asks the background, which can: an organisation's watch terms must not
    // depend on where the settings were read.
    return inContentScript() ? ext.runtime.sendMessage({ type: POLICY_MESSAGE }).catch(() => undefined) : undefined;
  }
}

export async function loadPolicy(): Promise<ReadPolicy> {
  return readPolicy(await readRawPolicy());
}

export interface LoadedSettings {
  effective: EffectiveSettings;
  /** What could not be read from storage (fell back to defaults). */
  userIssues: SettingsIssue[];
  /** Policy keys and items that were ignored. */
  policyWarnings: SettingsIssue[];
}

export async function loadEffectiveSettings(): Promise<LoadedSettings> {
  const [user, policy] = await Promise.all([loadUserSettings(), loadPolicy()]);
  return { effective: mergePolicy(user.settings, policy.policy), userIssues: user.issues, policyWarnings: policy.warnings };
}

/** Calls back (with nothing: reload what you need) when user settings or the policy change. */
export function onSettingsOrPolicyChanged(listener: () => void): () => void {
  const handler = (changes: Record<string, unknown>, area: string): void => {
    const mine = area === 'managed' || (area === 'local' && (SETTINGS_KEY in changes || (__OUTLOUD_TEST_HOOKS__ && TEST_POLICY_KEY in changes)));
    if (mine) listener();
  };
  ext.storage.onChanged.addListener(handler);
  return () => ext.storage.onChanged.removeListener(handler);
}

export async function loadStatistics(): Promise<Statistics> {
  const stored = await ext.storage.local.get(STATISTICS_KEY);
  return readStatistics(stored[STATISTICS_KEY]);
}

export async function saveStatistics(stats: Statistics): Promise<void> {
  await ext.storage.local.set({ [STATISTICS_KEY]: stats });
}

export async function clearStatistics(): Promise<void> {
  await saveStatistics(emptyStatistics());
}

export function onStatisticsChanged(listener: () => void): () => void {
  const handler = (changes: Record<string, unknown>, area: string): void => {
    if (area === 'local' && STATISTICS_KEY in changes) listener();
  };
  ext.storage.onChanged.addListener(handler);
  return () => ext.storage.onChanged.removeListener(handler);
}
