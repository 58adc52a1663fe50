// The shared trigger index (src/engine/trigger-index.ts) and the pieces keyPieces() derives from
// lexicon phrases: a piece must be found wherever the phrase's pattern can match (or the pre-filter
// would hide a finding), and a word-bounded piece should not wake on a longer word.
import { describe, expect, it } from 'vitest';
import { PieceIndex, allOf, piecesIn, sharePieces } from '../src/engine/trigger-index.js';
import { analyze } from '../src/engine/analyze.js';
import { findAll, gatePieces, keyPieces, lexicon, phrasePieces } from '../src/engine/match.js';
import { WordLexicon } from '../src/engine/rules/political/util.js';

const wakes = (pieces: string[], s: string) => new PieceIndex([pieces]).scan(s)[0] === 1;

describe('PieceIndex', () => {
  it('finds pieces anywhere, for each owner, in one pass', () => {
    const index = new PieceIndex([['cabinet'], ['vote', 'elect'], ['zzz']]);
    expect([...index.scan('the cabinet will elect a chair')]).toEqual([1, 1, 0]);
    expect([...index.scan('')]).toEqual([0, 0, 0]);
  });

  it('reads a space in a piece as any sign or an edge of the string', () => {
    expect(wakes([' son '], 'my son, my joy')).toBe(true);
    expect(wakes([' son '], 'son')).toBe(true);
    expect(wakes([' son '], 'l’«son»')).toBe(true);
    expect(wakes([' son '], 'a person in season')).toBe(false);
    expect(wakes([' son '], 'son2')).toBe(false);
    expect(wakes([' son '], 'sonné')).toBe(false);
  });

  it('also reads the string without its apostrophes, as the word lists do', () => {
    expect(wakes(['queens'], "queen's park")).toBe(true);
    expect(wakes([' park '], "queen's park")).toBe(true);
  });

  it('wakes on a piece of several parts only where every part occurs, in either reading', () => {
    const bad = allOf([' bad ', ' call ']);
    expect(wakes([bad], 'that was a bad call')).toBe(true);
    expect(wakes([bad], 'call me back, bad news')).toBe(true);
    expect(wakes([bad], 'please call back')).toBe(false);
    expect(wakes([bad], 'a badge')).toBe(false);
    expect(wakes([allOf([' queens ', ' park '])], "queen's park")).toBe(true);
    // Owners keep apart: one's parts do not complete another's.
    const index = new PieceIndex([[allOf([' bad ', ' call '])], [' call '], [allOf([' good ', ' call ']), ' zzz ']]);
    expect([...index.scan('call it')]).toEqual([0, 1, 0]);
    expect([...index.scan('good call')]).toEqual([0, 1, 1]);
    expect([...index.scan('bad call, good')]).toEqual([1, 1, 1]);
    expect([...index.scan('')]).toEqual([0, 0, 0]);
  });

  it('wakes an owner with an empty piece on any string', () => {
    expect(wakes([''], 'anything')).toBe(true);
  });
});

describe('keyPieces', () => {
  it('keeps the bounds a lexicon guarantees and drops those an apostrophe or an any-ending may erase', () => {
    expect(keyPieces(['my son'])).toEqual([' son ']);
    expect(keyPieces(['diagnos*'])).toEqual([' diagnos']);
    expect(keyPieces(["l'employeur"])).toEqual(['employeur ']);
    expect(keyPieces(['#ad'])).toEqual([' #ad ']);
    expect(keyPieces(['Décision'])).toEqual([' decision ']);
    expect(keyPieces(['now selling'])).toEqual([' selling ']);
    expect(keyPieces(['i do'], 'right')).toEqual([' do ']);
    expect(keyPieces(['business'], 'none')).toEqual(['business']);
  });

  it('yields a piece found wherever the lexicon matches', () => {
    const phrases = ['my son', 'diagnos*', "l'employeur", '#ad', 'décision', 'now selling', 'brother-in-law', 'tell them i sent you'];
    const texts = [
      'My son is sick', 'she was diagnosed', "lemployeur a dit", "l'employeur a dit", 'Love it #ad', 'Une décision!', 'now  selling pies',
      'my brother-in-law', 'Tell them I sent you.', 'le-employeur',
    ];
    for (const phrase of phrases) {
      const re = lexicon([phrase]);
      const pieces = keyPieces([phrase]);
      for (const text of texts) {
        const plain = text.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '');
        if (findAll(re, plain).length) expect(wakes(pieces, plain), `${phrase} in ${text}`).toBe(true);
      }
    }
  });
});

