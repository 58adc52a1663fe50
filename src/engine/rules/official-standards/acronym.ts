// Acronyms an official post uses without spelling them out: the public should not need insider
// knowledge to understand the government (clear-language and accessibility practice behind the
// AODA; official content must be accessible to all). Spelled out once anywhere in the post, or
// given in brackets after its long form, an acronym is fine; so are universal ones (COVID, FAQ).
import { defineRule } from '../../define-rule.js';
import type { Hit, Locale, Unit } from '../../types.js';
import { overlapsMask } from '../../text/mask.js';
import { mayBeCut, stretches, trailingRun, type JoinableFacts } from '../../joined-facts.js';
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
// "5839-201-745 KT": two capitals right after digits are the number's own code (a health card's
// version code), not an acronym.
const NUMBER_CODE_BEFORE = /\d[\s-]?$/;
// "ERO 019-8812", « REO 019-8812 »: a short prefix glued to a reference number is part of the number
// people copy to look it up (a registry notice, a file), not a word to spell out; a year or a range
// of years after an acronym ("OMAFRA 2024-25") is no reference number.
const REFERENCE_NUMBER_AFTER = /^ (?!(?:19|20)\d\d[-/](?:(?:19|20)\d\d|\d\d)(?!\d))\d{2,}[-/]\d{3,}(?![\p{L}])/u;
// "Use code ONBIZ", « code promo PRINTEMPS »: the capitals after "code" are a code to type, not words to spell out;
// after "format" or "example" ("plates follow the format ABCD 123", « l'exemple CKPW 482 »), a shape.
const SIGNATURE_BEFORE = /(?:\^|[-–—~]\s?)$/u;
const CODE_BEFORE = /\b(?:code|codes|coupon|promo|format|example|exemple)\s?[:"'«“]?\s?$/i;
// "texts saying … are FAKE", « sont des ARNAQUES », « C'est FAUX! »: capitals closing a clause right after a plural
// "are" (or « c'est ») are a word said loudly, the predicate, not a name to spell out ("Our partner is OMAFRA."
// stays an acronym: after a singular "is" a name is common).
const PREDICATE_BEFORE = /(?<![\p{L}])(?:are|were|sont|etaient|(?:ce )?sont des|c['’]est)\s$/iu;
const CLAUSE_END_AFTER = /^s?\s*(?:[.,;:!?)»”"]|$)/u;
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

// A word as spelledOut() reads it: its first letter, whether it is a stop word, whether a long form may start with it.
const STOP = 1;
const START = 2;

interface Words {
  /** The first code unit of each (lower-cased) word outside links, handles and hashtags. */
  firsts: string;
  kinds: Uint8Array;
  /** By acronym, what reading these words with no run in progress leaves (-1: spelled out here), filled by spelledOut(). */
  fresh?: Map<string, number>;
}

function wordsOf(unit: Unit): Words {
  const text = unit.folded;
  let firsts = '';
  const kinds: number[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    if (overlapsMask(unit.masked, m.index, m.index + m[0].length)) continue;
    const w = m[0];
    const lower = w.toLowerCase();
    firsts += lower[0]!;
    // A long form does not start with a word in capitals (an acronym is not its own long form).
    kinds.push((STOPWORDS.has(lower) ? STOP : 0) | (w.toUpperCase() !== w && w[0]!.toLowerCase() === lower[0] ? START : 0));
  }
  return { firsts, kinds: Uint8Array.from(kinds) };
}

/** Whether some run of words in the post starts with the acronym's letters ("Ontario Disability Support Program"),
 * stop words ("of", "de") being skippable after the first letter: the words are read once, in order, keeping
 * how many letters each run in progress has matched (a bit per count), so a run may go on into the next sentence. */
function spelledOut(parts: readonly Facts[], acronym: string): boolean {
  const letters = acronym.toLowerCase();
  let state = 0;
  for (const { words } of parts) {
    // Nothing in progress and no word that can start the long form: the stretch changes nothing.
    if (state === 0 && !words.firsts.includes(letters[0]!)) continue;
    // Nothing in progress: the same answer as on the last keystroke (a long draft is 800 sentences).
    if (state === 0) {
      const fresh = (words.fresh ??= new Map());
      let after = fresh.get(acronym);
      if (after === undefined) fresh.set(acronym, (after = readWords(words, letters, 0)));
      state = after;
    } else state = readWords(words, letters, state);
    if (state === -1) return true;
  }
  return false;
}

/** The runs in progress (bit i: i letters matched) after reading `words` from `state`, or -1 once all letters are. */
function readWords({ firsts, kinds }: Words, letters: string, state: number): number {
  const n = letters.length;
  for (let w = 0; w < firsts.length; w++) {
    const c = firsts[w]!;
    const kind = kinds[w]!;
    let next = 0;
    for (let li = 1; state >> li; li++) {
      if (!(state & (1 << li))) continue;
      if (c === letters[li]) {
        if (li + 1 === n) return -1;
        next |= 1 << (li + 1);
      }
      if (kind & STOP) next |= 1 << li;
    }
    if (kind & START && c === letters[0]) next |= 2;
    state = next;
  }
  return state;
}

/** Every acronym given in brackets in the post (most sentences give none: no array is made for them). */
function definedIn(parts: readonly Facts[]): Set<string> {
  const out = new Set<string>();
  for (const f of parts) for (const acr of f.defined) out.add(acr);
  return out;
}

/** Acronyms given with their long form by brackets here: "(ODSP)", or "ODSP (Ontario Disability…)" (an 's' may follow it). */
function bracketed(text: string): string[] {
  const out: string[] = [];
  for (let p = text.indexOf('('); p !== -1; p = text.indexOf('(', p + 1)) {
    // "(ODSP)", and both forms of a bilingual pair: "(ACPE/PDAC)", "(OPP / PPO)".
    const inner = /^\(([A-Z]{2,6})(?:\s?\/\s?([A-Z]{2,6}))?\)/.exec(text.slice(p, p + 18));
    if (inner) out.push(...inner.slice(1).filter((a): a is string => a !== undefined));
    let k = p;
    while (k > 0 && text[k - 1] === ' ') k--;
    for (const end of text[k - 1] === 's' ? [k - 1] : [k]) {
      let i = end;
      while (i > 0 && text[i - 1]! >= 'A' && text[i - 1]! <= 'Z') i--;
      if (end - i >= 2 && end - i <= 6 && !(i > 0 && /\p{L}/u.test(text[i - 1]!))) out.push(text.slice(i, end));
    }
  }
  return out;
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

/** An acronym where the post has it, and whether it counts (not in a link, a shouted heading or a run of capitals). */
interface Occurrence {
  acr: string;
  start: number;
  end: number;
  skip: boolean;
  /** Its long form in the language of its sentence, when known. */
  expansion?: string;
}

interface Facts extends JoinableFacts {
  /** The draft's language, which decides where a sentence does not. */
  locale: Locale;
  occurrences: Occurrence[];
  defined: string[];
  words: Words;
}

const NONE: never[] = [];
const SEPARATOR = /[\s,!:.-]/;
const CAPITAL_END = /[\p{Lu}'’]/u;

/** Whether a run of capitals (SHOUT_RUN, LONG_CAPS_*) may go on into the next sentence: the sentence ends with capitals and separators. */
function capitalsMayCross(text: string): boolean {
  const run = trailingRun(text, (c) => SEPARATOR.test(c));
  return run === 0 || run === text.length || CAPITAL_END.test(text[run - 1]!);
}

function factsOf(unit: Unit): Facts {
  const text = unit.folded;
  const facts: Facts = { joinNext: capitalsMayCross(text) || mayBeCut(unit), locale: unit.locale, occurrences: NONE, defined: NONE, words: wordsOf(unit) };
  if (text.includes('(')) facts.defined = bracketed(text);
  ACRONYM.lastIndex = 0;
  if (!ACRONYM.test(text)) return facts;
  let shouted: { start: number; end: number }[] | undefined;
  // Cut once, when a first long form is looked up.
  let sentences: readonly Sentence[] | undefined;
  const occurrences: Occurrence[] = [];
  ACRONYM.lastIndex = 0;
  for (let m = ACRONYM.exec(text); m; m = ACRONYM.exec(text)) {
    const acr = m[1]!;
    const start = m.index;
    const end = start + acr.length;
    if (UNIVERSAL.has(acr) || ROMAN.test(acr)) continue;
    if (acr.length === 2 && NUMBER_CODE_BEFORE.test(text.slice(Math.max(0, start - 2), start))) continue;
    if (acr.length <= 4 && text[end] === ' ' && REFERENCE_NUMBER_AFTER.test(text.slice(end, end + 16))) continue;
    if (CODE_BEFORE.test(text.slice(Math.max(0, start - 12), start))) continue;
    // "…within 30 days. ^JM", « … 30 jours. -MR »: the initials a social media team signs a reply with.
    if (acr.length <= 3 && SIGNATURE_BEFORE.test(text.slice(Math.max(0, start - 3), start)) && /^\s*$/.test(text.slice(end, end + 3))) continue;
    if (PREDICATE_BEFORE.test(text.slice(Math.max(0, start - 13), start)) && CLAUSE_END_AFTER.test(text.slice(end, end + 4))) continue;
    if (!shouted) {
      shouted = [];
      SHOUT_RUN.lastIndex = 0;
      for (let r = SHOUT_RUN.exec(text); r; r = SHOUT_RUN.exec(text)) shouted.push({ start: r.index, end: r.index + r[0].length });
    }
    const skip =
      overlapsMask(unit.masked, start, end) || shouted.some((s) => s.start <= start && end <= s.end) ||
      // "EMBARGOED UNTIL": next to a long word in capitals, it is a shouted heading, not an acronym.
      LONG_CAPS_BEFORE.test(text.slice(Math.max(0, start - 20), start)) || LONG_CAPS_AFTER.test(text.slice(end, end + 20));
    const o: Occurrence = { acr, start, end, skip };
    if (!skip && (ACRONYM_EXPANSIONS_EN[acr] || ACRONYM_EXPANSIONS_FR[acr])) {
      const locale = localeOf((sentences ??= splitSentences(unit.text)), unit.text, start, unit.locale);
      o.expansion = (locale === 'fr' ? ACRONYM_EXPANSIONS_FR : ACRONYM_EXPANSIONS_EN)[acr];
    }
    occurrences.push(o);
  }
  facts.occurrences = occurrences;
  return facts;
}

const memo = { last: new Map<string, Facts>() };

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
  // Per sentence: its acronyms (and whether each may be one), those it gives in brackets, and its
  // words' first letters; the post is read in order over them, each acronym reported once.
  incremental: {
    facts: factsOf,
    combine(facts, sentences, text) {
      if (facts.length === 0) return [];
      const { facts: parts, starts } = stretches(facts, sentences, text, facts[0]!.locale, factsOf, memo);
      const hits: Hit[] = [];
      const seen = new Set<string>();
      let defined: Set<string> | undefined;
      for (let p = 0; p < parts.length; p++) {
        for (const o of parts[p]!.occurrences) {
          if (seen.has(o.acr)) continue;
          if (seen.size >= MAX_ACRONYMS) return hits;
          if (o.skip) continue;
          seen.add(o.acr);
          // Defined in the post: "(ODSP)" after the long form, "ODSP (Ontario Disability…)", or the words themselves.
          defined ??= definedIn(parts);
          if (defined.has(o.acr) || spelledOut(parts, o.acr)) continue;
          const hit: Hit = {
            start: starts[p]! + o.start,
            end: starts[p]! + o.end,
            message: {
              en: `Spell out ${o.acr} the first time you use it, with the acronym in brackets: many readers will not know it.`,
              fr: `Développez ${o.acr} à sa première mention, suivi du sigle entre parenthèses : bien des lecteurs ne le connaîtront pas.`,
            },
          };
          if (WELL_KNOWN.has(o.acr)) hit.severity = WELL_KNOWN_SEVERITY;
          if (o.expansion) hit.suggestion = { label: { en: 'Spell it out', fr: 'Développer le sigle' }, replacement: o.expansion };
          hits.push(hit);
        }
      }
      return hits;
    },
  },
  examples: {
    invalid: [
      { text: 'The OMAFRA team will be at the farm show in Woodstock this week.', span: 'OMAFRA', mode: 'official', severity: 'medium' },
      { text: 'Changes to ODSP payments start in July for all recipients.', span: 'ODSP', mode: 'official', severity: 'tip' },
      // Only the word right after "code" is a code.
      { text: 'The new code of practice for MNRF lands is now online.', span: 'MNRF', mode: 'official' },
      // Well known (the social insurance number): a tip at most, on an official account.
      { text: 'ServiceOntario will never text you asking for your SIN.', span: 'SIN', mode: 'official', severity: 'tip' },
      { text: 'ServiceOntario ne vous demandera jamais votre NAS par texto.', span: 'NAS', mode: 'official', severity: 'tip' },
      { text: 'Our new SDSR report on soil health is now available to all growers.', span: 'SDSR', mode: 'professional', severity: 'tip' },
      { text: 'Les changements au POSPH entrent en vigueur en juillet pour tous les bénéficiaires.', span: 'POSPH', mode: 'official' },
      { text: 'L’équipe du MAAARO sera au salon agricole de Woodstock cette semaine.', span: 'MAAARO', mode: 'official' },
      // A party's name is familiar, yet still a tip on an official account; an acronym after a word is not a code.
      { text: 'Congratulations to the Ontario PC team on the win last night.', span: 'PC', mode: 'official', severity: 'tip' },
      { text: 'Les demandes au programme 2025 du FODSN ouvrent lundi.', span: 'FODSN', mode: 'official', severity: 'medium' },
      // A year range after an acronym is no reference number.
      { text: 'The OMAFRA 2024-25 annual report is out. / Le rapport annuel 2024-2025 du MAAARO est publié.', span: 'OMAFRA', mode: 'official', severity: 'medium' },
      { text: 'The ODSP 2024-2025 rates are online. / Les taux 2024-2025 du POSPH sont en ligne.', span: 'ODSP', mode: 'official' },
      // A level in capitals is a word; the acronym beside it still needs its long form.
      { text: 'Fire hazard is HIGH across the Sudbury district. MNRF crews are on standby.', span: 'MNRF', mode: 'official', severity: 'medium' },
      { text: "Le risque d'incendie est FAIBLE dans le district de Sudbury, mais les équipes du MRNF restent prêtes.", span: 'MRNF', mode: 'official', severity: 'medium' },
      // After a singular "is", or with more of the clause after it, capitals stay an acronym.
      { text: 'Our partner on the soil survey is OMAFRA. / Notre partenaire pour l’étude des sols est le MAAARO.', span: 'OMAFRA', mode: 'official', severity: 'medium' },
      { text: 'Les inspecteurs sont des PSSA cette année. / The inspectors are PSSA staff this year.', span: 'PSSA', mode: 'official', severity: 'medium' },
    ],
    valid: [
      // The initials a reply is signed with.
      { text: 'Hi Dave, thanks for reaching out: you can appeal within 30 days. / Bonjour Dave, vous pouvez faire appel dans les 30 jours. ^JM', mode: 'official' },
      // A shape after "format"; a scan and an alert everyone names by their capitals.
      { text: 'New licence plates follow the format ABCD 123. / Les nouvelles plaques suivent le format ABCD 123.', mode: 'official' },
      { text: "[Alt text: an Ontario licence plate showing the example CKPW 482.] / [Texte de remplacement : une plaque de l'Ontario avec l'exemple CKPW 482.]", mode: 'official' },
      { text: 'The new MRI suite is open. Why does your phone get AMBER Alerts? / La nouvelle salle d’IRM est ouverte. Pourquoi recevez-vous des alertes AMBER?', mode: 'official' },
      // A recall's bar code and a form's date placeholders.
      { text: 'Recall: Birch Hill frozen peas (UPC 0 55742 20113 4). Enter your birth date as YYYY/MM/DD. / Rappel : pois surgelés Birch Hill (CUP 0 55742 20113 4). Inscrivez la date au format AAAA/MM/JJ.', mode: 'official' },
      // Both forms of a bilingual pair in brackets after the long form, and a file format.
      { text: "Talk at the Prospectors & Developers Association of Canada (PDAC) convention. / Au congrès de l'Association canadienne des prospecteurs et entrepreneurs (ACPE/PDAC). #Mining #Mines", mode: 'official' },
      { text: 'Download the data as CSV. / Téléchargez les données en format CSV. #OpenData #DonnéesOuvertes', mode: 'official' },
      // The text-telephone line of a contact block.
      'Questions? Call 1-866-532-3161 (TTY 1-800-268-7095). / Des questions? Composez le 1 866 532-3161 (ATS 1 800 268-7095).',
      // A registry notice's number, prefix included.
      { text: 'Have your say on the draft strategy until June 30: ero.ontario.ca (ERO 019-8812). / Donnez votre avis d’ici le 30 juin : ero.ontario.ca (REO 019-8812).', mode: 'official' },
      // A reshare marker; a health card's version code (the number itself is personal-info's concern).
      { text: 'RT @OntarioParks: Campsite reservations open March 1. / Les réservations ouvrent le 1er mars.', mode: 'official' },
      { text: 'Votre carte Santé 5839-201-745 KT a été postée. / Your health card 5839-201-745 KT was mailed.', mode: 'official' },
      // A code to type after "code".
      { text: 'Ontario Parks day passes are 20% off this week with code PARKS. / Rabais de 20 % sur les laissez-passer de jour de Parcs Ontario avec le code PARCS.', mode: 'official' },
      { text: 'EMBARGOED UNTIL 10:00 a.m.: Ontario investing $40 million in rural internet. SOUS EMBARGO JUSQU’À 10 h.', mode: 'official' },
      { text: 'Changes to Ontario Disability Support Program (ODSP) payments start in July. ODSP recipients will get a letter.', mode: 'official' },
      { text: 'The Ontario Ministry of Agriculture, Food and Rural Affairs (OMAFRA) will be at the farm show this week.', mode: 'official' },
      { text: 'Our FAQ on COVID vaccines is online, in EN and FR. Open Monday to Friday, 9 AM to 5 PM.', mode: 'official' },
      { text: 'Part II of the report covers the Q&A from the June session with @ONgov and #ONpoli.', mode: 'official' },
      { text: 'Les changements au Programme ontarien de soutien aux personnes handicapées (POSPH) entrent en vigueur en juillet.', mode: 'official' },
      { text: 'IMPORTANT : LES BUREAUX SONT FERMÉS LUNDI pour le congé.', mode: 'official' },
      // Levels and warnings of a public alert, written in capitals for emphasis.
      { text: 'Forest fire hazard is HIGH in the Timmins district. Fire ban in EFFECT until further notice.', mode: 'official' },
      { text: "Le risque d'incendie de forêt est FAIBLE cette semaine, mais AUCUN feu à ciel ouvert la nuit. DANGER sur les sentiers.", mode: 'official' },
      // A word said loudly as the predicate of a scam warning.
      { text: 'Scam alert: texts saying your licence is suspended are FAKE. We never ask for payment by text. / Alerte : ces textos sont FAUX. Nous ne demandons jamais de paiement par texto.', mode: 'official' },
      { text: "Attention : ces textos sont des ARNAQUES. / Warning: these texts are SCAMS. We never send links by text. C'est VRAI!", mode: 'official' },
    ],
  },
});
