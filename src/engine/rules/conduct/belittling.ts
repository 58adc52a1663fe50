// Talking down to a member of the public without an insult word: a sentence that is only a sigh at
// the reader ("Sir. Please."), telling them to read again before they write ("Re-read the letter
// before you email us", « Madame, relisez la lettre avant de m'écrire »), or a mocking aside about
// people who fail at a service ("Imagine not reading the FAQ before yelling at us", « J'adore quand
// les gens ne lisent pas la FAQ 🙄 »). Courtesy to the public is owed on every account that can be
// read as a public servant's (guidelines §1.6, comment policies); conduct/arguing-with-public holds
// the fixed put-downs, this rule the shapes. "Please check the FAQ before applying", "some people
// don't know the form changed" and "Yes, sir." stay clean: advice and news are not mockery.
import { defineRule } from '../../define-rule.js';
import type { Hit, Span, Unit } from '../../types.js';
import * as en from '../../lexicons/en/conduct-belittling.js';
import * as fr from '../../lexicons/fr/conduct-belittling.js';
import { WordLexicon } from '../political/util.js';

const ADDRESS = new WordLexicon({
  vocative: [...en.VOCATIVES_EN, ...fr.VOCATIVES_FR],
  exasperation: [...en.EXASPERATIONS_EN, ...fr.EXASPERATIONS_FR],
});
const READS = new WordLexicon({ reread: [...en.REREAD_EN, ...fr.REREAD_FR], read: [...en.READ_EN, ...fr.READ_FR] });
const HOSTILE = new WordLexicon({ term: [...en.HOSTILE_CONTACT_EN, ...fr.HOSTILE_CONTACT_FR] });
const FRAMES = new WordLexicon({
  mock: [...en.MOCK_FRAMES_EN, ...fr.MOCK_FRAMES_FR],
  failure: [...en.FAILURE_FRAMES_EN, ...fr.FAILURE_FRAMES_FR],
});
const OBVIOUS = new WordLexicon({ term: [...en.OBVIOUS_EN, ...fr.OBVIOUS_FR] });
const WHAT_PART = new WordLexicon({ term: [...en.WHAT_PART_EN, ...fr.WHAT_PART_FR] });
const CONFUSION = new WordLexicon({ term: [...en.CONFUSION_EN, ...fr.CONFUSION_FR] });
const BLAME = new WordLexicon({ term: [...en.BLAME_EN, ...fr.BLAME_FR] });
const READER = new WordLexicon({ term: ['you', 'your', 'vous', 'votre', 'vos', 'toi', ...en.VOCATIVES_EN, ...fr.VOCATIVES_FR] });
const FAILURES = new WordLexicon({ term: [...en.FAILURES_EN, ...fr.FAILURES_FR] });
const THINGS = new WordLexicon({ term: [...en.SERVICE_THINGS_EN, ...fr.SERVICE_THINGS_FR] });
// Signs that an aside about "people who…" is a sneer, not news: eye-roll, facepalm, "smh", "apparently".
const SNEER = new WordLexicon({ term: ['smh', 'ugh', 'sigh', 'clearly', 'apparently', 'somehow', 'obviously', 'visiblement', 'apparemment', 'evidemment', 'pfff', 'misere'] });
const SNEER_SIGNS = /\u{1F644}|\u{1F926}|\u{1F612}/u;
const LETTERS = /[\p{L}\p{N}]/gu;
// "If you actually read the notice instead of complaining, you'd know…", « si vous saviez lire, vous auriez compris ».
const IF_READ = new WordLexicon({
  read: [...en.IF_YOU_READ_EN, ...fr.SI_VOUS_LISIEZ_FR],
  literacy: [...en.IF_YOU_COULD_READ_EN, ...fr.SI_VOUS_SAVIEZ_LIRE_FR],
});
const REPROACH = new WordLexicon({ instead: [...en.INSTEAD_EN, ...fr.AU_LIEU_FR], know: [...en.WOULD_KNOW_EN, ...fr.SAURIEZ_FR] });
const INFANTILIZING = new WordLexicon({ term: [...en.INFANTILIZING_EN, ...fr.INFANTILIZING_FR] });
const TO_ADULTS = new WordLexicon({ term: [...en.TO_THE_ADULTS_EN, ...fr.TO_THE_ADULTS_FR] });
const CHILDREN = new WordLexicon({ term: [...en.CHILDREN_EN, ...fr.CHILDREN_FR] });
const DUE_RESPECT = new WordLexicon({ term: [...en.DUE_RESPECT_EN, ...fr.DUE_RESPECT_FR] });
const WITHDRAWN = new WordLexicon({ term: [...en.RESPECT_WITHDRAWN_EN, ...fr.RESPECT_WITHDRAWN_FR] });
// Said to someone: "you", "your", « vous », an @handle. "Leave the sparklers to the adults" to children is a safety tip.
const TO_READER = /(?<![\p{L}])(?:you|your|ur|vous|votre|vos|tu|ton|ta|tes|toi)(?![\p{L}])/u;

