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

const found = new Lru<string, readonly { start: number; length: number }[]>(64);
onClearCache(() => found.clear());

/** Spans of personal names (e.g. "Maria Lopez") in `text`, near [start, end) when given. */
export function personNames(text: string, start = 0, end = text.length): Name[] {
  const from = Math.max(0, start - WINDOW);
  const to = Math.min(text.length, end + WINDOW);
  const slice = text.slice(from, to);
  let spans = found.get(slice);
  if (!spans) {
    const json = nlp(slice).match('#Person+').json({ offset: true }) as { offset: { start: number; length: number } }[];
    spans = json.map((m) => ({ start: m.offset.start, length: m.offset.length }));
    found.set(slice, spans);
  }
  return spans.map((m) => ({ start: from + m.start, end: from + m.start + m.length, text: text.slice(from + m.start, from + m.start + m.length) }));
}
