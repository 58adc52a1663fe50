// The voice of a program, found once per sentence for the speaking-for-government rules: the
// administrative "we" acting on a public object ("we're extending the deadline", « on change les
// critères d'admissibilité »), a promised remedy ("we'll have the backlog cleared by spring"), a
// stated position ("our position is…", "ministry policy is…"), an "officially confirmed" future of a
// public thing ("I can officially confirm the Timmins office will stay open"), and "we at Ontario
// Parks". Each needs a public object or body: "we're extending our vacation" says nothing.
import { plainBefore } from '../../text/unit.js';
import type { Span, Unit } from '../../types.js';
import {
  ADMIN_SUBJECTS_EN, ADMIN_FILLERS_EN, ADMIN_VERBS_EN, REMEDY_VERBS_EN, ADMIN_OBJECTS_EN, SERVICE_OBJECTS_EN, FUTURE_EN,
  PROMISE_CUES_EN, INSTITUTIONS_EN, POSITION_CLAIMS_EN, OFFICIAL_CONFIRM_EN, GOV_FUTURE_EN, CHANNEL_INVITES_EN, CLIENT_MATTERS_EN,
  WEAK_OBJECTS_EN, PUBLIC_CONTEXT_EN, BEHALF_EN, RELAY_EN, HEADS_EN, REASSURANCE_EN,
} from '../../lexicons/en/speaking-administration.js';
import {
  ADMIN_SUBJECTS_FR, ADMIN_FILLERS_FR, ADMIN_VERBS_FR, REMEDY_VERBS_FR, ADMIN_OBJECTS_FR, SERVICE_OBJECTS_FR, FUTURE_FR,
  PROMISE_CUES_FR, INSTITUTIONS_FR, POSITION_CLAIMS_FR, OFFICIAL_CONFIRM_FR, GOV_FUTURE_FR, CHANNEL_INVITES_FR, CLIENT_MATTERS_FR,
  WEAK_OBJECTS_FR, PUBLIC_CONTEXT_FR, BEHALF_FR, RELAY_FR, HEADS_FR, REASSURANCE_FR,
} from '../../lexicons/fr/speaking-administration.js';
import { phrasePieces, lexicon } from '../../match.js';
import { Memo, WordLexicon, phraseSet, wordsAfter, wordsBefore, type WordMatch } from '../political/util.js';

