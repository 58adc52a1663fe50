// What the background answers a content script: the engine's findings, each with what the card
// shows (rule title, quote, guideline excerpts). Pure: no browser API, so unit tests call it.
import { analyze, guidelineById, rules, type Finding, type Guideline } from '../engine/index.js';
import type { AnalyzeRequest, AnalyzeResponse, ShownFinding } from '../messaging/analysis.js';

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
