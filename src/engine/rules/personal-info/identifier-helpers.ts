// Shared pieces of the identifier rules of 'personal-info': where a number may be read, what
// suppresses it, who it belongs to, and how to mask it. Facts: shared reference "identifiers" §0.
import { trailingRun } from '../../joined-facts.js';
import type { Hit, Localized, Mode, ModeSeverity, Unit } from '../../types.js';
import { lexicon } from '../../match.js';
import { overlapsMask } from '../../text/mask.js';
import { stripAccents } from '../../text/fold.js';
import { personNames } from '../../nlp.js';
import { PERSON_BOOSTERS_EN, PERSON_REFERENCES_EN } from '../../lexicons/en/people.js';
import { PERSON_BOOSTERS_FR, PERSON_REFERENCES_FR } from '../../lexicons/fr/people.js';
import { REFERENCE_WORDS_EN } from '../../lexicons/en/identifiers.js';
import { REFERENCE_WORDS_FR } from '../../lexicons/fr/identifiers.js';

export type Severities = Record<Mode, ModeSeverity>;

/** Severity by mode, in the order personal, professional, official. */
export function severities(personal: ModeSeverity, professional: ModeSeverity = personal, official: ModeSeverity = professional): Severities {
  return { personal, professional, official };
}

/** One lexicon for both languages: identifiers are language-neutral, their keywords are not. */
export function bilingual(en: readonly string[], fr: readonly string[]): RegExp {
  return lexicon([...en, ...fr]);
}

export const MASK = '\u2022';

/**
 * Trigger pieces for a rule that finds nothing without an ASCII digit (\d) in its own sentence:
 * each digit alone, so the engine's one scan skips the rule on sentences without any. Sound for a
 * gate on `unit.folded` too: lowerSameLength() and stripAccents() keep every ASCII digit where it is
 * and make none, so a digit in the folded view is one in the plain view, which the index reads.
 */
export const DIGIT_PIECES: readonly string[] = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'];

/** Every match of `re` (global) in `unit.folded`, outside URLs, e-mails, handles and hashtags. */
export function scan(unit: Unit, re: RegExp, maskKinds?: readonly string[]): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(unit.folded); m; m = re.exec(unit.folded)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    if (!overlapsMask(unit.masked, m.index, m.index + m[0].length, maskKinds)) out.push(m);
  }
  return out;
}

const DIGIT = /\d/;
/** "1,234,567", "3.1416", "12:30", "2024/1234": the match is a slice of a larger number, an amount or a time. */
export function gluedToNumber(text: string, start: number, end: number): boolean {
  const b1 = text[start - 1];
  const b2 = text[start - 2];
  if (b1 && ',.:/'.includes(b1) && b2 && DIGIT.test(b2)) return true;
  const a1 = text[end];
  const a2 = text[end + 1];
  if (a1 && ',.:/'.includes(a1) && a2 && DIGIT.test(a2)) return true;
  return false;
}

/** "1 234 567 897": a slice of a number written with spaces between thousands (French style). */
export function partOfSpacedNumber(text: string, start: number, end: number): boolean {
  return /\d $/.test(text.slice(Math.max(0, start - 2), start)) || /^ \d{3}(?!\d)/.test(text.slice(end, end + 5));
}

const CURRENCY_BEFORE = /[$€£¥¢]\s?$/;
const CURRENCY_AFTER = /^\s?(?:[$€£¥¢]|(?:dollars?|cents?|million|billion|milliards?|CAD|USD|k\$|M\$)(?![\p{L}]))/iu;
/** "$1234567", "2500000 dollars", "1 250 000 $". */
export function nearCurrency(text: string, start: number, end: number): boolean {
  return CURRENCY_BEFORE.test(text.slice(Math.max(0, start - 2), start)) || CURRENCY_AFTER.test(text.slice(end, end + 12));
}

const REFERENCE = bilingual(REFERENCE_WORDS_EN, REFERENCE_WORDS_FR);
/** "Order #…", "ticket …", "n° de commande …": a transaction number, not a person's (§0.6). */
export function afterReferenceWord(unit: Unit, start: number, window = 24): boolean {
  REFERENCE.lastIndex = 0;
  return REFERENCE.test(unit.plain.slice(Math.max(0, start - window), start));
}

