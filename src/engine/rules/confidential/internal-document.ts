// Internal work documents: distribution markings ("internal use only", "Protected B", "ne pas
// diffuser"), a document called confidential, a draft policy or memo, an internal deck or report,
// a screenshot of the intranet. "Confidential" is also a promise to the public ("free, confidential
// helpline"), a general rule ("never share confidential information") or a job description; those
// are left alone. "Draft" needs a work document after it (not the NHL draft, draft beer or a novel).
import { defineRule } from '../../define-rule.js';
import { gatePieces, lexicon } from '../../match.js';
import type { Hit, Localized, Span, Unit } from '../../types.js';
import {
  DOC_LABELS_EN, DRAFT_GENERIC_NOUNS_EN, DRAFT_NOUNS_EN, FIGURE_NOUNS_EN, FORUM_DOCUMENTS_EN, INTERNAL_DOCS_EN,
  INTERNAL_FORUMS_EN, PUBLIC_CONTRAST_EN, REAL_FIGURE_ADJECTIVES_EN, SERVICE_CONTEXT_EN, SHARING_FRAMES_EN, UNPUBLISHED_ADJECTIVES_EN,
} from '../../lexicons/en/confidential-documents.js';
import {
  DOC_LABELS_FR, DRAFT_GENERIC_NOUNS_FR, DRAFT_NOUNS_FR, FIGURE_NOUNS_FR, FORUM_DOCUMENTS_FR, INTERNAL_DOCS_FR,
  INTERNAL_FORUMS_FR, PUBLIC_CONTRAST_FR, REAL_FIGURE_ADJECTIVES_FR, SERVICE_CONTEXT_FR, SHARING_FRAMES_FR, UNPUBLISHED_ADJECTIVES_FR,
} from '../../lexicons/fr/confidential-documents.js';
import { DOC_NOUNS_EN, GOV_OBJECTS_EN, SECTORS_EN, WORK_OBJECTS_EN } from '../../lexicons/en/confidential-context.js';
import { DOC_NOUNS_FR, GOV_OBJECTS_FR, SECTORS_FR, WORK_OBJECTS_FR } from '../../lexicons/fr/confidential-context.js';
import { READER_POSSESSIVES_EN } from '../../lexicons/en/people.js';
import { READER_POSSESSIVES_FR } from '../../lexicons/fr/people.js';
import { adviceBefore, around, consultationCue, fictionCue, hasUrl, homeHeading, homeMatter, homeMatterHereOrBefore, homeReveal, inUnitOrBefore, mentioned, publicCue, spans, test, trainingCue } from './context.js';

// Cheap gate: every marking, noun and frame of this rule contains one of these stems.
const GATE =
  /confidenti|internal|interne|draft|ebauche|preliminaire|provisoire|avant-projet|sensitiv|sensible|sensibilite|delicat|screenshot|screen shot|screencap|screengrab|capture|photo|use only|distribut|diffus|circul|forward|transmettre|publi|release|discussion|privileg|advice to|avis a|usage|citer|divulguer|official use|eyes|\bpic|snap|slide|whiteboard|diapo|meeting|reunion|comite|committee|briefing|breffage|minister|cabinet|real|actual|true|raw|unpublished|unreleased|inedit|vrai|reel|bruts|publi|share|partag|curriculum|option|costing|chiffrage/;
