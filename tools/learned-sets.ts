// The labelled sets as the learned model sees them, and how a category's threshold is chosen:
// shared by tools/learned-eval.ts (leave-one-set-out validation), tools/train-model.ts (the shipped
// model) and tests/learned-model.test.ts, so that all three mean the same thing.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { CATEGORIES, rules, type Category } from '../src/engine/index.js';
import { BLIND_DIR, CORPUS_DIR, loadCorpus, score, type Post } from '../tests/eval/corpus.js';
import { DEFAULTS, scoreDoc, sentenceFeatures, train, type Options } from './linear-model.js';

/** Rules already catch most official-standards issues: the model does not try. */
export const MODEL_CATEGORIES: Category[] = CATEGORIES.filter((c) => c !== 'official-standards');

/** The engine's learned rules (the "reads like" fallbacks): switched off wherever the rules alone are measured. */
export const LEARNED_RULE_IDS: string[] = rules.filter((r) => r.fallback).map((r) => r.id);

export interface Item {
  post: Post;
  /** Which labelled set (one writer): 'corpus', 'blind2', … */
  set: string;
  /** The post's features, all sentences. */
  doc: string[];
  /** Categories the rules alone raise (high or medium), the learned rules switched off. */
  rules: Set<Category>;
}

/** Every labelled post (tests/corpus and tests/blind), with what the rules alone raise in it. */
export function load(): Item[] {
  const posts = [
    ...loadCorpus(CORPUS_DIR).map((p) => ({ p, set: 'corpus' })),
    ...loadCorpus(BLIND_DIR).map((p) => ({ p, set: p.split.replace(/^(en|fr)\./, '') })),
  ];
  // Without the learned rules: otherwise the model's own findings would count as the rules' and
  // leak into what it is measured against (and into where it is allowed to add).
  const scored = score(posts.map((x) => x.p), { disabledRules: LEARNED_RULE_IDS });
  return posts.map(({ p, set }, i) => ({ post: p, set, doc: sentenceFeatures(p.text).flat(), rules: scored[i]!.predicted }));
}

export const isHarmless = (it: Item) => it.post.kind !== 'risky';

/** One model per MODEL_CATEGORIES entry, trained on `items`. */
export function trainOn(items: readonly Item[], opts: Options = DEFAULTS) {
  return train(items.map((i) => i.doc), MODEL_CATEGORIES.map((c) => items.map((i) => i.post.expect.includes(c))), opts);
}

/** Per category, the log-odds of each item from a model that never saw the item's set. */
export function outOfFold(items: Item[], opts: Options = DEFAULTS): Map<Item, number[]> {
  const out = new Map<Item, number[]>();
  for (const held of [...new Set(items.map((i) => i.set))]) {
    const models = trainOn(items.filter((i) => i.set !== held), opts);
    for (const it of items.filter((i) => i.set === held)) out.set(it, models.map((m) => scoreDoc(m, it.doc)));
  }
  return out;
}

export interface ThresholdOptions {
  /** Budget of added false alarms on harmless posts the rules left silent, as a share of all harmless posts. */
  faBudget: number;
  /** The added findings' precision must stay at or above this. */
  minPrecision: number;
  /** The budget holds per category (else it is split evenly between the categories). */
  perCategoryBudget: boolean;
  /** No threshold below these log-odds: a second opinion speaks only where the model finds the post more likely risky than not. */
  floor: number;
}

export const THRESHOLD_DEFAULTS: ThresholdOptions = { faBudget: 0.005, minPrecision: 0.8, perCategoryBudget: false, floor: 0 };

/** Lowest threshold per category whose added findings on `items` keep within the false-alarm budget and precision floor (Infinity: none). */
export function thresholds(items: Item[], scores: Map<Item, number[]>, o: ThresholdOptions = THRESHOLD_DEFAULTS): number[] {
  const harmless = items.filter(isHarmless).length;
  const budget = o.perCategoryBudget ? o.faBudget * harmless : (o.faBudget * harmless) / MODEL_CATEGORIES.length;
  return MODEL_CATEGORIES.map((c, k) => {
    const cands = items.filter((i) => !i.rules.has(c)).map((i) => ({ it: i, s: scores.get(i)![k]! })).sort((a, b) => b.s - a.s);
    let best = Infinity;
    let tp = 0;
    let fa = 0;
    for (let j = 0; j < cands.length; j++) {
      const { it, s } = cands[j]!;
      if (it.post.expect.includes(c)) tp++;
      if (isHarmless(it) && it.rules.size === 0) fa++;
      if (j + 1 < cands.length && cands[j + 1]!.s === s) continue;
      if (fa <= budget && tp / (j + 1) >= o.minPrecision) best = s;
    }
    return Math.max(best, o.floor);
  });
}

/** The labelled files the model learns from, sorted: tests/corpus/*.jsonl, then tests/blind/*.jsonl. */
function trainingFiles(): { name: string; path: string }[] {
  const list = (dir: string, prefix: string) =>
    readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort().map((f) => ({ name: `${prefix}/${f}`, path: join(dir, f) }));
  return [...list(CORPUS_DIR, 'corpus'), ...list(BLIND_DIR, 'blind')];
}

/** A hash of the training data (every labelled file's name and bytes) and of the options: the
 * generated model stores it, and a test compares, so a changed set asks for `npm run train:model`. */
export function trainingHash(options: unknown): string {
  const h = createHash('sha256');
  for (const f of trainingFiles()) {
    h.update(f.name + '\0');
    h.update(readFileSync(f.path));
    h.update('\0');
  }
  h.update(JSON.stringify(options));
  return h.digest('hex').slice(0, 16);
}
