// The settings schema reads whatever storage holds: defaults for what is missing or broken, key by
// key, and the user's custom terms kept whenever their text can be read.
import { describe, expect, test } from 'vitest';
import { defaultSettings } from '../../src/settings/defaults.js';
import { SETTINGS_VERSION } from '../../src/settings/types.js';
import { readSettings } from '../../src/settings/validate.js';

const codes = (raw: unknown) => readSettings(raw).issues.map((i) => `${i.key}:${i.code}`);

describe('readSettings', () => {
  test('nothing stored gives the defaults, silently', () => {
    expect(readSettings(undefined)).toEqual({ settings: defaultSettings(), issues: [] });
  });

  test('a complete, valid object reads back as it was', () => {
    const stored = {
      version: SETTINGS_VERSION,
      defaultMode: 'official',
      siteModes: { linkedin: 'personal', 'social.example.org': 'professional' },
      customTerms: [{ term: 'Project Bluebird', category: 'confidential', severity: 'high', note: 'Not announced' }],
      ignoredTerms: ['Bill 23'],
      disabledCategories: ['conduct'],
      disabledRules: ['personal-info/postal-code'],
      language: 'fr',
      enabledSites: ['social.example.org'],
    };
    expect(readSettings(stored)).toEqual({ settings: stored, issues: [] });
  });

  test('storage that is not an object falls back to the defaults and says so', () => {
    for (const raw of ['garbage', 42, null, [1, 2]]) {
      const { settings, issues } = readSettings(raw);
      expect(settings).toEqual(defaultSettings());
      expect(issues).toEqual([{ key: '', code: 'not-an-object' }]);
    }
  });

  test('one broken key falls back alone; the custom terms survive', () => {
    const { settings, issues } = readSettings({
      version: SETTINGS_VERSION,
      defaultMode: 'holiday',
      siteModes: 'linkedin=official',
      language: 42,
      customTerms: [{ term: 'Project Bluebird', category: 'confidential', severity: 'high' }],
      ignoredTerms: ['Bill 23'],
    });
    expect(settings.defaultMode).toBe('personal');
    expect(settings.siteModes).toEqual({});
    expect(settings.language).toBe('auto');
    expect(settings.customTerms).toEqual([{ term: 'Project Bluebird', category: 'confidential', severity: 'high' }]);
    expect(settings.ignoredTerms).toEqual(['Bill 23']);
    expect(issues.map((i) => `${i.key}:${i.code}`)).toEqual(['defaultMode:unknown-value', 'siteModes:wrong-type', 'language:wrong-type']);
  });

  test('a term with a damaged category or severity is kept with safe defaults; unreadable items go', () => {
    const { settings, issues } = readSettings({
      customTerms: [
        { term: '  Operation Maple  ', category: 'gossip', severity: 7, note: 'budget' },
        'Bluebird',
        { term: '' },
        { term: '***' },
        { category: 'confidential' },
        null,
        { term: 'x'.repeat(201) },
      ],
    });
    expect(settings.customTerms).toEqual([
      { term: 'Operation Maple', category: 'confidential', severity: 'high', note: 'budget' },
      { term: 'Bluebird', category: 'confidential', severity: 'high' },
    ]);
    expect(issues.map((i) => `${i.key}:${i.code}`)).toEqual([
      'customTerms[0].category:unknown-value',
      'customTerms[0].severity:unknown-value',
      'customTerms[1].category:wrong-type',
      'customTerms[1].severity:wrong-type',
      'customTerms[2]:item-dropped',
      'customTerms[3]:item-dropped',
      'customTerms[4]:item-dropped',
      'customTerms[5]:item-dropped',
      'customTerms[6]:item-dropped',
    ]);
  });

  test('lists are deduplicated case-insensitively, first spelling kept', () => {
    const { settings } = readSettings({
      ignoredTerms: ['Bill 23', 'bill 23', 'BILL 23', 'Ajax'],
      customTerms: [{ term: 'Bluebird', category: 'political', severity: 'medium' }, { term: 'BLUEBIRD', category: 'confidential', severity: 'high' }],
      disabledCategories: ['conduct', 'conduct', 'nonsense'],
    });
    expect(settings.ignoredTerms).toEqual(['Bill 23', 'Ajax']);
    expect(settings.customTerms).toEqual([{ term: 'Bluebird', category: 'political', severity: 'medium' }]);
    expect(settings.disabledCategories).toEqual(['conduct']);
  });

  test('site modes keep platform ids and host names, drop the rest', () => {
    const { settings, issues } = readSettings({
      siteModes: { linkedin: 'official', 'https://Social.Example.org/home': 'professional', myspace: 'personal', x: 'loud' },
    });
    expect(settings.siteModes).toEqual({ linkedin: 'official', 'social.example.org': 'professional' });
    expect(issues.map((i) => i.key)).toEqual(['siteModes.myspace', 'siteModes.x']);
  });

  test('enabled sites are host names; schemes other than http(s) and junk are dropped', () => {
    const { settings } = readSettings({
      enabledSites: ['mastodon.example.org', 'https://social.gc.ca/@me', '*.gov.on.ca', 'javascript:alert(1)', 'localhost', 'a b.com', 7],
    });
    expect(settings.enabledSites).toEqual(['mastodon.example.org', 'social.gc.ca', '*.gov.on.ca']);
  });

  test('rule ids must look like rule ids', () => {
    const { settings } = readSettings({ disabledRules: ['conduct/profanity', 'DROP TABLE', '', 'personal-info/postal-code'] });
    expect(settings.disabledRules).toEqual(['conduct/profanity', 'personal-info/postal-code']);
  });

  test('unknown keys are reported and not kept', () => {
    expect(codes({ theme: 'dark' })).toEqual(['theme:unknown-key']);
    expect(readSettings({ theme: 'dark' }).settings).toEqual(defaultSettings());
  });

  test('reading is idempotent: what it gives reads back identically, with no issue', () => {
    const once = readSettings({ customTerms: ['  a term '], ignoredTerms: ['x', 'X'], siteModes: { 'HTTPS://A.B.C': 'official' } }).settings;
    expect(readSettings(once)).toEqual({ settings: once, issues: [] });
  });

  test('a huge list is capped rather than slowing every analysis', () => {
    const many = Array.from({ length: 1500 }, (_, i) => `term ${i}`);
    const { settings, issues } = readSettings({ customTerms: many });
    expect(settings.customTerms).toHaveLength(1000);
    expect(issues).toContainEqual({ key: 'customTerms', code: 'too-many' });
  });
});
