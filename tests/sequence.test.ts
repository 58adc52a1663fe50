// Sequences (src/engine/sequence.ts) are patterns walked in JavaScript instead of compiled by V8.
// Each must find exactly what the regular expression of its `source` finds, run as a plain global
// pattern: checked here for conduct/discrimination's on corpus and blind posts, the rule's
// examples, and generated sentences built from its word lists (groups, predicates, exclusions)
// with the joins it reads and the near misses around them.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import discrimination, { SEQUENCES } from '../src/engine/rules/conduct/discrimination.js';
import { alt, charOf, lit, maybe, notFollowedBy, opt, phrases, repeat, runOf, seq, Sequence, spaces, WORD_END_PART, WORD_START_PART } from '../src/engine/sequence.js';
import { lexicon } from '../src/engine/match.js';
import { fold, lowerSameLength, stripAccents } from '../src/engine/text/fold.js';
import * as en from '../src/engine/lexicons/en/conduct-discrimination.js';
import * as fr from '../src/engine/lexicons/fr/conduct-discrimination.js';
import { prng } from '../bench/texts.js';
import { loadCorpus } from './eval/corpus.js';

const plain = (t: string) => stripAccents(lowerSameLength(fold(t)));

function found(re: RegExp, s: string): string[] {
  const out: string[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    out.push(`${m.index}:${m[0]}`);
    if (m[0] === '') re.lastIndex++;
  }
  return out;
}

/** A phrase of a word list as a writer may type it: `*` filled or not, an optional apostrophe dropped or kept. */
function instance(phrase: string, rnd: () => number): string {
  return plain(phrase)
    .replace(/\*/g, () => ['', 's', 'es', 'ish', 'ed'][Math.floor(rnd() * 5)]!)
    .replace(/ /g, () => [' ', ' ', '  ', '-', '\t'][Math.floor(rnd() * 5)]!);
}

function sentences(): string[] {
  const rnd = prng(7);
  const pick = <T>(a: readonly T[]) => a[Math.floor(rnd() * a.length)]!;
  const groups = [...en.PROTECTED_GROUPS_EN, ...fr.PROTECTED_GROUPS_FR];
  const negative = [...en.NEGATIVE_PREDICATES_EN, ...fr.NEGATIVE_PREDICATES_FR];
  const exclusions = [...en.EXCLUSIONS_EN, ...fr.EXCLUSIONS_FR];
  const dets = ['', 'all ', 'most ', 'these ', 'the ', 'so many ', 'les ', 'tous les ', 'la plupart des ', 'maudits ', 'every  ', 'thes '];
  const places = ['', ' de toronto', ' du quebec', " d'ottawa", ' en ville-marie', ' au-', ' de ', ' en  x'];
  const copulas = ['are', 'r', 'were', 'is', 'sont', 'etaient', 'seront', "c'est", 'ce sont', 'ce  sont', 'arent', 'be'];
  const fillers = ['', 'all ', 'just ', 'nothing but ', 'so ', 'a ', 'tous des ', 'juste des ', 'all just ', 'really really really ', 'des '];
  const joins = [' ', '  ', ', ', '. ', '-', ''];
  const words = ['think', 'feel', 'fears', 'say', 'really', 'always', "they're", 'they  are', 'ils sont', 'disent', 'who', 'here', 'x'];
  const tails = ['', '.', '!', 's', ' and more', 'x', ' ', '-ish'];
  const out: string[] = [];
  for (let i = 0; i < 6000; i++) {
    const g = instance(pick(groups), rnd);
    const n = instance(pick(negative), rnd);
    const lead = pick(['', 'honestly ', 'x', 'i think ', '"', 'no ', 'i hate ', "i can't stand ", 'dehors ', 'a bas ', "j'hais "]);
    switch (i % 6) {
      case 0:
        out.push(`${lead}${pick(dets)}${g}${rnd() < 0.2 ? '-la' : ''}${pick(places)} ${pick(copulas)} ${pick(fillers)}${n}${pick(tails)}`);
        break;
      case 1:
        out.push(`${lead}${pick(dets)}${g}${rnd() < 0.2 ? '-la' : ''}${pick([' ', '  ', ''])}${instance(pick(exclusions), rnd)}${pick(tails)}`);
        break;
      case 2: {
        const middle = Array.from({ length: Math.floor(rnd() * 7) }, () => pick(words)).join(' ');
        out.push(`${lead}${g} ${middle} ${pick(["they're", 'they are', 'ils sont', 'elles  sont'])} ${pick(fillers)}${n}${pick(tails)}`);
        break;
      }
      case 3:
        out.push(`${pick(['', 'well ', 'x'])}${pick(["they're", "they'", 'they are', 'ils sont', "c'est", 'ce sont', 'elles sont'])} ${pick(['all', 'tous', 'toutes', 'al'])} ${pick(fillers)}${n}${pick(tails)}`);
        break;
      case 4:
        out.push(`${lead}${pick(dets)}${g}${pick(tails)} ${pick(['no', 'i hate'])} ${g} ${pick(['allowed', 'allowedx', 'alowed'])}`);
        break;
      default:
        // Soup: pieces of all of the above in any order.
        out.push(Array.from({ length: 3 + Math.floor(rnd() * 6) }, () => pick([g, n, pick(copulas), pick(dets), pick(words), pick(fillers), 'no', 'allowed', 'i hate', pick(places)])).join(pick(joins)));
    }
  }
  return out;
}

