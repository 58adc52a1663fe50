// An Ontario passenger licence plate, four letters and three digits since 1997 (ABCD 123; shared
// reference "identifiers" §13). Course codes, error codes and model names share the shape, so a
// vehicle word must be near. A plate leads to its registered owner: a caution, not a breach.
import { defineRule } from '../../define-rule.js';
import { near } from '../../match.js';
import type { Hit } from '../../types.js';
import { VEHICLE_KEYWORDS_EN } from '../../lexicons/en/identifiers.js';
import { VEHICLE_KEYWORDS_FR } from '../../lexicons/fr/identifiers.js';
import { bilingual, DIGIT_PIECES, maskAlnum, maskSuggestion, scan, severities } from './identifier-helpers.js';

const PLATE = /(?<![\w-])([A-Z]{4})[ -]?(\d{3})(?![\w-])/g;
const KEYWORD = bilingual(VEHICLE_KEYWORDS_EN, VEHICLE_KEYWORDS_FR);
// Four-letter words and codes that come before three digits: courses, errors, rooms, car makes.
const NOT_PLATES = new Set([
  'HTTP', 'ISBN', 'MATH', 'ENGL', 'CHEM', 'PHYS', 'BIOL', 'ECON', 'HIST', 'PSYC', 'SOCI', 'COMP', 'ROOM', 'UNIT', 'PAGE', 'ITEM',
  'FORM', 'BILL', 'GATE', 'LANE', 'BOOK', 'PART', 'STEP', 'YEAR', 'FORD', 'AUDI', 'JEEP', 'MINI', 'FIAT', 'SAAB', 'LINE', 'TEAM',
  'CODE', 'TYPE', 'SIZE', 'WEEK', 'TEST', 'CASE', 'FILE', 'CLUB', 'SHOP',
]);

/** "ABCD", "WXYZ", "AAAA": letters in a row or all the same show the shape of a plate, no one's plate. */
function placeholder(letters: string): boolean {
  let run = true;
  let same = true;
  for (let i = 1; i < letters.length; i++) {
    if (letters.charCodeAt(i) !== letters.charCodeAt(i - 1) + 1) run = false;
    if (letters[i] !== letters[0]) same = false;
  }
  return run || same;
}
// "plates follow the format ABCD 123", « le format ABCD 123 »: the shape described, not a plate seen.
const FORMAT_BEFORE = /(?:format|formats|pattern|such as|e\.g\.|example|exemple|sample|forme)\s?:?\s?$/;

export default defineRule({
  id: 'personal-info/licence-plate',
  category: 'personal-info',
  severity: severities('medium'),
  guidelines: ['fippa-identifying-numbers', 'fippa-personal-information'],
  title: { en: 'Licence plate', fr: "Plaque d'immatriculation" },
  why: {
    en: "This looks like a licence plate. A plate leads to the vehicle's registered owner; posting it with what they did can expose a private person.",
    fr: "Ceci ressemble à une plaque d'immatriculation. Une plaque mène au propriétaire du véhicule; la publier avec ce qu'il a fait peut exposer un particulier.",
  },
  // Its first test needs a digit of its own sentence.
  triggers: DIGIT_PIECES,
  triggersHere: true,
  detect(unit) {
    if (!/[A-Z]{4}[ -]?\d{3}/.test(unit.folded)) return [];
    const hits: Hit[] = [];
    for (const m of scan(unit, PLATE)) {
      const start = m.index;
      const end = start + m[0].length;
      if (NOT_PLATES.has(m[1]!) || placeholder(m[1]!) || FORMAT_BEFORE.test(unit.plain.slice(Math.max(0, start - 20), start)) || !near(unit, KEYWORD, start, end, 50)) continue;
      hits.push({ start, end, suggestion: maskSuggestion(maskAlnum(m[0]), 'plate') });
    }
    return hits;
  },
  examples: {
    invalid: [
      { text: 'The car with plate CBDA 123 hit my neighbour’s fence.', span: 'CBDA 123', severity: 'medium' },
      { text: 'A truck, BXTR 482, has been parked in the fire lane all day.', span: 'BXTR 482' },
      { text: 'La voiture immatriculée CBDA 123 est stationnée devant chez moi.', span: 'CBDA 123' },
      { text: 'Plaque DKLM-715 : ce véhicule bloque l’entrée depuis ce matin.', span: 'DKLM-715' },
    ],
    valid: [
      'Course MATH 101 starts on Monday.',
      'Error HTTP 404 on the car rental site again.',
      'Room ABCD 123 is booked for the team.',
      // A plate's shape, described on the official account.
      'New licence plates issued from today follow the format ABCD 123. Existing plates remain valid.',
      "Les nouvelles plaques d'immatriculation suivent le format WXYZ 789. Les plaques existantes demeurent valides.",
      // The alt text of the sample plate.
      "[Texte de remplacement : une plaque d'immatriculation de l'Ontario avec l'exemple CKPW 482.]",
      'Le cours MATH 101 commence lundi.',
      'La voiture électrique coûte 45 000 $ cette année.',
    ],
  },
});
