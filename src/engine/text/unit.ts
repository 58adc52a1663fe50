import type { Locale, Unit } from '../types.js';
import { fold, lowerSameLength, stripAccents } from './fold.js';
import { maskedSpans } from './mask.js';

/** Builds the views a detector reads. `before` is the previous sentence, for cross-sentence context. */
export function makeUnit(text: string, locale: Locale, before = ''): Unit {
  const folded = fold(text);
  const lower = lowerSameLength(folded);
  return {
    text,
    folded,
    lower,
    plain: stripAccents(lower),
    locale,
    before: before ? lowerSameLength(fold(before)) : '',
    masked: maskedSpans(folded),
  };
}
