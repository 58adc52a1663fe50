// The minimal settings the content script needs today, kept in storage.local (never sync:
// ignored terms can be sensitive). Issue "settings" will grow this into the full schema; keep
// every read and write going through this module so that change stays in one place.
import type { CustomTerm, Mode } from '../engine/index.js';
import { ext } from '../content/browser-api.js';

export interface Settings {
  /** Overrides each site's default mode when set. */
  mode?: Mode;
  /** Terms the user chose to "always ignore" (matched case-insensitively by the engine). */
  ignoredTerms: string[];
  customTerms: CustomTerm[];
}

const KEY = 'outloud.settings';
const DEFAULTS: Settings = { ignoredTerms: [], customTerms: [] };

function normalise(raw: unknown): Settings {
  const value = (raw ?? {}) as Partial<Settings>;
  return {
    ...(value.mode ? { mode: value.mode } : {}),
    ignoredTerms: Array.isArray(value.ignoredTerms) ? value.ignoredTerms.filter((t) => typeof t === 'string') : [],
    customTerms: Array.isArray(value.customTerms) ? value.customTerms : [],
  };
}

export async function loadSettings(): Promise<Settings> {
  const stored = await ext.storage.local.get(KEY);
  return normalise(stored[KEY]);
}

export async function saveSettings(settings: Settings): Promise<void> {
  await ext.storage.local.set({ [KEY]: settings });
}

export async function ensureDefaultSettings(): Promise<void> {
  const stored = await ext.storage.local.get(KEY);
  if (stored[KEY] === undefined) await saveSettings(DEFAULTS);
}

export async function addIgnoredTerm(term: string): Promise<Settings> {
  const settings = await loadSettings();
  const lower = term.toLowerCase();
  if (!settings.ignoredTerms.some((t) => t.toLowerCase() === lower)) settings.ignoredTerms.push(term);
  await saveSettings(settings);
  return settings;
}

/** Calls back with the new settings whenever they change (another tab, the options page). */
export function onSettingsChanged(listener: (settings: Settings) => void): void {
  ext.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && changes[KEY]) listener(normalise(changes[KEY].newValue));
  });
}
