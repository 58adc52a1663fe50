// The trigger pre-filter (a rule runs only on sentences where one of its `triggers` matches, there
// or in the sentence before; an incremental rule's facts of such a sentence are those of an empty
// one) must never change what analyze() reports. Here every corpus post, every rule's own examples,
// posts glued together, the bench drafts and random texts built from the lexicons' own phrases are
// analysed in all three modes and both languages (and auto) with the pre-filter on and off, and the
// findings must be identical. A rule whose triggers miss a way it can fire fails here, with the text.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { analyze, MODES, rules, type Finding } from '../src/engine/index.js';
import { setTriggerPrefilter } from '../src/engine/analyze.js';
import { buildPost } from '../bench/texts.js';
import { loadCorpus } from './eval/corpus.js';
import { INSULT_ADJECTIVES_EN, INSULT_NOUNS_EN } from '../src/engine/lexicons/en/conduct-insults.js';
import { INSULT_ADJECTIVES_FR, INSULT_NOUNS_FR } from '../src/engine/lexicons/fr/conduct-insults.js';

const LOCALES = ['en', 'fr', 'auto'] as const;
const RUNS = Number(process.env.FC_RUNS ?? 300);

/** Every finding of `text` in every mode and language, with the pre-filter on or off. */
function everyFinding(text: string): Finding[][] {
  const out: Finding[][] = [];
  for (const mode of MODES) for (const locale of LOCALES) out.push(analyze(text, { mode, locale }));
  return out;
}

/** Texts whose findings differ with the pre-filter on and off (at most `max`, shortest first). */
function mismatches(texts: readonly string[], max = 5): { text: string; on: Finding[][]; off: Finding[][] }[] {
  setTriggerPrefilter(true);
  const on = texts.map(everyFinding);
  setTriggerPrefilter(false);
  const off = texts.map(everyFinding);
  setTriggerPrefilter(true);
  const bad: { text: string; on: Finding[][]; off: Finding[][] }[] = [];
  texts.forEach((text, i) => {
    if (JSON.stringify(on[i]) !== JSON.stringify(off[i])) bad.push({ text, on: on[i]!, off: off[i]! });
  });
  return bad.sort((a, b) => a.text.length - b.text.length).slice(0, max);
}

/** What the pre-filter lost or added, rule by rule, for a failure message. */
function describeMismatch(m: { text: string; on: Finding[][]; off: Finding[][] }): string {
  const key = (f: Finding) => `${f.ruleId} ${f.severity} ${JSON.stringify(m.text.slice(f.start, f.end))}`;
  const on = new Set(m.on.flat().map(key));
  const off = new Set(m.off.flat().map(key));
  const lost = [...off].filter((k) => !on.has(k));
  const added = [...on].filter((k) => !off.has(k));
  return `${JSON.stringify(m.text.slice(0, 300))}\n  lost with the pre-filter: ${lost.join('; ') || '-'}\n  added: ${added.join('; ') || '-'}`;
}

afterAll(() => setTriggerPrefilter(true));

/** Masked spellings ("cr*tin", "pi!!" for "pig", "c0n"): the insult and profanity triggers must see them. */
const mask = (p: string, how: number) =>
  how === 0 ? p.replace(/(?<=\p{L})[aeiou](?=\p{L})/u, '*') : how === 1 ? p.replace(/(\p{L}{2})\p{L}$/u, '$1!!') : p.replace(/[ao]/, (c) => (c === 'a' ? '@' : '0'));