const PROTECTED_GATE = /protect|prot[eé]g/i;
const LABELS = lexicon([...DOC_LABELS_EN, ...DOC_LABELS_FR]);
const INTERNAL = lexicon([...INTERNAL_DOCS_EN, ...INTERNAL_DOCS_FR]);
const DRAFT_STRONG = lexicon([...DRAFT_NOUNS_EN, ...DRAFT_NOUNS_FR]);
const DRAFT_GENERIC = lexicon([...DRAFT_GENERIC_NOUNS_EN, ...DRAFT_GENERIC_NOUNS_FR]);
const SERVICE = lexicon([...SERVICE_CONTEXT_EN, ...SERVICE_CONTEXT_FR]);
const FRAMES = lexicon([...SHARING_FRAMES_EN, ...SHARING_FRAMES_FR]);
const FORUMS = lexicon([...INTERNAL_FORUMS_EN, ...INTERNAL_FORUMS_FR]);
// "The actual wait-time numbers are double what the ministry publishes": figures from inside, set against the public ones.
const REAL_ADJ = lexicon([...REAL_FIGURE_ADJECTIVES_EN, ...REAL_FIGURE_ADJECTIVES_FR]);
const FIGURES = lexicon([...FIGURE_NOUNS_EN, ...FIGURE_NOUNS_FR]);
const CONTRAST = lexicon([...PUBLIC_CONTRAST_EN, ...PUBLIC_CONTRAST_FR]);
// "Unpublished" needs no public version to be set against: the word says it is not public. It bears on a
// decision when the government is named (here or in the sentence before), not on a thesis or a conference talk.
const UNPUBLISHED = lexicon([...UNPUBLISHED_ADJECTIVES_EN, ...UNPUBLISHED_ADJECTIVES_FR]);
const GOV_ONLY = lexicon([...GOV_OBJECTS_EN, ...GOV_OBJECTS_FR]);
// Results shown at a conference or sent to a journal are being released through the proper door.
const SCHOLARLY = /\b(?:conference|symposium|webinar|poster|journal|peer review|peer-reviewed|colloque|congres|webinaire|revue scientifique)\b/;
const OWN_BEFORE = /\b(?:my|ma|mon|mes)\s+$/;
const UP_TO_TWO_WORDS = /^\s{1,3}(?:[\p{L}'-]{1,20}\s{1,3}){0,2}$/u;
const FORUM_DOCS = lexicon([...FORUM_DOCUMENTS_EN, ...FORUM_DOCUMENTS_FR]);
// "the deck from today's ADM meeting", « la présentation de la réunion du SMA ».
const FORUM_LINK =
  /^\s{1,3}(?:from|of|at|in|de\s{1,3}la|de\s{1,3}l'|du|des|de|d'|a\s{1,3}la|au)\s{0,3}(?:(?:today's|this\s{1,3}morning's|yesterday's|last\s{1,3}week's|the|our|my|this|notre|mon|ma|cette|ce|la|le|l')\s{0,3})?$/;
const DOC_NOUNS = lexicon([...DOC_NOUNS_EN, ...DOC_NOUNS_FR]);
const WORK_CONTEXT = lexicon([...GOV_OBJECTS_EN, ...WORK_OBJECTS_EN, ...GOV_OBJECTS_FR, ...WORK_OBJECTS_FR, 'at work', 'au travail', 'my team', 'mon équipe', 'our team', 'notre équipe', 'stakeholders', 'intervenants']);
const PERSONAL_CONTEXT = lexicon([
  'wedding', 'garden', 'novel', 'book', 'thesis', 'essay', 'homework', 'class', 'school project', 'renovation', 'reno',
  'vacation', 'trip', 'family', 'kids', 'club', 'church', 'band', 'blog', 'podcast', 'mariage', 'jardin', 'roman', 'livre',
  'thèse', 'mémoire de maîtrise', 'devoir', 'rénovation', 'vacances', 'voyage', 'famille', 'enfants',
]);

const CONFIDENTIAL = /\bconfidenti(?:al|el|elle|els|elles)\b/g;
const CONFIDENTIAL_UPPER = /\bCONFIDENTI(?:AL|EL|ELLE|ELS|ELLES)\b/;
const MARKED_BEFORE = /\b(?:marked|stamped|labell?ed|flagged|classified as|watermarked|marque|marquee|estampille|estampillee|identifie comme|identifiee comme|classe|classee)\s+(?:as\s+|comme\s+)?["']?$/;
// "this is confidential, but…", "c'est censé être confidentiel".
const SELF_STATEMENT =
  /\b(?:this|it|that|which|these|they|all of this)(?:'s| is| are| was| were)\s+(?:(?:technically|supposed to be|probably|kind of|kinda|sort of|all|still|very|super|highly|strictly|totally|meant to be|marked|not even)\s+)?$|\b(?:c'est|ceci est|c'etait|c'est cense etre|c'est normalement|c'est techniquement|c'est encore|c'est tres|c'est super|c'est ultra|c'est strictement|tout ca est|c'est cense rester)\s+$/;
const SELF_AFTER = /^\s*:|^\s*(?:,\s*)?(?:but|lol|haha|mais|shh|oops|oups|though|anyway|so don't|alors chut)\b/;
// "Confidential question:", « question confidentielle », "a confidential confession": the writer's
// own aside, a way of speaking, not a document.
const ASIDE_BEFORE = /\b(?:question|confession|aveu|poll|sondage|survey|rant|request|demande|tip|truc|story|histoire|moment)\s+$/;
const ASIDE_AFTER = /^\s+(?:question|confession|aveu|poll|survey|rant|request|tip|story|moment)\b/;
const CONFESSION_AFTER = /^\s*:\s*(?:i|i'm|i've|i'd|je|j'|j'ai|moi)(?![\p{L}])/u;
// "Confidential info doesn't belong on social", « les renseignements confidentiels n'ont pas leur
// place en ligne »: a rule about confidential things in general, stated as the guidelines state it.
const NORM_AFTER =
  /^\s{0,3}(?:(?:info|information|stuff|files?|docs?|documents?|material|data|details|renseignements|informations|dossiers)\s{1,3})?(?:doesn't|does not|don't|do not|never|shouldn't|should not|must not|has no place|have no place|stays? off|belongs? nowhere near|n'a pas sa place|n'ont pas leur place|ne doit|ne doivent|ne vont jamais|ne va jamais|restent? hors)(?![\p{L}])/u;
// Describing one's job is not disclosing anything: "I deal with confidential files every day".
const JOB_GENERIC =
  /\b(?:deal with|deals with|dealing with|work with|works with|working with|access to|entrusted with|trusted with|responsible for|in charge of|handles?|handling|manage|manages|managing|je traite|traite des|traiter des|travaille avec|travailler avec|travaillons avec|je manipule|acces a|responsable des|gere des|gerer des|manipule|manipuler)\b[^.]{0,20}$/;

// A document that "says 'do not share'": the marking is quoted, or what the page says.
const SAYS_DO_NOT_SHARE =
  /\b(?:says|say|marked|stamped|labell?ed|reads|dit|marque|marquee|indique|estampille)\s{0,3}["'«]?\s{0,2}(?:do not share|don't share|not for sharing|ne pas partager|a ne pas partager)/g;
// "Please do not publish your case number", « veuillez ne pas publier votre adresse »: a request
// about the reader's own details, not a marking on a document.
const READER_OWN_AFTER = new RegExp(`^\\s{1,3}(?:${[...READER_POSSESSIVES_EN, ...READER_POSSESSIVES_FR].join('|')})(?![\\p{L}])`, 'u');
const PROTECTED = /\b(?:Protected|PROTECTED|Protégé|PROTÉGÉ|Protege|PROTEGE)[\s-]+[ABC]\b(?![\w'])/g;
const SENSITIVITY = /\b(?:high[\s-]sensitivity|highly sensitive|sensibilite elevee|haute sensibilite|tres delicat)\b/g;
const SENSITIVITY_DOC =
  /\b(?:information|info|document|documents|file|files|data|classification|classified|marked|labell?ed|rated|level|renseignements|donnees|dossier|classe|classee|cote|niveau|document)\b/;
const SENSITIVITY_NOT = /\b(?:troponin|crp|test|assay|hearing|skin|allergy|person|people|child|troponine|peau|personne|enfant|instrument|sensor|capteur)\b/;

const DRAFT = /\b(?:drafts?|ebauches?|versions? preliminaires?|versions? provisoires?|avant-projets?)\b/g;
const SPORTS_BEFORE = /\b(?:nhl|nba|nfl|mlb|wnba|ohl|chl|mls|fantasy|entry|expansion|rookie|lottery|mock|first-round|second-round)\s+$/;
const SPORTS_AFTER = /^\s*(?:picks?|day|lottery|beer|beers|horse|dodger|board|pick|night|party|order|prospect)\b/;
const ON_TAP = /\bon draft\b|\bdraft beer\b|\bbiere en fut\b/;
// A draft that is being shown or whose content is told: "the draft policy says", "here's the draft".
const CONTENT_AFTER =
  /^[^.!?]{0,60}\b(?:says|say|said|shows|show|would|will|proposes|propose|recommends|includes|cuts|ends|bans|requires|dit|montre|prevoit|propose|recommande|coupe|elimine|interdit|exige|[a-z]+(?:rait|raient))\b/;

const SCREENSHOT = /\b(?:screenshot|screen shot|screencap|screengrab|capture d'ecran|photo|pic|picture|snap)\b/g;
const SCREENSHOT_OF =
  /^[^.!?]{0,40}\b(?:internal|intranet|memo|deck|slides? from|slides? (?:of|in) (?:the|our|today's|this)|document|email from|whiteboard in|exec meeting|management meeting|interne|note de service|courriel d[eu]|diapos?|tableau blanc|comite de direction)\b/;

const MESSAGES: Record<'label' | 'draft' | 'internal' | 'confidential', Localized> = {
  label: {
    en: 'This carries a distribution marking ("internal only", "do not distribute", "Protected B"): the document is not for the public. Posting it, or what it says, discloses confidential work information.',
    fr: "On y trouve une mention de diffusion (« usage interne », « ne pas diffuser », « Protégé B ») : le document n'est pas destiné au public. Le publier, ou en rapporter le contenu, divulgue une information de travail confidentielle.",
  },
  draft: {
    en: 'This refers to a draft work document. Drafts are not public: what they say can change, and sharing them reveals advice and options before a decision is announced.',
    fr: "Il est question d'une ébauche de document de travail. Les ébauches ne sont pas publiques : leur contenu peut changer, et les diffuser révèle des avis et des options avant qu'une décision soit annoncée.",
  },
  internal: {
    en: 'This refers to an internal document or internal data. Unless it has been published, it is work information your oath asks you to keep to yourself.',
    fr: "Il est question d'un document ou de données internes. Tant qu'ils n'ont pas été publiés, ce sont des renseignements de travail que votre serment vous demande de garder pour vous.",
  },
  confidential: {
    en: 'This describes work material as confidential. Confidential information learned at work must not be posted, hinted at or described, even in part.',
    fr: "Ce passage présente un document de travail comme confidentiel. Une information confidentielle apprise au travail ne doit pas être publiée, évoquée ou décrite, même en partie.",
  },
};

// The author saw or wrote a document that exists only before a decision: "I've seen the draft",
// "I wrote the options note", "i wrote the costing", « j'ai vu l'ébauche », « j'ai lu le rapport
// préliminaire ». Named with a definite article it is one document, and the author vouches for what
// it says: its content is told from inside, whatever words follow (blind7, blind9, blind10: one
// writer each). A pre-decision document alone ("the draft", "the costing") needs work in the sentence
// or the one before; an options or briefing note is a government document by its name.
const SEEN_DOC =
  /\b(?:i|i've|i\shave|i\shad|i'd|we|we've|we\shave)\s(?:(?:already|just|actually|personally|literally|even|also)\s)?(?:saw|seen|read|wrote|written|drafted|worked\son|prepared|reviewed|costed|ran)\s(?:the|that|this|their|its|our)\s(?:(?:actual|final|latest|first|internal|preliminary|draft|original)\s)?(draft|drafts|options?\snote|options?\spaper|costing|costings|preliminary\sreport|preliminary\sfindings|preliminary\sresults|internal\sassessment|internal\sreview|internal\sanalysis|briefing\snote|decision\snote|briefing\sdeck)\b|\b(?:j'ai|j'avais|on\sa|nous\savons|moi\sj'ai)\s(?:(?:deja|meme|personnellement|justement|aussi)\s)?(?:vu|lu|ecrit|redige|prepare|revise|fait)\s(?:l'|le\s|la\s|les\s|cette\s|ce\s|leur\s|notre\s)(ebauche|version\spreliminaire|rapport\spreliminaire|resultats\spreliminaires|note\sd'options|note\sde\sbreffage|note\sd'information|note\sde\sdecision|chiffrage|analyse\sinterne|evaluation\sinterne|avant-projet)\b/g;
// Work or a public sector ("the budget numbers", « les chiffres du budget ») around the document.
const SEEN_CONTEXT = lexicon([...GOV_OBJECTS_EN, ...WORK_OBJECTS_EN, ...SECTORS_EN, ...GOV_OBJECTS_FR, ...WORK_OBJECTS_FR, ...SECTORS_FR, 'at work', 'au travail']);
const SEEN_DOC_NAMED = /^(?:options?\s(?:note|paper)|briefing\s(?:note|deck)|decision\snote|note\sd'options|note\sde\s(?:breffage|decision)|note\sd'information)$/;

function seenDocHit(unit: Unit, m: Span & { text: string }): Hit | null {
  const noun = m.text.replace(/^.*?\s(?:the|that|this|their|its|our|l'|le|la|les|cette|ce|leur|notre)\s?(?:(?:actual|final|latest|first|internal|preliminary|draft|original)\s)?/, '');
  if (!SEEN_DOC_NAMED.test(noun) && (!inUnitOrBefore(unit, SEEN_CONTEXT) || inUnitOrBefore(unit, PERSONAL_CONTEXT))) return null;
  if (publicCue(unit) || hasUrl(unit) || adviceBefore(unit, m.start)) return null;
  return { start: m.start, end: m.end, message: MESSAGES.draft, severity: MEDIUM };
}

const MEDIUM = { personal: 'medium', professional: 'medium', official: 'medium' } as const;
const TIP = { personal: 'tip', professional: 'tip', official: 'tip' } as const;

function overlaps(list: readonly Span[], m: Span): boolean {
  return list.some((t) => t.start < m.end && m.start < t.end);
}

function framed(unit: Unit, m: Span): boolean {
  return around(unit, FRAMES, m.start, m.end, 40, 0) || test(CONTENT_AFTER, unit.plain.slice(m.end, m.end + 80));
}

function draftHit(unit: Unit, m: Span): Hit | null {
  const p = unit.plain;
  const before = p.slice(Math.max(0, m.start - 25), m.start);
  const after = p.slice(m.end, m.end + 45);
  if (SPORTS_BEFORE.test(before) || SPORTS_AFTER.test(after) || test(ON_TAP, p)) return null;
  // The document noun follows within a few words, in the same clause: "draft (of the new) policy".
  const clause = after.split(/[.,;:!?()]/)[0]!;
  const strong = spans(DRAFT_STRONG, clause).filter((n) => n.start <= 30)[0];
  const generic = strong ? undefined : spans(DRAFT_GENERIC, clause).filter((n) => n.start <= 25)[0];
  // "a draft of our new budget" also reads naturally with the noun just before: "the policy draft".
  const nounBefore = test(/\b(?:policy|regulation|memo|deck|strategy|framework|directive|submission|rfp)\s+$/, before);
  if (!strong && !nounBefore) {
    if (!generic) return null;
    if (!inUnitOrBefore(unit, WORK_CONTEXT) || inUnitOrBefore(unit, PERSONAL_CONTEXT)) return null;
    // « la 4e ébauche de ma présentation pour le colloque », "a draft of my slides for the conference": one's own talk, given in public.
    if (OWN_BEFORE.test(clause.slice(0, generic.start)) && SCHOLARLY.test(p)) return null;
  }
  // "draft budget" is the cabinet rule's.
  if (!strong && generic && generic.text === 'budget') return null;
  if (consultationCue(unit) || publicCue(unit) || adviceBefore(unit, m.start)) return null;
  const end = strong ? m.end + strong.end : generic ? m.end + generic.end : m.end;
  const hit: Hit = { start: m.start, end, message: MESSAGES.draft };
  if (!framed(unit, { start: m.start, end })) hit.severity = MEDIUM;
  return hit;
}

/** "the actual (wait-time) numbers", « les chiffres réels », « les vrais chiffres ». */
function realFigures(p: string, adjectives: RegExp = REAL_ADJ): Span | null {
  const nouns = spans(FIGURES, p);
  for (const a of spans(adjectives, p)) {
    const n = nouns.find((x) => (x.start >= a.end && x.start - a.end <= 45 && UP_TO_TWO_WORDS.test(p.slice(a.end, x.start))) || (x.end <= a.start && a.start - x.end <= 2));
    if (n) return { start: Math.min(a.start, n.start), end: Math.max(a.end, n.end) };
  }
  return null;
}

function confidentialHit(unit: Unit, m: Span): Hit | null {
  const p = unit.plain;
  const before = p.slice(Math.max(0, m.start - 40), m.start);
  const after = p.slice(m.end, m.end + 40);
  if (around(unit, SERVICE, m.start, m.end, 60, 60) || adviceBefore(unit, m.start) || JOB_GENERIC.test(before) || mentioned(unit, m)) return null;
  if (ASIDE_BEFORE.test(before) || ASIDE_AFTER.test(after)) return null;
  // "Confidential: I ate pizza three nights in a row": a heading for a confession about oneself,
  // with nothing from work around it.
  if (CONFESSION_AFTER.test(after) && !inUnitOrBefore(unit, WORK_CONTEXT)) return null;
  // "CONFIDENTIAL: my grandmother's recipe": the same heading over a family matter.
  if (homeHeading(unit, m)) return null;
  if (NORM_AFTER.test(after)) return null;
  const label = CONFIDENTIAL_UPPER.test(unit.text.slice(m.start, m.end)) || MARKED_BEFORE.test(before);
  const self = SELF_STATEMENT.test(before) || SELF_AFTER.test(after);
  const doc = around(unit, DOC_NOUNS, m.start, m.end, 25, 30);
  if (!label && !self && !doc) return null;
  // "Grandma's butter tart recipe is the most confidential document in this family", « La recette de pâté
  // chinois de ma grand-mère est TOP CONFIDENTIELLE »: a family matter, nothing from work, even in capitals.
  if (homeMatter(unit)) return null;
  const hit: Hit = { start: m.start, end: m.end, message: MESSAGES.confidential };
  if (publicCue(unit)) hit.severity = TIP;
  else if (!label && !self && !framed(unit, m)) hit.severity = MEDIUM;
  return hit;
}

export default defineRule({
  id: 'confidential/internal-document',
  category: 'confidential',
  severity: { personal: 'high', professional: 'high', official: 'high' },
  guidelines: ['oath-secrecy', 'coi-confidential-information', 'ops-guiding-principles', 'ops-personal-use'],
  title: { en: 'Internal or confidential document', fr: 'Document interne ou confidentiel' },
  why: MESSAGES.internal,
  // The gate at the top of detect(), as a pre-filter (PROTECTED_GATE ignores case and accents).
  // A trigger in the sentence before alone wakes nothing: detect() returns nothing unless the gate matches its own sentence.
  triggersHere: true,
  triggers: [...gatePieces(GATE), ...gatePieces(PROTECTED_GATE)],
  detect(unit) {
    if (!GATE.test(unit.plain) && !PROTECTED_GATE.test(unit.text)) return [];
    if (trainingCue(unit) || fictionCue(unit)) return [];
    const p = unit.plain;
    const hits: Hit[] = [];
    const taken: Span[] = [];
    const push = (h: Hit) => {
      hits.push(h);
      taken.push(h);
    };
    for (const m of spans(LABELS, p)) {
      if (adviceBefore(unit, m.start) || mentioned(unit, m) || READER_OWN_AFTER.test(p.slice(m.end, m.end + 12))) continue;
      // "The secret ingredient in my chili is strictly confidential 🤫": a label borrowed for a home matter.
      if (homeMatterHereOrBefore(unit, DOC_NOUNS) || homeReveal(unit, m)) continue;
      const h: Hit = { start: m.start, end: m.end, message: MESSAGES.label };
      if (publicCue(unit)) h.severity = MEDIUM;
      push(h);
    }
    for (const m of spans(SAYS_DO_NOT_SHARE, p)) {
      if (overlaps(taken, m) || adviceBefore(unit, m.start)) continue;
      push({ start: m.start, end: m.end, message: MESSAGES.label });
    }
    for (const m of spans(PROTECTED, unit.text)) {
      if (overlaps(taken, m) || adviceBefore(unit, m.start)) continue;
      push({ start: m.start, end: m.end, message: MESSAGES.label });
    }
    for (const m of spans(SENSITIVITY, p)) {
      if (overlaps(taken, m) || adviceBefore(unit, m.start)) continue;
      if (!around(unit, SENSITIVITY_DOC, m.start, m.end, 30, 30) || around(unit, SENSITIVITY_NOT, m.start, m.end, 30, 30)) continue;
      push({ start: m.start, end: m.end, message: MESSAGES.label });
    }
    for (const m of spans(INTERNAL, p)) {
      if (overlaps(taken, m) || adviceBefore(unit, m.start)) continue;
      const h: Hit = { start: m.start, end: m.end, message: MESSAGES.internal };
      if (publicCue(unit)) h.severity = TIP;
      else if (!framed(unit, m)) h.severity = MEDIUM;
      push(h);
    }
    for (const f of spans(FORUMS, p)) {
      const from = Math.max(0, f.start - 45);
      const doc = spans(FORUM_DOCS, p.slice(from, f.start)).filter((d) => FORUM_LINK.test(p.slice(from + d.end, f.start))).pop();
      if (!doc) continue;
      const m = { start: from + doc.start, end: f.end };
      if (overlaps(taken, m) || adviceBefore(unit, m.start)) continue;
      const h: Hit = { start: m.start, end: m.end, message: MESSAGES.internal };
      if (publicCue(unit)) h.severity = TIP;
      else if (!framed(unit, m)) h.severity = MEDIUM;
      push(h);
    }
    const real = realFigures(p);
    if (real && !overlaps(taken, real) && inUnitOrBefore(unit, CONTRAST) && !adviceBefore(unit, real.start)) {
      push({ start: real.start, end: real.end, message: MESSAGES.internal });
    } else {
      const unpublished = realFigures(p, UNPUBLISHED);
      if (unpublished && !overlaps(taken, unpublished) && inUnitOrBefore(unit, GOV_ONLY) && !SCHOLARLY.test(p) && !publicCue(unit) && !hasUrl(unit) && !adviceBefore(unit, unpublished.start)) {
        push({ start: unpublished.start, end: unpublished.end, message: MESSAGES.internal });
      }
    }
    for (const m of spans(SCREENSHOT, p)) {
      if (overlaps(taken, m) || adviceBefore(unit, m.start)) continue;
      if (!SCREENSHOT_OF.test(p.slice(m.end, m.end + 50))) continue;
      if (/^(?:photo|pic|picture|snap)$/.test(m.text) && !/^\s*(?:of|from|de|du)\b/.test(p.slice(m.end, m.end + 6))) continue;
      push({ start: m.start, end: m.end, message: MESSAGES.internal });
    }
    for (const m of spans(SEEN_DOC, p)) {
      if (overlaps(taken, m)) continue;
      const h = seenDocHit(unit, m);
      if (h) push(h);
    }
    for (const m of spans(DRAFT, p)) {
      if (overlaps(taken, m)) continue;
      const h = draftHit(unit, m);
      if (h) push(h);
    }
    for (const m of spans(CONFIDENTIAL, p)) {
      if (overlaps(taken, m)) continue;
      const h = confidentialHit(unit, m);
      if (h) push(h);
    }
    return hits;
  },
  examples: {
    invalid: [
      // A marking stays a marking when nothing of the reader's follows it.
      { text: 'Ne pas publier : note au ministre sur les options de financement des garderies.', span: 'Ne pas publier' },
      // A pre-decision document the author saw or wrote, named as one document: its content is told from inside.
      { text: "The minister's 'historic investment' is all optics. I'd know, I wrote the costing.", span: 'I wrote the costing', mode: 'professional', severity: 'medium' },
      { text: 'The review was decided before it started. I wrote the options note.', span: 'I wrote the options note', mode: 'personal' },
      { text: "Les chiffres du budget sont pas beaux. J'ai vu l'ébauche cette semaine, préparez-vous.", span: "J'ai vu l'ébauche", mode: 'personal' },
      { text: "L'enquête du ministère sur l'accident? J'ai lu le rapport préliminaire, c'est pas beau pour la compagnie.", span: "J'ai lu le rapport préliminaire", mode: 'personal' },
      // Figures that say by themselves they are not public, set beside a government decision.
      { text: "Disappointed the Minister went with a 2-year phase-in. Our own unpublished field trials said 6 months was doable.", span: 'unpublished field trials', mode: 'professional' },
      { text: 'Le ministère dit que tout va bien, mais nos études internes disent le contraire.', span: 'études internes', mode: 'personal' },
      { text: 'Le mémo interne dit que 300 postes vont disparaître.', span: 'mémo interne', mode: 'personal' },
      { text: 'Look at this slide from our deck, it says INTERNAL USE ONLY but it is too good not to share.', span: 'INTERNAL USE ONLY', severity: 'high' },
      { text: "Here's the draft policy on remote work, it ends the two-day option in June.", span: 'draft policy' },
      { text: 'Our internal numbers show wait times doubled at the Sudbury office.', span: 'internal numbers' },
      { text: "The memo is stamped 'confidential' and it says the Sudbury office closes in June.", span: 'confidential' },
      { text: 'The memo is technically confidential, but the ministry is moving 200 jobs to Oshawa.', span: 'confidential' },
      { text: 'Screenshot of the intranet announcement about the reorg, thoughts?', span: 'Screenshot' },
      { text: 'Document Protected B attached for the team, the client list is on page 2.', span: 'Protected B', mode: 'official' },
      { text: 'Voici la note interne sur la fermeture du bureau régional, à usage interne seulement.', span: 'note interne' },
      { text: "Ça dit « NE PAS DIFFUSER » en haut, mais l'ébauche de la politique sur le télétravail est incroyable.", span: 'NE PAS DIFFUSER' },
      // A document from an internal forum; figures from inside set against the public ones; a quoted marking.
      { text: "Anyone else see the deck from today's ADM meeting?", span: "deck from today's ADM meeting", severity: 'medium' },
      { text: 'Vous avez vu la présentation de la réunion du comité de direction?', span: 'présentation de la réunion du comité de direction' },
      { text: 'The actual wait-time numbers are double what the ministry publishes.', span: 'actual wait-time numbers' },
      { text: "Les vrais chiffres d'attente sont le double de ce que le ministère publie.", span: 'vrais chiffres' },
      { text: "The draft plan literally says 'do not share' on every page.", span: "says 'do not share" },
      // A confession heading stays a finding when work is what is confessed.
      { text: 'Confidential: I saw the budget numbers for our branch and they are brutal.', span: 'Confidential' },
      // The same heading stays a finding when the family matter sits beside a work one.
      { text: "CONFIDENTIAL: my husband's office is closing in June, the ministry memo says so.", span: 'CONFIDENTIAL', mode: 'personal' },
      { text: 'CONFIDENTIEL : la note du ministère dit que le bureau de ma femme ferme en juin.', span: 'CONFIDENTIEL', mode: 'personal' },
      // A confidential document that is described, not a rule about them.
      { text: "Confidential memo on the Thunder Bay office is on my desk and it's not good news.", span: 'Confidential' },
    ],
    valid: [
      // A draft the ministry has put out: public.
      { text: 'The draft management plan for Killarney Provincial Park is now posted.', mode: 'official' },
      { text: 'La version préliminaire du plan de gestion du parc provincial Killarney est maintenant publiée.', mode: 'official' },
      // The home matter told just before the label.
      "Planning my sister's surprise 40th. Everything is strictly confidential, need-to-know basis. If you're reading this Jess, NO YOU'RE NOT. 🤫🎉",
      'Je prépare le party surprise de ma soeur. Tout est strictement confidentiel! 🤫',
      // A family recipe called confidential; a draft of one's own talk for a public event.
      { text: "My grandmother's butter tart recipe is the most confidential document in this family. She took it to the grave.", mode: 'personal' },
      { text: 'La recette de tourtière de ma tante est TOP CONFIDENTIELLE 🤫 Tout ce que je peux dire : il y a du clou de girofle.', mode: 'personal' },
      { text: "My dad's chili recipe is STRICTLY CONFIDENTIAL, he won't even tell my mom.", mode: 'personal' },
      { text: 'La recette de tourtière de ma grand-mère, c’est le document le plus confidentiel de la famille.', mode: 'personal' },
      { text: 'Je suis rendue à la 4e ébauche de ma présentation pour le colloque de la Société québécoise d’évaluation de programme.', mode: 'professional' },
      { text: 'Third draft of my presentation for the program evaluation conference: ten slides cut.', mode: 'professional' },
      // A label borrowed for a home matter.
      'The secret ingredient in my lasagna is strictly confidential 🤫 (it is nutmeg).',
      "L'ingrédient secret de ma tourtière est strictement confidentiel, désolée!",
      // A draft put out for public comment, and a request about the reader's own details.
      { text: 'Draft rules for snowmobile trails are out and we want to hear from riders. Comment by March 3 on the Regulatory Registry.', mode: 'official' },
      { text: 'Projet de règlement sur les sentiers de motoneige : nous voulons entendre les motoneigistes. Commentez d’ici le 3 mars.', mode: 'official' },
      { text: 'Veuillez ne pas publier vos numéros de dossier ni votre adresse ici. Écrivez-nous en privé.', mode: 'official' },
      { text: 'Please do not publish your health card number in the replies; send it to us by private message.', mode: 'official' },
      // The same verbs on a private draft, or on a report already published.
      "I've seen the draft of my sister's novel and it's great.",
      "J'ai lu l'ébauche du roman de ma sœur, c'est excellent.",
      { text: "I read the preliminary report from the Auditor General, it's damning: https://auditor.on.ca/report", mode: 'personal' },
      { text: "J'ai lu le rapport préliminaire publié ce matin par la vérificatrice générale : https://auditor.on.ca/fr", mode: 'personal' },
      // Unpublished work of one's own with no government decision, or headed for a conference.
      'My unpublished thesis chapter on loon migration is finally done!',
      { text: 'Presenting our unpublished field trial results at the provincial soil conference next week, come say hi!', mode: 'professional' },
      'Mes études internes de chant au conservatoire se terminent en juin.',
      // A sports draft is not a document draft.
      'Fantasy hockey draft night with the crew. Taking McDavid first overall. Draft strategy? Never heard of her.',
      'Soirée de repêchage au hockey fantasy : mon premier choix au total est déjà fait. La stratégie de repêchage? Aucune.',
      // A rule about confidential things in general, as the guidelines put it.
      { text: "Confidential info doesn't belong on social. Neither do client stories.", mode: 'professional' },
      { text: "Les renseignements confidentiels n'ont pas leur place sur les réseaux sociaux, point.", mode: 'professional' },
      { text: 'Board game night: my spy stole the rival guild’s confidential dossier and we won.', mode: 'personal' },
      { text: 'Confidential: I ate pizza three nights in a row this week. No regrets.', mode: 'personal' },
      // A heading over a family matter, with nothing from work around it.
      { text: "CONFIDENTIAL: my daughter's secret birthday plan for her brother involves a bouncy castle.", mode: 'personal' },
      { text: 'CONFIDENTIEL : la recette de sauce à spaghetti de mon père, enfin révélée (ou presque).', mode: 'personal' },
      { text: 'Confidentiel : j’ai regardé toute la saison en deux soirs.', mode: 'personal' },
      'Huge night for the Leafs at the NHL draft, what a first-round pick!',
      // The writer's own aside, not a document.
      'Question confidentielle : c’est quoi votre truc pour une tourtière comme celle de grand-maman?',
      'Confidential question for the group: is it normal that my sourdough starter smells like nail polish?',
      // The word talked about, not a document called so.
      "Manager tip: 'confidential' on a coaching note doesn't mean the employee can't read it.",
      'Le mot « confidentiel » sur une évaluation ne veut pas dire que l’employé ne la verra jamais.',
      'The label "internal only" on a slide means nothing if you email it to 400 people, folks.',
      // A story's documents: a plot device in a show or a novel.
      "Finally watched the finale and the whole plot hinges on one confidential memo left in a taxi. Loved it.",
      'Fini le roman hier soir : toute l’intrigue tourne autour d’un document confidentiel oublié dans un train.',
      'Cold draft beer on a patio after work, perfect Friday.',
      'Finished the first draft of my novel this weekend, 80,000 words!',
      'Call the free, confidential helpline any time, 24/7: 1-866-531-2600.',
      'Confidentiality is key for counsellors, and for every public servant.',
      'Signed up for a public course on confidential computing next month.',
      'The draft regulation is posted on the Regulatory Registry for comment until May 5.',
      'Ligne d’écoute gratuite et confidentielle, ouverte jour et nuit.',
      'Je viens de terminer l’ébauche de mon roman, quelle aventure!',
      'Rappel : ne jamais publier un document marqué confidentiel sur les médias sociaux.',
      "Here's a pic of my kids on the slide at the park.",
      'I deal with confidential files every day, so I lock my screen.',
      'Sharing the slides from my conference talk on open data: https://example.org/slides',
      'Wait times are published every quarter on the ministry dashboard.',
      "Les délais d'attente sont publiés chaque trimestre sur le tableau de bord du ministère.",
      'Please do not share your password with anyone, including IT.',
    ],
  },
});
