// Stored settings from every earlier version come forward without losing what the user set.
import { describe, expect, test } from 'vitest';
import { migrate } from '../../src/settings/migrations.js';
import { PLATFORM_IDS } from '../../src/settings/sites.js';
import { SETTINGS_VERSION, type SettingsIssue } from '../../src/settings/types.js';
import { readSettings } from '../../src/settings/validate.js';

describe('migrations', () => {
  test('there is a path from version 1 to the current version', () => {
    for (let version = 1; version <= SETTINGS_VERSION; version++) {
      const issues: SettingsIssue[] = [];
      expect(() => migrate({ version }, issues)).not.toThrow();
      expect(issues).toEqual([]);
    }
  });

  test('version 1 (unversioned: one mode for every site) keeps its mode on every platform', () => {
    const v1 = { mode: 'official', ignoredTerms: ['Bill 23'], customTerms: [{ term: 'Bluebird', category: 'confidential', severity: 'high' }] };
    const { settings, issues } = readSettings(v1);
    expect(issues).toEqual([]);
    expect(settings.version).toBe(SETTINGS_VERSION);
    expect(settings.defaultMode).toBe('official');
    expect(Object.keys(settings.siteModes).sort()).toEqual([...PLATFORM_IDS].sort());
    expect(new Set(Object.values(settings.siteModes))).toEqual(new Set(['official']));
    expect(settings.ignoredTerms).toEqual(['Bill 23']);
    expect(settings.customTerms).toEqual(v1.customTerms);
  });

  test('version 1 without a mode keeps the platforms\' own defaults', () => {
    const { settings, issues } = readSettings({ ignoredTerms: [], customTerms: [] });
    expect(issues).toEqual([]);
    expect(settings.siteModes).toEqual({});
    expect(settings.defaultMode).toBe('personal');
  });

  test('version 1 with a broken mode drops only the mode', () => {
    const { settings } = readSettings({ mode: 'loud', ignoredTerms: ['Ajax'] });
    expect(settings.siteModes).toEqual({});
    expect(settings.ignoredTerms).toEqual(['Ajax']);
  });

  test('settings written by a newer OutLoud are read key by key, with a note', () => {
    const { settings, issues } = readSettings({ version: SETTINGS_VERSION + 1, defaultMode: 'professional', hologram: true, ignoredTerms: ['a'] });
    expect(settings.defaultMode).toBe('professional');
    expect(settings.ignoredTerms).toEqual(['a']);
    expect(issues).toEqual([{ key: 'version', code: 'newer-version' }, { key: 'hologram', code: 'unknown-key' }]);
  });

  test('a nonsense version number counts as version 1', () => {
    expect(readSettings({ version: 'two', mode: 'professional' }).settings.defaultMode).toBe('professional');
    expect(readSettings({ version: -3, mode: 'professional' }).settings.defaultMode).toBe('professional');
  });
});
