// A verdict on a public-sector decision named by what it does, with no government word: "Cutting
// the summer student program is such a short-sighted decision", "whoever decided to close the
// Sudbury lab never set foot in it", « la fermeture du laboratoire est une erreur », « encore une
// réorganisation… Franchement décevant. ». policy-commentary/opinion needs a government target; a
// public servant's employer is the government, so the decision itself (an act on a program, lab,
// office, stream, grant, service) is the target. The verdict may follow in a short next sentence.
// It weighs more where the post says the decision is the author's employer's (at work, our
// ministry, #ONgov, the reorg): comment on one's own duties is what PSOA s. 72 and the personal-use
// guidelines single out. Acts on private things ("closing the store", "cancelling my gym
// membership"), team pride in a launch and praise without a verdict on a decision stay clean.
import { plainBefore } from '../../text/unit.js';
import { defineRule } from '../../define-rule.js';
import type { Hit, Span, Unit } from '../../types.js';
import {
  DECISION_ACTS_EN, DECISION_VERBS_EN, DECIDERS_EN, PUBLIC_UNITS_EN, PUBLIC_SITES_EN, INTERNAL_DECISIONS_EN, WORK_CUES_EN,
  DECISION_VERDICTS_EN, DECISION_PRAISE_EXTRA_EN, SARCASM_CUES_EN, POLICY_SETTINGS_EN, PRIVATE_OWNERS_EN,
} from '../../lexicons/en/policy-decisions.js';
import {
  DECISION_ACTS_FR, DECIDERS_FR, PUBLIC_UNITS_FR, PUBLIC_SITES_FR, INTERNAL_DECISIONS_FR, WORK_CUES_FR,
  DECISION_VERDICTS_FR, DECISION_PRAISE_EXTRA_FR, SARCASM_CUES_FR, POLICY_SETTINGS_FR, PRIVATE_OWNERS_FR,
} from '../../lexicons/fr/policy-decisions.js';
import { PRIVATE_DECIDERS_EN } from '../../lexicons/en/policy-targets.js';
import { PRIVATE_DECIDERS_FR } from '../../lexicons/fr/policy-targets.js';
import { ANAPHORS_EN } from '../../lexicons/en/policy-evaluation.js';
import { ANAPHORS_FR } from '../../lexicons/fr/policy-evaluation.js';
import { WordLexicon, anyWordBefore, attributive, letterUnits, phraseSet, wordsAfter, wordsBefore } from '../political/util.js';
import { evaluationsIn, opinions, REPORTED, TEAM_PRAISE, type Evaluation } from './signals.js';
import { ownWork } from './own-work.js';

const WORDS = new WordLexicon({
  act: [...DECISION_ACTS_EN, ...DECISION_ACTS_FR],
  decider: [...DECIDERS_EN, ...DECIDERS_FR],
  internal: [...INTERNAL_DECISIONS_EN, ...INTERNAL_DECISIONS_FR],
  setting: [...POLICY_SETTINGS_EN, ...POLICY_SETTINGS_FR],
});
const UNITS = new WordLexicon({ unit: [...PUBLIC_UNITS_EN, ...PUBLIC_UNITS_FR], site: [...PUBLIC_SITES_EN, ...PUBLIC_SITES_FR] });
// A site is the act's object only right after it: an article or "our", then at most three words of
// its name or kind ("closing the Fort Frances jail", « couper le dépistage dentaire »), none of them a
// preposition or another determiner ("moving my kid to a new school", « notre voyage au parc »).
const OBJECT_GAP =
  /^\s*(?:(?:the|our|this|that|its|their|le|la|les|l'|du|des|notre|nos|ce|cet|cette|ses|leur|leurs)\s*)?(?:(?!(?:to|at|in|on|for|of|with|from|by|and|or|a|an|my|your|his|her|au|aux|de|du|des|dans|pour|sur|avec|en|et|ou|la|le|les|mon|ma|mes|ton|ta|son|sa|un|une)\s)[\p{L}\d'.-]+\s+){0,3}$/u;
