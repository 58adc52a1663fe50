// Language of a sentence from function words: cheap, deterministic and good enough to choose a
// lexicon and the language of a message. Returns null when a sentence gives no evidence.
import type { Locale } from '../types.js';
import { FNV_OFFSET, FNV_PRIME, isLetter } from '../lexicon-index.js';

const FR = new Set(
  ('le la les des du de un une et est sont être pour dans que qui avec sur pas nous vous je j tu il elle ils elles ce cette ces ' +
    'au aux mais ou donc car ne plus très notre nos votre vos leur leurs mon ma mes son sa ses à été fait chez aujourd hui ' +
    'merci bonjour semaine prochaine année cet en où quand comme peut tout tous toutes avons avez ont sera était')
    .split(' '),
);
const EN = new Set(
  ('the and is are be for in that who with not we you i he she they this these those at to of but or so more very our ' +
    'your their my his her its was were been have has had will would can could today week next year thanks thank from by an ' +
    'it what when how all just about us')
    .split(' '),
);


/**
 * The function words of both languages by their FNV-1a hash (lexicon-index.ts), each checked code unit
 * by code unit against the text: scoreLocale() reads every word of every new sentence (about 10,000 in
 * a distinct 60,000-character draft), and a Set by word text cost a slice of each and its hash.
 * `FUNCTION_SLOTS` holds two numbers a slot: a word's hash, and its index in FUNCTION_WORDS + 1 (0: empty).
 */
const FUNCTION_WORDS = [...new Set([...FR, ...EN])].map((word) => ({ word, fr: FR.has(word), en: EN.has(word) }));
const FUNCTION_MASK = 511;
const FUNCTION_SLOTS = new Int32Array(2 * (FUNCTION_MASK + 1));
FUNCTION_WORDS.forEach(({ word }, k) => {
  let h = FNV_OFFSET;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), FNV_PRIME);
  let slot = h & FUNCTION_MASK;
  while (FUNCTION_SLOTS[2 * slot + 1] !== 0) slot = (slot + 1) & FUNCTION_MASK;
  FUNCTION_SLOTS[2 * slot] = h;
  FUNCTION_SLOTS[2 * slot + 1] = k + 1;
});

/** The function word s[start..end) (hashed h), or undefined. */
function functionWord(h: number, s: string, start: number, end: number): (typeof FUNCTION_WORDS)[number] | undefined {
  for (let slot = h & FUNCTION_MASK; ; slot = (slot + 1) & FUNCTION_MASK) {
    const k = FUNCTION_SLOTS[2 * slot + 1]! - 1;
    if (k < 0) return undefined;
    if (FUNCTION_SLOTS[2 * slot] !== h) continue;
    const w = FUNCTION_WORDS[k]!;
    if (w.word.length !== end - start) continue;
    let same = true;
    for (let i = 0; i < w.word.length && same; i++) same = w.word.charCodeAt(i) === s.charCodeAt(start + i);
    if (same) return w;
  }
}

/** FRENCH_ACCENT's letters by code unit. */
const ACCENT_UNITS = new Set([...'éèêàçùâîôû'].map((c) => c.charCodeAt(0)));

export interface LocaleScore {
  en: number;
  fr: number;
}

const FRENCH_ACCENT = /[éèêàçùâîôû]/;

export function scoreLocale(lower: string): LocaleScore {
  let en = 0;
  let fr = 0;
  const accents = FRENCH_ACCENT.test(lower);
  // Words are runs of letters (\p{L}), read by a scan: a pattern run per word cost more than the rest of a cold sentence.
  const n = lower.length;
  let i = 0;
  while (i < n) {
    while (i < n && !isLetterAt(lower, i)) i += width(lower, i);
    const start = i;
    let h = FNV_OFFSET;
    while (i < n && isLetterAt(lower, i)) {
      const w = width(lower, i);
      h = Math.imul(h ^ lower.charCodeAt(i), FNV_PRIME);
      if (w === 2) h = Math.imul(h ^ lower.charCodeAt(i + 1), FNV_PRIME);
      i += w;
    }
    if (i === start) break;
    const known = functionWord(h, lower, start, i);
    if (known?.fr) fr++;
    if (known?.en) en++;
    if (accents) {
      for (let k = start; k < i; k++) {
        if (ACCENT_UNITS.has(lower.charCodeAt(k))) {
          fr += 0.5;
          break;
        }
      }
    }
  }
  return { en, fr };
}

/** Code units of the code point at `i` (2 for a surrogate pair). */
function width(s: string, i: number): number {
  const c = s.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
}

function isLetterAt(s: string, i: number): boolean {
  return isLetter(s.codePointAt(i)!);
}

export function decideLocale(score: LocaleScore): Locale | null {
  if (score.en === 0 && score.fr === 0) return null;
  if (score.fr > score.en) return 'fr';
  if (score.en > score.fr) return 'en';
  return null;
}
