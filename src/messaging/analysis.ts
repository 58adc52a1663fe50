// The one message between a content script and the background, where the engine runs. The
// content script sends a text snapshot and the options in force; the background answers with the
// findings, each carrying what the card needs to explain it (rule title, guideline excerpts, the
// quoted span), so the page never loads the engine, its lexicons or compromise.
// Only types cross this file into the content script: nothing here pulls the engine in.
import type { CustomTerm, Finding, Guideline, Mode } from '../engine/index.js';

export const ANALYZE_MESSAGE = 'outloud/analyze';

export interface AnalyzeRequest {
  type: typeof ANALYZE_MESSAGE;
  text: string;
  mode: Mode;
  ignored: string[];
  customTerms: CustomTerm[];
  disabledRules: string[];
}

/** A finding as the compose box shows it. */
export interface ShownFinding extends Finding {
  /** The rule's title, in the finding's language. */
  title: string;
  /** The text of the span, as analysed. */
  quote: string;
  guidelines: Guideline[];
}

export type AnalyzeResponse = { ok: true; findings: ShownFinding[] } | { ok: false; error: string };

const isStringArray = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((item) => typeof item === 'string');

/** Anything else that reaches the background's message listener is not ours to answer. */
export function isAnalyzeRequest(value: unknown): value is AnalyzeRequest {
  if (value === null || typeof value !== 'object') return false;
  const v = value as Record<string, unknown>;
  return (
    v.type === ANALYZE_MESSAGE &&
    typeof v.text === 'string' &&
    typeof v.mode === 'string' &&
    isStringArray(v.ignored) &&
    Array.isArray(v.customTerms) &&
    isStringArray(v.disabledRules)
  );
}
