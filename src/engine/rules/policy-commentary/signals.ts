// Policy opinions, found once per sentence: a government target (the government, a minister, the
// premier, a ministry, a policy object that is clearly governmental) joined to an evaluation in the
// same sentence, or in a short "It's a disaster." right after a sentence that named the target.
import { plainBefore, watchingBefore } from '../../text/unit.js';
import type { Span, Unit } from '../../types.js';
import {
  GOVERNMENT_TARGETS_EN, PREMIER_EN, PREMIER_TRAPS_EN, MINISTRY_TARGETS_EN, STRONG_POLICY_OBJECTS_EN, POLICY_OBJECTS_EN,
  POLICY_DETERMINERS_EN, QUALIFIED_OBJECTS_EN, GOVERNMENT_QUALIFIERS_EN, NON_GOVERNMENT_OWNERS_EN, FOREIGN_EN,
  TARGET_FOLLOWER_TRAPS_EN, CLERGY_CONTEXT_EN, PLACE_PREPOSITIONS_EN, REPORTED_OPINION_EN, PRIVATE_DECIDERS_EN,
} from '../../lexicons/en/policy-targets.js';
import {
  GOVERNMENT_TARGETS_FR, MINISTRY_TARGETS_FR, STRONG_POLICY_OBJECTS_FR, POLICY_OBJECTS_FR, POLICY_DETERMINERS_FR,
  AMBIGUOUS_WITH_ARTICLE_FR, QUALIFIED_OBJECTS_FR, GOVERNMENT_QUALIFIERS_FR, NON_GOVERNMENT_OWNERS_FR, FOREIGN_FR,
  NON_GOVERNMENT_OWNERS_AFTER_FR,
  TARGET_FOLLOWER_TRAPS_FR, CLERGY_CONTEXT_FR, PLACE_PREPOSITIONS_FR, REPORTED_OPINION_FR, PRIVATE_DECIDERS_FR,
} from '../../lexicons/fr/policy-targets.js';
import {
  NEGATIVE_EVALUATION_EN, DECISION_PRAISE_EN, GENERIC_PRAISE_EN, PRAISE_EVENT_NOUNS_EN, ANAPHORS_EN, PRETENCE_WASTE_NEGLECT_EN,
} from '../../lexicons/en/policy-evaluation.js';
import {
  NEGATIVE_EVALUATION_FR, DECISION_PRAISE_FR, GENERIC_PRAISE_FR, PRAISE_EVENT_NOUNS_FR, ANAPHORS_FR, PRETENCE_WASTE_NEGLECT_FR,
} from '../../lexicons/fr/policy-evaluation.js';
import { SARCASM_EN, RHETORICAL_QUESTIONS_EN, RELIEF_PRAISE_EN, PROMOTIONAL_PRAISE_EN, IRONY_MARKERS_EN, EUPHEMISMS_EN, ADVOCACY_MODALS_EN, ADVOCACY_VERBS_EN } from '../../lexicons/en/policy-rhetoric.js';
import { SARCASM_FR, RHETORICAL_QUESTIONS_FR, RELIEF_PRAISE_FR, PROMOTIONAL_PRAISE_FR, IRONY_MARKERS_FR, EUPHEMISMS_FR, ADVOCACY_MODALS_FR, ADVOCACY_VERBS_FR } from '../../lexicons/fr/policy-rhetoric.js';
import { WordLexicon, anyWordBefore, attributive, postposed, dedupe, followedBy, gap, letterUnits, phraseSet, precededBy, wordsAfter, wordsBefore } from '../political/util.js';
import { aboutGovernment, compoundTargets, measureTargets, programTargets, softTargets } from './measures.js';
import { partyObjects } from './party-objects.js';
import { ownWork } from './own-work.js';

// 'loose': a measure word ("the rule", « la décision ») that is the government's only because the post
// says elsewhere that the author works on it (see looseOpinions).
export type TargetKind = 'government' | 'person' | 'ministry' | 'object' | 'program' | 'soft' | 'loose';
export interface Target extends Span {
  kind: TargetKind;
}

