// The learned "reads like" rules (src/engine/rules/<category>/reads-like.ts): the shipped model is
// the one the labelled sets give, the engine decides as the trainer does, a long draft does not add
// up to an alarm by length alone, and a fallback finding gives way to a specific rule's.
import { describe, expect, it } from 'vitest';
import { analyze, rules, type Category, type Mode } from '../src/engine/index.js';
import { MODEL_DATA } from '../src/engine/learned/model-data.js';
import { WINDOW_CHARS, bestWindow, modelConstants, sentenceScores } from '../src/engine/learned/scorer.js';
import { boundSentences, splitSentences } from '../src/engine/text/segment.js';
import { makeUnit } from '../src/engine/text/unit.js';
import { scoreDoc, type Model } from '../tools/linear-model.js';
import { MODEL_CATEGORIES, load, trainingHash } from '../tools/learned-sets.js';
import { HARMLESS_EN, HARMLESS_FR, prng } from '../bench/texts.js';
import { FUNCTION_WORDS_EN } from '../src/engine/lexicons/en/function-words.js';
import { FUNCTION_WORDS_FR } from '../src/engine/lexicons/fr/function-words.js';
import { stripAccents } from '../src/engine/text/fold.js';

const readsLikeId = (c: Category) => `${c}/reads-like`;
const rule = (c: Category) => rules.find((r) => r.id === readsLikeId(c))!;

/** The shipped weights as the trainer's Model, to score with the trainer's scoreDoc(). */
function shippedModels(): Model[] {
  const models: Model[] = MODEL_DATA.categories.map((_, k) => ({ bias: MODEL_DATA.bias[k]!, weights: new Map() }));
  for (const line of MODEL_DATA.weights.split('\n')) {
    const [feature, ws] = line.split('\t') as [string, string];
    ws.split(',').forEach((w, k) => {
      if (w) models[k]!.weights.set(feature, Number(w) / MODEL_DATA.scale);
    });
  }
  return models;
}

/** The engine's log-odds of a text for a category: its sentences' scores over the best window. */
function engineScore(text: string, c: Category): number {
  const sentences = boundSentences(text, splitSentences(text));
  const k = MODEL_DATA.categories.indexOf(c);
  const facts = sentences.map((s) => sentenceScores(makeUnit(text.slice(s.start, s.end), 'en').plain)[k]!);
  return bestWindow(facts, sentences, modelConstants(c).bias).score;
}

describe('the shipped model', () => {
  it('was trained on the labelled sets as they are now', () => {
    expect(MODEL_DATA.categories).toEqual(MODEL_CATEGORIES);
    const now = trainingHash(MODEL_DATA.options);
    expect(now, 'tests/corpus or tests/blind changed since the model was trained: run npm run train:model').toBe(MODEL_DATA.hash);
  });

  it('has a rule per category, a fallback, off wherever the category itself is off', () => {
    for (const c of MODEL_CATEGORIES) {
      const r = rule(c);
      expect(r, readsLikeId(c)).toBeDefined();
      expect(r.fallback).toBe(true);
      for (const mode of ['personal', 'professional', 'official'] as Mode[]) {
        const own = rules.filter((o) => o.category === c && !o.fallback && o.severity[mode] !== 'off');
        // An opinion on a personal account is one's right (policy-commentary/opinion is a tip there): the second opinion too.
        const expected = own.length === 0 ? 'off' : c === 'policy-commentary' && mode === 'personal' ? 'tip' : 'medium';
        expect(r.severity[mode], `${r.id} in ${mode} mode`).toBe(expected);
      }
    }
  });
});

// Scores are compared up to floating-point summation order (engine: per sentence, then over the
// post; trainer: over the post's features in one sum): 1e-6 in log-odds. A post that close to a
// threshold is not held to either side of it.
const TOLERANCE = 1e-6;

