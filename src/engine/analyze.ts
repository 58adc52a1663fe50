// analyze(text, options) → Finding[]: the engine's one entry point. Sentence-scope rules run per
// sentence and their raw hits are cached by (previous sentence, sentence, language); incremental
// text-scope rules keep per-sentence facts in the same entry and only combine them per call. The
// last draft is remembered: after one keystroke only the stretch it touched is cut into sentences
// again, and only the sentence it changed is analysed, with, in the sentence after it, the rules
// whose answer there depends on the sentence before (they read it or woke on it). Rules run only in the
// modes where they can report something. Mode, ignored terms and disabled rules are applied after
// the cache, so switching them is cheap.
import type { AnalyzeOptions, Category, CustomTerm, Finding, Hit, Locale, Mode, Rule, Span, Unit } from './types.js';
import { CATEGORIES, MODES } from './types.js';
import { rules as allRules } from './rules/index.js';
import { boundSentences, isLowSurrogateAt, resplitSentences, splitSentences, type Sentence } from './text/segment.js';
import { decideLocale, scoreLocale, type LocaleScore } from './text/locale.js';
import { lowerSameLength, fold, stripAccents } from './text/fold.js';
import { accentFree, makeUnit } from './text/unit.js';
import { maskedSpans } from './text/mask.js';
import { Lru, clearRegisteredCaches } from './cache.js';
import { customTermRules, customTermsKey } from './custom-terms.js';
import { gatePieces } from './match.js';
import { PieceIndex, answerPieceLists, enablePrefilter, prefilterEnabled, sharedPieceLists, wakes } from './trigger-index.js';

interface RawHit {
  rule: Rule;
  hit: Hit;
}

/** What a sentence holds whatever sentence comes before it: cached by its text alone, so that the
 * sentence after an edited one re-runs only the rules that read the sentence before or woke on it. */
interface SentenceText {
  /** Only white space: it is nobody's "sentence before". */
  blank: boolean;
  /** fold() of the sentence, that lower-cased, and that without accents (kept: units and the next sentence's `before` use them). */
  folded: string;
  lower: string;
  plain: string;
  masked: readonly Span[];
  score: LocaleScore;
  /** decideLocale(score): the sentence's own language, or null when it does not tell. */
  locale: Locale | null;
  /** By language and rule group (or custom terms), each rule's hits, or null where they may depend
   * on the sentence before (the rule woke only on it, or its detector read `unit.before`). */
  ownHits: Keyed<readonly (readonly RawHit[] | null)[]>;
  /** The same for incremental text rules' facts, DEPENDS where they may depend on the sentence before. */
  ownFacts: Keyed<readonly unknown[]>;
}

/**
 * A few values by key, as [key, value, key, value, ...], null while empty: a sentence keeps one per
 * rule group and language in use (two or three), and the caches keep four such stores a sentence
 * until clearCache(). As Maps they were about 200 bytes each, 0.68 of the 4.7 MB a cold analysis of
 * 60,000 characters of distinct posts leaves in the caches, all copied by the collector's scavenges.
 */
type Keyed<V> = (string | V)[] | null;

function keyedGet<V>(list: Keyed<V>, key: string): V | undefined {
  if (list !== null) for (let i = 0; i < list.length; i += 2) if (list[i] === key) return list[i + 1] as V;
  return undefined;
}

/** `list` with `value` under `key` (not there yet): a new array of just that length (push would leave
 * room for sixteen more). */
function keyedAdd<V>(list: Keyed<V>, key: string, value: V): NonNullable<Keyed<V>> {
  if (list === null) return [key, value];
  const out: (string | V)[] = new Array(list.length + 2);
  for (let i = 0; i < list.length; i++) out[i] = list[i]!;
  out[list.length] = key;
  out[list.length + 1] = value;
  return out;
}

interface SentenceEntry {
  /** The same as `own`'s, read often. */
  blank: boolean;
  lower: string;
  score: LocaleScore;
  locale: Locale | null;
  own: SentenceText;
  /** Raw hits of sentence rules, by language and rule group (or custom terms). */
  hits: Keyed<readonly RawHit[]>;
  /** Facts of incremental text rules, by the text's language and rule group, aligned with the group's rules. */
  facts: Keyed<readonly unknown[]>;
  // One-slot memos of what analyze() gathers from the maps above for the options in use (they
  // rarely change between keystrokes): a 60,000-character draft is 800 sentences, and a keystroke
  // should not pay a dozen map look-ups for each of them.
  hitsKey: string;
  allHits: readonly RawHit[];
  factsKey: string;
  allFacts: readonly unknown[];
}

