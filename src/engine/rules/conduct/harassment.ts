// Threats and doxxing intent: "I know where you live", "someone should teach him a lesson",
// "here's her home address", "je sais où tu restes". The Workplace Discrimination and Harassment
// Prevention policy and every comment policy forbid them (shared reference "guidelines" §7, §8.6).
// Film quotes and lyrics in quotation marks are skipped.
import { plainBefore } from '../../text/unit.js';
import { defineRule } from '../../define-rule.js';
import { findAll, lexicon } from '../../match.js';
import type { Hit, Localized, Unit } from '../../types.js';
import * as en from '../../lexicons/en/conduct-threats.js';
import * as fr from '../../lexicons/fr/conduct-threats.js';
import { COLLEAGUES_EN, LEAVE_EN, LEAVE_SNEERS_EN } from '../../lexicons/en/conduct-leave-mockery.js';
import { COLLEAGUES_FR, LEAVE_FR, LEAVE_SNEERS_FR } from '../../lexicons/fr/conduct-leave-mockery.js';

const THREATS = lexicon([...en.THREATS_EN, ...fr.THREATS_FR]);
const DOXXING = lexicon([...en.DOXXING_EN, ...fr.DOXXING_FR]);
const INCITEMENT = lexicon([...en.INCITEMENT_EN, ...fr.INCITEMENT_FR]);
const INCITEMENT_BARE = lexicon([...en.INCITEMENT_BARE_EN, ...fr.INCITEMENT_BARE_FR]);
const EXPOSURE = lexicon([...en.EXPOSURE_CUES_EN, ...fr.EXPOSURE_CUES_FR]);
const VISIT_INVITES = lexicon([...en.VISIT_INVITES_EN, ...fr.VISIT_INVITES_FR]);
// Where someone lives, said outright: what turns "if anyone's in the area" from a bake sale into a visit.
const LIVES_CUE = /(?<![\p{L}])(?:lives|resides|stays|reste|habite|demeure|vit)\s+(?:on|at|in|just|near|right|sur|au|a|dans|pres)(?![\p{L}])/u;
const CONSEQUENCES = lexicon([...en.THREAT_CONSEQUENCES_EN, ...fr.THREAT_CONSEQUENCES_FR]);
const ENCOUNTERS = lexicon([...en.ENCOUNTERS_EN, ...fr.ENCOUNTERS_FR]);
// A phone number or a street address in the post: someone's contact details are out.
const PHONE_SHAPE = /(?<!\d)\(?\d{3}\)?[\s.-]?\d{3}[\s.-]\d{4}(?!\d)/;
const ADDRESS_SHAPE =
  /(?<![\p{L}\p{N}])\d{1,5}[a-z]?,?\s(?:[\p{L}'-]+\s){0,3}?(?:rue|avenue|av|boulevard|boul|blvd|chemin|ch|street|st|road|rd|ave|drive|dr|crescent|cres|court|ct|lane|ln|way|place|pl|terrace|trail|line|concession)(?![\p{L}])|(?<![\p{L}\p{N}])\d{1,5}[a-z]?,?\s(?:rue|avenue|av|boulevard|boul|chemin|ch)\s/iu;

// "That guy from the hearing lives on Birchwood Drive": where someone met through work lives.
const LIVES_ON = new RegExp(
  `(?<![\\p{L}])(?:he|she|they|guy|man|woman|lady|client|customer|who|il|elle|gars|madame|monsieur|client|cliente|qui)(?:\\s+[\\p{L}'-]+){0,6}?\\s+(?:lives|resides|stays|reste|habite|vit|demeure)\\s+(?:on|at|in|sur|au|a|dans)\\s+(?:la\\s+|le\\s+|the\\s+)?(?:(?:rue|avenue|chemin|boulevard|rang|croissant|promenade)\\s+[\\p{L}'-]+|[\\p{L}'-]+\\s+(?:[\\p{L}'-]+\\s+)?(?:drive|dr|street|st|road|rd|avenue|ave|crescent|cres|court|ct|lane|ln|way|boulevard|blvd|terrace|trail|place|pl|circle|line|concession|sideroad))(?![\\p{L}])`,
  'gu',
);
// "make that client's life a living nightmare", « lui rendre la vie infernale ».
const MAKE_LIFE = new RegExp(
  `(?<![\\p{L}])(?:make|making|made)\\s+(?:his|her|their|(?:(?:that|this|the|a)\\s+)?[\\p{L}-]{1,20}['\u2019]s?)\\s+(?:life|lives)\\s+(?:a\\s+)?(?:living\\s+)?(?:hell|nightmare|miserable|misery)|(?<![\\p{L}])(?:rendre|rends|rendez|rendrai|rendre)\\s+la\\s+vie\\s+(?:dure|impossible|infernale|miserable|d['\u2019]enfer)`,
  'gu',
);

// "I know where you park", "we know where your kids play", « je sais où tu te stationnes »: knowing
// where someone's life happens, said to them or about them, whatever the verb.
const KNOW_WHERE = new RegExp(
  `(?<![\\p{L}])(?:i|we|i\\s+already|we\\s+already)\\s+know\\s(?:where|what\\s+car|which\\s+car|what\\s+school|which\\s+school)\\s+(?:you|he|she|they|your\\s+(?:kids?|wife|husband|family|daughter|son)|his\\s+(?:kids?|wife|family)|her\\s+(?:kids?|husband|family))\\s+(?:live|lives|work|works|park|parks|sleep|sleeps|shop|shops|drive|drives|go|goes|play|plays|eat|eats|hang\\s+out|get\\s+coffee|walk|walks|jog|jogs|work\\s+out|pick|picks|drop|drops|attend|attends)(?![\\p{L}])|(?<![\\p{L}])(?:je|on|nous)\\s+(?:sais|sait|savons|connais|connait|connaissons)\\s(?:ou|quelle\\s+(?:auto|voiture|ecole))\\s+(?:tu|vous|il|elle|ils|elles|tes\\s+enfants|vos\\s+enfants|ses\\s+enfants)\\s+(?:te\\s+|vous\\s+|se\\s+)?(?:restes?|reste|restez|habites?|habitez|travailles?|travaillez|stationnes?|stationnez|gares?|garez|dors|dort|dormez|vas|va|allez|fais\\s+ton\\s+epicerie|jouent|conduis|conduit|conduisez|passes?|passez)(?![\\p{L}])`,
  'gu',
);
// The same knowledge promised: "keep it up and I'll find out where you live", "I can easily look up
// where he works", « continue pis je vais trouver où tu restes », « m'as savoir où tu travailles ».
const FIND_WHERE = new RegExp(
  `(?<![\\p{L}])(?:i'll|i\\s+will|i'm\\s+(?:gonna|going\\s+to)|im\\s+gonna|i\\s+can|we'll|we\\s+will|we're\\s+(?:gonna|going\\s+to))\\s+(?:(?:easily|just|quickly|totally)\\s+)?(?:find\\s+out|figure\\s+out|look\\s+up|track\\s+down|find)\\s+where\\s+(?:you|he|she|they|your\\s+(?:kids?|wife|husband|family))\\s+(?:live|lives|work|works|park|parks|sleep|sleeps)(?![\\p{L}])` +
    `|(?<![\\p{L}])(?:je\\s+vais|j'vais|m'as|on\\s+va|je\\s+peux|je\\s+pourrais)\\s+(?:(?:facilement|juste|vite)\\s+)?(?:trouver|savoir|decouvrir|retrouver)\\s+ou\\s+(?:tu|vous|il|elle|ils|elles)\\s+(?:restes?|restez|restent|habites?|habitez|habitent|travailles?|travaillez|travaillent)(?![\\p{L}])`,
  'gu',
);
// "Watch your back, Kevin.", « Surveille tes arrières. »: a warning aimed at someone, unless it is
// advice about lifting or posture ("watch your back when moving boxes").
const WATCH_OUT = lexicon([
  'watch your back', 'better watch your back', 'better watch yourself', "you've been warned", 'you have been warned',
  'surveille tes arrières', 'surveillez vos arrières', "t'es averti", 'tu es averti', 'tu es avertie', "t'es avertie",
]);
// Both end a clause ("…where you park.", "Watch your back, Kevin"): "where you park your bike" goes on to an object.
const CLAUSE_END = /^(?:\s*$|\s*[.!?,;:)\u2026]|\s*[\p{Extended_Pictographic}]|\s+(?:and|so|now|buddy|pal|lol|et|alors|mon|ma)(?![\p{L}]))/u;
const LIFTING_AFTER = /^\s{0,3}(?:when|while|as\s+you|lifting|on\s+the|in\s+the|with|and\s+(?:lift|bend|stretch)|posture|quand|en\s+soulevant|au\s+gym|sur\s+la\s+glace|dans\s+les\s+escaliers|on\s+ice|on\s+the\s+stairs|out\s+there\s+on|,?\s+(?:it'?s|c'est)\s+(?:icy|slippery|glissant))/;

const VIOLENT = lexicon([...en.VIOLENT_INTENT_EN, ...fr.VIOLENT_INTENT_FR]);
const SEXUAL_REMARKS = lexicon([...en.SEXUAL_REMARKS_EN, ...fr.SEXUAL_REMARKS_FR]);
const SEXUAL_TARGETS = lexicon([...en.SEXUAL_TARGETS_EN, ...fr.SEXUAL_TARGETS_FR]);
const SEXUAL_INSINUATIONS = lexicon([...en.SEXUAL_INSINUATIONS_EN, ...fr.SEXUAL_INSINUATIONS_FR]);
const MERIT_AFTER = /(?:hard work|merit|talent|years of|experience|dedication|grit|earned it|travail|merite|experience|annees de|ans d['\u2019]|acharnement|competence)/;
// "a 10-minute chat", "a 10 km run", "a 10 a.m. meeting": a number that measures something, not a rating of someone.
const MEASURE_AFTER = /^(?:[-\u2013.,:]\d|[-\u2013]\p{L}|\d|\s?(?:minutes?|mins?|km|k|kilometres?|kilometers?|miles?|hours?|hrs?|days?|weeks?|months?|years?|percent|%|am|pm|a\.m|p\.m|o'clock|dollars?|bucks|lbs?|pounds?|kg|metres?|meters?|feet|foot|ft|points?|pts|goals?|pages?|people|minute|ans?|heures?|h|jours?|semaines?|mois|annees?|kilos?|livres|pieds|personnes|fois)(?![\p{L}]))/u;
// « Il y a 10 ans », « y'a 10 personnes »: French "there is / ago", not "she's a 10".
const IMPERSONAL_BEFORE = /(?:^|[^\p{L}])y['\u2019]?\s?$/u;
/** Partners and family: "my wife looks hot tonight" is no workplace remark. */
const PARTNER = /(?<![\p{L}])(?:wife|husband|girlfriend|boyfriend|partner|fiancee?|hubby|wifey|babe|ma blonde|mon chum|ma femme|mon mari|ma conjointe|mon conjoint|ma copine|mon copain)(?![\p{L}])/u;
const SEXUAL_MESSAGE: Localized = {
  en: 'This is a sexual remark about someone. About a colleague or a member of the public, it is harassment under the workplace policy, and posting it makes it public.',
  fr: "Ceci est une remarque à caractère sexuel sur une personne. Visant un collègue ou un membre du public, c'est du harcèlement au sens de la politique en milieu de travail, et la publier la rend publique.",
};

const INCITEMENT_MESSAGE: Localized = {
  en: 'This sends people after someone the post points at. Setting a crowd on a person is harassment, whatever they did; report the behaviour through the proper channel instead.',
  fr: "Ceci lance des gens aux trousses d'une personne que la publication désigne. Ameuter une foule contre quelqu'un, c'est du harcèlement, quoi qu'il ait fait; signalez plutôt le comportement par la voie appropriée.",
};

const COLLEAGUES = lexicon([...COLLEAGUES_EN, ...COLLEAGUES_FR]);
const LEAVE = lexicon([...LEAVE_EN, ...LEAVE_FR]);
const LEAVE_SNEERS = lexicon([...LEAVE_SNEERS_EN, ...LEAVE_SNEERS_FR]);
// The eye-roll and the clown, and sick leave in scare quotes ("off 'sick'", « "malade" »).
const SNEER_SIGNS = /\u{1F644}|\u{1F921}/u;
const SCARE_QUOTED = /['"\u2018\u201C\u00AB]\s?(?:sick|ill|unwell|malade|en maladie|burn-?out|stress leave|sick leave)\s?['"\u2019\u201D\u00BB]/;
const LEAVE_MESSAGE: Localized = {
  en: 'This mocks a colleague’s sick or stress leave. Their health is theirs to share, and sneering at it in public is disrespect the workplace harassment policy forbids; leave it out.',
  fr: "Ceci se moque du congé de maladie ou de stress d'une personne collègue. Sa santé lui appartient, et la tourner en dérision en public manque au respect qu'exige la politique contre le harcèlement; retirez-le.",
};

const test = (re: RegExp, s: string) => {
  re.lastIndex = 0;
  return s.length > 0 && re.test(s);
};

/** Whether this sentence or the one before exposes a person: a name said outright, a workplace, a number, an address. */
function exposes(unit: Unit): boolean {
  const before = plainBefore(unit);
  return (
    test(EXPOSURE, unit.plain) || test(EXPOSURE, before) || PHONE_SHAPE.test(unit.folded) || PHONE_SHAPE.test(unit.before) ||
    ADDRESS_SHAPE.test(unit.plain) || ADDRESS_SHAPE.test(before) || unit.masked.some((s) => s.kind === 'handle')
  );
}

const DOXXING_MESSAGE: Localized = {
  en: 'This points people at someone’s private details or home. Exposing or hunting for them is harassment, and for a public servant it can also be a privacy breach.',
  fr: "Ceci dirige des gens vers les coordonnées privées ou le domicile de quelqu'un. Les exposer ou les rechercher, c'est du harcèlement, et pour un fonctionnaire, cela peut aussi être une atteinte à la vie privée.",
};

const OWN_PLAN_BEFORE = /\b(?:we|i|let's|we'll|i'll|i'm going to|we're going to|on va|nous allons|je vais|on devrait|je devrais)\b[^.!?]{0,14}$/;

function quoted(unit: Unit, start: number, end: number): boolean {
  const opens = (unit.folded.slice(0, start).match(/"/g) ?? []).length;
  return opens % 2 === 1 && unit.folded.indexOf('"', end) >= 0;
}

// "Whoever keeps microwaving fish in the office, I will find you", « la personne qui vole mon lunch
// dans le frigo, je vais te trouver »: a mock threat at nobody in particular, over a petty office
// sin. No one is named or exposed, so it frightens no one; a grudge over anything else still counts.
const UNKNOWN_CULPRIT = /(?<![\p{L}])(?:whoever|whomever|the (?:person|people|one|genius|monster|culprit)s? who|la personne qui|les personnes qui|celui qui|celle qui|ceux qui|le genie qui|le monstre qui|qui que ce soit qui)(?![\p{L}])/u;
const PETTY_SIN = lexicon([
  'microwave', 'fridge', 'refrigerator', 'lunch', 'leftovers', 'yogurt', 'yoghurt', 'last donut', 'last doughnut', 'last slice',
  'last cookie', 'cookies', 'snacks', 'stapler', 'mug', 'my mug', 'dishes', 'the sink', 'popcorn', 'fish', 'coffee pot',
  'the printer', 'my pen', 'my charger', 'thermostat', 'the playlist', 'reply all', 'reply-all',
  'micro-ondes', 'frigo', 'refrigerateur', 'lunch', 'diner', 'restes', 'yogourt', 'dernier beigne', 'derniere part',
  'biscuits', 'collations', 'brocheuse', 'agrafeuse', 'ma tasse', 'vaisselle', "l'evier", 'pop-corn', 'poisson',
  'cafetiere', "l'imprimante", 'mon crayon', 'mon chargeur', 'thermostat', 'repondre a tous',
]);
function mockThreat(unit: Unit, at: number): boolean {
  const lead = unit.plain.slice(0, at);
  return UNKNOWN_CULPRIT.test(lead) && test(PETTY_SIN, lead) && !exposes(unit);
}

function detect(unit: Unit): Hit[] {
  const hits: Hit[] = [];
  for (const m of findAll(THREATS, unit.plain, unit.text)) {
    if (!quoted(unit, m.start, m.end) && !mockThreat(unit, m.start)) hits.push({ start: m.start, end: m.end });
  }
  for (const m of findAll(DOXXING, unit.plain, unit.text)) {
    if (!quoted(unit, m.start, m.end)) hits.push({ start: m.start, end: m.end, message: DOXXING_MESSAGE });
  }
  // "We should pay her a little visit": the author's own plan, not a call on others ("someone should…").
  const bare = findAll(INCITEMENT_BARE, unit.plain, unit.text).filter((m) => !OWN_PLAN_BEFORE.test(unit.plain.slice(Math.max(0, m.start - 24), m.start)));
  const incitements = [...findAll(INCITEMENT, unit.plain, unit.text), ...(bare.length && exposes(unit) ? bare : [])];
  // "…lives at 44 Maple Grove Rd. If anyone's in the area 👀": a visit to where the post says someone lives.
  if (LIVES_CUE.test(unit.plain) || LIVES_CUE.test(plainBefore(unit))) incitements.push(...findAll(VISIT_INVITES, unit.plain, unit.text));
  for (const m of incitements) {
    if (!quoted(unit, m.start, m.end)) hits.push({ start: m.start, end: m.end, message: INCITEMENT_MESSAGE });
  }
  for (const m of findAll(FIND_WHERE, unit.plain, unit.text)) if (!quoted(unit, m.start, m.end) && CLAUSE_END.test(unit.plain.slice(m.end, m.end + 12))) hits.push({ start: m.start, end: m.end });
  for (const m of findAll(KNOW_WHERE, unit.plain, unit.text)) if (!quoted(unit, m.start, m.end) && CLAUSE_END.test(unit.plain.slice(m.end, m.end + 12))) hits.push({ start: m.start, end: m.end });
  for (const m of findAll(WATCH_OUT, unit.plain, unit.text)) {
    if (!quoted(unit, m.start, m.end) && CLAUSE_END.test(unit.plain.slice(m.end, m.end + 12)) && !LIFTING_AFTER.test(unit.plain.slice(m.end, m.end + 30))) hits.push({ start: m.start, end: m.end });
  }
  for (const m of findAll(LIVES_ON, unit.plain, unit.text)) if (!quoted(unit, m.start, m.end)) hits.push({ ...m, message: DOXXING_MESSAGE });
  for (const m of findAll(MAKE_LIFE, unit.plain, unit.text)) if (!quoted(unit, m.start, m.end) && !/(?:^|\s)(?:my|our|ma|ta)\s/.test(m.text.toLowerCase())) hits.push({ start: m.start, end: m.end });
  for (const m of findAll(VIOLENT, unit.plain, unit.text)) if (!quoted(unit, m.start, m.end)) hits.push({ start: m.start, end: m.end });
  // "the new intern is so hot": a sexual remark about someone from work (not one's partner).
  for (const m of findAll(SEXUAL_REMARKS, unit.plain, unit.text)) {
    const pre = unit.plain.slice(Math.max(0, m.start - 50), m.start);
    if (quoted(unit, m.start, m.end) || PARTNER.test(pre) || !test(SEXUAL_TARGETS, pre)) continue;
    if (MEASURE_AFTER.test(unit.plain.slice(m.end, m.end + 12)) || IMPERSONAL_BEFORE.test(pre)) continue;
    hits.push({ start: m.start, end: m.end, message: SEXUAL_MESSAGE });
  }
  // "We all know how she got the job 💅": a colleague's post explained by sex, the oldest workplace slur.
  // "…how she got that job: twenty years of hard work" answers with merit.
  for (const m of findAll(SEXUAL_INSINUATIONS, unit.plain, unit.text)) {
    if (!quoted(unit, m.start, m.end) && !MERIT_AFTER.test(unit.plain.slice(m.end, m.end + 50))) hits.push({ start: m.start, end: m.end, message: SEXUAL_MESSAGE });
  }
  // "If I see that guy again, he's going to regret it": a consequence tied to a meeting.
  const consequences = findAll(CONSEQUENCES, unit.plain, unit.text);
  if (consequences.length && (test(ENCOUNTERS, unit.plain) || test(ENCOUNTERS, plainBefore(unit)))) {
    for (const m of consequences) if (!quoted(unit, m.start, m.end)) hits.push({ start: m.start, end: m.end });
  }
  hits.push(...leaveMockery(unit));
  return dedupe(hits);
}

/** A colleague's leave (here or in the sentence before) with a sneer here: "off 'sick' again, we all know it's rehab lol". */
function leaveMockery(unit: Unit): Hit[] {
  const before = plainBefore(unit);
  const leave = findAll(LEAVE, unit.plain, unit.text);
  if (!leave.length && !test(LEAVE, before)) return [];
  if (!test(COLLEAGUES, unit.plain) && !test(COLLEAGUES, before)) return [];
  const sneer = findAll(LEAVE_SNEERS, unit.plain, unit.text)[0];
  const quotedLeave = SCARE_QUOTED.exec(unit.folded.toLowerCase());
  if (!sneer && !quotedLeave && !SNEER_SIGNS.test(unit.text)) return [];
  const at = leave[0] ?? sneer ?? (quotedLeave ? { start: quotedLeave.index, end: quotedLeave.index + quotedLeave[0].length } : null);
  return at ? [{ start: at.start, end: at.end, message: LEAVE_MESSAGE }] : [];
}

function dedupe(hits: Hit[]): Hit[] {
  const out: Hit[] = [];
  for (const h of hits.sort((a, b) => a.start - b.start || b.end - a.end)) {
    if (!out.some((o) => o.start < h.end && h.start < o.end)) out.push(h);
  }
  return out;
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
  // Each kind of hit starts from one of these (LIVES_ON and MAKE_LIFE by the whole word at their
  // middle: a lexicon costs next to nothing on a sentence that lacks it, those patterns do not).
  triggers: [
    THREATS, DOXXING, INCITEMENT, INCITEMENT_BARE, VISIT_INVITES, VIOLENT, SEXUAL_REMARKS, SEXUAL_INSINUATIONS, CONSEQUENCES, WATCH_OUT, LEAVE_SNEERS, LEAVE,
    // KNOW_WHERE by the words at its middle ("know where", « sais où », one sign between them), not by "know" alone.
    'know where', 'know what', 'know which', 'sais ou', 'sait ou', 'savons ou', 'connais ou', 'connait ou',
    'connaissons ou', 'sais quelle', 'sait quelle', 'savons quelle', 'connais quelle', 'connait quelle', 'connaissons quelle',
    lexicon(['lives', 'resides', 'stays', 'reste', 'habite', 'vit', 'demeure', 'life', 'vie',
      // FIND_WHERE by its verb and « où » / 'where'.
      'out where', 'up where', 'down where', 'find where', 'trouver ou', 'savoir ou', 'decouvrir ou', 'retrouver ou']),
  ],
  examples: {
    invalid: [
      { text: "M'as te pogner dans le stationnement pis tu vas manger une volée.", span: 'tu vas manger une volée' },
      { text: 'Ceux qui appellent le centre pour rien devraient se faire taper dessus.', span: 'devraient se faire taper dessus' },
      { text: 'The caller who screamed at my coworker lives in Midland. Maybe someone should pay him a friendly visit.', span: 'pay him a friendly visit' },
      { text: '@critic_99 careful, I know where you live.', span: 'I know where you live', severity: 'high' },
      { text: 'Someone should teach him a lesson after that meeting.', span: 'Someone should teach him a lesson' },
      { text: 'Does anyone know where she lives? Time to pay her a visit.', span: 'Does anyone know where she lives' },
      { text: 'Continue comme ça et tu vas le regretter, je sais où tu restes.', span: 'je sais où tu restes' },
      { text: 'Voici son adresse, allez lui dire ce que vous pensez.', span: 'Voici son adresse' },
      // Setting people on someone the post exposes, and a threat tied to a meeting.
      { text: 'The man who screamed at our front desk is Paul Grant, 613-555-0175. You know what to do.', span: 'You know what to do' },
      { text: 'She works at the pharmacy on Elm. Let’s make her life hell.', span: 'make her life hell' },
      { text: 'If I ever run into that inspector again, he’s going to regret it.', span: 'going to regret it' },
      { text: 'Il s’appelle Marc Roy et il travaille chez Métro. Faites-en ce que vous voulez.', span: 'Faites-en ce que vous voulez' },
      { text: 'Si je le recroise au comptoir, il va le regretter.', span: 'va le regretter' },
      { text: 'That guy from the hearing this morning lives on Birchwood Drive. Just saying.', span: 'guy from the hearing this morning lives on Birchwood Drive' },
      { text: 'I’m going to make that client’s life a living nightmare.', span: 'make that client’s life a living nightmare' },
      { text: 'Somebody should slash the tires of whoever keeps parking in the accessible spot.', span: 'Somebody should slash' },
      { text: 'Je connais l’adresse de la madame qui a fait une plainte. Elle va avoir de la visite.', span: 'va avoir de la visite' },
      { text: 'The new intern is so hot, I can’t focus at all today.', span: 'so hot' },
      // How a colleague "really" got her job, insinuated.
      { text: 'New director is 31 and never managed anyone. We all know how she got that job 😏', span: 'We all know how she got' },
      { text: 'Notre nouvelle gestionnaire a jamais géré personne. On sait tous comment elle a eu le poste 💅', span: 'On sait tous comment elle a eu' },
      { text: 'The new guy in accounting is a 10/10, I can’t focus.', span: 'a 10' },
      { text: 'I swear I’ll punch the next client who yells at our receptionist.', span: 'I’ll punch the next' },
      { text: 'He yelled at our staff. Let his employer know what kind of person he is.', span: 'Let his employer know' },
      { text: 'Je vais frapper le prochain qui crie après la réceptionniste.', span: 'Je vais frapper le prochain' },
      // Where someone's life happens, whatever the verb; a warning aimed at them.
      { text: 'Watch your back, Kevin. I know where you park.', span: 'Watch your back', severity: 'high' },
      { text: '@taxpayer_guy we know where your kids play. Think about that.', span: 'we know where your kids play' },
      // The knowledge promised rather than held: 'I'll find out where you live', « je vais trouver où tu restes ».
      { text: "Hey @karen_1970, keep it up and I'll find out where you live.", span: "I'll find out where you live" },
      { text: '@citoyen_x continue comme ça pis je vais trouver où tu restes.', span: 'je vais trouver où tu restes' },
      { text: 'Continue de m’écrire et tu vas voir, je sais où tu te stationnes.', span: 'je sais où tu te stationnes' },
      { text: 'Surveille tes arrières, le gars du comptoir 3.', span: 'Surveille tes arrières', mode: 'personal' },
      // An unknown culprit over anything but a petty office sin, or one the post exposes, is threatened.
      { text: 'Whoever reported my fence to the city inspector, I will find you.', span: 'I will find you' },
      { text: 'La personne qui a porté plainte contre moi au bureau, je vais te trouver.', span: 'je vais te trouver' },
      { text: 'Whoever keeps stealing lunches from the fridge, it’s @mike_b, I will find you.', span: 'I will find you' },
      // An exposed address with an invitation to drop by.
      { text: 'The lady who yelled at our counter staff lives at 12 Birch Lane, Orillia. If anyone wants to stop by 👀', span: 'If anyone wants to stop by' },
      { text: 'Le monsieur qui nous a engueulés reste au 45 rue Cartier. Si jamais vous passez dans le coin…', span: 'Si jamais vous passez dans le coin' },
      // A colleague's sick or stress leave, sneered at.
      { text: 'My colleague is on stress leave for the third time this year. Must be nice.', span: 'Must be nice', mode: 'personal' },
      { text: "Our deskmate called in sick on a Friday again, how convenient 🙄", span: 'called in sick', mode: 'personal' },
      { text: 'Mon collègue est en arrêt de travail depuis un mois, burn-out mon œil.', span: 'arrêt de travail', mode: 'personal' },
      { text: 'Ma coéquipière est encore « malade » un lundi, comme par hasard.', mode: 'personal' },
    ],
    valid: [
      "M'as te pogner un café en passant, tu le veux comment?",
      'My aunt lives in Midland, we should pay her a little visit this summer.',
      'I know where you can find the new forms: ontario.ca/forms.',
      'Lift with your knees and watch your back when moving boxes.',
      'Quoting my favourite movie tonight: "I will find you, and I will kill you."',
      'Je sais où trouver les formulaires, je vous envoie le lien.',
      'Notre bureau déménage : voici la nouvelle adresse du centre de services.',
      'Our summer student did great work. You know what to do: give her a reference!',
      'You’ll regret it if you skip the butter tarts at the fall fair.',
      'Need help? Our agent Julie Roy can help you at 705-555-0100, give her a call.',
      'Vous allez le regretter si vous manquez le festival cette année!',
      'Si je le vois au marché samedi, je lui achète un café.',
      'My sister lives on Elm Street now, come visit!',
      'Ma mère va avoir de la visite ce week-end, toute la famille débarque!',
      'My dad is sick, so I will take care of him this weekend.',
      'Our program makes life easier for small farms.',
      'My wife looks so hot in that dress tonight, happy anniversary!',
      'I’m going to kill it at the presentation tomorrow.',
      'Il fait tellement chaud au bureau aujourd’hui.',
      'I know where you park your bike: the new racks are behind the library.',
      // Finding out where someone lives to help them, or where a thing is.
      "I'll find out where you can pick up the forms and let you know.",
      'Je vais trouver où tu restes exactement pour la livraison du colis de Noël, envoie-moi ton code postal.',
      'We know where you can find great coffee near Queen’s Park!',
      'Watch your back when shovelling, and take breaks.',
      'Je sais où tu peux trouver le formulaire, regarde sur ontario.ca.',
      'Fais attention à toi sur la route ce soir, ça glisse!',
      'My colleague is off on sick leave again, hope she feels better soon!',
      'Ma collègue est en congé de maladie, on lui envoie plein d’amour.',
      'Stress leave saved my life last year. Must be nice to have a manager who gets it, mine did.',
      'If anyone’s in the area, our bake sale runs until 2 at 40 Main Street!',
      // A mock threat at an unknown culprit over a petty office sin.
      'If my coworkers read this: whoever keeps putting fish in the office microwave, I will find you.',
      'À mes collègues : la personne qui fait réchauffer du poisson dans le micro-ondes du bureau, je vais te trouver.',
      'To whoever took the last donut from the break room: I will find you.',
      // A number that measures something is no rating of someone.
      'The guy at the Canadian Tire checkout and I had a 10-minute conversation about snowblowers.',
      'That new guy in our branch did a 10 km run before work. Show-off.',
      // How she got the job, answered with merit.
      'We all know how she got that job: twenty years of hard work and the best files in the branch.',
      "On sait tous comment elle a eu le poste : quinze ans d'expérience et un travail impeccable.",
      // French "there is / ago" before a number: « il y a 10 ans », not a rating.
      "Il y a 10 ans aujourd'hui j'arrivais de Douala avec deux valises. Merci l'Ontario!",
      "La nouvelle gestionnaire a 10 ans d'expérience en santé publique, on est chanceux.",
    ],
  },
});
