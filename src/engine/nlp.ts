// compromise's tagger finds people's names in English. It costs about 3 ms a sentence here, so
// rules call it only after a cheaper lexicon has matched, and only on a window around the match;
// the names found in a window are kept, so the rules that ask about the same sentence pay once.
import nlp from 'compromise/two';
import { Lru, onClearCache } from './cache.js';

const WINDOW = 240;

interface Name {
  start: number;
  end: number;
  text: string;
}

type Spans = readonly { start: number; length: number }[];
const found = new Lru<string, Spans>(64);
const foundPlaces = new Lru<string, Spans>(16);
onClearCache(() => {
  found.clear();
  foundPlaces.clear();
});

/** Spans that compromise tags with `match` in `text`, near [start, end) when given. */
function tagged(memo: Lru<string, Spans>, match: string, text: string, start: number, end: number): Name[] {
  const from = Math.max(0, start - WINDOW);
  const to = Math.min(text.length, end + WINDOW);
  const slice = text.slice(from, to);
  let spans = memo.get(slice);
  if (!spans) {
    const json = nlp(slice).match(match).json({ offset: true }) as { offset: { start: number; length: number } }[];
    spans = json.map((m) => ({ start: m.offset.start, length: m.offset.length }));
    memo.set(slice, spans);
  }
  return spans.map((m) => ({ start: from + m.start, end: from + m.start + m.length, text: text.slice(from + m.start, from + m.start + m.length) }));
}

/** Spans of personal names (e.g. "Maria Lopez") in `text`, near [start, end) when given. */
export function personNames(text: string, start = 0, end = text.length): Name[] {
  return tagged(found, '#Person+', text, start, end);
}

/** Spans of places and organisations ("Toronto", "Ontario") in `text`, near [start, end) when given. */
export function placeNames(text: string, start = 0, end = text.length): Name[] {
  return tagged(foundPlaces, '(#Place|#Organization)+', text, start, end);
}
