// Whether a sentence (or the one before it) says the matter is the author's own work: a role ("as a
// caseworker", « comme infirmière »), a stretch of working life ("twelve years inspecting
// restaurants", « ça fait quinze ans que je travaille à Ontario au travail »), work verbs with a
// public object ("I process ODSP files"), inside knowledge ("on the front line"), or the fixed
// phrases of policy-targets ("my ministry", « mon équipe »). "Not my area" cancels it. Shared by the
// policy-commentary and political rules: duty-related comment is what PSOA s. 72 singles out.
import type { Unit } from '../../types.js';
import { stripAccents } from '../../text/fold.js';
import {
  PUBLIC_ROLES_EN, ROLE_FRAMES_EN, WORK_VERBS_EN, YEARS_EN, WORK_OBJECTS_EN, INSIDER_EN, NOT_OWN_WORK_EN, FOR_A_LIVING_EN,
  FIRST_PERSON_EN, OTHER_EARNERS_EN,
} from '../../lexicons/en/policy-own-work.js';
import {
  PUBLIC_ROLES_FR, ROLE_FRAMES_FR, WORK_VERBS_FR, YEARS_FR, WORK_OBJECTS_FR, INSIDER_FR, NOT_OWN_WORK_FR,
} from '../../lexicons/fr/policy-own-work.js';
import { OWN_WORK_EN } from '../../lexicons/en/policy-targets.js';
import { OWN_WORK_FR } from '../../lexicons/fr/policy-targets.js';
import { EMPLOYER_EN } from '../../lexicons/en/political-position.js';
import { EMPLOYER_FR } from '../../lexicons/fr/political-position.js';
import { PUBLIC_GOODS_EN, PROGRAMS_EN } from '../../lexicons/en/policy-measures.js';
import { PUBLIC_GOODS_FR, PROGRAMS_FR } from '../../lexicons/fr/policy-measures.js';
import { Memo, WordLexicon, phraseSet, precededBy, wordsBefore } from '../political/util.js';

type Kind = 'fixed' | 'frame' | 'work' | 'years' | 'insider' | 'not' | 'role' | 'object' | 'employer' | 'living';

// "I literally design…", "I still process…": an adverb may stand between "I" and the work verb.
const ADVERBS_EN = ['literally', 'actually', 'personally', 'still', 'currently', 'also', 'now', 'myself', 'really', 'used to', 'basically', 'directly'];
const WORK_VERBS_WITH_ADVERBS = WORK_VERBS_EN.flatMap((v) => (v.startsWith('i ') ? [v, ...ADVERBS_EN.map((a) => `i ${a} ${v.slice(2)}`)] : [v]));

const WORDS = new WordLexicon<Kind>({
  fixed: [...OWN_WORK_EN, ...OWN_WORK_FR],
  frame: [...ROLE_FRAMES_EN, ...ROLE_FRAMES_FR],
  work: [...WORK_VERBS_WITH_ADVERBS, ...WORK_VERBS_FR],
  years: [...YEARS_EN, ...YEARS_FR],
  insider: [...INSIDER_EN, ...INSIDER_FR],
  not: [...NOT_OWN_WORK_EN, ...NOT_OWN_WORK_FR],
  role: [...PUBLIC_ROLES_EN, ...PUBLIC_ROLES_FR],
  object: [...WORK_OBJECTS_EN, ...WORK_OBJECTS_FR, ...EMPLOYER_EN, ...EMPLOYER_FR, ...PUBLIC_GOODS_EN, ...PUBLIC_GOODS_FR, ...PROGRAMS_EN, ...PROGRAMS_FR],
  employer: [...EMPLOYER_EN, ...EMPLOYER_FR],
  living: FOR_A_LIVING_EN,
});
// "As someone who writes emissions policy for a living": the author earns it, not "my brother … for a living".
const EARNERS = new WordLexicon({ me: FIRST_PERSON_EN, other: OTHER_EARNERS_EN });
function authorEarns(plain: string, start: number): boolean {
  const window = plain.slice(Math.max(0, start - 80), start);
  const who = EARNERS.findIn(window);
  const last = who[who.length - 1];
  return !!last && last.classes.has('me') && !last.classes.has('other');
}

