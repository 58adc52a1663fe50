import type { Locale, Unit } from '../types.js';
import { fold, lowerSameLength, stripAccents } from './fold.js';
import { maskedSpans } from './mask.js';

/** Builds the views a detector reads. `before` is the previous sentence, for cross-sentence context. */
export function makeUnit(text: string, locale: Locale, before = ''): Unit {
  const folded = fold(text);
  return unitFromViews(text, folded, lowerSameLength(folded), locale, before ? lowerSameLength(fold(before)) : '');
}

/** The same, from views already computed: `folded` is fold(text), `lower` and `before` are lowerSameLength(fold(…)). */
export function unitFromViews(text: string, folded: string, lower: string, locale: Locale, before: string): Unit {
  return { text, folded, lower, plain: stripAccents(lower), locale, before, masked: maskedSpans(folded) };
}

/** The previous sentence in the same accent-free lower-case form as `unit.plain`. */
export function plainBefore(unit: Unit): string {
  return unit.before ? stripAccents(unit.before) : '';
}
