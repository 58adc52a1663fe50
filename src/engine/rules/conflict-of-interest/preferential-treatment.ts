// Offering a favour through one's job: "DM me and I'll fast-track your application", "I can get
// you in", "je peux accélérer votre dossier". Public servants must not give anyone preferential
// treatment or help beyond what the job ordinarily provides, nor appear to (O. Reg. 381/07 s. 6).
// The offer needs the author as the one who acts: "skip the line, book online" from a ministry is
// a public service, not a favour.
import { defineRule } from '../../define-rule.js';
import type { Hit, Unit } from '../../types.js';
import { findTerms, phrasePieces, has, lexicon, type Match } from '../../match.js';
import {
  ACT_AHEAD_EN, ACT_AHEAD_STRONG_EN, ASSESSORS_EN, ASSURE_EN, CHANGE_AHEAD_EN, FILES_EN, MOVE_VERBS_EN, MOVED_OBJECTS_EN,
  NOT_QUEUE_AFTER_EN, OFFER_AGENTS_EN, OFFER_AGENTS_WE_EN, OUTCOMES_EN, PRIORITY_CUES_EN, PUBLIC_CHANNELS_EN,
  QUEUE_JUMPS_EN, SECRET_CUES_EN, SEE_TO_IT_EN, SPEED_UP_EN, TAKE_CARE_EN, TOP_PLACES_EN,
} from '../../lexicons/en/conflict-preferential.js';
import {
  ACT_AHEAD_FR, ACT_AHEAD_STRONG_FR, ASSESSORS_FR, ASSURE_FR, CHANGE_AHEAD_FR, FILES_FR, MOVE_VERBS_FR, NOT_QUEUE_AFTER_FR,
  OFFER_AGENTS_FR, OFFER_AGENTS_WE_FR, OUTCOMES_FR, PRIORITY_CUES_FR, PUBLIC_CHANNELS_FR, QUEUE_JUMPS_FR,
  SECRET_CUES_FR, SEE_TO_IT_FR, SPEED_UP_FR, TAKE_CARE_FR, TOP_PLACES_FR,
} from '../../lexicons/fr/conflict-preferential.js';
import { RELATIVES_EN } from '../../lexicons/en/conflict-promotion.js';
import { RELATIVES_FR } from '../../lexicons/fr/conflict-promotion.js';
import { alternation, beforePlain, namesPosition, PRIVATE_CONTACT } from './context.js';
import { test } from '../confidential/context.js';

