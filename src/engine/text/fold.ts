// Length-preserving normalisation: every output code unit stands for the input code unit at the
// same index, so a match in the folded text is a span of the original (shared reference
// "identifiers" §0 asks for NFKC, dash and zero-width folding before matching; NFKC itself
// changes lengths, so only its single-unit mappings are applied here).

const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g;
const SPACES = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000\t\v\f]/g;
// Zero-width and bidi controls become spaces, so "123\u200B456" reads as two groups.
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
const QUOTES = /[\u2018\u2019\u201A\u201B\u2032\u02BC]/g;
const DQUOTES = /[\u201C\u201D\u201E\u201F\u00AB\u00BB]/g;
const FULLWIDTH = /[\uFF01-\uFF5E]/g;

// Any character the replacements below would change: most sentences have none, and one test is cheaper than six passes.
const FOLDABLE = /[\uFF01-\uFF5E\u2010-\u2015\u2212\uFE58\uFE63\uFF0D\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000\t\v\f\u200B-\u200D\u2060\uFEFF\u00AD\u200E\u200F\u202A-\u202E\u2066-\u2069\u2018\u2019\u201A\u201B\u2032\u02BC\u201C\u201D\u201E\u201F\u00AB\u00BB]/;

export function fold(text: string): string {
  if (!FOLDABLE.test(text)) return text;
  return text
    .replace(FULLWIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(DASHES, '-')
    .replace(SPACES, ' ')
    .replace(INVISIBLE, ' ')
    .replace(QUOTES, "'")
    .replace(DQUOTES, '"');
}

/** Lower-case without changing length ("İ".toLowerCase() is two code units; such characters stay). */
export function lowerSameLength(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    const l = c.toLowerCase();
    out += l.length === 1 ? l : c;
  }
  return out;
}

const ACCENTED = /[\u00C0-\u024F]/;
const ACCENTED_ALL = /[\u00C0-\u024F]/g;
const baseOf = new Map<string, string>();

function base(c: string): string {
  let b = baseOf.get(c);
  if (b === undefined) {
    const d = c.normalize('NFD')[0]!;
    b = d.length === 1 && d.charCodeAt(0) < 0x80 ? d : c;
    baseOf.set(c, b);
  }
  return b;
}

/** Accents off, same length (é→e), for lexicon matching that forgives a missing accent. */
export function stripAccents(text: string): string {
  return ACCENTED.test(text) ? text.replace(ACCENTED_ALL, base) : text;
}
