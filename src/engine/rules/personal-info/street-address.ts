// A civic address, in Canada Post's English and French conventions (shared reference
// "identifiers" §11): "12-345 Main St W", "345 Main St Apt 12", "2061, rue René-Lévesque",
// "2061 36e Rue", PO box / case postale. An address is personal information when a private
// person lives there (FIPPA s. 2(1)(d)); offices, venues and public buildings are not, so the
// severity comes from who the text ties the address to.
import { defineRule } from '../../define-rule.js';
import { lexicon, near } from '../../match.js';
import type { Hit, Localized, Mode, ModeSeverity, Unit } from '../../types.js';
import { ADDRESS_PEOPLE_EN, PERSON_AT_EN, PUBLIC_PLACE_EN, RESIDENCE_EN, RESIDENCE_VERBS_EN, SELF_RESIDENCE_EN } from '../../lexicons/en/contact-details.js';
import { ADDRESS_PEOPLE_FR, PERSON_AT_FR, PUBLIC_PLACE_FR, RESIDENCE_FR, RESIDENCE_VERBS_FR, SELF_RESIDENCE_FR } from '../../lexicons/fr/contact-details.js';
import { personNames } from '../../nlp.js';
import { overlapsMask } from '../../text/mask.js';
import { bilingual, DIGIT_PIECES, maskDigits, maskSuggestion, precededBy, scan, severities } from './identifier-helpers.js';

/** Title, lower and upper case of each word, for patterns that must not use the `i` flag. */
function cased(words: readonly string[]): string {
  const forms = new Set<string>();
  for (const w of words) {
    forms.add(w);
    forms.add(w.toUpperCase());
    forms.add(w[0]!.toUpperCase() + w.slice(1));
  }
  return [...forms].sort((a, b) => b.length - a.length).map((w) => w.replace(/\./g, '\\.')).join('|');
}

// Street types whose word has no other common meaning, and those that do ("Court", "Place",
// "Line"...): the second kind counts only when the text says someone lives there.
const CLEAR_TYPES_EN = ['street', 'st', 'avenue', 'ave', 'road', 'rd', 'boulevard', 'blvd', 'drive', 'dr', 'crescent', 'cres', 'crt', 'ct', 'pl', 'ln', 'lane', 'terrace', 'terr', 'parkway', 'pkwy', 'pky', 'highway', 'hwy', 'sideroad', 'conc', 'concession', 'cir', 'sq', 'trl'];
const LOOSE_TYPES_EN = ['court', 'place', 'way', 'circle', 'square', 'trail', 'gate', 'line', 'grove', 'gardens', 'heights', 'close', 'path', 'row', 'common', 'mews', 'walk', 'hill', 'ridge'];
const TYPES_FR = ['rue', 'avenue', 'av', 'boulevard', 'boul', 'bd', 'chemin', 'ch', 'route', 'rte', 'rang', 'promenade', 'place', 'impasse', 'montée', 'côte', 'allée', 'quai', 'croissant', 'terrasse', 'sentier', 'ruelle', 'carré', 'cours', 'voie'];

