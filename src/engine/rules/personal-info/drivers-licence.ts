// An Ontario driver's licence number: the surname's initial and 14 digits (A1234-56789-05115),
// the last six being the birth date YYMMDD with 50 added to the month for women (shared reference
// "identifiers" §3). The number itself reveals a name code, a birth date and a sex, so a valid
// embedded date is the check; a licence keyword nearby makes it certain.
import { defineRule } from '../../define-rule.js';
import { near } from '../../match.js';
import type { Hit } from '../../types.js';
import { DRIVERS_LICENCE_KEYWORDS_EN } from '../../lexicons/en/identifiers.js';
import { DRIVERS_LICENCE_KEYWORDS_FR } from '../../lexicons/fr/identifiers.js';
import { bilingual, DIGIT_PIECES, maskAlnum, maskSuggestion, scan, severities, suppressedNumber, validMonthDay } from './identifier-helpers.js';

// Separators: Purview allows a hyphen after the first group only, cds-snc after both; accept either.
const LICENCE = /(?<![\w-])([A-Za-z])(\d{4})[ -]?(\d{5})[ -]?(\d{5})(?![\w-])/g;
const KEYWORD = bilingual([...DRIVERS_LICENCE_KEYWORDS_EN, 'licence', 'license'], DRIVERS_LICENCE_KEYWORDS_FR);

/** Month (01–12, or 51–62 for women) and day of the embedded birth date are possible. */
export function validLicenceDigits(d: string): boolean {
  const month = Number(d.slice(10, 12));
  const day = Number(d.slice(12, 14));
  return validMonthDay(month > 50 ? month - 50 : month, day);
}

export default defineRule({
  id: 'personal-info/drivers-licence',
  category: 'personal-info',
  severity: severities('high'),
  guidelines: ['fippa-identifying-numbers', 'fippa-personal-information', 'ops-personal-use'],
  title: { en: "Driver's licence number", fr: 'Numéro de permis de conduire' },
  why: {
    en: "This looks like an Ontario driver's licence number. It identifies a person and even encodes their birth date; posting it discloses personal information.",
    fr: "Ceci ressemble à un numéro de permis de conduire de l'Ontario. Il identifie une personne et contient même sa date de naissance : le publier divulgue un renseignement personnel.",
  },
  // Its first test needs a digit of its own sentence.
  triggers: DIGIT_PIECES,
  triggersHere: true,
  detect(unit) {
    if (!/\d{5}/.test(unit.folded)) return [];
    const hits: Hit[] = [];
    for (const m of scan(unit, LICENCE)) {
      const start = m.index;
      const end = start + m[0].length;
      const digits = m[2]! + m[3]! + m[4]!;
      if (!validLicenceDigits(digits) || suppressedNumber(unit, start, end)) continue;
      const hit: Hit = { start, end, suggestion: maskSuggestion(maskAlnum(m[0])) };
      if (!near(unit, KEYWORD, start, end, 120)) hit.severity = severities('medium');
      hits.push(hit);
    }
    return hits;
  },
  examples: {
    invalid: [
      { text: "Her driver's licence is A1234-56789-05115, she left it at the counter.", span: 'A1234-56789-05115', severity: 'high' },
      { text: 'DL# M2468 13579 86123 was on the form the client sent.', span: 'M2468 13579 86123', severity: 'high' },
      { text: 'Found this in the lobby: T555512345 70229, who does it belong to?', span: 'T555512345 70229', severity: 'medium' },
      { text: 'Son permis de conduire porte le numéro T5555-12345-70229.', span: 'T5555-12345-70229', severity: 'high' },
      { text: 'Le numéro M2468-13579-86123 figure sur le constat.', span: 'M2468-13579-86123', severity: 'medium' },
    ],
    valid: [
      'Serial A1234-56789-01234 is on the back of the unit.',
      'Part number Z1234-56789-05115 ships on Monday.',
      'Visit https://example.ca/A12345678905115 for the details.',
      'Le code B1234-56789-01399 ne correspond à aucun permis.',
      'Le formulaire F1234-56789-04231 est disponible en ligne.',
    ],
  },
});
