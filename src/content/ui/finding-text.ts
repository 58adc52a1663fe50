// What the UI says about a finding, in the language of the sentence it was found in. The
// background attached it to the finding (src/messaging/analysis.ts), so the page needs no rules.
import type { Guideline } from '../../engine/index.js';
import type { ShownFinding } from '../../messaging/analysis.js';

export function ruleTitle(finding: ShownFinding): string {
  return finding.title;
}

export function guidelinesOf(finding: ShownFinding): Guideline[] {
  return finding.guidelines;
}
