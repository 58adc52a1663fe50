// An Ontario health card number: ten digits printed 4-3-3, with a one- or two-letter version code
// on photo cards, and a Luhn check digit (shared reference "identifiers" §2). Phones group 3-3-4,
// so a 3-3-4 number never matches; an unformatted ten-digit run needs a health-card keyword or
// a version code, since about one in ten random numbers passes Luhn.
import { defineRule } from '../../define-rule.js';
import { near } from '../../match.js';
import type { Hit } from '../../types.js';
import { luhn } from '../../validators/luhn.js';
import { HEALTH_CARD_KEYWORDS_EN } from '../../lexicons/en/identifiers.js';
import { HEALTH_CARD_KEYWORDS_FR } from '../../lexicons/fr/identifiers.js';
import { bilingual, DIGIT_PIECES, framedAsExample, MASK, maskDigits, maskSuggestion, scan, severities, suppressedNumber } from './identifier-helpers.js';

// Version code: upper-case letters right after the number (attached, or after one space or hyphen);
// in lower case only attached or after a hyphen ("…-175-kt"), since "… 897 is" is the next word.
const OHIP = /(?<![\w-])(\d{4})([ -]?)(\d{3})\2(\d{3})(?:([ -]?)([A-Z]{1,2})|(-?)([a-z]{1,2}))?(?![\w-])/g;
const KEYWORD = bilingual(HEALTH_CARD_KEYWORDS_EN, HEALTH_CARD_KEYWORDS_FR);
const EXAMPLE_MESSAGE = {
  en: "This is given as a made-up example, and it passes the health card check. Make sure it is not a real person's number.",
  fr: "Ce numéro est donné comme exemple fictif, et il passe la vérification de la carte Santé. Assurez-vous que ce n'est pas le numéro d'une vraie personne.",
};

export default defineRule({
  id: 'personal-info/ohip',
  category: 'personal-info',
  severity: severities('high'),
  guidelines: ['fippa-identifying-numbers', 'fippa-personal-information', 'ops-personal-use'],
  title: { en: 'Health card number (OHIP)', fr: 'Numéro de carte Santé (OHIP)' },
  why: {
    en: 'This looks like an Ontario health card number. It identifies a person and their health coverage; posting it discloses personal health information.',
    fr: "Ceci ressemble à un numéro de carte Santé de l'Ontario. Il identifie une personne et sa couverture santé : le publier divulgue un renseignement personnel sur la santé.",
  },
  // Its first test needs a digit of its own sentence.
  triggers: DIGIT_PIECES,
  triggersHere: true,
  detect(unit) {
    if (!/\d{3}/.test(unit.folded)) return [];
    const hits: Hit[] = [];
    for (const m of scan(unit, OHIP)) {
      const start = m.index;
      const end = start + m[0].length;
      const digits = m[1]! + m[3]! + m[4]!;
      if (!luhn(digits) || suppressedNumber(unit, start, end)) continue;
      const formatted = m[2] !== '';
      const code = m[6] ?? m[8];
      // A lone "A" or "I" after a space is more likely the next word than a version code.
      const versionCode = !!code && (code.length === 2 || (m[5] ?? m[7]) === '' || !/^[AI]$/i.test(code));
      const keyword = near(unit, KEYWORD, start, end, 120);
      if (!formatted && !keyword && !versionCode) continue;
      // "en 2024 125 000 personnes": a year, then a number with a thousands space.
      if (!keyword && !versionCode && (/^(?:19|20)\d\d$/.test(m[1]!) || m[4] === '000')) continue;
      const numberEnd = code && !versionCode ? end - code.length - (m[5] ?? m[7] ?? '').length : end;
      const span = unit.text.slice(start, numberEnd);
      const hit: Hit = {
        start,
        end: numberEnd,
        suggestion: maskSuggestion(versionCode ? maskDigits(span, 3).replace(/(?<![A-Za-z])[A-Za-z]+$/, (v) => MASK.repeat(v.length)) : maskDigits(span, 3)),
      };
      // Shape and checksum alone: a caution, not a certainty.
      if (!keyword && !versionCode) hit.severity = severities('medium');
      // "Use a synthetic one like 1234 567 897 AB", « des cartes Santé de test comme … »: a made-up example, as for a SIN.
      if (framedAsExample(unit, start, numberEnd)) {
        hit.severity = severities('tip');
        hit.message = EXAMPLE_MESSAGE;
      }
      hits.push(hit);
    }
    return hits;
  },
  examples: {
    invalid: [
      { text: "My client's health card number is 1234 567 897 AB, can someone help?", span: '1234 567 897 AB', severity: 'high' },
      // A made-up example in a privacy reminder is a tip, not an alarm ("synthetic" elsewhere is no example).
      { text: 'Building test data? Use a synthetic one like 1234 567 897 AB, never a real card.', mode: 'professional', severity: 'tip' },
      { text: 'Des cartes Santé de test comme 1234 567 897 AB, jamais de vraies données.', mode: 'professional', severity: 'tip' },
      { text: "My client's health card is 1234 567 897 AB, can someone at the synthetic biology lab help?", severity: 'high' },
      { text: 'OHIP 1234567897 for the patient in room 4.', span: '1234567897', severity: 'high' },
      { text: 'Can you check 1234-567-897 before the end of the day?', span: '1234-567-897', severity: 'medium' },
      { text: 'Sa carte santé porte le numéro 1234-567-897, code de version AB.', span: '1234-567-897', severity: 'high' },
      { text: 'Le numéro 1234567897AB est celui de mon patient.', span: '1234567897AB', severity: 'high' },
      // Typed in lower case, the version code still follows the number after a hyphen.
      { text: "whoever left their health card at the counter lol it's 1234-567-897-kt, come get it", span: '1234-567-897-kt', severity: 'high' },
      { text: 'quelqu’un a oublié sa carte au comptoir, le numéro 1234-567-897-ab, venez la chercher', span: '1234-567-897-ab', severity: 'high' },
      // Repeated digits are no placeholder when they are not all the same.
      { text: 'Sa carte Santé porte le numéro 0000 000 505 AB, pouvez-vous vérifier?', span: '0000 000 505 AB', severity: 'high' },
      { text: "The client's health card number is 1111-111-116-XX, can you check it?", span: '1111-111-116-XX', severity: 'high' },
    ],
    valid: [
      'Call us at 416 555 0123 or visit the office.',
      'Health card renewals: the form number is 1234 567 890 on the website.',
      'Order 1234 567 897 shipped yesterday.',
      'Visit https://example.ca/1234567897 to read the OHIP report.',
      'Le budget de 1234 567 897 $ a été annoncé pour la carte santé.',
      'Pour renouveler votre carte santé, composez le 1 866 532 3161.',
      'En 2024 125 000 personnes ont renouvelé leur permis en ligne.',
      // A lower-case word after a space is the next word, not a version code.
      'Call 1234 567 890 is what the old form said, it is out of service now.',
      'Le code 1234 567 890 en bas de page ne sert plus à rien.',
      // A placeholder on a training slide: every digit the same.
      "The slide shows a 'helpful' post with a client's health card number in it (ours uses 0000-000-000-XX, obviously).",
      'Sur la diapo, la carte Santé de la cliente porte le numéro 0000 000 000 AB : un faux, évidemment.',
    ],
  },
});