/** Rules that run in the same modes; `key` tells their cached results apart, by language. */
interface Group {
  modes: number;
  key: Record<Locale, string>;
  rules: Rule[];
}

const MODE_BIT: Record<Mode, number> = { personal: 1, professional: 2, official: 4 };

function groupRules(rules: readonly Rule[]): Group[] {
  const groups = new Map<number, Group>();
  for (const rule of rules) {
    let modes = 0;
    for (const m of MODES) if (rule.alwaysRun || rule.severity[m] !== 'off') modes |= MODE_BIT[m];
    let g = groups.get(modes);
    if (!g) groups.set(modes, (g = { modes, key: { en: `en\u0003${modes}`, fr: `fr\u0003${modes}` }, rules: [] }));
    g.rules.push(rule);
  }
  return [...groups.values()];
}

const sentenceGroups = groupRules(allRules.filter((r) => r.scope === 'sentence'));
const factGroups = groupRules(allRules.filter((r) => r.scope === 'text' && r.incremental));
const wholeTextGroups = groupRules(allRules.filter((r) => r.scope === 'text' && !r.incremental));

const sentenceCache = new Lru<string, SentenceEntry>(6000);
const ownCache = new Lru<string, SentenceText>(6000);
const textCache = new Lru<string, RawHit[]>(8);

/** The draft analysed last, cut into sentences, with each sentence's entry and the index of the
 * non-blank sentence before it (its cache key is that sentence and itself). */
interface Draft {
  text: string;
  raw: Sentence[];
  sentences: readonly Sentence[];
  entries: SentenceEntry[];
  before: Int32Array;
}

let last: Draft | null = null;

/** Forgets every cached result, the engine's and the rules' own. */
export function clearCache(): void {
  sentenceCache.clear();
  ownCache.clear();
  textCache.clear();
  emptyFacts.en.clear();
  emptyFacts.fr.clear();
  wokenMemo.clear();
  lastWoken = otherWoken = null;
  last = null;
  clearRegisteredCaches();
}

export function analyze(text: string, rawOptions: AnalyzeOptions = {}): Finding[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  // Options come from storage, policy files and other tools: anything malformed is read as absent.
  const options: AnalyzeOptions = rawOptions !== null && typeof rawOptions === 'object' ? rawOptions : {};
  const mode: Mode = MODES.includes(options.mode as Mode) ? (options.mode as Mode) : 'personal';
  const modeBit = MODE_BIT[mode];
  const forced: Locale | null = options.locale === 'en' || options.locale === 'fr' ? options.locale : null;
  const custom = validCustomTerms(options.customTerms);
  const ckey = customTermsKey(custom);
  const customRules = custom.length ? customTermRules(custom) : [];

  const draft = readDraft(text);
  const { sentences, entries } = draft;
  const total: LocaleScore = { en: 0, fr: 0 };
  for (const entry of entries) {
    total.en += entry.score.en;
    total.fr += entry.score.fr;
  }
  const dominant: Locale = decideLocale(total) ?? 'en';
  const textLocale = forced ?? dominant;

  const activeSentence = sentenceGroups.filter((g) => g.modes & modeBit);
  const activeFacts = factGroups.filter((g) => g.modes & modeBit);
  const factRules = activeFacts.flatMap((g) => g.rules);
  const factLists: unknown[][] = factRules.map(() => new Array(sentences.length));

  const raw: { hit: RawHit; offset: number; locale: Locale }[] = [];
  const customKey = { en: 'en' + ckey, fr: 'fr' + ckey };
  const hitsKey = { en: interned(`en\u0003${modeBit}\u0003${ckey}`), fr: interned(`fr\u0003${modeBit}\u0003${ckey}`) };
  const factsKey = interned(`${textLocale}\u0003${modeBit}`);
  const here = new LazyUnit(draft);
  const inText = new LazyUnit(draft);
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i]!;
    const entry = entries[i]!;
    const locale = forced ?? entry.locale ?? dominant;
    if (i % SCAN_AHEAD === 0) scanAhead(entries, i, (e) => e.hitsKey !== hitsKey[forced ?? e.locale ?? dominant] || (factRules.length > 0 && e.factsKey !== factsKey));
    // A unit is built only when something is not cached yet.
    const unitHere = here.at(i, locale);
    if (entry.hitsKey !== hitsKey[locale]) {
      // Most sentences hold no hit: they share one empty answer (the caches keep it).
      let all: RawHit[] | null = null;
      for (const g of activeSentence) {
        let hits = keyedGet(entry.hits, g.key[locale]);
        if (!hits) entry.hits = keyedAdd(entry.hits, g.key[locale], (hits = sentenceHits(g.rules, entry.own, g.key[locale], unitHere)));
        for (const h of hits) (all ??= []).push(h);
      }
      if (customRules.length) {
        let hits = keyedGet(entry.hits, customKey[locale]);
        if (!hits) entry.hits = keyedAdd(entry.hits, customKey[locale], (hits = sentenceHits(customRules, entry.own, customKey[locale], unitHere)));
        for (const h of hits) (all ??= []).push(h);
      }
      entry.hitsKey = hitsKey[locale];
      entry.allHits = all ?? NO_HITS;
    }
    for (const h of entry.allHits) raw.push({ hit: h, offset: s.start, locale });
    if (factRules.length === 0) continue;
    if (entry.factsKey !== factsKey) {
      const all: unknown[] = new Array(factRules.length);
      let n = 0;
      for (const g of activeFacts) {
        let facts = keyedGet(entry.facts, g.key[textLocale]);
        if (!facts) {
          // In the text's language when the sentence has another one: a unit of its own for each group, as before.
          const u = locale === textLocale ? unitHere : inText.at(i, textLocale);
          entry.facts = keyedAdd(entry.facts, g.key[textLocale], (facts = sentenceFacts(g.rules, entry.own, g.key[textLocale], u)));
        }
        for (const f of facts) all[n++] = f;
      }
      entry.factsKey = factsKey;
      entry.allFacts = all;
    }
    const facts = entry.allFacts;
    for (let r = 0; r < facts.length; r++) factLists[r]![i] = facts[r];
  }

  const textHits: RawHit[] = [];
  factRules.forEach((rule, r) => textHits.push(...combine(rule, factLists[r]!, sentences, text)));
  for (const g of wholeTextGroups) {
    if (!(g.modes & modeBit)) continue;
    const key = g.key[textLocale] + '\u0001' + text;
    let hits = textCache.get(key);
    if (!hits) textCache.set(key, (hits = runRules(g.rules, makeUnit(text, textLocale))));
    textHits.push(...hits);
  }
  for (const h of textHits) raw.push({ hit: h, offset: 0, locale: forced ?? localeAt(sentences, entries, h.hit.start, dominant) });

  return toFindings(text, raw, mode, options);
}

