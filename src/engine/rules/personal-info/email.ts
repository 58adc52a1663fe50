// An e-mail address, written plainly or disguised ("name [at] domain [dot] ca", "arobase";
// shared reference "identifiers" §10). A personal mailbox (webmail, consumer ISP) belongs to a
// private person; a work or organisation address is business contact information, which the IPC
// treats as outside "personal information", and a shared mailbox (info@, media@) is no one's.
import { defineRule } from '../../define-rule.js';
import { near } from '../../match.js';
import type { Hit, Localized, Unit } from '../../types.js';
import {
  PERSONAL_MAIL_DOMAINS, PRIVATE_MAIL_EN, PUBLIC_BODY_DOMAIN_SUFFIXES, ROLE_MAILBOXES, SELF_CONTACT_EN,
} from '../../lexicons/en/contact-details.js';
import { PRIVATE_MAIL_FR, SELF_CONTACT_FR } from '../../lexicons/fr/contact-details.js';
import { overlapsMask } from '../../text/mask.js';
import { bilingual, maskSuggestion, MASK, personNear, scan, severities } from './identifier-helpers.js';

// Disguised forms. Bracketed "at" may be followed by a real dot; a spelled " at " needs a spelled
// or bracketed "dot" too, or "visit us at ontario.ca" would read as an address.
const BR_AT = String.raw`(?: ?[\[({<] ?(?:at|arobase|@) ?[\])}>] ?)`;
const SP_AT = String.raw`(?: (?:at|arobase) )`;
const BR_DOT = String.raw`(?: ?[\[({<] ?(?:dot|point) ?[\])}>] ?)`;
const SP_DOT = String.raw`(?: (?:dot|point) )`;
const LABEL = String.raw`[a-z0-9-]{1,63}`;
// Found in three steps so no pattern scans from every position: the "at" token, then the local
// part read backwards from it (anchored at the token), then the domain read forwards from it
// (sticky: tried at one position). A flat pattern was polynomial per recheck.
const AT_TOKEN = new RegExp(`${BR_AT}|${SP_AT}`, 'gi');
const LOCAL_BEFORE = /(?<![\w.%+-])[a-z0-9][a-z0-9._%+-]{0,63}$/i;
const DOMAIN_AFTER_BRACKET = new RegExp(`${LABEL}(?:(?:${BR_DOT}|${SP_DOT}|\\.)${LABEL}){0,2}(?:${BR_DOT}|${SP_DOT}|\\.)[a-z]{2,24}(?![\\w-])`, 'iy');
const DOMAIN_AFTER_SPELLED = new RegExp(`${LABEL}(?:(?:${BR_DOT}|${SP_DOT})${LABEL}){0,2}(?:${BR_DOT}|${SP_DOT})[a-z]{2,24}(?![\\w-])`, 'iy');

/** Where obfuscated() may find something: a spelled or bracketed "at" (a module constant: a literal in detect() is a new object per call). */
const AT_WORD = /\b(?:at|arobase)\b/i;

