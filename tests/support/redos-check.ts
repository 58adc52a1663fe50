// recheck, made affordable for the ~1,000 patterns of the engine:
//  - patterns are rewritten into an equivalent form its automaton checker accepts: a one-character
//    lookbehind at the start becomes (?:^|[^C]) and a one-character lookahead at the end becomes
//    (?:[^C]|$) (same start and end positions, same backtracking); the g and d flags go (they do not
//    change how one match runs; y stays: recheck reads it as anchored, which is what one call does);
//  - lexicon() patterns, (?<![\p{L}\p{N}])(?:phrase|phrase|...)(?![\p{L}\p{N}]) (flat or factored as
//    a trie), are a union of phrases that is not repeated, so their cost is at most the sum of their
//    phrases' costs: the union is flattened back into phrases and each is checked on its own,
//    reduced to its shape (every letter "a", every digit "0", runs shortened, which only adds
//    ambiguity) and cut at its barriers (see segmentsOf): a few dozen pieces stand for thousands
//    of phrases;
//  - verdicts are memoised in tests/redos-cache.json (keyed by recheck version and pattern), so a run
//    checks only patterns it has not seen; commit that file. recheck gives up on some patterns after
//    CHECK_TIMEOUT_MS; those are retried at once with RETRY_TIMEOUT_MS (budget permitting), and
//    `npm run test:redos` (no budget) starts with the long limit.
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { checkSync } from 'recheck';
import { classLength, escapeLength } from './regex-source.js';

// The pure-JavaScript backend: no Java, no native binary, same answer everywhere.
process.env.RECHECK_SYNC_BACKEND = 'pure';
const RECHECK_VERSION = (createRequire(import.meta.url)('recheck/package.json') as { version: string }).version;

export const CACHE_FILE = join(import.meta.dirname, '..', 'redos-cache.json');

export interface Verdict {
  status: 'safe' | 'vulnerable' | 'timeout' | 'error';
  /** complexity summary, attack pattern, or error. */
  detail?: string;
  attack?: string;
}

export interface CheckTarget {
  /** What recheck sees (after the rewrites above). */
  source: string;
  flags: string;
}

// --- Tokenising just enough of a pattern ---

/** A single-character atom: an escape, a class or one literal character. */
const ATOM = String.raw`(?:\\(?:[pP]\{[^}]*\}|u\{[0-9a-fA-F]+\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|[dDwWsS]|[^1-9bBkpPux])|\[(?:\\.|[^\]\\])*\]|[^\\()[\]|?*+{}^$.])`;
const LEADING_LOOKBEHIND = new RegExp(String.raw`^\(\?<([!=])(${ATOM})\)`);
const TRAILING_LOOKAHEAD = new RegExp(String.raw`\(\?([!=])(${ATOM})\)$`);

function complement(atom: string): string {
  if (atom.startsWith('[^')) return '[' + atom.slice(2);
  if (atom.startsWith('[')) return '[^' + atom.slice(1);
  const esc = /^\\([dDwWsS])$/.exec(atom);
  if (esc) return '\\' + (esc[1] === esc[1]!.toLowerCase() ? esc[1]!.toUpperCase() : esc[1]!.toLowerCase());
  const prop = /^\\([pP])(\{[^}]*\})$/.exec(atom);
  if (prop) return `\\${prop[1] === 'p' ? 'P' : 'p'}${prop[2]}`;
  return `[^${atom}]`;
}

/** The equivalent pattern recheck's automaton checker can take (see the header). */
export function toCheckTarget(source: string, flags: string): CheckTarget {
  // (Both rewrites are local to the first and last top-level alternative, as the lookarounds were.)
  let s = source;
  const lb = LEADING_LOOKBEHIND.exec(s);
  if (lb) s = (lb[1] === '!' ? `(?:^|${complement(lb[2]!)})` : lb[2]!) + s.slice(lb[0].length);
  const la = TRAILING_LOOKAHEAD.exec(s);
  if (la && !s.endsWith('\\' + la[0])) s = s.slice(0, s.length - la[0].length) + (la[1] === '!' ? `(?:${complement(la[2]!)}|$)` : la[2]!);
  return { source: s, flags: flags.replace(/[gd]/g, '') };
}

