// Language of a sentence from function words: cheap, deterministic and good enough to choose a
// lexicon and the language of a message. Returns null when a sentence gives no evidence.
import type { Locale } from '../types.js';
import { isLetter } from '../lexicon-index.js';

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
    while (i < n && isLetterAt(lower, i)) i += width(lower, i);
    if (i === start) break;
    const w = lower.slice(start, i);
    if (FR.has(w)) fr++;
    if (EN.has(w)) en++;
    if (accents && FRENCH_ACCENT.test(w)) fr += 0.5;
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
