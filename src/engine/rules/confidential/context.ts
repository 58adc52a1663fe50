// Context checks shared by the 'confidential' and 'speaking-for-government' rules: is the matter
// already public, is the sentence a piece of advice or training about secrecy rather than a
// disclosure, and small helpers over a unit's accent-free view. Not a rule (no default export).
import { gatePieces, lexicon } from '../../match.js';
import { PieceIndex, prefilterEnabled, wakes } from '../../trigger-index.js';
import { plainBefore } from '../../text/unit.js';
import type { Span, Unit } from '../../types.js';
import {
  ADVICE_CUES_EN, CONSULTATION_CUES_EN, DISCLOSURE_VERBS_EN, PROHIBITIONS_EN, PUBLIC_CUES_EN, TRAINING_CUES_EN, FICTION_CUES_EN,
  GOV_OBJECTS_EN, HOME_CUES_EN, WORK_OBJECTS_EN,
} from '../../lexicons/en/confidential-context.js';
import {
  ADVICE_CUES_FR, CONSULTATION_CUES_FR, DISCLOSURE_VERBS_FR, PROHIBITIONS_FR, PUBLIC_CUES_FR, TRAINING_CUES_FR, FICTION_CUES_FR,
  GOV_OBJECTS_FR, HOME_CUES_FR, WORK_OBJECTS_FR,
} from '../../lexicons/fr/confidential-context.js';

const PUBLIC = lexicon([...PUBLIC_CUES_EN, ...PUBLIC_CUES_FR]);
// "according to the ministry" reports a public source; "according to my sources" does not.
const ACCORDING =
  /\baccording to (?!(?:sources?|a source|my|our|insiders?|someone|people|rumou?rs?|whispers|the grapevine)\b)|\bselon (?:le|la|les|un|une) (?!(?:rumeur|rumeurs|source|sources)\b)|\bselon l'(?!(?:ensemble)\b)/g;
// A public cue preceded by one of these is not one: "not yet announced", "before it's made public".
const NEGATION = /\b(?:not|never|yet|before|until|till|once|will|soon|pas|jamais|avant|tant|sera|seront|ici|when|quand)\b|n't/;
const ADVICE = lexicon([...ADVICE_CUES_EN, ...ADVICE_CUES_FR]);
const PROHIBITION = lexicon([...PROHIBITIONS_EN, ...PROHIBITIONS_FR]);
const DISCLOSE = lexicon([...DISCLOSURE_VERBS_EN, ...DISCLOSURE_VERBS_FR]);
const TRAINING = lexicon([...TRAINING_CUES_EN, ...TRAINING_CUES_FR]);
const CONSULTATION = lexicon([...CONSULTATION_CUES_EN, ...CONSULTATION_CUES_FR]);
const FICTION = lexicon([...FICTION_CUES_EN, ...FICTION_CUES_FR]);
const HOME = lexicon([...HOME_CUES_EN, ...HOME_CUES_FR]);
const GOV_OR_WORK = lexicon([...GOV_OBJECTS_EN, ...WORK_OBJECTS_EN, ...GOV_OBJECTS_FR, ...WORK_OBJECTS_FR]);
// Only capitalised words (and spaces or punctuation) before the word: it is part of the post's heading.
const HEADING_BEFORE = /^[\p{Lu}\p{P}\s]*$/u;

/** Whether `re` (a global regex) matches anywhere in `s`. */
export function test(re: RegExp, s: string): boolean {
  re.lastIndex = 0;
  return re.test(s);
}

/**
 * A rule's gate patterns, each run only where one of its literal pieces (gatePieces()) is in the
 * string: one scan of the trigger-index kind answers for all of them, where each was a run of its
 * own. Every match of a pattern holds one of its pieces as the index reads them, so a pattern
 * skipped has no match. Meant for plain patterns (a lexicon() is gated by its key words already);
 * one without pieces always runs, and so does every one when pre-filters are off
 * (tests/trigger-prefilter.test.ts).
 */
export class GatedPatterns {
  private readonly res: readonly RegExp[];
  private owners: Map<RegExp, number> | null = null;
  private index: PieceIndex | null = null;
  private last: string | null = null;
  private bits: Int32Array | null = null;

  constructor(res: readonly RegExp[]) {
    this.res = res;
  }

  /** Whether `re` may match `s` (false: it does not). */
  may(re: RegExp, s: string): boolean {
    if (!prefilterEnabled()) return true;
    // Built on first use, as the engine's own index: start-up pays nothing for it.
    if (this.owners === null) {
      const owners = new Map<RegExp, number>();
      const lists: string[][] = [];
      for (const r of this.res) {
        const pieces = gatePieces(r);
        if (pieces.every((piece): piece is string => typeof piece === 'string' && piece.trim() !== '')) owners.set(r, lists.push(pieces) - 1);
      }
      this.index = new PieceIndex(lists);
      this.owners = owners;
    }
    const owner = this.owners.get(re);
    if (owner === undefined) return true;
    if (s !== this.last) {
      this.bits = this.index!.wokenBits(s);
      this.last = s;
    }
    return wakes(this.bits!, owner);
  }

