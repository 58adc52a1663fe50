// Enterprise policy: read key by key (an invalid key is ignored with a warning, the rest applies),
// then merged over the user's settings, winning wherever it locks.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { defaultSettings } from '../../src/settings/defaults.js';
import { analysisOptions, nextMode, resolveMode } from '../../src/settings/modes.js';
import { isLockedOn, mergePolicy, POLICY_KEYS, readPolicy } from '../../src/settings/policy.js';
import type { UserSettings } from '../../src/settings/types.js';

const ROOT = resolve(import.meta.dirname, '../..');

const fullPolicy = {
  organizationName: 'Ministry of Agriculture',
  extraWatchTerms: [{ term: 'Project Bluebird', category: 'confidential', severity: 'high', note: 'Cabinet, spring' }],
  lockedCategories: ['personal-info', 'confidential'],
  allowedModes: ['professional', 'official'],
  defaultSiteModes: { x: 'official', 'mastodon.ontario.example': 'official' },
  extraSites: ['mastodon.ontario.example'],
  guidelineLinks: [{ title: 'Our social media playbook', url: 'https://intra.ontario.example/social' }],
};

const user = (patch: Partial<UserSettings> = {}): UserSettings => ({ ...defaultSettings(), ...patch });

describe('readPolicy', () => {
  test('no policy (Chrome gives {}, Firefox nothing) is an empty policy without warnings', () => {
    for (const raw of [undefined, null, {}]) {
      const { policy, warnings } = readPolicy(raw);
      expect(warnings).toEqual([]);
      expect(policy).toEqual({ extraWatchTerms: [], lockedCategories: [], defaultSiteModes: {}, extraSites: [], guidelineLinks: [] });
    }
  });

  test('a complete valid policy reads back whole', () => {
    const { policy, warnings } = readPolicy(fullPolicy);
    expect(warnings).toEqual([]);
    expect(policy).toEqual(fullPolicy);
  });

  test('an invalid key is ignored with a warning; every other key still applies', () => {
    const { policy, warnings } = readPolicy({ ...fullPolicy, allowedModes: 'official', lockedCategories: ['confidential', 'gossip'], colour: 'red' });
    expect(policy.allowedModes).toBeUndefined();
    expect(policy.lockedCategories).toEqual(['confidential']);
    expect(policy.organizationName).toBe('Ministry of Agriculture');
    expect(policy.extraWatchTerms).toHaveLength(1);
    expect(warnings).toEqual([
      { key: 'lockedCategories[1]', code: 'item-dropped' },
      { key: 'allowedModes', code: 'wrong-type' },
      { key: 'colour', code: 'unknown-key' },
    ]);
  });

  test('an empty list of allowed modes would lock users out: it is ignored', () => {
    const { policy, warnings } = readPolicy({ allowedModes: ['holiday'] });
    expect(policy.allowedModes).toBeUndefined();
    expect(warnings).toContainEqual({ key: 'allowedModes', code: 'unknown-value' });
  });

  test('only https guideline links are kept: never javascript:, data: or http:', () => {
    const { policy, warnings } = readPolicy({
      guidelineLinks: [
        { title: 'ok', url: 'https://example.org/a' },
        { title: 'js', url: 'javascript:alert(1)' },
        { title: 'data', url: 'data:text/html,<b>x</b>' },
        { title: 'plain', url: 'http://example.org' },
        { title: '', url: 'https://example.org/b' },
        { url: 'https://example.org/c' },
      ],
    });
    expect(policy.guidelineLinks).toEqual([{ title: 'ok', url: 'https://example.org/a' }]);
    expect(warnings).toHaveLength(5);
  });

  test('a policy that is not an object is ignored whole, with a warning', () => {
    expect(readPolicy('lock everything').warnings).toEqual([{ key: '', code: 'not-an-object' }]);
    expect(readPolicy(['x']).policy.lockedCategories).toEqual([]);
  });

  test('the manifest\'s managed_schema declares exactly the keys the policy reader knows', () => {
    const manifest = JSON.parse(readFileSync(resolve(ROOT, 'manifest.json'), 'utf8')) as { storage?: { managed_schema?: string } };
    expect(manifest.storage?.managed_schema).toBe('managed-schema.json');
    const schema = JSON.parse(readFileSync(resolve(ROOT, 'public/managed-schema.json'), 'utf8')) as {
      type: string;
      properties: Record<string, unknown>;
      additionalProperties?: unknown;
    };
    // Chrome refuses to load an extension whose schema has no top-level object type or has a
    // top-level additionalProperties.
    expect(schema.type).toBe('object');
    expect(schema.additionalProperties).toBeUndefined();
    expect(Object.keys(schema.properties).sort()).toEqual([...POLICY_KEYS].sort());
  });
});

