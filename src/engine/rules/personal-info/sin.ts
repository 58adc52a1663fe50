// A Social Insurance Number, validated, not only shaped: nine digits, Luhn, first digit never 0
// or 8 (shared reference "identifiers" §1). A CRA business number has the same shape, so a
// business-number keyword or an RT0001-style suffix suppresses it (§16); so does an Ontario
// Education Number keyword, which case-number.ts reports (§17).
import { defineRule } from '../../define-rule.js';
import { near, lexicon } from '../../match.js';
import type { Hit } from '../../types.js';
import { luhn } from '../../validators/luhn.js';
import { OEN_KEYWORDS_EN } from '../../lexicons/en/identifiers.js';
import { OEN_KEYWORDS_FR } from '../../lexicons/fr/identifiers.js';
import { afterReferenceWord, bilingual, DIGIT_PIECES, framedAsExample, gluedToNumber, maskDigits, maskSuggestion, nearCurrency, partOfSpacedNumber, scan } from './identifier-helpers.js';

const SIN = /(?<![\w-])([1-79]\d{2})([ -]?)(\d{3})\2(\d{3})(?![\w-])/g;
// "SIN" and "NAS" are matched case-sensitively below; in lower case they are ordinary words.
const NAMED_BEFORE = /(?<![\p{L}\p{N}])(?:sin|nas)(?:\s*(?:#|no\.?|number|numero|:|is|est|=|-))*\s*$/u;
const KEYWORD = lexicon(['social insurance', 'social insurance number', 'soc ins', 'social ins', 'ssn', "numero d'assurance sociale", 'assurance sociale', "carte d'assurance sociale"]);
const BUSINESS = lexicon(['bn', 'business number', "numero d'entreprise", 'hst', 'gst', 'tps', 'tvh', 'rt0001', 'order', 'invoice', 'tracking', 'commande', 'facture', 'suivi', 'confirmation']);
const OEN = bilingual(OEN_KEYWORDS_EN, OEN_KEYWORDS_FR);

const EXAMPLE_SEVERITY = { personal: 'tip', professional: 'tip', official: 'tip' } as const;
const EXAMPLE_MESSAGE = {
  en: 'This is given as a made-up example, and it passes the SIN check. Make sure it is not a real person\'s number (046 454 286 is the one Service Canada shows in its own examples).',
  fr: "Ce numéro est donné comme exemple fictif, et il passe la vérification du NAS. Assurez-vous que ce n'est pas le numéro d'une vraie personne (046 454 286 est celui que Service Canada montre dans ses propres exemples).",
};

export default defineRule({
  id: 'personal-info/sin',
  category: 'personal-info',
  severity: { personal: 'high', professional: 'high', official: 'high' },
  guidelines: ['fippa-identifying-numbers', 'ops-personal-use'],
  title: { en: 'Social Insurance Number', fr: "Numéro d'assurance sociale" },
  why: {
    en: 'This looks like a Social Insurance Number. A SIN identifies one person for life; posting it, even in part, discloses personal information.',
    fr: "Ceci ressemble à un numéro d'assurance sociale. Le NAS identifie une personne pour la vie; le publier, même en partie, divulgue un renseignement personnel.",
  },
  // Its first test needs a digit of its own sentence.
  triggers: DIGIT_PIECES,
  triggersHere: true,
  detect(unit) {
    if (!/\d{3}/.test(unit.folded)) return [];
    const hits: Hit[] = [];
    for (const m of scan(unit, SIN)) {
      const start = m.index;
      const end = start + m[0].length;
      const digits = m[1]! + m[3]! + m[4]!;
      if (!luhn(digits)) continue;
      if (near(unit, BUSINESS, start, end, 40) || gluedToNumber(unit.folded, start, end) || nearCurrency(unit.folded, start, end)) continue;
      if (partOfSpacedNumber(unit.folded, start, end)) continue;
      const formatted = m[2] !== '';
      // Case-sensitive SIN/NAS: "sin" and "nas" are ordinary words in lower case, except right before
      // the number ("my sin is 130 692 544", « le nas : 566 131 868 »), where nothing else reads them.
      const keyword = /\b(?:SIN|NAS)\b/.test(unit.folded) || NAMED_BEFORE.test(unit.plain.slice(Math.max(0, start - 16), start)) || near(unit, KEYWORD, start, end, 300);
      if (!formatted && !keyword) continue;
      if (!keyword && near(unit, OEN, start, end, 60)) continue;
      // "Reservation 451 093 827", "booking ref …", « billet … »: a transaction's number, unless SIN is said (§0.6).
      if (!keyword && afterReferenceWord(unit, start)) continue;
      // French writes thousands with spaces: "130 692 544 visites" is a count.
      if (!keyword && m[2] === ' ' && unit.locale === 'fr' && /^ \p{Ll}/u.test(unit.folded.slice(end, end + 2))) continue;
      if (framedAsExample(unit, start, end)) {
        hits.push({ start, end, severity: EXAMPLE_SEVERITY, message: EXAMPLE_MESSAGE, suggestion: maskSuggestion(maskDigits(m[0], 3)) });
        continue;
      }
      hits.push({ start, end, suggestion: maskSuggestion(maskDigits(m[0], 3)) });
    }
    return hits;
  },
  examples: {
    invalid: [
      // A made-up example in a privacy reminder is a tip, not an alarm; "test it" is no example.
      { text: 'Never paste a SIN into a chat. For training slides use an obvious fake like 123-456-782 (the standard test SIN).', mode: 'professional', severity: 'tip' },
      { text: 'Pour vos formations, utilisez un NAS fictif, par exemple 123 456 782.', mode: 'professional', severity: 'tip' },
      { text: 'Client SIN is 130 692 544, test it in the portal.', severity: 'high' },
      { text: 'Client SIN is 130 692 544, please call back', span: '130 692 544', severity: 'high' },
      { text: 'Her number: 123-456-782', span: '123-456-782' },
      { text: 'Son NAS : 130-692-544', span: '130-692-544' },
      { text: 'Mon client m’a donné son NAS 130692544 au comptoir.', span: '130692544' },
      // A reference word does not hide a number called a SIN.
      { text: 'Reference for her file: SIN 130 692 544, call her back.', span: '130 692 544' },
      // All in lower case, the word right before the number still names it.
      { text: 'le nas 566 131 868 écrit en gros sur le formulaire, pourquoi le monde fait ça', span: '566 131 868' },
      { text: 'whoever dropped a card at the counter, sin is 130 692 544 lol', span: '130 692 544' },
    ],
    valid: [
      'Order #130692545 shipped today',
      'Visit https://example.ca/130692544 for the report',
      'Test value 046 454 286 is fictitious',
      'Our business number is 123026635 RT0001',
      'Votre commande 130692544 est en route.',
      'Our campsite booking 130 692 544 got cancelled again, any tips?',
      'Billet 130 692 544 pour le spectacle de vendredi, quelqu’un le veut?',
      'Le numéro 823 456 785 ne passe pas la validation.',
      'Le site a reçu 130 692 544 visites depuis son lancement.',
      // "sin" as a word, far from the number or not naming it.
      "Honestly it's a sin that 130692544 views went to that video.",
      'Le nas de mon bureau a planté, erreur 130692544 encore.',
    ],
  },
});
