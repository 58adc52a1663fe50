// Acronyms an official post uses without spelling them out: the public should not need insider
// knowledge to understand the government (clear-language and accessibility practice behind the
// AODA; official content must be accessible to all). Spelled out once anywhere in the post, or
// given in brackets after its long form, an acronym is fine; so are universal ones (COVID, FAQ).
import { defineRule } from '../../define-rule.js';
import type { Hit, Locale } from '../../types.js';
import { overlapsMask } from '../../text/mask.js';
import { splitSentences, type Sentence } from '../../text/segment.js';
import { decideLocale, scoreLocale } from '../../text/locale.js';
import {
  ACRONYM_EXPANSIONS_EN, CAPITALISED_WORDS_EN, UNIVERSAL_ACRONYMS, WELL_KNOWN_ACRONYMS,
} from '../../lexicons/en/official-acronyms.js';
import {
  ACRONYM_EXPANSIONS_FR, CAPITALISED_WORDS_FR, UNIVERSAL_ACRONYMS_FR, WELL_KNOWN_ACRONYMS_FR,
} from '../../lexicons/fr/official-acronyms.js';

const UNIVERSAL = new Set([...UNIVERSAL_ACRONYMS, ...UNIVERSAL_ACRONYMS_FR, ...CAPITALISED_WORDS_EN, ...CAPITALISED_WORDS_FR]);
const WELL_KNOWN = new Set([...WELL_KNOWN_ACRONYMS, ...WELL_KNOWN_ACRONYMS_FR]);
// Two to six capitals, possibly with a plural "s" ("PSWs"); not part of "U.S.", "Q&A", a handle or a path.
const ACRONYM = /(?<![\p{L}\p{N}&.'@#/_\\-])([A-Z]{2,6})s?(?![\p{L}\p{N}&]|\.[A-Z])/gu;
const ROMAN = /^(?=[IVXLCDM]+$)M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/;
const WORD = /[\p{L}][\p{L}'’-]*/gu;
const STOPWORDS = new Set([
  'of', 'and', 'for', 'the', 'on', 'in', 'to', 'with', 'at', 'a', 'an', '&', 'de', 'la', 'le', 'les', 'des', 'du', 'd',
  'l', 'et', 'aux', 'au', 'en', 'pour', 'sur', 'avec', 'a', 'à',
]);
// Runs of three or more words in capitals are a heading or shouting, not acronyms.
const LONG_CAPS_BEFORE = /\p{Lu}{7}[\s:,-]{1,3}$/u;
const LONG_CAPS_AFTER = /^[\s:,-]{1,3}\p{Lu}{7}/u;
const SHOUT_RUN = /(?<![\p{L}'’])\p{Lu}[\p{Lu}'’]+(?:[\s,!:.-]+\p{Lu}[\p{Lu}'’]+){2,}(?!\p{L})/gu;

interface WordAt {
  word: string;
  start: number;
}

/** Whether some run of words in the post starts with the acronym's letters ("Ontario Disability Support Program"),
 * stop words ("of", "de") being skippable. Bounded: at most one attempt per word, six letters deep. */
function spelledOut(words: readonly WordAt[], acronym: string): boolean {
  const letters = acronym.toLowerCase();
  const match = (wi: number, li: number): boolean => {
    if (li === letters.length) return true;
    if (wi >= words.length) return false;
    const w = words[wi]!.word.toLowerCase();
    if (w[0] === letters[li] && match(wi + 1, li + 1)) return true;
    return STOPWORDS.has(w) && li > 0 && match(wi + 1, li);
  };
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!.word;
    // The first letter first: it turns away nearly every word, and upper-casing each word of a long
    // post for each acronym was a tenth of a keystroke in a 60,000-character professional draft.
    if (w[0]!.toLowerCase() !== letters[0] || w.toUpperCase() === w) continue;
    if (match(i, 0)) return true;
  }
  return false;
}

/** "ODSP (Ontario Disability Support Program)": the acronym first, its long form in brackets. */
function followedByBrackets(text: string, acr: string): boolean {
  for (let i = text.indexOf(acr); i !== -1; i = text.indexOf(acr, i + 1)) {
    if (i > 0 && /\p{L}/u.test(text[i - 1]!)) continue;
    let j = i + acr.length;
    if (text[j] === 's') j++;
    while (text[j] === ' ') j++;
    if (text[j] === '(') return true;
  }
  return false;
}

function localeOf(sentences: readonly Sentence[], text: string, pos: number, fallback: Locale): Locale {
  for (const s of sentences) {
    if (pos < s.end) return decideLocale(scoreLocale(text.slice(s.start, s.end).toLowerCase())) ?? fallback;
  }
  return fallback;
}

/** A post is short; past this many distinct acronyms the rest are not checked (keeps long pastes linear). */
const MAX_ACRONYMS = 40;

const WELL_KNOWN_SEVERITY = { personal: 'off', professional: 'off', official: 'tip' } as const;

export default defineRule({
  id: 'official-standards/acronym',
  category: 'official-standards',
  scope: 'text',
  severity: { personal: 'off', professional: 'tip', official: 'medium' },
  guidelines: ['ops-official-accessibility', 'ops-official-account'],
  title: { en: 'Acronym not spelled out', fr: 'Sigle non développé' },
  why: {
    en: 'This acronym is not spelled out anywhere in the post. Many readers will not know it; write the full name the first time, with the acronym in brackets.',
    fr: "Ce sigle n'est développé nulle part dans la publication. Bien des lecteurs ne le connaîtront pas; écrivez le nom complet la première fois, suivi du sigle entre parenthèses.",
  },
  detect(unit) {
    const text = unit.folded;
    ACRONYM.lastIndex = 0;
    if (!ACRONYM.test(text)) return [];
    const shouted: { start: number; end: number }[] = [];
    SHOUT_RUN.lastIndex = 0;
    for (let m = SHOUT_RUN.exec(text); m; m = SHOUT_RUN.exec(text)) shouted.push({ start: m.index, end: m.index + m[0].length });
    const words: WordAt[] = [];
    WORD.lastIndex = 0;
    for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
      if (!overlapsMask(unit.masked, m.index, m.index + m[0].length)) words.push({ word: m[0], start: m.index });
    }
    const hits: Hit[] = [];
    const seen = new Set<string>();
    // Cut once, when a first acronym is reported (it was cut again for each one: a long post is a long scan).
    let sentences: readonly Sentence[] | undefined;
    ACRONYM.lastIndex = 0;
    for (let m = ACRONYM.exec(text); m; m = ACRONYM.exec(text)) {
      const acr = m[1]!;
      const start = m.index;
      const end = start + acr.length;
      if (seen.has(acr) || UNIVERSAL.has(acr) || ROMAN.test(acr)) continue;
      if (seen.size >= MAX_ACRONYMS) break;
      if (overlapsMask(unit.masked, start, end) || shouted.some((s) => s.start <= start && end <= s.end)) continue;
      // "EMBARGOED UNTIL": next to a long word in capitals, it is a shouted heading, not an acronym.
      if (LONG_CAPS_BEFORE.test(text.slice(Math.max(0, start - 20), start)) || LONG_CAPS_AFTER.test(text.slice(end, end + 20))) continue;
      seen.add(acr);
      // Defined in the post: "(ODSP)" after the long form, "ODSP (Ontario Disability…)", or the words themselves.
      if (text.includes(`(${acr})`) || followedByBrackets(text, acr) || spelledOut(words, acr)) continue;
      const hit: Hit = {
        start,
        end,
        message: {
          en: `Spell out ${acr} the first time you use it, with the acronym in brackets: many readers will not know it.`,
          fr: `Développez ${acr} à sa première mention, suivi du sigle entre parenthèses : bien des lecteurs ne le connaîtront pas.`,
        },
      };
      if (WELL_KNOWN.has(acr)) hit.severity = WELL_KNOWN_SEVERITY;
      const locale = localeOf((sentences ??= splitSentences(unit.text)), unit.text, start, unit.locale);
      const expansion = (locale === 'fr' ? ACRONYM_EXPANSIONS_FR : ACRONYM_EXPANSIONS_EN)[acr];
      if (expansion) hit.suggestion = { label: { en: 'Spell it out', fr: 'Développer le sigle' }, replacement: expansion };
      hits.push(hit);
    }
    return hits;
  },
  examples: {
    invalid: [
      { text: 'The OMAFRA team will be at the farm show in Woodstock this week.', span: 'OMAFRA', mode: 'official', severity: 'medium' },
      { text: 'Changes to ODSP payments start in July for all recipients.', span: 'ODSP', mode: 'official', severity: 'tip' },
      // Well known (the social insurance number): a tip at most, on an official account.
      { text: 'ServiceOntario will never text you asking for your SIN.', span: 'SIN', mode: 'official', severity: 'tip' },
      { text: 'ServiceOntario ne vous demandera jamais votre NAS par texto.', span: 'NAS', mode: 'official', severity: 'tip' },
      { text: 'Our new SDSR report on soil health is now available to all growers.', span: 'SDSR', mode: 'professional', severity: 'tip' },
      { text: 'Les changements au POSPH entrent en vigueur en juillet pour tous les bénéficiaires.', span: 'POSPH', mode: 'official' },
      { text: 'L’équipe du MAAARO sera au salon agricole de Woodstock cette semaine.', span: 'MAAARO', mode: 'official' },
    ],
    valid: [
      // The text-telephone line of a contact block.
      'Questions? Call 1-866-532-3161 (TTY 1-800-268-7095). / Des questions? Composez le 1 866 532-3161 (ATS 1 800 268-7095).',
      { text: 'EMBARGOED UNTIL 10:00 a.m.: Ontario investing $40 million in rural internet. SOUS EMBARGO JUSQU’À 10 h.', mode: 'official' },
      { text: 'Changes to Ontario Disability Support Program (ODSP) payments start in July. ODSP recipients will get a letter.', mode: 'official' },
      { text: 'The Ontario Ministry of Agriculture, Food and Rural Affairs (OMAFRA) will be at the farm show this week.', mode: 'official' },
      { text: 'Our FAQ on COVID vaccines is online, in EN and FR. Open Monday to Friday, 9 AM to 5 PM.', mode: 'official' },
      { text: 'Part II of the report covers the Q&A from the June session with @ONgov and #ONpoli.', mode: 'official' },
      { text: 'Les changements au Programme ontarien de soutien aux personnes handicapées (POSPH) entrent en vigueur en juillet.', mode: 'official' },
      { text: 'IMPORTANT : LES BUREAUX SONT FERMÉS LUNDI pour le congé.', mode: 'official' },
    ],
  },
});