const letterCount = (s: string) => s.match(LETTERS)?.length ?? 0;

/** "Sir.", "Ma'am. Please.", « Madame. »: the sentence holds nothing but a form of address and a sigh. */
function loneVocative(unit: Unit): Hit | null {
  const trimmed = unit.text.trimEnd();
  if (!/[.\u2026]$/.test(trimmed)) return null;
  const words = ADDRESS.find(unit);
  if (!words.some((w) => w.classes.has('vocative'))) return null;
  const covered = words.reduce((n, w) => n + letterCount(w.text), 0);
  if (covered !== letterCount(unit.plain)) return null;
  const start = unit.text.length - unit.text.trimStart().length;
  return { start, end: trimmed.length, severity: { personal: 'tip', professional: 'medium', official: 'high' } };
}

/** A reading instruction said as a fault: before a hostile contact, or right after a form of address. */
function readAgain(unit: Unit): Hit | null {
  const reads = READS.find(unit);
  if (!reads.length) return null;
  const hostile = HOSTILE.find(unit);
  for (const r of reads) {
    const h = hostile.find((x) => x.start >= r.end && x.start - r.end <= 80);
    if (h) return { start: r.start, end: h.end };
  }
  // "Madame, relisez la lettre", "Sir, reread the sign": addressed at the start of the sentence.
  const lead = ADDRESS.find(unit).find((w) => w.classes.has('vocative') && letterCount(unit.plain.slice(0, w.start).replace(/@[\p{L}\p{N}_.]+/gu, '')) === 0);
  if (!lead) return null;
  const r = reads.find((x) => x.classes.has('reread') && x.start >= lead.end && x.start - lead.end <= 25);
  return r ? { start: lead.start, end: r.end } : null;
}

/** "Imagine not reading the FAQ…", "people who don't read the form 🙄": a mocking aside about a service's users. */
function mockingAside(unit: Unit): Hit | null {
  const frames = FRAMES.find(unit);
  if (!frames.length) return null;
  const hostile = HOSTILE.find(unit);
  const things = THINGS.find(unit);
  const sneer = SNEER.test(unit.plain) || SNEER_SIGNS.test(unit.text);
  const after = (f: Span, xs: readonly Span[]) => xs.find((x) => x.start >= f.end && x.start - f.end <= 70);
  for (const f of frames) {
    if (f.classes.has('mock')) {
      const o = after(f, hostile) ?? after(f, things);
      if (o) return { start: f.start, end: o.end };
      continue;
    }
    const failure = FAILURES.find(unit).find((x) => x.start >= f.end && x.start - f.end <= 40);
    if (!failure) continue;
    const h = after(f, hostile);
    if (h) return { start: f.start, end: h.end };
    const t = after(f, things);
    if (t && sneer) return { start: f.start, end: t.end };
  }
  return null;
}

/** "It's literally on page one of the guide" to @someone, "as we've said five times, the answer is in the FAQ",
 * "what part of 'closed on Mondays' was confusing", "you're the reason we can't have nice things". */
function obviousAnswer(unit: Unit): Hit | null {
  const blame = BLAME.find(unit)[0];
  if (blame) return { start: blame.start, end: blame.end };
  const part = WHAT_PART.find(unit)[0];
  const confusion = part && CONFUSION.find(unit).find((c) => c.start > part.end && c.start - part.end <= 60);
  if (part && confusion) return { start: part.start, end: confusion.end };
  const obvious = OBVIOUS.find(unit)[0];
  if (!obvious || !THINGS.test(unit.plain)) return null;
  // Said to someone (an @handle, "you", « madame ») or said again ("five times already").
  const repeated = /times|fois|time\b/.test(unit.plain.slice(obvious.start, obvious.end)) || /said|dit/.test(unit.plain.slice(obvious.start, obvious.end));
  if (!repeated && !READER.test(unit.plain) && !unit.masked.some((m) => m.kind === 'handle')) return null;
  return { start: obvious.start, end: obvious.end };
}

/** Reading made the condition the reader failed, with the reproach or the "you'd know" that says so:
 * "maybe if you read the form instead of crying on Twitter", « si vous lisiez l'avis, vous sauriez ».
 * Knowing how to read made the condition is belittling by itself ("if you could read"). */
