// Policy targets beyond the word "policy": a government measure named by what it does ("cutting OSAP
// grants", « le gel des droits de scolarité »), a named program ("ODSP", « la Ceinture de verdure »),
// and a soft policy word ("these new rules") when the sentence is about government. Each is a target
// for policy-commentary/opinion, which still needs an evaluation to say anything.
import type { Locale, Span } from '../../types.js';
import { stripAccents } from '../../text/fold.js';
import { POLICY_ACTIONS_EN, PUBLIC_GOODS_EN, PUBLIC_SERVICES_EN, PROGRAMS_EN } from '../../lexicons/en/policy-measures.js';
import { POLICY_ACTIONS_FR, PUBLIC_GOODS_FR, PUBLIC_SERVICES_FR, PROGRAMS_FR } from '../../lexicons/fr/policy-measures.js';
import { DOMAIN_MODIFIERS_EN, NON_GOVERNMENT_OWNERS_EN, GOVERNMENT_TARGETS_EN, MINISTRY_TARGETS_EN, GOVERNMENT_QUALIFIERS_EN, SOFT_POLICY_OBJECTS_EN, SOFT_DETERMINERS_EN } from '../../lexicons/en/policy-targets.js';
import { DOMAIN_MODIFIERS_FR, NON_GOVERNMENT_OWNERS_FR, GOVERNMENT_TARGETS_FR, MINISTRY_TARGETS_FR, GOVERNMENT_QUALIFIERS_FR, SOFT_POLICY_OBJECTS_FR, SOFT_DETERMINERS_FR } from '../../lexicons/fr/policy-targets.js';
import { WordLexicon, anyWordBefore, phraseSet, wordsAfter, wordsBefore } from '../political/util.js';

const ACTIONS: Record<Locale, WordLexicon> = {
  en: new WordLexicon({ term: POLICY_ACTIONS_EN }),
  fr: new WordLexicon({ term: POLICY_ACTIONS_FR }),
};
const GOODS: Record<Locale, WordLexicon> = {
  en: new WordLexicon({ term: [...PUBLIC_GOODS_EN, ...PROGRAMS_EN] }),
  fr: new WordLexicon({ term: [...PUBLIC_GOODS_FR, ...PROGRAMS_FR] }),
};
const PROGRAMS = new WordLexicon({ term: [...PROGRAMS_EN, ...PROGRAMS_FR] });
const OWNERS = phraseSet([...NON_GOVERNMENT_OWNERS_EN, ...NON_GOVERNMENT_OWNERS_FR]);
// A first-person or private subject right before the action: "I'm cutting sugar", « je ferme le chalet ».
// Not « on »: before a cut to a public service it is the impersonal "they" (« on coupe dans les
// services en français »), and the public good after the verb already keeps the cottage out.
const SELF = phraseSet([
  'i', "i'm", 'im', 'we', "we're", 'were', "we've", "i've", 'my', 'our', 'me', 'us', 'you', "you're", 'your', 'je', 'j', 'nous',
  'mon', 'ma', 'mes', 'notre', 'nos', 'tu', 'vous', 'votre', 'vos',
]);
const OWNER_AFTER = phraseSet(['at', 'of', 'in', 'by', 'du', 'de', 'chez']);
// Words about government anywhere in the sentence (or the one before): what makes "these new rules" a policy.
const GOVERNMENT = new WordLexicon({
  term: [
    ...GOVERNMENT_TARGETS_EN, ...MINISTRY_TARGETS_EN, ...GOVERNMENT_QUALIFIERS_EN, ...PROGRAMS_EN, ...PUBLIC_SERVICES_EN, 'Ontario',
    ...GOVERNMENT_TARGETS_FR, ...MINISTRY_TARGETS_FR, ...GOVERNMENT_QUALIFIERS_FR, ...PROGRAMS_FR, ...PUBLIC_SERVICES_FR, 'ontarien', 'ontarienne',
  ],
});
const SOFT = new WordLexicon({ term: [...SOFT_POLICY_OBJECTS_EN, ...SOFT_POLICY_OBJECTS_FR] });
const SOFT_DETERMINERS = phraseSet([...SOFT_DETERMINERS_EN, ...SOFT_DETERMINERS_FR]);
// Where the post has already said the matter is the author's work, "the" is enough: "the dumbest decision", « la nouvelle règle ».
const LOOSE_DETERMINERS = phraseSet([...SOFT_DETERMINERS_EN, ...SOFT_DETERMINERS_FR, 'the', 'la', 'le', 'les', "l'"]);

/** "Cutting OSAP grants", "the decision to close the Kenora lab", « l'abolition des frais ». */
export function measureTargets(plain: string, locale: Locale): Span[] {
  const actions = ACTIONS[locale].findIn(plain);
  if (!actions.length) return [];
  const goods = GOODS[locale].findIn(plain);
  const out: Span[] = [];
  for (const a of actions) {
    const prev = wordsBefore(plain, a.start, 2);
    if (prev.some((w) => SELF.has(w)) || anyWordBefore(plain, a.start, OWNERS, 3)) continue;
    const g = goods.find((x) => x.start >= a.end && x.start - a.end <= 45 && wordsBetween(plain, a.end, x.start) <= 5);
    if (!g) continue;
    // "the fees at my gym", « la fermeture du bureau de mon comptable »: someone else's.
    const next = wordsAfter(plain, g.end, 3);
    if (next.length >= 2 && OWNER_AFTER.has(next[0]!) && next.slice(1).some((w) => OWNERS.has(w))) continue;
    out.push({ start: a.start, end: g.end });
  }
  return out;
}

