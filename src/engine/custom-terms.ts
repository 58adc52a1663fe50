// A user's or organisation's watch-words ("Project Bluebird", an unannounced program's code
// name) become rules of their own at run time, one per term, with the category and severity given.
import type { CustomTerm, Rule } from './types.js';
import { defineRule } from './define-rule.js';
import { findTerms, lexicon } from './match.js';

export const CUSTOM_TERM_RULE_ID = 'custom/watch-term';

const built = new Map<string, Rule[]>();

export function customTermsKey(terms: readonly CustomTerm[]): string {
  return terms.length ? '\u0002' + JSON.stringify(terms.map((t) => [t.term, t.category, t.severity, t.note ?? ''])) : '';
}

export function customTermRules(terms: readonly CustomTerm[]): Rule[] {
  const key = customTermsKey(terms);
  const cached = built.get(key);
  if (cached) return cached;
  const rules = terms.map((t) => {
    const re = lexicon([t.term.replace(/\*/g, '')]);
    const note = t.note?.trim();
    return defineRule({
      id: CUSTOM_TERM_RULE_ID,
      category: t.category,
      severity: { personal: t.severity, professional: t.severity, official: t.severity },
      guidelines: [],
      title: { en: `Watch term: ${t.term}`, fr: `Terme surveillé : ${t.term}` },
      why: {
        en: note || `"${t.term}" is on your organisation's watch list. Check it may be made public before posting.`,
        fr: note || `« ${t.term} » figure dans la liste de surveillance de votre organisation. Vérifiez qu'il peut être rendu public avant de publier.`,
      },
      detect: (unit) => findTerms(unit, re).map((m) => ({ start: m.start, end: m.end })),
      examples: { valid: [], invalid: [] },
    });
  });
  if (built.size > 32) built.clear();
  built.set(key, rules);
  return rules;
}
