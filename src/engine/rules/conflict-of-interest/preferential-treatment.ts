// Offering a favour through one's job: "DM me and I'll fast-track your application", "I can get
// you in", "je peux accélérer votre dossier". Public servants must not give anyone preferential
// treatment or help beyond what the job ordinarily provides, nor appear to (O. Reg. 381/07 s. 6).
// The offer needs the author as the one who acts: "skip the line, book online" from a ministry is
// a public service, not a favour.
import { defineRule } from '../../define-rule.js';
import type { Hit, Unit } from '../../types.js';
import { findTerms, has, lexicon, type Match } from '../../match.js';
import {
  ASSURE_EN, FILES_EN, NOT_QUEUE_AFTER_EN, OFFER_AGENTS_EN, OFFER_AGENTS_WE_EN, OUTCOMES_EN, PUBLIC_CHANNELS_EN,
  QUEUE_JUMPS_EN, SPEED_UP_EN,
} from '../../lexicons/en/conflict-preferential.js';
import {
  ASSURE_FR, FILES_FR, NOT_QUEUE_AFTER_FR, OFFER_AGENTS_FR, OFFER_AGENTS_WE_FR, OUTCOMES_FR, PUBLIC_CHANNELS_FR,
  QUEUE_JUMPS_FR, SPEED_UP_FR,
} from '../../lexicons/fr/conflict-preferential.js';
import { alternation, beforePlain } from './context.js';

const AGENT = lexicon([...OFFER_AGENTS_EN, ...OFFER_AGENTS_FR]);
const AGENT_WE = lexicon([...OFFER_AGENTS_WE_EN, ...OFFER_AGENTS_WE_FR]);
const SPEED = lexicon(SPEED_UP_EN.concat(SPEED_UP_FR));
const QUEUE = lexicon([...QUEUE_JUMPS_EN, ...QUEUE_JUMPS_FR]);
const ASSURE = lexicon([...ASSURE_EN, ...ASSURE_FR]);
const PUBLIC_CHANNEL = lexicon([...PUBLIC_CHANNELS_EN, ...PUBLIC_CHANNELS_FR]);
const FILES = alternation([...FILES_EN, ...FILES_FR]);
const OUTCOMES = alternation([...OUTCOMES_EN, ...OUTCOMES_FR, 'will go through', 'will be approved', 'sera approuve', 'sera approuvee', 'sera acceptee', 'sera accepte', 'passera']);
// The reader's own file right after the verb: "fast-track your application", "accélérer votre dossier".
const YOUR_FILE = new RegExp(
  `^[\\s-]+(?:[\\p{L}'-]+\\s+){0,3}?(?:your|ur|votre|vos|ton|ta|tes)\\s+(?:[\\p{L}'-]+\\s+){0,2}?(?:${FILES})(?![\\p{L}])`,
  'u',
);
// "passer votre dossier en priorité", "put your application at the top": a neutral verb made a favour by what follows.
const PLACE_FIRST = new RegExp(
  `(?<![\\p{L}])(?:passer|traiter|mettre|placer|put|move|place|bump)\\s+(?:your|ur|votre|vos|ton|ta|tes)\\s+(?:[\\p{L}'-]+\\s+){0,2}?(?:${FILES})\\s+(?:en priorite|en premier|en tete|sur le dessus|first|to the top|at the top|on top|ahead|to the front|at the front)(?![\\p{L}])`,
  'gu',
);
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
}

