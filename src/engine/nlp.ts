// compromise's tagger finds people's names in English. It costs about 3 ms a sentence here, so
// rules call it only after a cheaper lexicon has matched, and only on a window around the match.
import nlp from 'compromise/two';

const WINDOW = 240;

/** Spans of personal names (e.g. "Maria Lopez") in `text`, near [start, end) when given. */
export function personNames(text: string, start = 0, end = text.length): { start: number; end: number; text: string }[] {
  const from = Math.max(0, start - WINDOW);
  const to = Math.min(text.length, end + WINDOW);
  const slice = text.slice(from, to);
  const out: { start: number; end: number; text: string }[] = [];
  const doc = nlp(slice);
  const json = doc.match('#Person+').json({ offset: true }) as { text: string; offset: { start: number; length: number } }[];
  for (const m of json) {
    const s = from + m.offset.start;
    out.push({ start: s, end: s + m.offset.length, text: text.slice(s, s + m.offset.length) });
  }
  return out;
}