describe('Sequence', () => {
  it('finds what its source finds, for each of conduct/discrimination\'s patterns', () => {
    const texts = [
      ...loadCorpus().map((p) => plain(p.text)),
      ...loadCorpus(join(import.meta.dirname, 'blind')).map((p) => plain(p.text)),
      ...discrimination.examples.invalid.map((e) => plain(e.text)),
      ...discrimination.examples.valid.map((e) => plain(typeof e === 'string' ? e : e.text)),
      ...sentences(),
    ];
    let matched = 0;
    for (const [name, sequence] of Object.entries(SEQUENCES)) {
      expect(sequence).toBeInstanceOf(Sequence);
      const re = new RegExp(sequence.source, sequence.flags);
      for (const t of texts) {
        const want = found(re, t);
        matched += want.length;
        expect(found(sequence, t), `${name} on ${JSON.stringify(t)}`).toEqual(want);
      }
    }
    // The generated sentences must reach the patterns, or this test checks little.
    expect(matched).toBeGreaterThan(3000);
  });

  it('backtracks as a regular expression does', () => {
    const apostrophe = charOf("['\u2019]", (c) => c === 39 || c === 0x2019);
    const letters = runOf('[a-z]', (c) => c >= 97 && c <= 122, 1);
    const cases: [Sequence, string[]][] = [
      [new Sequence(seq(WORD_START_PART, repeat(seq(alt('a', 'ab'), spaces(1)), 0, 2), lit('ab'), WORD_END_PART)), ['a ab', 'ab ab ab', 'a  a ab', 'ab a abx ab']],
      [new Sequence(seq(lit('x'), repeat(seq(spaces(1), notFollowedBy(['no']), letters), 0, 3, true), spaces(1), lit('end'))), ['x a b end', 'x no end', 'x a no end', 'x a b c d end', 'x end end']],
      [new Sequence(seq(lit('can'), maybe(apostrophe), lit('t'), opt(seq(spaces(0), lit('x'))))), ["can't x", 'cant', 'can’t  x', "can''t"]],
      [new Sequence(seq(WORD_START_PART, phrases(lexicon(['big', 'big dog', 'big*', 'the big dog'])), WORD_END_PART)), ['the big dog', 'big dogs', 'the bigger dog', 'big-dog', 'biggest dog']],
    ];
    for (const [sequence, strings] of cases) {
      const re = new RegExp(sequence.source, sequence.flags);
      for (const s of strings) expect(found(sequence, s), `/${sequence.source}/ on ${s}`).toEqual(found(re, s));
    }
  });
});