describe('gatePieces', () => {
  it('turns an alternation into pieces found wherever it matches, and keeps a pattern with an alternative without any literal', () => {
    const gate = /\brf[a-z]|tender|sole.source|\bpwd?\b|appel d'offres|prot[eé]g|x{2}y/;
    const pieces = gatePieces(gate);
    expect(pieces).toEqual(['rf', 'tender', 'source', 'pw', "appel d'offres", 'prot', 'y']);
    for (const text of ['the rfp is out', 'tenders', 'sole-source deal', 'my pw is', 'my pwd', "un appel d'offres", 'protégé b', 'xxy']) {
      expect(gate.test(text), text).toBe(true);
      expect(wakes(pieces as string[], text), text).toBe(true);
    }
    // A required group gives one piece per alternative inside it when they are longer than the runs outside it.
    const grouped = /\bwindows (?:7|xp)|x(?:abc|defg)y|(?<!q)(?:rumou?rs?|gossip)\s(?:at|in)/;
    expect(gatePieces(grouped)).toEqual(['windows ', 'abc', 'defg', 'rumo', 'gossip']);
    for (const text of ['old windows xp boxes', 'xdefgy', 'rumours at work', 'gossip in the office']) {
      expect(grouped.test(text), text).toBe(true);
      expect(wakes(gatePieces(grouped) as string[], text), text).toBe(true);
    }
    const bare = /a(?:b|c)?|\d+/;
    expect(gatePieces(bare)).toEqual([bare]);
  });
});

describe('phrasePieces', () => {
  it('asks for the best three runs of a phrase of several words, and is keyPieces() for one word', () => {
    expect(phrasePieces(['bad call'])).toEqual([allOf([' call ', ' bad '])]);
    expect(phrasePieces(['fantastic', 'diagnos*', '#ad'])).toEqual(keyPieces(['fantastic', 'diagnos*', '#ad']));
    expect(phrasePieces(["n'a pas lu ce que nous"])[0]!.split('\u001f')).toHaveLength(3);
    // The best run comes first, as keyPieces() picks it.
    for (const phrase of ['never met a client', 'set us back', "l'employeur", 'un grand pas']) {
      expect(phrasePieces([phrase])[0]!.split('\u001f')[0]).toBe(keyPieces([phrase])[0]);
    }
  });

  it('wakes wherever a lexicon or a word list matches the phrase', () => {
    const phrases = [
      'bad call', 'set us back', 'never met a client', "n'a pas lu ce que nous", 'un grand pas', 'my son', "l'employeur", 'brother-in-law',
      'tell them i sent you', 'now selling', 'queens park', 'the data said no',
    ];
    const texts = [
      'That was a BAD  call.', 'It set-us-back years', 'He never met a client, ever', "Il n'a pas lu ce que nous avons écrit", 'il na pas lu ce que nous',
      'Un grand-pas', 'my  son', "lemployeur", "l'employeur", 'my brother in law', 'Tell them I sent you.', 'now - selling', "Queen's Park", 'queens-park',
      'the data said no.', 'data said no',
    ];
    const list = new WordLexicon({ term: phrases });
    for (const phrase of phrases) {
      const re = lexicon([phrase]);
      const one = new WordLexicon({ term: [phrase] });
      const pieces = phrasePieces([phrase]);
      for (const text of texts) {
        const plain = text.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '');
        if (findAll(re, plain).length || one.findIn(plain).length) expect(wakes(pieces, plain), `${phrase} in ${text}`).toBe(true);
      }
    }
    // The word list's own pieces, on every text it matches.
    for (const text of texts) {
      const plain = text.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '');
      if (list.findIn(plain).length) expect(wakes(list.pieces(), plain), text).toBe(true);
    }
  });

  it('answers a shared list from the engine\'s scan as its own index would', () => {
    // Declared before the engine builds its index (on the first analyze()).
    const shared = sharePieces([' leak ', allOf([' budget ', ' early ']), 'confidenti', "queen's"]);
    analyze('Something to start with.');
    const texts = [
      'a leak.', 'leaked', 'the budget, early', 'early in the budget talks', 'budget', 'strictly confidential', "queen's park", 'queens park', '', 'the_leak_',
    ];
    for (const text of texts) expect(piecesIn(shared, text), text).toBe(wakes([...shared], text));
  });
});
