import type { Rule } from './types.js';

/** Identity with defaults, so a rule file states only what is particular to it. */
export function defineRule(rule: Omit<Rule, 'scope'> & { scope?: Rule['scope'] }): Rule {
  return { scope: 'sentence', ...rule };
}
