// The engine runs here, in the extension's own background context, not in the page: the page
// keeps a small content script (no lexicons, no compromise), typing never waits for analysis, and
// one warm cache serves every tab. The text still never leaves the browser.
import { analyze, guidelineById, rules, type Finding, type Guideline } from '../engine/index.js';
import { ext } from '../content/browser-api.js';
import { isAnalyzeRequest, type AnalyzeRequest, type AnalyzeResponse, type ShownFinding } from '../messaging/analysis.js';
import { analyzeWithFaults } from './test-faults.js';

const titles = new Map(rules.map((rule) => [rule.id, rule.title]));

function shown(text: string, finding: Finding): ShownFinding {
  return {
    ...finding,
    title: titles.get(finding.ruleId)?.[finding.locale] ?? finding.ruleId,
    quote: text.slice(finding.start, finding.end),
    guidelines: finding.guidelineIds.map((id) => guidelineById(id)).filter((g): g is Guideline => g !== undefined),
  };
}

/** `engine` is the real one except in test builds, where it can be made to throw. */
export function answer(request: AnalyzeRequest, engine: typeof analyze = analyze): AnalyzeResponse {
  try {
    const findings = engine(request.text, {
      mode: request.mode,
      locale: 'auto',
      ignored: request.ignored,
      customTerms: request.customTerms,
      disabledRules: request.disabledRules,
    });
    return { ok: true, findings: findings.map((f) => shown(request.text, f)) };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

export function installAnalysisHost(): void {
  ext.runtime.onMessage.addListener((message: unknown, sender, sendResponse) => {
    // Only our own content scripts and pages can reach this listener (no externally_connectable),
    // but the check costs nothing and keeps it true if that ever changes.
    if (!isAnalyzeRequest(message) || sender.id !== ext.runtime.id) return undefined;
    sendResponse(answer(message, __OUTLOUD_TEST_HOOKS__ ? analyzeWithFaults : analyze));
    return undefined;
  });
}