const LEXICONS = fileURLToPath(new URL('../src/engine/lexicons/', import.meta.url));
const lexiconModules: Record<string, unknown>[] = await Promise.all(
  readdirSync(LEXICONS, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts'))
    .map((f) => import(pathToFileURL(join(LEXICONS, f)).href) as Promise<Record<string, unknown>>),
);
const posts = loadCorpus().map((p) => p.text);
const examples = rules.flatMap((r) => [...r.examples.invalid.map((e) => e.text), ...r.examples.valid.map((e) => (typeof e === 'string' ? e : e.text))]);

// Each case analyses hundreds of texts nine times over, twice: 37 s for the corpus case alone beside
// a browser test (load 4), so the suite's 60 s would fail it on a busy machine for no fault.
describe('the trigger pre-filter changes no finding', { timeout: 240_000 }, () => {
  // Two cases, not one: each stays well under the limit on a machine at load 15, where the
  // whole file took 4 minutes and the combined case once passed its 240 s (2026-11-23, beside other work).
  it('on every corpus post', () => {
    expect(mismatches(posts).map(describeMismatch)).toEqual([]);
  });

  it('on every corpus post glued to another', () => {
    const glued = posts.map((p, i) => `${p}\n\n${posts[(i * 7 + 3) % posts.length]}`);
    expect(mismatches(glued).map(describeMismatch)).toEqual([]);
  });

  it("on every rule's own examples, and the bench drafts", () => {
    const bad = mismatches([...examples, buildPost(3000), buildPost(3000, 2), buildPost(20_000, 3)]);
    expect(bad.map(describeMismatch)).toEqual([]);
  });

  // Random texts rarely put a masked insult where it is aimed; every insult word, masked three ways, said to someone:
  // a two-letter stem with its closing "!" ("such a pi!!") was found only with the pre-filter off until session 20.
  it('on every insult word masked, aimed at someone', () => {
    const words = [...INSULT_NOUNS_EN, ...INSULT_ADJECTIVES_EN, ...INSULT_NOUNS_FR, ...INSULT_ADJECTIVES_FR].filter((w) => !w.includes(' '));
    expect(words.length).toBeGreaterThan(100);
    const texts = words.flatMap((w) => [0, 1, 2].map((how) => mask(w, how))).filter((m, i, all) => all.indexOf(m) === i)
      .flatMap((m) => [`Honestly you're such a ${m}`, `T'es rien qu'un ${m}`]);
    expect(mismatches(texts).map(describeMismatch)).toEqual([]);
  });

  it('on random texts built from the lexicons and the examples', () => {
    const phrases = [
      ...new Set(
        lexiconModules
          .flatMap((mod) => Object.values(mod))
          .filter((v): v is readonly string[] => Array.isArray(v))
          .flat()
          .filter((p): p is string => typeof p === 'string' && p.trim() !== '')
          .map((p) => p.replace(/\*/g, 'e')),
      ),
    ];
    const fragments = examples.flatMap((t) => t.split(/(?<=[,.;:!?])\s+/));
    expect(phrases.length).toBeGreaterThan(500);
    const piece = fc.oneof(
      { weight: 6, arbitrary: fc.constantFrom(...phrases) },
      { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...phrases), fc.integer({ min: 0, max: 2 })).map(([p, how]) => mask(p, how)) },
      { weight: 2, arbitrary: fc.constantFrom(...fragments) },
      { weight: 2, arbitrary: fc.constantFrom('I', 'we', 'my client', 'the minister', 'they are', 'Maria Lopez', 'NDP', '#onpoli', '@jane', 'https://ontario.ca', '📷', '😉', '416-555-0199', '046 454 286', 'a', 'the', 'les', 'de', 'vote', 'will', 'va') },
    );
    const sep = fc.constantFrom(' ', ' ', ' ', ', ', '. ', '! ', '? ', '\n', ': ', ' - ', ' "');
    const text = fc.array(fc.tuple(piece, sep), { minLength: 1, maxLength: 14 }).map((xs) => xs.map(([p, s]) => p + s).join('').trim());
    let failure = '';
    const result = fc.check(
      fc.property(text, (t) => {
        const bad = mismatches([t], 1);
        // Kept from the last failing run: fast-check shrinks towards the smallest text.
        if (bad.length) failure = describeMismatch(bad[0]!);
        return bad.length === 0;
      }),
      { numRuns: RUNS, seed: Number(process.env.FC_SEED ?? 20261122) },
    );
    expect(result.failed ? failure : '').toBe('');
  });
});

describe('trigger pieces', () => {
  // An empty piece is found in every sentence: sound, but the rule then runs everywhere (session 22: an emoji given
  // to keyPieces(), which keeps word characters only, woke arguing-with-public on all 878 sentences of a long paste).
  it('no rule declares an empty trigger piece', () => {
    const empty = rules.filter((r) => (r.triggers ?? []).some((t) => typeof t === 'string' && t.trim() === '')).map((r) => r.id);
    expect(empty).toEqual([]);
  });
});