// The options' memo keys, one string object each: every sentence's memo check (entry.hitsKey,
// entry.factsKey) then compares pointers, not characters, 800 times a keystroke in a long draft.
const internedKeys = new Map<string, string>();

function interned(key: string): string {
  const known = internedKeys.get(key);
  if (known !== undefined) return known;
  // Custom terms make new keys: a few dozen are plenty to keep.
  if (internedKeys.size >= 64) internedKeys.clear();
  internedKeys.set(key, key);
  return key;
}

/** The draft cut into sentences with their cache entries, from the previous draft when there is one. */
function readDraft(text: string): Draft {
  const prev = last;
  if (prev && prev.text === text) return prev;
  let raw: Sentence[];
  let same = 0;
  let tail = text.length;
  let shift = 0;
  if (prev) {
    const r = resplitSentences(prev.text, prev.raw, text);
    ({ same, tail, shift } = r);
    raw = r.sentences;
  } else raw = splitSentences(text);
  const sentences = boundSentences(text, raw);
  const n = sentences.length;
  const entries: SentenceEntry[] = new Array(n);
  const before = new Int32Array(n);
  // The old sentence each new one is (same place in an unchanged stretch), or -1.
  const oldIndex = new Int32Array(n).fill(-1);
  const delta = prev ? prev.sentences.length - n : 0;
  let lastNonBlank = -1;
  let i = 0;
  if (prev) {
    // The unchanged head: the same sentences after the same sentences, so the same entries.
    const old = prev.sentences;
    while (i < n && i < old.length && sentences[i]!.end <= same && old[i]!.start === sentences[i]!.start && old[i]!.end === sentences[i]!.end) {
      entries[i] = prev.entries[i]!;
      before[i] = prev.before[i]!;
      oldIndex[i] = i;
      if (!entries[i]!.blank) lastNonBlank = i;
      i++;
    }
  }
  for (; i < n; i++) {
    const s = sentences[i]!;
    before[i] = lastNonBlank;
    if (prev) {
      // In the unchanged head a sentence keeps its index; in the unchanged tail, its index from the end.
      const [j, moved] = s.end <= same ? [i, 0] : s.start >= tail ? [i + delta, shift] : [-1, 0];
      const o = prev.sentences[j];
      if (o && o.start + moved === s.start && o.end + moved === s.end) oldIndex[i] = j;
    }
    const j = oldIndex[i]!;
    // The same sentence after the same sentence: the same cache key, so the same entry.
    const reuse = j >= 0 && (lastNonBlank < 0 ? prev!.before[j] === -1 : oldIndex[lastNonBlank]! >= 0 && oldIndex[lastNonBlank] === prev!.before[j]);
    let entry: SentenceEntry;
    if (reuse) {
      entry = prev!.entries[j]!;
      if (!entry.blank && s.start >= tail) {
        // From a reused sentence of the unchanged tail on, every sentence and the one before it are
        // the old ones, shifted by `delta` places.
        entries[i] = entry;
        for (let k = i + 1; k < n; k++) {
          entries[k] = prev!.entries[k + delta]!;
          before[k] = prev!.before[k + delta]! - delta;
        }
        break;
      }
    } else {
      const st = text.slice(s.start, s.end);
      const prevText = lastNonBlank < 0 ? '' : text.slice(sentences[lastNonBlank]!.start, sentences[lastNonBlank]!.end);
      const key = prevText + '\u0001' + st;
      let cached = sentenceCache.get(key);
      if (!cached) {
        const own = sentenceText(st);
        cached = {
          blank: own.blank, lower: own.lower, score: own.score, locale: own.locale, own, hits: null, facts: null,
          hitsKey: '', allHits: [], factsKey: '', allFacts: [],
        };
        sentenceCache.set(key, cached);
      }
      entry = cached;
    }
    entries[i] = entry;
    if (!entry.blank) lastNonBlank = i;
  }
  return (last = { text, raw, sentences, entries, before });
}

