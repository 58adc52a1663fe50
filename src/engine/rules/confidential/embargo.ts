// Embargoed material: a release, a report or a budget seen before its public time. Official
// accounts are bound too (posting an embargoed release early is the classic slip); "the embargo
// has lifted" and trade or arms embargoes are not flagged.
import { defineRule } from '../../define-rule.js';
import { plainBefore } from '../../text/unit.js';
import { gatePieces, lexicon } from '../../match.js';
import type { Hit, Span, Unit } from '../../types.js';
import { EMBARGO_OVER_EN, EMBARGO_TERMS_EN, HOLD_WORDS_EN, TRADE_EMBARGO_EN, UNTIL_RELEASE_EN } from '../../lexicons/en/confidential-embargo.js';
import { EMBARGO_OVER_FR, EMBARGO_TERMS_FR, HOLD_WORDS_FR, TRADE_EMBARGO_FR, UNTIL_RELEASE_FR } from '../../lexicons/fr/confidential-embargo.js';
import { GOV_OBJECTS_EN, SECTORS_EN } from '../../lexicons/en/confidential-context.js';
import { GOV_OBJECTS_FR, SECTORS_FR } from '../../lexicons/fr/confidential-context.js';
import { FAMILY_EN } from '../../lexicons/en/sensitive-fact-context.js';
import { FAMILY_FR } from '../../lexicons/fr/sensitive-fact-context.js';
import { adviceBefore, around, fictionCue, inUnitOrBefore, spans, test, trainingCue } from './context.js';

