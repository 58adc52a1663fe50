// A North American telephone number (area code and exchange never start with 0 or 1, optional
// +1, extensions "ext", "x", "poste"; shared reference "identifiers" §9). Whose line it is decides
// the risk: a private person's number is personal information (FIPPA s. 2(1)(d)); an office,
// program or business line is not, and toll-free or published government lines never are.
import { defineRule } from '../../define-rule.js';
import { lexicon, matchesAny, near } from '../../match.js';
import type { Hit, Localized, Unit } from '../../types.js';
import { luhn } from '../../validators/luhn.js';
import { BANK_KEYWORDS_EN, CASE_NUMBER_WORDS_EN, HEALTH_CARD_KEYWORDS_EN } from '../../lexicons/en/identifiers.js';
import { BANK_KEYWORDS_FR, CASE_NUMBER_WORDS_FR, HEALTH_CARD_KEYWORDS_FR } from '../../lexicons/fr/identifiers.js';
import { ORG_CONTACT_EN, PHONE_KEYWORDS_EN, PRIVATE_LINE_EN, SELF_CONTACT_EN } from '../../lexicons/en/contact-details.js';
import { ORG_CONTACT_FR, PHONE_KEYWORDS_FR, PRIVATE_LINE_FR, SELF_CONTACT_FR } from '../../lexicons/fr/contact-details.js';
import {
  bilingual, DIGIT_PIECES, gluedToNumber, labelledAsReference, maskDigits, maskSuggestion, nearCurrency, personNear, scan, severities,
} from './identifier-helpers.js';

const PHONE =
  /(?<![\w-])(\+?1[ .-]?)?(?:\([2-9]\d{2}\) ?|[2-9]\d{2}[ .-]?)[2-9]\d{2}[ .-]?\d{4}( ?(?:ext\.?|x|poste|p\.) ?\d{1,5})?(?![\w-])/gi;
// NANP toll-free area codes: always a business or government line.
const TOLL_FREE = new Set(['800', '833', '844', '855', '866', '877', '888']);
// Published government lines (ServiceOntario, WSIB), also toll-free; listed so the intent is explicit.
const PUBLISHED = new Set(['8665323161', '8003870750']);

const KEYWORD = bilingual(PHONE_KEYWORDS_EN, PHONE_KEYWORDS_FR);
const PRIVATE = bilingual(PRIVATE_LINE_EN, PRIVATE_LINE_FR);
const ORG = bilingual(ORG_CONTACT_EN, ORG_CONTACT_FR);
const SELF = bilingual(SELF_CONTACT_EN, SELF_CONTACT_FR);
const HEALTH = bilingual(HEALTH_CARD_KEYWORDS_EN, HEALTH_CARD_KEYWORDS_FR);
// Ten bare digits after an account or file label are that number, not a phone.
const OTHER_NUMBER = lexicon([...BANK_KEYWORDS_EN, ...BANK_KEYWORDS_FR, ...CASE_NUMBER_WORDS_EN, ...CASE_NUMBER_WORDS_FR]);

type Owner = 'private' | 'self' | 'org' | 'unknown';

function owner(unit: Unit, start: number, end: number): Owner {
  // "Text me at 613-555-0192 so I can save your number": who the number belongs to is said just before it.
  if (matchesAny([SELF], unit.plain.slice(Math.max(0, start - 20), start))) return 'self';
  if (near(unit, PRIVATE, start, end, 30)) return 'private';
  if (near(unit, ORG, start, end, 45)) return 'org';
  if (near(unit, SELF, start, end, 40)) return 'self';
  // Person nouns and names only: "they can call 705-555-0100" is an instruction, not a person's line.
  if (personNear(unit, start, end, 30, { pronouns: false, names: true })) return 'private';
  return 'unknown';
}

const MESSAGES: Record<Owner, Localized> = {
  private: {
    en: "This looks like a private person's phone number. It is personal information: post it only with their consent, and never from work records.",
    fr: "Ceci ressemble au numéro de téléphone d'un particulier. C'est un renseignement personnel : publiez-le seulement avec son consentement, et jamais à partir de dossiers de travail.",
  },
  self: {
    en: 'This looks like your personal phone number. Once public it can be copied and misused; consider sharing it by private message instead.',
    fr: 'Ceci ressemble à votre numéro de téléphone personnel. Une fois public, il peut être copié et mal utilisé; pensez plutôt à le donner par message privé.',
  },
  org: {
    en: "This looks like an office or business line, which is fine to share if it is published. Avoid posting a colleague's direct or cell number.",
    fr: "Ceci ressemble à la ligne d'un bureau ou d'une entreprise, qu'on peut partager si elle est publique. Évitez de publier la ligne directe ou le cellulaire d'un collègue.",
  },
  unknown: {
    en: "A phone number: if it belongs to a private person rather than an office, it is personal information. Post it only with the person's consent.",
    fr: "Un numéro de téléphone : s'il appartient à un particulier plutôt qu'à un bureau, c'est un renseignement personnel. Publiez-le seulement avec le consentement de la personne.",
  },
};

