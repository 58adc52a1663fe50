// What a page's content script reads: the settings in force on this host, with the policy
// applied, in the shape the compose boxes use. The full schema is in types.ts; everything else
// (popup, options, background) uses storage.ts and the merged EffectiveSettings directly.
import type { CustomTerm, Mode } from '../engine/types.js';
import type { SiteId } from '../content/sites/index.js';
import { setInterfaceLanguage } from '../i18n/translate.js';
import { analysisOptions, resolveMode } from './modes.js';
import { isPlatformId, siteKeyForHost } from './sites.js';
import { loadEffectiveSettings, migrateStoredSettings, onSettingsOrPolicyChanged, updateUserSettings } from './storage.js';
import type { EffectiveSettings } from './types.js';

export interface Settings {
  /** The mode on this host when it is decided by the host alone (a platform's own host, or a
   * choice made for this host); otherwise undefined, and modeFor() decides per compose box. */
  mode?: Mode;
  ignoredTerms: string[];
  customTerms: CustomTerm[];
  /** Category and rule ids switched off (never those the organisation locks on). */
  disabledRules: string[];
  /** The mode for a compose box whose markers say it is `siteId`'s. */
  modeFor(siteId: SiteId): Mode;
  effective: EffectiveSettings;
}

function forThisPage(effective: EffectiveSettings, host = globalThis.location?.hostname ?? ''): Settings {
  setInterfaceLanguage(effective.user.language);
  const key = siteKeyForHost(host);
  const decidedByHost = isPlatformId(key) || effective.user.siteModes[key] !== undefined || effective.policy.defaultSiteModes[key] !== undefined;
  const { ignored, customTerms, disabledRules } = analysisOptions(effective, host);
  return {
    ...(decidedByHost ? { mode: resolveMode(effective, host) } : {}),
    ignoredTerms: ignored,
    customTerms,
    disabledRules,
    modeFor: (siteId) => resolveMode(effective, host, siteId),
    effective,
  };
}

export async function loadSettings(): Promise<Settings> {
  return forThisPage((await loadEffectiveSettings()).effective);
}

export async function ensureDefaultSettings(): Promise<void> {
  await migrateStoredSettings();
}

export async function addIgnoredTerm(term: string): Promise<Settings> {
  await updateUserSettings((settings) => {
    settings.ignoredTerms.push(term);
  });
  return loadSettings();
}

/** Calls back with the new settings whenever they or the policy change (another tab, the
 * options page, the popup, the keyboard shortcut, an administrator). */
export function onSettingsChanged(listener: (settings: Settings) => void): void {
  onSettingsOrPolicyChanged(() => {
    void loadSettings().then(listener, () => undefined);
  });
}