const AGENT = lexicon([...OFFER_AGENTS_EN, ...OFFER_AGENTS_FR]);
const AGENT_WE = lexicon([...OFFER_AGENTS_WE_EN, ...OFFER_AGENTS_WE_FR]);
const SPEED = lexicon(SPEED_UP_EN.concat(SPEED_UP_FR));
const QUEUE = lexicon([...QUEUE_JUMPS_EN, ...QUEUE_JUMPS_FR]);
const ASSURE = lexicon([...ASSURE_EN, ...ASSURE_FR]);
// By language: « application » is an app in French, a file in English ("your ODSP application").
const PUBLIC_CHANNEL_EN = lexicon(PUBLIC_CHANNELS_EN);
const PUBLIC_CHANNEL_FR = lexicon(PUBLIC_CHANNELS_FR);
const FILES = alternation([...FILES_EN, ...FILES_FR]);
const OUTCOMES = alternation([...OUTCOMES_EN, ...OUTCOMES_FR, 'will go through', 'will be approved', 'sera approuve', 'sera approuvee', 'sera acceptee', 'sera accepte', 'passera']);
// The reader's own file right after the verb: "fast-track your application", "accélérer votre dossier".
const YOUR_FILE = new RegExp(
  `^[\\s-]+(?:[\\p{L}'-]+\\s+){0,3}?(?:your|ur|votre|vos|ton|ta|tes)\\s+(?:[\\p{L}'-]+\\s+){0,2}?(?:${FILES})(?![\\p{L}])`,
  'u',
);
// "passer votre dossier en priorité", "put your application at the top": a neutral verb made a favour by what follows.
const PLACE_FIRST = new RegExp(
  `(?<![\\p{L}])(?:passer|traiter|mettre|placer|put|move|place|bump)\\s+(?:your|ur|votre|vos|ton|ta|tes)\\s+(?:[\\p{L}'-]+\\s+){0,2}?(?:${FILES})\\s+(?:en priorite|en premier|en tete|en avant|sur le dessus|first|to the top|at the top|on top|ahead|to the front|at the front)(?![\\p{L}])`,
  'gu',
);
// "move them to the top of my pile", "regarder ton dossier en priorité": a file, or a pronoun for it, put first.
const MOVE_UP = new RegExp(
  `(?<![\\p{L}])(?:${alternation([...MOVE_VERBS_EN, ...MOVE_VERBS_FR])})\\s+(?:(?:${alternation(MOVED_OBJECTS_EN)})|(?:your|ur|votre|vos|ton|ta|tes|le|la|les)\\s+(?:[\\p{L}'-]+\\s+){0,2}?(?:${FILES}))\\s+(?:${alternation([...TOP_PLACES_EN, ...TOP_PLACES_FR])})(?![\\p{L}])`,
  'gu',
);
// "get your file looked at a lot faster", « faire traiter ton dossier plus vite »: the reader's file, sped up by the author.
const GET_FASTER = new RegExp(
  `(?<![\\p{L}])(?:(?:get|have)\\s+(?:your|ur)\\s+(?:[\\p{L}'-]+\\s+){0,2}?(?:${FILES})\\s+(?:looked\\s+at|processed|reviewed|approved|seen|done|moved|moving|handled|signed|signed\\s+off|pushed\\s+through|through)\\s+(?:(?:a\\s+lot|way|much|a\\s+bit)\\s+)?(?:faster|quicker|sooner|first|right\\s+away|asap|today|this\\s+week)|faire\\s+(?:traiter|avancer|approuver|passer|regarder|examiner)\\s+(?:votre|vos|ton|ta|tes)\\s+(?:[\\p{L}'-]+\\s+){0,2}?(?:${FILES})\\s+(?:(?:beaucoup|pas mal|ben)\\s+)?(?:plus\\s+vite|plus\\s+rapidement|en\\s+premier|en\\s+priorite|avant\\s+les\\s+autres|en\\s+avant))(?![\\p{L}])`,
  'gu',
);
// "I work in the Hamilton office and can bump you up": the author, then a modal joined to the same subject.
const JOINED_MODAL = /(?<![\p{L}])(?:and|so|then|pis|et|alors)\s+(?:can|could|will|would|peux|pourrais|vais)(?![\p{L}])/gu;
const FIRST_SUBJECT = /(?:^|[^\p{L}])(?:i|je|j['\u2019])(?:\s|['\u2019])/u;
const OTHER_SUBJECT = /(?<![\p{L}])(?:he|she|they|you|we|it|il|elle|ils|elles|vous|tu|on|nous)(?![\p{L}])/u;
const TAKE_CARE = lexicon([...TAKE_CARE_EN, ...TAKE_CARE_FR]);
const SEE_TO_IT = lexicon([...SEE_TO_IT_EN, ...SEE_TO_IT_FR]);
const PRIORITY = lexicon([...PRIORITY_CUES_EN, ...PRIORITY_CUES_FR]);
// Insider advice: act before a change the public does not know about yet.
const ACT_AHEAD_STRONG = lexicon([...ACT_AHEAD_STRONG_EN, ...ACT_AHEAD_STRONG_FR]);
const ACT_AHEAD = lexicon([...ACT_AHEAD_EN, ...ACT_AHEAD_FR]);
const CHANGE_AHEAD = lexicon([...CHANGE_AHEAD_EN, ...CHANGE_AHEAD_FR]);
const SECRET = lexicon([...SECRET_CUES_EN, ...SECRET_CUES_FR]);
// "I can tell you what the scoring panel looks for", "je peux vous dire ce que le comité cherche".
const INSIDE_HELP = new RegExp(
  `(?<![\\p{L}])(?:tell|show|explain|coach|walk)\\s+(?:you\\s+)?(?:through\\s+)?(?:exactly\\s+)?(?:what|how)\\s+(?:the\\s+)?(?:[\\p{L}-]+\\s+){0,2}?(?:${alternation(ASSESSORS_EN)})\\s+(?:looks|look|wants|want|are\\s+looking|is\\s+looking|scores|score|thinks|think)(?![\\p{L}])|(?:dire|montrer|expliquer)\\s+(?:exactement\\s+)?(?:ce\\s+que|comment)\\s+(?:le|la|les|l['’])\\s*(?:[\\p{L}-]+\\s+){0,2}?(?:${alternation(ASSESSORS_FR)})\\s+(?:cherchent|cherche|veulent|veut|regardent|regarde|evaluent|evalue|notent|note)(?![\\p{L}])`,
  'gu',
);
// Inside knowledge as what the author sells: "I know exactly what the inspectors look for",
// "my masterclass walks you through what our evaluation panel looks for", « je connais le processus
// (et les inspecteurs) de l'intérieur ». An offer once a sale stands here or in the sentence before.
const INSIDE_KNOW = new RegExp(
  `(?<![\\p{L}])(?:(?:i|we)\\s+know|(?:tells?|shows?|teach(?:es)?|explains?|walks?|coach(?:es)?)\\s+(?:you\\s+)?(?:through\\s+)?)\\s*(?:exactly\\s+)?(?:what|how)\\s+(?:the|our|my)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:${alternation(ASSESSORS_EN)})\\s+(?:look|looks|want|wants|score|scores|think|thinks|are\\s+looking|is\\s+looking|flag|flags|check|checks)(?![\\p{L}])|(?<![\\p{L}])(?:je|on)\\s+conna(?:i|î)s?t?\\s+(?:le|la|les|bien\\s+le|bien\\s+les|tout\\s+le)\\s*(?:[\\p{L}'-]+\\s+){0,3}[\\p{L}'-]+\\s*(?:\\([^()]{0,40}\\)\\s*)?(?:de\\s+l['\u2019]interieur|par\\s+coeur|sur\\s+le\\s+bout\\s+des\\s+doigts)|(?<![\\p{L}])(?:i|we)\\s+know\\s+(?:the\\s+)?(?:process|system|rules|inspectors|reviewers|panel)\\s+(?:inside\\s+out|from\\s+the\\s+inside)`,
  'gu',
);
// A sale: a price, a paid offering, the author's firm or side business, a booking call.
const FOR_SALE =
  /\$\s?\d|\d\s?\$|(?<![\p{L}])(?:paid|payant|payante|masterclass|master class|book through|book now|link in bio|lien dans ma bio|side gig|side hustle|side business|my firm|my business|my company|my consulting|ma firme|mon entreprise|ma compagnie|mon service de|hire me|engagez-moi|reservez)(?![\p{L}])/u;

