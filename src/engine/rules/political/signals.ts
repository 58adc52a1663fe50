// What the political rules look for, computed once per sentence: parties, leaders, candidates,
// election words and political hashtags; then calls to act and stances built on them. Every rule
// of the category reads these, so a sentence is scanned once whatever the number of rules.
import type { Span, Unit } from '../../types.js';
import { stripAccents } from '../../text/fold.js';
import {
  PARTIES_EN, PARTY_ADJECTIVES_EN, PARTY_NOUNS_EN, PARTY_PROPOSALS_EN, PARTY_SHORT_FORMS_EN, PARTY_ARTICLE_FORMS_EN, VOTED_PARTIES_EN, PARTY_SHORT_FORM_TRAPS_EN, PARTY_TAGS,
} from '../../lexicons/en/political-parties.js';
import {
  PARTIES_FR, PARTY_ADJECTIVES_FR, PARTY_NOUNS_FR, PARTY_PROPOSALS_FR, PARTY_SHORT_FORMS_FR, PARTY_CAPITALISED_FR, PARTY_SHORT_FORM_TRAPS_FR,
  PARTY_COLLOQUIAL_FR, PARTY_COLLOQUIAL_CONTEXT_FR,
} from '../../lexicons/fr/political-parties.js';
import { LEADER_NAMES, LEADER_TRAPS, LEADER_TAGS } from '../../lexicons/en/political-leaders.js';
import {
  ELECTION_TERMS_EN, CAMPAIGN_TERMS_EN, CANDIDATE_TERMS_EN, NON_PUBLIC_ELECTION_EN, ELECTION_TAG_PREFIXES,
  ELECTION_TAG_STEMS, ELECTION_TAGS,
} from '../../lexicons/en/political-elections.js';
import { ELECTION_TERMS_FR, CAMPAIGN_TERMS_FR, CANDIDATE_TERMS_FR, NON_PUBLIC_ELECTION_FR } from '../../lexicons/fr/political-elections.js';
import {
  VOTE_VERBS_EN, ELECT_VERBS_EN, CAMPAIGN_ACTIONS_EN, SELF_EVIDENT_ACTIONS_EN, IMPLICIT_OPPOSITION_EN,
  IMPLICIT_NEEDS_CONTEXT_EN, CIVIC_REMINDERS_EN, NEUTRAL_VOTE_FRAMES_EN, CAMPAIGN_ROLES_EN, CANDIDACY_EN, PRONOUN_CALLS_EN,
  REMEMBER_AT_POLLS_EN, REMEMBER_ALONE_EN, AT_POLLS_EN,
} from '../../lexicons/en/political-actions.js';
import {
  VOTE_VERBS_FR, ELECT_VERBS_FR, CAMPAIGN_ACTIONS_FR, SELF_EVIDENT_ACTIONS_FR, IMPLICIT_OPPOSITION_FR,
  IMPLICIT_NEEDS_CONTEXT_FR, CIVIC_REMINDERS_FR, NEUTRAL_VOTE_FRAMES_FR, CAMPAIGN_ROLES_FR, CANDIDACY_FR, PRONOUN_CALLS_FR,
  REMEMBER_AT_POLLS_FR, REMEMBER_ALONE_FR, AT_POLLS_FR,
} from '../../lexicons/fr/political-actions.js';
import { SUPPORT_EN, CHEERS_EN, PRAISE_EN, OPPOSITION_EN, REPORTED_SPEECH_EN } from '../../lexicons/en/political-stance.js';
import { SUPPORT_FR, CHEERS_FR, PRAISE_FR, OPPOSITION_FR, REPORTED_SPEECH_FR } from '../../lexicons/fr/political-stance.js';
import { NEGATIVE_EVALUATION_EN } from '../../lexicons/en/policy-evaluation.js';
import { NEGATIVE_EVALUATION_FR } from '../../lexicons/fr/policy-evaluation.js';
import { ownWork } from '../policy-commentary/own-work.js';
import { makeUnit, plainBefore, watchingBefore } from '../../text/unit.js';
import { findAll, keyPieces, phrasePieces, lexicon } from '../../match.js';
import { piecesIn, prefilterEnabled } from '../../trigger-index.js';
import { isLetter } from '../../lexicon-index.js';
import { Memo, WordLexicon, attributive, postposed, dedupe, exactWords, gap, matchAfter, normKey, phraseSet, precededBy, wordsAfter, wordsBefore, type WordMatch } from './util.js';

export interface Found extends Span {
  kind: string;
}

// ---- parties, leaders, candidates -------------------------------------------------------------

// "Liberal government", "PC candidate", « gouvernement libéral »: an adjective that names a party only
// next to a party noun. Matched as adjective + following noun (and noun + adjective in French), not
// as hundreds of listed pairs, which would make every scan slow.
const PARTY_NOUNS_EN_SET = phraseSet(PARTY_NOUNS_EN);
const GREEN_NOUNS_SET = phraseSet(['government', 'party', 'MP', 'MPs', 'MPP', 'MPPs', 'candidate', 'candidates', 'leader', 'caucus', 'MLA', 'MLAs', 'critic']);
const PARTY_ADJ_FR_SET = phraseSet(PARTY_ADJECTIVES_FR);
const PROPOSALS_EN_SET = phraseSet(PARTY_PROPOSALS_EN);
const DEFINITE_FR = phraseSet(['le', 'la', 'les', "l'", 'du', 'des', 'au', 'aux']);

/** "the Liberal plan", "the Conservative housing promise": a capitalised adjective inside the sentence, then a proposal (one modifier allowed). */
function proposalAfter(unit: Unit, m: Span): number {
  if (!/^\p{Lu}/u.test(unit.text.slice(m.start, m.start + 1)) || wordsBefore(unit.plain, m.start, 1).length === 0) return -1;
  const direct = matchAfter(unit.plain, m.end, PROPOSALS_EN_SET, 1);
  if (direct > 0) return direct;
  const skip = wordsAfter(unit.plain, m.end, 1)[0];
  return skip ? matchAfter(unit.plain, unit.plain.indexOf(skip, m.end) + skip.length, PROPOSALS_EN_SET, 1) : -1;
}
const FR_GREEN_EXCLUDED = phraseSet(['programme', 'plateforme', 'campagne', 'majorité']);
// "MPP Jones", "Councillor Wong", "la députée Collard": a title, then a capitalised name.
// (The regex finds the title and the capital; the rest of the name is read with NAME_WORD.)
const TITLES_EN = ['MPP', 'MP', 'Councillor', 'Councilor', 'Mayor', 'Trustee'];
const TITLES_FR = ['maire', 'mairesse', 'député', 'députée', 'conseiller', 'conseillère', 'candidat', 'candidate'];
const titled = (titles: readonly string[]) => new RegExp(`(?<![\\p{L}\\p{N}])(?:${titles.join('|')}) (?=\\p{Lu})`, 'gu');
/** Each title pattern with the titles it is built from: every match holds one (read in `folded`, case and accents kept). */
const TITLED: readonly [RegExp, readonly string[]][] = [
  [titled(TITLES_EN), TITLES_EN],
  [titled(TITLES_FR), TITLES_FR],
];

// Every word list of a political sentence in one scan; each match says which lists it belongs to.
const WORDS = new WordLexicon({
  party: [...PARTIES_EN, ...PARTIES_FR],
  // "Liberal government", « gouvernement libéral »: an adjective names a party only next to a party noun.
  adjective: PARTY_ADJECTIVES_EN,
  nounFr: PARTY_NOUNS_FR,
  proposalFr: PARTY_PROPOSALS_FR,
  // « les libéraux », « aux conservateurs »: party names unless a museum or a preservative is about.
  article: [...PARTY_SHORT_FORMS_FR, ...PARTY_ARTICLE_FORMS_EN],
  trap: [...PARTY_SHORT_FORM_TRAPS_EN, ...PARTY_SHORT_FORM_TRAPS_FR],
  leader: LEADER_NAMES,
  leaderTrap: LEADER_TRAPS,
  candidate: [...CANDIDATE_TERMS_EN, ...CANDIDATE_TERMS_FR],
  campaign: [...CAMPAIGN_TERMS_EN, ...CAMPAIGN_TERMS_FR],
  election: [...ELECTION_TERMS_EN, ...ELECTION_TERMS_FR],
  nonPublic: [...NON_PUBLIC_ELECTION_EN, ...NON_PUBLIC_ELECTION_FR],
  office: [
    'mayor', 'council', 'councillor', 'trustee', 'MPP', 'MP', 'riding', 'maire', 'mairesse', 'mairie', 'conseil municipal',
    'conseiller', 'conseillère', 'député', 'députée', 'circonscription',
  ],
  // Wards and districts make a name after "vote for" a municipal candidate.
  ward: ['ward', 'quartier', 'district'],
  // « les bleus », « la gang à Ford »: a party only where the sentence speaks of power, votes or government.
  colloquial: PARTY_COLLOQUIAL_FR,
  colloquialContext: PARTY_COLLOQUIAL_CONTEXT_FR,
});
// Case-sensitive forms: "the Liberals", "go Greens", « les Verts »; and singular adjectives that name a
// party after a vote or an identity ("vote Liberal", "a lifelong Conservative").
const SHORT_FORMS = new Set([...PARTY_SHORT_FORMS_EN, ...PARTY_CAPITALISED_FR, 'Ontario Party']);
const CASED_RE = exactWords([
  ...SHORT_FORMS, 'Liberal', 'Conservative', 'Green', 'Tory', 'Grit', 'New Democrat', 'PC', 'Dipper', 'Red Tory', 'Blue Tory',
]);
// "Team Stiles", "Team Ford", "Team NDP": campaign branding, support for the one named.
export const TEAM_NAMES = ['Ford', 'Doug', 'Stiles', 'Marit', 'Crombie', 'Bonnie', 'Schreiner', 'Carney', 'Poilievre', 'Singh', 'Jagmeet', 'Trudeau', 'NDP', 'PC', 'Liberal', 'Green', 'Tory', 'Blanchet', 'Bernier'];
const TEAM_NAME_SET = new Set(TEAM_NAMES);
const TEAM_WORDS = ['Team ', 'Équipe '];
const TEAM_RE = exactWords(TEAM_WORDS.flatMap((t) => TEAM_NAMES.map((n) => t + n)));
// "vote liberal", "votes pc": after a vote the adjective is the party whatever its case (lower-case posts).
const VOTED_RE = exactWords(VOTED_PARTIES_EN);
const VOTE_WORDS = phraseSet(['vote', 'votes', 'voted', 'voting', 'vote for', 'voted for', 'voting for', 'never vote', 'always vote', 'always voted', 'never voted']);
const IDENTITY_FRAMES = phraseSet([
  'lifelong', 'life long', 'proud', 'a proud', "i'm a", 'i am a', 'a lifelong', 'always been a', 'die hard', 'diehard',
  'a die hard', 'card carrying', 'a card carrying', 'as a', 'as a proud', "i'm a proud", 'i am a proud', 'staunch',
  'a staunch', 'loyal', 'a loyal', 'born and raised', 'true blue',
]);

