// Spans that numeric and lexical detectors must not read into: a SIN-shaped run inside a URL is a
// path, not a SIN (shared reference "identifiers" §0.2).
import type { Span } from '../types.js';

// Domains are matched as dot-separated labels and their last label is checked in code: folding the
// TLD into the pattern made it ambiguous (polynomial backtracking per recheck).
const URL_RE = /\b(?:https?:\/\/|www\.)[^\s<>"]+|(?<![a-z0-9-])[a-z0-9-]+(?:\.[a-z0-9-]+)+(?:\/[^\s<>"]*)?/giu;
// What either branch of URL_RE needs somewhere (same flags): most sentences end with a period and hold no link.
const MAY_BE_URL = /https?:\/\/|www\.|[a-z0-9-]\.[a-z0-9-]/iu;
const BARE_TLD = /\.(?:ca|com|org|net|gov|io|app|social|info|edu|on\.ca)(?:\/|$)/i;
const EMAIL_RE = /(?<![a-z0-9._%+-])[a-z0-9._%+-]{1,64}@[a-z0-9-]+(?:\.[a-z0-9-]+)+/giu;
const EMAIL_TLD = /\.[a-z]{2,24}$/i;
const HANDLE_RE = /(?<![\w@])@[a-z0-9_][a-z0-9_.-]{0,63}(?:@[a-z0-9-]+(?:\.[a-z0-9-]+)+)?/giu;
const HASHTAG_RE = /(?<![\w#&])#[\p{L}\p{N}_]{1,139}/gu;

function collect(re: RegExp, text: string, kind: string, out: Span[], accept?: (m: string) => boolean): void {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (accept && !accept(m[0])) continue;
    let end = m.index + m[0].length;
    // Sentence punctuation after a URL is not part of it.
    while (end > m.index && /[.,;:!?)\]'"]/.test(text[end - 1]!)) end--;
    out.push({ start: m.index, end, kind });
  }
}

/** URLs, e-mails, @handles and #hashtags, sorted and without overlap (e-mails win over URLs). */
export function maskedSpans(text: string): Span[] {
  const spans: Span[] = [];
  if (text.includes('@')) collect(EMAIL_RE, text, 'email', spans, (m) => EMAIL_TLD.test(m));
  if (MAY_BE_URL.test(text)) collect(URL_RE, text, 'url', spans, (m) => /^(?:https?:|www\.)/i.test(m) || BARE_TLD.test(m.split(/[/?#]/)[0]! + '/'));
  if (text.includes('@')) collect(HANDLE_RE, text, 'handle', spans);
  if (text.includes('#')) collect(HASHTAG_RE, text, 'hashtag', spans);
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Span[] = [];
  for (const s of spans) {
    const last = out[out.length - 1];
    if (last && s.start < last.end) continue;
    out.push(s);
  }
  return out;
}

export function overlapsMask(masked: readonly Span[], start: number, end: number, kinds?: readonly string[]): boolean {
  for (const m of masked) {
    if (m.start >= end) break;
    if (m.end > start && (!kinds || kinds.includes(m.kind ?? ''))) return true;
  }
  return false;
}
