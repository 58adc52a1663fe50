// Three whole-draft rules (acronym, bilingual, terms of use) read across sentence ends: an acronym
// spelled out in another sentence, a phrase broken over a line ("Questions? Reply below"), a run of
// capitals, an e-mail address just after the sentence. Their facts read a stretch of any length, so
// the whole draft read as one stretch is the answer they gave before being split per sentence, with
// no sentence end to get wrong. After edits in cached drafts, analyze() must give that answer.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze, clearCache, rules, type Locale, type Mode, type Rule } from '../src/engine/index.js';
import { makeUnit } from '../src/engine/text/unit.js';
import { isLowSurrogateAt, splitSentences } from '../src/engine/text/segment.js';
import { REPLY_INVITATIONS_EN, TERMS_OF_USE_EN } from '../src/engine/lexicons/en/official-invitations.js';
import { REPLY_INVITATIONS_FR, TERMS_OF_USE_FR } from '../src/engine/lexicons/fr/official-invitations.js';
import { buildPost } from '../bench/texts.js';
import { loadCorpus } from './eval/corpus.js';

const RUNS = Number(process.env.FC_RUNS ?? 25);
const IDS = ['official-standards/acronym', 'official-standards/bilingual', 'official-standards/terms-of-use'];
const RULES = IDS.map((id) => rules.find((r) => r.id === id)!);

interface Seen {
  ruleId: string;
  start: number;
  end: number;
  severity: string;
  message: string;
  replacement?: string;
}

const order = (a: Seen, b: Seen) => a.start - b.start || a.end - b.end || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0);

/** The rules' findings with the whole text read as one stretch (hits made findings as analyze() does). */
function wholeText(text: string, mode: Mode, locale: Locale): Seen[] {
  const out: Seen[] = [];
  for (const rule of RULES as Rule[]) {
    const inc = rule.incremental!;
    for (const h of inc.combine([inc.facts(makeUnit(text, locale))], [{ start: 0, end: text.length }], text)) {
      const severity = h.severity?.[mode] ?? rule.severity[mode];
      if (severity === 'off') continue;
      const start = isLowSurrogateAt(text, h.start) ? h.start - 1 : h.start;
      const end = isLowSurrogateAt(text, h.end) ? h.end + 1 : h.end;
      const seen: Seen = { ruleId: rule.id, start, end, severity, message: (h.message ?? rule.why)[locale] };
      if (h.suggestion) seen.replacement = h.suggestion.replacement;
      out.push(seen);
    }
  }
  return out.sort(order);
}

function engine(text: string, mode: Mode, locale: Locale): Seen[] {
  return analyze(text, { mode, locale })
    .filter((f) => IDS.includes(f.ruleId))
    .map((f) => {
      const seen: Seen = { ruleId: f.ruleId, start: f.start, end: f.end, severity: f.severity, message: f.message };
      if (f.suggestion) seen.replacement = f.suggestion.replacement;
      return seen;
    })
    .sort(order);
}

// Where a sentence-by-sentence reading would go wrong: what the rules read runs across a sentence end.
const ACROSS = [
  'Questions? Reply below and our team will help.',
  'Got feedback on the new trails? Tell us\nin the comments.',
  'Message us.\ninfo@ontario.ca is also open.',
  'Vous avez des questions? Répondez\n\naux critères du programme avant le 1er mai.',
  'IMPORTANT NOTICE FOR ALL. ODSP offices close early today.',
  'EMBARGOED\nODSP changes start in July for recipients.',
  'Changes start in July for ODSP\nRECIPIENTS everywhere in the province.',
  'We met the team of the Ontario. Disability Support Program today. ODSP is growing.',
  'Apply through the Ontario Student\nAssistance Program. OSAP opens soon for the fall.',
  'Inscriptions ouvertes sur ontario.ca/emplois.\nVersion\nanglaise : ontario.ca/jobs',
  // Longer than a sentence may be: the engine cuts it, the rules must not.
  'our team met the OMAFRA staff and the Ontario Disability Support Program leads so tell us what you think about '.repeat(14),
];

