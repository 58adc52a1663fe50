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

// Many rules read the sentence before; fold its accents once per unit, not once per rule.
const PLAIN_BEFORE = new WeakMap<Unit, string>();

/** The previous sentence in the same accent-free lower-case form as `unit.plain`. */
export function plainBefore(unit: Unit): string {
  if (!unit.before) return '';
  let plain = PLAIN_BEFORE.get(unit);
  if (plain === undefined) PLAIN_BEFORE.set(unit, (plain = stripAccents(unit.before)));
  return plain;
}

/**
 * `unit`, telling `onRead` when its `before` is read (the read goes on to the unit's own, so the
 * engine, which watches it, sees it too). For a helper that keeps its answers: an answer that read
 * the sentence before must read it again each time it is given, and one that did not may be given
 * after any sentence.
 */
export function watchingBefore(unit: Unit, onRead: () => void): Unit {
  return {
    text: unit.text, folded: unit.folded, lower: unit.lower, plain: unit.plain, locale: unit.locale, masked: unit.masked,
    get before() {
      onRead();
      return unit.before;
    },
  };
}
