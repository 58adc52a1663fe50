// A policy written by an attacker (a tampered managed-storage file, or a "policy" mailed to users
// as a settings file): whatever it holds, it is data. Its lists are capped, its terms match as
// literal text (regex syntax in a watch term is not a pattern, and cannot stall the engine), no
// link but https survives, no site pattern wider than one host (and its subdomains) gets through,
// and keys like __proto__ pollute nothing. docs/security.md lists this among the threats.
import { describe, expect, test } from 'vitest';
import { analyze } from '../src/engine/index.js';
import { defaultSettings } from '../src/settings/defaults.js';
import { MAX_TERM_LENGTH, MAX_TERMS } from '../src/settings/fields.js';
import { analysisOptions } from '../src/settings/modes.js';
import { mergePolicy, readPolicy } from '../src/settings/policy.js';

const term = (text: string) => ({ term: text, category: 'confidential', severity: 'high' });

// JSON.parse, as storage and imported files deliver it: "__proto__" is then an own key.
const hostile: unknown = JSON.parse(
  JSON.stringify({
    organizationName: '<img src=x onerror=alert(1)>Ministry',
    extraWatchTerms: [
      term('(a+)+$'),
      term('.*'),
      term('x'.repeat(100_000)),
      ...Array.from({ length: 5000 }, (_, i) => term(`[code]{${i}} \\1`)),
    ],
    lockedCategories: ['personal-info', 'constructor', 'toString'],
    allowedModes: [],
    defaultSiteModes: { x: 'official', evil: 'root' },
    extraSites: ['<all_urls>', '*://*/*', '*', '*.com', 'javascript:alert(1)', 'file:///etc/passwd', 'intranet.example.org'],
    guidelineLinks: [
      { title: 'js', url: 'javascript:alert(1)' },
      { title: 'data', url: 'data:text/html,<script>alert(1)</script>' },
      { title: 'plain http', url: 'http://example.org/policy' },
      { title: 'ours', url: 'https://example.org/policy' },
    ],
  }).replace('"organizationName"', '"__proto__":{"polluted":true},"organizationName"'),
);

describe('a policy from an attacker', () => {
  const { policy, warnings } = readPolicy(hostile);

  test('is read as data, within limits, and pollutes nothing', () => {
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(policy)).toBe(Object.prototype);
    expect(warnings.map((w) => w.key)).toContain('__proto__');
    expect(policy.extraWatchTerms.length).toBeLessThanOrEqual(MAX_TERMS);
    expect(Math.max(...policy.extraWatchTerms.map((t) => t.term.length))).toBeLessThanOrEqual(MAX_TERM_LENGTH);
    expect(policy.lockedCategories).toEqual(['personal-info']);
    expect(policy.allowedModes).toBeUndefined();
    expect(policy.defaultSiteModes).toEqual({ x: 'official' });
    // The name is kept as text; the UI renders text nodes only (tools/preact-without-inner-html.ts).
    expect(policy.organizationName).toBe('<img src=x onerror=alert(1)>Ministry');
  });

  test('no link but https, no site wider than a host and its subdomains', () => {
    expect(policy.guidelineLinks).toEqual([{ title: 'ours', url: 'https://example.org/policy' }]);
    expect(policy.extraSites).toEqual(['intranet.example.org']);
    expect(mergePolicy(defaultSettings(), policy).enabledSites).toEqual(['intranet.example.org']);
  });

  test('its watch terms match literally, and a draft built against them does not stall the engine', () => {
    const all = analysisOptions(mergePolicy(defaultSettings(), policy), 'x.com', 'x');
    expect(all.customTerms.length).toBe(MAX_TERMS);
    // The hostile ones and some of the numbered flood: a thousand terms cost the engine seconds on a
    // new sentence (one pattern per term; docs/security.md, "Known limits"), not what this is about.
    const options = { ...all, customTerms: all.customTerms.slice(0, 40) };
    const hits = (draft: string) => analyze(draft, options).filter((f) => f.ruleId === 'custom/watch-term').map((f) => draft.slice(f.start, f.end));
    // Regex syntax is text: '(a+)+$' is found as written, never as a pattern over 'aaaa', and '.*'
    // matches nothing but itself.
    expect(hits('We discussed (a+)+$ today.')).toEqual(['(a+)+$']);
    expect(hits(`${'a'.repeat(20_000)}!`)).toEqual([]);
    expect(hits('Anything at all here.')).toEqual([]);
    expect(hits('Notes on [code]{7} \\1 attached.')).toEqual(['[code]{7} \\1']);
    // Inputs a backtracking pattern would choke on (thirty characters would do; these are long).
    for (const attack of ['(a+'.repeat(3000), '[code]{'.repeat(1500), `${'x'.repeat(10_000)}y`]) {
      expect(() => analyze(attack, options)).not.toThrow();
    }
  });
});
