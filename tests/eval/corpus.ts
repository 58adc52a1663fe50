// Loads the labeled corpus and scores the engine on it. Shared by `npm run eval` (prints) and
// tests/corpus.test.ts (enforces floors), so both measure the same thing.
import { readFileSync, readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyze, CATEGORIES, MODES, type AnalyzeOptions, type Category, type Finding, type Mode } from '../../src/engine/index.js';

export const CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'corpus');
/** The sets written by people who never saw the rules (scored separately: npm run eval:blind). */
export const BLIND_DIR = join(CORPUS_DIR, '..', 'blind');

export type Kind = 'risky' | 'harmless' | 'hard-negative';

export interface Post {
  id: string;
  lang: 'en' | 'fr';
  platform: string;
  mode: Mode;
  kind: Kind;
  expect: Category[];
  reason: string;
  pair?: string;
  text: string;
  /** File stem, e.g. 'en.dev'. */
  split: string;
}

export function loadCorpus(dir = CORPUS_DIR): Post[] {
  const posts: Post[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort()) {
    const lines = readFileSync(join(dir, file), 'utf8').split('\n');
    lines.forEach((line, i) => {
      if (!line.trim()) return;
      let p: Post;
      try {
        p = { ...JSON.parse(line), split: file.replace(/\.jsonl$/, '') };
      } catch (e) {
        throw new Error(`${file}:${i + 1}: not JSON (${(e as Error).message})`);
      }
      const problem = checkPost(p);
      if (problem) throw new Error(`${file}:${i + 1} (${p.id}): ${problem}`);
      posts.push(p);
    });
  }
  return posts;
}

function checkPost(p: Post): string | null {
  if (typeof p.id !== 'string' || !p.id) return 'missing id';
  if (typeof p.text !== 'string' || !p.text) return 'missing text';
  if (!MODES.includes(p.mode)) return `bad mode ${p.mode}`;
  if (!['risky', 'harmless', 'hard-negative'].includes(p.kind)) return `bad kind ${p.kind}`;
  if (!Array.isArray(p.expect) || p.expect.some((c) => !CATEGORIES.includes(c))) return 'bad expect';
  if ((p.kind === 'risky') !== p.expect.length > 0) return 'risky posts expect categories, others none';
  if (typeof p.reason !== 'string' || !p.reason.trim()) return 'missing reason';
  return null;
}

/** An alarm is a high or medium finding; tips are advice and never count against a harmless post. */
export const isAlarm = (f: Finding) => f.severity !== 'tip';

export interface Scored {
  post: Post;
  findings: Finding[];
  predicted: Set<Category>;
}

/** Each post analysed in its own mode; `options` adds the rest (e.g. rules switched off for a baseline). */
export function score(posts: Post[], options: Omit<AnalyzeOptions, 'mode'> = {}): Scored[] {
  return posts.map((post) => {
    const findings = analyze(post.text, { ...options, mode: post.mode });
    return { post, findings, predicted: new Set(findings.filter(isAlarm).map((f) => f.category)) };
  });
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Metrics {
  byCategory: Record<Category, Counts>;
  overall: Counts;
  harmless: number;
  falseAlarms: number;
  posts: number;
}

export function metrics(scored: Scored[]): Metrics {
  const byCategory = Object.fromEntries(CATEGORIES.map((c) => [c, { tp: 0, fp: 0, fn: 0 }])) as Record<Category, Counts>;
  const overall = { tp: 0, fp: 0, fn: 0 };
  let harmless = 0;
  let falseAlarms = 0;
  for (const { post, predicted } of scored) {
    const expected = new Set(post.expect);
    for (const c of CATEGORIES) {
      const key = expected.has(c) ? (predicted.has(c) ? 'tp' : 'fn') : predicted.has(c) ? 'fp' : null;
      if (!key) continue;
      byCategory[c][key]++;
      overall[key]++;
    }
    if (post.kind !== 'risky') {
      harmless++;
      if (predicted.size > 0) falseAlarms++;
    }
  }
  return { byCategory, overall, harmless, falseAlarms, posts: scored.length };
}

export const precision = (c: Counts) => (c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp));
export const recall = (c: Counts) => (c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn));
export const falseAlarmRate = (m: Metrics) => (m.harmless === 0 ? 0 : m.falseAlarms / m.harmless);
