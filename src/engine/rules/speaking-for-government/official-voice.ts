// Speaking for the ministry or the government from a personal or specialist account: "on behalf
// of the Government of Ontario", "we at the Ministry believe", "the ministry's position is", "our
// ministry will cut…", or an insider claim such as "I can confirm the ministry will…". Only
// official channels speak for the government (OPS social media guidelines: personal and
// specialist accounts must not present themselves as the government). "We launched the public
// dataset today (link)", "the ministry announced today (link)" and "our team presented at the
// conference" are not flagged.
import { defineRule } from '../../define-rule.js';
import { keyPieces, lexicon } from '../../match.js';
import type { Hit, Span, Unit } from '../../types.js';
import {
  AUTHORITY_MARKERS_EN, FIRST_PERSON_ANNOUNCE_EN, INSTITUTION_VERBS_EN, ON_BEHALF_EN, OUR_INSTITUTION_EN, POLICY_VERBS_EN, POSITION_PHRASES_EN, WE_THE_MINISTRY_EN,
} from '../../lexicons/en/speaking-voice.js';
import {
  AUTHORITY_MARKERS_FR, FIRST_PERSON_ANNOUNCE_FR, INSTITUTION_VERBS_FR, ON_BEHALF_FR, OUR_INSTITUTION_FR, POLICY_VERBS_FR, POSITION_PHRASES_FR, WE_THE_MINISTRY_FR,
} from '../../lexicons/fr/speaking-voice.js';
import { hasUrl, inUnitOrBefore, publicCue, spans, test, trainingCue } from '../confidential/context.js';
import { adminActs, ADMIN_TRIGGER_WORDS, DENIED } from './administration.js';
import { ownWork } from '../policy-commentary/own-work.js';

const ON_BEHALF = lexicon([...ON_BEHALF_EN, ...ON_BEHALF_FR]);
const WE = lexicon([...WE_THE_MINISTRY_EN, ...WE_THE_MINISTRY_FR]);
const POSITION = lexicon([...POSITION_PHRASES_EN, ...POSITION_PHRASES_FR]);
const OUR = lexicon([...OUR_INSTITUTION_EN, ...OUR_INSTITUTION_FR]);
const VERBS = lexicon([...INSTITUTION_VERBS_EN, ...INSTITUTION_VERBS_FR]);
const POLICY = lexicon([...POLICY_VERBS_EN, ...POLICY_VERBS_FR]);
const AUTHORITY = lexicon([...AUTHORITY_MARKERS_EN, ...AUTHORITY_MARKERS_FR]);
const ANNOUNCE = lexicon([...FIRST_PERSON_ANNOUNCE_EN, ...FIRST_PERSON_ANNOUNCE_FR]);
// What is announced is government business: the ministry funds, the province builds, a program changes.
const GOV_MATTER = lexicon([
  'ministry', 'government', 'province', 'provincial', 'ontario will', 'the minister', 'program', 'funding', 'fund',
  'regulation', 'regulations', 'policy', 'legislation', 'grant', 'grants', 'ministère', 'gouvernement', 'province',
  'provincial', 'provinciale', 'programme', 'financement', 'règlement', 'politique', 'subvention', 'subventions',
]);

const CAREER = lexicon([
  'joined', 'joining', 'join', 'new role', 'new position', 'new job', 'started', 'starting', 'accepted', 'promotion',
  'promoted', 'retire', 'retiring', 'retirement', 'last day', 'first day', 'me joins', 'me joindre', 'rejoint',
  'rejoindre', 'nouveau poste', 'nouvelle fonction', 'nouveau role', 'nouvelle aventure', 'premier jour', 'dernier jour',
  'retraite', 'promu', 'promue', 'accepte un poste',
]);

