// What a fresh install starts with, and what replaces any part of storage that cannot be read.
import { SETTINGS_VERSION, type Policy, type Statistics, type UserSettings } from './types.js';

export function defaultSettings(): UserSettings {
  return {
    version: SETTINGS_VERSION,
    defaultMode: 'personal',
    siteModes: {},
    customTerms: [],
    ignoredTerms: [],
    disabledCategories: [],
    disabledRules: [],
    language: 'auto',
    enabledSites: [],
  };
}

/** No organisation: nothing locked, nothing added. */
export function emptyPolicy(): Policy {
  return { extraWatchTerms: [], lockedCategories: [], defaultSiteModes: {}, extraSites: [], guidelineLinks: [] };
}

export function emptyStatistics(): Statistics {
  return { version: 1, days: {} };
}
