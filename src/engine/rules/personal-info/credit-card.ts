// A payment card number: a known issuer prefix, the length that issuer uses, a consistent
// grouping (4-4-4-4, Amex 4-6-5) and Luhn (shared reference "identifiers" §6). A 15-digit IMEI
// also passes Luhn but fails the prefix/length table; courier tracking numbers are suppressed by
// their keyword.
import { defineRule } from '../../define-rule.js';
import type { Hit } from '../../types.js';
import { luhn } from '../../validators/luhn.js';
import { DIGIT_PIECES, maskDigits, maskSuggestion, scan, severities, suppressedNumber } from './identifier-helpers.js';

const CANDIDATE = /(?<![\w-])\d(?:[ -]?\d){12,18}(?![\w-])/g;

/** Issuer whose prefix and length fit, or null (ISO/IEC 7812 IIN ranges, §6). */
export function cardIssuer(d: string): string | null {
  const n = d.length;
  const p2 = Number(d.slice(0, 2));
  const p3 = Number(d.slice(0, 3));
  const p4 = Number(d.slice(0, 4));
  const p6 = Number(d.slice(0, 6));
  if (d[0] === '4' && (n === 13 || n === 16 || n === 19)) return 'Visa';
  if (((p2 >= 51 && p2 <= 55) || (p4 >= 2221 && p4 <= 2720)) && n === 16) return 'Mastercard';
  if ((p2 === 34 || p2 === 37) && n === 15) return 'American Express';
  if ((p4 === 6011 || p2 === 65 || (p3 >= 644 && p3 <= 649) || (p6 >= 622126 && p6 <= 622925)) && (n === 16 || n === 19)) return 'Discover';
  if (p4 >= 3528 && p4 <= 3589 && n >= 16 && n <= 19) return 'JCB';
  if (((p3 >= 300 && p3 <= 305) || p2 === 36 || p2 === 38 || p2 === 39) && (n === 14 || n === 16)) return 'Diners Club';
  if (p2 === 62 && n >= 16 && n <= 19) return 'UnionPay';
  return null;
}

/** Unformatted, or one separator throughout with card-like groups: 4-4-4-4(-3), 4-6-5, 4-6-4. */
function cardGrouping(s: string): boolean {
  const groups = s.split(/[ -]/);
  if (groups.length === 1) return true;
  const seps = s.replace(/\d/g, '');
  if (new Set(seps).size !== 1) return false;
  const lens = groups.map((g) => g.length).join('-');
  if (lens === '4-6-5' || lens === '4-6-4') return true;
  const last = groups[groups.length - 1]!.length;
  return groups.slice(0, -1).every((g) => g.length === 4) && last >= 1 && last <= 4;
}

// Published test numbers (issuers' and payment processors' documentation): users paste them.
const TEST_NUMBERS = new Set([
  '4111111111111111', '4012888888881881', '4242424242424242', '5555555555554444', '5105105105105100', '378282246310005',
  '371449635398431', '6011111111111117', '6011000990139424', '30569309025904', '38520000023237', '3530111333300000',
]);
// The sentence names it a test number: "use the test card 4242…", "Stripe's test number", « la carte de test 4242… »,
// "in sandbox mode". Said so, a published test number is nobody's card; unnamed ("try the card 4111… in the demo") it
// may still be a real card pasted by mistake.
const NAMED_TEST =
  /\b(?:test(?:ing)?\s+(?:cards?|numbers?|card\s+numbers?|credit\s+cards?|visa|mastercard|amex)|sandbox|dummy\s+cards?|fake\s+cards?|cartes?\s+(?:de\s+)?(?:test|essai)|numeros?\s+(?:de\s+)?(?:test|essai)|carte\s+fictive|bac\s+a\s+sable)\b/;

export default defineRule({
  id: 'personal-info/credit-card',
  category: 'personal-info',
  severity: severities('high'),
  guidelines: ['fippa-identifying-numbers', 'fippa-personal-information', 'ops-personal-use'],
  title: { en: 'Payment card number', fr: 'Numéro de carte de paiement' },
  why: {
    en: 'This looks like a credit or debit card number. It is financial information about its holder and can be used for fraud.',
    fr: "Ceci ressemble à un numéro de carte de crédit ou de débit. C'est un renseignement financier sur son titulaire, qui peut servir à la fraude.",
  },
  // Its first test needs a digit of its own sentence.
  triggers: DIGIT_PIECES,
  triggersHere: true,
  detect(unit) {
    if (!/\d{4}/.test(unit.folded)) return [];
    const hits: Hit[] = [];
    for (const m of scan(unit, CANDIDATE)) {
      const start = m.index;
      const end = start + m[0].length;
      // A slice of a longer spaced run ("1234 5678 9012 3456 7890") is not a card.
      if (/\d[ -]$/.test(unit.folded.slice(Math.max(0, start - 2), start)) || /^[ -]\d/.test(unit.folded.slice(end, end + 2))) continue;
      const digits = m[0].replace(/\D/g, '');
      const issuer = cardIssuer(digits);
      if (!issuer || !cardGrouping(m[0]) || !luhn(digits) || suppressedNumber(unit, start, end)) continue;
      const hit: Hit = { start, end, suggestion: maskSuggestion(maskDigits(m[0], 4)) };
      if (TEST_NUMBERS.has(digits) && NAMED_TEST.test(unit.plain)) continue;
      if (TEST_NUMBERS.has(digits)) {
        hit.severity = severities('medium');
        hit.message = {
          en: `This is a well-known ${issuer} test number. If it is a real card, remove it: card numbers are financial information.`,
          fr: `C'est un numéro de test ${issuer} connu. S'il s'agit d'une vraie carte, retirez-le : un numéro de carte est un renseignement financier.`,
        };
      } else {
        hit.message = {
          en: `This looks like a ${issuer} card number. It is financial information about its holder and can be used for fraud.`,
          fr: `Ceci ressemble à un numéro de carte ${issuer}. C'est un renseignement financier sur son titulaire, qui peut servir à la fraude.`,
        };
      }
      hits.push(hit);
    }
    return hits;
  },
  examples: {
    invalid: [
      { text: 'Her Visa is 4520 1234 5678 9018, can you process the refund?', span: '4520 1234 5678 9018', severity: 'high' },
      { text: 'The client paid with 5412-7534-5678-9010 at the counter.', span: '5412-7534-5678-9010', severity: 'high' },
      { text: 'Try the card 4111 1111 1111 1111 in the demo.', span: '4111 1111 1111 1111', severity: 'medium' },
      { text: 'Le numéro de sa carte de crédit est le 5412 7534 5678 9010.', span: '5412 7534 5678 9010', severity: 'high' },
      { text: 'Carte American Express 3712 003456 78905 refusée au comptoir.', span: '3712 003456 78905' },
    ],
    valid: [
      'Tracking number 4520 1234 5678 9018 for your parcel.',
      'The IMEI 356938035643809 is printed on the box.',
      'We processed 4520123456789011 records in the last fiscal year.',
      'Le numéro de suivi 5412 7534 5678 9010 est sur le reçu.',
      'Le numéro 4520 1234 5678 9011 ne passe pas la validation.',
      'Le budget total est de 4 520 123 456 789 018 $ selon le rapport.',
      // A published test number named as one.
      "If you're testing Stripe checkout, use the test card 4242 4242 4242 4242 with any future expiry.",
      'Pour tester le paiement, utilisez la carte de test 4242 4242 4242 4242 avec une date future.',
      'In sandbox mode, 5555 5555 5555 4444 always goes through.',
    ],
  },
});
