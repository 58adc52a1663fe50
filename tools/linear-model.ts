// L2-regularised logistic regression on word features, shared by
// tools/learned-eval.ts (leave-one-set-out validation) and tools/train-model.ts (the shipped weights).
// Deterministic: full-batch gradient steps (AdaGrad), no random start, no shuffling.
import { boundSentences, splitSentences } from '../src/engine/text/segment.js';
import { fold, lowerSameLength, stripAccents } from '../src/engine/text/fold.js';
import { features } from '../src/engine/learned/features.js';

// Features (src/engine/learned/features.ts, the engine's own): accent-free lower-case words (the
// engine's `plain` view) and pairs of adjacent words, per sentence, so that a text's score is the
// sum of its sentences' (cacheable per sentence).
export { features, words } from '../src/engine/learned/features.js';

/** Features of each sentence of a text, cut and folded as analyze() does. */
export function sentenceFeatures(text: string): string[][] {
  return boundSentences(text, splitSentences(text)).map((s) => features(stripAccents(lowerSameLength(fold(text.slice(s.start, s.end))))));
}

export interface Model {
  bias: number;
  weights: Map<string, number>;
}

export interface Options {
  /** L2 penalty per weight (on the mean loss). */
  l2: number;
  steps: number;
  rate: number;
  /** A feature must occur in this many training texts to get a weight. */
  minDocs: number;
}

export const DEFAULTS: Options = { l2: 1e-3, steps: 300, rate: 0.3, minDocs: 2 };

/** Vocabulary shared by all categories of one training run: features in at least `minDocs` texts. */
export function vocabulary(docs: readonly string[][], minDocs: number): string[] {
  const df = new Map<string, number>();
  for (const d of docs) for (const f of new Set(d)) df.set(f, (df.get(f) ?? 0) + 1);
  return [...df].filter(([, n]) => n >= minDocs).map(([f]) => f).sort();
}

interface Sparse {
  idx: Int32Array;
  val: Float64Array;
}

function toSparse(doc: readonly string[], index: Map<string, number>): Sparse {
  const counts = new Map<number, number>();
  for (const f of doc) {
    const i = index.get(f);
    if (i !== undefined) counts.set(i, (counts.get(i) ?? 0) + 1);
  }
  const keys = [...counts.keys()].sort((a, b) => a - b);
  return { idx: Int32Array.from(keys), val: Float64Array.from(keys.map((k) => counts.get(k)!)) };
}

/** One model per label vector, on the same documents (each a text's features, all sentences). */
export function train(docs: readonly string[][], labels: readonly boolean[][], opts: Options = DEFAULTS): Model[] {
  const vocab = vocabulary(docs, opts.minDocs);
  const index = new Map(vocab.map((f, i) => [f, i]));
  const xs = docs.map((d) => toSparse(d, index));
  const n = xs.length;
  return labels.map((ys) => {
    const w = new Float64Array(vocab.length);
    const g2 = new Float64Array(vocab.length).fill(1e-8);
    let b = 0;
    let b2 = 1e-8;
    const grad = new Float64Array(vocab.length);
    for (let step = 0; step < opts.steps; step++) {
      grad.fill(0);
      let gb = 0;
      for (let k = 0; k < n; k++) {
        const x = xs[k]!;
        let z = b;
        for (let j = 0; j < x.idx.length; j++) z += w[x.idx[j]!]! * x.val[j]!;
        const err = 1 / (1 + Math.exp(-z)) - (ys[k] ? 1 : 0);
        gb += err;
        for (let j = 0; j < x.idx.length; j++) grad[x.idx[j]!]! += err * x.val[j]!;
      }
      for (let i = 0; i < w.length; i++) {
        const g = grad[i]! / n + opts.l2 * w[i]!;
        g2[i]! += g * g;
        w[i]! -= (opts.rate * g) / Math.sqrt(g2[i]!);
      }
      const g = gb / n;
      b2 += g * g;
      b -= (opts.rate * g) / Math.sqrt(b2);
    }
    const weights = new Map<string, number>();
    vocab.forEach((f, i) => {
      if (w[i] !== 0) weights.set(f, w[i]!);
    });
    return { bias: b, weights };
  });
}

/** The model's log-odds for a text's features. */
export function scoreDoc(model: Model, doc: readonly string[]): number {
  let z = model.bias;
  for (const f of doc) z += model.weights.get(f) ?? 0;
  return z;
}
