// Stored (or imported) user settings → UserSettings, key by key: a key that cannot be read falls
// back to its default and is reported; the others, custom terms above all, are kept.
import { CATEGORIES, MODES } from '../engine/types.js';
import { defaultSettings } from './defaults.js';
import { MAX_TERMS, isCategory, readChoice, readHosts, readList, readModeMap, readTermText, readWatchTerms, uniqueBy, type Issues } from './fields.js';
import { migrate } from './migrations.js';
import { isPlatformId } from './sites.js';
import { INTERFACE_LANGUAGES, SETTINGS_VERSION, type SettingsIssue, type UserSettings } from './types.js';

const RULE_ID = /^[a-z-]+\/[a-z0-9-]+$/;

type Reader = (value: unknown, issues: Issues) => unknown;

const readers: { [K in Exclude<keyof UserSettings, 'version'>]: Reader } = {
  defaultMode: (v, issues) => readChoice('defaultMode', v, MODES, 'personal', issues),
  siteModes: (v, issues) => readModeMap('siteModes', v, isPlatformId, issues),
  customTerms: (v, issues) => readWatchTerms('customTerms', v, issues),
  ignoredTerms: (v, issues) => uniqueBy(readList('ignoredTerms', v, readTermText, issues, MAX_TERMS * 5), (t) => t),
  disabledCategories: (v, issues) => [...new Set(readList('disabledCategories', v, (c) => (isCategory(c) ? c : null), issues, CATEGORIES.length))],
  disabledRules: (v, issues) => [...new Set(readList('disabledRules', v, (r) => (typeof r === 'string' && RULE_ID.test(r) ? r : null), issues))],
  language: (v, issues) => readChoice('language', v, INTERFACE_LANGUAGES, 'auto', issues),
  enabledSites: (v, issues) => readHosts('enabledSites', v, issues),
};

export interface ReadSettings {
  settings: UserSettings;
  issues: SettingsIssue[];
}

/** Reads whatever storage holds (any version, damaged or partial) as current settings. */
export function readSettings(raw: unknown): ReadSettings {
  const issues: Issues = [];
  const data = migrate(raw, issues);
  const settings = defaultSettings();
  const out = settings as unknown as Record<string, unknown>;
  for (const [key, read] of Object.entries(readers)) {
    if (data[key] !== undefined) out[key] = read(data[key], issues);
  }
  for (const key of Object.keys(data)) {
    if (key !== 'version' && !(key in readers)) issues.push({ key, code: 'unknown-key' });
  }
  settings.version = SETTINGS_VERSION;
  return { settings, issues };
}

/** Settings as the user edited them, normalised the same way storage is read (trims, dedupes). */
export function normaliseSettings(settings: UserSettings): UserSettings {
  return readSettings(settings).settings;
}

