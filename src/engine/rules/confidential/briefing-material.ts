// The contents of advice headed for a decision-maker, hinted in public: "The numbers in the deck
// we're presenting to the minister are going to surprise people", « les chiffres qu'on présente à la
// ministre jeudi vont faire jaser ». Advice to a minister, a deputy, cabinet or Treasury Board stays
// confidential until the government makes it public (Oath of Office and Secrecy; FIPPA ss. 12-13). A
// teaser about what the material says is the breach; naming the meeting alone ("presenting to the
// minister tomorrow, wish me luck") is only a tip, and material already public (a link, "posted")
// or a church minister's sermon is not flagged.
import { defineRule } from '../../define-rule.js';
import { plainBefore } from '../../text/unit.js';
import type { Hit, Span, Unit } from '../../types.js';
import {
  ADVICE_CHANNELS_EN, ADVICE_FATES_EN, ADVICE_GIVEN_EN, BRIEFING_MATERIAL_EN, BRIEFING_TEASERS_EN, DECISION_MAKERS_EN,
} from '../../lexicons/en/confidential-briefing.js';
import {
  ADVICE_CHANNELS_FR, ADVICE_FATES_FR, ADVICE_GIVEN_FR, BRIEFING_MATERIAL_FR, BRIEFING_TEASERS_FR, DECISION_MAKERS_FR,
} from '../../lexicons/fr/confidential-briefing.js';
import { WordLexicon, gap } from '../political/util.js';
import { hasUrl } from './context.js';

const MATERIAL = new WordLexicon({ term: [...BRIEFING_MATERIAL_EN, ...BRIEFING_MATERIAL_FR] });
const MAKERS = new WordLexicon({ term: [...DECISION_MAKERS_EN, ...DECISION_MAKERS_FR] });
const TEASERS = new WordLexicon({ term: [...BRIEFING_TEASERS_EN, ...BRIEFING_TEASERS_FR] });
const PUBLISHED = new WordLexicon({ term: ['posted', 'published', 'publicly', 'public release', 'available online', 'publie', 'publiee', 'publiees', 'en ligne', 'church', 'sermon', 'pastor', 'eglise', 'pasteur', 'homelie'] });
const ADVICE = new WordLexicon({ term: [...ADVICE_GIVEN_EN, ...ADVICE_GIVEN_FR] });
const CHANNELS = new WordLexicon({ term: [...ADVICE_CHANNELS_EN, ...ADVICE_CHANNELS_FR] });
const FATES = new WordLexicon({ term: [...ADVICE_FATES_EN, ...ADVICE_FATES_FR] });
const NAMED_ONLY = { personal: 'tip', professional: 'tip', official: 'tip' } as const;

/** The author's advice given inside ("we flagged this in writing", « on a averti la haute direction »)
 * and its fate ("nobody listened", « personne n'a écouté »), in this sentence or with the sentence before. */
function adviceOverruled(unit: Unit): Hit | null {
  const advice = ADVICE.find(unit)[0];
  const fate = FATES.find(unit)[0];
  if (!advice && !fate) return null;
  const before = plainBefore(unit);
  const adviceAny = !!advice || (!!before && ADVICE.test(before));
  const fateAny = !!fate || (!!before && FATES.test(before));
  if (!adviceAny || !fateAny) return null;
  // Inside government: to whom or how it went ("in writing", "senior management", "our recommendations").
  if (!CHANNELS.test(unit.plain) && !(before && CHANNELS.test(before))) return null;
  if (PUBLISHED.test(unit.plain) || hasUrl(unit)) return null;
  const span = advice ?? fate!;
  return { start: span.start, end: span.end };
}