/** Disguised addresses ("jdoe [at] hotmail [dot] com", "ginette arobase videotron point ca"). */
function obfuscated(text: string): { start: number; end: number; local: string; domain: string }[] {
  const out: { start: number; end: number; local: string; domain: string }[] = [];
  AT_TOKEN.lastIndex = 0;
  for (let at = AT_TOKEN.exec(text); at; at = AT_TOKEN.exec(text)) {
    const local = LOCAL_BEFORE.exec(text.slice(Math.max(0, at.index - 64), at.index));
    if (!local) continue;
    const dom = /[\[({<]/.test(at[0]) ? DOMAIN_AFTER_BRACKET : DOMAIN_AFTER_SPELLED;
    dom.lastIndex = at.index + at[0].length;
    const d = dom.exec(text);
    if (!d) continue;
    out.push({ start: at.index - local[0].length, end: d.index + d[0].length, local: local[0], domain: d[0] });
  }
  return out;
}

const PERSONAL_DOMAINS = new Set(PERSONAL_MAIL_DOMAINS);
const ROLES = new Set(ROLE_MAILBOXES);
const PRIVATE = bilingual(PRIVATE_MAIL_EN, PRIVATE_MAIL_FR);
const SELF = bilingual(SELF_CONTACT_EN, SELF_CONTACT_FR);

type Kind = 'private' | 'personal' | 'self' | 'work';

function normalizeDomain(domain: string): string {
  return domain
    .toLowerCase()
    .replace(/ ?[\[({<] ?(?:dot|point) ?[\])}>] ?| (?:dot|point) /g, '.')
    .replace(/\s+/g, '');
}

function isRole(local: string): boolean {
  const l = local.toLowerCase();
  return ROLES.has(l) || ROLES.has(l.split(/[._-]/)[0]!);
}

function kindOf(unit: Unit, start: number, end: number, domain: string): Kind {
  const personal = PERSONAL_DOMAINS.has(domain);
  const publicBody = PUBLIC_BODY_DOMAIN_SUFFIXES.some((s) => domain === s || domain.endsWith('.' + s));
  if (!personal) return near(unit, PRIVATE, start, end, 30) && !publicBody ? 'personal' : 'work';
  if (near(unit, SELF, start, end, 40)) return 'self';
  if (near(unit, PRIVATE, start, end, 30) || personNear(unit, start, end, 40, { pronouns: false, names: true })) return 'private';
  return 'personal';
}

const MESSAGES: Record<Kind, Localized> = {
  private: {
    en: "This looks like a private person's personal e-mail address. It is personal information: post it only with their consent, and never from work records.",
    fr: "Ceci ressemble à l'adresse courriel personnelle d'un particulier. C'est un renseignement personnel : publiez-la seulement avec son consentement, et jamais à partir de dossiers de travail.",
  },
  personal: {
    en: 'This looks like a personal e-mail address. If it belongs to someone else, it is their personal information; post it only with their consent.',
    fr: "Ceci ressemble à une adresse courriel personnelle. Si elle appartient à quelqu'un d'autre, c'est un renseignement personnel : publiez-la seulement avec son consentement.",
  },
  self: {
    en: 'This looks like your personal e-mail address. Once public it attracts spam and phishing; on a work account, use your work contact instead.',
    fr: "Ceci ressemble à votre adresse courriel personnelle. Une fois publique, elle attire pourriels et hameçonnage; sur un compte professionnel, donnez plutôt vos coordonnées de travail.",
  },
  work: {
    en: "This looks like a work or organisation address, which is fine to share if it is published. Check a colleague agrees before posting their direct address.",
    fr: "Ceci ressemble à une adresse de travail ou d'organisation, qu'on peut partager si elle est publique. Vérifiez qu'un collègue est d'accord avant de publier son adresse directe.",
  },
};

const SEVERITY: Record<Kind, Hit['severity']> = {
  private: severities('high'),
  personal: severities('medium', 'high', 'high'),
  self: severities('medium', 'high', 'high'),
  work: severities('tip', 'tip', 'off'),
};

function hasEmailSpan(masked: Unit['masked']): boolean {
  for (const span of masked) if (span.kind === 'email') return true;
  return false;
}

function maskLocal(local: string): string {
  return local[0] + MASK.repeat(Math.max(3, Math.min(local.length - 1, 8)));
}

export default defineRule({
  id: 'personal-info/email',
  category: 'personal-info',
  severity: severities('medium', 'high', 'high'),
  guidelines: ['fippa-contact-details', 'fippa-business-capacity', 'ops-personal-use'],
  title: { en: 'E-mail address', fr: 'Adresse courriel' },
  why: MESSAGES.personal,
  detect(unit) {
    // Most sentences hold neither an address nor an "at": done before building anything.
    const spelled = AT_WORD.test(unit.folded);
    if (!spelled && !hasEmailSpan(unit.masked)) return [];
    const hits: Hit[] = [];
    const add = (start: number, end: number, local: string, domain: string) => {
      if (isRole(local)) return;
      const kind = kindOf(unit, start, end, domain);
      const text = unit.text.slice(start, end);
      hits.push({
        start,
        end,
        message: MESSAGES[kind],
        severity: SEVERITY[kind],
        suggestion: maskSuggestion(maskLocal(local) + text.slice(local.length), 'email'),
      });
    };
    for (const span of unit.masked) {
      if (span.kind !== 'email') continue;
      const text = unit.folded.slice(span.start, span.end);
      const at = text.lastIndexOf('@');
      add(span.start, span.end, text.slice(0, at), text.slice(at + 1).toLowerCase());
    }
    if (spelled) {
      for (const o of obfuscated(unit.folded)) {
        if (!overlapsMask(unit.masked, o.start, o.end, ['email'])) add(o.start, o.end, o.local, normalizeDomain(o.domain));
      }
    }
    return hits;
  },
  examples: {
    invalid: [
      { text: 'My client wants the form sent to her at maria.lopez84@gmail.com today.', span: 'maria.lopez84@gmail.com', severity: 'high' },
      { text: 'Reach the tenant at jdoe1975 [at] hotmail [dot] com about the repair.', span: 'jdoe1975 [at] hotmail [dot] com', severity: 'high' },
      { text: 'Email me at sam.k.smith@outlook.com for the details.', mode: 'official', span: 'sam.k.smith@outlook.com', severity: 'high' },
      { text: 'Vous pouvez écrire à la cliente : ginette.roy arobase videotron point ca.', span: 'ginette.roy arobase videotron point ca', severity: 'high' },
      { text: 'Son courriel personnel est luc.tremblay@yahoo.ca si vous voulez le joindre.', span: 'luc.tremblay@yahoo.ca', severity: 'high' },
    ],
    valid: [
      'Questions? Write to info@ontario.ca and the team will answer.',
      'Visit us at ontario.ca/jobs to apply before Friday.',
      { text: 'Contact our program lead at jane.smith@ontario.ca for partnership questions.', mode: 'official' },
      'Media inquiries: media@example.org.',
      'Écrivez à renseignements@ontario.ca pour en savoir plus.',
      'Nous serons à la maison point de presse à Toronto demain.',
    ],
  },
});
