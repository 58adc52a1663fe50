// The author names their ministry job and, in the same post, takes a party's side on a matter the
// parties campaign on ("I work for MCCSS and the NDP is the only party that will fix ODSP", "as an
// analyst at Education: vote Green, they're the only ones with a real plan for class sizes",
// « agente au ministère de l'Éducation : les conservateurs vont couper dans nos écoles »). PSOA
// s. 72 makes public comment on matters directly related to one's duties, when they are in a
// party's platform, political activity; the political rules flag the stance, this flags the
// comment on the matter itself. Text scope: the job, the stance and the matter are often in
// different sentences. Without the job, or without a party stance, nothing fires here.
import { defineRule } from '../../define-rule.js';
import { findAll, lexicon } from '../../match.js';
import type { Hit, Span, Unit } from '../../types.js';
import { PLATFORM_SUBJECTS_EN } from '../../lexicons/en/policy-platform.js';
import { PLATFORM_SUBJECTS_FR } from '../../lexicons/fr/policy-platform.js';
import { positionSpans } from '../political/position-association.js';
import { callsToAct, stances } from '../political/signals.js';
import { targetsIn } from './signals.js';

const SUBJECTS = lexicon([...PLATFORM_SUBJECTS_EN, ...PLATFORM_SUBJECTS_FR]);

/** "Ministry of Health and Long-Term Care", « ministère de la Santé et des Soins de longue durée »: a capitalised matter just after the ministry word is its name. */
function inMinistryName(text: string, plain: string, at: number): boolean {
  if (!/^\p{Lu}\p{Ll}/u.test(text.slice(at, at + 2))) return false;
  const before = plain.slice(Math.max(0, at - 60), at);
  return before.includes('ministry') || before.includes('ministere');
}

interface SentenceFacts {
  /** The author states their public-service job. */
  duty: boolean;
  /** A stance for or against a party, leader or candidate, or a call to vote for one. */
  partisan: boolean;
  /** Matters named in the sentence (programs, policy objects, platform subjects). Worked out only
   * when combine() asks, in a draft with a job and a party stance: most drafts lack one of them. */
  matters: () => Span[];
}

/** Programs, policy objects and platform subjects named in the sentence, but for the job's own name. */
function mattersIn(unit: Unit, positions: readonly Span[]): Span[] {
  const matters: Span[] = targetsIn(unit.plain, unit.folded, unit.locale)
    // A program or a policy object; not the government, a minister or the ministry (that is the job).
    .filter((t) => t.kind === 'program' || t.kind === 'object')
    .map((t) => ({ start: t.start, end: t.end }));
  for (const m of findAll(SUBJECTS, unit.plain)) if (!matters.some((t) => m.start < t.end && t.start < m.end)) matters.push({ start: m.start, end: m.end });
  // "analyst at the Ministry of Health": the matter named in the job title is the job, not a comment.
  return matters.filter((m) => !positions.some((p) => m.start < p.end && p.start < m.end) && !inMinistryName(unit.text, unit.plain, m.start));
}

export default defineRule({
  id: 'policy-commentary/platform-duty',
  category: 'policy-commentary',
  severity: { personal: 'medium', professional: 'high', official: 'high' },
  guidelines: ['psoa-duty-related-comment', 'psoa-political-activity', 'ops-specialist-executive'],
  title: { en: 'Party stance on a matter tied to your job', fr: 'Prise de position partisane sur une question liée à votre poste' },
  why: {
    en: "This post names your ministry job and takes a party's side on a matter the parties campaign on. Commenting publicly on matters directly related to your duties, when they are in a party's platform, is political activity under the Public Service of Ontario Act. Leave your job out of it, or keep your political views to matters outside your work.",
    fr: "Ce message mentionne votre poste au ministère et prend le parti d'une formation politique sur une question de campagne. Commenter publiquement des questions directement liées à vos fonctions, lorsqu'elles figurent au programme d'un parti, est une activité politique au sens de la Loi de 2006 sur la fonction publique de l'Ontario. Laissez votre poste de côté, ou gardez vos opinions politiques pour des sujets sans lien avec votre travail.",
  },
  incremental: {
    facts: (unit): SentenceFacts => {
      const partisan = stances(unit).length > 0 || callsToAct(unit).some((c) => c.kind !== 'civic');
      const { positions } = positionSpans(unit);
      let matters: Span[] | undefined;
      return { duty: positions.length > 0, partisan, matters: () => (matters ??= mattersIn(unit, positions)) };
    },
    combine(facts, sentences) {
      if (!facts.some((f) => f.duty) || !facts.some((f) => f.partisan)) return [];
      const hits: Hit[] = [];
      facts.forEach((f, i) => {
        // The matter is in the partisan sentence or next to it.
        if (!(f.partisan || facts[i - 1]?.partisan || facts[i + 1]?.partisan)) return;
        const at = sentences[i]!.start;
        for (const m of f.matters()) hits.push({ start: at + m.start, end: at + m.end });
      });
      return hits;
    },
  },
  examples: {
    invalid: [
      { text: "I'm a policy advisor at the Ministry of Health and honestly the Liberals are the only ones who'll fix wait times. Vote them in.", span: 'wait times', severity: 'medium' },
      { text: 'As an analyst at the Ministry of Municipal Affairs and Housing, I can tell you: the NDP has the best plan on rent control.', span: 'rent control', mode: 'professional', severity: 'high' },
      { text: "Je travaille au ministère de l'Éducation. Les libéraux vont enfin régler la taille des classes, votez pour eux!", span: 'taille des classes' },
      { text: "En tant qu'analyste au ministère des Transports, je vous le dis : les conservateurs vont ruiner le transport en commun. Votez contre eux.", span: 'transport en commun' },
    ],
    valid: [
      // No job in the post: a citizen's view.
      'The NDP is the only party that will actually fix ODSP. Vote them in.',
      'Les libéraux vont enfin régler la taille des classes, votez pour eux!',
      // The job, a matter, but no party taken: facts about the work.
      'I work for the Ministry of Education. Class sizes for 2025 are now posted on ontario.ca.',
      "Je travaille au ministère de la Santé. Les temps d'attente sont publiés chaque mois sur notre site.",
      // The job and a party, but the matter is the author's weekend.
      'I work for the Ministry of Transportation. Saw the Ontario NDP leader at the farmers market, she bought our honey!',
      // The matter is only in the job title.
      "En tant qu'analyste au ministère de la Santé et des Soins de longue durée, je vous le dis : votez NPD le 27.",
    ],
  },
});
