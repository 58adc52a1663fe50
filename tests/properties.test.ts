// Properties that hold for any draft, whatever rules exist: analyze() never throws; spans lie inside
// the text, are non-empty, sorted, and never split a surrogate pair; the same input gives the same
// output (again after clearCache(), and whatever was analysed before); huge pastes return; garbage
// options are shrugged off. fast-check prints the smallest failing input when one breaks.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze, clearCache, CATEGORIES, MODES, SEVERITIES, type AnalyzeOptions, type Finding } from '../src/engine/index.js';
import { buildLarge } from '../bench/texts.js';

const RUNS = Number(process.env.FC_RUNS ?? 120);
const LOCALES = ['auto', 'en', 'fr'] as const;
const COMBOS = MODES.flatMap((mode) => LOCALES.map((locale) => ({ mode, locale })));

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;
/** Whether offset i falls between the two halves of a surrogate pair. */
const splitsPair = (text: string, i: number) => i > 0 && i < text.length && isHigh(text.charCodeAt(i - 1)) && isLow(text.charCodeAt(i));

/** Every invariant of a findings array; returns the broken ones, described with the finding. */
function violations(text: string, findings: unknown): string[] {
  if (!Array.isArray(findings)) return [`analyze returned ${typeof findings}, not an array`];
  const out: string[] = [];
  const fs = findings as Finding[];
  fs.forEach((f, i) => {
    const at = `finding #${i} ${f.ruleId} [${f.start}, ${f.end}) ${JSON.stringify(text.slice(f.start, f.end))}`;
    if (!Number.isInteger(f.start) || !Number.isInteger(f.end)) out.push(`${at}: offsets are not integers`);
    if (!(f.start >= 0 && f.start < f.end && f.end <= text.length)) out.push(`${at}: not 0 <= start < end <= ${text.length}`);
    if (splitsPair(text, f.start)) out.push(`${at}: starts inside a surrogate pair`);
    if (splitsPair(text, f.end)) out.push(`${at}: ends inside a surrogate pair`);
    if (i > 0 && fs[i - 1]!.start > f.start) out.push(`${at}: not sorted by start (previous starts at ${fs[i - 1]!.start})`);
    if (!(SEVERITIES as readonly string[]).includes(f.severity)) out.push(`${at}: severity ${String(f.severity)}`);
    if (!(CATEGORIES as readonly string[]).includes(f.category)) out.push(`${at}: category ${String(f.category)}`);
    if (f.locale !== 'en' && f.locale !== 'fr') out.push(`${at}: locale ${String(f.locale)}`);
    if (typeof f.message !== 'string' || !f.message.trim()) out.push(`${at}: empty message`);
  });
  return out;
}

