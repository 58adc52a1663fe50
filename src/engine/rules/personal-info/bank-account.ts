// Canadian banking details: the cheque line (transit-institution-account), a transit and
// institution pair (12345-678, or 0YYYXXXXX for electronic payments) and 7-12 digit account
// numbers (shared reference "identifiers" §7). None has a checksum and every shape is shared with
// part numbers and counts, so each needs a banking keyword (EN or FR) nearby.
import { defineRule } from '../../define-rule.js';
import { near } from '../../match.js';
import type { Hit, Unit } from '../../types.js';
import { BANK_KEYWORDS_EN } from '../../lexicons/en/identifiers.js';
import { BANK_KEYWORDS_FR } from '../../lexicons/fr/identifiers.js';
import { bilingual, DIGIT_PIECES, looksLikeCompactDate, maskDigits, maskSuggestion, scan, severities, suppressedNumber } from './identifier-helpers.js';

const CHEQUE_LINE = /(?<![\w-])\d{5}[-. ]\d{3}[-. ]\d{7,12}(?![\w-])/g;
const TRANSIT_INSTITUTION = /(?<![\w-])(?:\d{5}-\d{3}|0\d{8})(?![\w-])/g;
const ACCOUNT = /(?<![\w-])(?:\d{7,12}|\d{1,6}-\d{1,8})(?![\w-])/g;
const KEYWORD = bilingual(BANK_KEYWORDS_EN, BANK_KEYWORDS_FR);
// "account 1234567", "account #: 1234567", "compte n° 1234567": "account" alone is a keyword only
// right before the number (French "compte" is also the verb "counts", so it needs its "n°").
const ACCOUNT_LABEL = /\b(?:account|acct)(?: ?(?:#|no\.?|number|is))? ?:? ?$|\bcompte ?(?:#|:|no\.?|n°|numero) ?:? ?(?:le )?$/;
const PHONE_WORD = /\b(?:call|phone|tel|cell|text|appel\w*|telephone|composez)\b/;

function bankContext(unit: Unit, start: number, end: number): boolean {
  return near(unit, KEYWORD, start, end, 60) || ACCOUNT_LABEL.test(unit.plain.slice(Math.max(0, start - 24), start));
}

const MESSAGES = {
  account: {
    en: 'This looks like a bank account number. Banking details are financial information about a person and can be used for fraud.',
    fr: "Ceci ressemble à un numéro de compte bancaire. Les coordonnées bancaires sont un renseignement financier sur une personne et peuvent servir à la fraude.",
  },
  branch: {
    en: 'This looks like a bank transit and institution number. With an account number it gives access to someone’s bank account; keep banking details out of posts.',
    fr: "Ceci ressemble à un numéro de transit et d'institution bancaire. Avec un numéro de compte, il donne accès au compte de quelqu'un : gardez les coordonnées bancaires hors de vos publications.",
  },
};

export default defineRule({
  id: 'personal-info/bank-account',
  category: 'personal-info',
  severity: severities('high'),
  guidelines: ['fippa-identifying-numbers', 'fippa-personal-information', 'ops-personal-use'],
  title: { en: 'Bank account number', fr: 'Numéro de compte bancaire' },
  why: MESSAGES.account,
  // Its first test needs a digit of its own sentence.
  triggers: DIGIT_PIECES,
  triggersHere: true,
  detect(unit) {
    if (!/\d{5}/.test(unit.folded)) return [];
    const hits: Hit[] = [];
    const taken: { start: number; end: number }[] = [];
    const free = (s: number, e: number) => !taken.some((t) => t.start < e && s < t.end);
    for (const m of scan(unit, CHEQUE_LINE)) {
      const start = m.index;
      const end = start + m[0].length;
      if (suppressedNumber(unit, start, end) || !bankContext(unit, start, end)) continue;
      taken.push({ start, end });
      hits.push({ start, end, message: MESSAGES.account, suggestion: maskSuggestion(maskDigits(m[0], 3)) });
    }
    for (const m of scan(unit, TRANSIT_INSTITUTION)) {
      const start = m.index;
      const end = start + m[0].length;
      if (!free(start, end) || suppressedNumber(unit, start, end) || !bankContext(unit, start, end)) continue;
      taken.push({ start, end });
      hits.push({ start, end, message: MESSAGES.branch, severity: severities('medium'), suggestion: maskSuggestion(maskDigits(m[0])) });
    }
    for (const m of scan(unit, ACCOUNT)) {
      const start = m.index;
      const end = start + m[0].length;
      const digits = m[0].replace(/\D/g, '');
      if (digits.length < 7 || digits.length > 12 || !free(start, end)) continue;
      if (looksLikeCompactDate(digits) || suppressedNumber(unit, start, end) || !bankContext(unit, start, end)) continue;
      // A ten- or eleven-digit number introduced by "call" or "phone" is the bank's telephone line.
      if (digits.length >= 10 && PHONE_WORD.test(unit.plain.slice(Math.max(0, start - 30), start))) continue;
      hits.push({ start, end, message: MESSAGES.account, suggestion: maskSuggestion(maskDigits(m[0], 3)) });
    }
    return hits;
  },
  examples: {
    invalid: [
      { text: 'Please send it to her account: transit 12345, institution 003, account 1234567.', span: '1234567', severity: 'high' },
      { text: 'Direct deposit info for the client: 12345-003-9876543.', span: '12345-003-9876543', severity: 'high' },
      { text: 'The void cheque shows 12345-003 for his branch.', span: '12345-003', severity: 'medium' },
      { text: 'Son numéro de compte est le 5012345678 à la Caisse.', span: '5012345678', severity: 'high' },
      { text: 'Dépôt direct : 12345-815-1234567 pour la bénéficiaire.', span: '12345-815-1234567' },
    ],
    valid: [
      'The food bank served 1234567 meals this year.',
      'Call your bank at 1 800 555 0199 if you have questions about your account.',
      'Part 12345-678 is back in stock at the hardware store.',
      'Our account has 1234567 followers now, thank you all!',
      'Le compte du ministère compte 1234567 abonnés.',
      'Le rapport indique 1234567 visites sur le site de la banque alimentaire.',
    ],
  },
});
