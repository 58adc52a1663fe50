// Versioned migrations of stored user settings. Each step takes the raw object of one version to
// the next and only reshapes: validation comes after, on the latest shape, so a step never has to
// trust what it reads. Add a step here (and bump SETTINGS_VERSION) whenever the shape changes.
import { isMode, isRecord, type Issues } from './fields.js';
import { PLATFORM_IDS } from './sites.js';
import { SETTINGS_VERSION } from './types.js';

type Raw = Record<string, unknown>;

/** steps[n] turns version n into version n + 1. */
const steps: Record<number, (raw: Raw) => Raw> = {
  // Version 1 (unversioned): { mode?, ignoredTerms, customTerms }, where `mode` overrode every
  // site. It becomes the default mode and each platform's mode, so nothing the user sees changes.
  1: ({ mode, ...rest }) => ({
    ...rest,
    ...(isMode(mode) ? { defaultMode: mode, siteModes: Object.fromEntries(PLATFORM_IDS.map((id) => [id, mode])) } : {}),
  }),
};

export function storedVersion(raw: Raw): number {
  const version = raw.version;
  return typeof version === 'number' && Number.isInteger(version) && version >= 1 ? version : 1;
}

/** The raw object brought to SETTINGS_VERSION's shape (values still unchecked). */
export function migrate(raw: unknown, issues: Issues): Raw {
  if (raw === undefined) return {};
  if (!isRecord(raw)) {
    issues.push({ key: '', code: 'not-an-object' });
    return {};
  }
  let version = storedVersion(raw);
  // Written by a newer OutLoud (a downgrade): read what this version understands, key by key.
  if (version > SETTINGS_VERSION) {
    issues.push({ key: 'version', code: 'newer-version' });
    return { ...raw };
  }
  let data: Raw = { ...raw };
  while (version < SETTINGS_VERSION) {
    const step = steps[version];
    if (!step) throw new Error(`no settings migration from version ${version}`);
    data = step(data);
    version += 1;
  }
  return data;
}
