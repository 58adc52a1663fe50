// A client or member of the public described by circumstances instead of a name ("the guy who
// comes into our office every Monday", "a 29-year-old mom in Kirkland Lake", « le monsieur qui
// vient au bureau ») next to a health, benefits, legal or immigration fact. In a small town or a
// regular's case, that is enough for people to know who it is, so FIPPA treats it as personal
// information (shared reference "guidelines" §5, §8.2). sensitive-fact needs a verb or a
// possessive tying the fact to someone; here the description itself is the tie, so a bare
// circumstance ("dialysis", « POSPH ») counts. Topics ("cancer walk"), rules about anyone
// ("seniors 65 and over can apply"), the author's own life and news reports stay clean.
import { plainBefore } from '../../text/unit.js';
import { defineRule } from '../../define-rule.js';
import { findAll, lexicon, matchesAny } from '../../match.js';
import type { Hit, Unit } from '../../types.js';
import * as en from '../../lexicons/en/described-person.js';
import * as fr from '../../lexicons/fr/described-person.js';
import { FINANCIAL_FACTS_EN, HEALTH_FACTS_EN, IMMIGRATION_FACTS_EN, LEGAL_FACTS_EN } from '../../lexicons/en/sensitive-facts.js';
import { FINANCIAL_FACTS_FR, HEALTH_FACTS_FR, IMMIGRATION_FACTS_FR, LEGAL_FACTS_FR } from '../../lexicons/fr/sensitive-facts.js';
import { NEWS_CUES_EN } from '../../lexicons/en/sensitive-fact-context.js';
import { NEWS_CUES_FR } from '../../lexicons/fr/sensitive-fact-context.js';