function wordsBetween(plain: string, from: number, to: number): number {
  return from >= to ? 0 : wordsAfter(plain.slice(0, to), from, 8).length;
}

/** Government programs named as such ("ODSP", « la Ceinture de verdure »). */
export function programTargets(plain: string): Span[] {
  return PROGRAMS.findIn(plain).map((m) => ({ start: m.start, end: m.end }));
}

/** Whether the text speaks of government at all (a target word, a qualifier, a program, "Ontario"). */
export function aboutGovernment(plain: string): boolean {
  return GOVERNMENT.test(plain);
}

// Words that end a noun phrase: between the determiner and the policy word, only modifiers may stand
// ("the new excess soil rules"), not a verb or a clause ("the new guy says the rules…").
const CLAUSE_WORDS = phraseSet([
  'is', 'are', 'was', 'were', 'be', 'has', 'have', 'had', 'do', 'does', 'did', 'says', 'said', 'and', 'or', 'but', 'to', 'of',
  'for', 'with', 'on', 'at', 'in', 'by', 'that', 'which', 'who', 'i', 'we', 'you', 'he', 'she', 'they', 'it', 'my', 'our',
  'est', 'sont', 'a', 'ont', 'et', 'ou', 'mais', 'de', 'du', 'des', 'pour', 'avec', 'sur', 'dans', 'par', 'que', 'qui',
  'je', 'nous', 'vous', 'il', 'elle', 'ils', 'elles', 'mon', 'ma', 'mes', 'notre', 'nos',
]);

/** "These new rules", "the new excess soil rules", « les nouvelles règles »: soft policy words, announced by a determiner. */
export function softTargets(plain: string, loose = false): Span[] {
  const out: Span[] = [];
  const dets = loose ? LOOSE_DETERMINERS : SOFT_DETERMINERS;
  for (const m of SOFT.findIn(plain)) {
    const prev = wordsBefore(plain, m.start, 5);
    let ok = false;
    for (let skip = 0; skip <= 3 && !ok; skip++) {
      if (skip > 0 && CLAUSE_WORDS.has(prev[prev.length - skip] ?? 'and')) break;
      const upto = prev.length - skip;
      for (let n = 1; n <= 2 && n <= upto; n++) if (dets.has(prev.slice(upto - n, upto).join(' '))) ok = true;
    }
    if (ok && !anyWordBefore(plain, m.start, OWNERS, 3)) out.push({ start: m.start, end: m.end });
  }
  return out;
}

const DOMAINS_EN = phraseSet(DOMAIN_MODIFIERS_EN.map((w) => w.toLowerCase()));
const DOMAINS_FR = phraseSet(DOMAIN_MODIFIERS_FR.map((w) => stripAccents(w.toLowerCase())));
const OF_FR = phraseSet(['de', 'des', 'du', "d'"]);

/** Whether one or two words ending `words` (or starting it, `fromStart`) form a phrase of `set`. */
function phraseAt(words: readonly string[], set: ReadonlySet<string>, fromStart: boolean): string | null {
  for (let n = 2; n >= 1; n--) {
    if (n > words.length) continue;
    const w = (fromStart ? words.slice(0, n) : words.slice(words.length - n)).join(' ');
    if (set.has(w.replace(/\u2019/g, "'"))) return w;
  }
  return null;
}

/**
 * A soft policy word named by its public domain, whatever its determiner: "the permit system", "the
 * tuition freeze", « le régime de permis », « ce programme de subventions ». The domain says whose
 * it is, so no government word is needed; someone else's ("my gym's membership rules") is left out.
 */
export function compoundTargets(plain: string, locale: Locale): Span[] {
  const out: Span[] = [];
  for (const m of SOFT.findIn(plain)) {
    if (anyWordBefore(plain, m.start, OWNERS, 3)) continue;
    if (locale === 'en') {
      const modifier = phraseAt(wordsBefore(plain, m.start, 2), DOMAINS_EN, false);
      const at = modifier ? plain.lastIndexOf(modifier.split(' ')[0]!, m.start) : -1;
      if (modifier) out.push({ start: at >= 0 ? at : m.start, end: m.end });
    } else {
      const next = wordsAfter(plain, m.end, 4).map((w) => w.replace(/\u2019/g, "'"));
      // « régime de permis », « système d'aide sociale » (the elided article sticks to its noun).
      let k = 0;
      if (next[0] && OF_FR.has(next[0])) k = 1;
      else if (next[0]?.startsWith("d'")) next[0] = next[0].slice(2);
      else continue;
      const rest = next.slice(k);
      const domain = rest.length ? phraseAt(rest, DOMAINS_FR, true) : null;
      if (domain === null) continue;
      // The span runs to the end of the domain, so an owner right after it is seen ("… chez Desjardins").
      const last = domain.split(' ').pop()!;
      const at = plain.indexOf(last, m.end);
      out.push({ start: m.start, end: at >= 0 && at - m.end < 40 ? at + last.length : m.end });
    }
  }
  return out;
}