function sentenceText(st: string): SentenceText {
  let own = ownCache.get(st);
  if (!own) {
    const folded = fold(st);
    const lower = lowerSameLength(folded);
    const score = scoreLocale(lower);
    own = {
      blank: !st.trim(), folded, lower, plain: stripAccents(lower), masked: maskedSpans(folded), score, locale: decideLocale(score),
      ownHits: null, ownFacts: null,
    };
    ownCache.set(st, own);
  }
  return own;
}

/** Sentence i's unit in one language, built on first need. One object a draft, pointed at each
 * sentence in turn: a closure for it in each sentence was an allocation and, under tsx (the bench),
 * a __name() call that defines a property (about 1% of a cold analysis). */
class LazyUnit {
  private i = 0;
  private locale: Locale = 'en';
  private unit: Unit | undefined;

  constructor(private readonly draft: Draft) {}

  /** This object, for sentence `i` in `locale`, its unit not built yet. */
  at(i: number, locale: Locale): this {
    this.i = i;
    this.locale = locale;
    this.unit = undefined;
    return this;
  }

  get(): Unit {
    return (this.unit ??= sentenceUnit(this.draft, this.i, this.locale));
  }
}

/** Set when a detector reads `unit.before` of a sentence unit (sentenceUnit()). */
let beforeRead = false;

/** What a detector reads for sentence `i`: the sentence, with the non-blank one before it. Reading
 * `before` is noticed: hits found without it hold whatever the sentence before is. */
function sentenceUnit(draft: Draft, i: number, locale: Locale): Unit {
  const s = draft.sentences[i]!;
  const own = draft.entries[i]!.own;
  const b = draft.before[i]!;
  const before = b < 0 ? '' : draft.entries[b]!.lower;
  const unit = { text: draft.text.slice(s.start, s.end), folded: own.folded, lower: own.lower, plain: own.plain, locale, masked: own.masked, [BEFORE]: before };
  return Object.defineProperty(unit, 'before', READ_BEFORE) as typeof unit & Unit;
}

// A unit's `before` is one getter shared by every unit, added after its other fields: V8 makes an
// object literal holding a getter a dictionary, so each unit cost a 436-byte property table and every
// rule's read of unit.plain or unit.text a hashed look-up; this way all units share one fast shape.
const BEFORE = Symbol('before');
const READ_BEFORE: PropertyDescriptor = {
  get(this: { [BEFORE]: string }): string {
    beforeRead = true;
    return this[BEFORE];
  },
  enumerable: true,
  configurable: true,
};

/** `unit.before`, read by the engine itself (not by a detector). */
function beforeOfUnit(unit: Unit): string {
  const read = beforeRead;
  const before = unit.before;
  beforeRead = read;
  return before;
}

const NO_HITS: readonly RawHit[] = Object.freeze([]);