// "the guy from the Barrie story", « le gars de l'histoire de Sudbury »: a person named by their story.
// Read on the lower-cased sentence before too ("The guy from the Barrie story? His claim…").
const MEDIA_PERSON_EN = /(?<![\p{L}])(?:guy|man|woman|lady|kid|boy|girl|mom|dad|family|senior|teen|couple|client|one) from (?:the|that) (?:[\p{L}'-]+ ){1,2}(?:story|case|article|video|clip|thread|post)(?![\p{L}])/giu;
const MEDIA_PERSON_FR = /(?<![\p{L}])(?:gars|homme|femme|dame|madame|monsieur|jeune|petit|petite|famille|couple|client|cliente) (?:de|du) (?:l'histoire|la video|l'article|reportage) (?:de|d'|a) ?[\p{L}'-]+/giu;
// Identifying by the story, not reporting it: the news words then do not make the post a news report.
const MEDIA_POINTED = [MEDIA_PERSON_EN, MEDIA_PERSON_FR, lexicon([...en.MEDIA_POINTERS_EN, ...fr.MEDIA_POINTERS_FR])];

interface Lang {
  facts: RegExp;
  /** "living in the Sherbourne shelter", « dort au refuge »: a shelter as a home, not a place of work. */
  shelter: RegExp;
  /** Cues readable on the lower-cased sentence before as well. */
  cues: RegExp[];
  /** Cues that need capitals (a place name, an origin), read on the sentence itself only. */
  capitalCues: RegExp[];
  generic: RegExp;
  news: RegExp;
  topicAfter: RegExp;
  /** The author's own: "my chemo", "I'm on ODSP", « je suis à l'aide sociale ». */
  self: RegExp;
  /** A cause before the fact: "walk for ALS", « marche contre le cancer ». */
  topicBefore: RegExp;
}

const EN: Lang = {
  facts: lexicon([...en.CIRCUMSTANCES_EN, ...HEALTH_FACTS_EN, ...FINANCIAL_FACTS_EN, ...LEGAL_FACTS_EN, ...IMMIGRATION_FACTS_EN]),
  shelter: /(?<![\p{L}])(?:living|staying|sleeping|lives|stays|sleeps|lived|stayed|slept) (?:in|at) (?:the|a) (?:[\p{L}'-]{1,20} ){0,2}shelter(?![\p{L}])/u,
  cues: [
    lexicon(en.RECURRING_PERSON_EN),
    lexicon(en.MET_AT_WORK_EN),
    lexicon(en.MEDIA_POINTERS_EN),
    MEDIA_PERSON_EN,
    /(?<![\p{L}\p{N}])\d{1,3}[- ]?(?:year|yr)s?[- ]old(?![\p{L}])|(?<![\p{L}\p{N}])\d{1,2} ?y\/?o(?![\p{L}])/gu,
  ],
  capitalCues: [
    /\p{Lu}\p{Ll}+, \d{1,3},/u,
    /(?<![\p{L}])(?:guy|man|woman|lady|mom|dad|mother|father|senior|gentleman|girl|boy|kid|teen|family|couple|grandma|grandpa|widow|widower|veteran|client|dude|elder) (?:from|in|out of|up in|over in|down in|near) \p{Lu}/u,
    /\p{Lu}\p{Ll}+(?:an|ese|i|ish) (?:guy|man|woman|lady|mom|dad|family|couple|gentleman|kid|teen|girl|boy|senior|dude)(?![\p{L}])/u,
  ],
  generic: lexicon(en.GENERIC_CUES_EN),
  news: lexicon(NEWS_CUES_EN),
  topicAfter: new RegExp(`^[\\s-]{1,3}${lexicon(en.TOPIC_AFTER_EN).source}`, 'u'),
  topicBefore: /(?<![\p{L}])(?:walk|run|ride|fundraiser|fundraising|money|donations?|awareness|research|charity|cure) (?:for|against|about|into|on|of) (?:the )?$/u,
  self: /(?<![\p{L}])(?:my|i|i'm|im|i've|ive|i am|i was|me)(?: [\p{L}'-]{1,15}){0,2} $/u,
};

const FR: Lang = {
  facts: lexicon([...fr.CIRCUMSTANCES_FR, ...HEALTH_FACTS_FR, ...FINANCIAL_FACTS_FR, ...LEGAL_FACTS_FR, ...IMMIGRATION_FACTS_FR]),
  shelter: /(?<![\p{L}])(?:vit|vivait|reste|restait|dort|dormait|couche|hebergee?) (?:au|dans un|dans le|a un) (?:refuge|centre d'hebergement)(?![\p{L}])/u,
  cues: [
    lexicon(fr.RECURRING_PERSON_FR),
    lexicon(fr.MET_AT_WORK_FR),
    lexicon(fr.MEDIA_POINTERS_FR),
    MEDIA_PERSON_FR,
    /(?<![\p{L}])(?:homme|femme|dame|monsieur|madame|mere|pere|maman|papa|gars|fille|garcon|jeune|aine|ainee|client|cliente|patient|patiente|enfant|ado|adolescent|adolescente|bebe|personne|prestataire|demandeur|demandeuse|veuve|veuf|grand-mere|grand-pere|locataire) (?:de |d'environ |agee? de |age de )?\d{1,3} ?ans(?![\p{L}])/gu,
  ],
  capitalCues: [
    /\p{Lu}\p{Ll}+, \d{1,3}(?: ans)?,/u,
    /(?<![\p{L}])(?:gars|homme|femme|dame|monsieur|madame|mère|père|maman|papa|jeune|famille|couple|client|cliente|aîné|aînée|bonhomme|veuve|veuf|ado) (?:de|à|du coin de|de la région de) \p{Lu}/u,
    /(?<![\p{L}])(?:un|une) \p{Lu}\p{Ll}+(?:ien|ienne|ais|aise|ois|oise|ain|aine)(?![\p{L}])/u,
  ],
  generic: lexicon(fr.GENERIC_CUES_FR),
  news: lexicon(NEWS_CUES_FR),
  topicAfter: new RegExp(`^[\\s-]{1,3}(?:(?:de|du|des|contre|pour)[\\s-]{1,3})?(?:la |le |les |l')?${lexicon(fr.TOPIC_AFTER_FR).source}`, 'u'),
  topicBefore: /(?<![\p{L}])(?:marche|course|collecte|lutte|recherche|sensibilisation|fondation|societe|dons?) (?:contre|sur|pour|de) (?:le |la |les |l')?$/u,
  self: /(?<![\p{L}])(?:mon|ma|mes|je|j'|moi|chu|chus)(?: ?[\p{L}'-]{1,15}){0,2} $/u,
};

const FACT_TRIGGERS = [EN.facts, FR.facts, EN.shelter, FR.shelter];

const test = (re: RegExp, s: string) => matchesAny([re], s);

/** "my 67-year-old dad", « ma fille de 12 ans »: the author's family, which sensitive-fact weighs. */
const OWN_BEFORE = /(?<![\p{L}])(?:my|our|mon|ma|mes|notre|nos)\s{1,3}(?:[\p{L}-]{1,12}\s{1,3})?$/u;

const cueIn = (re: RegExp, s: string) => findAll(re, s).some((m) => !test(OWN_BEFORE, s.slice(Math.max(0, m.start - 20), m.start)));

// "you know who I mean", « vous savez qui »: the author vouches that readers will recognise the person, whoever's school it is.
const KNOWN = lexicon([...en.KNOWN_TO_READERS_EN, ...fr.KNOWN_TO_READERS_FR]);

function described(unit: Unit, L: Lang): boolean {
  const before = plainBefore(unit);
  if (test(KNOWN, unit.plain) || (before !== '' && test(KNOWN, before))) return true;
  if (L.cues.some((re) => cueIn(re, unit.plain) || (before !== '' && cueIn(re, before)))) return true;
  return L.capitalCues.some((re) => test(re, unit.text));
}

export default defineRule({
  id: 'personal-info/described-person',
  category: 'personal-info',
  severity: { personal: 'high', professional: 'high', official: 'high' },
  guidelines: ['fippa-personal-information', 'ops-personal-use'],
  title: { en: 'Someone recognisable by their circumstances', fr: 'Une personne reconnaissable à sa situation' },
  why: {
    en: 'No name, but the person is described (age, town, "the guy who comes in every Monday") next to a health, benefits, legal or immigration detail. People who know them will recognise them: under FIPPA this is still personal information. Tell the story without the details that point to them.',
    fr: "Aucun nom, mais la personne est décrite (âge, ville, « le monsieur qui vient chaque lundi ») à côté d'un détail de santé, d'aide sociale, judiciaire ou d'immigration. Ceux qui la connaissent la reconnaîtront : selon la LAIPVP, c'est tout de même un renseignement personnel. Racontez sans les détails qui la désignent.",
  },
  // Every hit is a fact or a shelter of its own sentence; the sentence before only points to the person.
  triggersHere: true,
  triggers: FACT_TRIGGERS,
  detect(unit) {
    const L = unit.locale === 'fr' ? FR : EN;
    const p = unit.plain;
    const facts = findAll(L.facts, p);
    const shelter = L.shelter.exec(p);
    if (shelter) facts.push({ start: shelter.index, end: shelter.index + shelter[0].length, text: shelter[0] });
    const before = plainBefore(unit);
    const pointed = MEDIA_POINTED.some((re) => test(re, unit.text) || test(re, p) || (before !== '' && test(re, before)));
    // "if you've been to our school you know who I mean": the "if you" of a story, not of a rule for anyone.
    if (!facts.length || (test(L.generic, p) && !test(KNOWN, p)) || (!pointed && test(L.news, p)) || unit.masked.some((m) => m.kind === 'url')) return [];
    if (!described(unit, L)) return [];
    const hits: Hit[] = [];
    for (const f of facts) {
      if (test(L.self, p.slice(Math.max(0, f.start - 30), f.start))) continue;
      if (test(L.topicAfter, p.slice(f.end, f.end + 40)) || test(L.topicBefore, p.slice(Math.max(0, f.start - 20), f.start))) continue;
      if (hits.some((h) => h.start < f.end && f.start < h.end)) continue;
      hits.push({ start: f.start, end: f.end });
    }
    return hits;
  },
  examples: {
    invalid: [
      { text: 'The guy who comes into our office every Monday is on ODSP and just got evicted again.', span: 'on ODSP', severity: 'high' },
      // The author says readers will know who it is.
      { text: "My grade 8 girl with the service dog (if you've been to our school you know who I mean) read a chapter book on her own today!", span: 'service dog' },
      { text: "Ma petite de 4e année, celle avec l'implant cochléaire (si vous êtes déjà venus à l'école vous savez qui), a lu son premier livre!", span: 'implant cochléaire' },
      { text: 'Tough one today: 52-year-old dad from Hearst, dialysis three times a week, can\'t afford the drive.', span: 'dialysis' },
      { text: 'Had a senior at my counter this morning, stage 4 cancer, just wanted to renew her card.', span: 'stage 4' },
      { text: 'That lady who calls every Friday? Finally got her kids back from CAS. Made my week 🥲', span: 'CAS' },
      { text: 'Syrian family I helped last month is living in the Elm Street shelter now. Heartbreaking tbh', span: 'living in the Elm Street shelter' },
      { text: 'Le monsieur qui vient au bureau chaque mardi, POSPH depuis dix ans, attend encore son chèque pis personne le rappelle.', span: 'POSPH', severity: 'high' },
      { text: "J'ai eu une dame à mon comptoir ce matin, demandeuse d'asile, trois enfants, rien pour les nourrir.", span: "demandeuse d'asile" },
      { text: 'Une mère de 31 ans de Kapuskasing, en chimio, qui doit faire 4 h de route pour ses traitements. Ça me brise le cœur.', span: 'en chimio' },
      { text: 'Le gars de Hearst que je vois chaque semaine est sorti de prison en mai, il se cherche une job.', span: 'sorti de prison' },
      // Someone pointed to by the story they were in, with what the author knows from work.
      { text: 'The lady from the Timmins news story last month? Her disability claim is still sitting in reconsideration.', span: 'sitting in reconsideration' },
      { text: 'My student, the boy whose dad was on CTV last week, is autistic and finally got his aide.', span: 'autistic' },
      { text: 'La petite dont la mère est passée à Radio-Canada est sourde, elle a enfin eu son interprète.', span: 'sourde' },
      { text: "Y'a une madame qui m'a appelée ce matin, ses prestations ont été coupées.", span: 'prestations ont été coupées' },
    ],
    valid: [
      // A rule for anyone who uses the aid, and a programme.
      'If you use a service dog, you can bring it to any ServiceOntario centre.',
      "Si vous portez un implant cochléaire, demandez l'accommodement à l'accueil.",
      'Seniors 65 and older who need dialysis can apply for travel support: learn more at ontario.ca.',
      'The guy who runs the cancer walk in our town deserves a medal. 42 km in the rain!',
      'My 67-year-old dad finally finished chemo today. So proud of him ❤️',
      'I\'m 34 and on ODSP, and I\'m tired of pretending that\'s shameful.',
      'The lady who comes in every Monday brought us cookies again. Best regular ever.',
      'Les aînés de 65 ans et plus admissibles au POSPH peuvent faire une demande en ligne.',
      'Le monsieur qui tient le dépanneur du coin organise une marche contre le cancer samedi.',
      'Ma fille de 12 ans a fini sa chimio hier, on fête ça!',
      'A 45-year-old man from Sudbury was charged with impaired driving, police say.',
      'The woman who trained me on intake retired today after 30 years. Legend.',
      'The man from the CBC story about dialysis wait times spoke at our rally.',
      'CBC reports a 40-year-old deaf man from Belleville won the provincial chess title.',
      'La dame qui tient le café du coin organise une collecte pour la recherche sur le cancer.',
    ],
  },
});
