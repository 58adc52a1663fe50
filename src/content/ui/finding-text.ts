// What the UI says about a finding, in the language of the sentence it was found in.
import { guidelineById, rules, type Finding, type Guideline } from '../../engine/index.js';

const titles = new Map(rules.map((rule) => [rule.id, rule.title]));

export function ruleTitle(finding: Finding): string {
  return titles.get(finding.ruleId)?.[finding.locale] ?? finding.ruleId;
}

export function guidelinesOf(finding: Finding): Guideline[] {
  return finding.guidelineIds.map((id) => guidelineById(id)).filter((g): g is Guideline => g !== undefined);
}
