// Tying one's public-service position to political activity, which no public servant may do (PSOA
// Part V): the post names the author's job ("as a public servant", "I work for the Ministry of X",
// "en tant que fonctionnaire") AND somewhere in the same post calls to vote or campaign for a party
// or candidate, or takes a side on one. Also: partisan content said to be posted from work
// equipment or on work time (never allowed in the workplace). Text scope, because the job and the
// partisan line are often sentences apart; what each sentence holds is cached with the sentence
// (incremental), so a keystroke re-reads only the sentence it touched.
import { defineRule } from '../../define-rule.js';
import type { Hit, Span, Unit } from '../../types.js';
import {
  PUBLIC_SERVANT_EN, POSITION_ANCHORS_EN, WORK_ANCHORS_EN, EMPLOYER_EN, ROLES_EN, OWN_MINISTRY_EN, WORK_EQUIPMENT_EN,
} from '../../lexicons/en/political-position.js';
import {
  PUBLIC_SERVANT_FR, SELF_FRAMES_FR, POSITION_ANCHORS_FR, WORK_ANCHORS_FR, EMPLOYER_FR, ROLES_FR, OWN_MINISTRY_FR,
  WORK_EQUIPMENT_FR,
} from '../../lexicons/fr/political-position.js';
import { CALL_TRIGGERS, SIGNAL_PIECES, callsToAct, holdsAny, partisanSignals, signals, type LiteralGate } from './signals.js';
import { keyPieces } from '../../match.js';
import { piecesIn, prefilterEnabled } from '../../trigger-index.js';
import { WordLexicon, dedupe, phraseSet, wordsBefore } from './util.js';

const SELF_FRAMES = phraseSet([
  'as a', 'as an', 'as', "i'm a", 'i am a', "i'm an", 'i am an', "i'm", 'i am', "we're", 'we are', 'fellow', 'proud',
  'a proud', 'as a proud', 'speaking as a', 'speaking as', 'me', 'myself', ...SELF_FRAMES_FR,
]);
// The openings, titles and equipment in one scan; employers and roles are read only after an opening.
const WORDS = new WordLexicon({
  servant: [...PUBLIC_SERVANT_EN, ...PUBLIC_SERVANT_FR],
  anchor: [...POSITION_ANCHORS_EN, ...POSITION_ANCHORS_FR],
  work: [...WORK_ANCHORS_EN, ...WORK_ANCHORS_FR],
  ownMinistry: [...OWN_MINISTRY_EN, ...OWN_MINISTRY_FR],
  equipment: [...WORK_EQUIPMENT_EN, ...WORK_EQUIPMENT_FR],
});
const EMPLOYERS = new WordLexicon({ term: [...EMPLOYER_EN, ...EMPLOYER_FR] });
const ROLES = new WordLexicon({ term: [...ROLES_EN, ...ROLES_FR] });

/** The stretch after an anchor up to the first comma or sentence mark, at most `max` characters. */
function clauseAfter(plain: string, from: number, max: number): number {
  const limit = Math.min(plain.length, from + max);
  for (let i = from; i < limit; i++) if (/[,.;:!?()\n]/.test(plain[i]!)) return i;
  return limit;
}

const WORK_PREPOSITIONS = phraseSet(['for', 'at', 'in', 'with', 'within', 'inside', 'au', 'aux', 'pour', 'dans', 'chez']);
const LINKS = new Set(['of', 'de', 'la', "l'", 'des', 'du', 'the']);

