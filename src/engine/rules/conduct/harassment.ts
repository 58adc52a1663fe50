// Threats and doxxing intent: "I know where you live", "someone should teach him a lesson",
// "here's her home address", "je sais où tu restes". The Workplace Discrimination and Harassment
// Prevention policy and every comment policy forbid them (shared reference "guidelines" §7, §8.6).
// Film quotes and lyrics in quotation marks are skipped.
import { defineRule } from '../../define-rule.js';
import { findAll, lexicon } from '../../match.js';
import type { Hit, Localized, Unit } from '../../types.js';
import * as en from '../../lexicons/en/conduct-threats.js';
import * as fr from '../../lexicons/fr/conduct-threats.js';

const THREATS = lexicon([...en.THREATS_EN, ...fr.THREATS_FR]);
const DOXXING = lexicon([...en.DOXXING_EN, ...fr.DOXXING_FR]);

const DOXXING_MESSAGE: Localized = {
  en: 'This points people at someone’s private details or home. Exposing or hunting for them is harassment, and for a public servant it can also be a privacy breach.',
  fr: "Ceci dirige des gens vers les coordonnées privées ou le domicile de quelqu'un. Les exposer ou les rechercher, c'est du harcèlement, et pour un fonctionnaire, cela peut aussi être une atteinte à la vie privée.",
};

function quoted(unit: Unit, start: number, end: number): boolean {
  const opens = (unit.folded.slice(0, start).match(/"/g) ?? []).length;
  return opens % 2 === 1 && unit.folded.indexOf('"', end) >= 0;
}

function detect(unit: Unit): Hit[] {
  const hits: Hit[] = [];
  for (const m of findAll(THREATS, unit.plain, unit.text)) {
    if (!quoted(unit, m.start, m.end)) hits.push({ start: m.start, end: m.end });
  }
  for (const m of findAll(DOXXING, unit.plain, unit.text)) {
    if (!quoted(unit, m.start, m.end)) hits.push({ start: m.start, end: m.end, message: DOXXING_MESSAGE });
  }
  return hits;
}

export default defineRule({
  id: 'conduct/harassment',
  category: 'conduct',
  severity: { personal: 'high', professional: 'high', official: 'high' },
  guidelines: ['conduct-respectful-workplace', 'conduct-comment-policy', 'ops-guiding-principles'],
  title: { en: 'Threat or harassment', fr: 'Menace ou harcèlement' },
  why: {
    en: 'This reads as a threat. Even meant as a joke, it can frighten the person and is harassment under workplace policy; it has no place in a public servant’s posts.',
    fr: "Ceci se lit comme une menace. Même pour rire, elle peut effrayer la personne visée et constitue du harcèlement au sens des politiques en milieu de travail; elle n'a pas sa place dans les publications d'un fonctionnaire.",
  },
  detect,
  examples: {
    invalid: [
      { text: '@critic_99 careful, I know where you live.', span: 'I know where you live', severity: 'high' },
      { text: 'Someone should teach him a lesson after that meeting.', span: 'Someone should teach him a lesson' },
      { text: 'Does anyone know where she lives? Time to pay her a visit.', span: 'Does anyone know where she lives' },
      { text: 'Continue comme ça et tu vas le regretter, je sais où tu restes.', span: 'je sais où tu restes' },
      { text: 'Voici son adresse, allez lui dire ce que vous pensez.', span: 'Voici son adresse' },
    ],
    valid: [
      'I know where you can find the new forms: ontario.ca/forms.',
      'Lift with your knees and watch your back when moving boxes.',
      'Quoting my favourite movie tonight: "I will find you, and I will kill you."',
      'Je sais où trouver les formulaires, je vous envoie le lien.',
      'Notre bureau déménage : voici la nouvelle adresse du centre de services.',
    ],
  },
});
