// The engine's contract, independent of which rules exist: ordering, options, languages, and the
// per-sentence cache giving exactly what a cold run gives.
import { describe, expect, it } from 'vitest';
import { analyze, clearCache, type Finding } from '../src/engine/index.js';

const SIN_EN = 'Client SIN is 130 692 544, please call back.';
const SIN_FR = 'Son NAS est le 130-692-544, merci de le noter.';
const strip = (fs: Finding[]) => fs.map(({ ruleId, start, end, severity, message, category }) => ({ ruleId, start, end, severity, message, category }));

describe('analyze', () => {
  it('returns nothing for empty or non-string input', () => {
    expect(analyze('')).toEqual([]);
    expect(analyze(undefined as unknown as string)).toEqual([]);
    expect(analyze(42 as unknown as string)).toEqual([]);
  });

  it('locates a finding by UTF-16 offsets, after emoji, with guideline ids and a suggestion', () => {
    const text = '🎉🎉 ' + SIN_EN;
    const f = analyze(text, { mode: 'personal' }).find((x) => x.ruleId === 'personal-info/sin')!;
    expect(text.slice(f.start, f.end)).toBe('130 692 544');
    expect(f.severity).toBe('high');
    expect(f.guidelineIds.length).toBeGreaterThan(0);
    // The mask keeps the shape and at most the last three digits.
    expect(f.suggestion?.replacement).toMatch(/^[•\s]+\d{0,3}$/);
    expect(f.suggestion?.replacement).not.toContain('130');
  });

  it('sorts findings by start', () => {
    const text = `${SIN_EN} Project Bluebird launches soon. ${SIN_FR}`;
    const fs = analyze(text, { customTerms: [{ term: 'Project Bluebird', category: 'confidential', severity: 'high' }] });
    expect(fs.length).toBeGreaterThanOrEqual(3);
    expect(fs.map((f) => f.start)).toEqual([...fs.map((f) => f.start)].sort((a, b) => a - b));
  });

  it('writes each message in the language of its sentence, or the forced one', () => {
    const text = `${SIN_EN}\n${SIN_FR}`;
    const fs = analyze(text).filter((f) => f.ruleId === 'personal-info/sin');
    expect(fs.map((f) => f.locale)).toEqual(['en', 'fr']);
    expect(fs[0]!.message).not.toBe(fs[1]!.message);
    expect(analyze(text, { locale: 'fr' }).filter((f) => f.ruleId === 'personal-info/sin').every((f) => f.locale === 'fr')).toBe(true);
  });

  it('drops ignored rule ids and ignored terms, and disabled rules or categories', () => {
    const has = (o: object) => analyze(SIN_EN, o).some((f) => f.ruleId === 'personal-info/sin');
    expect(has({})).toBe(true);
    expect(has({ ignored: ['personal-info/sin'] })).toBe(false);
    expect(has({ ignored: ['130 692 544'] })).toBe(false);
    expect(has({ ignored: ['999 999 999'] })).toBe(true);
    expect(has({ disabledRules: ['personal-info/sin'] })).toBe(false);
    expect(has({ disabledRules: ['personal-info'] })).toBe(false);
  });

  it('finds custom watch terms with their category, severity and note, ignoring bad entries', () => {
    const text = 'Cannot wait for project bluebird to go live!';
    const fs = analyze(text, {
      customTerms: [
        { term: 'Project Bluebird', category: 'confidential', severity: 'high', note: 'Unannounced until March.' },
        { term: '', category: 'confidential', severity: 'high' },
        { term: 'x', category: 'nope', severity: 'high' } as never,
        null as never,
      ],
    }).filter((f) => f.ruleId === 'custom/watch-term');
    expect(fs).toHaveLength(1);
    expect(fs[0]).toMatchObject({ category: 'confidential', severity: 'high', message: 'Unannounced until March.' });
    expect(text.slice(fs[0]!.start, fs[0]!.end)).toBe('project bluebird');
  });

  it('gives the same findings after an edit as a cold run on the edited text', () => {
    const sentences = [SIN_EN, 'Our dairy team shared feed tips today.', SIN_FR, 'Great hike this weekend!'];
    let text = '';
    for (let i = 0; i < 200; i++) text += sentences[i % sentences.length] + (i % 7 === 0 ? '\n' : ' ');
    clearCache();
    analyze(text, { mode: 'professional' });
    const mid = text.indexOf('dairy', text.length / 2);
    const edited = text.slice(0, mid) + 'D' + text.slice(mid + 1);
    const warm = analyze(edited, { mode: 'professional' });
    clearCache();
    const cold = analyze(edited, { mode: 'professional' });
    expect(strip(warm)).toEqual(strip(cold));
    expect(warm.filter((f) => f.ruleId === 'personal-info/sin').length).toBe(100);
  });

  it('gives a sentence the findings its own sentence before calls for, whatever was analysed earlier', () => {
    // The same second sentence after a client's question (a help desk offered) and after small talk
    // (nothing): a rule's memo keyed by the sentence alone once carried one answer into the other.
    const desk = 'Questions about your grant application?\nDM us and our team will sort it out.';
    const chat = 'Loved the farmers market this morning.\nDM us and our team will sort it out.';
    const cold = (t: string) => {
      clearCache();
      return strip(analyze(t, { mode: 'personal' }));
    };
    const expected = { desk: cold(desk), chat: cold(chat) };
    expect(expected.desk.some((f) => f.ruleId === 'speaking-for-government/posing-as-official')).toBe(true);
    clearCache();
    expect(strip(analyze(desk, { mode: 'personal' }))).toEqual(expected.desk);
    expect(strip(analyze(chat, { mode: 'personal' }))).toEqual(expected.chat);
    clearCache();
    expect(strip(analyze(chat, { mode: 'personal' }))).toEqual(expected.chat);
    expect(strip(analyze(desk, { mode: 'personal' }))).toEqual(expected.desk);
  });

  it('does not read an identifier inside a URL', () => {
    expect(analyze('See https://example.ca/reports/130692544 for details').filter((f) => f.ruleId === 'personal-info/sin')).toEqual([]);
  });
});
