// analyze() skips a rule where it cannot report anything: in a sentence where none of its triggers
// matches (there or in the sentence before; for a rule that says triggersHere, there), and in a mode where its severity is 'off' (unless it
// says alwaysRun). Both are promises a
// rule makes; here they are checked on every corpus post, every example, posts glued together and
// the bench drafts, sentence by sentence as the engine cuts them, in both languages.
import { describe, expect, it } from 'vitest';
import { MODES, rules, type Unit } from '../src/engine/index.js';
import { matchesAny } from '../src/engine/match.js';
import { makeUnit } from '../src/engine/text/unit.js';
import { stripAccents } from '../src/engine/text/fold.js';
import { boundSentences, splitSentences } from '../src/engine/text/segment.js';
import { buildPost } from '../bench/texts.js';
import { loadCorpus } from './eval/corpus.js';

const posts = loadCorpus().map((p) => p.text);
const examples = rules.flatMap((r) => [...r.examples.invalid.map((e) => e.text), ...r.examples.valid.map((e) => (typeof e === 'string' ? e : e.text))]);
const glued = posts.map((p, i) => `${p}\n\n${posts[(i * 7 + 3) % posts.length]}`);
const texts = [...posts, ...examples, ...glued, buildPost(3000), buildPost(3000, 2)];

const units: Unit[] = [];
for (const text of texts) {
  for (const locale of ['en', 'fr'] as const) {
    let before = '';
    for (const s of boundSentences(text, splitSentences(text))) {
      const sentence = text.slice(s.start, s.end);
      units.push(makeUnit(sentence, locale, before));
      if (sentence.trim()) before = sentence;
    }
  }
}

const sentenceRules = rules.filter((r) => r.scope === 'sentence');

describe('rule triggers', () => {
  for (const rule of sentenceRules.filter((r) => r.triggers)) {
    it(`${rule.id} finds nothing where none of its triggers matches (here or before)`, () => {
      const missed: string[] = [];
      for (const unit of units) {
        if (matchesAny(rule.triggers!, unit.plain) || matchesAny(rule.triggers!, stripAccents(unit.before))) continue;
        const hits = rule.detect(unit);
        if (hits.length) missed.push(`${unit.locale}: ${unit.text.slice(hits[0]!.start, hits[0]!.end)} | in: ${unit.text.slice(0, 100)}`);
      }
      expect(missed.slice(0, 5), 'add the anchor of these hits to the rule\'s triggers').toEqual([]);
    });
  }
});

describe('rule triggers of the sentence itself (triggersHere)', () => {
  for (const rule of sentenceRules.filter((r) => r.triggers && r.triggersHere)) {
    it(`${rule.id} finds nothing where none of its triggers matches its own sentence, whatever the sentence before`, () => {
      const missed: string[] = [];
      for (const unit of units) {
        if (matchesAny(rule.triggers!, unit.plain)) continue;
        const hits = rule.detect(unit);
        if (hits.length) missed.push(`${unit.locale}: ${unit.text.slice(hits[0]!.start, hits[0]!.end)} | in: ${unit.text.slice(0, 100)} | after: ${unit.before.slice(0, 60)}`);
      }
      expect(missed.slice(0, 5), 'this hit needs the sentence before: drop triggersHere, or add its anchor to the triggers').toEqual([]);
    });
  }
});

describe("a rule that is 'off' in a mode", () => {
  for (const rule of sentenceRules.filter((r) => !r.alwaysRun && MODES.some((m) => r.severity[m] === 'off'))) {
    it(`${rule.id} reports nothing in the modes where it is off (or says alwaysRun)`, () => {
      const off = MODES.filter((m) => rule.severity[m] === 'off');
      const turnedOn: string[] = [];
      for (const unit of units) {
        for (const hit of rule.detect(unit)) {
          const on = off.filter((m) => hit.severity?.[m] !== undefined && hit.severity[m] !== 'off');
          if (on.length) turnedOn.push(`${on.join(', ')}: ${unit.text.slice(0, 100)}`);
        }
      }
      expect(turnedOn.slice(0, 5)).toEqual([]);
    });
  }
});
