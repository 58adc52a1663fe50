// Masked and leet spellings ("m*rde", "p*tain", "sh1t", "b!tch", "f***ing", "cr*tins"): a token of letters,
// masks and digits is compared, letter by letter, with the words of a list of the same length. Its first
// character must be a real letter, and it needs two real letters unless the rest is all masks ("f***").
// Shared by the profanity rule (its strong words) and the insult rule (insult words behind a mask).
import type { Match } from '../../match.js';
import { stripAccents } from '../../text/fold.js';
import { overlapsMask } from '../../text/mask.js';
import type { Unit } from '../../types.js';

const MASKABLE = /(?<![\p{L}\p{N}@#*$!%_])\p{L}[\p{L}\p{N}*@#%!$]{2,15}/gu;
const LEET: Record<string, string> = { '1': 'il', '!': 'il', '0': 'o', '3': 'e', '4': 'a', '@': 'a', '5': 's', '$': 's', '7': 't' };

/** Single words of a lexicon, accent-free and lower case, for letter-by-letter comparison. */
export function wordsOf(list: readonly string[]): readonly string[] {
  return [...new Set(list.map((w) => stripAccents(w.toLowerCase())).filter((w) => /^[a-z]+$/.test(w)))];
}

/** The token without the exclamation marks that end a sentence ("shit!!"), when enough is left. */
function withoutBangs(token: string): string {
  let n = token.length;
  while (n > 3 && token[n - 1] === '!') n--;
  return token.slice(0, n);
}

/** The word of `words` that the masked token spells, or null. */
export function unmaskedWord(token: string, words: readonly string[]): string | null {
  const t = withoutBangs(token);
  const letters = t.replace(/[^a-z]/g, '').length;
  const masks = t.length - letters;
  if (masks === 0 || (letters < 2 && !/^[a-z][*#%]+[a-z]*$/.test(t))) return null;
  for (const w of words) {
    if (w.length !== t.length || w[0] !== t[0]) continue;
    let ok = true;
    for (let i = 0; i < t.length && ok; i++) {
      const c = t[i]!;
      if (c >= 'a' && c <= 'z') ok = c === w[i];
      else if (c === '*' || c === '#' || c === '%') ok = true;
      else ok = (LEET[c] ?? '').includes(w[i]!) || c === '!' || c === '$' || c === '@';
    }
    if (ok) return w;
  }
  return null;
}

// Where a token can spell a word: unmaskedWord() takes only a-z and [*#%!$@013457] (a leet digit or
// sign), and at least one of the latter; its first is right after a letter. That is a mask or digit, an
// inner "!" (after "!" the token goes on), or "ab!" (a two-letter token with its closing "!" kept:
// withoutBangs() keeps three characters). A digit or a closing "!" ("3 pm", "Great day!") is not enough,
// and the token pattern, a lookbehind at every position, then need not run. Same strings as
// /[a-z](?:[*#%$@013457]|!+[\p{L}\p{N}*@#%$])|(?:^|[^\p{L}\p{N}@#*$!%_])[a-z]{2}!/u, written to start on the
// sign and look back for the letters: the regular expression engine then skips to the rare signs (6 to 9 times faster).
const SPELLABLE = /[*#%$@013457!](?:(?<=[a-z][*#%$@013457])|(?<=[a-z]!)!*[\p{L}\p{N}*@#%$]|(?<=(?:^|[^\p{L}\p{N}@#*$!%_])[a-z]{2}!))/u;

/** Masked spellings of words of `words` in the unit, with the word each one stands for. */
export function maskedSpellings(unit: Unit, words: readonly string[]): (Match & { word: string })[] {
  const out: (Match & { word: string })[] = [];
  if (!SPELLABLE.test(unit.plain)) return out;
  MASKABLE.lastIndex = 0;
  for (let m = MASKABLE.exec(unit.plain); m; m = MASKABLE.exec(unit.plain)) {
    if (overlapsMask(unit.masked, m.index, m.index + m[0].length)) continue;
    const token = withoutBangs(m[0]);
    const word = unmaskedWord(token, words);
    if (word) out.push({ start: m.index, end: m.index + token.length, text: unit.text.slice(m.index, m.index + token.length), word });
  }
  return out;
}

/** The unit with masked words written out in its plain view (same length), so lexicons find "cr*tins" as "cretins". */
export function unmaskedView(unit: Unit, words: readonly string[]): Unit {
  const found = maskedSpellings(unit, words);
  if (found.length === 0) return unit;
  let plain = unit.plain;
  for (const f of found) plain = plain.slice(0, f.start) + f.word + plain.slice(f.end);
  return { ...unit, plain };
}
