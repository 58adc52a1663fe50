// After a keystroke, the sentence after the edited one has a new "sentence before". Only the rules
// whose answer there can depend on it run again: those that woke only on the sentence before, and
// those whose detector read `unit.before` on it. The others' hits are reused (cached by the
// sentence's text alone). Counted here by wrapping every rule's detector; the findings must stay
// those of a cold run.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyze, clearCache, rules, type Rule, type Unit } from '../src/engine/index.js';

/** Rule ids whose detector (or facts) ran on a unit of `watched`, and whether it read `before`. */
const runs: { id: string; readBefore: boolean }[] = [];
let watched = '';
const restore: (() => void)[] = [];

function spy(rule: Rule, owner: { [k: string]: unknown }, key: 'detect' | 'facts'): void {
  const original = owner[key] as (u: Unit) => unknown;
  owner[key] = function (this: unknown, unit: Unit) {
    if (unit.text !== watched) return original.call(this, unit);
    let readBefore = false;
    const seen = new Proxy(unit, { get: (t, p) => ((readBefore ||= p === 'before'), Reflect.get(t, p)) });
    try {
      return original.call(this, seen);
    } finally {
      runs.push({ id: rule.id, readBefore });
    }
  };
  restore.push(() => (owner[key] = original));
}

beforeAll(() => {
  for (const rule of rules) {
    if (rule.incremental) spy(rule, rule.incremental as unknown as { [k: string]: unknown }, 'facts');
    else spy(rule, rule as unknown as { [k: string]: unknown }, 'detect');
  }
});
afterAll(() => restore.forEach((r) => r()));

const NEXT = 'Call Maria at 416-555-0199 about the new soil report, it is a mess. ';
const before = (word: string) => `Great turnout at the ${word} workshop this morning. `;

describe('the sentence after an edited one', () => {
  it('re-runs only the rules that read the sentence before or woke on it', () => {
    clearCache();
    watched = NEXT;
    const draft = before('garden') + NEXT + 'See you next week.';
    runs.length = 0;
    analyze(draft, { mode: 'official' });
    const first = runs.map((r) => r.id);
    expect(first.length).toBeGreaterThan(10);

    const readers = new Set(runs.filter((r) => r.readBefore).map((r) => r.id));
    const triggered = new Set(rules.filter((r) => r.triggers).map((r) => r.id));

    runs.length = 0;
    const edited = before('gardens') + NEXT + 'See you next week.';
    const findings = analyze(edited, { mode: 'official' });
    const again = runs.map((r) => r.id);
    expect(again.length).toBeLessThan(first.length);
    // What runs again read the sentence before the first time, or may have woken on it (it has triggers).
    for (const id of again) expect(readers.has(id) || triggered.has(id), id).toBe(true);
    // A rule that runs on every sentence and did not read `before` here is not run again.
    const reused = first.filter((id) => !triggered.has(id) && !readers.has(id));
    expect(reused.length).toBeGreaterThan(3);
    for (const id of reused) expect(again).not.toContain(id);

    clearCache();
    expect(findings).toEqual(analyze(edited, { mode: 'official' }));
  });

  it('re-runs a rule whose detector read the sentence before', () => {
    clearCache();
    watched = NEXT;
    runs.length = 0;
    analyze(before('garden') + NEXT, { mode: 'professional' });
    const readers = new Set(runs.filter((r) => r.readBefore).map((r) => r.id));
    expect(readers.size).toBeGreaterThan(0);
    runs.length = 0;
    analyze(before('gardens') + NEXT, { mode: 'professional' });
    const again = new Set(runs.map((r) => r.id));
    for (const id of readers) expect(again).toContain(id);
  });

  it('re-reads the sentence before where a shared helper answered from its memo', () => {
    // The opinion of the second sentence depends on the first ("Ministry employee here" makes it the
    // author's work); opinionsIn() keeps its answer per unit, and a rule asking after it must still be
    // seen reading the sentence before, or its answer is reused after another sentence.
    watched = '';
    const post = 'Ministry employee here (not saying which one but you can guess). The new autism program funding formula is a disaster and literally everyone I work with knows it. Families are going to get less, not more.';
    const joined = "Here's what I'd do differently as a manager 👇 " + post;
    for (const mode of ['personal', 'professional', 'official'] as const) {
      clearCache();
      analyze(post, { mode });
      const warm = analyze(joined, { mode });
      clearCache();
      expect(warm, mode).toEqual(analyze(joined, { mode }));
    }
  });
});