  /** spans(re, s), where `re` may match. */
  spans(re: RegExp, s: string): (Span & { text: string })[] {
    return this.may(re, s) ? spans(re, s) : [];
  }
}

/** Every match of a global regex in `s`, as spans. */
export function spans(re: RegExp, s: string): (Span & { text: string })[] {
  const out: (Span & { text: string })[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  return out;
}

function publicIn(s: string): boolean {
  if (test(ACCORDING, s)) return true;
  for (const m of spans(PUBLIC, s)) {
    if (!NEGATION.test(s.slice(Math.max(0, m.start - 24), m.start))) return true;
  }
  return false;
}

/** The sentence (or the one before) says the matter is public: announced, released, reported. */
export function publicCue(unit: Unit): boolean {
  return publicIn(unit.plain) || (unit.before !== '' && publicIn(plainBefore(unit)));
}

/** A link (not an e-mail or a handle) in this sentence. */
export function hasUrl(unit: Unit): boolean {
  return unit.masked.some((m) => m.kind === 'url');
}

/** Advice words shortly before `start` ("never share…", "ne jamais diffuser…"): a rule, not a disclosure. */
export function adviceBefore(unit: Unit, start: number, window = 60): boolean {
  const w = unit.plain.slice(Math.max(0, start - window), start);
  if (test(ADVICE, w)) return true;
  // "never share…", "ne jamais diffuser…": a prohibition followed by a verb of disclosure.
  for (const m of spans(PROHIBITION, w)) {
    if (test(DISCLOSE, w.slice(m.end, m.end + 30))) return true;
  }
  return false;
}

// "If yes, and it isn't public yet, don't.", « Si ce n'est pas encore public, attendez. »: the hint as the
// condition of a rule of thumb, followed by what not to do.
const IF_WORD = /(?<![\p{L}])(?:if|si|s['\u2019])(?![\p{L}])/gu;
const DONT_AFTER =
  /^[^.!?]{0,24}?(?<![\p{L}])(?:don't|do not|dont|wait|hold off|keep it|n'en parlez pas|n'en parle pas|ne le publiez pas|ne publiez pas|ne partagez pas|attendez|abstenez-vous)(?![\p{L}])/u;

/** Whether the words at [start, end) are the condition of advice: "if" shortly before in the same clause, "don't" shortly after. */
export function conditionalAdvice(unit: Unit, start: number, end: number): boolean {
  const w = unit.plain.slice(Math.max(0, start - 50), start);
  let last = -1;
  IF_WORD.lastIndex = 0;
  for (let m = IF_WORD.exec(w); m; m = IF_WORD.exec(w)) last = m.index;
  return last >= 0 && !/[.!?]/.test(w.slice(last)) && DONT_AFTER.test(unit.plain.slice(end, end + 60));
}

// A word quoted to talk about the word: "'confidential' on a note doesn't mean…", « le mot « confidentiel »… ».
const QUOTE_BEFORE = /(?:["'‘“«]\s?|\b(?:the word|the term|the label|the stamp|le mot|le terme|la mention)\s?["'‘“«]?\s?)$/;
const DEFINED_AFTER =
  /^\s?["'’”»],?\s?(?:[\p{L}'-]+\s){0,5}?(?:doesn't|does not|don't|do not|isn't|is not|means|mean|ne veut pas dire|veut dire|ne signifie pas|signifie|n'est pas|ne rend pas)\b/u;
/** A closing quote right after a word (shared with sensitive-fact's quoted roles). */
export const QUOTE_AFTER = /^\s?["'’”»]/;

/** The word is mentioned, not used: quoted and defined ("'confidential' doesn't mean secret") or named as a word. */
export function mentioned(unit: Unit, m: Span): boolean {
  const before = unit.plain.slice(Math.max(0, m.start - 16), m.start);
  const after = unit.plain.slice(m.end, m.end + 80);
  if (!QUOTE_BEFORE.test(before) || !QUOTE_AFTER.test(after)) return false;
  return DEFINED_AFTER.test(after) || /\b(?:word|term|label|stamp|mot|terme|mention)\s?["'‘“«]?\s?$/.test(before);
}

const INSIDER_BEFORE = /(?:insider|inside|d'initie)\s*$/;

// A capitalised word inside a ministry's name: "Ministry of Labour, Immigration, Training and Skills
// Development", « ministère des Collèges et Universités, de la Formation ». A name, not a course.
const MINISTRY_NAME_BEFORE = /(?:ministry|ministere)\s(?:of|de|du|des)\s[^.;:!?()]{0,90}$/;

/** A course, a talk, a how-to: the sentence discusses the topic in general ("insider tip:" is not one). */
export function trainingCue(unit: Unit): boolean {
  return spans(TRAINING, unit.plain).some((m) =>
    !INSIDER_BEFORE.test(unit.plain.slice(Math.max(0, m.start - 10), m.start))
    && !(/\p{Lu}/u.test(unit.text.charAt(m.start)) && MINISTRY_NAME_BEFORE.test(unit.plain.slice(Math.max(0, m.start - 100), m.start))));
}

/** The sentence (or the one before) talks about a show, a film or a novel: its documents are the story's. */
export function fictionCue(unit: Unit): boolean {
  return inUnitOrBefore(unit, FICTION);
}

/** "CONFIDENTIAL LEAK: my 8-year-old's secret Father's Day plan", « CONFIDENTIEL 🤫 la recette de ma
 * grand-mère »: a word of secrecy heading the post over a home or family matter, with nothing from work
 * named in the sentence or the one before, is a playful heading, not a marking. */
export function homeHeading(unit: Unit, m: Span): boolean {
  return HEADING_BEFORE.test(unit.text.slice(0, m.start)) && homeMatter(unit);
}

// What heads a joke and what it turns out to be: a colon, a dash or a siren between them.
const REVEAL_MARK = /[:\u2013\u2014]|\u{1F6A8}|\s-\s/gu;

/** "leaked cabinet document: it's my grandma's butter tart recipe", « FUITE DE DOCUMENT CONFIDENTIEL 🚨 La recette
 * de tourtière de ma grand-mère »: the secrecy word heads a reveal of a home matter, with no government or work
 * matter after the mark (the heading's own "cabinet document" is the joke). */
export function homeReveal(unit: Unit, m: Span): boolean {
  const home = spans(HOME, unit.plain).find((h) => h.start >= m.end);
  if (!home) return false;
  let mark = -1;
  REVEAL_MARK.lastIndex = m.end;
  for (let r = REVEAL_MARK.exec(unit.text); r && r.index < home.start; r = REVEAL_MARK.exec(unit.text)) mark = r.index + r[0].length;
  // The reveal opens on the home matter ("it's my grandma's…", « La recette… »), not on news that mentions one later.
  return mark >= 0 && home.start - mark <= 14 && !test(GOV_OR_WORK, unit.plain.slice(mark));
}

/** A home or family matter in the sentence, with nothing from government or work here or in the sentence before. */
export function homeMatter(unit: Unit): boolean {
  return test(HOME, unit.plain) && !inUnitOrBefore(unit, GOV_OR_WORK);
}

/** homeMatter(), or the home matter told just before ("Planning my sister's surprise 40th. Everything is strictly
 * confidential") when this sentence names no document the word could mark (`docs`: "a page marked CONFIDENTIAL"). */
export function homeMatterHereOrBefore(unit: Unit, docs: RegExp): boolean {
  return homeMatter(unit) || (test(HOME, plainBefore(unit)) && !test(docs, unit.plain) && !inUnitOrBefore(unit, GOV_OR_WORK));
}

// A quotation opened after a space, a colon or the start ("asked me: 'do you…", « m'a demandé : « est-ce… »)
// and closed by a question mark before its closing quote (or before the sentence's end, where the
// splitter leaves a spaced « » to the next sentence).
const QUOTE_OPEN = /(?:^|[\s:(])(?:«[^«»]*|“[^“”]*|"[^"]*|['‘][^'‘’]*)$/u;
const QUESTION_CLOSE = /^[^"“”«»?]*\?\s?(?:["'’”»](?![\p{L}])|$)/u;

/** "got asked: 'do you get to know what cabinet decides before everyone else?'": the words are someone's
 * question quoted by the author, not something the author discloses. */
export function quotedQuestion(unit: Unit, m: Span): boolean {
  const before = unit.text.slice(Math.max(0, m.start - 120), m.start);
  return QUOTE_OPEN.test(before) && QUESTION_CLOSE.test(unit.text.slice(m.end, m.end + 160));
}

/** The draft or plan is out for public comment: it is public. */
export function consultationCue(unit: Unit): boolean {
  return inUnitOrBefore(unit, CONSULTATION);
}

/** Whether `re` matches in this sentence or in the previous one. */
export function inUnitOrBefore(unit: Unit, re: RegExp): boolean {
  return test(re, unit.plain) || (unit.before !== '' && test(re, plainBefore(unit)));
}

/** First match of `re` in the unit's accent-free text that does not overlap `avoid`, skipping URLs and e-mails. */
export function firstOutside(unit: Unit, re: RegExp, avoid: readonly Span[] = []): Span | null {
  for (const m of spans(re, unit.plain)) {
    if (avoid.some((a) => a.start < m.end && m.start < a.end)) continue;
    if (unit.masked.some((k) => (k.kind === 'url' || k.kind === 'email') && k.start < m.end && m.start < k.end)) continue;
    return m;
  }
  return null;
}

/** Whether `re` matches in plain[start-left, end+right). */
export function around(unit: Unit, re: RegExp, start: number, end: number, left: number, right: number): boolean {
  return test(re, unit.plain.slice(Math.max(0, start - left), Math.min(unit.plain.length, end + right)));
}

/** A span trimmed of surrounding spaces and punctuation. */
export function trimmed(text: string, start: number, end: number): Span {
  while (start < end && /[\s.,;:!?]/.test(text[start]!)) start++;
  while (end > start && /[\s.,;:!?]/.test(text[end - 1]!)) end--;
  return { start, end };
}
