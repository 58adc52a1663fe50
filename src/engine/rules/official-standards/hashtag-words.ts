// Splitting an all-lower-case hashtag into known words, so that #ontariojobsfair can be told
// from #agriculture and rewritten #OntarioJobsFair (screen readers read CamelCase word by word).
import { stripAccents } from '../../text/fold.js';
import { HASHTAG_WORDS_EN } from '../../lexicons/en/official-hashtag-words.js';
import { HASHTAG_WORDS_FR } from '../../lexicons/fr/official-hashtag-words.js';

const WORDS = new Set([...HASHTAG_WORDS_EN, ...HASHTAG_WORDS_FR].filter((w) => w.length >= 2));
const LONGEST = Math.max(...[...WORDS].map((w) => w.length));

const UNKNOWN_LEAD = 1.5;

export interface Piece {
  start: number;
  end: number;
  word: boolean;
}

/** Known words (and digit runs) that make up `body` exactly, fewest pieces first; null if it has no such split.
 * Dynamic programming over positions: O(length × longest word). */
export function splitHashtag(body: string): Piece[] | null {
  const s = stripAccents(body.toLowerCase());
  const n = s.length;
  if (n === 0 || n > 140) return null;
  const best: number[] = new Array(n + 1).fill(Infinity);
  const from: number[] = new Array(n + 1).fill(-1);
  best[0] = 0;
  // An unknown lead of 2 to 5 letters, an acronym most often (#opscareerfair): allowed once, at the
  // start, and dearer than any split into known words, so it is the last resort.
  for (let len = 2; len <= 5 && len < n; len++) {
    if (/^\p{L}+$/u.test(s.slice(0, len)) && !WORDS.has(s.slice(0, len)) && UNKNOWN_LEAD < best[len]!) {
      best[len] = UNKNOWN_LEAD;
      from[len] = 0;
    }
  }
  for (let i = 0; i < n; i++) {
    if (best[i] === Infinity) continue;
    if (/\d/.test(s[i]!)) {
      let j = i;
      while (j < n && /\d/.test(s[j]!)) j++;
      if (best[i]! + 1 < best[j]!) {
        best[j] = best[i]! + 1;
        from[j] = i;
      }
      continue;
    }
    for (let len = 2; len <= LONGEST && i + len <= n; len++) {
      if (!WORDS.has(s.slice(i, i + len))) continue;
      if (best[i]! + 1 < best[i + len]!) {
        best[i + len] = best[i]! + 1;
        from[i + len] = i;
      }
    }
  }
  if (best[n] === Infinity) return null;
  const pieces: Piece[] = [];
  for (let j = n; j > 0; j = from[j]!) {
    const i = from[j]!;
    pieces.unshift({ start: i, end: j, word: !/\d/.test(s[i]!) && (i > 0 || WORDS.has(s.slice(0, j))) });
  }
  return pieces;
}

/** "#ontariojobsfair" → "#OntarioJobsFair" when it is several known words written all in lower case; null otherwise. */
export function camelCaseHashtag(tag: string): string | null {
  const body = tag.startsWith('#') ? tag.slice(1) : tag;
  if (body !== body.toLowerCase() || !/\p{L}/u.test(body) || /[^\p{L}\p{N}]/u.test(body)) return null;
  const plain = stripAccents(body);
  if (WORDS.has(plain.replace(/\d+/g, '')) && !/\d/.test(plain)) return null;
  const pieces = splitHashtag(body);
  if (!pieces || pieces.filter((p) => p.word).length < 2) return null;
  return '#' + pieces.map((p) => body.charAt(p.start).toUpperCase() + body.slice(p.start + 1, p.end)).join('');
}
