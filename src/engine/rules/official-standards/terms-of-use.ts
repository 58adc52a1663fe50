// An official post that invites replies, comments or messages should point to the Social Media
// Terms of Use (ontario.ca/social), which tell the public how comments are moderated and not to
// share personal information (OPS official-account guidelines).
import { defineRule } from '../../define-rule.js';
import type { Hit, Span, Unit } from '../../types.js';
import { findTerms, has, lexicon } from '../../match.js';
import { overlapsMask } from '../../text/mask.js';
import { phraseMayCross, stretches, type JoinableFacts } from '../../joined-facts.js';
import { REPLY_INVITATIONS_EN, TERMS_OF_USE_EN } from '../../lexicons/en/official-invitations.js';
import { REPLY_INVITATIONS_FR, TERMS_OF_USE_FR } from '../../lexicons/fr/official-invitations.js';

const INVITE = lexicon([...REPLY_INVITATIONS_EN, ...REPLY_INVITATIONS_FR]);
const TERMS = lexicon([...TERMS_OF_USE_EN, ...TERMS_OF_USE_FR]);

// "Répondre à" criteria, requirements, needs means meeting them.
const MEET = /^\s+(?:a|aux|au)\s+(?:(?:toutes|tous|ces|les|des|vos|nos|certains|certaines)\s+)?(?:(?:les|des)\s+)?(?:criteres?|exigences?|conditions?|normes?|besoins?|attentes?|regles?)\b/;

/** How far after an invitation an e-mail address means the invitation leads off social media. */
const EMAIL_WINDOW = 25;

interface Invitation extends Span {
  /** An e-mail address within EMAIL_WINDOW after it, in this stretch, or « répondre aux critères ». */
  excused: boolean;
}

interface Facts extends JoinableFacts {
  /** The Terms of Use are named. */
  terms: boolean;
  invitations: Invitation[];
  emails: readonly Span[];
}

const NONE: readonly never[] = Object.freeze([]);

function factsOf(unit: Unit): Facts {
  const joinNext = phraseMayCross(unit);
  if (has(unit, TERMS)) return { joinNext, terms: true, invitations: [], emails: NONE };
  const emails = unit.masked.filter((m) => m.kind === 'email');
  const invitations = findTerms(unit, INVITE).map((m) => ({
    start: m.start,
    end: m.end,
    // "Email us at info@ontario.ca" leads off social media: the Terms of Use are not about it.
    // « si vous répondez aux critères »: répondre à une exigence, c'est la remplir, pas écrire.
    excused: overlapsMask(emails, m.end, Math.min(unit.text.length, m.end + EMAIL_WINDOW)) || MEET.test(unit.plain.slice(m.end, m.end + 40)),
  }));
  return { joinNext, terms: false, invitations, emails: emails.length ? emails : NONE };
}

const memo = { last: new Map<string, Facts>() };

/** Whether an e-mail address of the stretches from `p` on overlaps [from, to) (offsets in the draft). */
function emailIn(parts: readonly Facts[], starts: readonly number[], p: number, from: number, to: number): boolean {
  for (; p < parts.length && starts[p]! < to; p++) {
    if (overlapsMask(parts[p]!.emails, from - starts[p]!, to - starts[p]!)) return true;
  }
  return false;
}

export default defineRule({
  id: 'official-standards/terms-of-use',
  category: 'official-standards',
  scope: 'text',
  // A tip: the guideline puts the Terms of Use link in the account's bio (G-OFF), which a post
  // cannot show, so an invitation without it is a reminder, not a breach. Blind-set writers judged
  // such posts harmless every time (3 of 3), and never risky for this alone.
  severity: { personal: 'off', professional: 'off', official: 'tip' },
  guidelines: ['ops-terms-of-use', 'ops-official-account'],
  title: { en: 'Replies invited without the Terms of Use', fr: "Réponses sollicitées sans les conditions d'utilisation" },
  why: {
    en: 'This post invites replies or messages. Make sure people can find the Social Media Terms of Use (ontario.ca/social), in the bio or in the post, so they know how comments are moderated and not to share personal information.',
    fr: "Cette publication invite à répondre ou à écrire. Assurez-vous que le public peut trouver les conditions d'utilisation des médias sociaux (ontario.ca/fr/social), dans la bio ou dans la publication, pour savoir comment les commentaires sont modérés et ne pas y mettre de renseignements personnels.",
  },
  // Per sentence: whether it names the Terms of Use, its invitations and its e-mail addresses (an
  // invitation just before a sentence end may be excused by an address in the next one).
  incremental: {
    facts: factsOf,
    combine(facts, sentences, text) {
      const { facts: parts, starts } = stretches(facts, sentences, text, 'en', factsOf, memo); // (the language is not read)
      if (parts.some((f) => f.terms)) return [];
      for (let p = 0; p < parts.length; p++) {
        for (const m of parts[p]!.invitations) {
          if (m.excused) continue;
          const end = starts[p]! + m.end;
          const to = Math.min(text.length, end + EMAIL_WINDOW);
          if (emailIn(parts, starts, p + 1, end, to)) continue;
          const hit: Hit = { start: starts[p]! + m.start, end };
          return [hit];
        }
      }
      return [];
    },
  },
  examples: {
    invalid: [
      { text: 'What is your favourite provincial park? Tell us in the comments!', span: 'What is your favourite', mode: 'official', severity: 'tip' },
      { text: 'Questions about the new licence plates? Send us a DM and our team will help.', span: 'Send us a DM', mode: 'official' },
      { text: 'Quel est votre parc provincial préféré? Dites-nous en commentaire!', span: 'Dites-nous en commentaire', mode: 'official' },
      { text: 'Vous avez des questions sur les nouvelles plaques? Écrivez-nous en privé.', span: 'Écrivez-nous en privé', mode: 'official' },
      { text: 'Share your pics of the fall colours with us! 🍁', span: 'Share your pics', mode: 'official' },
      { text: 'Questions about the new plates? Ask us below!', span: 'Ask us below', mode: 'official' },
      { text: 'Dites-nous votre sentier préféré! Faites-nous part de vos photos.', span: 'Dites-nous votre', mode: 'official' },
      { text: 'Vous avez une question sur les critères? Répondez à cette publication!', span: 'Répondez à cette', mode: 'official' },
    ],
    valid: [
      { text: 'What is your favourite provincial park? Tell us in the comments! Terms of use: ontario.ca/social', mode: 'official' },
      { text: 'The new licence plates are available at all ServiceOntario centres starting today.', mode: 'official' },
      { text: 'Quel est votre parc préféré? Dites-nous en commentaire! Conditions d’utilisation : ontario.ca/fr/social', mode: 'official' },
      { text: 'Pour toute question, écrivez-nous à info@ontario.ca avant le 30 juin.', mode: 'official' },
      { text: 'Faites votre demande en ligne si vous répondez à tous les critères du programme.', mode: 'official' },
      { text: 'Have your say on the proposed rules on the Environmental Registry: ero.ontario.ca', mode: 'official' },
      { text: 'En réponse à la tempête, les centres ServiceOntario de l’Est ferment à midi.', mode: 'official' },
      { text: 'Drop your old batteries at any participating store.', mode: 'official' },
    ],
  },
});