// A self-introduction in headline form, the way people open a post: "Policy analyst here.", "MTO
// employee here:", « Fonctionnaire ici. », « Agent de conformité au ministère ici. » (a role or an
// employer, then "here"), and "Biologist with MNR since 2012", « Biologiste au MRN depuis 12 ans » (a
// role with no article, opening the sentence, at an employer). Only modifiers may stand before the
// role ("senior", "child welfare"): "the nurse here was great" and "my sister, a nurse at the
// ministry" are about someone else.
const INTRO_HERE = /^[ \t]+(?:(?:employee|staffer|worker|employe|employee)[ \t]+)?(?:here|ici)[ \t]*(?:[.:;!,\u2014\u2013(-]|$)/u;
const INTRO_AT = /^[ \t]+(?:at|with|in|au|aux|a|chez|dans)[ \t]+(?:(?:the|la|le)[ \t]+|l')?/u;
const NOT_MODIFIERS = phraseSet([
  'a', 'an', 'the', 'to', 'my', 'your', 'his', 'her', 'their', 'our', 'this', 'that', 'is', 'are', 'was', 'were', 'and',
  'un', 'une', 'le', 'la', 'les', 'l', 'mon', 'ma', 'ton', 'ta', 'son', 'sa', 'votre', 'notre', 'leur', 'ce', 'cette',
  'est', 'sont', 'et', 'to', 'for', 'pour', 'with', 'avec', 'merci', 'thanks',
]);
function opensSentence(plain: string, start: number, most: number): boolean {
  const prev = wordsBefore(plain, start, most + 1);
  return prev.length <= most && !prev.some((w) => NOT_MODIFIERS.has(w.replace(/\u2019/g, "'").replace(/'$/, '')));
}
function introduces(plain: string, found: readonly { start: number; end: number; classes: ReadonlySet<Kind> }[], m: { start: number; end: number; classes: ReadonlySet<Kind> }): boolean {
  if (INTRO_HERE.test(plain.slice(m.end, m.end + 24))) {
    // « au ministère ici »: a work object counts only when it names the employer.
    const employer = m.classes.has('role') || m.classes.has('employer') || /ministere|ministry|gouvernement|government|province|fonction publique|public service/.test(plain.slice(m.start, m.end));
    return employer && opensSentence(plain, m.start, 5);
  }
  if (!m.classes.has('role') || !opensSentence(plain, m.start, 3)) return false;
  const at = INTRO_AT.exec(plain.slice(m.end, m.end + 16));
  return !!at && found.some((f) => f.start === m.end + at[0].length && f.classes.has('employer'));
}
// "Nobody on the front line was consulted", « personne sur le terrain a été consulté »: others there, not the author.
const THIRD_PARTIES = phraseSet(['personne', 'nobody', 'no one', 'noone', 'les gens', 'people', 'ceux', 'celles', 'those', 'anyone', 'quiconque', 'staff', 'workers']);
// « Travailler au ministère pis voir… »: the infinitive as a subject, at the head of the sentence only.
const HEAD_INFINITIVE = phraseSet(['travailler']);

// A span of working life starts with a number: "12 years", "twelve years", « quinze ans ».
const COUNTS = phraseSet([
  'a', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen',
  'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty', 'thirty', 'forty', 'few', 'many',
  'several', 'un', 'une', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf', 'dix', 'onze', 'douze',
  'treize', 'quatorze', 'quinze', 'seize', 'vingt', 'trente', 'quarante', 'plusieurs', 'quelques',
]);

/** Whether a match of one of `kinds` starts within `chars` characters after `end`. */
function follows(found: { start: number; classes: ReadonlySet<Kind> }[], end: number, chars: number, kinds: readonly Kind[]): boolean {
  return found.some((f) => f.start >= end && f.start - end <= chars && kinds.some((k) => f.classes.has(k)));
}

function ownWorkIn(plain: string): { own: boolean; denied: boolean } {
  const found = WORDS.findIn(plain);
  let own = false;
  for (const m of found) {
    const c = m.classes;
    if (c.has('not')) return { own: false, denied: true };
    if (own) continue;
    if (c.has('living')) own = authorEarns(plain, m.start);
    else if (c.has('fixed') || c.has('insider')) own = !(c.has('insider') && !c.has('fixed') && precededBy(plain, m.start, THIRD_PARTIES, 2));
    // "as a caseworker", « comme infirmière »: a role right after the opening (« comme » is common, so closer).
    else if (c.has('frame')) own = follows(found, m.end, /comme$/.test(m.text) ? 4 : 30, ['role']);
    else if (c.has('work')) {
      if (HEAD_INFINITIVE.has(m.text) && plain.slice(0, m.start).trim()) continue;
      own = follows(found, m.end, 40, ['object', 'role']);
    }
    else if (c.has('years')) {
      const prev = wordsBefore(plain, m.start, 1)[0] ?? '';
      if (/^\d+$/.test(prev) || COUNTS.has(prev)) own = follows(found, m.end, 45, ['object', 'role', 'work']);
    }
    if (!own && (c.has('role') || c.has('object'))) own = introduces(plain, found, m);
  }
  return { own, denied: false };
}

/** One of these is in every sentence where ownWorkHere() says `own`: a match of a kind that can make it
 * so on its own, or with a role (`frame`), or with "here" / « ici » after it (an `object` in
 * introduces()); `not` only denies, and `employer` counts only with a role. */
export const OWN_WORK_PIECES: readonly string[] = [...WORDS.pieces(['not', 'object', 'employer', 'frame']), ' here ', ' ici '];

const memo = new Memo<boolean>(1000);
const hereMemo = new Memo<{ own: boolean; denied: boolean }>(1000);

/** Whether the sentence itself ties the matter to the author's own work (`own`), or says it is not theirs (`denied`). */
export function ownWorkHere(plain: string): { own: boolean; denied: boolean } {
  let here = hereMemo.get(plain);
  if (here === undefined) hereMemo.set(plain, (here = ownWorkIn(plain)));
  return here;
}

/** Whether the unit, or the sentence before it, ties the matter to the author's own work. */
export function ownWork(unit: Unit): boolean {
  // The sentence alone first: the sentence before is read only when it can change the answer (a
  // rule reading it is not reused after another sentence).
  const here = ownWorkHere(unit.plain);
  if (here.own || here.denied) return here.own;
  const before = unit.before;
  if (!before) return false;
  const key = before + '\u0001' + unit.plain;
  const known = memo.get(key);
  if (known !== undefined) return known;
  const out = ownWorkIn(stripAccents(before)).own;
  memo.set(key, out);
  return out;
}