/** analyze() in every mode and locale; throws (failing the property) with the combination named. */
function checkAllCombos(text: string): void {
  for (const o of COMBOS) {
    let found: Finding[];
    try {
      found = analyze(text, o);
    } catch (e) {
      throw new Error(`analyze threw in ${o.mode}/${o.locale}: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
    }
    const v = violations(text, found);
    if (v.length) throw new Error(`${o.mode}/${o.locale}:\n  ${v.join('\n  ')}`);
  }
}

// --- Arbitraries ---

const WEIRD = [
  '\u{1F600}', '\u{1F469}\u200D\u{1F4BB}', '\u{1F1E8}\u{1F1E6}', '\u{1F44D}\u{1F3FD}', '\u2764\uFE0F',
  '\u200B', '\u200C', '\u200D', '\u200E', '\u200F', '\u202A', '\u202E', '\u2066', '\u2069', '\uFEFF', '\u00AD',
  '\u0301', '\u0327', '\u0308', '\u20E3', '\uFE0F',
  '\u00A0', '\u2009', '\u3000', '\t', '\n', '\r\n', '\n\n',
  '\u2010', '\u2013', '\u2014', '\u2212', '\uFF0D', '\uFF11', '\uFF13',
  '\u2019', '\u00AB', '\u00BB', '\u201C', '\u2026',
  '\u0130', '\u00DF', '\uFB01', '\u03A3', '\u0645', '\u05D0',
  '\uD800', '\uDC00',
];
const SEPARATORS = [' ', ' ', ' ', '-', '.', '. ', '! ', '? ', ',', ':', ';', '/', '@', '#', '(', ')', '"', "'", '*', '$', '%', '+', '='];
const FRAGMENTS = [
  'SIN', 'NAS', 'SIN 130 692 544', '130 692 544', '130-692-544', '130692544', '046 454 286', '416-555-0134', '(613) 555-0199',
  '4520 1234 5678 9012', '1234-567-890-AB', 'health card', 'OHIP', 'passport', 'driver’s licence',
  'my client', 'Mon client', 'patient', 'colleague', 'has cancer', 'est enceinte', 'Marie Tremblay', 'Maria Lopez',
  '42 Wallaby Way', '123, rue Principale', 'M5V 2T6', 'jane.doe@example.com', '@premier', '#onpoli', '#VoteNDP',
  'https://www.ontario.ca/page/news', 'www.example.ca/130692544',
  'vote', 'Liberal', 'Conservative', 'NDP', 'Green Party', 'votez', 'le parti', 'Doug Ford', 'election', 'campaign',
  'Cabinet', 'confidential', 'embargo', 'not public yet', 'Project Bluebird', 'draft budget', 'leaked',
  'free tickets', 'gift card', 'my Etsy shop', 'promo code', 'jump the queue',
  'idiot', 'I hate', 'stupid', 'the government', 'the Minister', 'our ministry', 'on behalf of', 'views are my own',
  'Thanks team!', 'Great day at the garden.', 'Merci à toute l’équipe.', 'Bill 23', '42%', 'next week', 'demain',
];

const tokenText = fc
  .array(
    fc.oneof(
      { weight: 3, arbitrary: fc.constantFrom(...FRAGMENTS) },
      { weight: 3, arbitrary: fc.constantFrom(...SEPARATORS) },
      { weight: 2, arbitrary: fc.constantFrom(...WEIRD) },
      { weight: 1, arbitrary: fc.stringMatching(/^\d{1,12}$/) },
      { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }) },
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(''));

const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 120 }), // any code points, emoji and astral planes included
  fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 120 }), // lone surrogates too
  fc.string({ unit: 'grapheme-composite', maxLength: 80 }),
  tokenText,
  tokenText,
);

/** A text and an edited copy (a character typed, deleted or replaced somewhere): the incremental path. */
const editedPair = fc
  .tuple(tokenText, fc.nat(), fc.constantFrom('insert', 'delete', 'replace'), fc.constantFrom('x', '5', ' ', '.', '\u200B', '\u{1F600}', '\n'))
  .map(([text, n, op, ch]) => {
    const i = text.length ? n % (text.length + 1) : 0;
    const edited =
      op === 'insert' ? text.slice(0, i) + ch + text.slice(i) : op === 'delete' ? text.slice(0, i) + text.slice(i + 1) : text.slice(0, i) + ch + text.slice(i + 1);
    return [text, edited] as const;
  });

// --- Properties ---

describe('analyze() on any string', () => {
  it('never throws; spans are inside the text, non-empty, sorted, and never split a surrogate pair (every mode and locale)', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        checkAllCombos(text);
      }),
      { numRuns: RUNS },
    );
  });

  it('gives the same output for the same input, also after clearCache()', () => {
    fc.assert(
      fc.property(anyText, fc.constantFrom(...COMBOS), (text, o) => {
        const first = analyze(text, o);
        expect(analyze(text, o)).toEqual(first);
        clearCache();
        expect(analyze(text, o)).toEqual(first);
      }),
      { numRuns: RUNS },
    );
  });

  it('gives the same output whatever was analysed before (incremental cache)', () => {
    fc.assert(
      fc.property(editedPair, fc.constantFrom(...COMBOS), ([before, after], o) => {
        clearCache();
        analyze(before, o);
        const incremental = analyze(after, o);
        clearCache();
        expect(incremental, `after analysing ${JSON.stringify(before)}`).toEqual(analyze(after, o));
      }),
      { numRuns: RUNS },
    );
  });

  it('returns on a 1 MB paste of realistic sentences', () => {
    const text = buildLarge(1_000_000);
    expect(text.length).toBe(1_000_000);
    const found = analyze(text, { mode: 'professional' });
    expect(violations(text, found)).toEqual([]);
  }, 120_000);

  it('returns on a 1 MB run without sentence punctuation, and on 200 KB of identifier-shaped numbers', () => {
    const words = 'the client said that the garden project would need more volunteers and a bigger budget ';
    const line = words.repeat(Math.ceil(1_000_000 / words.length)).slice(0, 1_000_000);
    expect(violations(line, analyze(line, { mode: 'official' }))).toEqual([]);
    const numbers = '130 692 544 416-555-0134 4520 1234 5678 9012 '.repeat(4_500);
    expect(violations(numbers, analyze(numbers, { mode: 'personal' }))).toEqual([]);
  }, 120_000);
});

describe('analyze() with garbage arguments', () => {
  const text = 'Client SIN is 130 692 544. Vote Liberal! Mon client a le cancer. Thanks team.';
  const junk = fc.oneof(fc.constant(null), fc.constant(undefined), fc.integer(), fc.double(), fc.string(), fc.boolean(), fc.object(), fc.array(fc.anything(), { maxLength: 3 }));
  const call = (t: unknown, options: unknown) => {
    const found = analyze(t as string, options as AnalyzeOptions);
    const v = violations(typeof t === 'string' ? t : '', found);
    if (v.length) throw new Error(v.join('\n'));
  };

  it('a text that is not a string gives no findings', () => {
    fc.assert(
      fc.property(junk, (t) => {
        if (typeof t === 'string') return;
        expect(analyze(t as unknown as string)).toEqual([]);
      }),
      { numRuns: RUNS },
    );
  });

  it('options that are not an object (null, a number, a string, ...)', () => {
    fc.assert(fc.property(fc.oneof(fc.constant(null), fc.integer(), fc.string(), fc.boolean(), fc.array(fc.anything(), { maxLength: 3 })), (options) => call(text, options)), {
      numRuns: RUNS,
    });
  });

  it('unknown mode and locale values', () => {
    fc.assert(fc.property(junk, junk, (mode, locale) => call(text, { mode, locale })), { numRuns: RUNS });
  });

  it('customTerms with bad entries', () => {
    const term = fc.record(
      {
        term: fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('*', '**', '(', '\\', "'", ' ', 'Project*', 'SIN', '\u{1F600}', '\uD800', 'x'.repeat(300)), junk),
        category: fc.oneof(fc.constantFrom(...CATEGORIES), junk),
        severity: fc.oneof(fc.constantFrom(...SEVERITIES, 'off'), junk),
        note: fc.oneof(fc.string({ maxLength: 12 }), junk),
      },
      { requiredKeys: [] },
    );
    fc.assert(fc.property(fc.oneof(fc.array(fc.oneof(term, junk), { maxLength: 4 }), junk), (customTerms) => call(text, { customTerms })), { numRuns: RUNS });
  });

  it('ignored and disabledRules that are not arrays of strings', () => {
    const list = fc.oneof(fc.array(fc.oneof(fc.string({ maxLength: 20 }), fc.constantFrom('personal-info/sin', 'political', '130 692 544'), junk), { maxLength: 4 }), junk);
    fc.assert(fc.property(list, list, (ignored, disabledRules) => call(text, { ignored, disabledRules })), { numRuns: RUNS });
  });
});
