// The shape of the generated model (model-data.ts, written by `npm run train:model`).
export interface ModelData {
  /** trainingHash() of the labelled files and the options (tools/learned-sets.ts). */
  hash: string;
  options: unknown;
  categories: string[];
  bias: number[];
  /** Log-odds at or above which a post reads like the category's risky posts (null: never). */
  thresholds: (number | null)[];
  scale: number;
  /** One line per feature, `feature<TAB>w1,w2,…`, one weight per category, to be divided by `scale` (empty: 0). */
  weights: string;
}