const INSIDER = { personal: 'high', professional: 'high', official: 'tip' } as const;
// "My brother-in-law's firm just won the paving contract for our region": a relative gets the public work.
// Also a relative in the running for it ("made the shortlist for", "is bidding on", « soumissionne
// sur », « a fait la courte liste pour »), the firm named in apposition ("my brother-in-law's crew,
// Delgado Landscaping, just made…").
const RELATIVE_WINS = new RegExp(
  `(?<![\\p{L}])(?:my|mon|ma)\\s+(?:${alternation([...RELATIVES_EN, ...RELATIVES_FR])})(?:['\u2019]s)?(?:[\\s,]+[\\p{L}'\u2019-]+){0,5}?[\\s,]+(?:just\\s+|vient\\s+de\\s+|a\\s+meme\\s+)?(?:won|got|landed|was\\s+awarded|were\\s+awarded|is\\s+getting|gets|a\\s+obtenu|a\\s+gagne|a\\s+decroche|a\\s+eu|a\\s+remporte|vient\\s+d['\u2019]obtenir|vient\\s+de\\s+gagner|vient\\s+de\\s+decrocher|made\\s+the\\s+shortlist\\s+for|(?:is|are|was|were)\\s+(?:on\\s+the\\s+shortlist\\s+for|bidding\\s+(?:on|for)|competing\\s+for|in\\s+the\\s+running\\s+for)|bid\\s+on|applied\\s+for|(?:submitted|put\\s+in)\\s+a\\s+bid\\s+(?:on|for)|a\\s+fait\\s+la\\s+courte\\s+liste\\s+pour|fait\\s+la\\s+courte\\s+liste\\s+pour|(?:est|sont)\\s+sur\\s+la\\s+courte\\s+liste\\s+pour|soumissionn(?:e|ent)\\s+(?:sur|pour)|(?:a|ont|va|vont)\\s+soumissionner?\\s+(?:sur|pour)|a\\s+depose\\s+une\\s+soumission\\s+pour)\\s+(?:the|our|a|le|la|l['\u2019]|notre|un|une)\\s*(?:[\\p{L}'\u2019-]+\\s+){0,3}?(?:contract|contracts|bid|tender|grant|funding|rfp|contrat|contrats|soumission|subvention|appel\\s+d['\u2019]offres|financement)(?![\\p{L}])`,
  'gu',
);
// The same bid told without its object ("my cousin's firm is bidding, go get 'em!", "my brother-in-law's
// company just submitted a bid.", « la firme de mon cousin a soumissionné! »): public work only when
// the author names a public-service job or takes part in the decision, here or in the sentence before.
// RELATIVE_WINS' and RELATIVE_BIDS' opening, "my" + a relative, as phrases for trigger pieces: each match holds
// the possessive's end ("my " after a letter or not: no bound on its left) and the relative as a whole word (white
// space before it; an apostrophe, a comma or white space after it). The relative alone, unbounded, woke the rule in
// "person", "season" and "reason" (109 of its 237 runs over 60,000 characters of harmless posts).
const MY_RELATIVES = ['my', 'mon', 'ma'].flatMap((my) => [...RELATIVES_EN, ...RELATIVES_FR].map((r) => `${my} ${r}`));
const RELATIVE_BIDS = new RegExp(
  `(?<![\\p{L}])(?:my|mon|ma)\\s+(?:${alternation([...RELATIVES_EN, ...RELATIVES_FR])})(?:['\u2019]s)?(?:[\\s,]+[\\p{L}'\u2019-]+){0,5}?[\\s,]+(?:just\\s+|vient\\s+de\\s+|a\\s+meme\\s+)?(?:(?:is|are)\\s+bidding|bid|(?:submitted|put\\s+in)\\s+a\\s+bid|a\\s+soumissionne|soumissionnent|soumissionne|a\\s+depose\\s+une\\s+soumission|(?:a|ont)\\s+depose\\s+une\\s+soumission)(?!\\s*[\\p{L}\\d])`,
  'gu',
);
// The author takes part in the decision: "the contract I'm scoring", "that my team is evaluating",
// « le contrat que j'évalue », « que mon équipe évalue ».
const OWN_DECISION =
  /(?<![\p{L}])(?:i'm|i\s+am|i|we're|we\s+are|my\s+team\s+is|my\s+branch\s+is|my\s+unit\s+is|que\s+j'|que\s+je|que\s+mon\s+equipe|qu'on|que\s+nous)\s*(?:scoring|evaluating|reviewing|assessing|judging|approving|score|evaluate|review|assess|approve|evalue|evaluons|examine|examinons|analyse|analysons|approuve|note|notons)(?![\p{L}])/u;