const NUM = String.raw`(?<![\w-])(?:\d{1,6}-)?(\d{1,6})[A-Za-z]?(?: 1\/2)?,?`;
// English addresses are parsed word by word after a civic number (simpler to prove linear than
// one large pattern): up to four capitalised name words, then a street type, a direction, a unit.
const CIVIC = new RegExp(`${NUM} `, 'g');
const TYPES_EN = new Set([...CLEAR_TYPES_EN, ...LOOSE_TYPES_EN]);
const LOOSE_EN = new Set(LOOSE_TYPES_EN);
const NAME_WORD = /^(?:\p{Lu}[\p{L}'.-]{0,24}|\d{1,3}(?:st|nd|rd|th|ST|ND|RD|TH))$/u;
const DIRECTIONS = new Set(['north', 'south', 'east', 'west', 'ne', 'nw', 'se', 'sw', 'n', 's', 'e', 'w']);
const UNIT_WORDS = new Set(['apartment', 'apt', 'unit', 'suite', 'ste', 'room', 'rm']);
const UNIT_NUMBER = /^#?[A-Za-z]?\d{1,5}[A-Za-z]?$/;
// "123 main st": lower case only with an abbreviated type that is no ordinary word.
const EN_LOWER = /(?<![\w-])(?:\d{1,6}-)?(\d{1,6})[a-z]?,? (?:[a-z]{2,20} ){1,3}(st|ave|rd|blvd|cres|hwy)\.?(?![\w])/g;

interface Word {
  text: string;
  start: number;
  end: number;
}

/** The next word at or after `i` (words are separated by single spaces; punctuation ends them). */
function wordAt(s: string, i: number): Word | null {
  if (s[i] === ' ') i++;
  let j = i;
  while (j < s.length && j - i < 30 && !/[\s,;:!?()"/]/.test(s[j]!)) j++;
  return j > i ? { text: s.slice(i, j), start: i, end: j } : null;
}

/** End of an English street address whose name starts at `from`, and whether its type is a loose word. */
function parseEnglishStreet(s: string, from: number): { end: number; loose: boolean } | null {
  let i = from;
  for (let n = 0; n < 5; n++) {
    const w = wordAt(s, i);
    if (!w) return null;
    const bare = w.text.replace(/\.$/, '');
    if (n >= 1 && TYPES_EN.has(bare.toLowerCase()) && (bare === bare.toLowerCase() || /^\p{Lu}/u.test(bare))) {
      let end = w.end;
      const dir = wordAt(s, end);
      if (dir && s[end] === ' ' && DIRECTIONS.has(dir.text.replace(/\.$/, '').toLowerCase()) && /^\p{Lu}/u.test(dir.text)) end = dir.end;
      // ", Apt 12", " Unit 5", " #5"
      const comma = s[end] === ',' ? 1 : 0;
      const designator = wordAt(s, end + comma);
      if (designator && s[end + comma] === ' ') {
        const word = designator.text.replace(/\.$/, '').toLowerCase();
        if (UNIT_WORDS.has(word)) {
          const num = wordAt(s, designator.end);
          if (num && s[designator.end] === ' ' && UNIT_NUMBER.test(num.text.replace(/\.$/, ''))) end = num.end;
        } else if (UNIT_NUMBER.test(designator.text) && designator.text.startsWith('#')) end = designator.end;
      }
      return { end, loose: LOOSE_EN.has(bare.toLowerCase()) };
    }
    if (!NAME_WORD.test(w.text) || n === 4) return null;
    i = w.end;
    if (s[i] !== ' ') return null;
  }
  return null;
}

const PARTICLE = String.raw`(?:(?:de la|de|des|du|la|le|les|aux|au|à la) |d'|l')`;
const WORD_FR = String.raw`\p{Lu}[\p{L}'.-]{0,24}`;
const UNIT_FR = String.raw`(?:,? (?:app\.?|appartement|bureau|unité|suite|logement|#) ?(?:# ?)?[A-Za-z]?\d{1,5}[A-Za-z]?(?![\w]))?`;
const FR = new RegExp(
  `${NUM} (${cased(TYPES_FR)})\\.? ${PARTICLE}?${WORD_FR}(?: ${PARTICLE}?${WORD_FR}){0,3}${UNIT_FR}`,
  'gu',
);
// Ordinal street names come before the type, even in French: "2061 36e Rue", "15 1re Avenue".
const FR_ORDINAL = new RegExp(`${NUM} \\d{1,3}(?:e|è|ème|eme|ieme|ième|re|er) (?:${cased(['rue', 'avenue', 'av'])})\\.?(?![\\w])${UNIT_FR}`, 'gu');
const PO_BOX = /(?<![\w-])(?:P\.? ?O\.? ?[Bb]ox|PO BOX|[Cc]ase [Pp]ostale|C\.P\.|CP) ?(?:# ?)?\d{1,6}(?![\w-])/g;

// "12-345 Main St", "… Apt 12", "… app. 3": a dwelling unit (a "Suite" is more often an office).
const UNIT_DESIGNATOR = /^\d{1,6}-\d|\b(?:apartment|apt|unit|app|appartement|logement)\b|#/i;
// A four-digit number after "in", "since"… is a year: "In 2019 Bay Street firms…".
const YEAR_BEFORE = /\b(?:in|since|by|from|until|of|during|en|depuis|des|jusqu'en|avant|apres)\s$/;

export interface CivicAddress {
  start: number;
  end: number;
  /** The street type is also a common word (Court, Place, Line…). */
  loose: boolean;
  /** Apartment or unit designator: a home more than an office. */
  unit: boolean;
  /** "Suite 800", "bureau 200": an office. */
  suite: boolean;
  poBox: boolean;
}

/** Civic addresses and post-office boxes in a unit, without overlaps. */
export function findCivicAddresses(unit: Unit): CivicAddress[] {
  if (!/\d/.test(unit.folded)) return [];
  const out: CivicAddress[] = [];
  const add = (start: number, end: number, loose: boolean, poBox = false) => {
    if (out.some((a) => a.start < end && start < a.end)) return;
    const text = unit.folded.slice(start, end);
    out.push({ start, end, loose, poBox, unit: UNIT_DESIGNATOR.test(text), suite: /\b(?:suite|ste|bureau)\b/i.test(text) });
  };
  const isYear = (civic: string, start: number) =>
    civic.length === 4 && /^(?:19|20)\d\d$/.test(civic) && YEAR_BEFORE.test(unit.plain.slice(Math.max(0, start - 12), start));
  // A final period ends the sentence more often than it abbreviates "St.".
  const trimmedEnd = (start: number, end: number) => start + unit.folded.slice(start, end).replace(/(?<![,.\s])[,.\s]+$/, '').length;
  for (const re of [FR, FR_ORDINAL, EN_LOWER]) {
    for (const m of scan(unit, re)) {
      if (!isYear(m[1]!, m.index)) add(m.index, trimmedEnd(m.index, m.index + m[0].length), false);
    }
  }
  for (const m of scan(unit, CIVIC)) {
    if (isYear(m[1]!, m.index)) continue;
    const street = parseEnglishStreet(unit.folded, m.index + m[0].length);
    if (street && !overlapsMask(unit.masked, m.index, street.end)) add(m.index, trimmedEnd(m.index, street.end), street.loose);
  }
  for (const m of scan(unit, PO_BOX)) add(m.index, m.index + m[0].length, false, true);
  return out.sort((a, b) => a.start - b.start);
}

const RESIDENCE = bilingual(RESIDENCE_EN, RESIDENCE_FR);
const SELF = bilingual(SELF_RESIDENCE_EN, SELF_RESIDENCE_FR);
const LIVES = bilingual(RESIDENCE_VERBS_EN, RESIDENCE_VERBS_FR);
const PUBLIC = bilingual(PUBLIC_PLACE_EN, PUBLIC_PLACE_FR);
const PEOPLE = bilingual(ADDRESS_PEOPLE_EN, ADDRESS_PEOPLE_FR);
const PERSON_AT = bilingual(PERSON_AT_EN, PERSON_AT_FR);
// "Maria Lopez, 12 Elm St": a name right before the address (compromise confirms it is a person's).
const NAME_BEFORE = /(?:\p{Lu}\p{Ll}+ \p{Lu}[\p{Ll}'-]+|(?:Mr|Mrs|Ms|Mme|Mlle|M|Dr)\.? \p{Lu}\p{Ll}+)[,:]? ?(?:\(|-)? ?$/u;

function namedResident(unit: Unit, start: number): boolean {
  if (!NAME_BEFORE.test(unit.text.slice(Math.max(0, start - 30), start))) return false;
  return personNames(unit.text, start, start).some((n) => n.end <= start && start - n.end <= 3 && !/Ontario|Canada|Queen/.test(n.text));
}
// Government offices named in the brief and the reference (§11): never someone's home.
const PUBLIC_OFFICES = lexicon(["queen's park", 'queens park', '777 bay', '900 bay', '99 wellesley', '111 wellesley']);

export type AddressOwner = 'resident' | 'self' | 'public' | 'person' | 'unknown';

/** Who the text ties the place at [start, end) to. */
export function addressOwner(unit: Unit, start: number, end: number, lookForPeople = true): AddressOwner {
  // A known government office is nobody's home, whoever the text places there ("the ServiceOntario folks at 777 Bay St").
  PUBLIC_OFFICES.lastIndex = 0;
  if (PUBLIC_OFFICES.test(unit.plain.slice(Math.max(0, start - 20), end + 20))) return 'public';
  if (near(unit, RESIDENCE, start, end, 50)) return 'resident';
  if (near(unit, SELF, start, end, 50)) return 'self';
  // "Mme Gagnon habite maintenant au 12, rue des Érables": a living verb shortly before.
  if (precededBy(unit, LIVES, start, 30)) return 'resident';
  // "the lady at 42 Maple Cres who yelled at me", « le gars du 88, avenue Cedar ».
  if (precededBy(unit, PERSON_AT, start, 24)) return 'resident';
  // "Maria Lopez, 44 Birch Cres in Timmins, who came to every workshop": a person's name right before
  // the address is theirs, whatever public event the sentence goes on to (but "Dr. Lee, 12 Elm St clinic").
  if (lookForPeople && namedResident(unit, start) && !near(unit, PUBLIC, start, end, 12)) return 'person';
  if (near(unit, PUBLIC, start, end, 60) || /\bontario\.ca\b|\.gov\b|\bgov\.on\.ca\b/.test(unit.plain)) return 'public';
  if (lookForPeople && (near(unit, PEOPLE, start, end, 60) || namedResident(unit, start))) return 'person';
  return 'unknown';
}

const MESSAGES: Record<'resident' | 'self' | 'unknown', Localized> = {
  resident: {
    en: "This looks like a private person's home address. It is personal information and can put them at risk: post it only with their consent, and never from work records.",
    fr: "Ceci ressemble à l'adresse du domicile d'un particulier. C'est un renseignement personnel qui peut mettre la personne en danger : publiez-la seulement avec son consentement, et jamais à partir de dossiers de travail.",
  },
  self: {
    en: 'This looks like your home address. Once public it tells everyone where you live; consider sharing it privately.',
    fr: "Ceci ressemble à l'adresse de votre domicile. Une fois publique, elle indique à tous où vous habitez; pensez à la donner en privé.",
  },
  unknown: {
    en: "A street address: if a private person lives there, it is personal information. Fine for an office or a public venue.",
    fr: "Une adresse municipale : si un particulier y habite, c'est un renseignement personnel. Aucun problème pour un bureau ou un lieu public.",
  },
};

function severityFor(owner: AddressOwner, address: CivicAddress): Partial<Record<Mode, ModeSeverity>> | null {
  switch (owner) {
    case 'resident':
    case 'person':
      return severities('high');
    case 'self':
      return severities('tip', 'medium', 'medium');
    case 'public':
      return null;
    default:
      // "Court", "Place", "Line"… without anyone living there is too often not an address at all.
      if (address.loose) return null;
      return address.unit && !address.poBox ? severities('medium') : severities('tip');
  }
}

export default defineRule({
  id: 'personal-info/street-address',
  category: 'personal-info',
  severity: severities('high'),
  guidelines: ['fippa-contact-details', 'fippa-business-capacity', 'ops-personal-use'],
  title: { en: 'Street address', fr: 'Adresse municipale' },
  why: MESSAGES.resident,
  // findCivicAddresses() needs a digit.
  // A trigger in the sentence before alone wakes nothing: every address holds a digit of its own sentence.
  triggersHere: true,
  // The digits as pieces of the engine's one scan (what /\d/ found, without a pattern run a sentence).
  triggers: DIGIT_PIECES,
  detect(unit) {
    const hits: Hit[] = [];
    for (const a of findCivicAddresses(unit)) {
      // "Court", "Place", "Line"… count only when someone is said to live there (see severityFor).
      const owner = addressOwner(unit, a.start, a.end, !a.loose);
      const severity = severityFor(owner, a);
      if (!severity) continue;
      const text = unit.text.slice(a.start, a.end);
      hits.push({
        start: a.start,
        end: a.end,
        severity,
        message: MESSAGES[owner === 'person' ? 'resident' : owner === 'self' ? 'self' : owner === 'resident' ? 'resident' : 'unknown'],
        suggestion: maskSuggestion(maskDigits(text), 'address'),
      });
    }
    return hits;
  },
  examples: {
    invalid: [
      // One of a caseworker's families placed at the address.
      { text: 'If anyone has a spare coat, one of my families at 214 Algoma St N just lost everything. Drop off there or DM.', span: '214 Algoma St N', severity: 'high' },
      { text: "Si quelqu'un a un manteau, une de mes familles du 214, rue Algoma a tout perdu dans l'incendie.", span: '214, rue Algoma', severity: 'high' },
      // A name right before the address, then a public event later in the sentence: still the person's home.
      { text: 'Huge shout out to Maria Lopez, 44 Birch Cres in Timmins, who came to every ODSP workshop this year!', span: '44 Birch Cres', severity: 'high' },
      { text: 'Bravo à Sylvie Tremblay, 12, rue des Pins à Hearst, qui a assisté à tous nos ateliers!', severity: 'high' },
      { text: 'My client lives at 12-345 Main St W and needs a ride.', span: '12-345 Main St W', severity: 'high' },
      { text: 'Her landlord changed the locks at 345 Main St Apt 12 yesterday.', span: '345 Main St Apt 12', severity: 'high' },
      { text: 'Send it to 88 Elm Ave Unit 4 by Friday.', span: '88 Elm Ave Unit 4', severity: 'medium' },
      { text: 'La cliente habite au 2061, rue René-Lévesque depuis mars.', span: '2061, rue René-Lévesque', severity: 'high' },
      { text: 'Mon voisin demeure au 2061 36e Rue, à Québec.', span: '2061 36e Rue', severity: 'high' },
      { text: 'Son adresse : case postale 4521, Sudbury.', span: 'case postale 4521', severity: 'high' },
    ],
    valid: [
      // A daycare or a school greets its own families at its address.
      'Our families at 214 Algoma St N are invited to the open house.',
      // The name is the host of a public place named with the address.
      'Thanks to Dr. Lee, 12 Elm St clinic, for hosting the flu shot event.',
      "Come to our office at 777 Bay St for the open house.",
      'Shoutout to the ServiceOntario folks at 777 Bay St, in and out in 15 minutes.',
      'Merci aux gens du 777 Bay St pour le service rapide ce matin.',
      'The ministry moved to 900 Bay Street this spring.',
      'Mix 2 cups flour and bake at 350 F for 20 minutes.',
      'In 2019 Bay Street firms hired 3 Supreme Court clerks.',
      'The Leafs beat Montreal 4 to 2 last night.',
      'Venez nous voir au 2061, rue René-Lévesque pour la séance d’information.',
      'Nous avons servi 250 repas et 3 Place des Arts a accueilli le spectacle.',
    ],
  },
});
