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
import { stripAccents } from '../../text/fold.js';

const AFTER = lexicon([...OUSTER_AFTER_EN, ...OUSTER_AFTER_FR]);
const BEFORE = lexicon([...OUSTER_BEFORE_EN, ...OUSTER_BEFORE_FR]);
// A surname alone ("Ford" is a car, "Singh" and "May" are many people) is a leader only inside a
// slogan that cannot be about a thing: « Dehors Ford. », « Ford, dégage! », "Ford out!", « à bas
// Ford », "good riddance, Ford", with no article or possessive before it (« ma Ford dort dehors »)
// and no car in the sentence. Case-sensitive: a slogan capitalises the name. The wish said at length
// counts too: "can't wait to see Ford gone", « j'ai hâte que Ford débarque ».
const SURNAME_SLOGAN =
  /(?<![\p{L}\p{N}])(?:(?:[Dd]ehors|DEHORS|[Dd][ée]gage|[Àà] bas|A bas|[Bb]ye,? bye|[Gg]ood riddance|[Aa]dieu),? (Ford|Stiles|Singh|Schreiner|Blanchet|Bernier)(?=\s*(?:[.!,;]|$))|(Ford|Stiles|Singh|Schreiner|Blanchet|Bernier),? (?:dehors|DEHORS|d[ée]gage|out|OUT|must resign|doit d[ée]missionner)(?=\s*(?:[.!,;]|$))|(?:[Cc]an['\u2019]?t|[Cc]annot) wait (?:to see |for |till |until )(Ford|Stiles|Singh|Schreiner|Blanchet|Bernier)(?: to be)? (?:gone|out|to go|to leave|leaves|is gone|is out)(?![\p{L}])|[Hh][âa]te (?:que|de voir) (Ford|Stiles|Singh|Schreiner|Blanchet|Bernier) (?:d[ée]barque|parte|partir|s['\u2019]en aille|soit parti|soit dehors|sacre son camp|d[ée]gage|d[ée]barquer)(?![\p{L}]))/gu;
const NOT_A_PERSON = /(?:^|[^\p{L}])(?:ma|mon|sa|son|notre|votre|une|la|le|my|our|his|her|a|the|old)[\s,]{1,3}$/u;
const CAR = /\b(?:char|auto|voiture|camion|pick-?up|truck|car|f-?150|mustang|garage|mecanicien|pneus?|tires?|dealership|concessionnaire|moteur|engine|toyota|honda|chevy|chevrolet|dodge|hyundai|kia|tesla|nissan|subaru|harrison)\b/;
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
    if (!hits.length && !CAR.test(p) && !CAR.test(stripAccents(unit.before))) {
      SURNAME_SLOGAN.lastIndex = 0;
      for (let m = SURNAME_SLOGAN.exec(unit.folded); m; m = SURNAME_SLOGAN.exec(unit.folded)) {
        const name = m[1] ?? m[2] ?? m[3] ?? m[4]!;
        const at = m.index + m[0].indexOf(name);
        if (NOT_A_PERSON.test(unit.folded.slice(Math.max(0, at - 8), at))) continue;
        hits.push({ start: m.index, end: m.index + m[0].length });
      }
    }
    return hits;
  },
  examples: {
    invalid: [
      { text: 'Honestly Doug Ford has to go. Four more years of this? No thanks.', span: 'Doug Ford has to go' },
      { text: "Can't wait to see Doug Ford gone on June 2nd 👋", span: "Can't wait to see Doug Ford", mode: 'professional', severity: 'high' },
      { text: 'Dehors Doug Ford! Le 27, on fait le ménage.', span: 'Dehors Doug Ford' },
      { text: "J'ai hâte que Doug Ford débarque, quatre ans de trop.", span: 'Doug Ford débarque' },
      // A surname alone, inside a slogan about nothing but a person.
      { text: 'Dehors Ford. Dehors toute la gang. Le 27, on fait le ménage.', span: 'Dehors Ford' },
      { text: 'Four more years of this? Ford out!', span: 'Ford out', mode: 'professional', severity: 'high' },
      // The wish at length, with the surname alone.
      { text: 'Honestly, can\'t wait to see Ford gone in June.', span: 'can\'t wait to see Ford gone' },
      { text: "J'ai hâte que Ford débarque en juin.", span: 'hâte que Ford débarque' },
    ],
    valid: [
      'Doug Ford has to go to Ottawa on Monday for the first ministers meeting.',
      'Ford has to go electric or lose the truck market, says the analyst.',
      // A car the author is selling.
      "Can't wait to see my Ford gone from the driveway, it's been for sale all summer.",
      "J'ai hâte que ma Ford parte, elle est à vendre depuis juin.",
      "Doug Ford doit partir pour Washington lundi, selon son bureau.",
      'Doug Ford announced the new transit line at Union Station this morning.',
      "Ma Ford dort dehors depuis que le garage est plein d'boîtes.",
      'Sold the old truck today. Bye bye Ford, hello Toyota!',
      'Jagmeet who? Our new neighbour Ravi Singh, dehors tous les soirs avec son chien, est adorable.',
    ],
  },
});
