// A Canadian passport number: two upper-case letters and six digits (shared reference
// "identifiers" §5). The shape is shared by course codes, product codes and tickets, and there is
// no checksum, so a passport keyword must be near.
import { defineRule } from '../../define-rule.js';
import { near } from '../../match.js';
import type { Hit } from '../../types.js';
import { PASSPORT_KEYWORDS_EN } from '../../lexicons/en/identifiers.js';
import { PASSPORT_KEYWORDS_FR } from '../../lexicons/fr/identifiers.js';
import { bilingual, DIGIT_PIECES, maskAlnum, maskSuggestion, scan, severities, suppressedNumber } from './identifier-helpers.js';

const PASSPORT = /(?<![\w-])([A-Z]{2})[ -]?(\d{6})(?![\w-])/g;
const KEYWORD = bilingual(PASSPORT_KEYWORDS_EN, PASSPORT_KEYWORDS_FR);
// "No 123456", "NO 123456": the abbreviation of "number", not a passport series.
const NOT_SERIES = new Set(['NO', 'ID']);

export default defineRule({
  id: 'personal-info/passport',
  category: 'personal-info',
  severity: severities('high'),
  guidelines: ['fippa-identifying-numbers', 'fippa-personal-information', 'ops-personal-use'],
  title: { en: 'Passport number', fr: 'Numéro de passeport' },
  why: {
    en: 'This looks like a passport number. It identifies one person and is used to prove identity; posting it discloses personal information.',
    fr: "Ceci ressemble à un numéro de passeport. Il identifie une personne et sert à prouver son identité : le publier divulgue un renseignement personnel.",
  },
  // Its first test needs a digit of its own sentence.
  triggers: DIGIT_PIECES,
  triggersHere: true,
  detect(unit) {
    if (!/\d{6}/.test(unit.folded)) return [];
    const hits: Hit[] = [];
    for (const m of scan(unit, PASSPORT)) {
      const start = m.index;
      const end = start + m[0].length;
      if (NOT_SERIES.has(m[1]!) || suppressedNumber(unit, start, end)) continue;
      if (!near(unit, KEYWORD, start, end, 60)) continue;
      hits.push({ start, end, suggestion: maskSuggestion(maskAlnum(m[0], 2)) });
    }
    return hits;
  },
  examples: {
    invalid: [
      { text: 'Her passport AB123456 expires next year.', span: 'AB123456', severity: 'high' },
      { text: 'Passport number: GA 302922 for the applicant we met today.', span: 'GA 302922' },
      { text: 'Son numéro de passeport est AB123456, il est au comptoir.', span: 'AB123456' },
      { text: 'Passeport HK-482913 trouvé au guichet ce matin.', span: 'HK-482913' },
    ],
    valid: [
      'Course code AB 123456 is full for the fall term.',
      'Passport applications reached 123456 this year.',
      'Renew your passport online: ticket AB123456 is your confirmation.',
      'Le cours AB123456 est complet pour la session d’automne.',
      'Les demandes de passeport ont atteint 123456 cette année.',
    ],
  },
});
