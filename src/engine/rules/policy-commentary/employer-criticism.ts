// Public complaints about one's own employer: "my ministry is a mess", "management here is clueless",
// « mon ministère est une farce ». The employer (my ministry, the OPS, management, HR, my ADM) and a
// disparaging word must meet in one sentence. Such posts weigh on the integrity of the public
// service that personal accounts must not harm. Union and bargaining talk is lawful collective
// expression and is weighed more lightly. Opinions on a policy itself (the RTO mandate) belong to
// policy-commentary/opinion; this rule stays quiet where that one already covers the sentence.
import { defineRule } from '../../define-rule.js';
import type { Hit, Span, Unit } from '../../types.js';
import { stripAccents } from '../../text/fold.js';
import { EMPLOYER_TARGETS_EN, MANAGEMENT_EN, MANAGEMENT_OPENERS_EN, EMPLOYER_EVALUATION_EN, UNION_CONTEXT_EN } from '../../lexicons/en/policy-employer.js';
import { EMPLOYER_TARGETS_FR, EMPLOYER_FOLLOWER_TRAPS_FR, EMPLOYER_EVALUATION_FR, UNION_CONTEXT_FR } from '../../lexicons/fr/policy-employer.js';
import { NEGATIVE_EVALUATION_EN } from '../../lexicons/en/policy-evaluation.js';
import { NEGATIVE_EVALUATION_FR } from '../../lexicons/fr/policy-evaluation.js';
import { SARCASM_EN } from '../../lexicons/en/policy-rhetoric.js';
import { SARCASM_FR } from '../../lexicons/fr/policy-rhetoric.js';
import { WordLexicon, attributive, postposed, followedBy, gap, letterUnits, phraseSet, precededBy, wordsAfter, wordsBefore } from '../political/util.js';
import { opinions } from './signals.js';
import { READER_POSSESSIVES_EN } from '../../lexicons/en/people.js';
import { READER_POSSESSIVES_FR } from '../../lexicons/fr/people.js';

const EMPLOYER_WORDS = new WordLexicon({ employer: [...EMPLOYER_TARGETS_EN, ...EMPLOYER_TARGETS_FR], management: MANAGEMENT_EN });
const MANAGEMENT_OPENERS = phraseSet(MANAGEMENT_OPENERS_EN);
const FR_TRAPS = phraseSet(EMPLOYER_FOLLOWER_TRAPS_FR);
const EN_TRAPS = phraseSet(['of', 'announcement', 'announcements', 'ad', 'ads', 'campaign', 'course', 'courses', 'training', 'skills', 'style', 'book', 'books', 'consultant', 'consultants', 'program', 'degree', 'team building']);
const EVALUATIONS = new WordLexicon({ term: [...EMPLOYER_EVALUATION_EN, ...EMPLOYER_EVALUATION_FR, ...NEGATIVE_EVALUATION_EN, ...NEGATIVE_EVALUATION_FR, ...SARCASM_EN, ...SARCASM_FR] });
const UNION = new WordLexicon({ term: [...UNION_CONTEXT_EN, ...UNION_CONTEXT_FR] });

// « Mon ministère? Une vraie farce. »: a short verdict right after a sentence that named the employer.
function anaphora(unit: Unit): Hit[] {
  const evals = EVALUATIONS.find(unit);
  if (!evals.length) return [];
  // The answer in this sentence first: the sentence before is read only when there is one (a rule
  // reading it is not reused after another sentence).
  const letters = letterUnits(unit.plain);
  const answer = evals.find((e) => {
    if (precededBy(unit.plain, e.start, READER_OWN, 1)) return false;
    const own = letterUnits(unit.plain, e.start, e.end);
    const first = wordsAfter(unit.plain, 0, 1)[0];
    return letters - own <= 25 || (first && ANAPHORS.has(first));
  });
  if (!answer || !unit.before) return [];
  if (!EMPLOYER_WORDS.findIn(stripAccents(unit.before)).some((m) => m.classes.has('employer'))) return [];
  return [{ start: answer.start, end: answer.end }];
}
const ANAPHORS = phraseSet(["it's", 'it', 'this', 'that', "that's", 'they', "they're", "c'est", 'ca', 'cela', 'elle', 'il', 'ils', 'une', 'un', 'what', 'quelle', 'quel', 'total', 'totally', 'complete']);
// "Bring your worst form", « apportez votre pire formulaire »: the reader's own thing, not the employer.
const READER_OWN = phraseSet([...READER_POSSESSIVES_EN, 'yours', ...READER_POSSESSIVES_FR]);

