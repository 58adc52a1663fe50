// Which rules a string wakes, in one pass over it. A rule's literal triggers (Rule.triggers given as
// strings: pieces that any hit of the rule contains in the plain view, or in the plain view of the
// sentence before) are compiled, for all rules at once, into one Aho-Corasick automaton with its
// transitions resolved into a table. A sentence costs one table step per code unit whatever the
// number of pieces, where one pattern per rule costs a regular-expression run per rule.
//
// Every character that is not a letter or a digit (as [\p{L}\p{N}] reads it) is the same symbol
// here, and so is the edge of the string: a space in a piece stands for any of them, so " son " is
// the word "son" and not "person" or "season". Reading the other signs alike only wakes more.
import { isWordChar } from './lexicon-index.js';

let prefilterOn = true;

/** Whether pre-filters are on: rule triggers, and the gates rules keep inside shared helpers on the
 * same pieces (tests/trigger-prefilter.test.ts turns them all off and expects the same findings). */
export function prefilterEnabled(): boolean {
  return prefilterOn;
}

/** Test hook, through analyze.ts's setTriggerPrefilter(). */
export function enablePrefilter(on: boolean): void {
  prefilterOn = on;
}

/** Answers piecesIn() from the engine's one scan of a string, where `list` is some rule's whole
 * trigger list (-1: not one, or no index yet); set by analyze.ts. */
let sharedScan: ((list: readonly string[], s: string) => number) | null = null;

export function answerPieceLists(answer: (list: readonly string[], s: string) => number): void {
  sharedScan = answer;
}

const ownIndexes = new WeakMap<readonly string[], PieceIndex>();

/** Whether some piece of `list` occurs in `s` (what `new PieceIndex([list]).scan(s)[0]` says). A list
 * that is also a rule's triggers (political signals' gate, the opinions' evaluations) is answered by
 * the scan that woke the rule: the same table walk, done once a string instead of once per index. */
export function piecesIn(list: readonly string[], s: string): boolean {
  const known = sharedScan !== null ? sharedScan(list, s) : -1;
  if (known >= 0) return known === 1;
  let index = ownIndexes.get(list);
  if (!index) ownIndexes.set(list, (index = new PieceIndex([list])));
  return wakes(index.wokenBits(s), 0);
}

/** Whether owner `i` is woken in an answer of PieceIndex.wokenBits() (or of wokenBitsInto() at `at`). */
export function wakes(bits: Int32Array, i: number, at = 0): boolean {
  return ((bits[at + (i >>> 5)]! >>> (i & 31)) & 1) === 1;
}

/** The symbol of every character that is not a letter or a digit, and of the string's two edges. */
const SEP = 1;

/** Between the parts of a piece that wakes its owner only where every part occurs (allOf()). */
export const AND = '\u001f';

/** One piece made of several: it wakes where each of `parts` occurs, anywhere in the string (a
 * phrase's words: every match of "bad call" holds " bad " and " call "). */
export function allOf(parts: readonly string[]): string {
  return [...new Set(parts)].join(AND);
}

/** Pieces (accent-free lower case, as Unit.plain) by owner: owner `i` wakes where one of pieces[i]
 * occurs (a piece made with allOf(): where each of its parts occurs). */
export class PieceIndex {
  readonly owners: number;
  /** Owners with an empty piece: any string wakes them. */
  private readonly always: number[] = [];
  /** Symbol of each ASCII code unit (0: a letter or digit no piece holds); wider code units by map. */
  private readonly ascii = new Uint16Array(128);
  private readonly wide = new Map<number, number>();
  /** Letters and digits above ASCII that no piece holds (symbol 0) or signs (SEP), as met. */
  private readonly seen = new Map<number, number>();
  private readonly width: number;
  /** table[state * width + symbol]: the next state, failure links already followed. */
  private readonly table: Int32Array;
  /** Parts (distinct strings) whose text ends at a state (its own and those of its failure chain), or null. */
  private readonly out: (number[] | null)[];
  /** By part: the owners it wakes alone, or null. */
  private readonly direct: (number[] | null)[];
  /** By part: the pieces of several parts that it anchors (owner, then its other parts), or null. */
  private readonly anchored: ({ owner: number; others: number[] }[] | null)[];
  /** Scratch for scan(): found[part] is 1 once the part is met; `met` lists those set. */
  private readonly found: Uint8Array;
  private readonly met: number[] = [];
  /** How many entries of `met` are this scan's: the array keeps its storage from scan to scan
   * (emptied by its length, it was allocated again for each sentence). */
  private metCount = 0;