function ifYouRead(unit: Unit): Hit | null {
  const conds = IF_READ.find(unit);
  if (!conds.length) return null;
  const literacy = conds.find((c) => c.classes.has('literacy'));
  if (literacy) return { start: literacy.start, end: literacy.end };
  const reproaches = REPROACH.find(unit);
  for (const c of conds) {
    const r = reproaches.find((x) => x.start >= c.end && x.start - c.end <= 90);
    if (r) return { start: c.start, end: r.end };
  }
  return null;
}

/** "Let the adults talk", "leave the numbers to adults" said to someone, « laissez la science aux grandes personnes ». */
function infantilizing(unit: Unit): Hit | null {
  const fixed = INFANTILIZING.find(unit)[0];
  if (fixed) return { start: fixed.start, end: fixed.end };
  const adults = TO_ADULTS.find(unit)[0];
  if (!adults || CHILDREN.test(unit.plain)) return null;
  const before = unit.plain.slice(0, adults.start);
  // A leave/laisser verb before it: "leave X to the adults", « laissez X aux grandes personnes ».
  if (!/(?<![\p{L}])(?:leave|laisse|laissez|laisser)(?![\p{L}])[^.!?]{0,40}$/u.test(before)) return null;
  if (!TO_READER.test(unit.plain) && !unit.masked.some((m) => m.kind === 'handle')) return null;
  return { start: adults.start, end: adults.end };
}

