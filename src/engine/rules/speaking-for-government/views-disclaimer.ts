// A tip for specialist and executive accounts: a personal opinion on a work topic reads as the
// ministry's view unless the post says it is personal. Suggests adding "(views are my own)" /
// "(opinions personnelles)" at the end of the sentence. A disclaimer helps but does not make an
// otherwise improper post acceptable (guidelines §1.7 #22), so this is only ever a tip.
import { defineRule } from '../../define-rule.js';
import { lexicon } from '../../match.js';
import type { Hit, Unit } from '../../types.js';
import { DISCLAIMERS_EN, OPINION_MARKERS_EN, WORK_TOPICS_EN } from '../../lexicons/en/speaking-disclaimer.js';
import { DISCLAIMERS_FR, OPINION_MARKERS_FR, WORK_TOPICS_FR } from '../../lexicons/fr/speaking-disclaimer.js';
import { GOV_OBJECTS_EN, SECTORS_EN } from '../../lexicons/en/confidential-context.js';
import { GOV_OBJECTS_FR, SECTORS_FR } from '../../lexicons/fr/confidential-context.js';
import { spans, test } from '../confidential/context.js';

const OPINION_EN = lexicon(OPINION_MARKERS_EN);
const OPINION_FR = lexicon(OPINION_MARKERS_FR);
const DISCLAIMER = lexicon([...DISCLAIMERS_EN, ...DISCLAIMERS_FR]);
const TOPIC = lexicon([...GOV_OBJECTS_EN, ...SECTORS_EN, ...WORK_TOPICS_EN, ...GOV_OBJECTS_FR, ...SECTORS_FR, ...WORK_TOPICS_FR]);
const END = /[.!?\n]/;

/** [start, end) of the sentence around `pos`, by a linear scan for sentence punctuation. */
function sentenceAt(text: string, pos: number): { start: number; end: number } {
  let start = pos;
  while (start > 0 && !END.test(text[start - 1]!)) start--;
  let end = pos;
  while (end < text.length && !END.test(text[end]!)) end++;
  return { start, end };
}

/** The first opinion in a sentence on a work topic, with the suggestion to add a disclaimer. */
function firstOpinion(unit: Unit): Hit | null {
  const candidates = [
    ...spans(OPINION_EN, unit.plain).map((m) => ({ ...m, fr: false })),
    ...spans(OPINION_FR, unit.plain).map((m) => ({ ...m, fr: true })),
  ].sort((a, b) => a.start - b.start);
  for (const m of candidates) {
    const s = sentenceAt(unit.plain, m.start);
    if (!test(TOPIC, unit.plain.slice(s.start, s.end))) continue;
    let end = s.end;
    while (end > m.end && /[\s,;:]/.test(unit.text[end - 1]!)) end--;
    const suffix = m.fr ? ' (opinions personnelles)' : ' (views are my own)';
    return {
      start: m.start,
      end,
      suggestion: {
        label: { en: 'Add "(views are my own)"', fr: 'Ajouter « (opinions personnelles) »' },
        replacement: unit.text.slice(m.start, end) + suffix,
      },
    };
  }
  return null;
}

export default defineRule({
  id: 'speaking-for-government/views-disclaimer',
  category: 'speaking-for-government',
  severity: { personal: 'off', professional: 'tip', official: 'off' },
  guidelines: ['ops-specialist-executive', 'ops-guiding-principles'],
  title: { en: 'Say the view is your own', fr: 'Préciser que l’opinion est personnelle' },
  why: {
    en: 'You give a personal view on a work topic from an account tied to your role. Saying it is your own view helps readers not take it for the ministry’s position (it does not make any content acceptable).',
    fr: 'Vous donnez une opinion personnelle sur un sujet lié à votre travail, à partir d’un compte associé à votre rôle. Préciser qu’il s’agit de votre opinion évite qu’on la prenne pour la position du ministère (sans rendre acceptable n’importe quel contenu).',
  },
  scope: 'text',
  // Per sentence: a disclaimer, and the first opinion on a work topic; the post is flagged at its
  // first such opinion unless a disclaimer appears anywhere in it.
  incremental: {
    facts: (unit) => ({ disclaimer: test(DISCLAIMER, unit.plain), opinion: firstOpinion(unit) }),
    combine(facts, sentences) {
      if (facts.some((f) => f.disclaimer)) return [];
      const i = facts.findIndex((f) => f.opinion);
      if (i < 0) return [];
      const at = sentences[i]!.start;
      const hit = facts[i]!.opinion!;
      return [{ ...hit, start: at + hit.start, end: at + hit.end }];
    },
  },
  examples: {
    invalid: [
      { text: 'I think the new permit rules will cut red tape for small farms. Proud of this work.', mode: 'professional', span: 'I think the new permit rules will cut red tape for small farms', severity: 'tip' },
      { text: 'In my view, open data should be the default for every ministry.', mode: 'professional' },
      { text: 'À mon avis, le secteur public doit publier ses données par défaut.', mode: 'professional', span: 'À mon avis, le secteur public doit publier ses données par défaut' },
    ],
    valid: [
      { text: 'I think the new permit rules will cut red tape for small farms (views are my own).', mode: 'professional' },
      { text: 'I think this is the best cheesecake in Ottawa.', mode: 'professional' },
      { text: 'Je pense que ce café est le meilleur de la ville.', mode: 'professional' },
      { text: 'À mon avis, la fonction publique doit innover. Opinions personnelles.', mode: 'professional' },
    ],
  },
});