const VERBS = phraseSet(DECISION_VERBS_EN);
const WORK = new WordLexicon({ term: [...WORK_CUES_EN, ...WORK_CUES_FR] });
// Schools are public: a verdict on closing one is policy, not a private decider's call.
const PRIVATE = new WordLexicon({ term: [...PRIVATE_DECIDERS_EN, ...PRIVATE_DECIDERS_FR].filter((w) => !/^(?:school|school's|schools|ecole|ecoles|école|écoles)$/.test(w)) });
// "the gym's program", "the store's location", « le programme du magasin »: an owner that is not the employer.
// (policy-targets' owners also hold modifiers such as "travel" or "project", which a public grant shares.)
const OWNERS = phraseSet([...PRIVATE_OWNERS_EN, ...PRIVATE_OWNERS_FR]);
const OUR = phraseSet(['our', 'notre', 'nos']);
const ANAPHORS = phraseSet([...ANAPHORS_EN, ...ANAPHORS_FR]);
const EXTRA = new WordLexicon({ negative: [...DECISION_VERDICTS_EN, ...DECISION_VERDICTS_FR], praise: [...DECISION_PRAISE_EXTRA_EN, ...DECISION_PRAISE_EXTRA_FR] });
const SARCASM = new WordLexicon({ term: [...SARCASM_CUES_EN, ...SARCASM_CUES_FR] });

/** The shared evaluations, with this rule's verdicts, and plain praise read as sarcasm after "another", "as usual". */
function verdictsIn(unit: Unit): Evaluation[] {
  const out = evaluationsIn(unit);
  for (const m of EXTRA.find(unit)) {
    if (!out.some((e) => m.start < e.end && e.start < m.end)) out.push({ start: m.start, end: m.end, kind: m.classes.has('negative') ? 'negative' : 'decision-praise' });
  }
  if (out.some((e) => e.kind === 'generic-praise') && (SARCASM.test(unit.plain) || SARCASM.test(plainBefore(unit)))) {
    for (const e of out) if (e.kind === 'generic-praise') e.kind = 'negative';
  }
  return out.filter((e) => e.kind !== 'generic-praise');
}
// An act reaches its unit across a few words ("closing the two northern field offices"), not a clause.
const REACH = 45;
const CLAUSE_BREAK = /[.!?;:\n]/;

interface Decision extends Span {
  /** The employer's by nature ("the reorg") or by the author's word ("our lab"). */
  own: boolean;
}

/** Decisions in a lower-case accent-free view: an act (or "decided to" + verb) reaching a public unit, or an internal change. */
function decisionsIn(plain: string): Decision[] {
  if (PRIVATE.test(plain)) return [];
  const out: Decision[] = [];
  const units = UNITS.findIn(plain).filter((u) => !anyWordBefore(plain, u.start, OWNERS, 3));
  const unitNear = (from: number, to: number) => units.find((u) => u.start >= from && u.start - to <= REACH && !CLAUSE_BREAK.test(plain.slice(to, u.start))
    && (u.classes.has('unit') || OBJECT_GAP.test(plain.slice(to, u.start))));
  for (const m of WORDS.findIn(plain)) {
    if (m.classes.has('internal') || m.classes.has('setting')) {
      out.push({ start: m.start, end: m.end, own: m.classes.has('internal') });
      continue;
    }
    let actEnd = m.end;
    if (m.classes.has('decider')) {
      // "decided to close", "the decision to merge": the English verb right after; French acts are already infinitives.
      const next = wordsAfter(plain, m.end, 2);
      const verb = VERBS.has(next.slice(0, 2).join(' ')) ? 2 : VERBS.has(next[0] ?? '') ? 1 : 0;
      if (!verb) continue;
      actEnd = plain.indexOf(next[verb - 1]!, m.end) + next[verb - 1]!.length;
    }
    const unit = unitNear(actEnd, actEnd);
    // "the lab closure", "office closures": the unit just before a noun act.
    const before = unit ? undefined : units.find((u) => u.end <= m.start && m.start - u.end <= 2);
    const u = unit ?? before;
    if (!u) continue;
    out.push({ start: Math.min(m.start, u.start), end: Math.max(actEnd, u.end), own: anyWordBefore(plain, u.start, OUR, 3) });
  }
  return out;
}

function workContext(unit: Unit): boolean {
  return WORK.test(unit.plain) || WORK.test(plainBefore(unit)) || ownWork(unit);
}

const praise = (e: Evaluation) => e.kind === 'decision-praise';
const SEVERITY_PRAISE = { personal: 'tip', professional: 'medium', official: 'medium' } as const;
const SEVERITY_OWN = { personal: 'medium', professional: 'high', official: 'high' } as const;

export default defineRule({
  id: 'policy-commentary/decision-verdict',
  category: 'policy-commentary',
  severity: { personal: 'tip', professional: 'medium', official: 'high' },
  guidelines: ['psoa-duty-related-comment', 'ops-personal-use', 'ops-specialist-executive', 'ops-official-account'],
  title: { en: 'Verdict on a public-sector decision', fr: 'Jugement sur une décision publique' },
  why: {
    en: 'This praises or criticizes a public-sector decision (closing, cutting, merging or rolling out a program, office or service). When it is your employer’s decision, public comment reflects on the public service and, on matters tied to your duties, can be political activity. State the facts, or raise your view through internal channels.',
    fr: "Ce passage approuve ou critique une décision publique (fermer, couper, fusionner ou déployer un programme, un bureau ou un service). Quand la décision est celle de votre employeur, un commentaire public rejaillit sur la fonction publique et, s'il touche vos fonctions, peut constituer une activité politique. Tenez-vous-en aux faits ou exprimez votre avis par les voies internes.",
  },
  triggers: WORDS.pieces(),
  detect(unit) {
    const evals = verdictsIn(unit);
    if (!evals.length) return [];
    const team = TEAM_PRAISE.test(unit.plain);
    const usable = evals.filter((e) => !(praise(e) && team));
    if (!usable.length || REPORTED.test(unit.plain)) return [];
    const decisions = decisionsIn(unit.plain);
    let hit: Hit | undefined;
    let own = false;
    if (decisions.length) {
      const keep = (pos: number) => decisions.some((d) => d.start === pos);
      let bestGap = Infinity;
      for (const e of usable) {
        if (unit.locale === 'en' && attributive(unit.plain, e.start, e.end, keep)) continue;
        for (const d of decisions) {
          if (e.start < d.end && d.start < e.end) continue;
          const g = e.start >= d.end ? e.start - d.end : d.start - e.end;
          if (g > (e.start >= d.end ? 70 : 50) || g >= bestGap) continue;
          bestGap = g;
          own = d.own;
          hit = { start: Math.min(d.start, e.start), end: Math.max(d.end, e.end) };
          if (praise(e)) hit.severity = { ...SEVERITY_PRAISE };
        }
      }
    } else if (unit.before) {
      // "Another reorg announced by email. Short-sighted." — a short verdict right after the decision.
      const before = decisionsIn(plainBefore(unit));
      if (!before.length) return [];
      const letters = letterUnits(unit.plain);
      const first = wordsAfter(unit.plain, 0, 1)[0];
      for (const e of usable) {
        const own = letterUnits(unit.plain, e.start, e.end);
        if (letters - own > 25 && !(first && ANAPHORS.has(first))) continue;
        hit = { start: e.start, end: e.end };
        if (praise(e)) hit.severity = { ...SEVERITY_PRAISE };
        break;
      }
      own = before.some((d) => d.own);
    }
    if (!hit) return [];
    const work = !hit.severity && (own || workContext(unit));
    if (work) hit.severity = { ...SEVERITY_OWN };
    // policy-commentary/opinion already said it, unless this post makes it the author's employer's and that did not.
    const h = hit;
    const said = opinions(unit).filter((o) => h.start < o.end && o.start < h.end);
    if (said.length && (!work || said.some((o) => o.ownWork))) return [];
    return [hit];
  },
  examples: {
    invalid: [
      { text: 'They’re merging our two field offices into one. What a joke.', mode: 'personal', span: 'a joke', severity: 'medium' },
      { text: 'Whoever decided to close the Sudbury lab clearly never set foot in it.', mode: 'professional', severity: 'medium' },
      { text: 'Closing our regional office was a terrible call.', mode: 'personal', severity: 'medium' },
      { text: 'Another reorg announced by email. Short-sighted.', mode: 'personal', span: 'Short-sighted', severity: 'medium' },
      { text: 'The merger of the two intake streams at work has been a disaster.', mode: 'personal', severity: 'medium' },
      { text: 'Finally someone got it right: merging the two intake streams was the best call.', mode: 'professional', severity: 'medium' },
      { text: 'Fermer notre bureau régional de Kapuskasing, c’est une décision improvisée.', mode: 'personal', severity: 'medium' },
      { text: 'Le nouveau système de paie au ministère? Un vrai fiasco.', mode: 'personal', span: 'Un vrai fiasco', severity: 'medium' },
      { text: 'Finally, somebody upstairs got it right by reopening the Timmins counter.', mode: 'professional', severity: 'medium' },
      { text: 'The new funding formula for rural schools is deeply unfair.', mode: 'professional', severity: 'medium' },
      { text: 'The decision to end the northern travel grant is going to hurt families I work with every day.', mode: 'personal', severity: 'medium' },
      { text: 'Moving all the inspectors to a central hub was short-sighted.', mode: 'professional', span: 'Moving all the inspectors to a central hub was short-sighted' },
      { text: 'Au travail, on vient de couper le volet jeunesse. Quelle honte.', mode: 'personal', span: 'Quelle honte', severity: 'medium' },
      { text: 'Encore une réorganisation annoncée par courriel. Un vrai fiasco.', mode: 'personal', severity: 'medium' },
      // Public institutions and transfer payments as the unit; the decider judged instead of the decision.
      { text: 'Cutting transfer payments to the public health units was a false economy.', mode: 'professional', severity: 'medium' },
      { text: 'Closing the campus in Hearst after one year was a terrible call.', mode: 'professional', severity: 'medium' },
      { text: 'Whoever decided to merge our two northern offices has clearly never been north of Sudbury.', mode: 'personal', severity: 'medium' },
      { text: 'Fermer le campus de Hearst après un an, c’est une grave erreur.', mode: 'professional', severity: 'medium' },
      { text: 'Celui qui a décidé de fermer le labo de Kapuskasing n’a jamais mis les pieds dans le Nord.', mode: 'professional', severity: 'medium' },
      { text: 'La personne qui a décidé de couper le volet jeunesse ne connaît rien au terrain.', mode: 'personal', severity: 'tip' },
      // What the province runs on the ground, as the act's object, judged in plain words.
      { text: 'The decision to close the Fort Frances jail was wrong.', mode: 'professional', span: 'decision to close the Fort Frances jail was wrong' },
      { text: 'Delaying the Hamilton LRT again is embarrassing.', mode: 'professional', severity: 'medium' },
      { text: 'Fermer l’écloserie de Lakefield, c’est une mauvaise décision.', mode: 'professional', severity: 'medium' },
      { text: 'Fermer la prison de Fort Frances, c’est une mauvaise décision.', mode: 'professional', severity: 'medium' },
    ],
    valid: [
      // A school or a park that is not the act's object: family life.
      { text: 'Moving my kid to a new school was the best decision we ever made.', mode: 'professional' },
      { text: 'Delaying our trip to the park was a mistake, it poured all afternoon.', mode: 'professional' },
      { text: 'Retarder notre voyage au parc, c’était une mauvaise décision : il a plu toute la journée.', mode: 'professional' },
      { text: 'Changer mon fils d’école, c’était la meilleure décision.', mode: 'professional' },
      'Whoever decided to put pineapple on pizza deserves a medal.',
      'Closing the cottage for the season is always a sad day.',
      'The store closing its Elm Street location is a terrible decision, I loved that place.',
      'Proud of my team for rolling out the new licensing portal! Amazing work, everyone.',
      'Cancelling my gym membership was the best call I made this year.',
      'Our condo board’s decision to cut the gym hours is ridiculous.',
      'Moving all my plants to the sunroom was a terrible idea, they hate it.',
      'The new intake portal opens Monday: https://ontario.ca/intake',
      'La fermeture du chalet pour l’hiver, quelle corvée!',
      'Fier de mon équipe pour le déploiement du nouveau portail, bravo à tous!',
      'Le lancement du programme aura lieu lundi; les détails sont sur ontario.ca.',
      { text: 'Critics say closing the rural clinics was a terrible call.', mode: 'personal' },
      'Cancelling the campus tour because of the rain was a shame, we will rebook.',
      'Whoever decided to repaint the cottage orange has clearly never been to a paint store.',
      'Celui qui a décidé de repeindre le chalet en orange n’a aucune idée du goût.',
      'Our payments to the daycare go up in January, the new rate is fair.',
    ],
  },
});
