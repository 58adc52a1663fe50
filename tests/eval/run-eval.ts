// `npm run eval`: detection quality on the labeled corpus. `-- --verbose` lists every miss and
// false alarm with its reason; `-- --split holdout` scores one split only; `-- --corpus DIR` scores
// the .jsonl files of another folder (a blind set kept out of sight of whoever tunes the rules).
import { CATEGORIES } from '../../src/engine/index.js';
import { falseAlarmRate, loadCorpus, metrics, precision, recall, score, type Metrics, type Scored } from './corpus.js';

const args = process.argv.slice(2);
const verbose = args.includes('--verbose') || args.includes('-v');
const splitArg = args.includes('--split') ? args[args.indexOf('--split') + 1] : undefined;

const corpusArg = args.includes('--corpus') ? args[args.indexOf('--corpus') + 1] : undefined;

const posts = loadCorpus(corpusArg).filter((p) => !splitArg || p.split.endsWith(splitArg));
const scored = score(posts);

const pct = (x: number) => (x * 100).toFixed(1).padStart(5) + '%';

function table(title: string, m: Metrics): void {
  console.log(`\n${title}: ${m.posts} posts, ${m.harmless} harmless or hard-negative`);
  console.log('  category                   precision  recall    tp  fp  fn');
  for (const c of CATEGORIES) {
    const k = m.byCategory[c];
    if (k.tp + k.fp + k.fn === 0) continue;
    console.log(`  ${c.padEnd(26)} ${pct(precision(k))}   ${pct(recall(k))}  ${String(k.tp).padStart(4)}${String(k.fp).padStart(4)}${String(k.fn).padStart(4)}`);
  }
  const o = m.overall;
  console.log(`  ${'ALL (micro)'.padEnd(26)} ${pct(precision(o))}   ${pct(recall(o))}  ${String(o.tp).padStart(4)}${String(o.fp).padStart(4)}${String(o.fn).padStart(4)}`);
  console.log(`  harmless false-alarm rate: ${pct(falseAlarmRate(m))} (${m.falseAlarms}/${m.harmless})`);
}

table('All languages', metrics(scored));
for (const lang of ['en', 'fr'] as const) table(lang === 'en' ? 'English' : 'French', metrics(scored.filter((s) => s.post.lang === lang)));
for (const split of [...new Set(posts.map((p) => p.split))]) table(`Split ${split}`, metrics(scored.filter((s) => s.post.split === split)));

if (verbose) {
  console.log('\nErrors:');
  for (const s of scored) report(s);
}

function report({ post, findings, predicted }: Scored): void {
  const missed = post.expect.filter((c) => !predicted.has(c));
  const extra = [...predicted].filter((c) => !post.expect.includes(c));
  if (!missed.length && !extra.length) return;
  console.log(`\n[${post.id}] ${post.mode} ${post.kind}: missed ${missed.join(',') || '-'}; extra ${extra.join(',') || '-'}`);
  console.log(`  reason: ${post.reason}`);
  console.log(`  text: ${post.text.replace(/\n/g, ' ⏎ ')}`);
  for (const f of findings) console.log(`  - ${f.severity} ${f.ruleId} "${post.text.slice(f.start, f.end)}"`);
}