// Parties named by their role, not their name: "the opposition's platform", "opposition parties",
// "the governing party", « l'opposition officielle ». A bare "the opposition" is also a sports word,
// so it needs a possessive or a party noun after it.
const ROLE_PARTY =
  /(?<![\p{L}\p{N}])(?:the (?:official )?opposition(?:['\u2019]s (?:promise|promises|platform|plan|proposal|leader|critic)|(?= (?:party|parties|leader|critic|critics|promise|promises|platform|plan|benches|mpps)(?![\p{L}\p{N}])))|opposition parties|the (?:governing|ruling) party|the party in power|l['\u2019]opposition officielle|les partis d['\u2019]opposition|le parti (?:au pouvoir|d['\u2019]opposition)|(?:le chef|la cheffe|la promesse|les promesses|le programme|la plateforme|le plan) de l['\u2019]opposition)(?![\p{L}\p{N}])/gu;
// A party or candidate described by what it does for people: "finally a party that listens to
// farmers", "a candidate who actually understands rural Ontario", « un parti qui écoute ». The
// relative clause is the praise (or the attack) itself, so no stance word is needed.
const ROLE_PARTY_WORDS = ['opposition', 'party', 'parti'];
/** Every match of RELATIVE_STANCE holds one of these. */
const RELATIVE_WORDS = [' that ', ' who ', ' qui '];
const RELATIVE_STANCE =
  /(?<![\p{L}\p{N}])(?:(?:a|the|one|this) (?:political )?(?:party|candidate|leader)|(?:un|le|ce) (?:parti|candidat|chef)|(?:une|la|cette) (?:candidate|cheffe)) (?:that|who|qui) (?:(?:actually|finally|really|truly|genuinely|enfin|vraiment) )?(?:listens|understands|cares|gets it|fights|stands up|knows|represents|respects|delivers|speaks for|ecoute|comprend|se soucie|se bat|defend|represente|respecte|connait)(?![\p{L}\p{N}])/gu;
// A party claimed as an identity or a vote in French, where the adjective is lower-case and so
// not a name by its case: « fier conservateur », « une vraie libérale », « libéral de toujours »,
// « j'ai voté conservateur », « je vote néo-démocrate ». The adjective alone is a temperament or a
// profession (« très conservateur avec mes placements », « profession libérale »), so it needs a
// frame of pride, loyalty or a vote verb right before it, or a loyalty phrase right after.
const FR_PARTY_ADJ = '(?:liberal|liberale|liberaux|liberales|conservateur|conservatrice|conservateurs|conservatrices|progressiste-conservat(?:eur|rice)s?|neo-?democrates?|bloquistes?|pequistes?|caquistes?)';
/** Every match of FR_PARTY_ADJ, so of IDENTITY_FR, holds one of these. */
const FR_PARTY_ADJ_WORDS = ['libera', 'conservat', 'democrate', 'bloquiste', 'pequiste', 'caquiste'];
const IDENTITY_FR = new RegExp(
  "(?<![\\p{L}\\p{N}])(?:fier|fiere|fiers|fieres|en bon|en bonne|militant|militante|militants|un vrai|une vraie|un pur|une pure|(?:j'ai|j'|on a|nous avons|ai|a|avons|toujours|jamais) vote|votez|voter|votons|voterai|voterons|je vote|on vote|(?:ne )?votez (?:pas|jamais|plus)|(?:je |on )?(?:ne )?(?:vote|voterai) (?:pas|jamais|plus)) " +
    FR_PARTY_ADJ + '(?![\\p{L}\\p{N}-])' +
    '|(?<![\\p{L}\\p{N}])' + FR_PARTY_ADJ + " (?:de toujours|dans l'ame|de coeur|jusqu'a la moelle|jusqu'au bout des ongles|depuis toujours|pure laine)(?![\\p{L}\\p{N}])",
  'gu',
);
// "la campagne de Marc Roy à la mairie": a campaign for a municipal seat names a candidate. The seat
// is looked for in the few words after "campagne", within the clause.
const CAMPAIGN_FR = /(?<![\p{L}\p{N}])campagne(?![\p{L}\p{N}])/gu;
const SEAT_FR =
  /(?<![\p{L}\p{N}])(?:a la mairie|au conseil municipal|au conseil regional|au conseil scolaire|a la prefecture|au poste de (?:maire|mairesse|conseiller|conseillere|prefet))(?![\p{L}\p{N}])/u;

const PARTY_TAG_SET = new Set(PARTY_TAGS);
const LEADER_TAG_SET = new Set(LEADER_TAGS);
const CTA_PREFIXES = ['votefor', 'votepour', 'vote', 'votez', 'voting', 'reelect', 'elect', 'elisez', 'reelisez', 'donateto', 'donnezau'];
const SUPPORT_PREFIXES = ['team', 'go', 'allez', 'vive', 'support', 'istandwith', 'standwith', 'imwith', 'proudly', 'forward'];
const OPPOSE_PREFIXES = ['stop', 'never', 'dump', 'fire', 'ditch', 'oust', 'defeat', 'byebye', 'bye', 'nomore', 'anyonebut', 'notmy', 'fuck', 'fk'];
const OPPOSE_SUFFIXES = ['out', 'mustgo', 'hastogo', 'dehors', 'resign', 'demission', 'lies', 'failed', 'fails', 'failsontario', 'isajoke', 'sucks'];
const SUPPORT_SUFFIXES = ['strong', 'wins', 'majority', 'forontario', 'forcanada', 'forthepeople', 'forthewin', 'ftw', 'proud', 'fier', 'fiere'];
const TAG_PREFIX_SET = new Set(ELECTION_TAG_PREFIXES);
const TAG_STEMS = ELECTION_TAG_STEMS;
const ELECTION_TAG_SET = new Set(ELECTION_TAGS);

// Leader names too common to stand alone as a tag ("#Ford" is a car) but clear in "#FordOut", "#StopFord".
const COMPOSABLE_LEADERS = new Set(['ford', 'doug', 'stiles', 'marit', 'bonnie', 'schreiner', 'singh', 'jagmeet', 'pp', 'pierre', 'mark']);

// Party words too common to stand alone as a tag ("#green" is a colour) but clear after "vote",
// "go", "stop": "#VoteGreen", "#GoLiberals".
const COMPOSABLE_PARTIES = new Set(['green', 'greens', 'liberal', 'liberals', 'conservative', 'conservatives', 'pc', 'pcs', 'tory', 'tories', 'ndp', 'vert', 'verts', 'liberaux', 'conservateurs', 'npd']);

function isPoliticalName(x: string, composed = false): 'party' | 'leader' | null {
  if (PARTY_TAG_SET.has(x) || (composed && COMPOSABLE_PARTIES.has(x))) return 'party';
  if (LEADER_TAG_SET.has(x) || (composed && COMPOSABLE_LEADERS.has(x))) return 'leader';
  return null;
}

/** What a hashtag or handle body says: a party or leader, a call to vote for one, support, opposition, an election. */
const RIDING_PARTY_SUFFIXES = ['ndp', 'npd', 'pcs', 'olp', 'liberals', 'liberaux', 'pcparty'];

export function classifyTag(body: string): string | null {
  const x = body.replace(/_/g, '');
  const named = isPoliticalName(x);
  if (named) return named;
  for (const p of CTA_PREFIXES) if (x.startsWith(p) && isPoliticalName(x.slice(p.length), true)) return 'cta';
  for (const p of SUPPORT_PREFIXES) if (x.startsWith(p) && isPoliticalName(x.slice(p.length), true)) return 'support';
  for (const p of OPPOSE_PREFIXES) if (x.startsWith(p) && isPoliticalName(x.slice(p.length), true)) return 'oppose';
  for (const s of OPPOSE_SUFFIXES) if (x.endsWith(s) && isPoliticalName(x.slice(0, x.length - s.length), true)) return 'oppose';
  for (const s of SUPPORT_SUFFIXES) if (x.endsWith(s) && isPoliticalName(x.slice(0, x.length - s.length), true)) return 'support';
  // A riding association or a local campaign: a place, then the party ("@OttSouthNDP", "#SudburyNPD",
  // "@KingstonLiberals"). Only the unambiguous short forms: "pc" ends too many handles ("@gamingpc").
  for (const s of RIDING_PARTY_SUFFIXES) if (x.length >= s.length + 3 && x.endsWith(s)) return 'party';
  let cut = x.length;
  while (cut > 0 && x.charCodeAt(cut - 1) >= 48 && x.charCodeAt(cut - 1) <= 57) cut--;
  const y = x.slice(0, cut);
  if (ELECTION_TAG_SET.has(y)) return 'election';
  for (const stem of TAG_STEMS) {
    if (y.endsWith(stem) && TAG_PREFIX_SET.has(y.slice(0, y.length - stem.length))) return 'election';
  }
  return null;
}

/** What an election hashtag contains (Rule.triggers): a stem or a listed tag of classifyTag(). */
export const ELECTION_TAG_TRIGGERS: readonly string[] = ['pol', ...ELECTION_TAG_STEMS, ...ELECTION_TAGS];

export interface Signals {
  /** Parties, in any form, including party hashtags and handles. */
  parties: Found[];
  leaders: Found[];
  /** Candidates, campaigns and elected people named with a title. */
  candidates: Found[];
  /** Elections in general (context, not partisan). */
  election: Found[];
  /** Political hashtags and handles, with their classification as kind. */
  tags: Found[];
  /** Party adjectives claimed as an identity ("a lifelong Liberal"). */
  identity: Found[];
  /** "a party that listens", "a candidate who understands": kind says party, candidate or leader. */
  relative: Found[];
  /** The sentence is about a contest, a board or a student council, not public office. */
  nonPublic: boolean;
  /** A ward, a council, a mayor: a municipal frame for a name. */
  officeContext: boolean;
}

// Results by sentence (and the sentence before it, and the language): the sentence rules share them,
// and so does the text-scope rule that reads the same sentences again.
const signalCache = new Memo<Signals>(1000);

// The key of the last unit asked about: signals(), callsToAct() and stances() each ask for it, and a
// key built anew is hashed anew (a few hundred characters) at each memo look-up.
let keyUnit: Unit | null = null;
let keyOfUnit = '';
let keyText: string | null = null;
let keyLocale = '';
let keyBefore = '';

export function unitKey(unit: Unit): string {
  // Read every time: reading `before` tells the engine these results depend on the sentence before.
  const before = unit.before;
  if (unit !== keyUnit) {
    keyUnit = unit;
    // A unit made anew for the same sentence (each watchingBefore() makes one) keeps the key built
    // for it: a new key was a new string, flattened again at each memo look-up.
    if (unit.text !== keyText || unit.locale !== keyLocale || before !== keyBefore) {
      keyText = unit.text;
      keyLocale = unit.locale;
      keyBefore = before;
      keyOfUnit = unit.locale + before + '\u0001' + unit.text;
    }
  }
  return keyOfUnit;
}

// One piece for each source signals() reads (tags, word lists, cased names, "Team X", titles, parties
// by role, « campagne », "a party that…"): a sentence without any of them has no signal, and most
// sentences are such. A new source needs its piece here; tests/trigger-prefilter.test.ts turns the
// gate off and expects the same findings. Also the triggers of rules that need a signal here or in
// the sentence before.
export const SIGNAL_PIECES: readonly string[] = [
  // Traps and the colloquial names' context only take signals away.
  ...WORDS.pieces(['trap', 'leaderTrap', 'colloquialContext']),
  ...phrasePieces([...SHORT_FORMS, 'Liberal', 'Conservative', 'Green', 'Tory', 'Grit', 'New Democrat', 'PC', 'Dipper']),
  ...keyPieces(['mpp', 'mp', 'councillor', 'councilor', 'mayor', 'trustee', 'maire', 'depute', 'conseill', 'candidat'], 'left'),
  // "Team X" (TEAM_RE): every name of TEAM_NAMES but Bernier holds a piece of its own here (the word lists, the
  // tag names), so "team" alone, which every sentence about one's team holds, is not a piece.
  ' team bernier ', ' equipe bernier ',
  // The sources that read these words read them whole (ROLE_PARTY, RELATIVE_STANCE, CAMPAIGN_FR: each
  // match holds " opposition ", " party ", " parti ", " campagne ", " leader " or " chef"/" cheffe");
  // unbounded, "parti" woke every « partir », « partie » and "participate".
  ...keyPieces(['opposition', 'party', 'parti', 'campagne', 'leader'], 'both'),
  ...keyPieces(['chef'], 'left'),
  // A name in a tag ends it (#VoteNDP) or starts it (#FordOut); a stem of an election tag may be followed by digits.
  ...keyPieces([...PARTY_TAGS, ...LEADER_TAGS, ...COMPOSABLE_PARTIES, ...COMPOSABLE_LEADERS], 'left'),
  ...keyPieces([...PARTY_TAGS, ...LEADER_TAGS, ...COMPOSABLE_PARTIES, ...COMPOSABLE_LEADERS], 'right'),
  ...keyPieces(ELECTION_TAG_TRIGGERS, 'none'),
  ...keyPieces(RIDING_PARTY_SUFFIXES, 'none'),
  // A French party adjective claimed as an identity (IDENTITY_FR).
  ...keyPieces(['liberal', 'conservat', 'democrate', 'bloquiste', 'pequiste', 'caquiste'], 'none'),
];

/** The signals of a sentence without a signal piece (most sentences): one answer shared by all of them,
 * frozen (a cached answer is already shared by every rule that asks; none writes to it), instead of an
 * object and seven arrays made for each. */
const frozenEmpty = (): Found[] => Object.freeze([]) as unknown as Found[];
const NO_SIGNALS: Signals = Object.freeze({
  parties: frozenEmpty(), leaders: frozenEmpty(), candidates: frozenEmpty(), election: frozenEmpty(), tags: frozenEmpty(),
  identity: frozenEmpty(), relative: frozenEmpty(),
  nonPublic: false, officeContext: false,
});

// signals() reads the sentence alone: keyed without the sentence before, and without reading it, so
// that rules built on signals only are reused after any sentence (the engine notices reads of `before`).
let ownKeyUnit: Unit | null = null;
let ownKeyOfUnit = '';
let ownKeyText: string | null = null;
let ownKeyLocale = '';

function ownKey(unit: Unit): string {
  if (unit !== ownKeyUnit) {
    ownKeyUnit = unit;
    // The same sentence in a new unit (watchingBefore()) keeps its key, as unitKey() does.
    if (unit.text !== ownKeyText || unit.locale !== ownKeyLocale) {
      ownKeyText = unit.text;
      ownKeyLocale = unit.locale;
      ownKeyOfUnit = unit.locale + '\u0001' + unit.text;
    }
  }
  return ownKeyOfUnit;
}

const DEPENDS: unique symbol = Symbol('depends on the sentence before');

/**
 * Results by sentence that read the sentence before only where they need it (callsToAct(), stances()).
 * The engine reuses a rule's answer after another sentence only where the rule did not read `before`,
 * so a memo must not read it where the answer does not depend on it, and must read it again (on the
 * unit asked about) where it does. Whether a computation reads `before` at all is decided by its own
 * sentence (it reads nothing else until then), so the text alone tells which kind a result is.
 */
class UnitMemo<V> {
  private readonly own: Memo<{ value: V } | typeof DEPENDS>;
  private readonly withBefore: Memo<V>;
  constructor(size: number) {
    this.own = new Memo(size);
    this.withBefore = new Memo(size);
  }

  get(unit: Unit, compute: (unit: Unit) => V): V {
    const own = this.own.get(ownKey(unit));
    if (own !== undefined && own !== DEPENDS) return own.value;
    if (own === DEPENDS) {
      const known = this.withBefore.get(unitKey(unit));
      if (known !== undefined) return known;
    }
    let read = false;
    const value = compute(watchingBefore(unit, () => (read = true)));
    if (read) {
      this.own.set(ownKey(unit), DEPENDS);
      this.withBefore.set(unitKey(unit), value);
    } else this.own.set(ownKey(unit), { value });
    return value;
  }
}

export function signals(unit: Unit): Signals {
  const key = ownKey(unit);
  const cached = signalCache.get(key);
  if (cached) return cached;
  if (prefilterEnabled() && !piecesIn(SIGNAL_PIECES, unit.plain)) {
    signalCache.set(key, NO_SIGNALS);
    namedTarget.set(unit.plain, false);
    return NO_SIGNALS;
  }
  const tags: Found[] = [];
  const parties: Found[] = [];
  const leaders: Found[] = [];
  const candidates: Found[] = [];
  const election: Found[] = [];
  const identity: Found[] = [];
  for (const m of unit.masked) {
    if (m.kind !== 'hashtag' && m.kind !== 'handle') continue;
    const kind = classifyTag(unit.plain.slice(m.start + 1, m.end));
    if (!kind) continue;
    const f = { start: m.start, end: m.end, kind };
    tags.push(f);
    if (kind === 'party') parties.push(f);
    if (kind === 'leader') leaders.push(f);
  }
  const inTag = (s: Span) => unit.masked.some((m) => (m.kind === 'handle' || m.kind === 'hashtag') && s.start < m.end && m.start < s.end);

  const found: { m: WordMatch<string>; classes: ReadonlySet<string> }[] = [];
  let trap = false;
  let nonPublic = false;
  let office = false;
  for (const m of WORDS.find(unit)) {
    const classes = m.classes;
    if (classes.has('trap')) trap = true;
    if (classes.has('nonPublic')) nonPublic = true;
    if (classes.has('office')) office = true;
    found.push({ m, classes });
  }
  const colloquialContext = !nonPublic && !trap && found.some((f) => f.classes.has('colloquialContext') || f.classes.has('election'));
  for (const { m, classes } of found) {
    if (classes.has('colloquial') && colloquialContext && !classes.has('article')) {
      const space = m.text.search(/\s/);
      parties.push({ start: space > 0 ? m.start + space + 1 : m.start, end: m.end, kind: 'party' });
    }
    if (classes.has('election')) election.push({ start: m.start, end: m.end, kind: 'election' });
    if (inTag(m) && !classes.has('election')) continue;
    if (classes.has('party')) parties.push({ start: m.start, end: m.end, kind: 'party' });
    if (classes.has('adjective')) {
      const green = m.text.toLowerCase() === 'green';
      const noun = matchAfter(unit.plain, m.end, green ? GREEN_NOUNS_SET : PARTY_NOUNS_EN_SET, 3);
      const end = noun > 0 || green ? noun : proposalAfter(unit, m);
      if (end > 0) parties.push({ start: m.start, end, kind: 'party' });
    }
    // « le plan libéral » (article défini), not « un plan conservateur pour sa retraite ».
    if (classes.has('proposalFr') && precededBy(unit.plain, m.start, DEFINITE_FR, 1)) {
      const end = matchAfter(unit.plain, m.end, PARTY_ADJ_FR_SET, 1);
      if (end > 0 && !/^\s*vert/.test(unit.plain.slice(m.end, end))) parties.push({ start: m.start, end, kind: 'party' });
    }
    if (classes.has('nounFr')) {
      const end = matchAfter(unit.plain, m.end, PARTY_ADJ_FR_SET, 2);
      const green = FR_GREEN_EXCLUDED.has(normKey(m.text)) && /^\s*vert/.test(unit.plain.slice(m.end, Math.max(m.end, end)));
      if (end > 0 && !green) parties.push({ start: m.start, end, kind: 'party' });
    }
    if (classes.has('article') && !trap) {
      // The article only confirms the noun; the span is the noun (« bravo aux libéraux »).
      const space = m.text.search(/[\s-]/);
      parties.push({ start: space > 0 ? m.start + space + 1 : m.start, end: m.end, kind: 'party' });
    }
    if (classes.has('leader') && !found.some((o) => o.classes.has('leaderTrap') && o.m.start - m.end < 16 && m.start - o.m.end < 12)) {
      leaders.push({ start: m.start, end: m.end, kind: 'leader' });
    }
    if (classes.has('campaign') || (classes.has('candidate') && !nonPublic)) candidates.push({ start: m.start, end: m.end, kind: classes.has('campaign') ? 'campaign' : 'candidate' });
    if (classes.has('ward') && /^[ \t]+\d/.test(unit.plain.slice(m.end, m.end + 3))) office = true;
  }
  CASED_RE.lastIndex = 0;
  for (let m = CASED_RE.exec(unit.folded); m; m = CASED_RE.exec(unit.folded)) {
    const f = { start: m.index, end: m.index + m[0].length, kind: 'party' };
    if (inTag(f) || parties.some((p) => f.start < p.end && p.start < f.end)) continue;
    if (SHORT_FORMS.has(m[0])) {
      // « les Verts de Saint-Bruno », "the Greens of Riverdale": a team or a club, not the party.
      const next = wordsAfter(unit.folded, f.end, 2);
      const local = next.length === 2 && /^(?:de|du|des|of|d'\p{Lu}.*)$/u.test(next[0]!) && !/^(?:l'Ontario|Ontario|Canada|l'Ontario)$/.test(next[1]!);
      if (!trap && !local) parties.push(f);
    } else if (precededBy(unit.plain, f.start, VOTE_WORDS, 2)) {
      parties.push(f);
    } else if (precededBy(unit.plain, f.start, IDENTITY_FRAMES, 3)) {
      parties.push(f);
      identity.push(f);
    }
  }
  VOTED_RE.lastIndex = 0;
  // Each pattern below runs only where its literal is (holdsAny()): every match holds one, and most
  // sentences that pass the gate above do so on another source ("team", "parties").
  // A party after a vote: every VOTE_WORDS phrase holds "vot".
  if (unit.plain.includes('vot')) for (let m = VOTED_RE.exec(unit.plain); m; m = VOTED_RE.exec(unit.plain)) {
    const f = { start: m.index, end: m.index + m[0].length, kind: 'party' };
    if (inTag(f) || parties.some((p) => f.start < p.end && p.start < f.end)) continue;
    if (precededBy(unit.plain, f.start, VOTE_WORDS, 2)) parties.push(f);
  }
  if (!trap) {
    IDENTITY_FR.lastIndex = 0;
    if (holdsAny(unit.plain, FR_PARTY_ADJ_WORDS)) for (let m = IDENTITY_FR.exec(unit.plain); m; m = IDENTITY_FR.exec(unit.plain)) {
      const f = { start: m.index, end: m.index + m[0].length, kind: 'party' };
      if (inTag(f) || parties.some((p) => f.start < p.end && p.start < f.end)) continue;
      parties.push(f);
      identity.push(f);
    }
  }
  TEAM_RE.lastIndex = 0;
  if (holdsAny(unit.folded, TEAM_WORDS)) for (let m = TEAM_RE.exec(unit.folded); m; m = TEAM_RE.exec(unit.folded)) {
    const f = { start: m.index, end: m.index + m[0].length, kind: 'team' };
    if (!inTag(f)) identity.push(f);
  }
  if (!nonPublic) {
    for (const [re, titles] of TITLED) {
      re.lastIndex = 0;
      if (holdsAny(unit.folded, titles)) for (let m = re.exec(unit.folded); m; m = re.exec(unit.folded)) {
        const start = m.index;
        // "12 MP Camera": a number before "MP" makes it megapixels.
        if (m[0].startsWith('MP') && /\d/.test(unit.folded.slice(Math.max(0, start - 3), start).trimEnd().slice(-1))) continue;
        NAME_WORD.lastIndex = start + m[0].length;
        const name = NAME_WORD.exec(unit.folded);
        candidates.push({ start, end: name ? name.index + name[0].length : start + m[0].length, kind: 'titled' });
      }
    }
  }
  ROLE_PARTY.lastIndex = 0;
  if (holdsAny(unit.plain, ROLE_PARTY_WORDS)) for (let m = ROLE_PARTY.exec(unit.plain); m; m = ROLE_PARTY.exec(unit.plain)) parties.push({ start: m.index, end: m.index + m[0].length, kind: 'party' });
  if (!nonPublic) {
    CAMPAIGN_FR.lastIndex = 0;
    if (unit.plain.includes('campagne')) for (let m = CAMPAIGN_FR.exec(unit.plain); m; m = CAMPAIGN_FR.exec(unit.plain)) {
      const end = m.index + m[0].length;
      const clause = unit.plain.slice(end, end + 60).split(/[.!?\n]/)[0]!;
      const seat = SEAT_FR.exec(clause);
      if (seat) candidates.push({ start: m.index, end: end + seat.index + seat[0].length, kind: 'candidate' });
    }
  }
  const relative: Found[] = [];
  RELATIVE_STANCE.lastIndex = 0;
  if (holdsAny(unit.plain, RELATIVE_WORDS)) for (let m = RELATIVE_STANCE.exec(unit.plain); m; m = RELATIVE_STANCE.exec(unit.plain)) {
    const kind = /part/.test(m[0].slice(0, 20)) ? 'party' : /cand/.test(m[0].slice(0, 20)) ? 'candidate' : 'leader';
    relative.push({ start: m.index, end: m.index + m[0].length, kind });
  }
  const officeContext = !nonPublic && (office || candidates.length > 0 || election.length > 0);
  const out: Signals = {
    parties: dedupe(parties),
    leaders: dedupe(leaders),
    candidates: dedupe(candidates),
    election,
    tags,
    identity,
    relative,
    nonPublic,
    officeContext,
  };
  signalCache.set(key, out);
  namedTarget.set(unit.plain, out.parties.length + out.leaders.length + out.candidates.length > 0);
  return out;
}

const MUNICIPAL_TITLE = /^(?:councillor|councilor|mayor|trustee|maire|mairesse|conseiller|conseillere)\b/;

/** Parties, leaders and candidates: whom one can support or oppose. A sitting mayor or councillor
 * named by title counts only in an election frame ("Mayor Chow is doing a terrible job" is not
 * opposing a candidate; "vote Mayor Chow out in the election" is). */
export function politicalTargets(unit: Unit): Found[] {
  const s = signals(unit);
  const electoral = s.election.length > 0 || s.candidates.some((c) => c.kind === 'candidate' || c.kind === 'campaign');
  return dedupe([
    ...s.parties,
    ...s.leaders,
    ...s.candidates.filter((c) => {
      if (c.kind === 'campaign') return false;
      if (c.kind === 'candidate') return true;
      return electoral || !MUNICIPAL_TITLE.test(unit.plain.slice(c.start, c.end));
    }),
  ]);
}

// Sentences just analysed, by their accent-free lower-case text: whether they named a target. The
// engine analyses a sentence right before the next one, so the next one's `before` is found here.
const namedTarget = new Memo<boolean>(512);

/** Whether the previous sentence names a party, leader or candidate. */
export function beforeNamesTarget(unit: Unit): boolean {
  if (!unit.before) return false;
  const key = stripAccents(unit.before);
  let known = namedTarget.get(key);
  if (known === undefined) {
    // Not seen (a cold cache): read the lower-cased sentence itself (capitalised short forms are lost).
    known = politicalTargets(makeUnit(unit.before, unit.locale)).length > 0;
    namedTarget.set(key, known);
  }
  return known;
}

// ---- calls to act ------------------------------------------------------------------------------

// All the action words in one scan; each match is sorted into its family by its text.
const ACTS = new WordLexicon({
  vote: [...VOTE_VERBS_EN, ...VOTE_VERBS_FR],
  elect: [...ELECT_VERBS_EN, ...ELECT_VERBS_FR],
  action: [...CAMPAIGN_ACTIONS_EN, ...CAMPAIGN_ACTIONS_FR],
  sign: [...SELF_EVIDENT_ACTIONS_EN, ...SELF_EVIDENT_ACTIONS_FR],
  implicit: [...IMPLICIT_OPPOSITION_EN, ...IMPLICIT_OPPOSITION_FR],
  needsContext: [...IMPLICIT_NEEDS_CONTEXT_EN, ...IMPLICIT_NEEDS_CONTEXT_FR],
  remember: [...REMEMBER_AT_POLLS_EN, ...REMEMBER_AT_POLLS_FR],
  memory: [...REMEMBER_ALONE_EN, ...REMEMBER_ALONE_FR],
  role: [...CAMPAIGN_ROLES_EN, ...CAMPAIGN_ROLES_FR],
  candidacy: [...CANDIDACY_EN, ...CANDIDACY_FR],
  // One's vote or support pledged to someone ("she has my vote", « il a mon vote », « mon vote ira à »):
  // electoral only with an office, a party or an election here or in the sentence before.
  pledge: [
    'has my vote', 'have my vote', 'gets my vote', 'got my vote', 'has my support', 'has my full support', 'my vote goes to',
    'my vote is going to', 'a mon vote', 'ont mon vote', 'aura mon vote', 'auront mon vote', 'a mon appui', 'a tout mon appui',
    'mon vote va à', 'mon vote ira à',
  ],
});
// What may follow a call to remember at the polls: the end, a break, an emoji or a tag, or a place or
// person addressed after a comma; not a subject that goes on to advice (", you will need ID").
const AT_POLLS = new WordLexicon({ term: [...AT_POLLS_EN, ...AT_POLLS_FR] });
const REMEMBER_CLOSES =
  /^(?:\s*$|\s*[.!?;\u2026)]|\s*[\p{Extended_Pictographic}#]|\s*,\s*(?!(?:you|your|we|they|it|there|my|vous|votre|vos|on|nous|il|elle|ils|elles|mon|ma|please|svp)(?![\p{L}]))[\p{L}])/u;
// An office or an election in the sentence before makes a name or a pledge here electoral
// (« Fière de ma sœur qui se présente à la mairie! Votez Julie! »).
const OFFICE_BEFORE =
  /\b(?:mairie|maire|mairesse|conseil municipal|conseiller municipal|conseillere municipale|depute|deputee|circonscription|candidat|candidate|candidats|elections?|scrutin|investiture|mayor|city council|councillor|councilor|trustee|riding|mpp|candidates?|nomination|ward \d+|quartier \d+)\b/;
const officeBefore = (unit: Unit) => unit.before !== '' && OFFICE_BEFORE.test(stripAccents(unit.before));
// Civic reminders are read apart, only when nothing partisan was found ("please vote" holds "vote").
const CIVIC = new WordLexicon({ term: [...CIVIC_REMINDERS_EN, ...CIVIC_REMINDERS_FR] });
const NEUTRAL_FRAMES = new WordLexicon({ term: [...NEUTRAL_VOTE_FRAMES_EN, ...NEUTRAL_VOTE_FRAMES_FR] });
const VOTE_CONTEXT = new WordLexicon({ term: ['vote', 'votes', 'voting', 'voter', 'votez', 'ballot', 'election', 'elections', 'élection', 'élections', 'scrutin', 'government', 'gouvernement', 'polls', 'urnes'] });
// One capitalised word ("Jane", "Marie-Ève"); a name is up to three of them.
const NAME_WORD = /\p{Lu}[\p{L}'-]*/uy;
// Capitalised words that follow "vote" without being a candidate ("Vote Tuesday", "Vote Early").
const NOT_NAMES = phraseSet([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'lundi', 'mardi', 'mercredi', 'jeudi',
  'vendredi', 'samedi', 'dimanche', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september',
  'october', 'november', 'december', 'today', 'tomorrow', 'tonight', 'now', 'early', 'advance', 'here', 'online', 'election',
  'elections', 'ontario', 'canada', 'i', 'we', 'you', 'your', 'our', 'the', 'this', 'everyone', 'aujourd', 'demain', 'le',
  'la', 'les', 'maintenant', 'tot', 'par', 'en', 'yes', 'no', 'oui', 'non',
]);
const NAME_LEADERS = phraseSet(['for', 'pour', 'to', 'à', 'a', 'with', 'avec', 'the', 'la', 'le', 'on', 'in', 'sur', 'dans', 'de']);

/** End of "… out" within four words after a voting verb ("vote these clowns out"), or -1. */
function voteOut(plain: string, from: number): number {
  const words = wordsAfter(plain, from, 5);
  const k = words.indexOf('out');
  if (k < 1 || k > 4 || words[k + 1] === 'of') return -1;
  let pos = from;
  for (let i = 0; i <= k; i++) pos = plain.indexOf(words[i]!, pos) + words[i]!.length;
  return pos;
}

// Fundraising events of any dish or kind: « souper spaghetti-bénéfice », « tournoi-bénéfice », "benefit
// dinner", "pancake breakfast". With a campaign or candidate near, they raise money for it.
const BENEFIT_EVENT =
  /(?<![\p{L}\p{N}])(?:\p{L}{3,20}[- ]benefice|benefit (?:dinner|breakfast|brunch|concert|gala|barbecue|bbq|night|golf tournament)|(?:spaghetti|pancake|pasta|chili) (?:dinner|supper|breakfast))(?![\p{L}\p{N}])/gu;
/** One of these is in every match of BENEFIT_EVENT (holdsAny()). */
const BENEFIT_WORDS = ['benefi', 'dinner', 'supper', 'breakfast'];

// Someone else's sign, described: "our neighbours have a huge election sign", « des pancartes
// électorales partout ». The writer's own ("my", « nos ») right before the sign stays a display.
const OWN_RIGHT_BEFORE = /(?:^|[^\p{L}])(?:my|our|ma|mes|notre|nos)\s(?:\p{L}{1,20}\s)?$/u;
const OTHER_OWNER =
  /(?:^|[^\p{L}])(?:neighbou?rs?|neighbou?r['\u2019]s|voisins?|voisines?|someone|somebody|quelqu['\u2019]un|every\s(?:house|lawn|yard|corner)|all\sover|everywhere|partout|their|leurs?|chaque\s(?:maison|terrain|coin))(?![\p{L}])/u;
function othersSign(plain: string, sign: Span): boolean {
  const before = plain.slice(Math.max(0, sign.start - 60), sign.start);
  if (OWN_RIGHT_BEFORE.test(before)) return false;
  return OTHER_OWNER.test(before) || OTHER_OWNER.test(plain.slice(sign.end, sign.end + 25));
}

export interface CallHit extends Span {
  kind: 'partisan' | 'implicit' | 'civic' | 'tag';
}

const callCache = new UnitMemo<CallHit[]>(1000);

function partisanObjects(unit: Unit): Found[] {
  const s = signals(unit);
  return dedupe([...s.parties, ...s.leaders, ...s.candidates]);
}

// A voting day or the word candidate: an electoral frame for "vote for <name>".
const VOTING_DAY =
  /\b(?:on|le)\s(?:(?:january|february|march|april|may|june|july|august|september|october|november|december|janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre)\s\d{1,2}|\d{1,2}(?:er)?\s(?:january|february|march|april|may|june|july|august|september|october|november|december|janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre))\b|\b(?:election day|voting day|jour du scrutin|jour de l'election|candidates?|candidats?)\b/;

/** The sentence before is about a race ("is running for the NDP", "our PC candidate", « se présente pour le NPD »),
 * not any news of a party or leader ("Doug Ford announced the budget"). */
const CAMPAIGN_BEFORE =
  /(?<![\p{L}])(?:running|runs|ran|candidate|candidates|candidacy|campaign|nomination|riding|by-election|election|se presente|presente pour|candidat|candidats|candidature|campagne|investiture|circonscription|election|elections)(?![\p{L}])/u;
/** After a campaign action, a beneficiary of its own, perhaps a word or two on: "(needed) for the food bank", « pour Centraide », « au refuge ». */
const OTHER_BENEFICIARY = /^\s*(?:,\s*)?(?:[\p{L}'-]{1,12}\s+){0,2}(?:to|for|towards|toward|pour|au|aux|a la|a l'|à|envers)\s/u;
/** Giving or volunteering somewhere also names who it is for ("volunteering at the soup kitchen"); canvassing somewhere does not. */
const PLACE_BENEFICIARY = /^\s*(?:,\s*)?(?:[\p{L}'-]{1,12}\s+){0,2}(?:at|chez|with|avec)\s/u;
const GIVING = /volunt|benevol|don|contribu|gave|chip/;
function otherBeneficiary(plain: string, m: Span): boolean {
  const after = plain.slice(m.end, m.end + 30);
  return OTHER_BENEFICIARY.test(after) || (GIVING.test(plain.slice(m.start, m.end)) && PLACE_BENEFICIARY.test(after));
}

// Canvassing is campaign work by itself: done "for" a person named by a capital, it is someone's
// campaign even with no office word ("knocked on doors all weekend for Sarah", « du porte-à-porte
// toute la fin de semaine pour Mélanie »). Door-to-door selling, a charity drive, a census or a
// holiday ("for Halloween", « pour Centraide ») are not, so their words keep the sentence out.
const CANVASS_ACT = /porte|pointage|cabal|frapp|cogn|canvass|door|knock|phone ?bank|scrutin|scrutat|campa|milit/;
const CANVASS_COUNT =
  /(?<![\p{L}\p{N}])(?:knock(?:ed|ing)? on|hit|hitting|frappe a|frapper a|cogne a|cogner a) (?:over |plus de |pres de )?\d[\d, ]{0,6} (?:doors|portes)(?![\p{L}\p{N}])/gu;
const CANVASS_WORDS = ['doors', 'portes'];
const FOR_NAME = /(?<![\p{L}\p{N}])(?:for|pour) (\p{Lu}[\p{L}'-]+(?: \p{Lu}[\p{L}'-]+)?)/u;
const NOT_CANVASS =
  /\b(?:sell|selling|sold|vendre|vend|vendu|vente|cookies|biscuits|chocolat|chocolate|calendriers?|bottles|bouteilles|halloween|bonbons|candy|census|recensement|survey|sondage|charity|charite|fondation|foundation|centraide|united way|croix-rouge|red cross|terry fox|food bank|banque alimentaire|scouts?|guides?|cadets|telethon|movember|relais pour la vie|relay for life|habitat|jehovah|temoins?|witness(?:es)?|church|eglise|paroisse|parish)\b/;
const NOT_CANVASS_NAMES = phraseSet(['noel', 'paques', 'christmas', 'easter', 'halloween', 'thanksgiving', 'centraide', 'unicef', 'habitat', 'dieu', 'god', 'jesus']);

// Putting those in power out, said with an object pronoun and any tense of the verb: « faut le
// sortir », « j'ai hâte qu'on les sorte », « on va les mettre dehors », "throw them all out", "kick
// 'em out". Opposing the governing party without naming it; only where the sentence or the one
// before speaks of a government, an election, a party or a leader (« les sortir du lit » is a
// morning with kids).
const OUST_PRONOUN =
  /(?<![\p{L}\p{N}])(?:(?:les?|la|l')\s(?:sortir|sorte|sortes|sortent|sortions|sortiez|sortira|sortirons|sortiront|sortirait|mettre dehors|mettrons dehors|mettra dehors|mette dehors|renvoyer chez eux|renvoyer chez lui|debarquer|chasser)|(?:throw|kick|boot|turf|get|vote|toss|run)\s(?:them|'em|em|the bums|the lot of them|this government|this lot|these clowns)\s(?:all\s)?out)(?![\p{L}\p{N}])/gu;
const OUST_WORDS = ['out', 'sort', 'dehors', 'renvoyer', 'debarquer', 'chasser'];
const OUST_NOT = /\b(?:du lit|de la|du bain|de l'eau|de la piscine|dehors pour jouer|le chien|les chiens|les poubelles|the trash|the garbage|the dog|the recycling|of bed|du four|de l'auto|du char|of the oven|of the car)\b/;
const GOV_CONTEXT = /\b(?:gouvernement|government|elections?|scrutin|urnes|polls|ballot|queen's park|premier ministre|premiere ministre|premier|conservateurs|liberaux|tories|caucus|ministres?|ministers?|ministre|ford|crombie|stiles|poilievre|carney)\b/;

/** A person named after "for"/« pour » in the clause after a canvassing act at `end`, or null. */
function canvassedFor(unit: Unit, end: number): Span | null {
  if (NOT_CANVASS.test(unit.plain)) return null;
  const clause = unit.folded.slice(end, end + 60).split(/[.!?;\n]/)[0]!;
  const m = FOR_NAME.exec(clause);
  if (!m) return null;
  const first = stripAccents(m[1]!.split(' ')[0]!.toLowerCase());
  if (NOT_NAMES.has(first) || NOT_CANVASS_NAMES.has(first)) return null;
  const start = end + m.index + m[0].length - m[1]!.length;
  return { start, end: start + m[1]!.length };
}

/** A capitalised name right after `pos` (skipping "for", "the"...), in an electoral frame. */
function nameAfter(unit: Unit, pos: number, needsContext = true): Span | null {
  const sig = signals(unit);
  // "Elect"/"re-elect" is election context by itself; "vote for Sam" needs an office nearby, or a
  // voting day or the word candidate ("vote for Sarah Lee on October 24", « votez pour Marie Dubois le 27 février »).
  if (needsContext && !sig.officeContext && !VOTING_DAY.test(unit.plain) && (sig.nonPublic || !officeBefore(unit))) return null;
  let i = pos;
  for (let k = 0; k < 2; k++) {
    while (i < unit.folded.length && /[ \t]/.test(unit.folded[i]!)) i++;
    const w = wordsAfter(unit.plain, i, 1)[0];
    if (w && NAME_LEADERS.has(w) && unit.plain.startsWith(w, i)) i += w.length;
    else break;
  }
  while (i < unit.folded.length && /[ \t]/.test(unit.folded[i]!)) i++;
  if (i - pos > 14) return null;
  const start = i;
  let end = i;
  for (let k = 0; k < 3; k++) {
    NAME_WORD.lastIndex = i;
    const m = NAME_WORD.exec(unit.folded);
    if (!m) break;
    if (k === 0 && (m[0].length < 2 || NOT_NAMES.has(stripAccents(m[0].toLowerCase())))) return null;
    end = i + m[0].length;
    if (unit.folded[end] !== ' ') break;
    i = end + 1;
  }
  return end > start ? { start, end } : null;
}

const PRONOUN_CALLS = lexicon([...PRONOUN_CALLS_EN, ...PRONOUN_CALLS_FR]);

/** What every call found by callsToAct() contains (Rule.triggers): an action word, a civic reminder,
 * a pronoun call, a benefit event, or a call-to-vote hashtag's prefix. */
export const CALL_TRIGGERS: readonly string[] = [
  ...ACTS.pieces(), ...CIVIC.pieces(), ...phrasePieces([...PRONOUN_CALLS_EN, ...PRONOUN_CALLS_FR]),
  'benefice', 'benefit', 'dinner', 'supper', 'breakfast',
  // A call-to-vote tag or handle ('cta'): its body opens on one of CTA_PREFIXES, right after "#" or "@"
  // (a sign). Unbounded, "vot" woke every « votre ».
  ...CTA_PREFIXES.map((p) => ' ' + p),
  // CANVASS_COUNT: "knocked on 200 doors", « cogné à 300 portes ».
  ' doors', ' portes',
  // OUST_PRONOUN's verbs, whole words there ("resort" and "sort of" are none); its English calls end on
  // their object and "out" ("throw them all out", "kick 'em out"): "out" alone woke every "out" sentence.
  ...keyPieces(['sortir', 'sorte', 'sortes', 'sortent', 'sortions', 'sortiez', 'sortira', 'sortirons', 'sortiront', 'sortirait', 'dehors', 'debarquer', 'chasser', 'renvoyer'], 'both'),
  ...['them', 'em', 'bums', 'government', 'lot', 'clowns'].flatMap((w) => [` ${w} out `, ` ${w} all out `]),
];

/** Whether `s` holds one of `words`: a gate before a pattern every match of which holds one of them.
 * Such patterns (the three below, signals()'s, position-association's) take microseconds to fail on a
 * sentence (a lookbehind and a letter class at every position); a sentence without their literals
 * cannot match them. */
/** A pattern and the words one of which every match holds, for holdsAny() to gate it. */
export interface LiteralGate {
  name: string;
  re: RegExp;
  words: readonly string[];
}

/** This file's gated patterns: tests/literal-gates.test.ts generates matches of each pattern and checks that
 * every one holds a word (a gate missing one would skip a sentence its pattern finds). */
export const LITERAL_GATES: readonly LiteralGate[] = [
  { name: 'IDENTITY_FR', re: IDENTITY_FR, words: FR_PARTY_ADJ_WORDS },
  { name: 'TEAM_RE', re: TEAM_RE, words: TEAM_WORDS },
  ...TITLED.map(([re, titles], i) => ({ name: `TITLED[${i}]`, re, words: titles })),
  { name: 'ROLE_PARTY', re: ROLE_PARTY, words: ROLE_PARTY_WORDS },
  { name: 'RELATIVE_STANCE', re: RELATIVE_STANCE, words: RELATIVE_WORDS },
  { name: 'OUST_PRONOUN', re: OUST_PRONOUN, words: OUST_WORDS },
  { name: 'CANVASS_COUNT', re: CANVASS_COUNT, words: CANVASS_WORDS },
  { name: 'BENEFIT_EVENT', re: BENEFIT_EVENT, words: BENEFIT_WORDS },
];

export function holdsAny(s: string, words: readonly string[]): boolean {
  // With the pre-filters off every gate opens, so tests/trigger-prefilter.test.ts proves each gate
  // changes no finding (the words are hand-derived from their patterns).
  if (!prefilterEnabled()) return true;
  for (const w of words) if (s.includes(w)) return true;
  return false;
}

/** The call opens a quotation that names a year of the last century or the 2000s ("Vote Liberal 1968", « Votez
 * Bloc 1993 ») in it or right after it: a campaign long over, on a button or a poster kept since. */
function oldSlogan(plain: string, at: number): boolean {
  const open = /["\u201c\u00ab]\s*$/.exec(plain.slice(Math.max(0, at - 3), at));
  if (!open) return false;
  const close = plain.slice(at).search(/["\u201d\u00bb]/);
  if (close < 0 || close > 60) return false;
  return /(?:^|[^\d])(?:19\d\d|200\d)(?!\d)/.test(plain.slice(at, at + close + 12));
}

export function callsToAct(unit: Unit): CallHit[] {
  // Every call holds one of CALL_TRIGGERS (call-to-action's triggers, so the engine's scan of the
  // sentence answers): most sentences hold none, and need neither the party objects nor the action words.
  if (prefilterEnabled() && !piecesIn(CALL_TRIGGERS, unit.plain)) return [];
  return callCache.get(unit, callsIn);
}

function callsIn(unit: Unit): CallHit[] {
  const sig = signals(unit);
  const objects = partisanObjects(unit);
  const named = [...sig.parties, ...sig.leaders];
  const out: CallHit[] = [];

  const after = (m: Span, max: number) => objects.find((o) => o.start >= m.end && o.start - m.end <= max);
  const beforeObj = (m: Span, max: number) => {
    for (let i = objects.length - 1; i >= 0; i--) {
      const o = objects[i]!;
      if (o.end <= m.start && m.start - o.end <= max) return o;
    }
    return undefined;
  };

  for (const m of ACTS.find(unit)) {
    const c = m.classes;
    if (c.has('vote') || c.has('elect')) {
      if (NEUTRAL_FRAMES.within(unit.plain, m.start - 30, m.end)) continue;
      // Grandpa's "Vote Liberal 1968" button, « Votez Bloc 1993 » on an old poster: a slogan of a past campaign, quoted.
      if (oldSlogan(unit.plain, m.start)) continue;
      // "The NDP voted against the bill": the party is the subject, not the object.
      if (c.has('vote') && named.some((p) => p.end <= m.start && m.start - p.end <= 25)) continue;
      const o = after(m, 45);
      if (o && !(sig.nonPublic && o.kind === 'candidate')) {
        out.push({ start: m.start, end: o.end, kind: 'partisan' });
        continue;
      }
      const name = nameAfter(unit, m.end, !c.has('elect'));
      if (name) {
        out.push({ start: m.start, end: name.end, kind: 'partisan' });
        continue;
      }
      // "vote these clowns out", "vote the whole lot out": opposing whoever holds office.
      const out_ = c.has('vote') && !sig.nonPublic ? voteOut(unit.plain, m.end) : -1;
      if (out_ > 0) out.push({ start: m.start, end: out_, kind: 'implicit' });
    } else if (c.has('remember') || c.has('memory')) {
      // The grievance remembered is what came before; the call closes its clause ("Remember that at the
      // ballot box, Hamilton Centre."). "Remember that at the polls you need ID" goes on to advice.
      // The memory word alone counts with the moment just before it: « Aux prochaines élections, souvenez-vous-en. »
      const moment = c.has('remember') ? m : AT_POLLS.findIn(unit.plain).find((a) => a.end <= m.start && /^[\s,:\u2014\u2013-]*$/.test(unit.plain.slice(a.end, m.start)));
      if (moment && !sig.nonPublic && REMEMBER_CLOSES.test(unit.plain.slice(m.end, m.end + 40))) out.push({ start: moment.start, end: m.end, kind: 'implicit' });
    } else if (c.has('sign')) {
      if (!sig.nonPublic && !othersSign(unit.plain, m)) out.push({ start: m.start, end: m.end, kind: 'partisan' });
    } else if (c.has('action') && !c.has('role')) {
      const o = after(m, 50) ?? beforeObj(m, 15);
      if (o && !(sig.nonPublic && o.kind === 'candidate')) {
        out.push({ start: Math.min(m.start, o.start), end: Math.max(m.end, o.end), kind: 'partisan' });
        continue;
      }
      const name = nameAfter(unit, m.end) ?? (!sig.nonPublic && CANVASS_ACT.test(unit.plain.slice(m.start, m.end)) ? canvassedFor(unit, m.end) : null);
      if (name) out.push({ start: m.start, end: name.end, kind: 'partisan' });
      // "My friend Josée is running for the NDP in Timmins! Every donation counts.": money or campaign
      // work asked for bare, right after a sentence naming the party or candidate, is for them; not when
      // it names another beneficiary ("Volunteers needed for the food bank").
      else if (!sig.nonPublic && named.length === 0 && !otherBeneficiary(unit.plain, m) && CAMPAIGN_BEFORE.test(stripAccents(unit.before)) && beforeNamesTarget(unit)) {
        out.push({ start: m.start, end: m.end, kind: 'partisan' });
      }
    } else if (c.has('role')) {
      const o = after(m, 50) ?? beforeObj(m, 15);
      if (o && !(sig.nonPublic && o.kind === 'candidate')) {
        out.push({ start: Math.min(m.start, o.start), end: Math.max(m.end, o.end), kind: 'partisan' });
        continue;
      }
      // Without an office word, only a full name makes it someone's campaign ("pancarte pour Ana Roy").
      const name = nameAfter(unit, m.end, false);
      // "Lawn signs for the Garden Tour": an article makes it a thing, not a person.
      const article = /(?:^|\s)(?:the|la|le|les|l')(?:\s|$)/.test(unit.plain.slice(m.end, name?.start ?? m.end));
      if (name && !article && !sig.nonPublic && /\s/.test(unit.folded.slice(name.start, name.end))) out.push({ start: m.start, end: name.end, kind: 'partisan' });
    } else if (c.has('candidacy') || c.has('pledge')) {
      // An office ("for mayor", "in Ward 3") or a party ("the NDP candidate") makes it an election.
      if (sig.officeContext || named.length > 0 || (c.has('pledge') && !sig.nonPublic && officeBefore(unit))) out.push({ start: m.start, end: m.end, kind: 'partisan' });
    } else if (c.has('implicit')) {
      // "Anyone but Ford", « tout sauf Poilievre »: a slogan against the one named.
      const nextWord = wordsAfter(unit.folded, m.end, 1)[0] ?? '';
      const slogan =
        /(?:but|sauf)$/.test(unit.plain.slice(m.start, m.end)) &&
        (TEAM_NAME_SET.has(nextWord) || named.some((p) => p.start >= m.end && p.start - m.end <= 2));
      if (c.has('needsContext') && named.length === 0 && !slogan) {
        const here = VOTE_CONTEXT.findIn(unit.plain).some((v) => v.end <= m.start || v.start >= m.end);
        if (!here && !VOTE_CONTEXT.test(stripAccents(unit.before))) continue;
      }
      let end = m.end;
      if (slogan) {
        NAME_WORD.lastIndex = m.end + 1;
        const name = NAME_WORD.exec(unit.folded);
        if (name) end = m.end + 1 + name[0].length;
      }
      out.push({ start: m.start, end, kind: 'implicit' });
    }
  }
  // « Faut les sortir aux prochaines élections », "throw them all out in June".
  OUST_PRONOUN.lastIndex = 0;
  if (holdsAny(unit.plain, OUST_WORDS)) for (let m = OUST_PRONOUN.exec(unit.plain); m; m = OUST_PRONOUN.exec(unit.plain)) {
    if (sig.nonPublic || OUST_NOT.test(unit.plain)) break;
    // The pronoun's antecedent comes first (« ce gouvernement-là, faut le sortir »); an object named
    // after it (« faut les sortir, ces vieux meubles ») is what goes out.
    const end = m.index + m[0].length;
    const dislocated = /^,?\s(?:ces|ce|cet|cette|those|these)\s/.exec(unit.plain.slice(end, end + 8));
    if (dislocated && !GOV_CONTEXT.test(unit.plain.slice(end, end + 40))) continue;
    const before = stripAccents(unit.before);
    const context =
      named.some((n) => n.end <= m!.index) || sig.election.length > 0 || GOV_CONTEXT.test(unit.plain.slice(0, m.index)) || (before !== '' && GOV_CONTEXT.test(before));
    if (context) out.push({ start: m.index, end, kind: 'implicit' });
  }
  // "Knocked on 200 doors for Sarah", « cogné à 300 portes pour le NPD »: a count in the phrase.
  CANVASS_COUNT.lastIndex = 0;
  if (holdsAny(unit.plain, CANVASS_WORDS)) for (let m = CANVASS_COUNT.exec(unit.plain); m; m = CANVASS_COUNT.exec(unit.plain)) {
    const span = { start: m.index, end: m.index + m[0].length };
    const o = after(span, 50) ?? beforeObj(span, 15);
    const target = o && !(sig.nonPublic && o.kind === 'candidate') ? o : sig.nonPublic ? null : canvassedFor(unit, span.end);
    if (target) out.push({ start: Math.min(span.start, target.start), end: Math.max(span.end, target.end), kind: 'partisan' });
  }
  BENEFIT_EVENT.lastIndex = 0;
  if (holdsAny(unit.plain, BENEFIT_WORDS)) for (let m = BENEFIT_EVENT.exec(unit.plain); m; m = BENEFIT_EVENT.exec(unit.plain)) {
    const span = { start: m.index, end: m.index + m[0].length };
    const o = after(span, 60) ?? beforeObj(span, 15);
    if (o && !(sig.nonPublic && o.kind === 'candidate')) out.push({ start: Math.min(span.start, o.start), end: Math.max(span.end, o.end), kind: 'partisan' });
  }
  // "…the NDP is the only party that will fix it. Vote them in." / « les conservateurs vont couper. Votez contre eux. »
  for (const m of findAll(PRONOUN_CALLS, unit.plain)) {
    if (NEUTRAL_FRAMES.within(unit.plain, m.start - 30, m.end)) continue;
    if (named.some((p) => p.end <= m.start) || (named.length === 0 && beforeNamesTarget(unit))) out.push({ start: m.start, end: m.end, kind: 'partisan' });
  }
  for (const t of sig.tags) if (t.kind === 'cta') out.push({ start: t.start, end: t.end, kind: 'tag' });
  const partisan = dedupe(out);
  if (partisan.length === 0 && !sig.nonPublic) {
    for (const m of CIVIC.find(unit)) partisan.push({ start: m.start, end: m.end, kind: 'civic' });
  }
  return partisan;
}

// ---- stances -----------------------------------------------------------------------------------

const STANCE_WORDS = new WordLexicon({
  support: [...SUPPORT_EN, ...SUPPORT_FR],
  praise: [...PRAISE_EN, ...PRAISE_FR],
  oppose: [...OPPOSITION_EN, ...OPPOSITION_FR, ...NEGATIVE_EVALUATION_EN, ...NEGATIVE_EVALUATION_FR],
});
const CHEER_SET = phraseSet([...CHEERS_EN, ...CHEERS_FR]);
const CHEER_ARTICLES = phraseSet(['the', 'le', 'la', 'les', "l'", 'team']);
const REPORTED = new WordLexicon({ term: [...REPORTED_SPEECH_EN, ...REPORTED_SPEECH_FR] });
/** A new clause whose subject runs the event, between a party and a verdict: "…and the moderator did a great job",
 * « …et la modératrice a fait un excellent travail ». The verdict is theirs, not the party's. */
const BACK_TO_PARTY = /(?:^|[^\p{L}])(?:them|their|they|eux|leur|leurs|les\s+\p{L}+)(?![\p{L}])/u;
const EVENT_ROLE_SUBJECT =
  /(?:^|[^\p{L}])(?:and|but|while|et|mais|alors\s+que)\s+(?:the|our|la|le|les|l['\u2019]|nos?|notre)\s*(?:moderators?|hosts?|emcees?|mcs?|organi[sz]ers?|volunteers?|poll\s+workers?|election\s+workers?|scrutineers?|interpreters?|translators?|sign\s+language\s+interpreters?|stage\s+crew|tech\s+crew|camera\s+crew|moderat(?:eur|rice)s?|animat(?:eur|rice)s?|organisat(?:eur|rice)s?|benevoles?|scrutat(?:eur|rice)s?|interpretes?|traduct(?:eur|rice)s?|equipe\s+technique)(?![\p{L}])/u;
const PERSON_ANAPHORS = phraseSet(['they', "they're", 'they are', 'he', "he's", 'he is', 'she', "she's", 'she is', 'ils', 'elles', 'ils sont', 'elles sont', 'il', 'elle', 'il est', 'elle est', 'those guys', 'these guys', 'ces gens-la', 'ces gens la']);
/** The first words of PERSON_ANAPHORS' phrases of several words: only after one of them can a sentence's
 * first two words be such a phrase (a string joined and hashed per sentence otherwise). */
const PERSON_ANAPHOR_HEADS = new Set([...PERSON_ANAPHORS].filter((p) => p.includes(' ')).map((p) => p.slice(0, p.indexOf(' '))));

export interface StanceHit extends Span {
  kind: 'support' | 'praise' | 'oppose' | 'tag';
  /** The sentence also ties the stance to the author's own work. */
  ownWork: boolean;
}

const stanceCache = new UnitMemo<StanceHit[]>(1000);

function evaluations(unit: Unit): { m: Span; kind: 'support' | 'praise' | 'oppose' }[] {
  const out: { m: Span; kind: 'support' | 'praise' | 'oppose' }[] = [];
  for (const m of STANCE_WORDS.find(unit)) {
    out.push({ m, kind: m.classes.has('support') ? 'support' : m.classes.has('praise') ? 'praise' : 'oppose' });
  }
  return out;
}

/** Code units in [from, to) that are letters (`\p{L}`), read by code unit as before (a lone surrogate is none):
 * a table look-up each, not a pattern run on a one-character string (1% of a cold analysis). */
function countLetters(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) if (isLetter(s.charCodeAt(i))) n++;
  return n;
}

const NO_STANCES: readonly StanceHit[] = Object.freeze([]);

export function stances(unit: Unit): readonly StanceHit[] {
  // Most sentences asked about can hold none (stancePossible(), which reads `before` only where
  // stancesIn() would): answered without the memo, its keys and a watched copy of the unit.
  if (!stancePossible(unit)) return NO_STANCES;
  return stanceCache.get(unit, stancesIn);
}

// The last sentence's shape: asked of one sentence by each rule that reads stances, one rule after another.
let shapeOf: string | null = null;
let shape = { pronoun: false, letters: 0 };

/** What decides whether a sentence naming no target may aim at one named in the sentence before: it
 * opens on a pronoun ("They have no idea…"), or it is short ("Never again."; `letters` ≤ 40). */
function anaphoraShape(plain: string): { pronoun: boolean; letters: number } {
  if (plain === shapeOf) return shape;
  const first = wordsAfter(plain, 0, 2);
  const pronoun = first.length > 0 && (PERSON_ANAPHORS.has(first[0]!) || (PERSON_ANAPHOR_HEADS.has(first[0]!) && PERSON_ANAPHORS.has(first.join(' '))));
  shapeOf = plain;
  return (shape = { pronoun, letters: countLetters(plain, 0, plain.length) });
}

/** False where stances() finds nothing, known without it: a stance needs a signal piece in the
 * sentence (signals() finds nothing without one) or, as an anaphora (stancesIn()), a target named in
 * the sentence before, which beforeNamesTarget() finds only where that sentence holds a signal piece.
 * Reads `before` only where stancesIn() would. stances() asks it first. */
export function stancePossible(unit: Unit): boolean {
  if (!prefilterEnabled() || piecesIn(SIGNAL_PIECES, unit.plain)) return true;
  const { pronoun, letters } = anaphoraShape(unit.plain);
  if (!pronoun && letters > 40) return false;
  const before = unit.before;
  return before !== '' && piecesIn(SIGNAL_PIECES, plainBefore(unit));
}

function stancesIn(unit: Unit): StanceHit[] {
  const sig = signals(unit);
  const targets = politicalTargets(unit);
  const out: StanceHit[] = [];
  let workKnown: boolean | undefined;
  const workOf = () => (workKnown ??= ownWork(unit));
  // Anaphora ("They have no idea…", or a bare "Never again.") needs a target in the sentence before
  // (read only for a sentence that opens on a pronoun or is short).
  let pronoun = false;
  let letters = 0;
  let anaphoric = false;
  if (targets.length === 0) {
    ({ pronoun, letters } = anaphoraShape(unit.plain));
    anaphoric = (pronoun || letters <= 40) && beforeNamesTarget(unit);
  }
  const evals = targets.length || anaphoric ? evaluations(unit) : [];

  for (const t of targets) {
    // "Go Greens!", "Vive le NPD", "allez les Verts".
    const prev = wordsBefore(unit.plain, t.start, 2);
    const p1 = prev[prev.length - 1];
    const p2 = prev[prev.length - 2];
    if ((p1 && CHEER_SET.has(p1)) || (p1 && p2 && CHEER_ARTICLES.has(p1) && CHEER_SET.has(p2))) {
      const start = unit.plain.lastIndexOf(p1 && CHEER_SET.has(p1) ? p1 : p2!, t.start);
      out.push({ start: start >= 0 ? start : t.start, end: t.end, kind: 'support', ownWork: workOf() });
      continue;
    }
    let best: { m: Span; kind: 'support' | 'praise' | 'oppose' } | undefined;
    let bestGap = Infinity;
    for (const e of evals) {
      if (e.m.start < t.end && t.start < e.m.end) continue;
      if (e.kind === 'oppose' && unit.locale === 'en' && attributive(unit.plain, e.m.start, e.m.end, (pos) => targets.some((x) => x.start === pos))) continue;
      if (e.kind === 'oppose' && unit.locale === 'fr' && postposed(unit.plain, e.m.start, e.m.end, (pos) => targets.some((x) => x.end === pos))) continue;
      const after = e.m.start >= t.end;
      const g = gap(t, e.m);
      if (g > (after ? 60 : 50)) continue;
      // The party speaks ("the NDP says the budget is a disaster"): not the author's stance on it.
      const from = after ? t.end : e.m.end;
      const to = after ? e.m.start : t.start;
      if (REPORTED.within(unit.plain, from, to)) continue;
      // "…held a debate and the moderator did a great job": the praise has its own subject, the event's host.
      // ("…and the organizers did a great job exposing them" still aims at the party.)
      if (after && EVENT_ROLE_SUBJECT.test(unit.plain.slice(from, to)) && !BACK_TO_PARTY.test(unit.plain.slice(e.m.end, e.m.end + 40))) continue;
      // First-person support must come before its object ("I support the NDP", not "the NDP… I support").
      if (e.kind === 'support' && after) continue;
      if (g < bestGap) {
        best = e;
        bestGap = g;
      }
    }
    if (best) out.push({ start: Math.min(t.start, best.m.start), end: Math.max(t.end, best.m.end), kind: best.kind, ownWork: workOf() });
  }
  for (const f of sig.identity) {
    if (f.kind === 'team') {
      out.push({ start: f.start, end: f.end, kind: 'support', ownWork: workOf() });
      continue;
    }
    const prev = wordsBefore(unit.plain, f.start, 3);
    const start = prev.length ? unit.plain.lastIndexOf(prev[0]!, f.start) : f.start;
    out.push({ start: start >= 0 ? start : f.start, end: f.end, kind: 'support', ownWork: workOf() });
  }
  // A party is never a birthday party once it "listens"; a candidate or a leader "who understands"
  // may be a job applicant or a manager, so they need a political frame in the sentence.
  const politicalFrame = !sig.nonPublic && (sig.officeContext || sig.parties.length + sig.leaders.length > 0);
  for (const r of sig.relative) {
    if (r.kind === 'party' || politicalFrame) out.push({ start: r.start, end: r.end, kind: 'praise', ownWork: workOf() });
  }
  for (const tag of sig.tags) {
    if (tag.kind === 'support' || tag.kind === 'oppose') out.push({ start: tag.start, end: tag.end, kind: 'tag', ownWork: workOf() });
  }
  // "The PCs released their platform. They have no idea what they're doing."
  if (anaphoric) {
    for (const e of evals) {
      if (e.kind === 'support') continue;
      // Without a pronoun, the evaluation must be nearly the whole sentence ("Never again.", "Shameful!").
      if (!pronoun && letters - countLetters(unit.plain, e.m.start, e.m.end) > 12) continue;
      out.push({ start: e.m.start, end: e.m.end, kind: e.kind, ownWork: workOf() });
      break;
    }
  }
  return dedupe(out);
}

/** A partisan signal in this sentence: a call to act for a party or candidate, or a stance on one. */
export function partisanSignals(unit: Unit): Span[] {
  return [...callsToAct(unit).filter((c) => c.kind !== 'civic'), ...stances(unit)];
}
