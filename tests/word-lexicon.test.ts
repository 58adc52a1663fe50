// WordLexicon (political/util.ts) numbers the words that begin phrases as lexicons are built, keeps
// each lexicon's matches for the last strings, and shares multi-word keys between lexicons: these
// check the cases those shortcuts could get wrong. The corpus-wide equality is checked by the
// engine's tests (rule examples, trigger pre-filter, properties).
import { describe, expect, it } from 'vitest';
import { WordLexicon, tokenize } from '../src/engine/rules/political/util.js';
import { clearCache } from '../src/engine/analyze.js';

const spans = (found: { start: number; end: number; text: string; classes: ReadonlySet<string> }[]) =>
  found.map((m) => `${m.text}@${m.start}:${[...m.classes].sort().join('+')}`);

describe('WordLexicon', () => {
  it('finds words numbered after a string was first tokenized, by a lexicon built later', () => {
    const text = "zorblat quixe-vempt and queen's parkvale, then quixevempt";
    const early = new WordLexicon({ term: ['zorblat'] });
    expect(spans(early.findIn(text))).toEqual(['zorblat@0:term']);
    tokenize(text);
    const late = new WordLexicon({ term: ['quixe vempt', "queen's parkvale", 'quixevempt'], tail: ['vemp*'] });
    expect(spans(late.findIn(text))).toEqual(['quixe-vempt@8:term', "queen's parkvale@24:term", 'quixevempt@47:term']);
    // The earlier lexicon does not see the later one's words.
    expect(spans(early.findIn(text))).toEqual(['zorblat@0:term']);
  });

  it('prefers the longest phrase and adds a prefix class only to a one-word match', () => {
    const lex = new WordLexicon({ a: ['grumble', 'grumble snork', 'grumble snork fen'], b: ['grum*'] });
    expect(spans(lex.findIn('grumble snork fen grumble snork grumbles grumble'))).toEqual([
      'grumble snork fen@0:a', 'grumble snork@18:a', 'grumbles@32:b', 'grumble@41:a+b',
    ]);
  });

  it('lengthens the last word of a longer key by a word glued on by an apostrophe', () => {
    // Keys are nodes of one tree of phrase words: "snor d'vex quill" is the key "snor dvex quill", reached
    // from "snor" by the merged word "dvex", then "quill"; spaced, "snor d vex quill" is another key.
    const lex = new WordLexicon({ term: ["snor d'vex quill", 'frab'], tail: ['frabz*'] });
    expect(spans(lex.findIn("snor d'vex quill; snor dvex quill; snor d vex quill"))).toEqual([
      "snor d'vex quill@0:term", 'snor dvex quill@18:term',
    ]);
    expect(spans(lex.findIn("frab's frabzle frab"))).toEqual(['frab@0:term', 'frabzle@7:tail', 'frab@15:term']);
  });

  it('reports the same matches whatever the previous call asked (original text, masks, other strings)', () => {
    const lex = new WordLexicon({ term: ['blorp', 'blorp fizz'] });
    const plain = 'blorp fizz see example.com/blorp and blorp';
    const original = 'BLORP fizz see example.com/blorp and Blorp';
    const masked = [{ start: 15, end: 32, kind: 'url' }];
    const alone = spans(lex.findIn(plain, original, masked));
    expect(alone).toEqual(['BLORP fizz@0:term', 'Blorp@37:term']);
    expect(spans(lex.findIn(plain))).toEqual(['blorp fizz@0:term', 'blorp@27:term', 'blorp@37:term']);
    expect(spans(lex.findIn('blorp'))).toEqual(['blorp@0:term']);
    expect(spans(lex.findIn(plain, original, masked))).toEqual(alone);
    clearCache();
    expect(spans(lex.findIn(plain, original, masked))).toEqual(alone);
  });
});
