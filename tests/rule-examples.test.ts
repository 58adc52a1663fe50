// Every rule proves itself with its own examples (ESLint's RuleTester tables are the model):
// invalid examples must raise that rule on the given span, valid ones must not. A rule without
// examples in both languages fails here.
import { describe, expect, it } from 'vitest';
import { analyze, rules, MODES, CATEGORIES, guidelines, type Mode, type Rule, type RuleExample } from '../src/engine/index.js';
import { GUIDELINE_IDS } from '../src/engine/guideline-ids.js';
import { decideLocale, scoreLocale } from '../src/engine/text/locale.js';

const lang = (text: string) => decideLocale(scoreLocale(text.toLowerCase()));
const activeModes = (rule: Rule): Mode[] => MODES.filter((m) => rule.severity[m] !== 'off');
const asExample = (e: string | RuleExample): RuleExample => (typeof e === 'string' ? { text: e } : e);

describe('the rule catalogue', () => {
  it('has rules, with unique ids named after their category', () => {
    expect(rules.length).toBeGreaterThan(0);
    const ids = rules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of rules) {
      expect(CATEGORIES).toContain(r.category);
      expect(r.id.startsWith(r.category + '/'), r.id).toBe(true);
    }
  });

  it('cites only guideline excerpts that exist', () => {
    const known = new Set(guidelines.map((g) => g.id));
    for (const r of rules) {
      expect(r.guidelines.length, `${r.id} cites no guideline`).toBeGreaterThan(0);
      for (const g of r.guidelines) {
        expect([...GUIDELINE_IDS] as string[], `${r.id} cites ${g}`).toContain(g as string);
        expect(known.has(g), `${r.id} cites ${g}, which has no excerpt`).toBe(true);
      }
    }
  });
});

for (const rule of rules) {
  describe(rule.id, () => {
    it('is described in English and French', () => {
      for (const s of [rule.title, rule.why]) {
        expect(s.en.trim().length).toBeGreaterThan(0);
        expect(s.fr.trim().length).toBeGreaterThan(0);
      }
      expect(activeModes(rule).length).toBeGreaterThan(0);
    });

    it('has valid and invalid examples in both languages', () => {
      const inv = rule.examples.invalid.map((e) => lang(e.text));
      const val = rule.examples.valid.map((e) => lang(asExample(e).text));
      expect(inv, 'invalid examples in English').toContain('en');
      expect(inv, 'invalid examples in French').toContain('fr');
      expect(val, 'valid examples in English').toContain('en');
      expect(val, 'valid examples in French').toContain('fr');
    });

    for (const ex of rule.examples.invalid) {
      it(`flags: ${ex.text.slice(0, 70)}`, () => {
        const mode = ex.mode ?? activeModes(rule)[0]!;
        const found = analyze(ex.text, { mode }).filter((f) => f.ruleId === rule.id);
        expect(found.length, `no ${rule.id} finding in ${mode} mode`).toBeGreaterThan(0);
        if (ex.span !== undefined) {
          expect(found.map((f) => ex.text.slice(f.start, f.end))).toContain(ex.span);
        }
        if (ex.severity) expect(found.map((f) => f.severity)).toContain(ex.severity);
      });
    }

    for (const raw of rule.examples.valid) {
      const ex = asExample(raw);
      it(`passes: ${ex.text.slice(0, 70)}`, () => {
        for (const mode of ex.mode ? [ex.mode] : activeModes(rule)) {
          const found = analyze(ex.text, { mode }).filter((f) => f.ruleId === rule.id);
          expect(found.map((f) => `${mode}: ${ex.text.slice(f.start, f.end)}`)).toEqual([]);
        }
      });
    }
  });
}
