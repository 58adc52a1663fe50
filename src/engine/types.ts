// The domain words of OutLoud's engine. Everything here is plain data: no DOM, no browser API.
import type { GuidelineId } from './guideline-ids.js';

export type { GuidelineId };

export const MODES = ['personal', 'professional', 'official'] as const;
/** Which hat the author wears: their own account, a specialist/executive account, a ministry account. */
export type Mode = (typeof MODES)[number];

export const SEVERITIES = ['high', 'medium', 'tip'] as const;
/** high: likely breach, checked again before "Post"; medium: caution; tip: advice only. */
export type Severity = (typeof SEVERITIES)[number];
/** A rule may be silent in a mode. */
export type ModeSeverity = Severity | 'off';

export const CATEGORIES = [
  'personal-info',
  'confidential',
  'political',
  'policy-commentary',
  'speaking-for-government',
  'conflict-of-interest',
  'conduct',
  'official-standards',
] as const;
export type Category = (typeof CATEGORIES)[number];

export const LOCALES = ['en', 'fr'] as const;
export type Locale = (typeof LOCALES)[number];

/** A string in both official languages. */
export interface Localized {
  en: string;
  fr: string;
}

export interface Suggestion {
  /** What the action does, in the text's language ("Mask the number"). */
  label: string;
  /** Text that replaces [start, end) when the user applies it. */
  replacement: string;
}

/** One thing worth a second look, located in the draft by UTF-16 offsets. */
export interface Finding {
  ruleId: string;
  category: Category;
  severity: Severity;
  start: number;
  end: number;
  /** Why it matters, in the language of the sentence it was found in. */
  message: string;
  /** Language of `message` (and of the sentence). */
  locale: Locale;
  /** Ids of the guideline excerpts that explain it (see guidelines.ts). */
  guidelineIds: string[];
  suggestion?: Suggestion;
}

/** A user's or an organisation's watch-word, e.g. the code name of an unannounced project. */
export interface CustomTerm {
  term: string;
  category: Category;
  severity: Severity;
  note?: string;
}

export interface AnalyzeOptions {
  mode?: Mode;
  /** 'auto' decides per sentence. */
  locale?: 'auto' | Locale;
  customTerms?: readonly CustomTerm[];
  /** Dismissed terms (matched against a finding's text, case-insensitively) or rule ids. */
  ignored?: readonly string[];
  /** Rule ids or whole category ids to switch off. */
  disabledRules?: readonly string[];
}

/** What a detector sees: one sentence (or the whole text for text-scope rules). */
export interface Unit {
  /** The original text of the unit; offsets of hits are relative to it. */
  readonly text: string;
  /** Same length as `text`: dashes, full-width digits, odd spaces and zero-width characters folded. */
  readonly folded: string;
  /** `folded`, lower-cased code unit by code unit (same length again). */
  readonly lower: string;
  /** `lower` without accents (same length): lexicons match here, so "decision" finds "décision". */
  readonly plain: string;
  /** Language decided for this unit. */
  readonly locale: Locale;
  /** The sentence before this one (folded, lower-cased), for "near" checks across a sentence break. */
  readonly before: string;
  /** Spans of URLs, e-mail addresses, @handles and #hashtags, relative to `text`. */
  readonly masked: readonly Span[];
}

export interface Span {
  start: number;
  end: number;
  kind?: string;
}

/** What a detector returns: a span and, optionally, how this occurrence differs from the rule's defaults. */
export interface Hit {
  start: number;
  end: number;
  /** Overrides the rule's `why` for this hit (e.g. names the identifier). */
  message?: Localized;
  suggestion?: { label: Localized; replacement: string };
  /** Overrides the rule's severity per mode for this occurrence (e.g. weaker without context). */
  severity?: Partial<Record<Mode, ModeSeverity>>;
}

export interface RuleExample {
  text: string;
  mode?: Mode;
  /** For invalid examples: the exact text the finding must cover (defaults to "some finding"). */
  span?: string;
  /** For invalid examples: the severity expected in that mode. */
  severity?: Severity;
}

export interface Rule {
  id: string;
  category: Category;
  /** Severity by mode: the table documented in the README. */
  severity: Record<Mode, ModeSeverity>;
  guidelines: readonly GuidelineId[];
  title: Localized;
  why: Localized;
  /** 'sentence' rules are cached per sentence; 'text' rules see the whole draft and must stay linear and cheap. */
  scope: 'sentence' | 'text';
  detect(unit: Unit): Hit[];
  /**
   * A text-scope rule split in two, so that a keystroke costs one sentence, not the whole draft:
   * `facts` reads one sentence (and is cached with it), `combine` reads every sentence's facts.
   * With it, `detect` may be left out (defineRule derives it).
   */
  incremental?: IncrementalDetector<unknown>;
  /**
   * A cheap pre-filter: the detector finds nothing unless one of these matches the plain view
   * (Unit.plain) of the sentence or of the sentence before it, so elsewhere it is not run. A string
   * is a piece the plain view must contain (accent-free lower case; '' wakes the rule anywhere): the
   * pieces of all rules are matched in one pass per sentence (trigger-index.ts), so prefer them,
   * derived from the rule's own lexicons (`keyPieces`). A pattern costs a run per sentence; a
   * lexicon() pattern little (see lexicon-index.ts), unlike a rule's own gate pattern.
   * tests/rule-skipping.test.ts checks the promise on every corpus post and example. An incremental
   * text rule may declare them too: an untriggered sentence then holds the facts of an empty one.
   * tests/trigger-prefilter.test.ts requires the same findings with and without triggers.
   */
  triggers?: readonly (RegExp | string)[];
  /**
   * The triggers promise more: every hit holds one of them in its own sentence, so a trigger found
   * only in the sentence before wakes nothing (opinion: every hit holds an evaluation of its own
   * sentence). The rule is then not run on the sentence after each triggered one, and its answer
   * on an untriggered sentence holds whatever comes before it (the engine reuses it). For an
   * incremental text rule, its facts there are those of an empty sentence. tests/rule-skipping.test.ts
   * checks the promise as it checks `triggers`.
   */
  triggersHere?: boolean;
  /**
   * A rule does not run in a mode where its `severity` is 'off'. Set this when some hits carry their
   * own severity for such a mode (a postal code is 'off' on an official account, unless it is
   * someone's home), so the rule runs in every mode.
   */
  alwaysRun?: boolean;
  /**
   * A second opinion, not a finding of its own: the rule's finding is dropped when the result holds
   * a high or medium finding of the same category from a rule that is not a fallback (counted after
   * disabled rules and ignored terms are taken out, so switching the specific rule off brings the
   * fallback back). The learned "reads like" rules are fallbacks.
   */
  fallback?: boolean;
  examples: {
    valid: readonly (string | RuleExample)[];
    invalid: readonly RuleExample[];
  };
}

/** See Rule.incremental. The sentences are the engine's, in order; their `facts` are aligned with them. */
export interface IncrementalDetector<F> {
  /** What one sentence holds for the rule, with offsets relative to the sentence. Keep it small. */
  facts(unit: Unit): F;
  /** Hits relative to the whole text, from every sentence's facts (a loop over them, no re-reading). */
  combine(facts: readonly F[], sentences: readonly Span[], text: string): Hit[];
}

export interface Guideline {
  id: GuidelineId;
  /** Which body of rules it comes from, for grouping in the library. */
  source: 'ops-guidelines' | 'oath' | 'fippa' | 'psoa-political' | 'conflict-of-interest' | 'official-duties' | 'conduct';
  title: Localized;
  summary: Localized;
  url: string;
  section: string;
}
