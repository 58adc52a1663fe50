// Wishing a named leader out of office ("Doug Ford has to go", "can't wait to see Doug Ford gone",
// « dehors Doug Ford », « j'ai hâte que Doug Ford débarque »): opposition to a party's leader with
// no party word and no "vote", which PSOA s. 72 counts as political activity like any stance.
// Needs a leader named in full (the signals' leader list: "Ford" alone is also the car maker) and
// an ouster phrase right next to the name; "Doug Ford has to go to Ottawa on Monday" (a trip) and
// a leader's own resignation reported as news stay clean.
import { defineRule } from '../../define-rule.js';
import { findAll, lexicon } from '../../match.js';
import type { Hit } from '../../types.js';
import { OUSTER_AFTER_EN, OUSTER_BEFORE_EN } from '../../lexicons/en/political-stance.js';
import { OUSTER_AFTER_FR, OUSTER_BEFORE_FR } from '../../lexicons/fr/political-stance.js';
import { signals } from './signals.js';

const AFTER = lexicon([...OUSTER_AFTER_EN, ...OUSTER_AFTER_FR]);
const BEFORE = lexicon([...OUSTER_BEFORE_EN, ...OUSTER_BEFORE_FR]);
/** "has to go to Ottawa", « doit partir pour Ottawa »: a trip, not an ouster. */
const TRIP_AFTER = /^\s{0,3}(?:to|for|on|pour|a|au|en|vers)\s/;

export default defineRule({
  id: 'political/ouster',
  category: 'political',
  severity: { personal: 'medium', professional: 'high', official: 'high' },
  guidelines: ['psoa-political-activity', 'psoa-specially-restricted', 'psoa-all-public-servants'],
  title: { en: 'Wishing a party leader out of office', fr: "Souhaiter le départ d'un chef de parti" },
  why: {
    en: "This wishes a party leader out of office. Even without naming the party or saying \"vote\", it opposes a party, which is political activity under the Public Service of Ontario Act: keep it off work accounts, work time and your job title; senior staff may not do it at all.",
    fr: "Ce passage souhaite le départ d'un chef de parti. Même sans nommer le parti ni dire « votez », c'est s'opposer à un parti, une activité politique au sens de la Loi de 2006 sur la fonction publique de l'Ontario : gardez-la hors des comptes de travail, du temps de travail et de votre poste; les cadres supérieurs ne peuvent pas s'y livrer.",
  },
  triggers: [AFTER, BEFORE],
  detect(unit) {
    const p = unit.plain;
    const after = findAll(AFTER, p);
    const before = findAll(BEFORE, p);
    if (!after.length && !before.length) return [];
    const hits: Hit[] = [];
    for (const l of signals(unit).leaders) {
      const a = after.find((m) => m.start >= l.end && m.start - l.end <= 4 && !TRIP_AFTER.test(p.slice(m.end, m.end + 10)));
      const b = before.find((m) => m.end <= l.start && l.start - m.end <= 12);
      if (a) hits.push({ start: l.start, end: a.end });
      else if (b) hits.push({ start: b.start, end: l.end });
    }
    return hits;
  },
  examples: {
    invalid: [
      { text: 'Honestly Doug Ford has to go. Four more years of this? No thanks.', span: 'Doug Ford has to go' },
      { text: "Can't wait to see Doug Ford gone on June 2nd 👋", span: "Can't wait to see Doug Ford", mode: 'professional', severity: 'high' },
      { text: 'Dehors Doug Ford! Le 27, on fait le ménage.', span: 'Dehors Doug Ford' },
      { text: "J'ai hâte que Doug Ford débarque, quatre ans de trop.", span: 'Doug Ford débarque' },
    ],
    valid: [
      'Doug Ford has to go to Ottawa on Monday for the first ministers meeting.',
      'Ford has to go electric or lose the truck market, says the analyst.',
      "Doug Ford doit partir pour Washington lundi, selon son bureau.",
      'Doug Ford announced the new transit line at Union Station this morning.',
    ],
  },
});