// A seat on the body that decides, said by the author: "I sit on the evaluation committee", « je siège au comité de sélection ».
const DECIDING_BODY = /(?<![\p{L}])(?:(?:evaluation|selection|scoring|review|award)\s+(?:committee|panel|board)|comite\s+(?:d['\u2019]evaluation|de\s+selection)|jury\s+d['\u2019]evaluation)(?![\p{L}])/u;
const AUTHOR = /(?<![\p{L}])(?:i|i'm|my|je|j['\u2019]|mon|ma)(?![\p{L}])/u;
/** The author scores the bids or sits on the body that does, here or in the sentence before. */
function authorDecides(unit: Unit): boolean {
  const before = unit.before !== '' ? beforePlain(unit) : '';
  return [unit.plain, before].some((t) => OWN_DECISION.test(t) || (DECIDING_BODY.test(t) && AUTHOR.test(t)));
}
const PUBLIC_WORK = /(?<![\p{L}])(?:our|notre|nos|ministry|province|provincial|government|ministere|gouvernement|municipal|city|ville|highway|autoroute)(?![\p{L}])/u;
// A favour already done for someone close, through the author's own workplace: "got my brother-in-law's file bumped
// to the top", "had my cousin's application fast-tracked", « faire passer le dossier de mon beau-frère en avant ».
const FAVOUR_DONE = new RegExp(
  `(?<![\\p{L}])(?:got|had|gotten|managed\\s+to\\s+get)\\s+(?:my|our)\\s+(?:${alternation(RELATIVES_EN)})['\u2019]s\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:file|application|permit|licence|license|renewal|claim|inspection|appointment|case|paperwork|card)\\s+(?:bumped|moved\\s+up|pushed\\s+through|fast-tracked|fast\\s+tracked|expedited|rushed|approved|put\\s+(?:at|on)\\s+(?:the\\s+)?top|to\\s+the\\s+top)` +
    `|(?<![\\p{L}])(?:faire|fait|fais|fait\\s+faire)\\s+(?:passer|avancer|accelerer|approuver|traiter)\\s+(?:le|la|les)\\s+(?:dossier|demande|permis|renouvellement|reclamation)s?\\s+(?:de|d['\u2019])\\s?(?:mon|ma|mes)\\s+(?:${alternation(RELATIVES_FR)})(?![\\p{L}])`,
  'gu',
);
const FAVOUR_MESSAGE = {
  en: 'This tells of a file moved ahead for someone close to you through your workplace. Using your position or colleagues to speed a friend\'s or relative\'s file is preferential treatment the conflict-of-interest rules forbid, and posting it makes it public.',
  fr: "Ce passage raconte qu'un dossier a été devancé pour un proche grâce à votre milieu de travail. Se servir de son poste ou de ses collègues pour accélérer le dossier d'un proche est un traitement de faveur que les règles sur les conflits d'intérêts interdisent, et le publier le rend public.",
};
const RELATIVE_MESSAGE = {
  en: 'A relative of yours gets public work or money here. If your job touches the file, that is a conflict of interest to declare; in any case, celebrating it in public invites the question.',
  fr: "Un proche obtient ici un contrat ou des fonds publics. Si votre poste touche au dossier, c'est un conflit d'intérêts à déclarer; dans tous les cas, le célébrer en public soulève la question.",
};
const INSIDER_MESSAGE = {
  en: 'This tips people off to act before a change the public does not know about yet. Using what you learn at work to give some people a head start is a conflict of interest and can breach confidentiality; wait for the public announcement.',
  fr: "Ceci incite des gens à agir avant un changement que le public ne connaît pas encore. Se servir de ce qu'on apprend au travail pour avantager certaines personnes est un conflit d'intérêts et peut manquer à la confidentialité; attendez l'annonce publique.",
};