// Someone else speaks: "the minister, speaking on behalf of the government", "thanks to Ana, who spoke on behalf of…".
// Someone else is the speaker when one of these words stands in the last 40 characters before the
// phrase, in the same sentence (checked on that tail, so the pattern needs no "…$" scan).
const THIRD_PERSON_WORD =
  /\b(?:minister|premier|he|she|they|who|deputy|dm|adm|director|spoke|speaks|spoken|delivered|ministre|il|elle|ils|elles|qui|a parle|s'exprimant|sous-ministre)\b/;
const THIRD_PERSON = {
  test(pre: string): boolean {
    const tail = pre.slice(Math.max(0, pre.length - 40));
    const cut = Math.max(tail.lastIndexOf('.'), tail.lastIndexOf('!'), tail.lastIndexOf('?'));
    // A word cut at the tail's start must not count as a whole word.
    const from = cut >= 0 ? cut + 1 : pre.length > 40 ? tail.search(/\W/) + 1 : 0;
    return THIRD_PERSON_WORD.test(tail.slice(from));
  },
};
const FIRST_PERSON = /\b(?:i|i'm|i am|i'd|i've|we|we're|we'd|let me|allow me|proud to|honoured to|honored to|pleased to|happy to|je|j'|nous|permettez-moi|fier de|fiere de|heureux de|heureuse de)\b|\bj'/;
// Future forms that need a policy verb ("our ministry will be at the career fair" is an event).
const FUTURE_FORM = /^(?:will|won't|will not|is going to|is not going to|isn't going to|plans to|intends to|is considering|will be|va|ne va pas|sera|compte|entend|prevoit|envisage)$/;
// "The ministry has decided…" as an insider fact.
const GOV_DECISION =
  /\b(?:the ministry|the government|the province|queen's park|le ministere|le gouvernement|la province)\s+(?:(?:has|have|had|just|already|quietly|finally|officially)\s+)*(?:decided|made the decision|made a decision|will|won't|will not|is going to|is not going to|isn't going to|has no plans|plans to|a decide|a pris la decision|a tranche|va|ne va pas|n'a pas l'intention|n'a aucune intention|prevoit|(?:ne |n')?[a-z]{2,}(?:era|ira|ront)(?: pas)?)\b/g;
// A wish, a fear or a condition is not an insider's statement ("I hope the government will fund more beds").
const WISH = /\b(?:hope|hoping|wish|pray|praying|fear|worried|afraid|if|unless|whether|maybe|hopefully|doubt|bet|guess|think|j'espere|esperons|souhaite|crains|peur|si|peut-etre|doute|pense|crois)\b/;
// "…won't be the same (without you)", « …ne sera plus jamais pareil »: the farewell idiom after a future, ending
// there or going on with "without", "after", « sans »; "won't be the same size next year" still says what changes.
export const SAME_WITHOUT = /^\s+(?:(?:ever|never|really|quite|just|be|plus|jamais|pas|vraiment|etre)\s+){0,4}(?:the\s+same|pareil|pareille|le\s+meme|la\s+meme)(?:\s*(?:[.,!\u2026]|$)|\s+(?:without|after|since|again|anymore|sans|depuis|apres)(?![\p{L}]))/u;
const DECIDED = /\b(?:decided|decision|a decide|a pris la decision|a tranche)\b/;
const QUESTION = /\?\s*$/;
// Commentary, not an insider statement: "the government decided to cut it again, shameful".
const EVALUATIVE = lexicon([
  'shameful', 'shame', 'disgrace', 'disgraceful', 'ridiculous', 'absurd', 'sad', 'disappointing', 'disappointed',
  'terrible', 'awful', 'outrageous', 'again', 'yet again', 'finally', 'great news', 'good news', 'wrong', 'unbelievable',
  'of course', 'typical', 'smh', 'ugh', 'wow', 'honteux', 'honteuse', 'une honte', 'ridicule', 'absurde', 'triste',
  'décevant', 'décevante', 'déçu', 'déçue', 'terrible', 'scandaleux', 'scandaleuse', 'encore', 'enfin', 'bonne nouvelle',
  'incroyable', 'évidemment', 'comme d\'habitude',
]);

// The institution's position stated as such, whatever words name the institution: "the official
// position of the Ontario government is", "the Ministry of Labour's position is simple", « la position
// du ministère est », « Position du ministère : … ». Stated, not discussed: it must be followed by
// "is"/"est"/a colon, or open the sentence (not "I disagree with the ministry's position on…").
const POSITION_EN =
  /\b(?:(?:official )?(?:position|stance|view|line|response|answer) of (?:the )?(?:ontario |provincial )?(?:government|ministry|province)(?: of [a-z]+(?:,? (?:and )?[a-z]+){0,4})?|(?:government|ministry|province)(?: of [a-z]+(?:,? (?:and )?[a-z]+){0,4})?'s (?:official )?(?:position|stance|line|response|answer))(?=(?: (?:to|on|about|regarding)(?: [a-z'-]+){1,4}?)? (?:is|remains|has always been|has not changed|hasn't changed)\b| ?:)/g;
const POSITION_FR =
  /(?:^[^\p{L}\p{N}]{0,6}|\b(?:la|notre) )position (?:officielle )?(?:du|de notre) (?:ministere|gouvernement)(?: de l'ontario| (?:de|du|des) (?:la |l')?[a-z'-]+(?: [a-z'-]+){0,3}?)?(?= (?:est|reste|demeure|n'a pas change)\b| ?:)|^[^\p{L}\p{N}]{0,6}position (?:officielle )?(?:du|de notre) (?:ministere|gouvernement)\b/gu;

const MEDIUM = { personal: 'medium', professional: 'medium', official: 'off' } as const;
// A specialist runs the program they post about; from their own account it still reads as the ministry.
const ADMIN = { personal: 'high', professional: 'medium', official: 'off' } as const;
// With a link to the public notice, it is mostly passing the news on.
const ADMIN_SHARED = { personal: 'medium', professional: 'tip', official: 'off' } as const;
// A time long past puts an act in the author's history ("years ago", "on its anniversary", « il y
// a cinq ans »); a future inside the act itself still announces ("in 2030 we will launch").
const HISTORY =
  /\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|many|several|a few|a couple of) (?:years?|decades?) ago\b|\bago today\b|\banniversary\b|\bback in (?:19|20)\d\d\b|\bil y a (?:\d+|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|quinze|vingt|quelques|plusieurs) (?:ans|annees|decennies)\b|\banniversaire\b|\ben (?:19|20)\d\d,? (?:nous|on) avons\b/;
const TOLD_HOW = /(?:^|[^\p{L}])(?:how|why|what|comment|pourquoi|ce\s+que)\s+$/u;
const FUTURE_IN_ACT = /\b(?:will|'ll|going to|gonna|va|vont|allons|sera|seront)\b/;
const ADMIN_MESSAGE = {
  en: 'This announces what the program does ("we are extending…", "we approved…") in the first person, as only the ministry\'s official channel does. From your own account, share the official notice or say what the ministry announced.',
  fr: "Ce passage annonce à la première personne ce que fait le programme (« nous prolongeons… », « nous avons approuvé… »), comme seul le compte officiel du ministère le fait. À partir de votre compte, partagez l'avis officiel ou dites ce que le ministère a annoncé.",
};

function onBehalfHits(unit: Unit): Hit[] {
  const out: Hit[] = [];
  for (const m of spans(ON_BEHALF, unit.plain)) {
    const pre = unit.plain.slice(Math.max(0, m.start - 60), m.start);
    if (!firstPersonBehalf(unit.plain, m.start)) continue;
    if (DENIED.test(pre)) continue;
    out.push({ start: m.start, end: m.end });
  }
  return out;
}

function ourInstitutionHits(unit: Unit): Hit[] {
  const p = unit.plain;
  const out: Hit[] = [];
  for (const m of spans(OUR, p)) {
    // The verb comes right after ("our ministry will…", "our government's position"), past "'s" and an adverb.
    const after = p.slice(m.end, m.end + 40);
    const lead = /^(?:'s)?\s+(?:(?:also|still|now|really|firmly|strongly|fully|clearly|definitely|absolutely|aussi|toujours|maintenant|vraiment|fermement)\s+)?/.exec(after);
    if (!lead) continue;
    const rest = after.slice(lead[0].length);
    const verb = spans(VERBS, rest).find((v) => v.start === 0);
    if (!verb) continue;
    const v = verb.text.replace(/\s+/g, ' ');
    if (FUTURE_FORM.test(v)) {
      if (!test(POLICY, p.slice(m.end + lead[0].length + verb.end, m.end + lead[0].length + verb.end + 30))) continue;
      if (publicCue(unit) || hasUrl(unit)) continue;
    }
    out.push({ start: m.start, end: m.end + lead[0].length + verb.end });
  }
  return out;
}

/** The older checks: "on behalf of the government", "we at the ministry", "the ministry's position is",
 * "our ministry will…", "we're pleased to announce…", "the ministry has decided…" with an insider's authority. */
function institutionVoice(unit: Unit, push: (h: Hit) => void): void {
  const p = unit.plain;
  for (const h of onBehalfHits(unit)) push(h);
  for (const m of spans(WE, p)) {
    push(publicCue(unit) || hasUrl(unit) ? { start: m.start, end: m.end, severity: MEDIUM } : { start: m.start, end: m.end });
  }
  for (const m of spans(POSITION, p)) {
    if (publicCue(unit) || hasUrl(unit)) continue;
    push({ start: m.start, end: m.end });
  }
  if (!publicCue(unit) && !hasUrl(unit)) {
    for (const re of [POSITION_EN, POSITION_FR]) {
      re.lastIndex = 0;
      for (let m = re.exec(p); m; m = re.exec(p)) {
        const lead = m[0].length - m[0].replace(/^[^\p{L}\p{N}]+/u, '').length;
        push({ start: m.index + lead, end: m.index + m[0].length });
      }
    }
  }
  for (const h of ourInstitutionHits(unit)) push(h);
  for (const m of spans(ANNOUNCE, p)) {
    // "We're excited to announce our wedding" is not government business; a link shows it is public.
    if (!test(GOV_MATTER, p.slice(m.end, m.end + 160)) || publicCue(unit) || hasUrl(unit)) continue;
    // "Excited to announce I've joined the Ministry of Health": career news, not the ministry's.
    if (test(CAREER, p.slice(m.end, m.end + 80))) continue;
    push({ start: m.start, end: m.end });
  }
  GOV_DECISION.lastIndex = 0;
  for (let m = GOV_DECISION.exec(p); m; m = GOV_DECISION.exec(p)) {
    const span: Span = { start: m.index, end: m.index + m[0].length };
    if (publicCue(unit) || hasUrl(unit) || QUESTION.test(p)) continue;
    // "Bob, the ministry won't be the same without you": a farewell, not the ministry's plans.
    if (SAME_WITHOUT.test(p.slice(span.end, span.end + 40))) continue;
    if (inUnitOrBefore(unit, AUTHORITY)) push({ ...span });
    // "I work at MTO and the ministry won't renew the contract": an insider stating the ministry's future.
    else if (!DECIDED.test(m[0]) && ownWork(unit) && !test(EVALUATIVE, p) && !WISH.test(p.slice(Math.max(0, m.index - 40), m.index))) push({ ...span, severity: MEDIUM });
    else if (DECIDED.test(m[0]) && !test(EVALUATIVE, p)) push({ ...span, severity: MEDIUM });
  }
}

// A message or a caller claiming the name: "scammers are calling on behalf of the ministry", "if you get
// an email on behalf of the government asking for your password", « un tel message au nom du
// ministère », "beware of texts sent on behalf of…". A scam warning, not the author's voice; the
// author's own "message on behalf of the ministry" or « ce message » still speaks for it.
const CLAIMING_AGENT =
  /\b(?:scammers?|fraudsters?|callers?|claiming|pretending|fraudeurs?|escrocs?|arnaqueurs?|pretendant|se disant|se faisant passer)\b/;
const SOMEONE_ELSES_MESSAGE =
  /\b(?:a|an|any|such|fake|suspicious|un|une|des|tel|telle|tels|telles|faux|fausses?|suspects?)\s+(?:[\p{L}-]+\s+)?(?:messages?|e-?mails?|texts?|calls?|letters?|courriels?|textos?|appels?|lettres?)\b/u;
const SCAM_WARNING = /\b(?:beware|watch out|scams?|phishing|fraud|fraudulent|mefiez-vous|mefie-toi|arnaques?|hameconnage|fraude|frauduleux|frauduleuse)\b/;

/** "On behalf of…" said by the author, not reported of someone else ("the minister, speaking on behalf of…"). */
function firstPersonBehalf(p: string, start: number): boolean {
  const pre = p.slice(Math.max(0, start - 60), start);
  if (FIRST_PERSON.test(pre)) return true;
  if (THIRD_PERSON.test(pre)) return false;
  const tail = pre.slice(Math.max(0, pre.length - 40));
  return !CLAIMING_AGENT.test(tail) && !SOMEONE_ELSES_MESSAGE.test(tail) && !SCAM_WARNING.test(p);
}

export default defineRule({
  id: 'speaking-for-government/official-voice',
  category: 'speaking-for-government',
  severity: { personal: 'high', professional: 'high', official: 'off' },
  guidelines: ['ops-personal-use', 'ops-specialist-executive', 'ops-official-account', 'ops-guiding-principles'],
  title: { en: 'Speaking for the government', fr: 'Parler au nom du gouvernement' },
  why: {
    en: 'This speaks as the ministry or the government: its positions, decisions or plans. Only official ministry channels speak for the government; from your own account, share the official announcement or say what you think in your own name.',
    fr: "Ce passage parle au nom du ministère ou du gouvernement : ses positions, ses décisions ou ses projets. Seuls les comptes officiels des ministères parlent au nom du gouvernement; à partir de votre compte, partagez l'annonce officielle ou exprimez-vous en votre propre nom.",
  },
  // What a hit needs: institutionVoice() runs only where its gate below matches (these are its
  // literal pieces), and adminActs() yields the kinds read here only from the word lists named in
  // administration.ts (an administrative verb, a relay, an institution, a position, a confirmation,
  // a reassurance, "on behalf").
  triggers: [
    ...keyPieces(['minist', 'govern', 'gouvern', 'province', 'queen', 'behalf', 'au nom', 'spokesperson', 'porte-parole', 'speak for', 'represent', 'position', 'officiel', 'official', 'announc', 'annon'], 'none'),
    ...ADMIN_TRIGGER_WORDS,
  ],
  // Both kinds of hit are anchored on words of their own sentence (institutionVoice()'s gate, the acts'
  // words); the sentence before only weighs them (publicCue()): a trigger there alone
  // wakes nothing.
  triggersHere: true,
  detect(unit) {
    if (trainingCue(unit)) return [];
    const p = unit.plain;
    const hits: Hit[] = [];
    const push = (h: Hit) => {
      if (!hits.some((t) => t.start < h.end && h.start < t.end)) hits.push(h);
    };
    if (/minist|govern|gouvern|province|queen's park|behalf|au nom|spokesperson|porte-parole|speak for|represent|position|officiel|official|announc|annon/.test(unit.plain)) {
      institutionVoice(unit, push);
    }
    // The program's own voice: "we're extending the deadline", "our position is…", "I can officially confirm…".
    for (const a of adminActs(unit)) {
      if (a.kind === 'promise' || a.kind === 'channel' || a.kind === 'signature') continue;
      if (a.kind === 'behalf' && !firstPersonBehalf(p, a.start)) continue;
      const shared = publicCue(unit) || hasUrl(unit);
      // "Five years ago today we launched the online licence": a memory of public work, not an announcement.
      // "A talk about how we cut jargon from service pages": the story of work done, told as a lesson.
      if (a.kind === 'act' && (HISTORY.test(p) || TOLD_HOW.test(p.slice(Math.max(0, a.start - 16), a.start))) && !FUTURE_IN_ACT.test(p.slice(a.start, a.end))) continue;
      if (a.kind === 'act') push({ start: a.start, end: a.end, severity: shared ? ADMIN_SHARED : ADMIN, message: ADMIN_MESSAGE });
      else if (a.kind === 'reassure') push({ start: a.start, end: a.end, severity: shared ? ADMIN_SHARED : MEDIUM });
      else push({ start: a.start, end: a.end });
    }
    return hits;
  },
  examples: {
    invalid: [
      // Told how it will be done, it is still the program's plan.
      { text: "Here's how we will cut fees for the fishing licence next spring.", span: 'we will cut fees', mode: 'professional' },
      // A reassurance whose answer, opened by a colon or a comma, is about the program.
      { text: 'For those asking, nobody is losing their ODSP benefits this year.', span: 'For those asking, nobody is losing their ODSP benefits', mode: 'personal' },
      { text: 'Pour ceux qui demandent : personne ne perdra ses prestations du POSPH cette année.', span: 'Pour ceux qui demandent : personne ne perdra ses prestations', mode: 'personal' },
      // The institution named inside the claim of a position.
      { text: 'Our position at MECP is simple: no new permits in the Greenbelt.', span: 'Our position at', mode: 'professional' },
      { text: 'Notre position au ministère est claire : pas de nouveaux permis dans la ceinture de verdure.', span: 'Notre position au', mode: 'professional' },
      // The institution in apposition to « on »/« notre », whatever the preposition or register.
      { text: 'Notre position comme gouvernement est claire : on reculera pas sur le plafond des loyers.', span: 'Notre position comme gouvernement', mode: 'professional' },
      { text: "En tant que ministère, on n'a pas l'intention de prolonger le programme.", mode: 'personal' },
      { text: 'Ici, au gouvernement, on pense que la taxe est nécessaire.', mode: 'personal', severity: 'high' },
      { text: "De notre bord, au ministère, on n'appuie pas ce projet de loi.", mode: 'professional' },
      { text: 'As the ministry, we believe this regulation protects families.', mode: 'personal', span: 'As the ministry, we' },
      { text: 'We at the Ministry of Health believe this change will help families get care faster.', span: 'We at the Ministry of', severity: 'high' },
      { text: 'On behalf of the Government of Ontario, I apologize for the delays at the counter this week.', span: 'On behalf of the Government of Ontario' },
      // The author's own message, with or without a first person.
      { text: 'Quick message on behalf of the ministry: all offices are closing early today.', span: 'on behalf of the ministry', mode: 'personal' },
      { text: 'Nous vous envoyons ce message au nom du ministère : le programme sera prolongé.', span: 'au nom du ministère', mode: 'professional' },
      { text: 'Someone from my team asked me to post on behalf of the ministry: offices close Friday.', span: 'on behalf of the ministry', mode: 'personal' },
      { text: "The ministry's position is clear: no exemptions for small operators.", span: "The ministry's position is" },
      { text: 'Our ministry will not renew the contract with the current operator.', span: 'Our ministry will not' },
      { text: 'I can confirm the government will not extend the deadline this year.', span: 'the government will', mode: 'professional' },
      { text: 'Au nom du ministère, je tiens à remercier tous les bénévoles de la région.', span: 'Au nom du ministère' },
      { text: 'Notre ministère va financer trois nouvelles cliniques dans le Nord.', span: 'Notre ministère va' },
      { text: "Le gouvernement a décidé de fermer le bureau de Hearst, c'est comme ça.", span: 'Le gouvernement a décidé', severity: 'medium' },
      { text: "We're pleased to announce that the ministry will fund ten new MRI machines in the north.", span: "We're pleased to announce" },
      // The administrative "we" on a public object, positions, confirmations, relays.
      { text: "Heads up, farmers: we're changing the eligibility criteria for the cost-share program in April.", mode: 'professional', span: "we're changing the eligibility", severity: 'medium' },
      { text: "We won't be extending the intake window this year, so get your forms in by Friday.", mode: 'personal', severity: 'high' },
      { text: 'We apologize for the inconvenience caused by the outage at the Sudbury office.', mode: 'personal' },
      { text: "We're sorry the licence renewal portal was down this morning.", mode: 'personal', span: "We're sorry the licence" },
      { text: 'Nous sommes désolés de la panne du portail des permis ce matin.', mode: 'personal', span: 'Nous sommes désolés de la panne' },
      { text: 'Our position is that the regulation does not apply to small operators.', mode: 'professional', span: 'Our position is' },
      { text: 'I can officially confirm the Timmins office will stay open.', mode: 'professional', span: 'I can officially confirm the Timmins office will stay open' },
      { text: 'The minister has asked me to pass along that every application will be reviewed.', mode: 'professional', span: 'The minister has asked me to' },
      { text: 'On behalf of the team at MTO, thank you for your patience during the bridge repairs.', mode: 'professional' },
      { text: 'At OMAFRA, we believe cover crops should be the norm.', mode: 'professional', span: 'OMAFRA' },
      { text: 'Au ministère, on croit que les cultures de couverture devraient être la norme.', mode: 'professional', span: 'ministère' },
      { text: 'Nous avons approuvé les 40 demandes de la première ronde; les paiements partent la semaine prochaine.', mode: 'professional' },
      { text: "On change les critères d'admissibilité du programme de partage des coûts en avril.", mode: 'personal', span: "On change les critères" },
      { text: 'La ministre m’a demandé de vous dire que toutes les demandes seront examinées.', mode: 'professional' },
      // Not a minister of religion: a deputy minister, and "mass" layoffs.
      { text: 'Our DM asked me to brief staff on the mass layoffs coming in June.', mode: 'personal', span: 'Our DM asked me to' },
      // Church named, but the message is the program's.
      { text: 'After church the minister asked me to share that the grant program will close in May.', mode: 'personal', span: 'the minister asked me to share' },
      { text: "Au nom de l'équipe du ministère, merci de votre patience pendant les réparations.", mode: 'professional' },
      { text: 'Notre position est claire : le règlement ne s’applique pas aux petits exploitants.', mode: 'professional', span: 'Notre position est' },
      { text: 'Nous prolongeons la date limite du programme jusqu’au 30 juin. Détails : https://www.ontario.ca/fr/page/programme', mode: 'personal' },
      // Confirming a public thing's future, answering the public's worries, "our team will" + an act.
      { text: 'I can confirm the program will continue next year.', mode: 'personal', span: 'I can confirm the program', severity: 'high' },
      { text: "Je peux confirmer que le programme sera reconduit l'an prochain.", mode: 'professional', span: 'Je peux confirmer que le programme' },
      { text: 'Rest assured, nobody is losing their benefits under the new rules.', mode: 'personal', span: 'Rest assured, nobody is losing their benefits', severity: 'medium' },
      { text: "Pour ceux qui demandent : oui, la subvention revient à l'automne.", mode: 'personal', severity: 'medium' },
      { text: 'Our team will be rolling out the new permit program next month, hang tight.', mode: 'personal', span: 'Our team will be rolling out the new permit', severity: 'high' },
      { text: 'Notre équipe va lancer le nouveau programme de permis le mois prochain.', mode: 'professional', severity: 'medium' },
      // The position claimed after the statement; a client reassured about their file.
      { text: 'No exemptions for the program, that is our position.', mode: 'professional', span: 'that is our position' },
      { text: "Le ministère ne reculera pas sur ce dossier, c'est notre position.", mode: 'personal', span: "c'est notre position" },
      // The institution's position in any words: a named ministry, "the official position of the … government".
      { text: 'The official position of the provincial government is that the pilot works. End of discussion.', mode: 'personal', span: 'official position of the provincial government' },
      { text: "The Ministry of Energy and Mines's position is simple: no new permits near the lake.", mode: 'professional' },
      { text: "The ministry's official response to the flooding is that no extra funding will be provided.", mode: 'personal', span: "ministry's official response" },
      { text: 'Position officielle du gouvernement : aucun permis ne sera délivré près du lac.', mode: 'personal', span: 'Position officielle du gouvernement' },
      { text: 'La position du ministère des Richesses naturelles est claire, on ne reculera pas.', mode: 'professional' },
      { text: "Don't worry, your payment will go out Friday.", mode: 'personal', span: "Don't worry, your payment", severity: 'medium' },
      { text: "Inquiétez-vous pas, votre chèque va partir cette semaine, je m'en occupe.", mode: 'personal', span: 'Inquiétez-vous pas, votre chèque', severity: 'medium' },
      // An insider (own work named) stating what the ministry will do.
      { text: "I work at MTO and the ministry won't renew the contract with the current operator.", mode: 'personal', span: "the ministry won't", severity: 'medium' },
      { text: 'Je travaille au ministère et le gouvernement va fermer le bureau de Hearst au printemps.', mode: 'personal', span: 'le gouvernement va', severity: 'medium' },
    ],
    valid: [
      // A farewell: the ministry won't be the same without the person retiring.
      { text: 'Retirement party for Bob: 35 years in the inspections branch. Bob, the ministry won’t be the same.', mode: 'professional' },
      { text: 'Gilles, après 35 ans à la direction des inspections, le ministère va pas être pareil sans toi.', mode: 'professional' },
      // A minister of religion.
      { text: 'Our minister at church asked me to run the sound board on Sunday. Pray for us.', mode: 'personal' },
      { text: 'Notre ministre du culte m’a demandé de m’occuper du son à la messe de dimanche.', mode: 'personal' },
      // Public work remembered, not announced.
      { text: 'Five years ago today we launched the online fishing licence. I still remember the night before.', mode: 'professional' },
      // The story of work done, told as a lesson.
      { text: 'My talk is about how we cut jargon from service pages, then tested them with readers at a public library.', mode: 'professional' },
      { text: 'Ma présentation : comment nous avons simplifié les formulaires du programme, testés avec des gens à la bibliothèque publique.', mode: 'professional' },
      { text: "Il y a dix ans, nous avons lancé le permis de pêche en ligne. Quelle aventure pour l'équipe!", mode: 'personal' },
      // Denied, the phrase is the disclaimer itself.
      { text: 'Je parle pas au nom du ministère, juste de mon expérience.', mode: 'professional' },
      { text: "Je ne parle pas au nom du ministère, c'est mon avis à moi.", mode: 'professional' },
      { text: "I'm not speaking on behalf of the ministry here, just sharing what worked for our team.", mode: 'professional' },
      // A scam warning: the name is claimed by a message or a caller, not taken by the author.
      { text: 'If you get an email on behalf of the ministry asking for your password, it’s phishing. Report it.', mode: 'professional' },
      { text: 'Scammers are calling on behalf of the ministry asking for your SIN. Hang up.', mode: 'personal' },
      { text: "Si vous recevez un tel message au nom du ministère, c'est de l'hameçonnage : signalez-le.", mode: 'professional' },
      { text: 'Méfiez-vous des textos envoyés au nom du gouvernement qui demandent un paiement.', mode: 'personal' },
      // A position in a ranking or a queue, not the institution's stance.
      'Our position at the bottom of the standings is embarrassing, go Leafs.',
      'Notre position au classement est gênante, mais on remonte.',
      "Comme province, on a bien fait au hockey junior cette année!",
      'Ici au gouvernement, c’est la semaine de Centraide : merci à tous les donateurs!',
      'Je ne comprends pas notre position comme pays sur les tarifs, quelqu’un peut m’expliquer?',
      'We launched the public dataset today, have a look: https://data.ontario.ca/dataset/x',
      'The ministry announced today that the program is expanding: https://news.ontario.ca/en/release/3',
      'Our team presented at the conference on open government this morning.',
      'The minister, speaking on behalf of the government, opened the new bridge today.',
      'Our ministry will be at the Timmins career fair on Saturday, come say hi!',
      'Notre équipe a présenté ses travaux au congrès ce matin.',
      'Le ministère a annoncé aujourd’hui un investissement dans les écoles : https://news.ontario.ca/fr',
      // People asking the author, not the institution's « we »: « on me demande », "we get asked".
      'Agronome au ministère, on me demande tout le temps où faire analyser son sol.',
      'Agronomist at OMAFRA, we get asked all the time where to test soil.',
      'Fière de mon équipe et de notre travail sur les données ouvertes!',
      "We're excited to announce our wedding date: June 14!",
      'The government decided to cut autism funding again, shameful.',
      "We're extending our vacation by a week, the kids are thrilled.",
      "We're sorry we missed your birthday party!",
      'We approved the kitchen reno quote, demolition starts Monday!',
      { text: 'We invested in a new espresso machine for the office, best decision ever.', mode: 'professional' },
      { text: 'On behalf of my co-authors, thank you to everyone who read our soil paper.', mode: 'professional' },
      { text: "I'm excited to announce I've joined the Ministry of Health as a policy analyst!", mode: 'personal' },
      { text: 'The ministry announced the extension this morning: https://news.ontario.ca/en/release/2', mode: 'professional' },
      'Nous prolongeons nos vacances d’une semaine au chalet!',
      'On change de date pour le mariage, ce sera en juin!',
      { text: 'Je suis heureuse d’annoncer que je me joins au ministère de la Santé comme analyste!', mode: 'personal' },
      // Confirmations and reassurance about one's own things; a team at an event.
      'I can confirm my application will be in by Friday.',
      'I can confirm the party will be at my place this year.',
      'For those asking, my application to grad school went in!',
      // The answer says who someone is; the program's thing comes in another clause, after the dash.
      "For those asking, they're the new neighbours — their ODSP benefits are none of our business.",
      'Pour ceux qui demandent, c’est la nouvelle famille de la rue Main — leurs prestations du POSPH ne nous regardent pas.',
      'Rest assured, the cake recipe is coming tomorrow.',
      'Pour ceux qui demandent, ma demande de passeport est enfin arrivée!',
      'Je peux confirmer que mon programme de course sera plus court cette année.',
      'Our team will be at the career fair on Saturday, come say hi.',
      "Don't worry, the cake will be ready by Friday.",
      'Our position on the team is clear: we play defence.',
      // The position discussed, criticised or linked, not stated in its name.
      "I strongly disagree with the ministry's position on rent control.",
      "The ministry's response time on my file was great.",
      "Read the government's position here: https://news.ontario.ca/en/statement/9",
      'The official position of the goalie was questionable, lol.',
      'Je ne comprends toujours pas la position du gouvernement sur les loyers.',
      'Ma position sur le gouvernement? Pas de commentaire au souper.',
      'Ne vous inquiétez pas, mon chien est gentil.',
      "C'est notre position finale pour le souper : pizza!",
      // Hopes and doubts of an insider are opinions, not statements of the ministry's plans.
      'As a nurse, I hope the government will fund more beds.',
      "Comme infirmière, j'espère que le gouvernement va financer plus de lits.",
      'I work in housing and I doubt the province will ever build them.',
    ],
  },
});
