// Every regular expression the engine uses must run in linear time: a crafted post must not freeze
// the browser tab. tests/support/engine-regexes.ts collects them (regex literals and RegExp/lexicon
// calls found with the TypeScript parser, patterns built while the engine loads and analyses,
// exported ones, lexicon() over every exported word list); tests/support/redos-check.ts checks each
// with recheck (pure-JavaScript backend) and memoises verdicts in tests/redos-cache.json.
//
// One test per source file: a failure names file:line, the pattern and recheck's attack string.
// A recheck timeout is reported, not failed. Unchecked patterns (time budget spent: the default is
// 40 s of checking a run) fail with a note; `npm run test:redos` checks without a budget.
import { afterAll, describe, expect, it } from 'vitest';
import { collectEngineRegexes, type EnginePattern } from './support/engine-regexes.js';
import { Checker, lexiconAlternatives, segmentsOf, shapeOf, shapeTarget, toCheckTarget, type Verdict } from './support/redos-check.js';

const BUDGET_MS = process.env.REDOS_BUDGET_MS !== undefined ? Number(process.env.REDOS_BUDGET_MS) : 40_000;
const collected = await collectEngineRegexes();
const checker = new Checker(BUDGET_MS);
let complete = true;
// A run filtered with -t judges some files only: it must not prune the verdicts of the others.
let judgedFiles = 0;

const fileOf = (p: EnginePattern) => p.where[0]!.split(/[: ]/)[0]!;
const show = (s: string, max = 160) => (s.length > max ? s.slice(0, max) + '…' : s);

const byFile = new Map<string, EnginePattern[]>();
for (const p of collected.patterns) byFile.set(fileOf(p), [...(byFile.get(fileOf(p)) ?? []), p]);

interface Outcome {
  problems: string[];
  timeouts: string[];
  unchecked: number;
}

function judge(p: EnginePattern, out: Outcome): void {
  const where = p.where.join(', ');
  const record = (v: Verdict | undefined, what: string) => {
    if (!v) out.unchecked++;
    else if (v.status === 'vulnerable') out.problems.push(`${where}\n    ${what}\n    ${v.detail}; attack string: ${v.attack}`);
    else if (v.status === 'error') out.problems.push(`${where}\n    ${what}\n    recheck could not check it: ${v.detail}`);
    else if (v.status === 'timeout') out.timeouts.push(`${where}: ${what}`);
  };
  const alternatives = lexiconAlternatives(p.source, p.flags);
  if (alternatives) {
    // A lexicon: the sum of its phrases, each checked through the pieces of its shape.
    const pieces = new Map<string, string>();
    for (const a of alternatives) for (const s of segmentsOf(shapeOf(a))) if (!pieces.has(s)) pieces.set(s, a);
    for (const [piece, example] of pieces) {
      const target = shapeTarget(piece);
      record(checker.check(target), `lexicon phrase /${show(example)}/ (checked as /${target.source}/${target.flags})`);
    }
    return;
  }
  const target = toCheckTarget(p.source, p.flags);
  record(checker.check(target), `/${show(p.source)}/${p.flags}${target.source !== p.source ? `  (checked as /${show(target.source)}/${target.flags})` : ''}`);
}

afterAll(() => {
  checker.save(complete && judgedFiles === byFile.size && collected.importErrors.length === 0);
  console.info(`ReDoS: ${collected.patterns.length} patterns; ${checker.checked} new recheck runs in ${(checker.spentMs / 1000).toFixed(1)} s (the rest memoised).`);
});

describe('ReDoS: every regular expression of the engine runs in linear time', () => {
  it('loads every engine module', () => {
    expect(collected.importErrors, 'modules that failed to import (their run-time patterns were not collected)').toEqual([]);
  });

  it('found the patterns', () => {
    expect(collected.patterns.length).toBeGreaterThan(5);
  });

  for (const [file, list] of [...byFile].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    it(
      `${file} (${list.length} ${list.length === 1 ? 'pattern' : 'patterns'})`,
      () => {
        judgedFiles++;
        const out: Outcome = { problems: [], timeouts: [], unchecked: 0 };
        for (const p of list) judge(p, out);
        if (out.timeouts.length) console.warn(`recheck gave up on these within its time limit (reported, not failed; "npm run test:redos" retries them longer):\n  ${out.timeouts.join('\n  ')}`);
        if (out.unchecked) complete = false;
        expect(out.problems, `super-linear (ReDoS) or uncheckable patterns:\n${out.problems.join('\n')}\n`).toEqual([]);
        expect(
          out.unchecked,
          `${out.unchecked} ${out.unchecked === 1 ? "pattern" : "patterns"} of ${file} not checked: the ${BUDGET_MS / 1000} s budget of this run is spent. Run again (verdicts are memoised in tests/redos-cache.json) or run "npm run test:redos" (no budget).`,
        ).toBe(0);
      },
      BUDGET_MS > 0 ? 60_000 : 3_600_000,
    );
  }
});