const SEVERITY: Record<Owner, Hit['severity']> = {
  private: severities('high'),
  // The author's own number: their choice on a personal account (advice only: FIPPA protects other
  // people's information), out of place on a work one.
  self: severities('tip', 'medium', 'high'),
  // An official account posting its published line is what it is for.
  org: severities('tip', 'tip', 'off'),
  unknown: severities('tip'),
};

export default defineRule({
  id: 'personal-info/phone',
  category: 'personal-info',
  severity: severities('high'),
  guidelines: ['fippa-contact-details', 'fippa-business-capacity', 'ops-personal-use'],
  title: { en: 'Phone number', fr: 'Numéro de téléphone' },
  why: MESSAGES.private,
  // Its first test needs a digit of its own sentence.
  triggers: DIGIT_PIECES,
  triggersHere: true,
  detect(unit) {
    if (!/\d{3}/.test(unit.folded)) return [];
    const hits: Hit[] = [];
    for (const m of scan(unit, PHONE)) {
      const start = m.index;
      const end = start + m[0].length;
      const core = m[0].slice(0, m[0].length - (m[2]?.length ?? 0));
      const digits = core.replace(/\D/g, '').replace(/^1(?=\d{10}$)/, '');
      if (TOLL_FREE.has(digits.slice(0, 3)) || PUBLISHED.has(digits)) continue;
      if (gluedToNumber(unit.folded, start, end) || nearCurrency(unit.folded, start, end) || labelledAsReference(unit, start)) continue;
      // Ten bare digits are a phone number only when the text says so; with a health-card
      // keyword and a valid checksum they are an OHIP number (ohip.ts).
      const bare = /^\d{10}$/.test(core);
      if (bare && (!near(unit, KEYWORD, start, end, 40) || near(unit, OTHER_NUMBER, start, end, 40) || (luhn(digits) && near(unit, HEALTH, start, end, 120)))) continue;
      const who = owner(unit, start, end);
      // Mask the number itself; the country code and the extension say nothing about the person.
      const prefix = m[1] ?? '';
      const masked = prefix + maskDigits(core.slice(prefix.length), 2) + m[0].slice(core.length);
      hits.push({ start, end, message: MESSAGES[who], severity: SEVERITY[who], suggestion: maskSuggestion(masked) });
    }
    return hits;
  },
  examples: {
    invalid: [
      { text: 'My client asked me to share her cell, 416-555-0123, with the landlord.', span: '416-555-0123', severity: 'high' },
      { text: 'Call Maria at (647) 555-0199 if you want the kittens.', span: '(647) 555-0199', severity: 'high' },
      { text: 'Call me at 613.555.0142 tonight.', span: '613.555.0142', mode: 'professional', severity: 'medium' },
      { text: 'Text me at 613.555.0142, my new cell, to get on the list.', span: '613.555.0142', mode: 'official', severity: 'high' },
      { text: 'Is your number still 905 555 0178? We will call you back.', mode: 'official', span: '905 555 0178', severity: 'high' },
      { text: 'Son cellulaire, c’est le 819 555-0147, appelez-la directement.', span: '819 555-0147', severity: 'high' },
      { text: 'Appelez-moi au 613 555-0142 poste 12 demain.', span: '613 555-0142 poste 12', severity: 'tip' },
      { text: 'Nouveau num : 819 555-0148, textez-moi pour que je vous rajoute.', span: '819 555-0148', severity: 'tip' },
      { text: 'New phone! Text me at 613-555-0192 so I can save your number.', span: '613-555-0192', mode: 'personal', severity: 'tip' },
    ],
    valid: [
      'Questions about your health card? Call ServiceOntario at 1-866-532-3161.',
      'Injured at work? The WSIB line is 1-800-387-0750.',
      { text: 'Reach our office at 416-555-0100 from 8:30 to 5, Monday to Friday.', mode: 'official' },
      'Order # 416 555 0123 has shipped.',
      'We counted 4165550123 visits, a record.',
      'Pour joindre ServiceOntario, composez le 1 866 532-3161.',
      { text: 'Pour joindre notre bureau, composez le 416 555-0123 poste 234.', mode: 'official' },
    ],
  },
});