// Every kind of target in one word scan; the kind of a match is read from its lists.
const TARGET_WORDS = new WordLexicon({
  government: [...GOVERNMENT_TARGETS_EN, ...GOVERNMENT_TARGETS_FR],
  premier: PREMIER_EN,
  ministry: [...MINISTRY_TARGETS_EN, ...MINISTRY_TARGETS_FR],
  strong: [...STRONG_POLICY_OBJECTS_EN, ...STRONG_POLICY_OBJECTS_FR],
  object: [...POLICY_OBJECTS_EN, ...POLICY_OBJECTS_FR],
  qualified: [...QUALIFIED_OBJECTS_EN, ...QUALIFIED_OBJECTS_FR],
  clergy: [...CLERGY_CONTEXT_EN, ...CLERGY_CONTEXT_FR],
});
const PREMIER_TRAPS = phraseSet(PREMIER_TRAPS_EN);
const PREMIER_OPENERS = phraseSet(['the', 'our', "ontario's", 'this', 'provincial', 'former', 'new', 'dear', 'a', 'an', 'his', 'her', 'then']);
const BILL_RE = /(?<![\p{L}\p{N}])(?:bill|projet de loi|loi)[ \t]+(?:c-)?\d{1,3}(?![\p{N}])/gu;
const DETERMINERS_EN = phraseSet(POLICY_DETERMINERS_EN);
const DETERMINERS_FR = phraseSet(POLICY_DETERMINERS_FR);
const STRONG_DETERMINERS_FR = phraseSet(['la nouvelle', 'le nouveau', 'cette', 'ce', 'ces', 'cette nouvelle', 'ce nouveau', 'les nouvelles', 'les nouveaux']);
const AMBIGUOUS_FR = phraseSet(AMBIGUOUS_WITH_ARTICLE_FR);
const QUALIFIERS = new WordLexicon({ term: [...GOVERNMENT_QUALIFIERS_EN, ...GOVERNMENT_QUALIFIERS_FR] });
const OWNERS = phraseSet([...NON_GOVERNMENT_OWNERS_EN, ...NON_GOVERNMENT_OWNERS_FR]);
const OWNERS_AFTER = phraseSet(NON_GOVERNMENT_OWNERS_AFTER_FR);
// "the budget for our wedding", "the policy at my gym": an owner named just after the object.
const OWNER_NOUNS_AFTER = new Set([...OWNERS].filter((w) => !['my', 'your', 'our', 'mon', 'ma', 'mes', 'notre', 'nos', 'votre', 'vos', 'team', 'board', 'council', 'city'].includes(w)));
function ownerAfter(plain: string, end: number): boolean {
  return wordsAfter(plain, end, 4).some((w) => OWNER_NOUNS_AFTER.has(w.replace(/\u2019/g, "'")));
}
// A hiring or wage freeze is the government's unless a company is named with it: "Shopify's hiring
// freeze", "the hiring freeze at Tim Hortons", « le gel d'embauche chez Desjardins ».
const WORKFORCE_MEASURE = /freeze|wage|salary|pay|gel|plafond/;
const POSSESSIVE_END = /['\u2019]s\s{1,3}$/;
const NAMED_AFTER = /^\s{1,3}(?:at|chez|@)\s{0,3}(\p{Lu}[\p{L}&.-]*)/u;
const PUBLIC_NAMES = new Set(['Ontario', 'Ford', 'OPS', 'FPO', 'Canada', 'Queen', 'Province', 'Government', 'Treasury', 'ServiceOntario', 'Ottawa']);
function namedEmployer(folded: string, start: number, end: number): boolean {
  // The word before "'s", found by hand: a capitalised-word pattern anchored at the end was quadratic.
  const tail = folded.slice(Math.max(0, start - 30), start);
  const possessive = POSSESSIVE_END.exec(tail);
  const owner = possessive ? tail.slice(0, possessive.index).split(' ').pop() : undefined;
  const after = NAMED_AFTER.exec(folded.slice(end, end + 30));
  return [owner && /^\p{Lu}/u.test(owner) ? owner : undefined, after?.[1]].some((n) => n !== undefined && !PUBLIC_NAMES.has(n));
}
const FOREIGN = phraseSet([...FOREIGN_EN, ...FOREIGN_FR]);
const FOLLOWER_TRAPS = phraseSet([...TARGET_FOLLOWER_TRAPS_EN, ...TARGET_FOLLOWER_TRAPS_FR]);
const OWN_RESOURCE_AFTER =
  /^(?:['\u2019]s)?\s+(?:[\p{L}.-]+\s+){0,3}?(?:guide|guides|handbook|toolkit|course|courses|template|templates|podcast|webinar|newsletter|glossary|playbook)(?![\p{L}])/u;
const PLACE_PREPS = phraseSet([...PLACE_PREPOSITIONS_EN, ...PLACE_PREPOSITIONS_FR]);
const DEPUTY = phraseSet(['deputy', 'assistant deputy', 'associate deputy', 'sous', 'sous-']);
const POSSESSIVE_OWN = phraseSet(['my', 'our', 'mon', 'notre', 'ma']);
// A quotation in the sentence ("…," said the minister; « … », a déclaré la ministre): an evaluation
// inside it is someone else's; one outside it ("the minister's "historic investment" is all optics")
// is the author's own, the quotation being what they mock.
const QUOTED = /"[^"\n]{3,300}"/gu;
function quotedAt(folded: string, e: Span): boolean {
  QUOTED.lastIndex = 0;
  for (let m = QUOTED.exec(folded); m; m = QUOTED.exec(folded)) if (m.index < e.end && e.start < m.index + m[0].length) return true;
  return false;
}
/** Other people's feeling, right before the evaluation: "everyone's worried about", "people are upset about",
 * « les parents sont inquiets » (the author's own worry, "I'm worried about", stays an opinion). */
const OTHERS_FEEL =
  /(?:^|[^\p{L}])(?:everyone|everybody|people|folks|parents|families|students|residents|many|(?:a )?lots? of (?:people|folks|you|parents)|some of you|so many of you|you all|y'all|tout le monde|les gens|les parents|les familles|plusieurs|beaucoup)(?:'s|\s+(?:is|are|were|was|seem|seems|seemed|get|getting|got|feel|feels|felt|est|sont|semble|semblent|se sent|se sentent))\s+(?:(?:so|really|pretty|very|understandably|rightly|a bit|a little|vraiment|tres|un peu)\s+)?$/u;

export const REPORTED = new WordLexicon({ term: [...REPORTED_OPINION_EN, ...REPORTED_OPINION_FR] });

// One scan for every evaluation; the family of a match is read from its text.
// "The province should reverse…", « le gouvernement doit revoir… »: every modal with every verb, as phrases.
const advocacy = (modals: readonly string[], verbs: readonly string[]) => modals.flatMap((m) => verbs.map((v) => `${m} ${v}`));
const EVALUATIONS = new WordLexicon({
  negative: [
    ...NEGATIVE_EVALUATION_EN, ...NEGATIVE_EVALUATION_FR, ...PRETENCE_WASTE_NEGLECT_EN, ...PRETENCE_WASTE_NEGLECT_FR, ...SARCASM_EN, ...SARCASM_FR, ...RHETORICAL_QUESTIONS_EN,
    ...RHETORICAL_QUESTIONS_FR, ...advocacy(ADVOCACY_MODALS_EN, ADVOCACY_VERBS_EN), ...advocacy(ADVOCACY_MODALS_FR, ADVOCACY_VERBS_FR),
  ],
  decision: [...DECISION_PRAISE_EN, ...DECISION_PRAISE_FR, ...RELIEF_PRAISE_EN, ...RELIEF_PRAISE_FR],
  generic: [...GENERIC_PRAISE_EN, ...GENERIC_PRAISE_FR, ...PROMOTIONAL_PRAISE_EN, ...PROMOTIONAL_PRAISE_FR],
});
const IRONY = new WordLexicon({ term: [...IRONY_MARKERS_EN, ...IRONY_MARKERS_FR] });
// Emoji and tags that say "I don't mean it": upside-down face, eye roll, unamused, clown, facepalm, "/s".
const IRONY_SIGNS = /\u{1F643}|\u{1F644}|\u{1F612}|\u{1F921}|(?<![\p{L}\p{N}])\/s(?![\p{L}\p{N}])/u;
const EUPHEMISMS = new WordLexicon({ term: [...EUPHEMISMS_EN, ...EUPHEMISMS_FR] });
/** What every opinion, strict or loose, holds in its own sentence (opinionsIn() looks no further without
 * one): an evaluation, or a euphemism in scare quotes. The triggers of the rules built on opinions. */
export const OPINION_PIECES: readonly string[] = [...EVALUATIONS.pieces(), ...EUPHEMISMS.pieces()];
const QUOTE_CHARS = '"\'';
// French evaluations that are verbs (« la taxe fédérale punit les familles »): they do not qualify the noun before them.
const FR_VERBS = phraseSet([
  'punit', 'punissent', 'penalise', 'penalisent', 'detruit', 'detruisent', 'saccage', 'saccagent', 'demolit', 'ruine',
  'neglige', 'negligent', 'meprise', 'meprisent', 'nuira', 'nuiront', 'abandonne', 'abandonnent',
]);
const EVENT_NOUNS = phraseSet([...PRAISE_EVENT_NOUNS_EN, ...PRAISE_EVENT_NOUNS_FR]);
const ANAPHORS = phraseSet([...ANAPHORS_EN, ...ANAPHORS_FR]);
const SMALL_WORDS = phraseSet(['so', 'such', 'a', 'an', 'the', 'really', 'very', 'truly', 'un', 'une', 'tres', 'vraiment', 'si', 'tellement']);

function foreign(plain: string, start: number): boolean {
  return anyWordBefore(plain, start, FOREIGN, 3);
}

const OF = phraseSet(['of', 'de', 'du', 'des', "d'", 'in', 'en', 'au', 'aux']);
/** "the government of Japan", « le gouvernement du Québec ». */
function foreignAfter(plain: string, end: number): boolean {
  const next = wordsAfter(plain, end, 3);
  if (next.length < 2 || !OF.has(next[0]!)) {
    // « gouvernement d'Israël »: the elided article sticks to the name.
    const w = next[0];
    return !!w && /^(?:d|l)'/.test(w) && FOREIGN.has(w.slice(2));
  }
  const rest = next[1] === 'la' || next[1] === 'le' || next[1] === 'the' || next[1] === 'les' ? next[2] : next[1];
  return !!rest && (FOREIGN.has(rest) || FOREIGN.has(rest.replace(/'s$/, '')));
}

/** Government targets in a sentence-like view (`plain` lower-case without accents, `folded` keeps case). */
export function targetsIn(plain: string, folded: string, locale: string): Target[] {
  const out: Target[] = [];
  const words = TARGET_WORDS.findIn(plain);
  const clergy = words.some((w) => w.classes.has('clergy'));
  const overlaps = (m: Span) => out.some((t) => m.start < t.end && t.start < m.end);
  for (const m of words) {
    const c = m.classes;
    const word = plain.slice(m.start, m.end);
    if (c.has('government')) {
      const person = /minist|premier|prime/.test(word) && !/gouvernement|government|cabinet|conseil/.test(word);
      if (foreign(plain, m.start) || foreignAfter(plain, m.end)) continue;
      if (followedBy(plain, m.end, FOLLOWER_TRAPS, 1)) continue;
      // "the Government of Canada's Content Style Guide is excellent": a resource it publishes, praised or panned as a resource.
      if (!person && OWN_RESOURCE_AFTER.test(plain.slice(m.end, m.end + 60))) continue;
      if (person && clergy) continue;
      if (person && (precededBy(plain, m.start, DEPUTY, 2) || plain.slice(Math.max(0, m.start - 5), m.start) === 'sous-')) continue;
      if (/queen|legislat|assemblee/.test(word) && precededBy(plain, m.start, PLACE_PREPS, 2)) continue;
      out.push({ start: m.start, end: m.end, kind: person ? 'person' : 'government' });
    } else if (c.has('premier')) {
      // "Premier" is also an adjective ("a premier destination") and a league: English, titled or with "the".
      if (locale !== 'en') continue;
      const capital = folded[m.start] === 'P';
      if (!capital && !precededBy(plain, m.start, PREMIER_OPENERS, 1)) continue;
      if (precededBy(plain, m.start, A_AN, 1)) continue;
      if (followedBy(plain, m.end, PREMIER_TRAPS, 1) || followedBy(plain, m.end, FOLLOWER_TRAPS, 1)) continue;
      if (foreign(plain, m.start)) continue;
      out.push({ start: m.start, end: m.end, kind: 'person' });
    } else if (c.has('ministry')) {
      if (precededBy(plain, m.start, POSSESSIVE_OWN, 1) || followedBy(plain, m.end, FOLLOWER_TRAPS, 1)) continue;
      out.push({ start: m.start, end: m.end, kind: 'ministry' });
    } else if (c.has('strong')) {
      if (precededBy(plain, m.start, POSSESSIVE_OWN, 1) && !/rto|office|bureau/.test(word)) continue;
      // "the company's return-to-office order", "Apple's RTO": a private employer's, not the government's.
      if (anyWordBefore(plain, m.start, OWNER_NOUNS_AFTER, 3)) continue;
      if (WORKFORCE_MEASURE.test(word) && namedEmployer(folded, m.start, m.end)) continue;
      out.push({ start: m.start, end: m.end, kind: 'object' });
    } else if (c.has('object') || c.has('qualified')) {
      if (anyWordBefore(plain, m.start, OWNERS, 3) || followedBy(plain, m.end, OWNERS_AFTER, 3) || ownerAfter(plain, m.end)) continue;
      if (followedBy(plain, m.end, FOLLOWER_TRAPS, 1) || followedBy(plain, m.end, POLICY_FOLLOWER_TRAPS, 1)) continue;
      let ok = false;
      if (c.has('object')) {
        const fr = locale === 'fr';
        const dets = fr && AMBIGUOUS_FR.has(word) ? STRONG_DETERMINERS_FR : fr ? DETERMINERS_FR : DETERMINERS_EN;
        // "the new policy", and with up to two modifiers between: "the new procurement directive".
        ok = determinedWithin(plain, m.start, dets);
      }
      if (ok || qualified(plain, m)) out.push({ start: m.start, end: m.end, kind: 'object' });
    }
  }
  BILL_RE.lastIndex = 0;
  for (let m = BILL_RE.exec(plain); m; m = BILL_RE.exec(plain)) {
    const span = { start: m.index, end: m.index + m[0].length };
    if (!overlaps(span)) out.push({ ...span, kind: 'object' });
  }
  for (const span of programTargets(plain)) {
    // "the ServiceOntario staff", "the OSAP portal": people and tools of the program, not the program.
    if (overlaps(span) || followedBy(plain, span.end, FOLLOWER_TRAPS, 1) || followedBy(plain, span.end, POLICY_FOLLOWER_TRAPS, 1)) continue;
    out.push({ ...span, kind: 'program' });
  }
  for (const span of measureTargets(plain, locale === 'fr' ? 'fr' : 'en')) if (!overlaps(span)) out.push({ ...span, kind: 'object' });
  return dedupe(out);
}

const A_AN = phraseSet(['a', 'an']);

function determinedWithin(plain: string, start: number, dets: ReadonlySet<string>): boolean {
  const words = wordsBefore(plain, start, 5).map((w) => w.replace(/\u2019/g, "'").replace(/-/g, ' '));
  for (let skip = 0; skip <= 2 && skip < words.length; skip++) {
    const upto = words.length - skip;
    for (let n = 1; n <= 2 && n <= upto; n++) {
      if (dets.has(words.slice(upto - n, upto).join(' '))) return true;
    }
  }
  return false;
}

// "policy team", "budget office", "program staff": people and places, not the policy.
const POLICY_FOLLOWER_TRAPS = phraseSet([
  'team', 'teams', 'analyst', 'analysts', 'advisor', 'advisors', 'adviser', 'branch', 'division', 'unit', 'work', 'shop',
  'folks', 'people', 'colleagues', 'lead', 'manager', 'director', 'development', 'conference', 'forum', 'school',
  'degree', 'student', 'students', 'course', 'class', 'research', 'writing', 'wonk', 'wonks', 'nerd', 'nerds', 'circles',
  'community', 'experts', 'office', 'staff', 'lockup', 'officer', 'officers', 'area', 'areas', 'areas', 'sprint', 'hackathon',
  'equipe', 'analyste', 'analystes', 'conseiller', 'conseillere', 'direction', 'bureau', 'collegues', 'template',
  'templates', 'spreadsheet', 'spreadsheets', 'tracker', 'tool', 'tools', 'app', 'deck', 'slides', 'doc', 'document',
  'documents', 'form', 'forms', 'gabarit', 'modele', 'chiffrier', 'outil', 'formulaire',
]);

function qualified(plain: string, m: Span): boolean {
  for (const q of QUALIFIERS.findIn(plain)) {
    if (q.end < m.start - 40 || q.start > m.end + 30) continue;
    if (q.start >= m.start && q.start < m.end) continue;
    if (foreign(plain, q.start) || foreignAfter(plain, q.end)) continue;
    return true;
  }
  return false;
}

export type EvalKind = 'negative' | 'decision-praise' | 'generic-praise';
export interface Evaluation extends Span {
  kind: EvalKind;
  /** Scare quotes: the author mocking the word, even after "the ministry calls it…". */
  quoted?: boolean;
}

// "Garbage", "trash", "rubbish" name the waste when a service, a schedule or a sign follows ("garbage
// pickup", "trash day", "Garbage = municipal", "garbage goes out Tuesday"); a verdict has none ("it's garbage").
const WASTE_WORDS = /^(?:garbage|trash|rubbish)$/;
const WASTE_TOPIC_AFTER =
  /^\s*(?:[=→]|->|(?:and|&)\s+(?:recycling|compost|green\s+bin)|(?:collection|collections|pick-?up|pickups|day|days|night|bins?|bags?|cans?|carts?|trucks?|tags?|stickers?|service|services|removal|disposal|schedule|fees?|collectors?|chutes?|dump|goes|go|gets\s+(?:picked|collected)|is\s+(?:collected|picked|municipal|a\s+municipal|a\s+city|up\s+to)|are\s+(?:collected|picked))(?![\p{L}]))/u;
const NO_DUTY_BEFORE = /(?:doesn't|does not|don't|do not|won't|will not|didn't|did not|never) $/;

export function evaluationsIn(unit: Unit): Evaluation[] {
  const out: Evaluation[] = [];
  for (const m of EVALUATIONS.find(unit)) {
    let kind: EvalKind = m.classes.has('negative') ? 'negative' : m.classes.has('decision') ? 'decision-praise' : 'generic-praise';
    if (kind === 'generic-praise') {
      // "Amazing day at Queen's Park", « excellente journée » : the praise is for an event.
      const next = wordsAfter(unit.plain, m.end, 2).filter((w) => !SMALL_WORDS.has(w));
      if (next.length && EVENT_NOUNS.has(next[0]!)) continue;
    }
    // "Great work everyone 🙃", "Love how they 'modernized' it /s": praise that means the opposite.
    if (kind !== 'negative' && ironicAfter(unit, m.end)) kind = 'negative';
    // "Garbage collection is up to your city", "Trash = municipal": the waste itself, not a verdict.
    if (kind === 'negative' && WASTE_WORDS.test(unit.plain.slice(m.start, m.end)) && WASTE_TOPIC_AFTER.test(unit.plain.slice(m.end, m.end + 30))) continue;
    // "She doesn't have to pay it back": a duty denied describes the rule, it does not tell government what to do.
    if (kind === 'negative' && NO_DUTY_BEFORE.test(unit.plain.slice(Math.max(0, m.start - 12), m.start)) && /^(?:has|have) to /.test(unit.plain.slice(m.start, m.end))) continue;
    out.push({ start: m.start, end: m.end, kind });
  }
  for (const q of scareQuotes(unit)) if (!out.some((e) => e.start < q.end && q.start < e.end)) out.push({ ...q, kind: 'negative', quoted: true });
  return out.sort((a, b) => a.start - b.start);
}

/** An irony sign after `pos`: an eye-roll emoji, "/s", "yeah right", or a closing "…not." */
function ironicAfter(unit: Unit, pos: number): boolean {
  const rest = unit.plain.slice(pos);
  return IRONY_SIGNS.test(unit.text.slice(pos)) || IRONY.test(rest) || NOT_END.test(rest);
}
const NOT_END = /(?<![\p{L}])not[.!\s]*$/u;

/** Government words in scare quotes: "these new 'streamlined' rules", « la “modernisation” ». */
export function scareQuotes(unit: Unit): Span[] {
  const p = unit.plain;
  const out: Span[] = [];
  for (let i = 0; i < p.length; i++) {
    const q = p[i]!;
    if (!QUOTE_CHARS.includes(q)) continue;
    // An opening quote follows a space or the start; an apostrophe inside a word does not.
    if (i > 0 && /[\p{L}\p{N}]/u.test(p[i - 1]!)) continue;
    const close = p.indexOf(q, i + 1);
    if (close < 0 || close - i > 40) continue;
    if (close + 1 < p.length && /[\p{L}\p{N}]/u.test(p[close + 1]!)) continue;
    const inner = p.slice(i + 1, close).trim();
    const words = inner.split(/\s+/);
    if (words.length > 3 || !inner) continue;
    const hit = EUPHEMISMS.findIn(inner);
    if (hit.length && hit[0]!.start === 0 && hit[hit.length - 1]!.end === inner.length) out.push({ start: i, end: close + 1 });
    i = close;
  }
  return out;
}

function compatible(t: Target, e: Evaluation): boolean {
  if (e.kind === 'negative') return true;
  // Praise of "the new portal" is how people share their own team's work.
  if (t.kind === 'ministry' || t.kind === 'soft') return false;
  if (t.kind === 'loose') return e.kind === 'decision-praise';
  // A person's "amazing speech" is courtesy; a program "is amazing" is what official accounts say of their own services.
  if (e.kind === 'generic-praise') return t.kind !== 'person' && t.kind !== 'program';
  return true;
}

export interface Opinion extends Span {
  target: Target | null;
  evaluation: Evaluation;
  /** Tied to the author's own work ("in my ministry", "as someone who works on this"). */
  ownWork: boolean;
  /** Someone else's opinion reported or shared ("critics say…"). */
  reported: boolean;
}

interface Known {
  opinions: Opinion[];
  /** The answer read the sentence before: it is read again each time the answer is given (see opinionsIn). */
  readsBefore: boolean;
}
const cache = new WeakMap<Unit, Known>();
const looseCache = new WeakMap<Unit, Known>();
const LOOSE_LINKS = phraseSet(['of', 'de', 'du', 'des', "d'"]);
const LOOSE_OWNERS = new Set([...OWNER_NOUNS_AFTER, 'my', 'mon', 'ma', 'mes', 'his', 'her', 'son', 'sa', 'ses']);
// A private owner or setting just after the policy word: "the new rule at my gym", « la règle du hockey mineur ».
function ownedAfter(plain: string, t: Span): boolean {
  if (wordsAfter(plain, t.end, 4).some((w) => LOOSE_OWNERS.has(w.replace(/\u2019/g, "'")))) return true;
  const after = plain.slice(t.end, t.end + 30);
  return PRIVATE_DECIDERS.test(after);
}
// Visits and thanks: courtesy to a minister, not an opinion of them.
const COURTESY = new WordLexicon({ term: [
  'for visiting', 'for joining', 'for attending', 'for coming', 'for speaking', 'for stopping by', 'for the visit',
  'pour sa visite', 'pour leur visite', "d'etre venu", "d'etre venue", "d'avoir visite", 'pour sa presence',
] });
// Thanks and pride in the work of one's team: praise of colleagues' public work, not an opinion of policy.
export const TEAM_PRAISE = new WordLexicon({ term: [
  'thanks to the team', 'thanks to my team', 'thanks to our team', 'thank you to the team', 'huge thanks', 'big thanks',
  'shoutout to', 'shout out to', 'kudos to the team', 'proud of my team', 'proud of our team', 'proud of the team',
  'proud to have worked', 'proud to share', 'my team', 'our team', 'the team behind', "merci a l'equipe",
  'merci a mon equipe', 'merci a notre equipe', 'merci a mes collegues', 'un grand merci', "bravo a l'equipe",
  'mon equipe', 'notre equipe', 'fier de mon', 'fiere de mon', 'fier de notre', 'fiere de notre', "l'equipe derriere",
] });
// "Best decision I ever made": the author's own decision.
const OWN_DECISION = phraseSet(['i', "i've", 'ive', 'we', "we've", 'of', 'que', "j'ai", 'jai', 'de']);

/** "Best decision I ever made", « la meilleure décision de ma vie »: a decision of the author's. */
function ownDecision(plain: string, e: Span): boolean {
  const next = wordsAfter(plain, e.end, 2);
  return next.length > 0 && OWN_DECISION.has(next[0]!) && (next[0] !== 'of' && next[0] !== 'de' ? true : /^(?:my|ma|mon|our|notre)$/.test(next[1] ?? ''));
}

export function opinions(unit: Unit): Opinion[] {
  return opinionsIn(unit, false);
}

// A referee, a coach, a company, the family: deciders whose decisions are not policy, whatever the post says.
const PRIVATE_DECIDERS = new WordLexicon({ term: [...PRIVATE_DECIDERS_EN, ...PRIVATE_DECIDERS_FR] });

/**
 * Opinions of a measure named by what it is ("the new rule means clients wait three weeks", « la pire
 * décision »), with no government word in sight: policy only in a post where the author says,
 * in some sentence, that this is their work (policy-commentary/duty-context combines the two).
 * The strict opinions are left out; they are opinion's.
 */
export function looseOpinions(unit: Unit): Opinion[] {
  if (PRIVATE_DECIDERS.test(unit.plain)) return [];
  const strict = opinionsIn(unit, false);
  return opinionsIn(unit, true).filter((o) => !o.reported && !strict.some((s) => s.start < o.end && o.start < s.end));
}

function opinionsIn(unit: Unit, loose: boolean): Opinion[] {
  const known = (loose ? looseCache : cache).get(unit);
  if (known) {
    // Several rules ask about the same unit: one whose answer then depends on the sentence before must
    // read it too, or the engine would reuse that rule's answer after another sentence.
    if (known.readsBefore) void unit.before;
    return known.opinions;
  }
  let read = false;
  const opinions = computeOpinions(watchingBefore(unit, () => (read = true)), loose);
  (loose ? looseCache : cache).set(unit, { opinions, readsBefore: read });
  return opinions;
}

function computeOpinions(unit: Unit, loose: boolean): Opinion[] {
  const out: Opinion[] = [];
  const evals = evaluationsIn(unit);
  if (evals.length) {
    const targets = targetsIn(unit.plain, unit.folded, unit.locale);
    for (const t of partyObjects(unit)) if (!targets.some((x) => x.start < t.end && t.start < x.end)) targets.push({ ...t, kind: 'object' });
    // "These new rules", « les nouvelles règles »: policy only in a sentence about government or the author's work.
    const soft = softTargets(unit.plain).filter((t) => !targets.some((x) => x.start < t.end && t.start < x.end) && !ownedAfter(unit.plain, t));
    if (soft.length && (aboutGovernment(unit.plain) || (!!unit.before && aboutGovernment(plainBefore(unit))) || ownWork(unit))) {
      for (const t of soft) targets.push({ ...t, kind: 'soft' });
    }
    // "The permit system", « le régime de permis »: the public domain says whose it is.
    for (const t of compoundTargets(unit.plain, unit.locale)) {
      if (targets.some((x) => x.start < t.end && t.start < x.end) || ownedAfter(unit.plain, t) || namedEmployer(unit.folded, t.start, t.end)) continue;
      targets.push({ ...t, kind: 'soft' });
    }
    if (loose) {
      const known = (x: Span) => targets.some((t) => t.start < x.end && x.start < t.end);
      for (const t of softTargets(unit.plain, true)) {
        // "the order of the speakers", « la pire décision de ma vie »: nobody's policy.
        const next = wordsAfter(unit.plain, t.end, 1);
        if (next[0] && LOOSE_LINKS.has(next[0])) continue;
        if (!known(t) && !ownedAfter(unit.plain, t)) targets.push({ ...t, kind: 'loose' });
      }
    }
    targets.sort((a, b) => a.start - b.start);
    let known: { work: boolean; reported: boolean; courtesy: boolean; team: boolean } | undefined;
    const ctx = () =>
      (known ??= {
        work: ownWork(unit),
        reported: REPORTED.test(unit.plain),
        courtesy: COURTESY.test(unit.plain),
        team: TEAM_PRAISE.test(unit.plain) || TEAM_PRAISE.test(plainBefore(unit)),
      });
    const words = TARGET_WORDS.findIn(unit.plain);
    const keep = (pos: number) => words.some((w) => w.start === pos && !w.classes.has('clergy'));
    const keepEnd = (pos: number) => words.some((w) => w.end === pos && !w.classes.has('clergy')) || targets.some((t) => t.end === pos);
    for (const e of evals) {
      // Praise of one's own decision or of the team's work is no opinion (tested below, once a target
      // is found: `team` reads the sentence before, and a rule reading it is reused after no other).
      const praise = e.kind !== 'negative';
      // "Terrible storms across the province": the word qualifies the storms, not the province;
      // likewise « des expulsions injustes » in French, where the adjective follows its noun.
      if (unit.locale === 'en' && attributive(unit.plain, e.start, e.end, keep)) continue;
      // "Since everyone's worried about the new grant: …": the readers' worry, told to answer it.
      if (OTHERS_FEEL.test(unit.plain.slice(Math.max(0, e.start - 48), e.start))) continue;
      if (unit.locale === 'fr' && !FR_VERBS.has(unit.plain.slice(e.start, e.end)) && postposed(unit.plain, e.start, e.end, keepEnd)) continue;
      let best: Target | undefined;
      let bestGap = Infinity;
      for (const t of targets) {
        if (!compatible(t, e)) continue;
        if (t.start < e.end && e.start < t.end) continue;
        if (t.kind === 'person' && e.kind !== 'negative' && ctx().courtesy) continue;
        const g = e.start >= t.end ? e.start - t.end : t.start >= e.end ? t.start - e.end : 0;
        // A program is often just the topic ("I process OSAP files; the usual mistake is ridiculous"): only close by.
        if (g > (t.kind === 'program' ? 30 : e.start >= t.end ? 70 : 50)) continue;
        if (g < bestGap) {
          best = t;
          bestGap = g;
        }
      }
      if (best && praise && (ownDecision(unit.plain, e) || ctx().team)) continue;
      if (best && !out.some((o) => o.target === best)) {
        const far = gap(best, e) > 45;
        out.push({
          start: far ? e.start : Math.min(best.start, e.start),
          end: far ? e.end : Math.max(best.end, e.end),
          target: best,
          evaluation: e,
          ownWork: ctx().work,
          reported: (ctx().reported || quotedAt(unit.folded, e)) && !e.quoted,
        });
      }
    }
    // "The new RTO policy was announced today. It's ridiculous." Only a short sentence, or one opening
    // on an anaphor or the evaluation, can be such an answer: the sentence before is read only then.
    let first: string[] | undefined;
    let letters = -1;
    const answers = (e: Evaluation) => {
      first ??= wordsAfter(unit.plain, 0, 2);
      if (letters < 0) letters = letterUnits(unit.plain);
      const evalLetters = letterUnits(unit.plain, e.start, e.end);
      const short = letters - evalLetters <= 12;
      const opens = first.length > 0 && (ANAPHORS.has(first[0]!) || ANAPHORS.has(first.join(' ')) || unit.plain.trimStart().startsWith(unit.plain.slice(e.start, e.end)));
      return short || opens;
    };
    if (out.length === 0 && targets.length === 0 && evals.some((e) => (e.kind === 'negative' || !ownDecision(unit.plain, e)) && answers(e)) && unit.before) {
      const beforePlain = plainBefore(unit);
      const prev = targetsIn(beforePlain, unit.before, unit.locale);
      if (prev.length) {
        for (const e of evals) {
          if (e.kind !== 'negative' && (ctx().team || ownDecision(unit.plain, e))) continue;
          if (!answers(e)) continue;
          if (!prev.some((t) => compatible(t, e))) continue;
          out.push({ start: e.start, end: e.end, target: null, evaluation: e, ownWork: ctx().work, reported: ctx().reported || quotedAt(unit.folded, e) });
          break;
        }
      }
    }
  }
  return dedupe(out);
}

