// Export and import: what is exported imports back identically; a broken or foreign file is
// refused with a reason and changes nothing.
import { describe, expect, test } from 'vitest';
import { defaultSettings } from '../../src/settings/defaults.js';
import { exportSettings, importSettings } from '../../src/settings/settings-file.js';
import type { UserSettings } from '../../src/settings/types.js';

const settings: UserSettings = {
  ...defaultSettings(),
  defaultMode: 'professional',
  siteModes: { x: 'official' },
  customTerms: [{ term: 'Project Bluebird', category: 'confidential', severity: 'high', note: 'spring' }],
  ignoredTerms: ['Bill 23'],
  disabledCategories: ['conduct'],
  language: 'fr',
  enabledSites: ['social.example.org'],
};

describe('settings file', () => {
  test('export then import gives the same settings, except sites enabled in this browser', () => {
    const text = exportSettings(settings, new Date('2026-01-02T03:04:05Z'));
    expect(JSON.parse(text)).toMatchObject({ format: 'outloud-settings', exportedAt: '2026-01-02T03:04:05.000Z' });
    expect(text).not.toContain('social.example.org');
    const { enabledSites: _, ...expected } = settings;
    expect(importSettings(text)).toEqual({ ok: true, settings: expected });
  });

  test('not JSON', () => {
    expect(importSettings('{"format": "outloud-settings",')).toEqual({ ok: false, reason: 'not-json', issues: [] });
  });

  test('JSON that is not an OutLoud settings file', () => {
    for (const text of ['[]', '{"name": "my-package", "version": "1.0.0"}', '{"format": "outloud-settings"}', '"hello"']) {
      expect(importSettings(text)).toMatchObject({ ok: false, reason: 'foreign' });
    }
  });

  test('a file from a newer OutLoud', () => {
    expect(importSettings(JSON.stringify({ format: 'outloud-settings', version: 99, settings: {} }))).toMatchObject({ ok: false, reason: 'newer-version' });
  });

  test('a file with any unreadable part is refused whole, listing what is wrong', () => {
    const text = JSON.stringify({ format: 'outloud-settings', version: 2, settings: { defaultMode: 'loud', customTerms: [{ term: 'ok' }] } });
    const result = importSettings(text);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.reason).toBe('invalid');
      expect(result.issues.map((i) => i.key)).toEqual(['defaultMode', 'customTerms[0].category', 'customTerms[0].severity']);
    }
  });

  test('a very large file is refused before parsing', () => {
    expect(importSettings(' '.repeat(1_000_001))).toMatchObject({ ok: false, reason: 'too-large' });
  });

  test('a version 1 export (from before versioning) is migrated', () => {
    const text = JSON.stringify({ format: 'outloud-settings', settings: { mode: 'official', ignoredTerms: ['x'], customTerms: [] } });
    const result = importSettings(text);
    expect(result.ok && result.settings.defaultMode).toBe('official');
  });
});