  constructor(pieces: readonly (readonly string[])[]) {
    this.owners = pieces.length;
    for (let c = 0; c < 128; c++) this.ascii[c] = isWordChar(c) ? 0 : SEP;
    let symbols = SEP + 1;
    const symbolOf = (c: number): number => {
      if (!isWordChar(c)) return SEP;
      if (c < 128) return this.ascii[c] || (this.ascii[c] = symbols++);
      let s = this.wide.get(c);
      if (s === undefined) this.wide.set(c, (s = symbols++));
      return s;
    };
    // The trie of the parts, with symbols assigned as characters first appear.
    const next: Map<number, number>[] = [new Map()];
    const ends: number[][] = [[]];
    const partIds = new Map<string, number>();
    const direct: (number[] | null)[] = [];
    const anchored: ({ owner: number; others: number[] }[] | null)[] = [];
    const partOf = (part: string): number => {
      let id = partIds.get(part);
      if (id !== undefined) return id;
      partIds.set(part, (id = direct.length));
      direct.push(null);
      anchored.push(null);
      let state = 0;
      for (let i = 0; i < part.length; i++) {
        const sym = symbolOf(part.charCodeAt(i));
        let to = next[state]!.get(sym);
        if (to === undefined) {
          to = next.length;
          next.push(new Map());
          ends.push([]);
          next[state]!.set(sym, to);
        }
        state = to;
      }
      ends[state]!.push(id);
      return id;
    };
    pieces.forEach((list, owner) => {
      for (const piece of list) {
        // A part that is empty occurs in any string: it adds nothing to the others.
        const parts = [...new Set(piece.split(AND))].filter((p, _, all) => p !== '' || all.length === 1);
        if (parts.length === 1 && parts[0] === '') {
          if (!this.always.includes(owner)) this.always.push(owner);
          continue;
        }
        const ids = parts.map(partOf);
        if (ids.length === 1) {
          const d = (direct[ids[0]!] ??= []);
          if (!d.includes(owner)) d.push(owner);
          continue;
        }
        // Anchored on its longest part (the least likely to occur); the others are checked after the scan.
        let a = 0;
        for (let k = 1; k < parts.length; k++) if (parts[k]!.length > parts[a]!.length) a = k;
        (anchored[ids[a]!] ??= []).push({ owner, others: ids.filter((_, k) => k !== a) });
      }
    });
    this.direct = direct;
    this.anchored = anchored;
    this.found = new Uint8Array(direct.length);
    this.width = symbols;
    const table = new Int32Array(next.length * symbols);
    const fail = new Int32Array(next.length);
    const out: (number[] | null)[] = new Array(next.length).fill(null);
    // Breadth first: a state's failure link is known before its children need it.
    const queue: number[] = [];
    for (let sym = 0; sym < symbols; sym++) {
      const to = next[0]!.get(sym);
      if (to !== undefined) {
        table[sym] = to;
        queue.push(to);
      }
    }
    for (let q = 0; q < queue.length; q++) {
      const state = queue[q]!;
      const own = ends[state]!;
      const inherited = out[fail[state]!];
      const all = inherited ? [...new Set([...own, ...inherited])] : own;
      out[state] = all.length ? all : null;
      for (let sym = 0; sym < symbols; sym++) {
        const to = next[state]!.get(sym);
        const viaFail = table[fail[state]! * symbols + sym]!;
        if (to === undefined) table[state * symbols + sym] = viaFail;
        else {
          table[state * symbols + sym] = to;
          fail[to] = viaFail;
          queue.push(to);
        }
      }
    }
    this.table = table;
    this.out = out;
  }

  /** woken[i] is 1 where a piece of owner `i` occurs in `s`, or in `s` without its apostrophes and
   * underscores: word lists read "queen's" as "queens" (political/util.ts WordLexicon) and hashtags
   * are read without underscores (#Vote_NDP), so a piece may span one. The parts of a piece made
   * with allOf() may be found in either reading. */
  scan(s: string): Uint8Array {
    const bits = this.wokenBits(s);
    const woken = new Uint8Array(this.owners);
    for (let i = 0; i < this.owners; i++) if (wakes(bits, i)) woken[i] = 1;
    return woken;
  }