function agents(unit: Unit, re: RegExp, we: boolean): Agent[] {
  return findTerms(unit, re)
    .filter((m) => !NEGATED.test(unit.plain.slice(m.end, m.end + 7)) && !/\bne\s*$|\bn'\s*$/.test(unit.plain.slice(Math.max(0, m.start - 4), m.start)))
    .map((m: Match) => ({ start: m.start, we }));
}

/** The closest offering voice before `pos` in this sentence, or one in the sentence before ("DM me. I'll…"). */
function offerBy(unit: Unit, all: Agent[], pos: number): Agent | 'before' | null {
  const here = all.filter((a) => a.start < pos && pos - a.start <= 90).pop();
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

export default defineRule({
  id: 'conflict-of-interest/preferential-treatment',
  category: 'conflict-of-interest',
  severity: { personal: 'high', professional: 'high', official: 'high' },
  guidelines: ['coi-preferential-treatment', 'ops-guiding-principles'],
  title: { en: 'Offer of preferential treatment', fr: 'Offre de traitement de faveur' },
  why: {
    en: 'This offers someone special treatment (speeding up a file, getting them in ahead of others). Public servants must treat everyone alike and must not help anyone beyond what the job normally provides, or even seem to; point people to the regular service channel instead.',
    fr: "Ceci offre un traitement de faveur (accélérer un dossier, faire passer quelqu'un devant les autres). Un fonctionnaire doit traiter tout le monde de la même façon et ne doit aider personne au-delà de ce que son poste offre normalement, ni même en donner l'apparence; dirigez plutôt les gens vers le service habituel.",
  },
  detect(unit) {
    const all = [...agents(unit, AGENT, false), ...agents(unit, AGENT_WE, true)].sort((a, b) => a.start - b.start);
    if (all.length === 0) {
      AGENT.lastIndex = 0;
      if (!unit.before || !AGENT.test(beforePlain(unit))) return [];
    }
    const hits: Hit[] = [];
    const publicChannel = has(unit, PUBLIC_CHANNEL);
    const add = (start: number, end: number, generic: boolean) => {
      const by = offerBy(unit, all, start);
      if (!by) return;
      const we = by !== 'before' && by.we;
      // "Skip the line: book online" is the public channel everyone may use.
      if (publicChannel && (generic || we)) return;
      const from = by !== 'before' && by.start < start && start - by.start <= 40 ? by.start : start;
      if (hits.some((h) => h.start < end && from < h.end)) return;
      const hit: Hit = { start: from, end };
      if (we) hit.severity = OFFICIAL_VOICE;
      hits.push(hit);
    };

    const named = (s: string) => FILE_WORD.test(s) && !OWN_FILE.test(s);
    const fileNamed = named(unit.plain) || (unit.before !== '' && named(beforePlain(unit)));
    for (const m of findTerms(unit, SPEED)) {
      const obj = YOUR_FILE.exec(unit.plain.slice(m.end, m.end + 60));
      if (obj) add(m.start, m.end + obj[0].length, false);
      else if (fileNamed) {
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
    return hits.sort((a, b) => a.start - b.start);
  },
  examples: {
    invalid: [
      { text: 'DM me and I’ll fast-track your application, I know the folks in licensing.', span: 'I’ll fast-track your application', severity: 'high' },
      { text: 'Waiting months for a health card? I can get you in next week.', span: 'I can get you in' },
      { text: 'Anyone waiting on a building permit in Kenora, DM me and I’ll fast track it.', span: 'I’ll fast track it' },
      { text: 'Don’t worry about the permit, I’ll make sure your permit goes through.', span: 'I’ll make sure your permit goes through', mode: 'official' },
      { text: 'Message me, I can help you skip the queue at the licensing office.', span: 'I can help you skip the queue' },
      { text: 'Écrivez-moi en privé, je peux accélérer votre dossier au ministère.', span: 'je peux accélérer votre dossier' },
      { text: 'Pas de souci, je vais passer votre dossier en priorité dès lundi.', span: 'je vais passer votre dossier en priorité' },
    ],
    valid: [
      { text: 'Skip the line: book your ServiceOntario appointment online before you visit.', mode: 'official' },
      'I can get you in touch with the right team at the ministry for your question.',
      'I can’t fast-track your application, but the processing times are posted online.',
      { text: 'Send us a DM with your question and we’ll point you to the right program.', mode: 'official' },
      'The new online portal will speed up permit approvals for all farmers.',
      'My application is in, I’ll rush it over to the office tomorrow morning.',
      'Évitez la file d’attente : prenez rendez-vous en ligne avant de vous présenter.',
      'Je peux vous mettre en contact avec l’équipe responsable des permis.',
      'Le nouveau portail permettra d’accélérer le traitement des demandes pour tout le monde.',
    ],
  },
});
