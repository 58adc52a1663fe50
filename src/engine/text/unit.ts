import type { Locale, Unit } from '../types.js';
import { fold, lowerSameLength, stripAccents } from './fold.js';
import { maskedSpans } from './mask.js';
import { onClearCache } from '../cache.js';

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
  return accentFree(unit.before);
}

// Many rules read the sentence before, one after the other, and the engine hands them all the same
// string: its accents are folded once (a one-slot memo by the string; a WeakMap by unit, as before,
// cost a hashed look-up and an ephemeron entry per call).
let lastLower = '';
let lastPlain = '';
onClearCache(() => (lastLower = lastPlain = ''));

/** stripAccents(lower), remembered for the last string asked. */
export function accentFree(lower: string): string {
  if (lower !== lastLower) {
    lastPlain = stripAccents(lower);
    lastLower = lower;
  }
  return lastPlain;
}

/**
 * `unit`, telling `onRead` when its `before` is read (the read goes on to the unit's own, so the
 * engine, which watches it, sees it too). For a helper that keeps its answers: an answer that read
 * the sentence before must read it again each time it is given, and one that did not may be given
 * after any sentence.
 */
export function watchingBefore(unit: Unit, onRead: () => void): Unit {
  const watched = { text: unit.text, folded: unit.folded, lower: unit.lower, plain: unit.plain, locale: unit.locale, masked: unit.masked, [WATCHED]: unit, [ON_READ]: onRead };
  return Object.defineProperty(watched, 'before', READ_WATCHED) as typeof watched & Unit;
}

// One getter shared by every watched unit, added after its other fields: V8 makes an object literal
// holding a getter a dictionary (a property table per unit, a hashed look-up per read of its fields).
const WATCHED = Symbol('watched unit');
const ON_READ = Symbol('on read');
const READ_WATCHED: PropertyDescriptor = {
  get(this: { [WATCHED]: Unit; [ON_READ]: () => void }): string {
    this[ON_READ]();
    return this[WATCHED].before;
  },
  enumerable: true,
  configurable: true,
};