/** runRules() on a sentence, reusing the hits its text alone decides (SentenceText.ownHits). */
function sentenceHits(rules: readonly Rule[], own: SentenceText, key: string, unit: LazyUnit): readonly RawHit[] {
  const known = keyedGet(own.ownHits, key);
  const out: RawHit[] = [];
  const ts = triggersOfAll(rules);
  if (!known) {
    const u = unit.get();
    const fresh: (readonly RawHit[] | null)[] = new Array(rules.length);
    for (let r = 0; r < rules.length; r++) {
      const from = out.length;
      fresh[r] = runRule(rules[r]!, ts[r]!, u, out) ? (out.length === from ? NO_HITS : out.slice(from)) : null;
    }
    own.ownHits = keyedAdd(own.ownHits, key, fresh);
    return out;
  }
  let u: Unit | undefined;
  for (let r = 0; r < rules.length; r++) {
    const hits = known[r];
    if (hits) for (const h of hits) out.push(h);
    else runRule(rules[r]!, ts[r]!, (u ??= unit.get()), out);
  }
  return out;
}

/** Facts of incremental text rules on a sentence, reusing those its text alone decides. */
function sentenceFacts(rules: readonly Rule[], own: SentenceText, key: string, unit: LazyUnit): readonly unknown[] {
  const known = keyedGet(own.ownFacts, key);
  const ts = triggersOfAll(rules);
  if (!known) {
    const u = unit.get();
    // Sized once: grown by push, each sentence's two arrays were allocated two or three times over.
    const n = rules.length;
    const out: unknown[] = new Array(n);
    // The same array while every rule's facts are the sentence's own: nothing writes to either once
    // they are stored.
    let mine: unknown[] = out;
    for (let r = 0; r < n; r++) {
      const f = factsOf(rules[r]!, ts[r]!, u);
      out[r] = f;
      if (!factsWereOwn && mine === out) {
        mine = new Array(n);
        for (let k = 0; k < r; k++) mine[k] = out[k];
      }
      if (mine !== out) mine[r] = factsWereOwn ? f : DEPENDS;
    }
    own.ownFacts = keyedAdd(own.ownFacts, key, mine);
    return out;
  }
  let u: Unit | undefined;
  return known.map((f, r) => (f === DEPENDS ? factsOf(rules[r]!, ts[r]!, (u ??= unit.get())) : f));
}

// Rule triggers are a promise (a rule finds nothing where none of them matches); this switch lets
// tests/trigger-prefilter.test.ts check that analyze() says the same with and without them.

/** Test hook: turns the trigger pre-filter off (every rule runs on every sentence) or back on. */
export function setTriggerPrefilter(on: boolean): void {
  enablePrefilter(on);
  clearCache();
}

/** A rule's triggers split by kind: its pieces are matched by the shared index, its patterns one by one. */
interface Triggers {
  /** The rule's owner number in `pieceIndex`, or -1 when it has no pieces. */
  owner: number;
  /** Patterns run only where the index found one of their own pieces (gatePieces()): the same answer, most runs saved. */
  gated: { owner: number; re: RegExp; id: number }[];
  /** The other patterns, each with its number in Woken.found. */
  patterns: { re: RegExp; id: number }[];
}

/** Pieces shorter than this (" i ", a whole word, is long enough) wake nearly every sentence: such a pattern is run as it is. */
const MIN_GATE_PIECE = 3;

// Built on first use (start-up pays nothing for it): the pieces of every rule's triggers in one automaton.
let triggerTable: Map<Rule, Triggers> | null = null;
let pieceIndex: PieceIndex | null = null;
/** The owner of each rule's trigger list made of pieces only (piecesIn() asks by the list). */
const listOwners = new Map<readonly (RegExp | string)[], number>();
/** How many trigger patterns there are (numbered in triggerTable). */
let patternCount = 0;

function triggersOf(rule: Rule): Triggers {
  if (!triggerTable) buildTriggerTable();
  // Only the catalogue's rules declare triggers (custom-term rules have none).
  return triggerTable!.get(rule) ?? NO_TRIGGERS;
}

// triggersOf() of each rule of a list (a rule group's, run on every sentence): one look-up a list, not one a rule and sentence.
const listTriggers = new WeakMap<readonly Rule[], Triggers[]>();

function triggersOfAll(rules: readonly Rule[]): readonly Triggers[] {
  let ts = listTriggers.get(rules);
  if (!ts) listTriggers.set(rules, (ts = rules.map(triggersOf)));
  return ts;
}

