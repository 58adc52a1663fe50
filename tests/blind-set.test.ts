// The blind sets (tests/blind: blind2 to blind10): posts written from the obligations alone by
// someone who had not read the rules or the corpus, each kept out of every rule author's sight
// while the rules were tuned, and committed only after it was scored. It measures what the engine does on posts nobody tuned for, so its figures are far below
// the corpus's; its floors (tests/eval/floors.json, "blindSet") only stop a change from making that
// worse. blind2 to blind4 were opened to a detection round in session 9 and blind2 to blind7 to two
// in session 11 (their misses read), and every set's false alarms were read once it was scored;
// blind8's misses were first read in session 12 (detect8a: confidential, speaking for government and
// conflict of interest; detect8b: policy, conduct, political); blind9 and blind10 joined after
// being scored in session 12, blind9's misses read for personal information and official standards;
// blind11 and blind12 joined after being scored in session 13, blind13 and blind14 in session 14, blind15
// in session 15, blind16 in session 16, blind17 in session 17, blind18 in session 18, blind19 in session 19 (their false alarms read,
// not their misses; session 18 read the rules-only misses of blind2-17 for policy commentary and confidential);
// blind20 to blind22 in sessions 20 to 22, each scored first, then its false alarms and its misses read (so blind for
// recall no more); harmless14 to harmless20, 300 harmless posts each (sessions 16 to 22), whose false alarms were read
// and fixed.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BLIND_DIR, CORPUS_DIR, falseAlarmRate, loadCorpus, metrics, precision, recall, score } from './eval/corpus.js';

const floors = JSON.parse(readFileSync(join(CORPUS_DIR, '..', 'eval', 'floors.json'), 'utf8')).blindSet;
const posts = loadCorpus(BLIND_DIR);
const all = metrics(score(posts));

describe('the blind sets', () => {
  it('is there, in both languages, with harmless and risky posts', () => {
    expect(posts.length).toBeGreaterThanOrEqual(6100);
    expect(posts.filter((p) => p.lang === 'fr').length).toBeGreaterThanOrEqual(2505);
    expect(posts.filter((p) => p.kind === 'risky').length).toBeGreaterThanOrEqual(1895);
    expect(posts.filter((p) => p.kind !== 'risky').length).toBeGreaterThanOrEqual(4205);
  });

  it('precision, recall and false alarms stay within their floors', () => {
    expect(floors, 'tests/eval/floors.json has no blindSet floors').toBeDefined();
    expect(precision(all.overall)).toBeGreaterThanOrEqual(floors.precision);
    expect(recall(all.overall)).toBeGreaterThanOrEqual(floors.recall);
    expect(falseAlarmRate(all)).toBeLessThanOrEqual(floors.falseAlarmRate);
  });

  // The aggregate moves when a harder set joins; each set's own floor does not.
  it('each set keeps its own recall floor', () => {
    const perSet: Record<string, number> = floors.perSetRecall;
    const perSetFalseAlarms: Record<string, number> = Object.fromEntries(Object.entries(floors.perSetFalseAlarmRate as Record<string, number>).filter(([k]) => !k.startsWith('_')));
    const sets = [...new Set(posts.map((p) => p.split.split('.')[1]!))];
    expect(sets.filter((s) => !(s in perSet) && !(s in perSetFalseAlarms)), 'every blind set needs a floor in perSetRecall (or, harmless only, perSetFalseAlarmRate)').toEqual([]);
    for (const [set, floor] of Object.entries(perSet)) {
      const m = metrics(score(posts.filter((p) => p.split.split('.')[1] === set)));
      expect(m.posts, `${set} is missing from tests/blind`).toBeGreaterThan(0);
      expect(recall(m.overall), `${set} recall`).toBeGreaterThanOrEqual(floor);
    }
    // A set of harmless posts only has no recall: its ceiling is on false alarms.
    for (const [set, ceiling] of Object.entries(perSetFalseAlarms)) {
      const m = metrics(score(posts.filter((p) => p.split.split('.')[1] === set)));
      expect(m.posts, `${set} is missing from tests/blind`).toBeGreaterThan(0);
      expect(falseAlarmRate(m), `${set} false alarms`).toBeLessThanOrEqual(ceiling);
    }
  });
});