// "DM me and I'll fast-track it" (the file named earlier); "je peux l'accélérer".
const PRONOUN_AFTER = /^[\s-]+(?:it|that|them|those|yours|this one|ca|cela)(?![\p{L}])/u;
const PRONOUN_BEFORE = /(?:^|[\s'])(?:le|la|les|l'|vous le|vous la|te le|te la)\s*$/u;
const FILE_WORD = new RegExp(`(?<![\\p{L}])(?:${FILES})(?![\\p{L}])`, 'u');
// The author's own file ("my application is in, I'll rush it over") is no favour to anyone.
const OWN_FILE = new RegExp(`(?<![\\p{L}])(?:my|our|mon|ma|mes|notre|nos)\\s+(?:[\\p{L}'-]+\\s+){0,2}?(?:${FILES})(?![\\p{L}])`, 'u');
const OUTCOME_AFTER = new RegExp(`^\\s*(?:[\\p{L}'-]+\\s+){0,2}?(?:${FILES})\\s+(?:${OUTCOMES})(?![\\p{L}])`, 'u');
const NOT_QUEUE_AFTER = new RegExp(`^\\s*(?:${alternation([...NOT_QUEUE_AFTER_EN, ...NOT_QUEUE_AFTER_FR])})`, 'u');
// "I can't", "I will not": a refusal is the opposite of an offer.
const NEGATED = /^(?:'t|n't|\s+not\b|\s+never\b|\s+pas\b|\s+jamais\b)/;

interface Agent {
  start: number;
  we: boolean;
  /** "…and can": the offer, but not where the hit starts. */
  joined?: boolean;
}

/** "I work there and can…": a modal whose subject is the author, named before it in the same clause. */
function joinedAgents(unit: Unit): Agent[] {
  const out: Agent[] = [];
  for (const m of findTerms(unit, JOINED_MODAL)) {
    const lead = unit.plain.slice(Math.max(0, m.start - 80), m.start);
    const first = FIRST_SUBJECT.exec(lead);
    if (!first || /[.;!?]/.test(lead.slice(first.index)) || OTHER_SUBJECT.test(lead.slice(first.index + first[0].length))) continue;
    out.push({ start: m.start, we: false, joined: true });
  }
  return out;
}

function agents(unit: Unit, re: RegExp, we: boolean): Agent[] {
  return findTerms(unit, re)
    .filter((m) => !NEGATED.test(unit.plain.slice(m.end, m.end + 7)) && !/\bne\s*$|\bn'\s*$/.test(unit.plain.slice(Math.max(0, m.start - 4), m.start)))
    .map((m: Match) => ({ start: m.start, we }));
}

/** The closest offering voice before `pos` in this sentence, or one in the sentence before ("DM me. I'll…"). */
function offerBy(unit: Unit, all: Agent[], pos: number): Agent | 'before' | null {
  const near = all.filter((a) => a.start < pos && pos - a.start <= 90);
  const here = near.filter((a) => !a.joined).pop() ?? near.pop();
  if (here) return here;
  const after = all.find((a) => a.start >= pos && !a.we);
  if (after) return after;
  if (unit.before) {
    AGENT.lastIndex = 0;
    if (AGENT.test(beforePlain(unit))) return 'before';
  }
  return null;
}

const OFFICIAL_VOICE = { personal: 'high', professional: 'high', official: 'medium' } as const;

/** An invitation to take the matter private, in this sentence or the one before. */
function privately(unit: Unit): boolean {
  return has(unit, PRIVATE_CONTACT) || (unit.before !== '' && PRIVATE_CONTACT.test(beforePlain(unit)));
}

/** Someone else's file named in this sentence or the one before ("DM me your file number, I'll fast-track it"). */
function fileNamedIn(unit: Unit): boolean {
  const named = (s: string) => FILE_WORD.test(s) && !OWN_FILE.test(s);
  return named(unit.plain) || (unit.before !== '' && named(beforePlain(unit)));
}

/** "If I were you I'd file your renewals now", with a change ahead or a secret in this sentence or the one before. */
function insiderAdvice(unit: Unit): Hit[] {
  const strong = findTerms(unit, ACT_AHEAD_STRONG);
  const weak = findTerms(unit, ACT_AHEAD);
  if (strong.length + weak.length === 0) return [];
  const seen = (re: RegExp) => has(unit, re) || (unit.before !== '' && (re.lastIndex = 0, re.test(beforePlain(unit))));
  const secret = seen(SECRET);
  const change = secret || seen(CHANGE_AHEAD);
  const chosen = change && strong.length ? strong[0]! : secret || change ? weak[0] : undefined;
  return chosen ? [{ start: chosen.start, end: chosen.end, severity: INSIDER, message: INSIDER_MESSAGE }] : [];
}

export default defineRule({
  id: 'conflict-of-interest/preferential-treatment',
  category: 'conflict-of-interest',
  severity: { personal: 'high', professional: 'high', official: 'high' },
  guidelines: ['coi-preferential-treatment', 'coi-confidential-information', 'ops-guiding-principles'],
  title: { en: 'Offer of preferential treatment', fr: 'Offre de traitement de faveur' },
  why: {
    en: 'This offers someone special treatment (speeding up a file, getting them in ahead of others). Public servants must treat everyone alike and must not help anyone beyond what the job normally provides, or even seem to; point people to the regular service channel instead.',
    fr: "Ceci offre un traitement de faveur (accélérer un dossier, faire passer quelqu'un devant les autres). Un fonctionnaire doit traiter tout le monde de la même façon et ne doit aider personne au-delà de ce que son poste offre normalement, ni même en donner l'apparence; dirigez plutôt les gens vers le service habituel.",
  },
  // Every hit needs advice to act ahead, a relative (RELATIVE_WINS, RELATIVE_BIDS, as literal pieces) or an
  // offering voice here or in the sentence before.
  triggers: [ACT_AHEAD_STRONG, ACT_AHEAD, AGENT, AGENT_WE, JOINED_MODAL, INSIDE_KNOW, ...phrasePieces(MY_RELATIVES, 'right')],
  detect(unit) {
    const hits: Hit[] = insiderAdvice(unit);
    FAVOUR_DONE.lastIndex = 0;
    for (let m = FAVOUR_DONE.exec(unit.plain); m; m = FAVOUR_DONE.exec(unit.plain)) hits.push({ start: m.index, end: m.index + m[0].length, message: FAVOUR_MESSAGE });
    RELATIVE_WINS.lastIndex = 0;
    for (let m = RELATIVE_WINS.exec(unit.plain); m; m = RELATIVE_WINS.exec(unit.plain)) {
      if (PUBLIC_WORK.test(unit.plain) || authorDecides(unit) || namesPosition(unit)) hits.push({ start: m.index, end: m.index + m[0].length, message: RELATIVE_MESSAGE });
    }
    RELATIVE_BIDS.lastIndex = 0;
    let decides: boolean | undefined;
    for (let m = RELATIVE_BIDS.exec(unit.plain); m; m = RELATIVE_BIDS.exec(unit.plain)) {
      if (hits.some((h) => h.start < m!.index + m![0].length && m!.index < h.end)) continue;
      decides ??= authorDecides(unit) || namesPosition(unit);
      if (decides) hits.push({ start: m.index, end: m.index + m[0].length, message: RELATIVE_MESSAGE });
    }
    // The relative's bid told first, the author's seat said after: "My brother-in-law's firm bid on the
    // broadband RFP 🤞 (I'm on the evaluation committee lol)". The hit is the seat.
    if (hits.length === 0) {
      const seat = OWN_DECISION.exec(unit.plain) ?? (AUTHOR.test(unit.plain) ? DECIDING_BODY.exec(unit.plain) : null);
      if (seat && unit.before !== '') {
        const before = beforePlain(unit);
        if (test(RELATIVE_BIDS, before) || test(RELATIVE_WINS, before)) hits.push({ start: seat.index, end: seat.index + seat[0].length, message: RELATIVE_MESSAGE });
      }
    }
    // Inside knowledge sold, privately or with a price: no offering voice needed ("I know what the inspectors look for").
    // Added last, where no other hit of the rule covers it.
    // The knowledge first: most sentences claim none, and the sale is looked for here and in the sentence before.
    const knows = findTerms(unit, INSIDE_KNOW);
    let isPrivate: boolean | undefined;
    const privateHere = () => (isPrivate ??= privately(unit));
    const sold = knows.length > 0 && (privateHere() || FOR_SALE.test(unit.plain) || (unit.before !== '' && FOR_SALE.test(beforePlain(unit)))) ? knows : [];
    const withInside = (): Hit[] => {
      for (const m of sold) if (!hits.some((h) => h.start < m.end && m.start < h.end)) hits.push({ start: m.start, end: m.end });
      return hits.sort((a, b) => a.start - b.start);
    };
    const all = [...agents(unit, AGENT, false), ...agents(unit, AGENT_WE, true), ...joinedAgents(unit)].sort((a, b) => a.start - b.start);
    if (all.length === 0) {
      AGENT.lastIndex = 0;
      if (!unit.before || !AGENT.test(beforePlain(unit))) return withInside();
    }
    const publicChannel = has(unit, unit.locale === 'fr' ? PUBLIC_CHANNEL_FR : PUBLIC_CHANNEL_EN);
    const add = (start: number, end: number, generic: boolean) => {
      const by = offerBy(unit, all, start);
      if (!by) return;
      const we = by !== 'before' && by.we;
      // "Skip the line: book online" is the public channel everyone may use.
      if (publicChannel && (generic || we)) return;
      const from = by !== 'before' && !by.joined && by.start < start && start - by.start <= 40 ? by.start : start;
      if (hits.some((h) => h.start < end && from < h.end)) return;
      const hit: Hit = { start: from, end };
      if (we) hit.severity = OFFICIAL_VOICE;
      hits.push(hit);
    };

    // Worked out only where a verb needs it (two patterns of the file words, here and in the sentence before).
    let fileNamed: boolean | undefined;
    for (const m of findTerms(unit, SPEED)) {
      const obj = YOUR_FILE.exec(unit.plain.slice(m.end, m.end + 60));
      if (obj) add(m.start, m.end + obj[0].length, false);
      else if ((fileNamed ??= fileNamedIn(unit))) {
        const it = PRONOUN_AFTER.exec(unit.plain.slice(m.end, m.end + 12));
        if (it) add(m.start, m.end + it[0].length, false);
        else if (PRONOUN_BEFORE.test(unit.plain.slice(Math.max(0, m.start - 10), m.start))) add(m.start, m.end, false);
      }
    }
    PLACE_FIRST.lastIndex = 0;
    for (let m = PLACE_FIRST.exec(unit.plain); m; m = PLACE_FIRST.exec(unit.plain)) add(m.index, m.index + m[0].length, false);
    for (const m of findTerms(unit, ASSURE)) {
      const rest = OUTCOME_AFTER.exec(unit.plain.slice(m.end, m.end + 70));
      if (rest) add(m.start, m.end + rest[0].length, false);
    }
    for (const m of findTerms(unit, QUEUE)) {
      if (NOT_QUEUE_AFTER.test(unit.plain.slice(m.end, m.end + 24))) continue;
      add(m.start, m.end, true);
    }
    for (const m of findTerms(unit, MOVE_UP)) add(m.start, m.end, false);
    for (const m of findTerms(unit, GET_FASTER)) add(m.start, m.end, false);
    const takeCare = findTerms(unit, TAKE_CARE);
    if (takeCare.length > 0 && (fileNamed ??= fileNamedIn(unit))) for (const m of takeCare) add(m.start, m.end, false);
    // "I'll see that it lands on the right desk first thing", « je vais m'assurer qu'il soit traité en premier ».
    const seeToIt = findTerms(unit, SEE_TO_IT);
    if (seeToIt.length > 0 && (fileNamed ??= fileNamedIn(unit))) {
      for (const m of seeToIt) {
        PRIORITY.lastIndex = 0;
        const p = PRIORITY.exec(unit.plain.slice(m.end, m.end + 60));
        if (p) add(m.start, m.end + p.index + p[0].length, false);
      }
    }
    const help = findTerms(unit, INSIDE_HELP);
    if (help.length > 0 && privateHere()) for (const m of help) add(m.start, m.end, false);
    return withInside();
  },
  examples: {
    invalid: [
      // A favour already done for someone close, through the author's workplace.
      { text: "Called a buddy in licensing and got my brother-in-law's renewal bumped to the top 😎", span: "got my brother-in-law's renewal bumped", mode: 'personal' },
      { text: "J'ai appelé un collègue aux permis pour faire passer le dossier de ma sœur en avant de la pile 😎", span: 'faire passer le dossier de ma sœur', mode: 'personal' },
      // Smooth or quick paperwork promised by the one who handles it.
      { text: "If you're getting a building permit through our office, call my husband first, I'll make sure the paperwork goes smooth 😉", span: "I'll make sure the paperwork goes smooth", mode: 'personal' },
      { text: "Pis si vous passez par lui, je m'occupe personnellement que votre permis passe vite au bureau 😉", span: "je m'occupe personnellement que votre permis passe", mode: 'personal' },
      // « en avant » puts the reader's file first just as « en priorité » does.
      { text: 'Ça fait des mois que vous attendez? Écrivez-moi, je connais du monde, je peux passer votre dossier en avant.', span: 'je peux passer votre dossier en avant' },
      // « soumissionne sur » in the present (the pattern only knew « soumissionnent »), and moving someone up the list.
      { text: "L'entreprise de pavage de mon beau-frère soumissionne sur le contrat que j'évalue, go Dave!", span: 'mon beau-frère soumissionne sur le contrat' },
      { text: "Je peux te faire monter sur la liste d'attente, mais le dis à personne.", span: "Je peux te faire monter sur la liste d'attente" },
      { text: "I can move you up the waitlist, just don't tell anyone.", span: 'I can move you up' },
      // The seat said after the bid, in the next sentence: the hit is the seat.
      { text: "My brother-in-law's firm just put in a bid on the broadband RFP, good luck Dan!! (I'm on the evaluation committee, so I'll be rooting quietly.)", span: 'evaluation committee', mode: 'professional' },
      // The bid with its object and the seat in one sentence.
      { text: "My brother-in-law's firm just bid on the broadband RFP 🤞 I'm on the evaluation committee lol", span: "My brother-in-law's firm just bid on the broadband RFP", mode: 'professional' },
      { text: "Ma belle-sœur a soumissionné sur le contrat de déneigement! Je siège au comité d'évaluation, je vais rester discrète haha", span: "comité d'évaluation", mode: 'personal' },
      // The bid told without its object, by one who names the job or a seat on the deciding body.
      { text: "I'm a procurement officer at MGCS. My cousin's firm is bidding, go get 'em!", mode: 'professional', span: "My cousin's firm is bidding" },
      { text: "I sit on the evaluation committee this month, and my brother-in-law's company just submitted a bid. Fingers crossed!", span: "my brother-in-law's company just submitted a bid" },
      { text: "Je suis agente d'approvisionnement au ministère. La firme de mon cousin a soumissionné, bonne chance!", span: 'mon cousin a soumissionné' },
      // A relative in the running for a contract the author helps decide.
      { text: "My brother-in-law's crew, Delgado Landscaping, just made the shortlist for the park contract I'm scoring. Fingers crossed!", mode: 'professional', severity: 'high' },
      { text: "Mon beau-frère a fait la courte liste pour le contrat de déneigement que j'évalue.", mode: 'professional' },
      { text: 'DM me and I’ll fast-track your application, I know the folks in licensing.', span: 'I’ll fast-track your application', severity: 'high' },
      { text: 'Waiting months for a health card? I can get you in next week.', span: 'I can get you in' },
      { text: 'Anyone waiting on a building permit in Kenora, DM me and I’ll fast track it.', span: 'I’ll fast track it' },
      { text: 'Don’t worry about the permit, I’ll make sure your permit goes through.', span: 'I’ll make sure your permit goes through', mode: 'official' },
      { text: 'Message me, I can help you skip the queue at the licensing office.', span: 'I can help you skip the queue' },
      { text: 'Écrivez-moi en privé, je peux accélérer votre dossier au ministère.', span: 'je peux accélérer votre dossier' },
      { text: 'Pas de souci, je vais passer votre dossier en priorité dès lundi.', span: 'je vais passer votre dossier en priorité' },
      // Handling or moving a file oneself, insider advice before a change, inside help with an assessment.
      { text: 'Send me your licence number and I’ll handle it personally, no need to wait.', span: 'I’ll handle it personally' },
      { text: 'DM me your file number, I’ll bump it to the top of the list.', span: 'I’ll bump it' },
      {
        text: 'If I were you I’d renew your permit this month, the fees are going up in the fall (not public yet).',
        span: 'If I were you I’d',
        mode: 'professional',
        severity: 'high',
      },
      { text: 'Applying for the arts grant? Message me, I can tell you exactly what the review panel looks for.', span: 'I can tell you exactly what the review panel looks' },
      { text: 'Envoie-moi ton numéro de dossier, je m’en occupe.', span: 'Envoie-moi ton numéro de dossier, je m’en occupe' },
      { text: 'Si j’étais vous, je déposerais ma demande tout de suite : les règles vont changer, c’est pas encore public.', span: 'Si j’étais vous' },
      { text: 'Passez par moi pour votre permis, pas besoin de faire la file.', span: 'Passez par moi' },
      { text: 'If your permit is stuck, send me the number privately and I’ll see that it lands on the right desk first thing Monday.', span: 'I’ll see that it lands' },
      { text: 'Waiting on a licence appeal? Message me. I know the adjudicators and can put in a word.', span: 'I know the adjudicators and can put in a word' },
      { text: 'Hint for contractors: the new tender favours local firms. You didn’t hear it from me. Get your paperwork ready now.', span: 'Get your paperwork ready' },
      { text: 'Besoin d’un rendez-vous pour votre permis? J’ai un contact au centre, je peux vous avoir une place cette semaine.', span: 'je peux vous avoir une place' },
      { text: 'Envoyez-moi son numéro de permis, je vais m’assurer qu’il soit traité en premier.', span: 'je vais m’assurer qu’il soit traité' },
      { text: 'My brother-in-law’s company just won the snow removal contract for our district office.', span: 'My brother-in-law’s company just won the snow removal contract' },
      { text: 'Ma belle-sœur vient de décrocher le contrat de déneigement du ministère, bravo à elle!', span: 'Ma belle-sœur vient de décrocher le contrat' },
      { text: 'Fix the railing by Friday and I’ll let it slide this time.', span: 'I’ll let it slide' },
      { text: 'Je vais fermer les yeux cette fois-ci, réglez ça avant vendredi.', span: 'Je vais fermer les yeux' },
      { text: 'Contractors, if your building permit is stalled, message me. I can usually speed things up from the inside.', span: 'I can usually speed things up' },
      { text: 'Waiting months on your appeal? Send me a note, I work in that office and can bump yours up.', span: 'bump yours' },
      { text: 'Ton passeport se fait attendre? Écris-moi, je travaille au bureau et je peux faire avancer ça.', span: 'je peux faire avancer ça' },
      { text: 'Votre demande de subvention traîne? Contactez-moi, je connais du monde, je peux la faire passer plus vite.', span: 'je peux la faire passer plus vite' },
      // The author named once, then a joined modal; the reader's file sped up; "passer en avant".
      { text: 'Is your ODSP application stuck? I work at the Sudbury office and can bump you up the list.', span: 'bump you up' },
      { text: 'Waiting on a licence appeal? DM me, I can get your file looked at a lot faster.', span: 'I can get your file looked at a lot faster' },
      { text: 'Ton dossier traîne? Écris-moi, je peux le faire passer en avant des autres.', span: 'je peux le faire passer en avant' },
      // Inside knowledge of an assessment, sold.
      { text: 'New side gig: permit coaching. My day job is in the approvals branch, so I know exactly what the reviewers look for. Book through the link in bio!', span: 'I know exactly what the reviewers look' },
      { text: 'Bidding on the ministry’s new IT contract? My paid masterclass ($299) walks you through what our evaluation panel looks for.', span: 'walks you through what our evaluation panel looks' },
      { text: 'Je lance ma firme de consultation! Je connais le processus et les inspecteurs de l’intérieur, écrivez-moi en privé.', span: 'Je connais le processus et les inspecteurs de l’intérieur' },
    ],
    valid: [
      // A file moved by the service itself, told by the one who waited.
      'Got my renewal approved in two days, ServiceOntario was fast this time!',
      // A service team's promise to everyone, with the public channel.
      'Our team will make sure the renewal goes smoothly: book online at ontario.ca/renew.',
      // A ride, and a relative bidding on something that is not public money.
      'Je peux te faire monter dans mon char si tu veux, je passe par Orléans.',
      "Mon beau-frère soumissionne sur un chalet à Val-des-Monts, croisez les doigts!",
      // A seat on a committee after a bid on a house is nothing public.
      'My sister-in-law bid on a house in Kanata. I am on the selection committee for the office potluck, send recipes.',
      // A bid with no job named, or on a house; "bid farewell".
      "My cousin's firm is bidding, go get 'em!",
      'Policy analyst here. My sister submitted a bid on a house in Kanata!',
      "Je travaille au ministère. Mon oncle a soumissionné sur une vieille Mustang aux enchères.",
      'I work at MTO. My uncle bid farewell to his old truck today.',
      { text: 'Skip the line: book your ServiceOntario appointment online before you visit.', mode: 'official' },
      'I can get you in touch with the right team at the ministry for your question.',
      'I can’t fast-track your application, but the processing times are posted online.',
      { text: 'Send us a DM with your question and we’ll point you to the right program.', mode: 'official' },
      'The new online portal will speed up permit approvals for all farmers.',
      'My application is in, I’ll rush it over to the office tomorrow morning.',
      'Évitez la file d’attente : prenez rendez-vous en ligne avant de vous présenter.',
      'Je peux vous mettre en contact avec l’équipe responsable des permis.',
      'Le nouveau portail permettra d’accélérer le traitement des demandes pour tout le monde.',
      'Renew your permit online, it takes five minutes and it is the same for everyone.',
      'If I were you I’d bring a sweater, the fall fair gets chilly at night.',
      { text: 'Apply now before the deadline on June 30: ontario.ca/grants', mode: 'official' },
      '“I’ll take care of it,” said my son about the dishes. We’ll see.',
      'Si j’étais toi, j’apporterais un parapluie demain.',
      'Je m’en occupe! Le gâteau sera prêt pour la fête.',
      'Don’t wait until the last minute to file your taxes, folks. The deadline is April 30.',
      'Need a hand moving this weekend? I can squeeze in a couple of hours on Saturday.',
      'J’ai un contact au centre communautaire pour louer la salle du party, je vous tiens au courant.',
      'My wife’s firm won a huge contract with a grocery chain, so proud of her!',
      'Don’t let the cold slide into your home: check your weatherstripping this fall.',
      'My health card renewal took ten minutes online, the new portal really speeds things up.',
      'The garden club needs volunteers. I can get things moving on the seed swap if someone takes the bake sale.',
      'Le nouveau formulaire en ligne pour la carte santé devrait faire avancer les choses pour tout le monde.',
      'Mon chum veut repeindre la cuisine, je vais essayer de faire bouger les choses ce week-end.',
      'I work at the library and can help you find the forms for your application.',
      'Is your application stuck? She works in the office and can check the status for you online.',
      'On peut faire passer en avant les demandes complètes : remplissez tout le formulaire en ligne.',
      { text: 'Our free workshop shows you what the reviewers look for in a strong grant application. Register at ontario.ca/grants', mode: 'official' },
      'As a former inspector I know what the inspectors look for, so I always clean the grill before they come lol',
      'Je connais le processus par cœur, j’ai renouvelé mon permis trois fois!',
    ],
  },
});
