// Options page → background: the rules, for switching them on and off. The background has the
// engine loaded already; the options page never loads it.
import type { Category, Localized } from '../engine/types.js';

export const RULE_CATALOGUE_MESSAGE = 'outloud/rule-catalogue';

export interface RuleSummary {
  id: string;
  category: Category;
  title: Localized;
}
