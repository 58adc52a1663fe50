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

/** Lists declared with sharePieces(), in order; the engine adds each to its index when it builds it. */
const sharedLists: (readonly string[])[] = [];

/**
 * Declares a list of pieces (written as rule triggers are: accent-free lower case, a space for any
 * sign or the string's edge, allOf() for several) that a rule helper gates on, so that the engine's
 * one trigger scan answers it: piecesIn(list, s) then reads that scan's answer for `s` (a sentence's
 * plain view, or the sentence before's, which the engine scans anyway) instead of walking an index
 * of its own over the string again. Call it when the helper's module loads, before the first
 * analyze(): a list declared after the engine built its index is answered by an index of its own,
 * with the same answers. Returns `list` (the same array: piecesIn() knows it by identity). Each list
 * adds its pieces to the engine's table, which every sentence's scan walks: worth it for a gate
 * asked on most sentences, not for one asked rarely.
 */
export function sharePieces<T extends readonly string[]>(list: T): T {
  if (!sharedLists.includes(list)) sharedLists.push(list);
  return list;
}

/** The lists sharePieces() was given (for the engine's index). */
export function sharedPieceLists(): readonly (readonly string[])[] {
  return sharedLists;
}

/** Whether some piece of `list` occurs in `s` (what `new PieceIndex([list]).scan(s)[0]` says). A list
 * that is also a rule's triggers (political signals' gate, the opinions' evaluations), or that was
 * declared with sharePieces(), is answered by the scan that woke the rule: the same table walk, done
 * once a string instead of once per index. */
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
 * occurs (a piece made with allOf(): where each of its parts occurs).
 *
 * Everything a scan reads sits in typed arrays, and the states are numbered breadth first: inside a
 * real analysis the rest of the work pushes the table out of the memory cache between two sentences,
 * so a scan's cost is mostly the rows it has to fetch again (10 ms per distinct harmless 60,000
 * analysis against 2.7 ms for the same scans in a tight loop). The states a scan visits most, the
 * shallow ones, now share a few pages at the table's start, and a step reads one array, not the
 * table and then a list of parts per state. */
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
  /** table[state * width + symbol]: the next state, failure links already followed; ~state (negative)
   * where some part ends at that state (its own, or one of its failure chain's). */
  private readonly table: Int32Array;
  /** The parts that end at state q: outParts[outStart[q] .. outStart[q + 1]). */
  private readonly outStart: Int32Array;
  private readonly outParts: Int32Array;
  /** The owners part p wakes alone: directOwners[directStart[p] .. directStart[p + 1]). */
  private readonly directStart: Int32Array;
  private readonly directOwners: Int32Array;
  /** The pieces of several parts that part p anchors, in anchoredData[anchoredStart[p] .. anchoredStart[p + 1]):
   * each as its owner, the number of its other parts, then those parts. */
  private readonly anchoredStart: Int32Array;
  private readonly anchoredData: Int32Array;
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
    const direct: number[][] = [];
    const anchored: { owner: number; others: number[] }[][] = [];
    const partOf = (part: string): number => {
      let id = partIds.get(part);
      if (id !== undefined) return id;
      partIds.set(part, (id = direct.length));
      direct.push([]);
      anchored.push([]);
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
          const d = direct[ids[0]!]!;
          if (!d.includes(owner)) d.push(owner);
          continue;
        }
        // Anchored on its longest part (the least likely to occur); the others are checked after the scan.
        let a = 0;
        for (let k = 1; k < parts.length; k++) if (parts[k]!.length > parts[a]!.length) a = k;
        anchored[ids[a]!]!.push({ owner, others: ids.filter((_, k) => k !== a) });
      }
    });
    this.directStart = new Int32Array(direct.length + 1);
    this.directOwners = new Int32Array(flatten(direct, this.directStart, (owners, out) => out.push(...owners)));
    this.anchoredStart = new Int32Array(anchored.length + 1);
    this.anchoredData = new Int32Array(flatten(anchored, this.anchoredStart, (list, out) => {
      for (const { owner, others } of list) out.push(owner, others.length, ...others);
    }));
    this.found = new Uint8Array(direct.length);
    this.width = symbols;
    // Breadth first: a state's failure link is known before its children need it, and the order
    // is the states' new numbers (the trie's numbers are `old`).
    const order: number[] = [0];
    const renumber = new Int32Array(next.length);
    for (let q = 0; q < order.length; q++) {
      for (const to of next[order[q]!]!.values()) {
        renumber[to] = order.length;
        order.push(to);
      }
    }
    const table = new Int32Array(next.length * symbols);
    const fail = new Int32Array(next.length);
    const out: number[][] = new Array(next.length);
    for (let q = 0; q < order.length; q++) {
      const old = order[q]!;
      const own = ends[old]!;
      // Its failure state comes earlier in breadth-first order, so its parts are known.
      const inherited = q === 0 ? [] : out[fail[q]!]!;
      out[q] = inherited.length ? [...new Set([...own, ...inherited])] : own;
      for (let sym = 0; sym < symbols; sym++) {
        const to = next[old]!.get(sym);
        const viaFail = q === 0 ? 0 : table[fail[q]! * symbols + sym]!;
        if (to === undefined) table[q * symbols + sym] = viaFail;
        else {
          const t = renumber[to]!;
          table[q * symbols + sym] = t;
          fail[t] = q === 0 ? 0 : viaFail;
        }
      }
    }
    // Marked where parts end (failure links are resolved above on plain numbers).
    for (let i = 0; i < table.length; i++) if (out[table[i]!]!.length > 0) table[i] = ~table[i]!;
    this.table = table;
    this.outStart = new Int32Array(out.length + 1);
    this.outParts = new Int32Array(flatten(out, this.outStart, (parts, o) => o.push(...parts)));
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
    for (const owner of this.always) woken[at + (owner >>> 5)]! |= 1 << (owner & 31);
    this.mark(s);
    const { found, met, directStart, directOwners, anchoredStart, anchoredData } = this;
    const metCount = this.metCount;
    for (let k = 0; k < metCount; k++) {
      const part = met[k]!;
      for (let d = directStart[part]!, end = directStart[part + 1]!; d < end; d++) {
        const owner = directOwners[d]!;
        woken[at + (owner >>> 5)]! |= 1 << (owner & 31);
      }
      for (let a = anchoredStart[part]!, end = anchoredStart[part + 1]!; a < end; ) {
        const owner = anchoredData[a]!;
        const others = anchoredData[a + 1]!;
        const from = a + 2;
        a = from + others;
        if (wakes(woken, owner, at)) continue;
        let all = true;
        for (let o = from; o < a; o++) {
          if (found[anchoredData[o]!] === 0) {
            all = false;
            break;
          }
        }
        if (all) woken[at + (owner >>> 5)]! |= 1 << (owner & 31);
      }
    }
    for (let k = 0; k < metCount; k++) found[met[k]!] = 0;
    this.metCount = 0;
  }

  /** Notes in `found` and `met` the parts that end at state ~`marked` (a table entry marked negative). */
  private note(marked: number): void {
    const { found, met, outStart, outParts } = this;
    const state = ~marked;
    let count = this.metCount;
    for (let k = outStart[state]!, end = outStart[state + 1]!; k < end; k++) {
      const p = outParts[k]!;
      if (found[p] === 0) (found[p] = 1), (met[count++] = p);
    }
    this.metCount = count;
  }

  /** The symbol of code unit `c` (not an apostrophe or an underscore when above ASCII). */
  private symbol(c: number): number {
    let w = this.wide.get(c) ?? this.seen.get(c);
    if (w === undefined) {
      // A surrogate alone is no letter: a letter beyond U+FFFF reads as a sign here, which only wakes more.
      w = isWordChar(c >= 0xd800 && c <= 0xdfff ? -1 : c) ? 0 : SEP;
      if (this.seen.size < 4096) this.seen.set(c, w);
    }
    return w;
  }

  /** Notes in `found` and `met` the parts that occur in `s`, edges included, in both readings: as it
   * is, and without its apostrophes and underscores. The two readings are walked side by side, the
   * second one only while it is in another state than the first (from the first apostrophe to where
   * they meet again, most often a word later): from the same state on the same code units they find
   * the same parts. */
  private mark(s: string): void {
    const { ascii, table, width } = this;
    let state = table[SEP]!;
    if (state < 0) this.note(state), (state = ~state);
    // The state of the reading without apostrophes and underscores.
    let other = state;
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      let sym: number;
      if (c < 128) {
        if (c === 39 || c === 95) {
          // A sign for the first reading; the second one skips it.
          state = table[state * width + SEP]!;
          if (state < 0) this.note(state), (state = ~state);
          continue;
        }
        sym = ascii[c]!;
      } else sym = this.symbol(c);
      const same = other === state;
      state = table[state * width + sym]!;
      if (state < 0) this.note(state), (state = ~state);
      if (same) other = state;
      else {
        other = table[other * width + sym]!;
        if (other < 0) this.note(other), (other = ~other);
      }
    }
    // The end edge.
    const end = table[state * width + SEP]!;
    if (end < 0) this.note(end);
    if (other !== state) {
      const otherEnd = table[other * width + SEP]!;
      if (otherEnd < 0) this.note(otherEnd);
    }
  }
}

/** Lists laid end to end (each turned into numbers by `put`), list i from start[i] to start[i + 1]. */
function flatten<T>(lists: readonly T[], start: Int32Array, put: (item: T, out: number[]) => void): number[] {
  const out: number[] = [];
  lists.forEach((item, i) => {
    start[i] = out.length;
    put(item, out);
  });
  start[lists.length] = out.length;
  return out;
}
