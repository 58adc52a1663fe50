// lexicon() patterns are matched by walking their trie in JavaScript (match.ts walk()), not by the
// regular expression they carry. The walk must find exactly what the pattern finds, run as a plain
// global regular expression: checked here on every word list under src/engine/lexicons, on its own
// phrases and variants of them (hyphens, runs of spaces, endings, apostrophes, cut words) and on
// corpus posts.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { lexicon } from '../src/engine/match.js';
import { fold, lowerSameLength, stripAccents } from '../src/engine/text/fold.js';
import { loadCorpus } from './eval/corpus.js';

const dir = join(import.meta.dirname, '..', 'src', 'engine', 'lexicons');
const plain = (t: string) => stripAccents(lowerSameLength(fold(t)));

function found(re: RegExp, s: string): string[] {
  const out: string[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) out.push(`${m.index}:${m[0]}`);
  return out;
}

async function wordLists(): Promise<[string, string[]][]> {
  const lists: [string, string[]][] = [];
  for (const lang of ['en', 'fr']) {
    for (const file of readdirSync(join(dir, lang)).filter((f) => f.endsWith('.ts')).sort()) {
      const mod = (await import(pathToFileURL(join(dir, lang, file)).href)) as Record<string, unknown>;
      for (const [name, value] of Object.entries(mod)) {
        const arrays = Array.isArray(value) ? [value] : value && typeof value === 'object' ? Object.values(value) : [];
        for (const a of arrays) if (Array.isArray(a) && a.length && a.every((x) => typeof x === 'string')) lists.push([`${lang}/${file} ${name}`, a as string[]]);
      }
    }
  }
  return lists;
}

describe('lexicon() trie walk', () => {
  it('finds what the pattern finds, on every word list of the engine', async () => {
    const posts = loadCorpus().slice(0, 150).map((p) => plain(p.text));
    const lists = await wordLists();
    expect(lists.length).toBeGreaterThan(50);
    for (const [name, phrases] of lists) {
      const re = lexicon(phrases);
      const native = new RegExp(re.source, 'gu');
      const variants = phrases.slice(0, 300).flatMap((raw) => {
        const p = plain(raw.replace(/\*/g, ''));
        return [p, `x ${p} y`, p + 's', p + "'s", p.replace(/ /g, '-'), p.replace(/ /g, '     '), `a${p}`, `20${p}`, p.replace(/'/g, ''), p.slice(0, -1), `${p}-${p}`, `${p}ing.`];
      });
      for (const s of [variants.join(' '), ...variants, ...posts]) {
        const got = found(re, s);
        const want = found(native, s);
        if (got.join('|') !== want.join('|')) expect({ name, s, got }).toEqual({ name, s, got: want });
      }
    }
  }, 240_000);

  it('lets a phrase that begins with a sign follow a digit or a letter ("20% off"), and no other', () => {
    const re = lexicon(['% off', '% de rabais', 'on sale']);
    expect(found(re, '20% off, 15 % de rabais, x%off, salon sale, on sale')).toEqual(['2:% off', '12:% de rabais', '44:on sale']);
    expect(found(new RegExp(re.source, 'gu'), '20% off')).toEqual(['2:% off']);
    // A lexicon without such a phrase keeps the plain word bound.
    expect(lexicon(['on sale']).source.startsWith('(?<![\\p{L}\\p{N}])')).toBe(true);
  });

  it('follows the pattern where a shorter phrase and a longer one both fit, and at a word bound', () => {
    const re = lexicon(['sick', 'sick leave', 'diagnos*', "don't", 'stress leave']);
    expect(found(re, 'on sick-leave, diagnosed, sickness, dont, stress   leave')).toEqual(['3:sick-leave', '15:diagnosed', '36:dont', '42:stress   leave']);
  });
});