function buildTriggerTable(): void {
  triggerTable = new Map();
  const pieces: string[][] = [];
  // A pattern several rules share is run once a string.
  const ids = new Map<RegExp, number>();
  const idOf = (re: RegExp) => ids.get(re) ?? ids.set(re, patternCount++).get(re)!;
  for (const r of allRules) {
    const own = (r.triggers ?? []).filter((t): t is string => typeof t === 'string');
    const t: Triggers = { owner: own.length ? pieces.push(own) - 1 : -1, gated: [], patterns: [] };
    if (own.length > 0 && own.length === r.triggers!.length) listOwners.set(r.triggers!, t.owner);
    for (const re of r.triggers ?? []) {
      if (typeof re === 'string') continue;
      const gate = gatePieces(re);
      if (gate.every((p): p is string => typeof p === 'string' && p.length >= MIN_GATE_PIECE)) t.gated.push({ owner: pieces.push(gate) - 1, re, id: idOf(re) });
      else t.patterns.push({ re, id: idOf(re) });
    }
    triggerTable.set(r, t);
  }
  // Rule helpers' gates (sharePieces()): piecesIn() reads them from the same scan.
  for (const list of sharedPieceLists()) if (!listOwners.has(list)) listOwners.set(list, pieces.push([...list]) - 1);
  pieceIndex = new PieceIndex(pieces);
}

const NO_TRIGGERS: Triggers = { owner: -1, gated: [], patterns: [] };

answerPieceLists((list, s) => {
  if (!triggerTable) buildTriggerTable();
  const owner = listOwners.get(list);
  return owner === undefined ? -1 : ownerWoken(wokenOf(s), owner) ? 1 : 0;
});

/** What the triggers say of one string (a sentence's plain view, or the sentence before's): the
 * index's answer, and each pattern's once run. Kept by string, as the sentence caches are: a draft
 * repeats sentences, each sentence is read again as the next one's `before`, and after a keystroke
 * the sentence after the edit re-runs its rules with the same triggers (a trigger pattern costs what
 * a rule's own gate does: 500 runs in a cold 3,000-character analysis, 8,500 at 60,000, where only
 * 390 and 770 differed). */
interface Woken {
  s: string;
  /** Where its words begin in `wokenWords`: pieceIndex.wokenBits(s) (once `owned`), then two bits per
   * trigger pattern `id`: bit `id & 15` of the word `id >> 4` is set once it has run, and bit
   * `16 + (id & 15)` when it matched `s`. */
  at: number;
  owned: boolean;
}

/**
 * The words of every Woken in wokenMemo, side by side (WOKEN_MAX of them at most, each `wokenStride`
 * long): a typed array per answer was two objects more per string (a distinct harmless 60,000-character
 * analysis has 850), kept until clearCache() and copied by each scavenge of the collector meanwhile.
 */
let wokenWords = new Int32Array(0);
let wokenStride = 0;
/** How many of a Woken's words are pieceIndex.wokenBits()'s. */
let ownerWords = 0;
const WOKEN_MAX = 2048;

const wokenMemo = new Map<string, Woken>();
// The last two answers: the rules of a sentence ask about it and about its sentence before in turn
// (and the political gates about it again), which a one-slot memo sent to the map half the time.
let lastWoken: Woken | null = null;
let otherWoken: Woken | null = null;

function wokenOf(s: string): Woken {
  if (lastWoken !== null && lastWoken.s === s) return lastWoken;
  let w: Woken | undefined = otherWoken !== null && otherWoken.s === s ? otherWoken : wokenMemo.get(s);
  if (!w) {
    if (wokenStride === 0) {
      ownerWords = pieceIndex!.words;
      wokenStride = ownerWords + ((patternCount + 15) >>> 4);
      wokenWords = new Int32Array(WOKEN_MAX * wokenStride);
    }
    if (wokenMemo.size >= WOKEN_MAX) {
      wokenMemo.clear();
      // Their words are given out again: no answer from before may be read from them.
      lastWoken = otherWoken = null;
    }
    const at = wokenMemo.size * wokenStride;
    wokenWords.fill(0, at, at + wokenStride);
    wokenMemo.set(s, (w = { s, at, owned: false }));
  }
  otherWoken = lastWoken;
  return (lastWoken = w);
}

/** How many sentences' trigger answers scanAhead() works out at a time (well within WOKEN_MAX). */
const SCAN_AHEAD = 256;

/** The trigger index's answers for the plain views of entries[from..from + SCAN_AHEAD) that `runs`
 * says some rule will run on, worked out one after the other before their rules run: read in one
 * stretch, the index's 5 MB table stays in the memory cache, where a scan between two sentences'
 * rules found most of it pushed out (about 10 ms per distinct harmless 60,000 analysis against 2.7
 * for the same scans in a tight loop). The answers are the same, only computed earlier. */
function scanAhead(entries: readonly SentenceEntry[], from: number, runs: (e: SentenceEntry) => boolean): void {
  if (!triggerTable) buildTriggerTable();
  const to = Math.min(entries.length, from + SCAN_AHEAD);
  for (let i = from; i < to; i++) {
    const e = entries[i]!;
    if (e.blank || !runs(e)) continue;
    const w = wokenOf(e.own.plain);
    if (!w.owned) {
      pieceIndex!.wokenBitsInto(w.s, wokenWords, w.at);
      w.owned = true;
    }
  }
}

