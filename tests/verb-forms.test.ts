// verbForms() lets a phrase list name a verb once and match it in every tense. It leans on
// compromise's conjugation tables, so these cases pin what the lists rely on: regular and
// irregular verbs, and words that are not verb forms left alone.
import { describe, expect, it } from 'vitest';
import { verbForms } from '../src/engine/text/verb-forms.js';

describe('verbForms', () => {
  it('adds the other tenses of a regular verb, keeping the phrase first', () => {
    const forms = verbForms(['started chemo']);
    expect(forms[0]).toBe('started chemo');
    expect(forms).toEqual(expect.arrayContaining(['start chemo', 'starts chemo', 'starting chemo']));
  });

  it('knows irregular verbs and doubled consonants', () => {
    expect(verbForms(['went to rehab'])).toEqual(expect.arrayContaining(['goes to rehab', 'going to rehab', 'gone to rehab']));
    expect(verbForms(['getting divorced'])).toEqual(expect.arrayContaining(['got divorced', 'gets divorced']));
    expect(verbForms(['running for council'])).toEqual(expect.arrayContaining(['ran for council', 'runs for council']));
    expect(verbForms(['took her own life'])).toEqual(expect.arrayContaining(['takes her own life', 'taking her own life']));
  });

  it('leaves phrases that do not start with a verb form, and single words, as they are', () => {
    expect(verbForms(['in rehab', 'on chemo', 'the ministry', 'pregnant', 'news'])).toEqual(['in rehab', 'on chemo', 'the ministry', 'pregnant', 'news']);
  });

  it('drops duplicates when a list already holds several tenses', () => {
    const forms = verbForms(['started chemo', 'starting chemo', 'start chemo']);
    expect(new Set(forms).size).toBe(forms.length);
    expect(forms.filter((f) => f === 'starting chemo')).toHaveLength(1);
  });
});