// A denial is the disclaimer the guidelines ask for: "I'm not speaking on behalf of the ministry",
// « je (ne) parle pas au nom du ministère » (spoken French drops the « ne »). Read on the text
// just before the phrase.
export const DENIED = /\b(?:not|n't|never|no longer|pas|jamais|plus|aucunement)\s+(?:\w+\s+){0,2}$/;

type K =
  | 'subject' | 'future' | 'admin' | 'remedy' | 'object' | 'service' | 'cue' | 'institution' | 'position' | 'confirm'
  | 'govFuture' | 'weAt' | 'invite' | 'client' | 'weak' | 'context' | 'behalf' | 'relay' | 'head' | 'reassure';

const WORDS = new WordLexicon<K>({
  subject: [...ADMIN_SUBJECTS_EN, ...ADMIN_SUBJECTS_FR],
  future: [...FUTURE_EN, ...FUTURE_FR],
  admin: [...ADMIN_VERBS_EN, ...ADMIN_VERBS_FR],
  remedy: [...REMEDY_VERBS_EN, ...REMEDY_VERBS_FR],
  object: [...ADMIN_OBJECTS_EN, ...ADMIN_OBJECTS_FR],
  service: [...SERVICE_OBJECTS_EN, ...SERVICE_OBJECTS_FR],
  cue: [...PROMISE_CUES_EN, ...PROMISE_CUES_FR],
  institution: [...INSTITUTIONS_EN, ...INSTITUTIONS_FR],
  position: [...POSITION_CLAIMS_EN, ...POSITION_CLAIMS_FR],
  confirm: [...OFFICIAL_CONFIRM_EN, ...OFFICIAL_CONFIRM_FR],
  govFuture: [...GOV_FUTURE_EN, ...GOV_FUTURE_FR],
  invite: [...CHANNEL_INVITES_EN, ...CHANNEL_INVITES_FR],
  weak: [...WEAK_OBJECTS_EN, ...WEAK_OBJECTS_FR],
  context: [...PUBLIC_CONTEXT_EN, ...PUBLIC_CONTEXT_FR],
  behalf: [...BEHALF_EN, ...BEHALF_FR],
  relay: [...RELAY_EN, ...RELAY_FR],
  head: [...HEADS_EN, ...HEADS_FR],
  client: [...CLIENT_MATTERS_EN, ...CLIENT_MATTERS_FR],
  reassure: [...REASSURANCE_EN, ...REASSURANCE_FR],
  weAt: ['we at', 'here at', 'we here at', 'all of us at', 'nous au', 'nous a la', 'ici au', 'ici a la', 'chez nous au', 'nous, au'],
});
const FILLERS = phraseSet([...ADMIN_FILLERS_EN, ...ADMIN_FILLERS_FR]);
const POSSESSIVES = phraseSet(['our', 'my', 'nos', 'notre', 'mon', 'ma', 'mes', 'his', 'her', 'their', 'son', 'sa', 'ses', 'leur', 'leurs']);
// "we'll" and "well", "we're" and "were", "i'll" and "ill" share a key once the apostrophe is dropped.
const REAL_SUBJECT = /^(?:we(?:$|[\s'-])|our |the team|nous|on(?:$|\s)|notre |l'equipe|i(?:$|[\s'])|je |officially$|officiellement$)/;
const CLAUSE_BREAK = /[.!?;:\n]/;
// A minister of religion: the church, the wedding, the sermon around the "minister" (not a DM or a premier;
// not "mass", which is also "mass layoffs").
const FAITH =
  /\b(?:church|churches|parish|congregation|chapel|sermon|worship|wedding|funeral|choir|rev|reverend|pastor|sunday school|du culte|eglise|paroisse|chapelle|messe|sermon|culte|mariage|funerailles|chorale|pasteure?|(?:le|notre|du|au|monsieur le) cure|abbe)\b/;
// A break inside the answer after a reassurance opener ("to everyone asking: yes, …" may open with a colon or a comma).
const ANSWER_BREAK = /[.!?;:\n]|\s[\u2013\u2014-]\s/;
const LEADING_PUNCT = /^[\s,:\u2013\u2014-]+/;
// A commitment made in the program's name binds its future as "will" does.
const FUTURE_FILLERS = phraseSet([
  'will', 'going', 'gonna', 'allons', 'va', 'vont', 'committed', 'pledging', 'pledged', 'promising', 'vowing', 'engageons',
  'engage', 'engagee', 'engages', 'engagees', 'promettons',
]);
// A future right after a confirmed public thing ("the program will continue", « le programme sera reconduit »).
const FUTURE_WORDS = phraseSet(['will', "won't", 'wont', 'going', 'sera', 'seront', 'va', 'vont', 'ira', 'iront']);

/** A promised remedy needs a future: the commitment rule's trigger. */
export const FUTURE_TRIGGER = lexicon([
  ...FUTURE_EN, ...FUTURE_FR, 'will', 'going to', 'gonna', 'allons', 'vais', 'vont', 'va',
  // The commitment words FUTURE_FILLERS reads as a future.
  'committed', 'pledging', 'pledged', 'promising', 'vowing', 'engageons', 'engage', 'engagee', 'engages', 'engagees', 'promettons',
]);

/** What an act, a position, a confirmation, a reassurance or an "on behalf" found by adminActs()
 * cannot do without: a word of one of these lists, as literal trigger pieces bounded at the phrases'
 * edges, as WordLexicon.pieces() gives them (a match starts and ends on a whole token; one glued by an
 * apostrophe is read by the index's second scan). Unbounded, "end" woke official-voice in "weekend",
 * "spend" and "friend": 52 of its 236 runs over 60,000 characters of harmless posts. */
export const ADMIN_TRIGGER_WORDS = phrasePieces(
  [
    ...ADMIN_VERBS_EN, ...ADMIN_VERBS_FR, ...RELAY_EN, ...RELAY_FR, ...INSTITUTIONS_EN, ...INSTITUTIONS_FR, ...POSITION_CLAIMS_EN,
    ...POSITION_CLAIMS_FR, ...OFFICIAL_CONFIRM_EN, ...OFFICIAL_CONFIRM_FR, ...REASSURANCE_EN, ...REASSURANCE_FR, ...BEHALF_EN, ...BEHALF_FR,
  ],
  'both',
);

/** What a help-desk invitation ('channel') or an institution's sign-off ('signature') cannot do without (bounded
 * pieces, as ADMIN_TRIGGER_WORDS). */
export const CHANNEL_OR_SIGNATURE_WORDS = phrasePieces([...CHANNEL_INVITES_EN, ...CHANNEL_INVITES_FR, ...INSTITUTIONS_EN, ...INSTITUTIONS_FR], 'both');

export interface AdminAct extends Span {
  kind: 'act' | 'promise' | 'position' | 'confirm' | 'channel' | 'signature' | 'behalf' | 'reassure';
}

/** The acts of a sentence, and, when the answer read the sentence before, what it found there. */
interface Known {
  acts: AdminAct[];
  clientBefore?: boolean;
}

const memo = new Memo<Known>(1000);

const CLIENT = new WordLexicon({ term: [...CLIENT_MATTERS_EN, ...CLIENT_MATTERS_FR] });

/** "— Ministry of Transportation", "- MTO" closing the post: signed by the institution. */
function signedBy(folded: string, m: Span): boolean {
  let i = m.start - 1;
  while (i >= 0 && (folded[i] === ' ' || folded[i] === '\t')) i--;
  if (i < 0 || !/[-~]/.test(folded[i]!) || (i > 0 && /[\p{L}\p{N}]/u.test(folded[i - 1]!))) return false;
  // The sign-off runs to the end: a name of a few words, no sentence after it.
  const rest = folded.slice(m.end).trim();
  if (rest.length > 60 || /[.!?:;]\s*\S/.test(rest) || rest.split(/\s+/).length > 8) return false;
  // After a finished message ("Drive safe! — MTO") or on its own line, whatever follows the name;
  // mid-line after a word only when the name ends the sentence: "Senior Policy Advisor — Ministry
  // of the Environment, Conservation and Parks (Toronto, hybrid)" is a job title and its employer.
  let j = i - 1;
  while (j >= 0 && (folded[j] === ' ' || folded[j] === '\t')) j--;
  return j < 0 || /(?:[.!?)\]\n]|\p{Extended_Pictographic})$/u.test(folded.slice(Math.max(0, j - 1), j + 1)) || /^[.!?]?$/.test(rest);
}

function clean(plain: string, from: number, to: number): boolean {
  return to >= from && !CLAUSE_BREAK.test(plain.slice(from, to));
}

/** Only filler words between `from` and `to` ("will not be", « ne … pas »). */
function onlyFillers(plain: string, from: number, to: number): { ok: boolean; future: boolean } {
  const between = plain.slice(from, to).split(/[\s,'-]+/).filter(Boolean);
  if (between.length > 4) return { ok: false, future: false };
  return { ok: between.every((w) => FILLERS.has(w)), future: between.some((w) => FUTURE_FILLERS.has(w)) };
}

export function adminActs(unit: Unit): AdminAct[] {
  const key = unit.locale + '\u0001' + unit.plain;
  const known = memo.get(key);
  // Keyed by the sentence alone: an answer that read the sentence before holds only for the same finding there.
  const clientBefore = () => CLIENT.test(plainBefore(unit));
  if (known && (known.clientBefore === undefined || known.clientBefore === clientBefore())) return known.acts;
  let readBefore: boolean | undefined;
  const p = unit.plain;
  const found = WORDS.findIn(p, unit.text, unit.masked);
  const out: AdminAct[] = [];
  const has = (m: WordMatch<K>, k: K) => m.classes.has(k);
  const cue = found.some((m) => has(m, 'cue'));
  // "The office", "the rules" are public only in a sentence about government.
  const publicContext = found.some((m) => has(m, 'context') || has(m, 'institution'));
  // A service that is also a weak word ("the office", "le service") is public with a deadline too ("by Monday", « d'ici jeudi »).
  const isObject = (m: WordMatch<K>) =>
    has(m, 'object') || has(m, 'client') || ((has(m, 'service') || has(m, 'weak')) && (publicContext || !has(m, 'weak'))) || (has(m, 'service') && cue);
  for (let i = 0; i < found.length; i++) {
    const s = found[i]!;
    // "Our team will…" is read whole as a help-desk phrase; before a verb it is a subject and a future.
    const teamFuture = has(s, 'invite') && /^(?:our (?:team|staff|office) will|notre equipe va)$/.test(p.slice(s.start, s.end));
    if (has(s, 'subject') || has(s, 'future') || teamFuture) {
      const subject = p.slice(s.start, s.end);
      if (!REAL_SUBJECT.test(subject) || (/^on(?:$|\s)/.test(subject) && unit.locale !== 'fr')) continue;
      const singular = /^(?:i|je)\b/.test(subject);
      // The verb: the next match after the subject, with only "will not be"-like words in between
      // ("our team will" is also a help-desk phrase starting at the same word; it is not the verb).
      const v = found.slice(i + 1).find((m) => m.start >= s.end);
      if (!v || !(has(v, 'admin') || has(v, 'remedy')) || v.start - s.end > 30) continue;
      const gap = onlyFillers(p, s.end, v.start);
      if (!gap.ok) continue;
      const future = has(s, 'future') || teamFuture || gap.future;
      // The object: a public thing after the verb, in the same clause, not "our vacation".
      const o = found.slice(i + 2).find((m) => isObject(m) && m.start - v.end <= 60);
      if (!o || !clean(p, v.end, o.start)) continue;
      const before = wordsBefore(p, o.start, 2);
      if (!has(o, 'client') && before.some((w) => POSSESSIVES.has(w))) continue;
      if (has(v, 'remedy') && future && (has(o, 'service') || has(o, 'client') || cue)) out.push({ start: s.start, end: o.end, kind: 'promise' });
      else if (!singular && has(v, 'admin') && (has(o, 'object') || (publicContext && has(o, 'weak')))) out.push({ start: s.start, end: o.end, kind: 'act' });
    } else if (has(s, 'position')) {
      // "Our position is…" about a public thing, named before or after ("no exemptions for the program, that is our position").
      if (found.some((m) => m !== s && (has(m, 'object') || has(m, 'institution')))) out.push({ start: s.start, end: s.end, kind: 'position' });
    } else if (has(s, 'confirm')) {
      const f = found.find((m) => m.start >= s.end && has(m, 'govFuture') && clean(p, s.end, m.start));
      if (f) out.push({ start: s.start, end: f.end, kind: 'confirm' });
      else {
        // "I can confirm the program will continue": a public thing, then a future, in the same clause.
        const o = found.find((m) => m.start >= s.end && m.start - s.end <= 40 && (has(m, 'object') || has(m, 'institution')) && clean(p, s.end, m.start));
        const next = o ? wordsAfter(p, o.end, 3) : [];
        const k = next.findIndex((w) => FUTURE_WORDS.has(w));
        const own = o ? wordsBefore(p, o.start, 2).some((w) => POSSESSIVES.has(w)) : true;
        if (o && !own && k >= 0 && clean(p, o.end, p.indexOf(next[k]!, o.end))) out.push({ start: s.start, end: o.end, kind: 'confirm' });
      }
    } else if (has(s, 'reassure')) {
      // "Rest assured, nobody is losing their benefits": the program answering the public.
      // The program's thing in the answer's first clause: "For those asking, they're the family on Main — their
      // refugee claim is pending" answers who someone is, and the claim after the dash is another clause.
      const o = found.find((m) => m.start >= s.end && m.start - s.end <= 80 && (has(m, 'object') || has(m, 'client')) && !ANSWER_BREAK.test(p.slice(s.end, m.start).replace(LEADING_PUNCT, '')));
      if (o && (has(o, 'client') || !wordsBefore(p, o.start, 2).some((w) => POSSESSIVES.has(w) && w !== 'their' && w !== 'leur' && w !== 'leurs' && w !== 'ses'))) {
        out.push({ start: s.start, end: o.end, kind: 'reassure' });
      }
    } else if (has(s, 'invite')) {
      // "Questions about your grant? DM us": a program's help desk.
      if (found.some((m) => has(m, 'client')) || (readBefore ??= clientBefore())) out.push({ start: s.start, end: s.end, kind: 'channel' });
    } else if (has(s, 'behalf')) {
      // "On behalf of the team at MTO", « au nom de l'équipe du ministère »; denied, it is a disclaimer.
      if (DENIED.test(p.slice(Math.max(0, s.start - 40), s.start))) continue;
      const inst = found.find((m) => m.start >= s.end && m.start - s.end <= 40 && has(m, 'institution') && clean(p, s.end, m.start));
      if (inst) out.push({ start: s.start, end: inst.end, kind: 'behalf' });
    } else if (has(s, 'relay')) {
      // "The minister has asked me to pass along…", « la ministre m'a demandé de vous dire… ».
      const head = found.slice(0, i).reverse().find((m) => has(m, 'head') && s.start - m.end <= 30 && clean(p, m.end, s.start));
      // "Our minister at church asked me to run the sound board", « notre ministre du culte m'a demandé de… »:
      // a minister of religion, in a sentence with no word of government.
      if (head && /minist/.test(p.slice(head.start, head.end)) && FAITH.test(p) && !publicContext) continue;
      if (head) out.push({ start: head.start, end: s.end, kind: 'act' });
    } else if (has(s, 'institution') && signedBy(unit.folded, s)) {
      out.push({ start: s.start, end: s.end, kind: 'signature' });
    } else if (has(s, 'institution') && /(?:^|\s)(?:at|chez|au|a la)\s+$/.test(p.slice(Math.max(0, s.start - 8), s.start)) && /^,?\s+(?:we(?!\s+(?:get|got|are|were)\s+asked\b)|nous|on(?!\s+(?:me|te)\b|\s+[mt]['\u2019]))\b/.test(p.slice(s.end, s.end + 20))) {
      // "At OMAFRA, we believe…": the institution speaking. Not « agronome au ministère, on me demande… »
      // nor "at OMAFRA, we get asked…": people asking the author, not the ministry's « we ».
      out.push({ start: s.start, end: s.end, kind: 'act' });
    } else if (has(s, 'weAt')) {
      const inst = found[i + 1];
      if (inst && has(inst, 'institution') && inst.start - s.end <= 2) out.push({ start: s.start, end: inst.end, kind: 'act' });
    }
  }
  memo.set(key, readBefore === undefined ? { acts: out } : { acts: out, clientBefore: readBefore });
  return out;
}