export default defineRule({
  id: 'confidential/briefing-material',
  category: 'confidential',
  severity: { personal: 'high', professional: 'high', official: 'high' },
  guidelines: ['oath-secrecy', 'coi-confidential-information', 'fippa-cabinet-confidences', 'ops-personal-use'],
  title: { en: 'Hint at advice to a decision-maker', fr: 'Allusion à des conseils destinés à un décideur' },
  why: {
    en: 'This hints at what is in material prepared for a minister, a deputy, cabinet or Treasury Board. Advice to decision-makers stays confidential until the government makes it public, and a teaser can move markets, stakeholders or the media. Say nothing about its contents until it is announced.',
    fr: "Ce passage laisse deviner le contenu de documents préparés pour une ministre, un sous-ministre, le Conseil des ministres ou le Conseil du Trésor. Les conseils aux décideurs restent confidentiels jusqu'à ce que le gouvernement les rende publics, et une allusion peut alerter les parties intéressées ou les médias. N'en dites rien avant l'annonce.",
  },
  // A trigger in the sentence before alone wakes nothing: detect() returns nothing without a decision-maker in its own sentence.
  triggersHere: true,
  triggers: [...MAKERS.pieces(), ...ADVICE.pieces(), ...FATES.pieces()],
  detect(unit) {
    const advised = adviceOverruled(unit);
    if (advised) return [advised];
    const makers = MAKERS.find(unit);
    if (!makers.length || PUBLISHED.test(unit.plain) || hasUrl(unit)) return [];
    const material = MATERIAL.find(unit);
    let pair: Span | undefined;
    for (const m of makers) {
      const near = material.find((x) => gap(x, m) <= 60);
      if (near) {
        pair = { start: Math.min(near.start, m.start), end: Math.max(near.end, m.end) };
        break;
      }
    }
    if (!pair) return [];
    const before = plainBefore(unit);
    const hit: Hit = { ...pair };
    if (!TEASERS.test(unit.plain) && !(before && TEASERS.test(before))) hit.severity = NAMED_ONLY;
    return [hit];
  },
  examples: {
    invalid: [
      // The author's advice inside government, and that it was not taken.
      { text: 'We flagged this in writing months ago and they didn’t take a single one of our recommendations.', span: 'We flagged', mode: 'professional' },
      { text: "On a averti la haute direction par écrit l'automne passé. Personne n'a écouté.", mode: 'professional' },
      { text: 'I warned senior management about the vendor lock-in last year. They went ahead anyway.', mode: 'personal' },
      { text: "Notre équipe a recommandé de garder le volet nordique, mais la ministre a tranché contre notre avis.", mode: 'personal' },
      { text: "The numbers in the deck we're presenting to the minister are going to surprise people.", span: "numbers in the deck we're presenting to the minister", severity: 'high' },
      { text: 'Wait till you see the options going to Treasury Board next week.', mode: 'professional', severity: 'high' },
      { text: "Les chiffres qu'on présente à la ministre jeudi vont faire jaser.", span: "chiffres qu'on présente à la ministre", severity: 'high' },
      { text: 'Presenting our deck to the deputy minister tomorrow, wish me luck!', severity: 'tip' },
      // What the material advises, or a hint held back.
      { text: 'Our memo to the deputy minister recommends ending the northern travel grant.', mode: 'professional', severity: 'high' },
      { text: 'Notre présentation pour la ministre propose de fusionner les deux volets.', mode: 'personal', severity: 'high' },
      { text: "Got the briefing for the minister today and let's just say the transit numbers... we'll see.", mode: 'personal', severity: 'high' },
      { text: "On a reçu les chiffres pour le sous-ministre, disons que ça augure mal pour les garderies.", mode: 'personal', severity: 'high' },
    ],
    valid: [
      // Speaking up inside, with no word of what became of the advice; advice in private life.
      { text: 'I raised it internally and I will say it here too: the branch will need more staff next year.', mode: 'professional' },
      "Je l'ai dit à l'interne, je le dis ici : le programme de tutorat va manquer de bénévoles.",
      'We warned my brother about the thin ice on the lake and nobody listened. He is fine, just wet!',
      "On a averti les enfants de ne pas manger tous les bonbons. Personne n'a écouté 😂",
      'Our report to the minister, with every recommendation and the ministry response, is posted publicly: ontario.ca/report',
      'Our presentation to the minister is posted publicly here: https://ontario.ca/report',
      'The minister at our church gave a lovely presentation on gratitude.',
      'Great numbers for our charity run this weekend!',
      'Les résultats du sondage public sont en ligne pour la ministre et pour tout le monde.',
      'Merci au ministre pour sa visite de notre bureau aujourd’hui.',
      'The minister at our parish recommends the new choir book, let’s just say it is lovely.',
      'Le pasteur propose une présentation pour la ministre du culte, disons que ce sera simple.',
    ],
  },
});