/** Whether trigger owner `owner` (a rule's pieces, or a gated pattern's) is woken in w.s. */
function ownerWoken(w: Woken, owner: number): boolean {
  if (!w.owned) {
    pieceIndex!.wokenBitsInto(w.s, wokenWords, w.at);
    w.owned = true;
  }
  return wakes(wokenWords, owner, w.at);
}

function patternFound(w: Woken, re: RegExp, id: number): boolean {
  const word = w.at + ownerWords + (id >>> 4);
  const bit = 1 << (id & 15);
  const known = wokenWords[word]!;
  if ((known & bit) !== 0) return (known & (bit << 16)) !== 0;
  re.lastIndex = 0;
  const found = re.test(w.s);
  // Left as found (matchesAny()): a rule that runs its own trigger pattern afterwards starts from the beginning.
  re.lastIndex = 0;
  wokenWords[word] = known | bit | (found ? bit << 16 : 0);
  return found;
}

function matchesTriggers(t: Triggers, s: string): boolean {
  if (t.owner < 0 && t.gated.length === 0 && t.patterns.length === 0) return false;
  const w = wokenOf(s);
  if (t.owner >= 0 && ownerWoken(w, t.owner)) return true;
  for (const g of t.gated) if (ownerWoken(w, g.owner) && patternFound(w, g.re, g.id)) return true;
  for (const p of t.patterns) if (patternFound(w, p.re, p.id)) return true;
  return false;
}

/** Whether `rule` may find something in `unit` whatever the sentence before: it has no triggers, or one matches the sentence. */
function triggeredHere(rule: Rule, t: Triggers, unit: Unit): boolean {
  return !rule.triggers || !prefilterEnabled() || matchesTriggers(t, unit.plain);
}

/** Whether a trigger of `rule` matches the sentence before the unit's. */
function triggeredBefore(t: Triggers, unit: Unit): boolean {
  const before = beforeOfUnit(unit);
  if (before === '') return false;
  return matchesTriggers(t, accentFree(before));
}


function runRules(rules: readonly Rule[], unit: Unit): RawHit[] {
  const out: RawHit[] = [];
  for (const rule of rules) runRule(rule, triggersOf(rule), unit, out);
  return out;
}

/** Runs `rule` on `unit` if triggered, adding its hits to `out`; true when they hold whatever the
 * sentence before is (a trigger matched the sentence itself and the detector did not read `before`). */
function runRule(rule: Rule, t: Triggers, unit: Unit, out: RawHit[]): boolean {
  const here = triggeredHere(rule, t, unit);
  // No trigger here: a rule whose hits hold a trigger of their own sentence finds nothing, whatever comes before.
  if (!here && rule.triggersHere === true) return true;
  if (!here && !triggeredBefore(t, unit)) return false;
  beforeRead = false;
  let hits: Hit[];
  try {
    hits = rule.detect(unit);
  } catch {
    // One faulty detector must not take the others down; the draft is still checked.
    return false;
  }
  for (const hit of hits) {
    if (hit.end > hit.start && hit.start >= 0 && hit.end <= unit.text.length) out.push({ rule, hit });
  }
  return here && !beforeRead;
}

/** A sentence on which a rule's `facts` threw: that rule reports nothing for the draft (as a throwing detector). */
const FAILED: unique symbol = Symbol('facts failed');

/** Where a sentence's facts for a rule may depend on the sentence before (SentenceText.ownFacts). */
const DEPENDS: unique symbol = Symbol('depends on the sentence before');

/** Facts of an empty sentence, by language and rule: what an untriggered sentence holds for the rule. */
const emptyFacts: Record<Locale, Map<Rule, unknown>> = { en: new Map(), fr: new Map() };

/** Whether the last factsOf() answer holds whatever the sentence before is (as runRule()'s answer). */
let factsWereOwn = false;

function factsOf(rule: Rule, t: Triggers, unit: Unit): unknown {
  factsWereOwn = false;
  try {
    const here = triggeredHere(rule, t, unit);
    // As runRule(): a rule whose facts come from triggers of their own sentence holds the empty facts there
    // (and they hold whatever comes before), so a trigger in the sentence before alone does not run it.
    if (here || (rule.triggersHere !== true && triggeredBefore(t, unit))) {
      beforeRead = false;
      const facts = rule.incremental!.facts(unit);
      factsWereOwn = here && !beforeRead;
      return facts;
    }
    if (rule.triggersHere === true) factsWereOwn = true;
    const empty = emptyFacts[unit.locale];
    if (!empty.has(rule)) empty.set(rule, rule.incremental!.facts(makeUnit('', unit.locale)));
    return empty.get(rule);
  } catch {
    return FAILED;
  }
}