const corpus = loadCorpus().map((p) => p.text);
const glued = (from: number, sep: string) => corpus.slice(from, from + 6).join(sep);
const drafts = [
  // Each alone: the post's first invitation, its only acronym, its only language.
  ...ACROSS,
  ACROSS.join(' '),
  ACROSS.join('\n'),
  ACROSS.slice().reverse().join('\n\n'),
  glued(0, '\n\n') + '\n' + ACROSS.slice(0, 6).join(' '),
  glued(40, ' ') + ' ' + ACROSS.slice(5).join('\n'),
  glued(300, '\n') + '\n\n' + buildPost(1_500, 3),
];

/** A draft and an edited copy: up to 80 characters replaced by a piece that breaks, joins or adds sentences. */
const edit = fc
  .tuple(
    fc.constantFrom(...drafts.keys()),
    fc.double({ min: 0, max: 1, noNaN: true }),
    fc.nat({ max: 80 }),
    fc.constantFrom('', 'x', ' ', '.', '. ', '? ', '\n', '\n\n', 'ODSP', ' OSAP ', '(ODSP)', 'EMBARGOED ', 'Tell us\n', 'Questions? Reply', 'info@ontario.ca ', '@jdoe ', 'Terms of use', ...ACROSS.slice(0, 10)),
  )
  .map(([d, where, removed, inserted]) => {
    const text = drafts[d]!;
    const at = Math.floor(where * text.length);
    return [text, text.slice(0, at) + inserted + text.slice(Math.min(text.length, at + removed))] as const;
  });

describe('whole-draft rules read per sentence', () => {
  it('find what a reading of the whole draft finds, in every draft', () => {
    for (const text of drafts) {
      for (const [mode, locale] of [['official', 'en'], ['official', 'fr'], ['professional', 'en']] as const) {
        expect(engine(text, mode, locale), text.slice(0, 60)).toEqual(wholeText(text, mode, locale));
      }
    }
    // The drafts do reach every rule (a test that finds nothing would pass a broken rule).
    const found = new Set(drafts.flatMap((t) => engine(t, 'official', 'en').map((f) => f.ruleId)));
    expect([...found].sort()).toEqual(IDS);
  });

  it('find what a reading of the whole draft finds after an edit in the cached draft', () => {
    fc.assert(
      fc.property(edit, fc.constantFrom('professional', 'official'), fc.constantFrom('en', 'fr'), ([before, after], mode, locale) => {
        clearCache();
        analyze(before, { mode, locale });
        expect(engine(after, mode, locale)).toEqual(wholeText(after, mode, locale));
      }),
      { numRuns: RUNS * 2 },
    );
  });

  it('the crossing cases differ from a reading of each sentence alone', () => {
    // Else the cases above would not test the reading across sentence ends.
    const perSentence = (text: string) =>
      splitSentences(text).flatMap((s) => {
        const sentence = text.slice(s.start, s.end);
        return wholeText(sentence, 'official', 'en').map((f) => `${f.ruleId}:${sentence.slice(f.start, f.end)}`);
      });
    const whole = (text: string) => wholeText(text, 'official', 'en').map((f) => `${f.ruleId}:${text.slice(f.start, f.end)}`);
    const differing = ACROSS.filter((t) => JSON.stringify(perSentence(t)) !== JSON.stringify(whole(t)));
    expect(differing.length).toBeGreaterThanOrEqual(8);
  });

  it('phraseMayCross() holds for the invitation lexicons: no phrase has ".", "!" or "…" before a space', () => {
    const phrases = [...REPLY_INVITATIONS_EN, ...REPLY_INVITATIONS_FR, ...TERMS_OF_USE_EN, ...TERMS_OF_USE_FR];
    expect(phrases.filter((p) => /[.!\u2026][\s-]/.test(p))).toEqual([]);
  });
});