/** "With all due respect (none)", « avec tout le respect que je vous dois (aucun) »: respect withdrawn as it is named. */
function respectWithdrawn(unit: Unit): Hit | null {
  for (const r of DUE_RESPECT.find(unit)) {
    const w = WITHDRAWN.find(unit).find((x) => x.start >= r.end && /^[\s,(:\u2014\u2013-]*$/u.test(unit.plain.slice(r.end, x.start)));
    if (w) return { start: r.start, end: w.end };
  }
  return null;
}

export default defineRule({
  id: 'conduct/belittling',
  category: 'conduct',
  severity: { personal: 'medium', professional: 'high', official: 'high' },
  guidelines: ['conduct-comment-policy', 'ops-official-account', 'ops-guiding-principles'],
  title: { en: 'Talking down to the public', fr: 'Ton condescendant envers le public' },
  why: {
    en: 'This talks down to a member of the public, even without a rude word: sighing at them, telling them to read again, or mocking people who use the service. Public servants owe the public courtesy, and a condescending reply can be screenshotted and shared as the public service’s voice. Answer the question plainly, or point to the right page kindly.',
    fr: "Ce passage traite de haut un membre du public, même sans mot grossier : soupir, « relisez », moquerie envers les gens qui utilisent le service. Les fonctionnaires doivent courtoisie au public, et une réponse condescendante peut circuler en capture d'écran comme si c'était la voix de la fonction publique. Répondez simplement, ou indiquez la bonne page avec bienveillance.",
  },
  // A trigger in the sentence before alone wakes nothing: detect() reads its own sentence only.
  triggersHere: true,
  triggers: [
    ...ADDRESS.pieces(['exasperation']), ...HOSTILE.pieces(), ...FRAMES.pieces(), ...OBVIOUS.pieces(), ...WHAT_PART.pieces(), ...BLAME.pieces(),
    ...IF_READ.pieces(), ...INFANTILIZING.pieces(), ...TO_ADULTS.pieces(), ...DUE_RESPECT.pieces(),
  ],
  detect(unit) {
    const hit = loneVocative(unit) ?? readAgain(unit) ?? mockingAside(unit) ?? obviousAnswer(unit) ?? ifYouRead(unit) ?? infantilizing(unit) ?? respectWithdrawn(unit);
    return hit ? [hit] : [];
  },
  examples: {
    invalid: [
      { text: 'Sir. Please. Get a hobby.', mode: 'professional', span: 'Sir.', severity: 'medium' },
      { text: 'Imagine not reading the FAQ before yelling at us.', mode: 'professional', span: 'Imagine not reading the FAQ before yelling', severity: 'high' },
      { text: 'Re-read the letter before you email us again.', mode: 'official', severity: 'high' },
      { text: 'Love when people skip the checklist and then scream at the counter staff 🙄', mode: 'personal', severity: 'medium' },
      { text: 'Ma’am, reread the sign.', mode: 'professional', span: 'Ma’am, reread' },
      { text: 'Madame, relisez la lettre avant de m’écrire.', mode: 'professional', span: 'relisez la lettre avant de m’écrire', severity: 'high' },
      { text: 'Imaginez ne pas lire la FAQ avant de nous crier dessus.', mode: 'official' },
      { text: 'J’adore quand les gens ne lisent pas le formulaire 🙄', mode: 'personal', severity: 'medium' },
      { text: 'Monsieur. De grâce.', mode: 'official', severity: 'high' },
      { text: '@gary_t It’s literally on the first page of the guide.', mode: 'professional', span: 'It’s literally' },
      { text: 'As we’ve said five times already, the answer is in the FAQ.', mode: 'official' },
      { text: 'Not sure what part of “closed on Mondays” was confusing, but here we are.', mode: 'professional' },
      { text: 'C’est écrit noir sur blanc dans la lettre, madame.', mode: 'professional', span: 'noir sur blanc' },
      { text: 'Comme on vous l’a dit trois fois déjà, la réponse est dans la FAQ.', mode: 'official' },
      // Hostility toward the staff in general, not only "us".
      { text: 'Imagine skipping every notice and then yelling at the counter staff about it.', span: 'Imagine skipping every notice and then yelling at the counter', mode: 'personal' },
      { text: 'Imaginez ignorer trois avis pis venir engueuler le personnel au comptoir.', mode: 'personal' },
      // Reading made the condition the reader failed, with the reproach or the "you'd know" that says so.
      { text: '@sam_k If you checked the schedule instead of ranting, you would see the pool opens at noon.', mode: 'official', span: 'If you checked the schedule instead of ranting', severity: 'high' },
      { text: "Maybe if you looked at the map you'd know the trail is closed.", mode: 'professional' },
      { text: 'If you could read, the answer is on the sign.', mode: 'personal', span: 'If you could read' },
      { text: 'Si tu écoutais au lieu de crier, tu saurais que le bureau ferme à 16 h.', mode: 'professional', severity: 'high' },
      { text: 'Madame, si vous étiez capable de lire, vous ne poseriez pas la question.', mode: 'official' },
      // Sent off like a child; respect named and withdrawn.
      { text: 'Nice theory. Now let the adults talk about the budget.', mode: 'professional', span: 'let the adults talk' },
      { text: '@geo_guy Leave the geology to the grown-ups, your map is upside down.', mode: 'professional', span: 'to the grown-ups' },
      { text: 'Laissez donc les statistiques aux adultes, votre graphique est faux.', mode: 'professional', span: 'aux adultes' },
      { text: 'With all due respect (none), your survey is worthless.', mode: 'professional', span: 'With all due respect (none' },
      { text: 'Monsieur, avec tout le respect que je vous dois, aucun, vous vous trompez.', mode: 'professional' },
    ],
    valid: [
      'Please check the FAQ before applying: https://ontario.ca/faq',
      'Yes, sir.',
      'Thank you, ma’am, for your patience at the counter today.',
      'Imagine not having to commute on a Monday.',
      'Some people don’t know the form changed in May, so here is the new one.',
      'Reread my old journal tonight and laughed so hard.',
      'Relisez votre demande avant de l’envoyer pour éviter les retards.',
      'Merci, madame, pour votre patience au comptoir.',
      'Certaines personnes ne savent pas que le formulaire a changé en mai.',
      'Bonjour Madame, votre carte arrivera sous deux semaines.',
      'It’s literally on the first page of the cookbook, so easy!',
      'The answer is in our FAQ: https://ontario.ca/faq',
      'Tout est écrit noir sur blanc dans le roman, quel plaisir de lecture.',
      'You are the reason I love this job, thank you!',
      'Yelling at the people you love is never worth it, take a breath.',
      'Imagine being 45 and finally running your first marathon. So proud of my sister!',
      // Reading as helpful advice (what you will find), reading for pleasure, a parent's safety tip, respect kept.
      'If you read the guide, you will find the three steps on page two.',
      'If you read one book this summer, make it this one.',
      { text: 'If you read the new guide, you’ll see how easy renewing is: ontario.ca/renew', mode: 'official' },
      'Si vous lisez le guide, vous trouverez toutes les étapes à la page deux.',
      'Si tu lisais plus de romans, tu aimerais celui-là, promis!',
      'Kids, leave the fireworks to the adults tonight and enjoy the show!',
      'Les enfants, laissez les feux d’artifice aux adultes ce soir.',
      'Leave the pruning to the professionals if you are not sure.',
      { text: 'With all due respect, I see the data differently; here is our method.', mode: 'professional' },
      { text: 'Avec tout le respect que je vous dois, je ne partage pas votre lecture des données.', mode: 'professional' },
      'Our book club meets Tuesday: if you read the last chapter, bring your notes!',
    ],
  },
});