describe('mergePolicy', () => {
  const { policy } = readPolicy(fullPolicy);

  test('locked categories stay on even when the user switched them (or a rule in them) off', () => {
    const merged = mergePolicy(user({ disabledCategories: ['confidential', 'conduct'], disabledRules: ['personal-info/postal-code', 'political/election-hashtag'] }), policy);
    expect(merged.disabledRules).toEqual(['conduct', 'political/election-hashtag']);
    expect(isLockedOn(merged, 'confidential')).toBe(true);
    expect(isLockedOn(merged, 'personal-info/sin')).toBe(true);
    expect(isLockedOn(merged, 'conduct')).toBe(false);
  });

  test('the organisation\'s watch terms come first and cannot be ignored away', () => {
    const merged = mergePolicy(
      user({ customTerms: [{ term: 'project bluebird', category: 'political', severity: 'tip' }, { term: 'Maple', category: 'confidential', severity: 'medium' }], ignoredTerms: ['PROJECT BLUEBIRD', 'Bill 23'] }),
      policy,
    );
    expect(merged.customTerms.map((t) => `${t.term}/${t.severity}`)).toEqual(['Project Bluebird/high', 'Maple/medium']);
    expect(merged.ignoredTerms).toEqual(['Bill 23']);
  });

  test('extra sites join the user\'s enabled sites, once', () => {
    const merged = mergePolicy(user({ enabledSites: ['mastodon.ontario.example', 'social.example.org'] }), policy);
    expect(merged.enabledSites).toEqual(['mastodon.ontario.example', 'social.example.org']);
  });

  test('without a policy the user\'s settings apply as they are', () => {
    const settings = user({ disabledCategories: ['conduct'], ignoredTerms: ['Ajax'] });
    const merged = mergePolicy(settings, readPolicy(undefined).policy);
    expect(merged.allowedModes).toEqual(['personal', 'professional', 'official']);
    expect(merged.disabledRules).toEqual(['conduct']);
    expect(merged.ignoredTerms).toEqual(['Ajax']);
  });
});

describe('modes', () => {
  const none = readPolicy(undefined).policy;

  test('each platform starts in its own default mode; other sites in the user\'s default', () => {
    const merged = mergePolicy(user({ defaultMode: 'professional' }), none);
    expect(resolveMode(merged, 'www.linkedin.com')).toBe('professional');
    expect(resolveMode(merged, 'www.instagram.com')).toBe('personal');
    expect(resolveMode(merged, 'social.example.org')).toBe('professional');
  });

  test('the user\'s choice for a site beats the defaults; on another host, markers name the platform', () => {
    const merged = mergePolicy(user({ siteModes: { linkedin: 'personal', mastodon: 'official', 'social.example.org': 'professional' } }), none);
    expect(resolveMode(merged, 'www.linkedin.com')).toBe('personal');
    // A Mastodon instance the user enabled: its own choice first, then Mastodon's.
    expect(resolveMode(merged, 'social.example.org', 'mastodon')).toBe('professional');
    expect(resolveMode(merged, 'other.example.org', 'mastodon')).toBe('official');
    expect(resolveMode(merged, '127.0.0.1', 'linkedin')).toBe('personal');
  });

  test('the organisation\'s site defaults apply until the user chooses, within the allowed modes', () => {
    const { policy } = readPolicy(fullPolicy);
    expect(resolveMode(mergePolicy(user(), policy), 'x.com')).toBe('official');
    expect(resolveMode(mergePolicy(user({ siteModes: { x: 'professional' } }), policy), 'x.com')).toBe('professional');
    // Personal is not allowed: the user's stale choice is passed over.
    expect(resolveMode(mergePolicy(user({ siteModes: { x: 'personal' } }), policy), 'x.com')).toBe('official');
    // Nothing applies is allowed (Instagram defaults to personal): the first allowed mode.
    expect(resolveMode(mergePolicy(user(), policy), 'www.instagram.com')).toBe('professional');
  });

  test('the shortcut cycles through the allowed modes only', () => {
    const all = mergePolicy(user(), none);
    expect(nextMode(all, 'personal')).toBe('professional');
    expect(nextMode(all, 'official')).toBe('personal');
    const restricted = mergePolicy(user(), readPolicy({ allowedModes: ['official', 'professional'] }).policy);
    expect(restricted.allowedModes).toEqual(['professional', 'official']);
    expect(nextMode(restricted, 'professional')).toBe('official');
    expect(nextMode(restricted, 'official')).toBe('professional');
    expect(nextMode(restricted, 'personal')).toBe('professional');
  });

  test('analysis options carry the merged terms and the switched-off rules', () => {
    const merged = mergePolicy(user({ disabledCategories: ['conduct'], ignoredTerms: ['Ajax'] }), readPolicy(fullPolicy).policy);
    expect(analysisOptions(merged, 'www.linkedin.com')).toEqual({
      mode: 'professional',
      ignored: ['Ajax'],
      customTerms: fullPolicy.extraWatchTerms,
      disabledRules: ['conduct'],
    });
  });
});
