// analyze() shields the page from a faulty detector by skipping it, which would also hide a broken
// rule from every other test. Here each detector is called directly on every corpus post and
// every example, sentence by sentence, and must not throw. A whole-post (incremental) rule's
// `detect` is defineRule's detectWhole, which runs its `facts` on every sentence and `combine`.
import { describe, expect, it } from 'vitest';
import { rules } from '../src/engine/index.js';
import { makeUnit } from '../src/engine/text/unit.js';
import { splitSentences } from '../src/engine/text/segment.js';
import { loadCorpus } from './eval/corpus.js';

const texts = [
  ...loadCorpus().map((p) => p.text),
  ...rules.flatMap((r) => [...r.examples.invalid.map((e) => e.text), ...r.examples.valid.map((e) => (typeof e === 'string' ? e : e.text))]),
];

describe('every detector', () => {
  for (const rule of rules) {
    it(`${rule.id} runs on every corpus post and example without throwing`, () => {
      const failures: string[] = [];
      for (const text of texts) {
        for (const locale of ['en', 'fr'] as const) {
          const units = rule.scope === 'text' ? [makeUnit(text, locale)] : splitSentences(text).map((s, i, all) =>
            makeUnit(text.slice(s.start, s.end), locale, i > 0 ? text.slice(all[i - 1]!.start, all[i - 1]!.end) : ''));
          for (const unit of units) {
            try {
              rule.detect(unit);
            } catch (e) {
              failures.push(`${(e as Error).message} on: ${unit.text.slice(0, 80)}`);
            }
          }
        }
      }
      expect(failures.slice(0, 3)).toEqual([]);
    });
  }
});
