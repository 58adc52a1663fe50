// A party's policy as an object of opinion: "the Liberals' promise to cancel Highway 413", "their
// health plan", « la plateforme du NPD », « leurs promesses ». Commenting publicly on a matter that a
// party's platform deals with is what PSOA s. 72 calls duty-related political comment when it
// touches the author's work, so these are policy targets as well as partisan ones.
import type { Span, Unit } from '../../types.js';
import { beforeNamesTarget, signals } from '../political/signals.js';
import { phraseSet, wordsAfter, wordsBefore } from '../political/util.js';
import { codePointAt, isLetter } from '../../lexicon-index.js';

const OBJECTS = phraseSet([
  'plan', 'plans', 'platform', 'promise', 'promises', 'pledge', 'pledges', 'proposal', 'proposals', 'policy', 'policies',
  'budget', 'idea', 'ideas', 'scheme', 'agenda', 'approach', 'vision', 'record', 'costing', 'numbers', 'math', 'strategy',
  'plateforme', 'promesse', 'promesses', 'engagement', 'engagements', 'proposition', 'propositions', 'programme', 'bilan',
  'idee', 'idees', 'chiffres', 'cadre', 'strategie',
]);
const OF = phraseSet(['du', 'des', 'de', 'de la', "de l'", 'of the', 'of']);
const THEIR = phraseSet(['their', 'leur', 'leurs', 'his', 'her', 'son', 'sa', 'ses']);
const THEIR_LONGEST = Math.max(...[...THEIR].map((w) => w.length));
// Words that start a clause after a party ("the NDP says the plan…"), so no object follows as a compound.
const NOT_TOPICS = phraseSet([
  'says', 'said', 'say', 'wants', 'want', 'will', 'would', 'has', 'have', 'had', 'is', 'are', 'was', 'were', 'and', 'or',
  'but', 'to', 'for', 'on', 'in', 'at', 'with', 'by', 'from', 'of', 'the', 'a', 'an', 'dit', 'veut', 'va', 'a', 'est',
  'sont', 'et', 'ou', 'mais', 'pour', 'sur', 'dans', 'avec', 'par', 'de', 'du', 'des', 'le', 'la', 'les', 'un', 'une',
]);

/** End of an object noun within `k` words after `pos` (skipping modifiers: "their new health plan"), or -1. */
function objectAfter(plain: string, pos: number, k: number): number {
  let at = pos;
  for (const w of wordsAfter(plain, pos, k)) {
    const i = plain.indexOf(w, at);
    at = i + w.length;
    if (OBJECTS.has(w.replace(/^'s?$/, ''))) return at;
  }
  return -1;
}

export function partyObjects(unit: Unit): Span[] {
  const sig = signals(unit);
  const named = [...sig.parties, ...sig.leaders];
  const p = unit.plain;
  const out: Span[] = [];
  for (const n of named) {
    // "the NDP's plan", "the Liberals' promise", "Ford's housing plan", "the Liberal platform".
    if (OBJECTS.has(p.slice(n.start, n.end).split(/\s+/).pop() ?? '')) {
      out.push({ start: n.start, end: n.end });
      continue;
    }
    if (/^'s?\b|^s'/.test(p.slice(n.end, n.end + 2)) || p[n.end] === "'") {
      const end = objectAfter(p, n.end, 4);
      if (end > 0) {
        out.push({ start: n.start, end });
        continue;
      }
    }
    // "the NDP health plan", "the Liberal housing platform": the party as a modifier, one topic word between.
    const next = wordsAfter(p, n.end, 2);
    if (next.length && !NOT_TOPICS.has(next[0]!)) {
      const end = objectAfter(p, n.end, 2);
      if (end > 0) {
        out.push({ start: n.start, end });
        continue;
      }
    }
    // « la plateforme du NPD », « le plan des libéraux », « le plan santé du NPD ».
    const prev = wordsBefore(p, n.start, 3);
    for (let i = prev.length - 2; i >= 0; i--) {
      const of = prev.slice(i + 1).join(' ').replace(/ l'$/, " l'");
      const topicOf = i === prev.length - 3 && OF.has(prev[prev.length - 1]!) && !NOT_TOPICS.has(prev[i + 1]!);
      if (OBJECTS.has(prev[i]!) && (OF.has(of) || topicOf)) {
        const start = p.lastIndexOf(prev[i]!, n.start);
        if (start >= 0) out.push({ start, end: n.end });
        break;
      }
    }
  }
  // "Their health plan is the only one that adds up" right after the party was named. The sentence
  // before is read only for such a phrase (a rule reading it is not reused after another sentence).
  const theirs: Span[] = [];
  for (let i = 0; i < p.length; ) {
    // The runs of letters and apostrophes, as /[\p{L}']+/gu finds them, by table: the pattern made a
    // match per word of every sentence with an evaluation, where only a few short words count.
    const start = i;
    for (let cp = codePointAt(p, i); i < p.length && (cp === 39 || isLetter(cp)); cp = codePointAt(p, i)) i += cp > 0xffff ? 2 : 1;
    if (i === start) {
      i += codePointAt(p, i) > 0xffff ? 2 : 1;
      continue;
    }
    if (i - start > THEIR_LONGEST || !THEIR.has(p.slice(start, i))) continue;
    const end = objectAfter(p, i, 3);
    if (end > 0) theirs.push({ start, end });
  }
  if (theirs.length && (named.length || beforeNamesTarget(unit))) out.push(...theirs);
  return out;
}
