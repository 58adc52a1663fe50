// The export/import file: the user's settings wrapped with a format marker and version. Import is
// strict where storage is lenient: a file that is not ours, or has any part we cannot read, is
// refused whole with the reasons, and nothing changes.
import { isRecord } from './fields.js';
import { storedVersion } from './migrations.js';
import { SETTINGS_VERSION, type SettingsIssue, type UserSettings } from './types.js';
import { readSettings } from './validate.js';

export const FILE_FORMAT = 'outloud-settings';
/** A settings file is a few KB; anything near this is not one. */
export const MAX_FILE_BYTES = 1_000_000;

/** Sites the user enabled stay with this browser: they need its own permission grants. */
type Exported = Omit<UserSettings, 'enabledSites'>;

export function exportSettings(settings: UserSettings, now: Date): string {
  const { enabledSites: _local, ...exported } = settings;
  const file = { format: FILE_FORMAT, version: SETTINGS_VERSION, exportedAt: now.toISOString(), settings: exported satisfies Exported };
  return `${JSON.stringify(file, null, 2)}\n`;
}

export type ImportFailure = 'too-large' | 'not-json' | 'foreign' | 'newer-version' | 'invalid';

export type ImportResult =
  | { ok: true; settings: Exported }
  | { ok: false; reason: ImportFailure; issues: SettingsIssue[] };

export function importSettings(text: string): ImportResult {
  const fail = (reason: ImportFailure, issues: SettingsIssue[] = []): ImportResult => ({ ok: false, reason, issues });
  if (text.length > MAX_FILE_BYTES) return fail('too-large');
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return fail('not-json');
  }
  if (!isRecord(parsed) || parsed.format !== FILE_FORMAT || !isRecord(parsed.settings)) return fail('foreign');
  const version = storedVersion(parsed);
  if (version > SETTINGS_VERSION) return fail('newer-version');
  const { enabledSites: _ignored, ...fields } = parsed.settings;
  const { settings, issues } = readSettings({ ...fields, version });
  if (issues.length > 0) return fail('invalid', issues);
  const { enabledSites: _none, ...imported } = settings;
  return { ok: true, settings: imported };
}