function combine(rule: Rule, facts: unknown[], sentences: readonly Sentence[], text: string): RawHit[] {
  if (facts.includes(FAILED)) return [];
  let hits: Hit[];
  try {
    hits = rule.incremental!.combine(facts, sentences, text);
  } catch {
    return [];
  }
  return hits.filter((hit) => hit.end > hit.start && hit.start >= 0 && hit.end <= text.length).map((hit) => ({ rule, hit }));
}

function toFindings(text: string, raw: { hit: RawHit; offset: number; locale: Locale }[], mode: Mode, options: AnalyzeOptions): Finding[] {
  const disabled = new Set(stringList(options.disabledRules));
  const ignoredTerms = new Set<string>();
  const ignoredRules = new Set<string>();
  for (const item of stringList(options.ignored)) {
    if (!item.trim()) continue;
    if (item.includes('/') && !item.includes(' ')) ignoredRules.add(item);
    else ignoredTerms.add(normalizeTerm(item));
  }
  const seen = new Set<string>();
  const findings: Finding[] = [];
  for (const { hit: r, offset, locale } of raw) {
    const { rule, hit } = r;
    if (disabled.has(rule.id) || disabled.has(rule.category) || ignoredRules.has(rule.id)) continue;
    const severity = hit.severity?.[mode] ?? rule.severity[mode];
    if (severity === 'off') continue;
    let start = offset + hit.start;
    let end = offset + hit.end;
    if (isLowSurrogateAt(text, start)) start--;
    if (isLowSurrogateAt(text, end)) end++;
    if (ignoredTerms.size && ignoredTerms.has(normalizeTerm(text.slice(start, end)))) continue;
    const key = `${rule.id}:${start}:${end}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const finding: Finding = {
      ruleId: rule.id,
      category: rule.category,
      severity,
      start,
      end,
      message: (hit.message ?? rule.why)[locale],
      locale,
      guidelineIds: [...rule.guidelines],
    };
    if (hit.suggestion) finding.suggestion = { label: hit.suggestion.label[locale], replacement: hit.suggestion.replacement };
    findings.push(finding);
  }
  const rank = { high: 0, medium: 1, tip: 2 } as const;
  return dropCoveredFallbacks(findings).sort((a, b) => a.start - b.start || a.end - b.end || rank[a.severity] - rank[b.severity] || (a.ruleId < b.ruleId ? -1 : 1));
}

/** Without the fallback findings (Rule.fallback) of a category that holds an alarm from another rule. */
function dropCoveredFallbacks(findings: Finding[]): Finding[] {
  let fallbacks = 0;
  for (const f of findings) if (fallbackIds.has(f.ruleId)) fallbacks++;
  if (fallbacks === 0) return findings;
  const alarmed = new Set<Category>();
  for (const f of findings) if (f.severity !== 'tip' && !fallbackIds.has(f.ruleId)) alarmed.add(f.category);
  return alarmed.size === 0 ? findings : findings.filter((f) => !fallbackIds.has(f.ruleId) || !alarmed.has(f.category));
}

const fallbackIds = new Set(allRules.filter((r) => r.fallback).map((r) => r.id));

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

function normalizeTerm(s: string): string {
  return lowerSameLength(fold(s)).trim().replace(/\s+/g, ' ');
}

/** Language of the sentence holding `pos` (binary search: sentences cover the text in order). */
function localeAt(sentences: readonly Sentence[], entries: readonly SentenceEntry[], pos: number, dominant: Locale): Locale {
  let lo = 0;
  let hi = sentences.length - 1;
  if (hi < 0 || pos >= sentences[hi]!.end) return dominant;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (pos < sentences[mid]!.end) hi = mid;
    else lo = mid + 1;
  }
  return decideLocale(entries[lo]!.score) ?? dominant;
}

function validCustomTerms(terms: readonly CustomTerm[] | undefined): CustomTerm[] {
  if (!Array.isArray(terms)) return [];
  return terms.filter(
    (t): t is CustomTerm =>
      !!t && typeof t === 'object' && typeof t.term === 'string' && t.term.trim().length > 0 && t.term.length <= 200 &&
      (t.note === undefined || typeof t.note === 'string') &&
      (CATEGORIES as readonly string[]).includes(t.category) && ['high', 'medium', 'tip'].includes(t.severity),
  );
}

export type { Category };