// The reference word right before the number, with at most its "#", "no." or ":".
const REFERENCE_LABEL =
  /\b(?:order|ref|reference|tracking|invoice|ticket|confirmation|receipt|sku|serial|model|part|item|commande|facture|suivi|billet|recu|article|modele|piece)s? ?(?:#|no\.?|n°|number|numero|num\.?)? ?:? ?$/;
/** Narrower than afterReferenceWord: "Order # 416 555 0123", not "for bookings, call 416 555 0123". */
export function labelledAsReference(unit: Unit, start: number): boolean {
  return REFERENCE_LABEL.test(unit.plain.slice(Math.max(0, start - 24), start));
}

/** "0000-000-000-XX", "9999 999 999": every digit the same is a placeholder on a slide or a form, no one's number. */
function placeholderDigits(text: string, start: number, end: number): boolean {
  let first = '';
  let count = 0;
  for (let i = start; i < end; i++) {
    const c = text[i]!;
    if (c < '0' || c > '9') continue;
    if (first && c !== first) return false;
    first = c;
    count++;
  }
  return count >= 6;
}

/** The suppressors of §0.6 that apply to any number: slice of a larger number, amount, time, reference word, placeholder. */
export function suppressedNumber(unit: Unit, start: number, end: number): boolean {
  return (
    placeholderDigits(unit.folded, start, end) ||
    gluedToNumber(unit.folded, start, end) ||
    partOfSpacedNumber(unit.folded, start, end) ||
    nearCurrency(unit.folded, start, end) ||
    afterReferenceWord(unit, start)
  );
}

/** Whether `re` matches in the `window` characters before `start` (this sentence, then the end of the one before). */
export function precededBy(unit: Unit, re: RegExp, start: number, window = 40): boolean {
  re.lastIndex = 0;
  if (re.test(unit.plain.slice(Math.max(0, start - window), start))) return true;
  if (start < window && unit.before) {
    re.lastIndex = 0;
    return re.test(stripAccents(unit.before.slice(Math.max(0, unit.before.length - (window - start)))));
  }
  return false;
}

const PRONOUNS = new Set(['his', 'her', 'hers', 'their', 'he', 'she', 'him', 'they', 'them', 'il', 'elle', 'ils', 'elles', 'lui', 'sa', 'son', 'ses', 'leur', 'leurs']);
// Addressing the reader of a reply ("your number", "votre adresse") counts too: on an official
// account it is the citizen's own data repeated in public (guidelines §1.7 #20).
const SECOND_PERSON = ['your', 'votre', 'vos', 'ton', 'ta', 'tes'];
const EXTRA_PEOPLE = [
  'mom', 'mother', 'dad', 'father', 'sister', 'brother', 'friend', 'cousin', 'aunt', 'uncle', 'grandma', 'grandpa',
  'neighbour', 'neighbor', 'tenant', 'landlord', 'student', 'resident', 'customer', 'constituent', 'caller',
  'boyfriend', 'girlfriend', 'spouse', 'kid', 'child',
  'maman', 'mere', 'papa', 'pere', 'soeur', 'frere', 'ami', 'amie', 'cousin', 'cousine', 'tante', 'oncle', 'grand-mere',
  'grand-pere', 'voisin', 'voisine', 'locataire', 'proprietaire', 'eleve', 'etudiant', 'etudiante', 'conjoint', 'conjointe',
  'enfant', 'chum',
];
const PERSON_WORDS = [...PERSON_BOOSTERS_EN, ...PERSON_REFERENCES_EN, ...PERSON_BOOSTERS_FR, ...PERSON_REFERENCES_FR, ...EXTRA_PEOPLE];
const PERSON_ANY = lexicon([...PERSON_WORDS, ...SECOND_PERSON]);
const PERSON_NOUN = lexicon(PERSON_WORDS.filter((w) => !PRONOUNS.has(w)));

export interface PersonOptions {
  /** Count he/she/his/her/son/sa… and your/votre (default true). */
  pronouns?: boolean;
  /** Also look for a personal name with compromise (English; ~3 ms, so only after a candidate matched). */
  names?: boolean;
}

/** A person other than the author near [start, end): a person word (§0.7), or a personal name. */
export function personNear(unit: Unit, start: number, end: number, window = 40, opts: PersonOptions = {}): boolean {
  const re = opts.pronouns === false ? PERSON_NOUN : PERSON_ANY;
  re.lastIndex = 0;
  if (re.test(unit.plain.slice(Math.max(0, start - window), Math.min(unit.plain.length, end + window)))) return true;
  if (opts.names && CAPITALISED_PAIR.test(unit.text.slice(Math.max(0, start - window), Math.min(unit.text.length, end + window)))) {
    return personNames(unit.text, start, end).some((n) => n.end > start - window && n.start < end + window && !ORG_NAME.test(n.text));
  }
  return false;
}
// compromise is asked only when a capitalised word stands inside the sentence near the match (a
// sentence's first word is capitalised anyway).
const CAPITALISED_PAIR = /[\p{L},;] +\p{Lu}\p{Ll}/u;
// Names that compromise may take for a person but that are offices.
const ORG_NAME = /\b(?:Service\s?Ontario|Queen'?s Park|Ontario|Canada|Toronto|Ottawa|Ministry|Minist[eè]re)\b/u;

/** Digits of a string. */
export function digitsOf(s: string): string {
  return s.replace(/\D/g, '');
}

/** Replaces digits with • except the last `keep` ones; separators stay, so the shape is kept. */
export function maskDigits(s: string, keep = 0): string {
  let left = digitsOf(s).length - keep;
  let out = '';
  for (const c of s) {
    if (c >= '0' && c <= '9' && left > 0) {
      out += MASK;
      left--;
    } else out += c;
  }
  return out;
}

/** Replaces letters and digits with • except the last `keep` of them. */
export function maskAlnum(s: string, keep = 0): string {
  const isAlnum = (c: string) => /[\p{L}\p{N}]/u.test(c);
  let left = [...s].filter(isAlnum).length - keep;
  let out = '';
  for (const c of s) {
    if (isAlnum(c) && left > 0) {
      out += MASK;
      left--;
    } else out += c;
  }
  return out;
}

const LABELS: Record<'number' | 'date' | 'address' | 'email' | 'plate', Localized> = {
  number: { en: 'Mask the number', fr: 'Masquer le numéro' },
  date: { en: 'Mask the date', fr: 'Masquer la date' },
  address: { en: 'Mask the address', fr: "Masquer l'adresse" },
  email: { en: 'Mask the e-mail address', fr: "Masquer l'adresse courriel" },
  plate: { en: 'Mask the plate', fr: 'Masquer la plaque' },
};

/** A suggestion that replaces the span with `replacement` (usually a masked copy of it). */
export function maskSuggestion(replacement: string, what: keyof typeof LABELS = 'number'): NonNullable<Hit['suggestion']> {
  return { label: LABELS[what], replacement };
}

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
/** Month 1–12 and a day that exists in it (29 February allowed: the year may be unknown). */
export function validMonthDay(month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= DAYS_IN_MONTH[month - 1]!;
}

/** "20240315"-style digit runs that read as a date. */
export function looksLikeCompactDate(digits: string): boolean {
  if (digits.length !== 8) return false;
  const y = Number(digits.slice(0, 4));
  return y >= 1900 && y <= 2100 && validMonthDay(Number(digits.slice(4, 6)), Number(digits.slice(6, 8)));
}

// "use an obvious fake like 123-456-782 (the standard test SIN)", « par exemple 046 454 286 (NAS fictif) »:
// a number given as a made-up example, in a reminder or a training deck.
// Read as the last words before the number (a pattern ending in `$` could not be proved linear).
const EXAMPLE_WORDS = new Set([
  'fake', 'dummy', 'fictitious', 'test', 'sample', 'example', 'like', 'e.g', 'eg', 'instance', 'as', 'fictif', 'fictive', 'bidon',
  'factice', 'exemple', 'comme', 'ex',
]);
const EXAMPLE_AFTER = /^\s?[(\[\u2013-]\s?(?:the\s|a\s|an\s|le\s|un\s)?(?:\p{L}+\s)?(?:fake|dummy|made[\s-]up|fictitious|test|sample|example|fictif|fictive|bidon|factice|exemple|de test|d'exemple)(?![\p{L}])/u;
const FAKE_WORD =
  /(?<![\p{L}])(?:fake|dummy|made[\s-]up|fictitious|synthetic|fictif|fictive|fictifs|fictives|bidon|factice|synthetiques?|d'exemple|(?:test|sample)\s(?:sin|nas|number|numbers|card|cards)|(?:numero|numeros|nas|cartes?(?:\ssante)?)\sde\stest)(?![\p{L}])/u;

/** Whether the number at [start, end) is given as a made-up example: an example frame right before or after it,
 * and a word saying it is fake or a test somewhere in the sentence (an "e.g." alone may still give a real number). */
export function framedAsExample(unit: Unit, start: number, end: number): boolean {
  const p = unit.plain;
  if (!FAKE_WORD.test(p)) return false;
  const before = p.slice(Math.max(0, start - 30), start).match(/[\p{L}.]+/gu) ?? [];
  return before.slice(-3).some((w) => EXAMPLE_WORDS.has(w.slice(0, trailingRun(w, (c) => c === '.')))) || EXAMPLE_AFTER.test(p.slice(end, end + 40));
}
