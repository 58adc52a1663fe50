// The message between the content script and the background engine: what the background answers
// (findings plus what a card needs) and what it refuses to answer.
import { describe, expect, test } from 'vitest';
import { answer } from '../src/background/analysis-answer.js';
import { analyze } from '../src/engine/index.js';
import { ANALYZE_MESSAGE, isAnalyzeRequest, type AnalyzeRequest } from '../src/messaging/analysis.js';

const request = (text: string, extra: Partial<AnalyzeRequest> = {}): AnalyzeRequest => ({
  type: ANALYZE_MESSAGE, text, mode: 'personal', ignored: [], customTerms: [], disabledRules: [], ...extra,
});

describe('analysis host', () => {
  test('answers the engine findings, each with its title, quote and guideline excerpts', () => {
    const text = 'Helping a client today, her SIN is 130 692 544. Ma cliente a le NAS 130 692 544.';
    const response = answer(request(text));
    if (!response.ok) throw new Error(response.error);
    const plain = analyze(text, { mode: 'personal' });
    expect(response.findings.map(({ ruleId, start, end }) => ({ ruleId, start, end }))).toEqual(
      plain.map(({ ruleId, start, end }) => ({ ruleId, start, end })),
    );
    const [en, fr] = response.findings.filter((f) => f.ruleId === 'personal-info/sin');
    expect(en?.quote).toBe('130 692 544');
    expect(en?.locale).toBe('en');
    expect(fr?.locale).toBe('fr');
    expect(en?.title).not.toBe(fr?.title);
    expect(en?.title.length).toBeGreaterThan(0);
    expect(en?.guidelines.length).toBeGreaterThan(0);
    expect(en?.guidelines.map((g) => g.id)).toEqual(en?.guidelineIds);
  });

  test('passes mode, ignored terms, custom terms and disabled rules to the engine', () => {
    const text = 'Project Bluebird ships soon. SIN 130 692 544.';
    const custom = answer(request(text, { customTerms: [{ term: 'Project Bluebird', category: 'confidential', severity: 'high' }] }));
    const ignored = answer(request(text, { ignored: ['personal-info/sin'] }));
    const disabled = answer(request(text, { disabledRules: ['personal-info'] }));
    if (!custom.ok || !ignored.ok || !disabled.ok) throw new Error('no answer');
    expect(custom.findings.some((f) => f.quote === 'Project Bluebird')).toBe(true);
    expect(ignored.findings.some((f) => f.ruleId === 'personal-info/sin')).toBe(false);
    expect(disabled.findings.some((f) => f.category === 'personal-info')).toBe(false);
  });

  test('only well-formed analysis requests are answered', () => {
    expect(isAnalyzeRequest(request('hello'))).toBe(true);
    for (const bad of [null, 'outloud/analyze', {}, { ...request('x'), type: 'other' }, { ...request('x'), text: 42 },
      { ...request('x'), ignored: [1] }, { ...request('x'), customTerms: 'none' }, { ...request('x'), disabledRules: undefined }]) {
      expect(isAnalyzeRequest(bad)).toBe(false);
    }
  });
});