  /** What scan() says, as bits: owner `i` is woken where wakes(bits, i). A few words in the JavaScript
   * heap, where a byte per owner (157 of them) was a typed array with storage of its own outside it,
   * allocated and freed for each string scanned. */
  wokenBits(s: string): Int32Array {
    const woken = new Int32Array(this.words);
    this.wokenBitsInto(s, woken, 0);
    return woken;
  }

  /** How many 32-bit words an answer of wokenBits() takes. */
  get words(): number {
    return (this.owners + 31) >>> 5;
  }

  /** wokenBits(s), written into woken[at..at + words) (zero there): the engine keeps its answers side
   * by side in one array, where a typed array each was two objects the caches kept. */
  wokenBitsInto(s: string, woken: Int32Array, at: number): void {
    const wake = (owner: number) => (woken[at + (owner >>> 5)]! |= 1 << (owner & 31));
    for (const owner of this.always) wake(owner);
    // The reading without apostrophes and underscores is the same up to the first of them: it goes
    // on from the state reached there (the parts found before it are the same), not from the start
    // of a copy of the string.
    const cut = firstStripped(s);
    if (cut < 0) this.mark(s, 0, this.start(), false);
    else {
      const state = this.mark(s, 0, this.start(), false, cut);
      this.mark(s, cut, state, false);
      this.mark(s, cut, state, true);
    }
    const { found, met, direct, anchored } = this;
    const metCount = this.metCount;
    for (let k = 0; k < metCount; k++) {
      const part = met[k]!;
      const d = direct[part];
      if (d) for (const owner of d) wake(owner);
      const a = anchored[part];
      if (a) {
        for (const { owner, others } of a) {
          if (wakes(woken, owner, at)) continue;
          let all = true;
          for (const o of others) {
            if (found[o] === 0) {
              all = false;
              break;
            }
          }
          if (all) wake(owner);
        }
      }
    }
    for (let k = 0; k < metCount; k++) found[met[k]!] = 0;
    this.metCount = 0;
  }

  /** The state at the string's start edge, its parts noted. */
  private start(): number {
    const state = this.table[SEP]!;
    this.note(state);
    return state;
  }

  /** Notes in `found` and `met` the parts that end at `state`. */
  private note(state: number): void {
    const parts = this.out[state];
    if (!parts) return;
    const { found, met } = this;
    let count = this.metCount;
    for (const p of parts) if (found[p] === 0) (found[p] = 1), (met[count++] = p);
    this.metCount = count;
  }

  /** Notes in `found` and `met` the parts that occur in s[from..to) read from `state` (without its
   * apostrophes and underscores when `strip`), and at the string's end edge when `to` is its length;
   * returns the state reached before that edge. */
  private mark(s: string, from: number, state: number, strip: boolean, to = s.length): number {
    const { ascii, wide, seen, table, out, width, found, met } = this;
    let count = this.metCount;
    for (let i = from; i < to; i++) {
      const c = s.charCodeAt(i);
      let sym: number;
      if (c < 128) {
        if (strip && (c === 39 || c === 95)) continue;
        sym = ascii[c]!;
      } else {
        let w = wide.get(c) ?? seen.get(c);
        if (w === undefined) {
          // A surrogate alone is no letter: a letter beyond U+FFFF reads as a sign here, which only wakes more.
          w = isWordChar(c >= 0xd800 && c <= 0xdfff ? -1 : c) ? 0 : SEP;
          if (seen.size < 4096) seen.set(c, w);
        }
        sym = w;
      }
      state = table[state * width + sym]!;
      const parts = out[state];
      if (parts) for (const p of parts) if (found[p] === 0) (found[p] = 1), (met[count++] = p);
    }
    this.metCount = count;
    if (to === s.length) this.note(table[state * width + SEP]!);
    return state;
  }
}

/** Where the first apostrophe or underscore of `s` is (the index's second reading leaves them out), or -1. */
function firstStripped(s: string): number {
  const a = s.indexOf("'");
  const u = s.indexOf('_');
  return a < 0 ? u : u < 0 ? a : Math.min(a, u);
}