/** Carries "Ministry of" on over the name that follows ("Ministry of the Environment", "ministère de la Santé"). */
function extendName(folded: string, end: number): number {
  let pos = end;
  let i = end;
  for (let k = 0; k < 6; k++) {
    while (i < folded.length && (folded[i] === ' ' || folded[i] === "'")) i++;
    let j = i;
    while (j < folded.length && /[\p{L}'-]/u.test(folded[j]!)) j++;
    if (j === i) break;
    const word = folded.slice(i, j);
    if (/^\p{Lu}/u.test(word)) pos = j;
    else if (!LINKS.has(word.toLowerCase()) && !LINKS.has(word.toLowerCase().slice(0, 2))) break;
    i = j;
  }
  return pos;
}

/** One of these is in every sentence where positionSpans() finds something: a servant, own-ministry or
 * equipment word, or an employer (an anchor and a work verb count only with one in their clause; the
 * clause may end inside a word, so the employer's piece is bounded on its left only). */
export const POSITION_PIECES: readonly string[] = [...WORDS.pieces(['anchor', 'work']), ...EMPLOYERS.pieces([], 'left')];

// A sentence holds no fact without a job or equipment word, a restricted title, an election event,
// a call to act or a signal (here, or a party in the sentence before for "They…"): it then holds
// the facts of an empty sentence.
const TRIGGERS: readonly string[] = [
  ...POSITION_PIECES, ...CALL_TRIGGERS, ...SIGNAL_PIECES,
  // RESTRICTED_TITLE: whole words, but for « sous-ministre » and « procureur(e) » ("adm" left open woke "admit", "admire").
  ...keyPieces(['adm', 'deputy', 'secretary', 'attorney', 'secretaire'], 'both'),
  ...keyPieces(['sous-ministre', 'procureur'], 'left'),
  // ELECTION_EVENT: "all-candidates", « débat des », "advance poll", "polling station", and "vote" or
  // « voter » as whole words (unbounded, "vot" woke every « votre »).
  ' candidates ', ' debat', ' poll', ' vote ', ' voter ',
];

/** Spans where the author states their public-service job, and mentions of work equipment. */
export function positionSpans(unit: Unit): { positions: Span[]; equipment: Span[] } {
  const positions: Span[] = [];
  const equipment: Span[] = [];
  const plain = unit.plain;
  // Asked of every sentence (platform-duty): most hold none of the pieces, and need no word scan. The
  // rule's triggers hold them all, and the engine's scan of the sentence answers for its trigger list.
  if (prefilterEnabled() && !piecesIn(TRIGGERS, plain)) return { positions, equipment };
  for (const m of WORDS.find(unit)) {
    const classes = m.classes;
    if (classes.has('equipment')) equipment.push({ start: m.start, end: m.end });
    if (classes.has('ownMinistry')) positions.push({ start: m.start, end: m.end });
    if (classes.has('servant')) {
      // "as a public servant", "I'm a civil servant", « en tant que fonctionnaire ».
      const prev = wordsBefore(plain, m.start, 3);
      for (let n = 1; n <= prev.length; n++) {
        if (SELF_FRAMES.has(prev.slice(prev.length - n).join(' ').replace(/\u2019/g, "'"))) {
          const start = plain.lastIndexOf(prev[prev.length - n]!, m.start);
          positions.push({ start: start >= 0 ? start : m.start, end: m.end });
          break;
        }
      }
    }
    if (classes.has('anchor')) {
      // "As a policy analyst at the Ministry of Health", « en tant qu'analyste au ministère ».
      const end = clauseAfter(plain, m.end, 70);
      const clause = plain.slice(m.end, end);
      const role = ROLES.findIn(clause)[0];
      // The role comes first ("as a senior policy analyst at…", "as a Ministry of Health analyst"), the employer in the same clause.
      const employer = role && wordsBefore(clause, role.start, 6).length <= 4 ? EMPLOYERS.findIn(clause)[0] : undefined;
      if (employer) positions.push({ start: m.start, end: extendName(unit.folded, m.end + Math.max(employer.end, role!.end)) });
    }
    if (classes.has('work')) {
      // "I work for the Ministry of Transportation", « je travaille au ministère ».
      const end = clauseAfter(plain, m.end, 45);
      const clause = plain.slice(m.end, end);
      const e = EMPLOYERS.findIn(clause)[0];
      // "I work for / at / in the ministry", « je travaille au ministère »; not "I work near the ministry".
      const between = e ? wordsBefore(clause, e.start, 4) : [];
      // (« à » loses its accent in the plain view; as "a" it counts only in French.)
      const linked = between.some((w) => WORK_PREPOSITIONS.has(w) || (w === 'a' && unit.locale === 'fr'));
      if (e && between.length <= 3 && linked) {
        positions.push({ start: m.start, end: extendName(unit.folded, m.end + e.end) });
      }
    }
  }
  return { positions: dedupe(positions), equipment };
}

interface SentenceFacts {
  partisan: boolean;
  positions: Span[];
  equipment: Span[];
  /** An election, a candidate or a call to vote, partisan or not. */
  electoral: boolean;
  /** The author's specially restricted title (deputy minister, ADM, Crown attorney), signed or claimed. */
  restricted: Span[];
}

// Specially restricted public servants (PSOA; PA-GLANCE) may only vote, attend all-candidates
// meetings and, for most, join or donate to a party: election content under their title reads as
// their office taking part, so any electoral signal counts, not only a partisan one.
const RESTRICTED_TITLE =
  /(?<![\p{L}\p{N}])(?:(?:associate |assistant )?deputy minister|adm|secretary of (?:the )?cabinet|crown attorney|sous-ministre(?: adjoint| adjointe| associe| associee)?|procureure? de la couronne|secretaire du conseil des ministres)(?![\p{L}\p{N}])/gu;
/** Every match of RESTRICTED_TITLE holds one of these: the pattern, a lookbehind at every position,
 * runs only where includes() finds one (most sentences it is asked about hold none). */
const RESTRICTED_WORDS = ['deputy minister', 'adm', 'secretary', 'attorney', 'sous-ministre', 'procureur', 'secretaire'];
const SIGN_OFF = /^\s*[-~]/;

/** The author's restricted title: on a sign-off line ("— Assistant Deputy Minister, …") or after "as"/"I'm the". */
function restrictedTitles(unit: Unit): Span[] {
  const out: Span[] = [];
  RESTRICTED_TITLE.lastIndex = 0;
  if (!holdsAny(unit.plain, RESTRICTED_WORDS)) return out;
  for (let m = RESTRICTED_TITLE.exec(unit.plain); m; m = RESTRICTED_TITLE.exec(unit.plain)) {
    const lineStart = unit.folded.lastIndexOf('\n', m.index) + 1;
    const lead = unit.folded.slice(lineStart, m.index);
    const signed = SIGN_OFF.test(lead) && lead.length <= 12;
    const prev = wordsBefore(unit.plain, m.index, 3).join(' ');
    const claimed = /(?:^|\s)(?:as|as the|as an|as a|i'm the|i am the|i'm an|i am an|en tant que|comme|je suis)$/.test(prev);
    if (signed || claimed) out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
}

// Election events and reminders the political lexicons leave neutral ("all-candidates debate", "before you vote").
const ELECTION_EVENT =
  /(?<![\p{L}\p{N}])(?:all[- ]candidates|candidates['’]? (?:debate|meeting|forum|night)|debats? des (?:candidats|candidates|chefs)|before you vote|go vote|avant de voter|allez voter|advance polls?|polling stations?|bureaux? de vote)(?![\p{L}\p{N}])/u;

/** Every match of ELECTION_EVENT holds one of these (the pattern runs only where one is). */
const ELECTION_EVENT_WORDS = ['candidates', 'debat', 'vot', 'poll'];

function electoral(unit: Unit): boolean {
  const sig = signals(unit);
  if (sig.nonPublic) return false;
  return sig.election.length > 0 || sig.candidates.length > 0 || sig.parties.length > 0 || callsToAct(unit).length > 0 || (holdsAny(unit.plain, ELECTION_EVENT_WORDS) && ELECTION_EVENT.test(unit.plain));
}

/** This file's gated patterns (see signals.ts's LITERAL_GATES). */
export const LITERAL_GATES: readonly LiteralGate[] = [
  { name: 'RESTRICTED_TITLE', re: RESTRICTED_TITLE, words: RESTRICTED_WORDS },
  { name: 'ELECTION_EVENT', re: ELECTION_EVENT, words: ELECTION_EVENT_WORDS },
];

const RESTRICTED_MESSAGE = {
  en: 'This post signs election content with a specially restricted title (deputy minister, ADM, Crown attorney). Specially restricted public servants may only vote and attend all-candidates meetings; under your title even neutral election content reads as your office taking part. Post it without your title, or leave it to Elections Ontario.',
  fr: "Ce message associe un contenu électoral à un titre soumis à des restrictions spéciales (sous-ministre, SMA, procureur de la Couronne). Ces fonctionnaires peuvent seulement voter et assister aux débats entre candidats; sous votre titre, même un contenu électoral neutre donne l'impression que votre fonction y prend part. Publiez-le sans votre titre, ou laissez-le à Élections Ontario.",
};


export default defineRule({
  id: 'political/position-association',
  category: 'political',
  scope: 'text',
  severity: { personal: 'high', professional: 'high', official: 'high' },
  guidelines: ['psoa-all-public-servants', 'psoa-political-activity', 'ops-personal-use'],
  title: { en: 'Public-service job tied to political activity', fr: 'Poste de fonctionnaire associé à une activité politique' },
  why: {
    en: 'This post names your public-service job and, in the same post, supports or opposes a party or candidate. No public servant may associate their position with political activity. Remove the mention of your job, or the partisan part.',
    fr: "Ce message mentionne votre poste dans la fonction publique et, dans le même message, appuie ou combat un parti ou un candidat. Aucun fonctionnaire ne peut associer son poste à une activité politique. Retirez la mention de votre poste, ou la partie partisane.",
  },
  triggers: TRIGGERS,
  incremental: {
    facts: (unit): SentenceFacts => ({
      partisan: partisanSignals(unit).length > 0,
      ...positionSpans(unit),
      electoral: electoral(unit),
      restricted: restrictedTitles(unit),
    }),
    combine(facts, sentences) {
      if (!facts.some((f) => f.partisan)) {
        if (!facts.some((f) => f.electoral)) return [];
        const hits: Hit[] = [];
        facts.forEach((f, i) => {
          const at = sentences[i]!.start;
          for (const r of f.restricted) hits.push({ start: at + r.start, end: at + r.end, severity: { personal: 'medium', professional: 'medium', official: 'medium' }, message: RESTRICTED_MESSAGE });
        });
        return hits;
      }
      const positions: Span[] = [];
      const equipment: Span[] = [];
      facts.forEach((f, i) => {
        const at = sentences[i]!.start;
        for (const p of f.positions) positions.push({ start: at + p.start, end: at + p.end });
        for (const m of f.equipment) equipment.push({ start: at + m.start, end: at + m.end });
      });
      const hits: Hit[] = positions.map((p) => ({ start: p.start, end: p.end }));
      for (const e of equipment) {
        hits.push({
          start: e.start,
          end: e.end,
          message: {
            en: 'This post says work equipment or work time is used for partisan content. Political activity is never allowed in the workplace or with government equipment, whatever your position.',
            fr: "Ce message indique que du matériel ou du temps de travail sert à un contenu partisan. L'activité politique est toujours interdite au travail et avec le matériel du gouvernement, quel que soit votre poste.",
          },
        });
      }
      return hits;
    },
  },
  examples: {
    invalid: [
      { text: 'As a Ministry of Health analyst, I can tell you: vote NDP, their health plan is the only sane one.', span: 'As a Ministry of Health analyst', severity: 'high' },
      { text: 'I work for the Ministry of Transportation and I am proud to support the Ontario Liberals this election.', span: 'I work for the Ministry of Transportation' },
      { text: 'As a public servant for 20 years, I have never seen worse. The PCs have ruined this province.', span: 'As a public servant' },
      { text: 'Posting this from my work phone: vote them out on Thursday!', span: 'work phone' },
      { text: 'En tant que fonctionnaire, je vous le dis : votez pour le NPD le 2 juin.', span: 'En tant que fonctionnaire' },
      { text: 'Je travaille au ministère de la Santé et les conservateurs ont détruit notre système.', span: 'Je travaille au ministère de la Santé' },
      // A specially restricted title signing or claiming even neutral election content.
      { text: 'All-candidates debate for Timmins is Thursday at the arena. Come hear them before you vote.\n\n— Assistant Deputy Minister, Mines', span: 'Assistant Deputy Minister', severity: 'medium' },
      { text: 'As ADM for the north, I encourage everyone to attend the all-candidates debate Thursday.', mode: 'professional', span: 'ADM' },
      { text: 'Débat des candidats jeudi à Hearst, venez les entendre avant de voter.\n\n— Sous-ministre adjointe, Mines', span: 'Sous-ministre adjointe', severity: 'medium' },
    ],
    valid: [
      'As a public servant, I stay non-partisan, but please make sure you vote on Thursday.',
      'I work for the Ministry of Health and I am proud of our new vaccine clinic.',
      'As a result, the ministry will open two new offices. Vote for your favourite design in our poll!',
      'The NDP are the only ones who care about transit, in my view.',
      'En tant que fonctionnaire, je reste neutre pendant la campagne électorale.',
      'Je travaille au ministère des Finances depuis dix ans et j’adore mon équipe.',
      'I work downtown near the ministry, and honestly the NDP are the only ones who care about transit.',
      // A restricted title without election content, or a deputy minister reported, not signing.
      'Great team day at the lake!\n\n— Assistant Deputy Minister, Mines',
      'The deputy minister attended the all-candidates debate as a voter.',
      'Belle journée d’équipe au lac!\n\n— Sous-ministre adjointe, Mines',
      'La sous-ministre a assisté au débat des candidats comme électrice.',
    ],
  },
});
