// analyze(text, options) → Finding[]: the engine's one entry point. Sentence-scope rules run per
// sentence and their raw hits are cached by (previous sentence, sentence, language, custom terms),
// so one keystroke in a long draft re-analyses only the sentence it touched and the one after.
// Mode, ignored terms and disabled rules are applied after the cache, so switching them is cheap.
import type { AnalyzeOptions, Category, CustomTerm, Finding, Hit, Locale, Mode, Rule, Unit } from './types.js';
import { CATEGORIES, MODES } from './types.js';
import { rules as allRules } from './rules/index.js';
import { splitSentences, type Sentence } from './text/segment.js';
import { decideLocale, scoreLocale, type LocaleScore } from './text/locale.js';
import { lowerSameLength, fold } from './text/fold.js';
import { makeUnit } from './text/unit.js';
import { Lru } from './cache.js';
import { customTermRules, customTermsKey } from './custom-terms.js';

interface RawHit {
  rule: Rule;
  hit: Hit;
}

interface SentenceEntry {
  score: LocaleScore;
  hits: Map<string, RawHit[]>;
}

const sentenceRules = allRules.filter((r) => r.scope === 'sentence');
const textRules = allRules.filter((r) => r.scope === 'text');

const sentenceCache = new Lru<string, SentenceEntry>(6000);
const textCache = new Lru<string, RawHit[]>(8);

/** Longer runs without punctuation (a pasted log, a 1 MB line) are cut at spaces so caching still pays. */
const MAX_SENTENCE = 1200;

export function clearCache(): void {
  sentenceCache.clear();
  textCache.clear();
}

export function analyze(text: string, rawOptions: AnalyzeOptions = {}): Finding[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  // Options come from storage, policy files and other tools: anything malformed is read as absent.
  const options: AnalyzeOptions = rawOptions !== null && typeof rawOptions === 'object' ? rawOptions : {};
  const mode: Mode = MODES.includes(options.mode as Mode) ? (options.mode as Mode) : 'personal';
  const forced: Locale | null = options.locale === 'en' || options.locale === 'fr' ? options.locale : null;
  const custom = validCustomTerms(options.customTerms);
  const ckey = customTermsKey(custom);
  const customRules = custom.length ? customTermRules(custom) : [];

  const sentences = boundedSentences(text);
  const entries: SentenceEntry[] = new Array(sentences.length);
  const total: LocaleScore = { en: 0, fr: 0 };
  let prevText = '';
  const keys: string[] = new Array(sentences.length);
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i]!;
    const st = text.slice(s.start, s.end);
    const key = prevText + '\u0001' + st;
    keys[i] = key;
    let entry = sentenceCache.get(key);
    if (!entry) {
      entry = { score: scoreLocale(lowerSameLength(fold(st))), hits: new Map() };
      sentenceCache.set(key, entry);
    }
    entries[i] = entry;
    total.en += entry.score.en;
    total.fr += entry.score.fr;
    if (st.trim()) prevText = st;
  }
  const dominant: Locale = decideLocale(total) ?? 'en';

  const raw: { hit: RawHit; offset: number; locale: Locale }[] = [];
  prevText = '';
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i]!;
    const entry = entries[i]!;
    const locale = forced ?? decideLocale(entry.score) ?? dominant;
    const hkey = locale + ckey;
    let hits = entry.hits.get(hkey);
    const st = text.slice(s.start, s.end);
    if (!hits) {
      const unit = makeUnit(st, locale, prevText);
      hits = runRules(sentenceRules, unit);
      if (customRules.length) hits.push(...runRules(customRules, unit));
      entry.hits.set(hkey, hits);
    }
    for (const h of hits) raw.push({ hit: h, offset: s.start, locale });
    if (st.trim()) prevText = st;
  }

  if (textRules.length) {
    const tkey = (forced ?? dominant) + '\u0001' + text;
    let hits = textCache.get(tkey);
    if (!hits) {
      hits = runRules(textRules, makeUnit(text, forced ?? dominant));
      textCache.set(tkey, hits);
    }
    for (const h of hits) raw.push({ hit: h, offset: 0, locale: forced ?? localeAt(sentences, entries, h.hit.start, dominant) });
  }

  return toFindings(text, raw, mode, options);
}

function runRules(rules: readonly Rule[], unit: Unit): RawHit[] {
  const out: RawHit[] = [];
  for (const rule of rules) {
    let hits: Hit[];
    try {
      hits = rule.detect(unit);
    } catch {
      // One faulty detector must not take the others down; the draft is still checked.
      continue;
    }
    for (const hit of hits) {
      if (hit.end > hit.start && hit.start >= 0 && hit.end <= unit.text.length) out.push({ rule, hit });
    }
  }
  return out;
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
    if (isLowSurrogate(text, start)) start--;
    if (isLowSurrogate(text, end)) end++;
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
  return findings.sort((a, b) => a.start - b.start || a.end - b.end || rank[a.severity] - rank[b.severity] || (a.ruleId < b.ruleId ? -1 : 1));
}

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

function isLowSurrogate(text: string, i: number): boolean {
  if (i <= 0 || i >= text.length) return false;
  const c = text.charCodeAt(i);
  const p = text.charCodeAt(i - 1);
  return c >= 0xdc00 && c <= 0xdfff && p >= 0xd800 && p <= 0xdbff;
}

function normalizeTerm(s: string): string {
  return lowerSameLength(fold(s)).trim().replace(/\s+/g, ' ');
}

function localeAt(sentences: Sentence[], entries: SentenceEntry[], pos: number, dominant: Locale): Locale {
  for (let i = 0; i < sentences.length; i++) {
    if (pos < sentences[i]!.end) return decideLocale(entries[i]!.score) ?? dominant;
  }
  return dominant;
}

function boundedSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  for (const s of splitSentences(text)) {
    let start = s.start;
    while (s.end - start > MAX_SENTENCE) {
      let cut = text.lastIndexOf(' ', start + MAX_SENTENCE);
      if (cut <= start + MAX_SENTENCE / 2) cut = start + MAX_SENTENCE;
      if (isLowSurrogate(text, cut)) cut--;
      out.push({ start, end: cut });
      start = cut;
    }
    out.push({ start, end: s.end });
  }
  return out;
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
