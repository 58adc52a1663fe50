// Leaks: the author leaks, relays a leak, or cites "sources inside the ministry". A leak under the
// sink, a brain drain ("fuite des cerveaux") or a hit-and-run ("délit de fuite") is not one: a
// work object (a memo, a decision, the press) must be near. Sharing a news story about a leak is
// only a tip; relaying what a leaked document says is high.
import { defineRule } from '../../define-rule.js';
import { gatePieces, lexicon } from '../../match.js';
import type { Hit, Span, Unit } from '../../types.js';
import { FIRST_PERSON_LEAK_EN, LEAK_OBJECTS_EN, LEAK_TERMS_EN, PHYSICAL_LEAKS_EN } from '../../lexicons/en/confidential-leak.js';
import { FIRST_PERSON_LEAK_FR, LEAK_OBJECTS_FR, LEAK_TERMS_FR, PHYSICAL_LEAKS_FR } from '../../lexicons/fr/confidential-leak.js';
import { GOV_OBJECTS_EN } from '../../lexicons/en/confidential-context.js';
import { GOV_OBJECTS_FR } from '../../lexicons/fr/confidential-context.js';
import { adviceBefore, around, fictionCue, homeHeading, homeReveal, inUnitOrBefore, publicCue, spans, test, trainingCue } from './context.js';
import { plainBefore } from '../../text/unit.js';