describe('on every labelled post', () => {
  const items = load();
  const models = shippedModels();

  it('the engine scores as the trainer does', () => {
    let worst = 0;
    for (const it of items) {
      MODEL_CATEGORIES.forEach((c, k) => {
        worst = Math.max(worst, Math.abs(engineScore(it.post.text, c) - scoreDoc(models[k]!, it.doc)));
      });
    }
    expect(worst).toBeLessThan(TOLERANCE);
  });

  it('the engine raises a "reads like" finding exactly where the trainer decides so and the rules are silent', () => {
    const wrong: string[] = [];
    let raised = 0;
    for (const it of items) {
      const found = new Set(analyze(it.post.text, { mode: it.post.mode }).map((f) => f.ruleId));
      MODEL_CATEGORIES.forEach((c, k) => {
        const t = MODEL_DATA.thresholds[k];
        const s = scoreDoc(models[k]!, it.doc);
        if (t !== null && t !== undefined && Math.abs(s - t) < TOLERANCE) return;
        const trainer = t !== null && t !== undefined && s >= t && !it.rules.has(c) && rule(c).severity[it.post.mode] !== 'off';
        const engine = found.has(readsLikeId(c));
        if (engine) raised++;
        if (engine !== trainer) wrong.push(`${it.post.id} ${c}: engine ${engine}, trainer ${trainer} (score ${s.toFixed(3)}, threshold ${t})`);
      });
    }
    expect(wrong).toEqual([]);
    expect(raised).toBeGreaterThan(0);
  });

  it('the words a message names as weighing most are never only grammar ("but", « qui ») or a short word', () => {
    const unnamed = new Set([...FUNCTION_WORDS_EN, ...FUNCTION_WORDS_FR]);
    const bad: string[] = [];
    let named = 0;
    for (const it of items) {
      for (const f of analyze(it.post.text, { mode: it.post.mode })) {
        if (!f.ruleId.endsWith('/reads-like')) continue;
        for (const [, quoted] of f.message.matchAll(/[\u201c\u00ab]\u00a0?([^\u201d\u00bb]+?)\u00a0?[\u201d\u00bb]/g)) {
          named++;
          const words = stripAccents(quoted!.toLowerCase()).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
          if (!words.some((w) => w.length > 2 && !unnamed.has(w))) bad.push(`${it.post.id}: ${quoted}`);
        }
      }
    }
    expect(named).toBeGreaterThan(100);
    expect(bad).toEqual([]);
  });
}, 300_000);

describe('a long draft', () => {
  it('of 60,000 characters of harmless text raises no "reads like" finding', () => {
    const rnd = prng(16);
    let text = '';
    while (text.length < 60_000) {
      const pool = rnd() < 0.33 ? HARMLESS_FR : HARMLESS_EN;
      text += (text ? (rnd() < 0.15 ? '\n\n' : ' ') : '') + pool[Math.floor(rnd() * pool.length)]!;
    }
    for (const mode of ['personal', 'professional', 'official'] as Mode[]) {
      expect(analyze(text, { mode }).filter((f) => f.ruleId.endsWith('/reads-like')).map((f) => f.ruleId)).toEqual([]);
    }
  });

  it('is scored on its best window of consecutive sentences, not on its length', () => {
    // One mildly political sentence, repeated: a whole-post sum would grow without bound.
    const sentence = 'The campaign office down the street has a new coat of paint. ';
    const score = (n: number) => engineScore(sentence.repeat(n), 'political');
    const fits = Math.floor(WINDOW_CHARS / sentence.length);
    expect(score(fits * 10)).toBeCloseTo(score(fits), 9);
    expect(score(2)).toBeCloseTo(engineScore(sentence.repeat(2), 'political'), 9);
  });
});

describe('a fallback finding', () => {
  // conduct/reads-like's own invalid example, then the same with an insult conduct/insult raises.
  const base = 'Maybe read the sign before you start screaming at people at the counter. Some of you, honestly.';
  const insult = base + ' Kevin, you are a clown.';
  const ids = (text: string, options = {}) => analyze(text, { mode: 'personal', ...options }).map((f) => f.ruleId);

  it('stands when no specific rule of its category raises an alarm', () => {
    expect(ids(base)).toContain('conduct/reads-like');
    expect(ids(base).filter((id) => id.startsWith('conduct/'))).toEqual(['conduct/reads-like']);
  });

  it('gives way to a high or medium finding of its category', () => {
    expect(ids(insult)).toContain('conduct/insult');
    expect(ids(insult)).not.toContain('conduct/reads-like');
  });

  it('comes back when that rule is disabled or ignored', () => {
    expect(ids(insult, { disabledRules: ['conduct/insult'] })).toContain('conduct/reads-like');
    expect(ids(insult, { ignored: ['conduct/insult'] })).toContain('conduct/reads-like');
    expect(ids(insult, { disabledRules: ['conduct'] })).not.toContain('conduct/reads-like');
  });

  it('stands beside an alarm of another category', () => {
    const other = base + ' My SIN is 130 692 544.';
    expect(ids(other)).toContain('personal-info/sin');
    expect(ids(other)).toContain('conduct/reads-like');
  });
});
