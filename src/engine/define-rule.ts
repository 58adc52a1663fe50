import type { Hit, IncrementalDetector, Rule, Unit } from './types.js';
import { boundSentences, splitSentences } from './text/segment.js';
import { makeUnit } from './text/unit.js';

type RuleInput<F> = Omit<Rule, 'scope' | 'detect' | 'incremental'> & { scope?: Rule['scope'] } & (
  | { detect(unit: Unit): Hit[]; incremental?: undefined }
  | { detect?: undefined; incremental: IncrementalDetector<F> }
);

/** Identity with defaults, so a rule file states only what is particular to it. An incremental
 * text rule gets a `detect` that cuts the text into the engine's sentences and combines their facts. */
export function defineRule<F>(rule: RuleInput<F>): Rule {
  const { incremental } = rule;
  if (!incremental) return { scope: 'sentence', ...rule } as Rule;
  return { ...rule, scope: 'text', incremental: incremental as IncrementalDetector<unknown>, detect: (unit) => detectWhole(incremental, unit) };
}

/** What the engine computes for an incremental rule, in one go (for callers holding a whole text). */
function detectWhole<F>(rule: IncrementalDetector<F>, unit: Unit): Hit[] {
  const sentences = boundSentences(unit.text, splitSentences(unit.text));
  const facts: F[] = [];
  let prev = '';
  for (const s of sentences) {
    const text = unit.text.slice(s.start, s.end);
    facts.push(rule.facts(makeUnit(text, unit.locale, prev)));
    if (text.trim()) prev = text;
  }
  return rule.combine(facts, sentences, unit.text);
}