const TERMS = lexicon([...LEAK_TERMS_EN, ...LEAK_TERMS_FR]);
const OBJECTS = lexicon([...LEAK_OBJECTS_EN, ...LEAK_OBJECTS_FR]);
const PHYSICAL = lexicon([...PHYSICAL_LEAKS_EN, ...PHYSICAL_LEAKS_FR]);
const FIRST_PERSON = lexicon([...FIRST_PERSON_LEAK_EN, ...FIRST_PERSON_LEAK_FR]);
const GOV = lexicon([...GOV_OBJECTS_EN, ...GOV_OBJECTS_FR]);
const PRESS = lexicon([
  'press', 'media', 'reporter', 'reporters', 'journalist', 'journalists', 'presse', 'médias', 'média', 'journaliste', 'journalistes',
  'le droit', 'au droit', 'la presse', 'le devoir', 'au devoir', 'radio-canada', 'onfr', 'tfo', 'tva', 'cbc', 'the star', 'the globe',
]);
// A leak counted as none: "without a single leak", "zero leaks", « sans une seule fuite », « aucune fuite ».
const JUST_PUBLIC =
  /^[\s,;:\u2014-]{0,4}(?:just|only|simply|merely|it's|its|juste|seulement|simplement|c'est)\s(?:[\p{L}'-]+\s){0,3}?(?:public|published|open|online|publique|publiques|publies?|publiees?|ouvertes?|en\sligne)(?![\p{L}])/u;
const NONE_BEFORE = /(?:without (?:an? )?(?:single )?|\bno |\bzero |not (?:a |one )(?:single )?|sans (?:une )?(?:seule )?|aucune |pas une (?:seule )?)$/;
// "my sources" cites a source only about government business.
const SOURCE_PHRASE = /\b(?:my sources?|sources tell me|a source tells me|inside sources|insider sources|mes sources|ma source|source interne|sources internes)\b/;
// Statements about leaking in general: "leaks are a breach of the oath".
const META = lexicon([
  'oath', 'serment', 'breach of', 'is a breach', 'are a breach', 'manquement', 'guidelines', 'lignes directrices', 'illegal', 'illégal',
  'stop the leaks', 'whoever is leaking', 'how leaks', 'leaks hurt', 'leaks undermine', 'public trust', 'confiance du public',
  'les fuites nuisent', 'a good read', 'good read', 'à lire',
]);
// The leaked content is being told or shown.
const CONTENT =
  /^[^.!?]{0,50}(?:\b(?:shows|show|says|say|said|reveals|reveal|confirms|confirm|states|proposes|plans|would|will|montre|dit|revele|confirme|indique|propose|prevoit)\b|:)/;
/** The sentence before tells a leak of a thing: a phone's specs, a game, a pipe ("The specs for the new Pixel leaked
 * again."). "At this point the leaks are the marketing plan" then takes it up, whatever object it names. */
function thingLeakBefore(unit: Unit): boolean {
  if (unit.before === '') return false;
  const b = plainBefore(unit);
  return spans(TERMS, b).some((m) => test(PHYSICAL, b.slice(Math.max(0, m.start - 40), m.end + 40)));
}
// A leak that is already a story people talk about: "chatter about the 'Queen's Park leak' story", « l'affaire de la fuite ».
const NEWS_STORY = lexicon([
  'story', 'stories', 'saga', 'scandal', 'headline', 'headlines', 'coverage', 'chatter about', 'in the news', 'news about',
  'affaire', 'reportage', 'manchette', 'manchettes', 'scandale', 'saga', 'dans les nouvelles', 'dans les médias',
]);
// Cheap gate: nothing is found without one of these in the sentence itself.
const GATE = /leak|fuit|coul|source|tip(?:ped)? off|refile|transmis|envoye|sent it|send it|gave it|pass(?:ed)? it/;
const SHOWN_BEFORE = /\b(?:here'?s|here is|attached|see|look at|check out|read|reading|got|have|voici|ci-joint|regardez|lisez|j'ai)\b[^.!?]{0,25}$/;

export default defineRule({
  id: 'confidential/leak',
  category: 'confidential',
  severity: { personal: 'high', professional: 'high', official: 'high' },
  guidelines: ['oath-secrecy', 'coi-confidential-information', 'ops-guiding-principles'],
  title: { en: 'Leak of work information', fr: "Fuite d'information de travail" },
  why: {
    en: 'This talks about leaking work information or relays it from "sources inside". Passing on information learned at work before it is public breaches your oath, whoever first let it out.',
    fr: "Il est question ici de faire fuiter de l'information de travail, ou de la relayer de « sources internes ». Transmettre une information apprise au travail avant qu'elle soit publique contrevient à votre serment, peu importe qui l'a d'abord laissée sortir.",
  },
  // Its gate's pieces: every hit needs GATE in its own sentence.
  triggers: gatePieces(GATE),
  triggersHere: true,
  detect(unit) {
    if (!GATE.test(unit.plain) || trainingCue(unit) || fictionCue(unit)) return [];
    const p = unit.plain;
    const hits: Hit[] = [];
    const taken: Span[] = [];
    for (const m of spans(FIRST_PERSON, p)) {
      if (adviceBefore(unit, m.start)) continue;
      if (SOURCE_PHRASE.test(m.text) && !inUnitOrBefore(unit, GOV)) continue;
      hits.push({ start: m.start, end: m.end });
      taken.push(m);
    }
    if (test(META, p) && hits.length === 0) return [];
    for (const m of spans(TERMS, p)) {
      if (taken.some((t) => t.start < m.end && m.start < t.end)) continue;
      // "CONFIDENTIAL LEAK: my kid's Father's Day plan": a playful heading over a family matter.
      if (around(unit, PHYSICAL, m.start, m.end, 40, 40) || adviceBefore(unit, m.start) || homeHeading(unit, m) || homeReveal(unit, m)) continue;
      // "…three seasons without a single leak", with the waders named earlier in the sentence: gear that held.
      if (NONE_BEFORE.test(p.slice(Math.max(0, m.start - 24), m.start)) && test(PHYSICAL, p)) continue;
      // "Not a leak, just a public dataset", « Pas une fuite, juste des données ouvertes »: denied, with what it is instead.
      if (NONE_BEFORE.test(p.slice(Math.max(0, m.start - 24), m.start)) && JUST_PUBLIC.test(p.slice(m.end, m.end + 50))) continue;
      // A leak word taking up the thing's leak told just before, with no government word here and no press near.
      if (!test(GOV, p) && !around(unit, PRESS, m.start, m.end, 50, 50) && thingLeakBefore(unit)) continue;
      const sinking = /^coul/.test(m.text);
      if (sinking ? !around(unit, PRESS, m.start, m.end, 50, 50) : !around(unit, OBJECTS, m.start, m.end, 50, 50) && !inUnitOrBefore(unit, GOV)) continue;
      const hit: Hit = { start: m.start, end: m.end };
      if (publicCue(unit) || around(unit, NEWS_STORY, m.start, m.end, 25, 12)) hit.severity = { personal: 'tip', professional: 'tip', official: 'tip' };
      else if (!test(CONTENT, p.slice(m.end, m.end + 70)) && !SHOWN_BEFORE.test(p.slice(Math.max(0, m.start - 40), m.start))) {
        hit.severity = { personal: 'medium', professional: 'medium', official: 'medium' };
      }
      hits.push(hit);
      taken.push(m);
    }
    return hits;
  },
  examples: {
    invalid: [
      // A leak already in the news, talked about by someone who does not comment on it: a tip.
      { text: "Lots of chatter about the 'Ministry of Health leak' story this week. I don't comment on news stories, back to my spreadsheet.", span: 'leak', mode: 'professional', severity: 'tip' },
      { text: "Beaucoup de jasette sur l'affaire de la fuite au ministère cette semaine. Je ne commente pas l'actualité.", span: 'fuite', mode: 'professional', severity: 'tip' },
      // A home word later in real news is no reveal.
      { text: 'Leaked cabinet document: the Sudbury closure is approved, my grandma will be furious.', span: 'Leaked', mode: 'personal' },
      { text: "Someone leaked the new fee schedule and honestly it's accurate.", span: 'leaked', mode: 'personal' },
      { text: 'Quelqu’un a fait fuiter le nouveau barème, et il est exact.', mode: 'personal' },
      { text: 'Ceux qui ont coulé la note au Droit : oui, c\'est vrai, la coupure est de 20 %.', span: 'coulé' },
      { text: 'Leaked memo: the ministry will close 12 ServiceOntario counters next spring.', span: 'Leaked', severity: 'high' },
      { text: 'Thinking I should leak the deck to a reporter, people deserve to know.', span: 'I should leak' },
      { text: 'Sources inside the ministry say the housing program is dead.', span: 'Sources inside the ministry' },
      { text: "Here's the leaked budget page everyone is talking about at the office.", span: "Here's the leaked" },
      { text: 'Voici la note qui a fuité : le ministère supprime 300 postes.', span: 'Voici la note qui a fuité' },
      { text: "Mes sources au ministère disent que la décision est déjà prise pour l'hôpital.", span: 'Mes sources' },
      // The heading over a work matter stays a leak, family or not.
      { text: "LEAKED: the ministry's plan to close my wife's office in June.", span: 'LEAKED', mode: 'personal' },
      { text: 'FUITE : le plan du ministère pour fermer le bureau de mon mari en juin.', span: 'FUITE', mode: 'personal' },
      // After a pipe's leak, a work leak in the next sentence is still one.
      { text: 'The pipe under my sink leaked all weekend. Meanwhile someone leaked the ministry memo on the closures.', span: 'leaked', mode: 'personal' },
    ],
    valid: [
      // The author's own play: a fictional official's leak is the plot.
      'Table read of my play tonight: a fictional deputy minister leaks a cabinet secret and gets caught.',
      // A joke heading revealed as a home matter.
      "BREAKING 🚨 leaked cabinet document: it's my grandma's butter tart recipe and I'm not sharing.",
      '🚨 FUITE DE DOCUMENT CONFIDENTIEL 🚨 La recette de tourtière de ma grand-mère. Non, je la partagerai pas.',
      // A leak denied, with what it is instead.
      { text: "Not a leak, just a public dataset 😄 Ontario's open data catalogue now has 10 years of park attendance.", mode: 'professional' },
      { text: 'Pas une fuite, juste des données ouvertes 😄 Le catalogue a maintenant 10 ans de fréquentation des parcs provinciaux.', mode: 'professional' },
      // A book review: the leak is the plot.
      'Finished a spy thriller where a junior analyst leaks a classified memo to a reporter. Great pacing, weak ending.',
      "Fini un roman d'espionnage où une analyste coule une note secrète à un journaliste. Le dénouement m'a déçu.",
      // Sport and television have leaks of their own.
      'Trade deadline chaos: every agent leaks, no GM confirms anything, classic hockey.',
      'Dans la série, la fuite du rapport à la journaliste arrive au pire moment.',
      'The new album leaked a week early and the schedule for the tour too, amazing.',
      "The Star's story on the leaked memo is a good read on how leaks hurt public trust.",
      'Our kitchen sink has a leak again, calling the plumber tomorrow.',
      'These @TrailMark waders have survived three seasons of wetland surveys for the ministry without a single leak.',
      'The roof leaked all night, the ceiling is a mess.',
      'Fuite d’eau au sous-sol, quelle fin de semaine!',
      'La fuite des cerveaux vers les États-Unis inquiète les universités.',
      'Le suspect a pris la fuite après l’accident, selon la police.',
      'My sources for this blog post on birdwatching are listed below.',
      'Leaked trailer for the new Zelda game looks amazing!',
      // The leak of a phone or a show, taken up in the next sentence.
      'The specs for the new Pixel leaked again a week before launch. At this point the leaks are the marketing plan.',
      'Les caractéristiques du nouveau Pixel ont encore fuité avant le lancement. À ce stade, les fuites, c’est le plan marketing.',
      // A heading over a family matter.
      "LEAKED: my son's plan for Mother's Day, which he has already told me about three times.",
      'FUITE : le plan de mes enfants pour la fête des mères, déjà révélé trois fois au souper.',
    ],
  },
});