const TERMS = lexicon([...EMBARGO_TERMS_EN, ...EMBARGO_TERMS_FR]);
const OVER = lexicon([...EMBARGO_OVER_EN, ...EMBARGO_OVER_FR]);
const TRADE = lexicon([...TRADE_EMBARGO_EN, ...TRADE_EMBARGO_FR]);
const UNTIL = lexicon([...UNTIL_RELEASE_EN, ...UNTIL_RELEASE_FR]);
const HOLD = lexicon([...HOLD_WORDS_EN, ...HOLD_WORDS_FR]);
const GOV = lexicon([...GOV_OBJECTS_EN, ...SECTORS_EN, ...GOV_OBJECTS_FR, ...SECTORS_FR]);
// Cheap gate: nothing is found without one of these in the sentence itself.
const GATE = /embarg|until|till|jusqu|d'ici|lock-?up|huis clos/;
const BARE = /\bembargo\b/g;
// "The embargo lifts at 10 tomorrow", « l'embargo est levé demain à 10 h »: lifted later, so still on now.
const LATER = /^[^.!?]{0,25}\b(?:tomorrow|tonight|at \d|at noon|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|demain|ce soir|a \d{1,2} ?h|a midi|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\b/;
// A lifting told in a past tense (« l'embargo a été levé à 10 h ce matin », 'the embargo was lifted at
// 10') gives the hour it ended, not one still to come; so does 'lifted' with a past time ('the
// embargo lifted at 10 this morning').
const PAST_OVER = /\b(?:a ete leve|a pris fin|avait ete leve|has been lifted|has lifted|had lifted|was lifted|has ended|has expired|n'est plus|ne sont plus|no longer)\b/;
const PAST_WHEN = /^[^.!?]{0,40}\b(?:this morning|earlier|yesterday|ago)\b/;
const FUTURE_WHEN = /^[^.!?]{0,40}\b(?:tomorrow|will|demain)\b/;
function liftedBefore(plain: string, o: Span): boolean {
  const after = plain.slice(o.end, o.end + 45);
  if (PAST_OVER.test(plain.slice(o.start, o.end))) return true;
  return /\blifted$/.test(plain.slice(o.start, o.end)) && PAST_WHEN.test(after) && !FUTURE_WHEN.test(after);
}
// A bare "embargo" is a media embargo when a release time or a release object is near.
const RELEASE_NEAR =
  /\b(?:until|till|jusqu|release|releases|lifts|lift|story|stories|report|news|media|press|announcement|annonce|communique|rapport|medias|presse|heure|time|o'clock|am|pm|a\.m|p\.m|\d{1,2} ?(?:h|am|pm)|\d{1,2}:\d\d|\d{1,2}h\d\d)\b/;

// A media lock-up's schedule or its rule ("Media lock-up begins at 1 p.m.", « les documents remis au
// huis clos des médias sont sous embargo jusqu'au dépôt ») is published logistics, not embargoed
// content, unless the author speaks from inside it ("I'm in the media lock-up and…").
const MEDIA_LOCKUP = /\b(?:media|press|news) lock-?ups?\b|\bhuis clos (?:des|pour les|de la) (?:medias|journalistes|presse)\b|\bhuis clos mediatique\b/;
const LOCKUP_LOGISTICS =
  /\b(?:begins|starts|opens|runs|will be held|takes place|is scheduled|commence|debute|ouvre|aura lieu|se tiendra|se deroule)\b|\buntil (?:the budget is )?(?:tabling|tabled|it is tabled)\b|\bjusqu'(?:au|a son) depot\b/;
const FIRST_PERSON = /(?:^|[^\p{L}'])(?:i|i'm|im|me|my|we're|je|j'|moi|mon|ma|mes)(?![\p{L}'])|\bnous sommes\b|\bon est\b/u;
// News of the author's own family under "embargo" ("my daughter's science fair results", « le nom
// du bébé de ma sœur ») is a joke on the word: no release, no public body, nothing confidential.
const OWN_FAMILY = lexicon([
  ...['my', 'our'].flatMap((p) => FAMILY_EN.map((f) => `${p} ${f}`)),
  ...['ma', 'mon', 'mes', 'notre', 'nos'].flatMap((p) => FAMILY_FR.map((f) => `${p} ${f}`)),
]);
function familyNews(unit: Unit): boolean {
  return test(OWN_FAMILY, unit.plain) && !test(GOV, unit.plain);
}

function lockupLogistics(plain: string): boolean {
  return MEDIA_LOCKUP.test(plain) && LOCKUP_LOGISTICS.test(plain) && !FIRST_PERSON.test(plain);
}

export default defineRule({
  id: 'confidential/embargo',
  category: 'confidential',
  severity: { personal: 'high', professional: 'high', official: 'high' },
  guidelines: ['oath-secrecy', 'coi-confidential-information', 'ops-guiding-principles', 'ops-official-account'],
  title: { en: 'Embargoed material', fr: 'Information sous embargo' },
  why: {
    en: 'This mentions material under embargo. Until the embargo lifts it is confidential, even for an official account: sharing it, or hinting at it, discloses information before its public release.',
    fr: "Il est question ici d'une information sous embargo. Tant que l'embargo n'est pas levé, elle est confidentielle, même pour un compte officiel : la diffuser, ou y faire allusion, la révèle avant sa publication.",
  },
  // Its gate's pieces: every hit needs GATE in its own sentence.
  triggers: gatePieces(GATE),
  triggersHere: true,
  detect(unit) {
    if (!GATE.test(unit.plain) || trainingCue(unit) || fictionCue(unit)) return [];
    if (lockupLogistics(unit.plain) || familyNews(unit)) return [];
    const over = spans(OVER, unit.plain).filter((o) => liftedBefore(unit.plain, o) || !LATER.test(unit.plain.slice(o.end, o.end + 40)));
    const overlapsOver = (m: Span) => over.some((o) => o.start < m.end && m.start < o.end);
    const hits: Hit[] = [];
    const taken: Span[] = [];
    for (const m of spans(TERMS, unit.plain)) {
      taken.push(m);
      if (overlapsOver(m) || around(unit, TRADE, m.start, m.end, 40, 40) || adviceBefore(unit, m.start)) continue;
      hits.push({ start: m.start, end: m.end });
    }
    for (const m of spans(BARE, unit.plain)) {
      if (taken.some((t) => t.start <= m.start && m.end <= t.end) || overlapsOver(m)) continue;
      if (around(unit, TRADE, m.start, m.end, 40, 40) || adviceBefore(unit, m.start)) continue;
      // "…report drops on the 4th. Embargo life 🤐": the release may be told in the sentence just before.
      if (!test(RELEASE_NEAR, unit.plain.slice(Math.max(0, m.start - 30), m.end + 40)) && !(m.start < 30 && test(RELEASE_NEAR, plainBefore(unit).slice(-60)))) continue;
      hits.push({ start: m.start, end: m.end });
    }
    for (const m of spans(UNTIL, unit.plain)) {
      if (over.length || adviceBefore(unit, m.start)) continue;
      if (!test(HOLD, unit.plain) && !inUnitOrBefore(unit, GOV)) continue;
      hits.push({ start: m.start, end: m.end });
    }
    return hits;
  },
  examples: {
    invalid: [
      // The release told just before, the embargo named after it.
      { text: 'The inquest report drops Tuesday at 10. Embargo life 🤐', span: 'Embargo', mode: 'personal' },
      { text: 'Le rapport du coroner sort mardi. Embargo oblige 🤐', span: 'Embargo', mode: 'personal' },
      // Family news beside a government object is no longer only family news.
      { text: "Embargoed until Monday: my husband's ministry is announcing the new child care funding.", span: 'Embargoed' },
      // Lifted later means still on now.
      { text: "L'embargo est levé demain à 10 h, mais le titre c'est la hausse du salaire minimum.", span: 'embargo' },
      { text: 'Embargo lifts at 10 tomorrow, but the headline is that seniors dental coverage doubles.', span: 'Embargo lifts' },
      { text: 'Got the embargoed copy of the auditor general report, wow, page 40 is brutal.', span: 'embargoed copy', severity: 'high' },
      { text: 'Our new grants program news release is under embargo until 10 a.m. Thursday.', span: 'under embargo', mode: 'official' },
      { text: "Can't share the numbers until the announcement, but the housing funding is way up.", span: 'until the announcement' },
      { text: 'Sitting in the budget lock-up right now and the deficit number is wild.', span: 'budget lock-up' },
      // From inside the lock-up, its schedule is no cover.
      { text: "I'm in the media lock-up until tabling and the deficit is way bigger than anyone thinks.", span: 'media lock-up' },
      { text: 'Je suis au huis clos des médias, qui se déroule jusqu’à 16 h, et les chiffres sont inquiétants.', span: 'huis clos des médias' },
      { text: "J'ai le rapport sous embargo et les résultats pour les écoles du Nord sont inquiétants.", span: 'sous embargo' },
      { text: "Je ne peux rien dire jusqu'à l'annonce officielle, mais le financement des garderies va changer.", span: "jusqu'à l'annonce officielle" },
    ],
    valid: [
      // A show's ending, kept from friends.
      'Finished the season finale last night. Spoilers embargoed until Sunday, you know who you are.',
      'Embargoed until 6am: my son’s hockey tryout results. Spoiler: he made the team. 🏒',
      'Sous embargo jusqu’à samedi : le prénom du bébé de mon frère. On a tous parié!',
      'J’ai vu la finale de la saison hier : divulgâcheurs sous embargo jusqu’à dimanche!',
      'The embargo has been lifted: the full report is now online for everyone to read.',
      "L'embargo a été levé ce matin : le rapport complet est en ligne.",
      'Great lecture tonight on the history of the US trade embargo against Cuba.',
      { text: 'The budget will be tabled at 4 p.m. Media lock-up begins at 1 p.m. Watch live: ontario.ca/budget', mode: 'official' },
      { text: "Les documents remis au huis clos des médias sont sous embargo jusqu'au dépôt du budget.", mode: 'official' },
      'The report is no longer under embargo, so here are my three takeaways.',
      { text: 'We are counting the days until the announcement of our wedding date!', mode: 'personal' },
      "L'embargo est levé : voici le rapport complet sur la qualité de l'eau.",
      "Débat intéressant sur l'embargo commercial imposé à certains pays.",
      // The hour after a past-tense lifting is when it ended.
      "L'embargo a été levé à 10 h ce matin, alors je peux enfin partager le rapport de notre équipe sur les milieux humides.",
      'The embargo was lifted at 10 a.m., so here is our team’s wetland report: ontario.ca/wetlands',
      'Embargo lifted at 9 this morning: the full report on wetland loss is public now.',
    ],
  },
});