// --- lexicon() patterns ---

const LEX_PRE = String.raw`(?<![\p{L}\p{N}])`;
const LEX_POST = String.raw`(?![\p{L}\p{N}])`;
const MAX_PHRASES = 20_000;

type Item = { atom: string } | { alts: Item[][]; optional: boolean };

/**
 * Parses a lexicon body: atoms (characters, escapes, classes, each maybe quantified) and
 * non-capturing groups, optional or not. Anything else (capturing groups, lookarounds, a repeated
 * group, back-references) returns null: then the pattern is checked whole.
 */
function parseBody(p: string): Item[][] | null {
  let i = 0;
  const alternation = (): Item[][] | null => {
    const alts: Item[][] = [];
    let seq: Item[] = [];
    while (i < p.length && p[i] !== ')') {
      const c = p[i]!;
      if (c === '|') {
        alts.push(seq);
        seq = [];
        i++;
        continue;
      }
      if (c === '(') {
        if (!p.startsWith('(?:', i)) return null;
        i += 3;
        const inner = alternation();
        if (!inner || p[i] !== ')') return null;
        i++;
        const optional = p[i] === '?' && p[i + 1] !== '?';
        if (optional) i++;
        if (/^[*+{?]/.test(p.slice(i))) return null;
        seq.push({ alts: inner, optional });
        continue;
      }
      if ('^$.'.includes(c) || (c === '\\' && /^\\(?:[1-9bBk])/.test(p.slice(i)))) return null;
      const n = c === '\\' ? escapeLength(p, i) : c === '[' ? classLength(p, i) : c.codePointAt(0)! > 0xffff ? 2 : 1;
      let atom = p.slice(i, i + n);
      i += n;
      const q = /^(?:[*+?]|\{\d+(?:,\d*)?\})\??/.exec(p.slice(i));
      if (q) {
        atom += q[0];
        i += q[0].length;
      }
      seq.push({ atom });
    }
    alts.push(seq);
    return alts;
  };
  const top = alternation();
  return top && i === p.length ? top : null;
}

/** Every phrase a parsed body stands for (the union it matches), or null past MAX_PHRASES. */
function flatten(alts: Item[][]): string[] | null {
  const out: string[] = [];
  for (const seq of alts) {
    let partial = [''];
    for (const item of seq) {
      let options: string[];
      if ('atom' in item) options = [item.atom];
      else {
        const sub = flatten(item.alts);
        if (!sub) return null;
        options = item.optional ? [...sub, ''] : sub;
      }
      partial = partial.flatMap((a) => options.map((b) => a + b));
      if (partial.length > MAX_PHRASES) return null;
    }
    out.push(...partial);
    if (out.length > MAX_PHRASES) return null;
  }
  return out;
}

/**
 * The phrases of a lexicon-shaped pattern, (?<![\p{L}\p{N}])BODY(?![\p{L}\p{N}]) whose body is
 * a union of phrases (flat or factored as a trie), or null when it is not one. The pattern is not
 * repeated, so its cost is at most the sum of its phrases' costs (a trie only shares work).
 */
export function lexiconAlternatives(source: string, flags: string): string[] | null {
  if (!source.startsWith(LEX_PRE) || !source.endsWith(LEX_POST) || !flags.includes('u') || /[imsv]/.test(flags)) return null;
  const parsed = parseBody(source.slice(LEX_PRE.length, source.length - LEX_POST.length));
  return parsed ? flatten(parsed) : null;
}

/**
 * An alternative's shape: letters → a, digits → 0, runs shortened, identical alternatives inside a
 * group merged; classes, escapes and quantifiers kept.
 */
export function shapeOf(alternative: string): string {
  let out = '';
  for (let i = 0; i < alternative.length; i++) {
    const c = alternative[i]!;
    const quantifier = c === '{' ? /^\{\d+(?:,\d*)?\}/.exec(alternative.slice(i)) : null;
    const n = c === '\\' ? escapeLength(alternative, i) : c === '[' ? classLength(alternative, i) : quantifier ? quantifier[0].length : 0;
    if (n) {
      out += c === '[' ? abstractClass(alternative.slice(i, i + n)) : alternative.slice(i, i + n);
      i += n - 1;
    } else out += /\p{L}/u.test(c) ? 'a' : /\p{N}/u.test(c) ? '0' : c;
  }
  return mergeAlternatives(out.replace(/a{2,}/g, 'a').replace(/(?<![{,\d])0{2,}/g, '0'));
}

/** A class in shape terms: its letters become a and its digits 0; a negated class loses them (it then matches a and 0). */
function abstractClass(cls: string): string {
  const negated = cls.startsWith('[^');
  const body = cls.slice(negated ? 2 : 1, -1);
  let out = '';
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (c === '\\') {
      const n = escapeLength(body, i);
      out += body.slice(i, i + n);
      i += n - 1;
    } else if (/[\p{L}\p{N}]/u.test(c)) out += negated ? '' : /\p{L}/u.test(c) ? 'a' : '0';
    else out += c;
  }
  // "a-a" and "0-0" ranges are just a and 0; a dangling "-" from a dropped range end stays literal.
  out = out.replace(/a-a/g, 'a').replace(/0-0/g, '0').replace(/^-|-$/g, '\\-');
  return `[${negated ? '^' : ''}${out}]`;
}

/** `(?:a|a b|a)` → `(?:a|a b)`, at every depth (a shape's letters being all "a", many alternatives coincide). */
function mergeAlternatives(p: string): string {
  let i = 0;
  const group = (): string => {
    const alts: string[] = [];
    let cur = '';
    while (i < p.length) {
      const c = p[i]!;
      if (c === '\\' || c === '[') {
        const n = c === '\\' ? escapeLength(p, i) : classLength(p, i);
        cur += p.slice(i, i + n);
        i += n;
      } else if (c === '(') {
        const open = /^\((?:\?(?::|=|!|<=|<!|<[^>]*>))?/.exec(p.slice(i))![0];
        i += open.length;
        cur += open + group() + ')';
        i++; // the closing parenthesis
      } else if (c === ')') break;
      else if (c === '|') {
        alts.push(cur);
        cur = '';
        i++;
      } else {
        cur += c;
        i++;
      }
    }
    alts.push(cur);
    return [...new Set(alts)].join('|');
  };
  return group();
}

interface Atom {
  text: string;
  /** Can repeat more than once (*, +, {n,} or {n,m} with m > 1). */
  pumpable: boolean;
  /** A single unquantified character (literal or escaped): a candidate barrier. */
  literal: boolean;
}

function atomsOf(shape: string): Atom[] | null {
  const atoms: Atom[] = [];
  for (let i = 0; i < shape.length; ) {
    const c = shape[i]!;
    if (c === '(' || c === ')' || c === '|') return null;
    const n = c === '\\' ? escapeLength(shape, i) : c === '[' ? classLength(shape, i) : c.codePointAt(0)! > 0xffff ? 2 : 1;
    const body = shape.slice(i, i + n);
    i += n;
    const q = /^(?:[*+?]|\{(\d+)(,(\d*))?\})\??/.exec(shape.slice(i));
    if (q) i += q[0].length;
    const max = !q ? 1 : q[0][0] === '?' ? 1 : q[0][0] === '*' || q[0][0] === '+' ? Infinity : q[2] === undefined ? Number(q[1]) : q[3] === '' ? Infinity : Number(q[3]);
    const literal = !q && (c !== '\\' || /^\\[^pPdDwWsSbBk0-9]/.test(body)) && !'[.^$'.includes(c);
    atoms.push({ text: body + (q ? q[0] : ''), pumpable: max > 1, literal });
  }
  return atoms;
}

/**
 * A shape cut at its barriers: literal characters that none of its repeating parts can match. A
 * loop on one side of a barrier cannot read past it, so two loops on either side can never share
 * the same input (no polynomial or exponential ambiguity across it): each piece is checked alone.
 * Pieces keep their barriers at both ends.
 */
export function segmentsOf(shape: string): string[] {
  const atoms = atomsOf(shape);
  if (!atoms) return [shape];
  const loops = atoms.filter((a) => a.pumpable).map((a) => new RegExp(`^(?:${a.text.replace(/(?:[*+?]|\{\d+(?:,\d*)?\})\??$/, '')})$`, 'u'));
  const charOf = (a: Atom) => (a.text.startsWith('\\') ? a.text.slice(1) : a.text);
  const barrier = atoms.map((a) => a.literal && !loops.some((re) => re.test(charOf(a))));
  const out: string[] = [];
  let from = 0;
  for (let i = 0; i < atoms.length; i++) {
    if (!barrier[i] || i === 0) continue;
    out.push(atoms.slice(from, i + 1).map((a) => a.text).join(''));
    from = i;
  }
  if (from < atoms.length - 1 || out.length === 0) out.push(atoms.slice(from).map((a) => a.text).join(''));
  return [...new Set(out)];
}

/**
 * One piece of a lexicon phrase as recheck sees it: the lexicon's word boundaries in consuming form,
 * and, since every letter is already "a" and every digit "0", \p{L} and \p{N} become a and 0 so the
 * pattern needs no Unicode flag (a far smaller alphabet for recheck).
 */
export function shapeTarget(segment: string): CheckTarget {
  const small = segment.replace(/\\p\{L\}/g, 'a').replace(/\\p\{N\}/g, '0');
  if (/\\[pP]\{|\\u\{/.test(small)) return { source: String.raw`(?:^|[^\p{L}\p{N}])(?:${segment})(?:[^\p{L}\p{N}]|$)`, flags: 'u' };
  return { source: `(?:^|[^a0])(?:${small})(?:[^a0]|$)`, flags: '' };
}

// --- Checking, with a memo on disk ---

/** recheck's time limit for a new pattern, and the longer one a time-out is retried with (a run without budget starts with it). */
export const CHECK_TIMEOUT_MS = 2_000;
export const RETRY_TIMEOUT_MS = 10_000;
/** How long the real engine may take on a found attack string before the verdict is 'vulnerable'. */
export const RECALL_TIMEOUT_MS = 1_000;

type Cache = Record<string, Verdict & { timeoutMs?: number }>;

function readCache(): Cache {
  try {
    return (JSON.parse(readFileSync(CACHE_FILE, 'utf8')) as { results?: Cache }).results ?? {};
  } catch {
    return {};
  }
}

export class Checker {
  private readonly cache: Cache;
  private readonly used = new Set<string>();
  private readonly fresh = new Set<string>();
  spentMs = 0;
  checked = 0;

  /**
   * budgetMs: recheck time this run may spend on patterns it has no final verdict for; 0 = no limit.
   * timeouts: recheck's first limit and the longer one a time-out is retried with (tests shorten them).
   */
  constructor(
    private readonly budgetMs: number,
    private readonly timeouts = { check: CHECK_TIMEOUT_MS, retry: RETRY_TIMEOUT_MS },
  ) {
    this.cache = readCache();
  }

  private key(t: CheckTarget): string {
    return `${RECHECK_VERSION}|/${t.source}/${t.flags}`;
  }

  private budgetSpent(): boolean {
    return this.budgetMs > 0 && this.spentMs > this.budgetMs;
  }

  /**
   * The verdict, from the memo or from recheck; undefined when the time budget is spent.
   * A time-out under the short limit is retried at once under the long one, in every run: a new
   * pattern that recheck could not finish in 2 s on a loaded machine was once reported, not
   * failed, though the long check found it vulnerable. Only long time-outs stay reported.
   */
  check(t: CheckTarget): Verdict | undefined {
    const k = this.key(t);
    const hit = this.cache[k];
    const shortTimeout = (v: Verdict & { timeoutMs?: number }) => v.status === 'timeout' && (v.timeoutMs ?? 0) < this.timeouts.retry;
    if (hit && !shortTimeout(hit)) {
      this.used.add(k);
      return hit;
    }
    if (this.budgetSpent()) return undefined;
    let v = this.run(t, hit || this.budgetMs === 0 ? this.timeouts.retry : this.timeouts.check);
    if (shortTimeout(v) && !this.budgetSpent()) v = this.run(t, this.timeouts.retry);
    this.cache[k] = v;
    this.used.add(k);
    this.fresh.add(k);
    return v;
  }

  private run(t: CheckTarget, timeout: number): Verdict & { timeoutMs?: number } {
    const t0 = performance.now();
    let v: Verdict & { timeoutMs?: number };
    try {
      // An attack found by fuzzing is replayed on the JavaScript engine itself (recheck's recall
      // validation) before the pattern is called vulnerable: fuzzing counts steps of its own VM and,
      // on bounded repetitions such as {1,64}, can report a growth V8 does not show.
      // (Where recheck cannot replay a pattern, it checks it as before.)
      let d = checkSync(t.source, t.flags, { timeout, recallTimeout: RECALL_TIMEOUT_MS });
      if (d.status === 'unknown' && d.error.kind === 'unexpected' && /recall validation is not supported/.test(d.error.message)) {
        d = checkSync(t.source, t.flags, { timeout });
      }
      if (d.status === 'safe') v = { status: 'safe', detail: `${d.complexity.summary} (${d.checker})` };
      else if (d.status === 'vulnerable') v = { status: 'vulnerable', detail: `${d.complexity.summary} (${d.checker})`, attack: d.attack.pattern.slice(0, 300) };
      else if (d.error.kind === 'timeout') v = { status: 'timeout', timeoutMs: timeout };
      else v = { status: 'error', detail: `${d.error.kind}${'message' in d.error ? `: ${d.error.message}` : ''}` };
    } catch (e) {
      v = { status: 'error', detail: e instanceof Error ? e.message : String(e) };
    }
    this.spentMs += performance.now() - t0;
    this.checked++;
    return v;
  }

  /**
   * Writes the memo, merged with what another run (a parallel `npm test`) may have written meanwhile;
   * with `prune`, drops entries this run did not use (patterns that no longer exist).
   */
  save(prune: boolean): void {
    if (!this.fresh.size && !prune) return;
    const merged: Cache = { ...readCache() };
    for (const k of this.fresh) merged[k] = this.cache[k]!;
    for (const k of this.used) if (!merged[k]) merged[k] = this.cache[k]!;
    const results: Cache = {};
    for (const k of Object.keys(merged).sort()) if (!prune || this.used.has(k)) results[k] = merged[k]!;
    const text =
      JSON.stringify(
        {
          about:
            'recheck verdicts on the engine regular expressions, memoised by tests/redos.test.ts so a run checks only new patterns. Commit it. Safe to delete (then run npm run test:redos once).',
          results,
        },
        null,
        1,
      ) + '\n';
    if (existsSync(CACHE_FILE) && readFileSync(CACHE_FILE, 'utf8') === text) return;
    const tmp = `${CACHE_FILE}.${process.pid}.tmp`;
    writeFileSync(tmp, text);
    renameSync(tmp, CACHE_FILE);
  }
}
