// A Canadian postal code (A1A 1A1; D, F, I, O, Q, U never used, W and Z never first; shared
// reference "identifiers" §8). Alone it covers many homes and rarely identifies anyone, so it is a
// tip at most; with a civic address or a person it completes a home address. The provincial and
// federal government FSAs (M7A, K1A) are offices.
import { defineRule } from '../../define-rule.js';
import type { Hit, Localized } from '../../types.js';
import { addressOwner, findCivicAddresses } from './street-address.js';
import { DIGIT_PIECES, MASK, maskSuggestion, scan, severities } from './identifier-helpers.js';

const POSTAL = /(?<![\w-])([ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z])[ -]?(\d[ABCEGHJ-NPRSTV-Z]\d)(?![\w-])/g;
const POSTAL_LOWER = /(?<![\w-])([abceghj-nprstvxy]\d[abceghj-nprstv-z]) ?(\d[abceghj-nprstv-z]\d)(?![\w-])/g;
const GOVERNMENT_FSA = new Set(['M7A', 'K1A']);

const MESSAGES: Record<'home' | 'alone', Localized> = {
  home: {
    en: 'With the address or person next to it, this postal code pins down where someone lives. A private home address is personal information.',
    fr: "Avec l'adresse ou la personne mentionnée à côté, ce code postal précise où quelqu'un habite. L'adresse d'un domicile est un renseignement personnel.",
  },
  alone: {
    en: "A postal code alone covers many homes, but next to a name or a street it can point to someone's home.",
    fr: "Un code postal seul couvre de nombreux logements, mais à côté d'un nom ou d'une rue, il peut désigner le domicile de quelqu'un.",
  },
};

export default defineRule({
  id: 'personal-info/postal-code',
  category: 'personal-info',
  severity: severities('tip', 'tip', 'off'),
  // Off on an official account unless the code points to someone's home (hits set their own severity).
  alwaysRun: true,
  guidelines: ['fippa-contact-details', 'fippa-business-capacity'],
  title: { en: 'Postal code', fr: 'Code postal' },
  why: MESSAGES.alone,
  // Its first test needs a digit of its own sentence.
  triggers: DIGIT_PIECES,
  triggersHere: true,
  detect(unit) {
    if (!/\d[A-Za-z]\d/.test(unit.folded)) return [];
    const hits: Hit[] = [];
    const found = [...scan(unit, POSTAL), ...scan(unit, POSTAL_LOWER)];
    if (!found.length) return hits;
    const addresses = findCivicAddresses(unit);
    for (const m of found) {
      const start = m.index;
      const end = start + m[0].length;
      const fsa = m[1]!.toUpperCase();
      if (GOVERNMENT_FSA.has(fsa)) continue;
      // The address this code completes: one that ends shortly before it ("12 Elm St, Kingston ON K7L 3N6").
      const address = addresses.find((a) => a.end <= start && start - a.end <= 40);
      const owner = address ? addressOwner(unit, address.start, end) : addressOwner(unit, start, end);
      if (owner === 'public') continue;
      let severity: Hit['severity'];
      if (owner === 'resident' || owner === 'person') severity = address ? severities('high') : severities('medium');
      else if (owner === 'self') severity = severities('tip', 'medium', 'medium');
      // A full mailing address with nobody named: a caution, unless it is an office suite.
      else severity = address && !address.suite && !address.poBox ? severities('medium', 'medium', 'tip') : undefined;
      const hit: Hit = {
        start,
        end,
        message: address || owner !== 'unknown' ? MESSAGES.home : MESSAGES.alone,
        suggestion: maskSuggestion(m[1]! + ' ' + MASK.repeat(3), 'address'),
      };
      if (severity) hit.severity = severity;
      hits.push(hit);
    }
    return hits;
  },
  examples: {
    invalid: [
      { text: 'My client lives at 12 Elm St, Toronto ON M5V 3L9 with her kids.', span: 'M5V 3L9', severity: 'high' },
      { text: 'Send the cheque to 88 Elm Ave, Kingston K7L 3N6 this week.', span: 'K7L 3N6', severity: 'medium' },
      { text: 'Her place is in K2P 1L4, near the canal.', span: 'K2P 1L4', severity: 'medium' },
      { text: 'Is M5V 3L9 in your delivery zone?', span: 'M5V 3L9', severity: 'tip' },
      { text: 'La cliente habite au 45, rue Principale, Sudbury P3E 2C6.', span: 'P3E 2C6', severity: 'high' },
      { text: 'Ma voisine vit dans le secteur J8Y 6T3 depuis peu.', span: 'J8Y 6T3', severity: 'medium' },
    ],
    valid: [
      // A charity's address, where the public drops off donations.
      'The Daily Bread Food Bank at 191 New Toronto St (M8V 2E7) is low on baby formula and canned protein.',
      'La banque alimentaire au 120, rue Main (K1A 2B3) manque de lait maternisé cette semaine.',
      'Our office is at 777 Bay St, Toronto ON M7A 1N3.',
      'Send your application to Ottawa ON K1A 0B1.',
      'The code D1A 1A1 is not a valid postal code.',
      'Visit our office at 123 King St W, Toronto M5H 1A1.',
      'Écrivez-nous à Toronto (Ontario) M7A 1A1.',
      'Venez à la séance d’information au 45, rue Principale, Sudbury P3E 2C6.',
    ],
  },
});