export default defineRule({
  id: 'policy-commentary/employer-criticism',
  category: 'policy-commentary',
  severity: { personal: 'medium', professional: 'high', official: 'high' },
  guidelines: ['ops-personal-use', 'ops-guiding-principles', 'conduct-respectful-workplace'],
  title: { en: 'Public criticism of your employer', fr: 'Critique publique de votre employeur' },
  why: {
    en: 'This criticizes your ministry, its management or the public service in public. Posts that run down the employer reflect on the integrity of the public service, which the guidelines ask you not to harm, even on a personal account. Raise it with your manager, your union or through internal channels instead.',
    fr: "Ce passage critique publiquement votre ministère, sa direction ou la fonction publique. Dénigrer l'employeur rejaillit sur l'intégrité de la fonction publique, que les lignes directrices demandent de préserver, même sur un compte personnel. Adressez-vous plutôt à votre gestionnaire, à votre syndicat ou aux voies internes.",
  },
  // Every hit, the anaphora's too, ends on or starts at one of the sentence's own evaluations.
  // A trigger in the sentence before alone wakes nothing: every hit holds one of its own sentence's evaluations.
  triggersHere: true,
  triggers: EVALUATIONS.pieces(),
  detect(unit) {
    const targets: Span[] = [];
    const words = EMPLOYER_WORDS.find(unit);
    for (const m of words) {
      if (!m.classes.has('employer')) continue;
      const word = stripAccents(m.text.toLowerCase());
      if (/direction|gestion/.test(word) && followedBy(unit.plain, m.end, FR_TRAPS, 2)) continue;
      if (followedBy(unit.plain, m.end, EN_TRAPS, 1)) continue;
      targets.push(m);
    }
    // "Management is clueless", "honestly, leadership here has no idea": the word as subject only.
    for (const m of words) {
      if (m.classes.has('employer') || !m.classes.has('management')) continue;
      if (targets.some((t) => m.start < t.end && t.start < m.end)) continue;
      const prev = wordsBefore(unit.plain, m.start, 1);
      if (prev.length && !precededBy(unit.plain, m.start, MANAGEMENT_OPENERS, 1)) continue;
      if (followedBy(unit.plain, m.end, EN_TRAPS, 1) || followedBy(unit.plain, m.end, phraseSet(['team', 'skills', 'development', 'program', 'style', 'course']), 1)) continue;
      targets.push(m);
    }
    if (targets.length === 0) return anaphora(unit);
    const covered = opinions(unit);
    // Read only for a hit: the sentence before is then read.
    const union = () => UNION.test(unit.plain) || (!!unit.before && UNION.test(stripAccents(unit.before)));
    const hits: Hit[] = [];
    const evals = EVALUATIONS.find(unit);
    for (const t of targets) {
      let best: Span | undefined;
      let bestGap = Infinity;
      for (const e of evals) {
        if (e.start < t.end && t.start < e.end) continue;
        if (precededBy(unit.plain, e.start, READER_OWN, 1)) continue;
        if (unit.locale === 'en' && attributive(unit.plain, e.start, e.end, (pos) => targets.some((x) => x.start === pos))) continue;
        if (unit.locale === 'fr' && postposed(unit.plain, e.start, e.end, (pos) => targets.some((x) => x.end === pos))) continue;
        const g = gap(t, e);
        if (g > (e.start >= t.end ? 60 : 40) || g >= bestGap) continue;
        best = e;
        bestGap = g;
      }
      if (!best) continue;
      // One's own minister is the employer's head: the opinion rule reads "the minister is a joke" as
      // a view on policy (a tip on a personal account), but « ma ministre est une honte » runs down one's employer.
      const ownMinister = /minist(?:re|er)$/.test(stripAccents(unit.plain.slice(t.start, t.end)));
      if (!ownMinister && covered.some((o) => best!.start < o.end && o.start < best!.end)) continue;
      const hit: Hit = { start: Math.min(t.start, best.start), end: Math.max(t.end, best.end) };
      if (union()) hit.severity = { personal: 'tip', professional: 'medium' };
      hits.push(hit);
      break;
    }
    return hits;
  },
  examples: {
    invalid: [
      { text: 'My ministry is a mess, nobody knows who decides anything.', span: 'My ministry is a mess', severity: 'medium' },
      { text: 'Management here is clueless about what front-line staff actually do.', span: 'Management here is clueless' },
      { text: 'Senior leadership honestly does not care about us; the OPS is a joke.', mode: 'professional', severity: 'high' },
      { text: 'Our ADM has no idea what our team does all day.', span: 'Our ADM has no idea' },
      { text: 'Mon ministère est une vraie farce depuis la réorganisation.', span: 'Mon ministère est une vraie farce' },
      { text: 'Honestly my ministry is the worst place I have ever worked.', mode: 'personal' },
      { text: 'La haute direction se fiche de nous, comme toujours.', span: 'La haute direction se fiche de nous' },
      { text: 'The employer’s latest offer at the bargaining table is insulting.', severity: 'tip' },
      // The minister of one's own ministry, and « propre »/"own".
      { text: 'Ma ministre est une honte.', span: 'Ma ministre est une honte', mode: 'personal', severity: 'medium' },
      { text: "Travailler au ministère pis voir ma propre ministre couper dans les services en français, c'est une honte.", mode: 'personal' },
      { text: 'Honestly my own minister is a joke.', mode: 'personal', severity: 'medium' },
    ],
    valid: [
      'My ministry just launched a great new mentoring program.',
      'Time management is a nightmare with two toddlers at home.',
      'OPS plain-language clinic on Friday at noon: bring your worst letter and we will fix it together.',
      'Atelier de la FPO sur le langage clair : apportez votre pire formulaire!',
      'Talk at the OPS data community today. Bring your worst spreadsheet.',
      'The management of the project was a mess, but our contractor fixed it.',
      'Proud of my branch for shipping the new licensing portal this week!',
      'La gestion des déchets est un désastre dans mon quartier.',
      "Ma ministre préférée, c'est Mme Dupuis : elle est venue à notre atelier, géniale!",
      'Le ministre de la Santé est une honte, dit mon voisin.',
      'Ma direction m’a félicitée pour le projet, quelle belle semaine.',
      'La direction du vent a tout changé pendant la régate.',
      'My ministry has useless printers on every floor, send help.',
    ],
  },
});
