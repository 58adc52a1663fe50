// Hints about government decisions, funding or announcements that are not public yet: an explicit
// secret ("you didn't hear it from me", "entre nous"), an insider source ("word is the ministry
// will…", "mon directeur a dit") or a teaser ("big news coming for transit 😉"). A hint alone is
// not enough ("big news, we're expecting a baby!"): it must bear on a government or work matter,
// in the sentence or the one before. Official accounts legitimately tease scheduled announcements,
// so there it is only a tip (leaks of unannounced decisions: guidelines §1.7 #11).
import { Lru, onClearCache } from '../../cache.js';
import { defineRule } from '../../define-rule.js';
import { makeUnit, plainBefore } from '../../text/unit.js';
import { keyPieces, lexicon, lexiconBody, withPieces, WORD_START } from '../../match.js';
import type { Hit, Localized, Span, Unit } from '../../types.js';
import * as en from '../../lexicons/en/confidential-hints.js';
import * as fr from '../../lexicons/fr/confidential-hints.js';
import { GOV_OBJECTS_EN, SECTORS_EN, WORK_OBJECTS_EN } from '../../lexicons/en/confidential-context.js';
import { GOV_OBJECTS_FR, SECTORS_FR, WORK_OBJECTS_FR } from '../../lexicons/fr/confidential-context.js';
import { PRIVATE_CONTACT } from '../conflict-of-interest/context.js';
import { READER_POSSESSIVES_EN } from '../../lexicons/en/people.js';
import { READER_POSSESSIVES_FR } from '../../lexicons/fr/people.js';
import { governmentFuture, outcome } from '../speaking-for-government/commitment.js';
import { adviceBefore, fictionCue, firstOutside, GatedPatterns, hasUrl, inUnitOrBefore, publicCue, quotedQuestion, spans, test, trainingCue, conditionalAdvice } from './context.js';

type Tier = 'unreleased' | 'secret' | 'rumour' | 'tease';

const SECRECY = lexicon([...en.SECRECY_HINTS_EN, ...fr.SECRECY_HINTS_FR]);
const UNRELEASED = lexicon([...en.UNRELEASED_HINTS_EN, ...fr.UNRELEASED_HINTS_FR]);
// "Nobody outside knows yet", « personne le sait encore ».
const NOBODY_KNOWS = /\b(?:nobody|no one|no-one|personne)\s{1,3}(?:[a-z']{1,15}\s{1,3}){0,2}(?:knows|le sait|sait|ne le sait|le sait pas)\s{1,3}(?:yet|encore)\b/g;
// Who may know, said instead of "yet": "nobody's supposed to know", "no one outside our unit knows",
// « personne est censé le savoir », « personne en dehors de la direction le sait ». The secret is
// stated by its audience; like NOBODY_KNOWS it still needs a government or work matter.
const NOBODY_SUPPOSED =
  /\b(?:nobody|no one|no-one)(?:'s|\s(?:is|was|'s))?\s(?:(?:really|even|technically|officially|actually)\s)?(?:supposed|meant|allowed)\sto\s(?:know|hear|see|find\sout)\b|\b(?:nobody|no one|no-one)\s(?:outside|beyond)\s(?:of\s)?(?:the|our|my|this)\s(?:[a-z'-]{1,20}\s){0,2}?(?:knows|knew|has\sseen|has\sheard|is\saware|is\sin\sthe\sloop)\b|\bpersonne\s(?:n'est|est|n'etait|etait)\s(?:(?:vraiment|encore|officiellement)\s)?(?:cense|censee|censes|suppose|supposee|supposes)\s(?:le\ssavoir|savoir|etre\sau\scourant|en\sparler)\b|\bpersonne\s(?:en\sdehors|a\sl'exterieur|hors)\s(?:de\s|du\s|des\s)(?:l'|la\s|le\s|notre\s|nos\s|mon\s|ma\s)?(?:[a-z'-]{1,20}\s){0,2}?(?:(?:ne\s)?le\ssait|sait|(?:n'est|est)\sau\scourant)\b/g;
// "the minister's announcement for next week", « l'annonce de jeudi »: an announcement still to come, seen from inside.
const UPCOMING_ANNOUNCEMENT =
  /\b(?:announcement|news release|press release|speech|remarks|backgrounder|media lines|annonce|communique|discours|allocution)\s{1,3}(?:for|of|on|de|du|pour|prevue?\s{1,3}(?:pour|le)|scheduled\s{1,3}for|planned\s{1,3}for)\s{1,3}(?:next\s{1,3}week|tomorrow|monday|tuesday|wednesday|thursday|friday|la\s{1,3}semaine\s{1,3}prochaine|demain|lundi|mardi|mercredi|jeudi|vendredi)\b|\b(?:next\s{1,3}week's|tomorrow's|monday's|tuesday's|wednesday's|thursday's|friday's)\s{1,3}(?:big\s{1,3})?(?:announcement|news release|press release|speech|funding announcement)\b/g;
// The announcement given a date by its verb, in any tense: "the announcement drops after the
// holidays", "the release goes out Monday", « l'annonce sort juste après les fêtes », « l'annonce va
// tomber en janvier ». Knowing when a decision will be made public is knowing it before the public;
// like a tease, it needs a government matter in the sentence or the one before.
const ANNOUNCEMENT_TIMED =
  /\b(?:the\s(?:official\s)?(?:announcement|news\srelease|press\srelease)|l'annonce(?:\sofficielle)?|le\scommunique)\s(?:drops|lands|comes\sout|goes\sout|is\scoming|will\scome|will\sbe\smade|is\sset\sfor|is\splanned\sfor|sort|sortira|va\ssortir|tombe|tombera|va\stomber|se\sfera|va\sse\sfaire|sera\sfaite|est\sprevue?|s'en\svient|arrive|arrivera)\s(?:(?:juste|right|only|pas)\s)?(?:after|before|next|on|in|this|tomorrow|monday|tuesday|wednesday|thursday|friday|apres|avant|demain|lundi|mardi|mercredi|jeudi|vendredi|la\ssemaine|le\smois|en|au|a\sla|cette|ce|bientot|soon)\b/g;
// Its publication still to come, said after a government decision: "Details to follow", "more details
// soon", "you'll see it formally soon", "hear it here first", "the official announcement is Tuesday",
// « les détails suivront », « l'annonce officielle est mardi ». Telling a decision before its
// announcement is telling it before the public, whoever the writer (blind3, blind5, blind6, blind7,
// blind9, blind10: one writer each).
const PENDING =
  /\b(?:(?:more\s|full\s|further\s)?details\s(?:to\s(?:follow|come)|(?:are\s|will\sbe\s)?coming(?:\ssoon)?|soon)|(?:you'll|you\swill)\ssee\sit\s(?:formally|officially|announced|made\sofficial)(?:\ssoon)?|hear\sit\shere\sfirst|(?:once|when|after)\s(?:it's|it\sis|it\sgets|it's\sbeen)\s(?:signed\soff|signed|official|announced|made\spublic)|the\sofficial\sannouncement\s(?:is|will\sbe|comes)\s(?:on\s)?(?:monday|tuesday|wednesday|thursday|friday|tomorrow|next\sweek|soon)|letters\sgo\sout\ssoon)\b|\b(?:les\sdetails\s(?:suivront|viendront|s'en\sviennent|a\svenir)|plus\sde\sdetails\s(?:bientot|a\svenir|sous\speu|suivront)|(?:vous\sle\sverrez|ca\ssera)\s(?:officiellement|officiel)(?:\sbientot)?|(?:quand|une\sfois\sque|des\sque)\s(?:ca\sva\setre|ce\ssera|ca\sera|c'est)\s(?:signe|officiel|annonce|public)|l'annonce\sofficielle\s(?:est|sera|va\setre)\s(?:lundi|mardi|mercredi|jeudi|vendredi|demain|la\ssemaine\sprochaine|bientot))\b/g;

// A report's findings told before its release: "The report drops Thursday at 10am but oh boy", « Le rapport de la
// vérificatrice générale sort mardi mais je vous le dis », « Les résultats sortent seulement en janvier, mais je peux
// vous dire que… ». The release still to come, then "but": what follows is the preview (blind21: three writers' posts).
const REPORT_PREVIEW =
  /\b(?:report|results|numbers|findings|audit|rapport|resultats|chiffres|donnees|constats)\s(?:[^.!?:]{0,50}?\s)?(?:drops|drop|comes\sout|come\sout|is\sout|lands|goes\spublic|is\sreleased|gets\sreleased|will\sbe\sreleased|sort|sortent|sortira|sortiront|est\spublie|sera\spublie|sera\srendu\spublic)\s(?:[^.!?]{0,40}?\s)?(?:but|mais|and|et)\b/g;

// …then what the writer has seen: "oh boy", "I can tell you", « je vous le dis », « je peux vous dire », or a verdict on
// it ("…and it's... spicy", « et c'est pas beau »).
const PREVIEW_TOLD =
  /^\s*(?:,\s*)?(?:oh\s(?:boy|man|my)|yikes|wow|i\scan\s(?:already\s)?tell\syou|i'll\stell\syou|let\sme\stell\syou|trust\sme|let's\sjust\ssay|brace\syourselves|je\s(?:vous|te)\sle\sdis|je\speux\s(?:deja\s)?(?:vous|te)\sdire|laissez-moi\svous\sdire|croyez-moi|disons\sque|preparez-vous|attachez\svos\stuques|(?:it's|it\sis|it'll\sbe|it's\sgonna\sbe|c'est|ca\sva\setre)[\s.\u2026]{1,6}(?:spicy|brutal|ugly|rough|damning|juicy|explosive|a\sdoozy|not\spretty|wild|epice|pas\sbeau|pas\sjoli|accablant|explosif|rough|salé))(?![\p{L}])/u;

/** A report's findings previewed before its release, by someone who has seen them. */
function previewHits(unit: Unit): Hit[] {
  for (const m of GATED.spans(REPORT_PREVIEW, unit.plain)) {
    // "my kid's report card comes out Friday but…": a school report, no one's secret.
    if (/^report\scard/.test(unit.plain.slice(m.start, m.start + 11)) || !PREVIEW_TOLD.test(unit.plain.slice(m.end, m.end + 40))) continue;
    if (hasUrl(unit)) return [];
    return [{ start: m.start, end: m.end }];
  }
  return [];
}

// Numbers or results told before they go out, or before those they concern are told: "…unemployment up to 8.9% in
// the figures we got this morning. Official release Friday.", « la municipalité sera avisée demain matin ».
const RELEASE_LATER =
  /\b(?:(?:the\s)?official\s(?:release|publication|numbers)\s(?:is\s|comes\s(?:out\s)?|goes\sout\s)?(?:on\s)?|(?:will\sbe|gets|get|are\sbeing|is\sbeing)\s(?:notified|told|informed|advised)\s|(?:la\s)?(?:publication|diffusion)\sofficielle\s(?:est\s|sera\s)?|(?:sera|seront|va\setre|vont\setre)\s(?:avisee?s?|informee?s?|prevenue?s?)\s)(?:tomorrow|tonight|monday|tuesday|wednesday|thursday|friday|next\sweek|demain|ce\ssoir|lundi|mardi|mercredi|jeudi|vendredi|la\ssemaine\sprochaine)\b/g;
const FIGURES = /\d\s?(?:%|per\s?cent|pour\s?cent)|\b(?:results|numbers|figures|data|resultats|chiffres|donnees)\b/;

function releaseLaterHits(unit: Unit, before: string): Hit[] {
  const m = GATED.spans(RELEASE_LATER, unit.plain)[0];
  if (!m || hasUrl(unit) || publicCue(unit)) return [];
  if (!FIGURES.test(unit.plain) && !FIGURES.test(before)) return [];
  return [{ start: m.start, end: m.end, message: MESSAGES.secret }];
}

/** A government outcome ("the ministry will fund…") beside its publication still to come. */
function pendingHits(unit: Unit, before: string): Hit[] {
  const m = GATED.spans(PENDING, unit.plain)[0];
  if (!m || hasUrl(unit)) return [];
  const rest = unit.plain.slice(0, m.start) + ' '.repeat(m.end - m.start) + unit.plain.slice(m.end);
  // "As announced this morning, … details to follow": public already ("more details" itself is a public cue, so it is blanked).
  if (publicCue(makeUnit(rest, unit.locale, unit.before))) return [];
  if (!governmentFuture(rest) && !(before && governmentFuture(before))) return [];
  return [{ start: m.start, end: m.end, message: MESSAGES.plan }];
}
// A tip-off told as precaution: advice to hold off, hold on, sell, avoid or get rid of something, set
// against a time still to come, addressed to a group and winked at ("if you farm near Guelph, hold
// off … until after the 15th 😉", « si j'étais vous, je vendrais pas … cette année 😉 », « les chums
// qui revenez du bar vendredi soir … soyez sages 😉 »). The event behind it is never named: knowing
// it is the inside information (corpus, blind9, blind10: one writer each).
const ADDRESS =
  /\bif\s(?:you|your\s[a-z'-]{2,15})\b|\bif\si\swere\syou\b|\bheads\sup\b|\b(?:anyone|folks|people|everyone)\s(?:in|on|at|near|around|from|who|[a-z]{2,15}ing)\b|\bsi\s(?:vous|tu|t'|ton|ta|votre|vos)\b|\bsi\sj'etais\s(?:vous|toi)\b|\b(?:les|mes|aux)\s[a-z'-]{2,15}\squi\s|\b(?:ceux|celles)\squi\b|\ble\smonde\sde\b|\bavis\saux\b/;
const PRECAUTION =
  /\b(?:hold\soff|hold\sonto|hang\sonto|hold\son\sto|(?:maybe\s)?wait\s(?:until|till|til)|i'd\s(?:wait|sell|start|hold|avoid|skip|stay|get\sout)|i\swould\s(?:wait|sell|start|hold|avoid|skip)|(?:don't|do\snot|wouldn't|would\snot)\s(?:buy|sell|sign|book|renew|commit)|start\s(?:looking|googling|packing|saving)|update\syour\s(?:resume|cv)|stock\sup|steer\sclear|stay\saway|flush|get\srid\sof|take\s(?:the\s\d{1,3}|another\sroute|a\sdifferent\sroute))\b|\b(?:attendez|patientez|gardez\svotre\sargent|(?:je\s)?(?:vendrais|acheterais|signerais)\s(?:pas|rien)|(?:ne\s)?(?:vendez|achetez|signez)\spas|surveillez\s(?:les\snouvelles|vos|la|le|les)|evitez|prenez\s(?:un\sautre|une\sautre|la\s\d{1,3})|soyez\s(?:sages|prudents|prudentes|prudent)|commencez\sa\s(?:chercher|magasiner)|debarrassez-vous|videz)\b/g;
// "maybe wait til after March", « attendez peut-être janvier »: the month itself, right after the wait.
const LATER =
  /\b(?:wait|attendez|attends)\s(?:(?:maybe|peut-etre)\s)?(?:(?:en|until|till|til)\s)?(?:january|february|march|april|may|june|july|august|september|october|november|december|janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre)\b|\b(?:before|until|till|til|after)\s(?:after\s)?(?:the\s\d|\d|monday|tuesday|wednesday|thursday|friday|saturday|sunday|next|this|tonight|tomorrow|january|february|march|april|may|june|july|august|september|october|november|december|spring|summer|fall|winter|the\sholidays|the\sbudget)|\b(?:tonight|tomorrow|this\sweekend|this\syear|next\s(?:week|month|year|spring|summer|fall|winter|monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b|\b(?:avant|jusqu'a|jusqu'apres|apres)\s(?:le\s\d|\d|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|la\ssemaine|le\smois|janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre|l'ete|l'hiver|l'automne|le\sprintemps|les\sfetes|le\sbudget)|\b(?:ce\ssoir|demain|cette\sannee|cette\sfin\sde\ssemaine|ce\sweek-end|la\ssemaine\sprochaine|le\smois\sprochain|l'an\sprochain|l'annee\sprochaine|(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s(?:soir|matin|prochain))\b/;

function precautionHits(unit: Unit, before: string): Hit[] {
  const p = unit.plain;
  const m = GATED.spans(PRECAUTION, p)[0];
  if (!m) return [];
  if (!LATER.test(p) && !LATER.test(before)) return [];
  // The reason is kept back: a wink or a hand on the mouth, or a secret said in words. Without it, "if
  // you're on the 401 tonight, take another route" is a neighbour's advice about a crash anyone can see.
  const winked = test(EMOJI_TEASE, p) || test(EMOJI_SECRET, p) || test(EMOJI_TEASE, before) || test(EMOJI_SECRET, before)
    || test(SECRECY, p) || test(SECRECY, before);
  if (!winked || (!ADDRESS.test(p) && !ADDRESS.test(before))) return [];
  if (publicCue(unit) || hasUrl(unit) || test(COMMERCE, p) || OWN_BUSINESS.test(p)) return [];
  return [{ start: m.start, end: m.end }];
}
const RUMOUR = lexicon([...en.RUMOUR_HINTS_EN, ...fr.RUMOUR_HINTS_FR]);
const VOUCH = lexicon([...en.INSIDER_VOUCH_EN, ...fr.INSIDER_VOUCH_FR]);
const NEGATION = /(?<![\p{L}])(?:not|never|no\slonger|pas|jamais|plus)(?![\p{L}])|n't/u;
/** "…the ministry WILL extend the bursary deadline to March 31. I work there": the author vouches, from inside,
 * for a government outcome still to come, here or in the sentence before. Not for a denial ("the ministry is NOT
 * cancelling the hunt. I work there"), which answers a rumour rather than starting one. */
function vouchedOutcome(s: string, before: string): boolean {
  return [s, before].some((t) => t !== '' && outcome(t) && !NEGATION.test(t));
}
// Heard at any internal meeting, whatever its name: "heard in a directors' meeting", "learned at this
// morning's branch huddle", « entendu en réunion de direction », « appris lors d'une séance d'information ».
const HEARD_AT_MEETING =
  /\b(?:heard|learned|found out|was told|were told|got told)\s(?:it\s|this\s|that\s)?(?:in|at|during|after)\s(?:a|an|the|our|my|today's|yesterday's|this\smorning's)\s(?:[a-z'-]{1,20}\s)??(?:[a-z'-]{1,20}\s)??(?:meeting|briefing|town\shall|all-staff|huddle|debrief|retreat)\b|\b(?:entendu|appris|su)\s(?:ca\s|cela\s)?(?:en|a\sla|a\sune|au|lors\sd'une|lors\sde\sla|pendant\sla|pendant\sune)\s(?:reunion|rencontre|seance|assemblee|breffage|retraite)\b/g;
// "Nothing announced yet", "none of it is official yet", « rien d'officiel encore », « rien d'annoncé pour l'instant ».
const NOT_YET_PUBLIC =
  /\b(?:nothing|none\s{1,3}of\s{1,3}(?:it|this|that))(?:'s|\s{1,3}is|\s{1,3}has\s{1,3}been)?\s{1,3}(?:officially\s{1,3})?(?:announced|official|public|released|out)\s{1,3}yet\b|\brien\s{1,3}(?:n'est\s{1,3}|n'a\s{1,3}ete\s{1,3})?(?:d'|de\s{1,3})?(?:officiel|annonce|public)\s{1,3}(?:encore|pour\s{1,3}l'instant|pour\s{1,3}le\s{1,3}moment|a\s{1,3}date)\b/g;
// Plans made out of sight, in any words: "quietly planning to cut…", "in the works", "about to announce
// layoffs", « le ministère s'apprête à fermer », « en catimini ». A secret when it bears on government work.
const INSIDE_PLANS =
  /\b(?:quietly|secretly|behind\sclosed\sdoors|behind\sthe\sscenes)\s(?:planning|preparing|working\son|looking\sat|drafting|considering|moving)\b|\b(?:in\sthe\sworks|in\sthe\spipeline)\b|\b(?:is|are)\s(?:about|set|getting\sready)\sto\s(?:announce|cut|close|cancel|merge|end|scrap|shut)\b|\bs'appret(?:e|ent)\sa\b|\ben\s(?:douce|catimini|coulisses)\b/g;
// A decision already taken out of sight, which says its own claim: "getting quietly shelved", « discrètement tabletté ».
const QUIET_DROP =
  /\b(?:quietly|secretly)\s(?:being\s|getting\s|been\s)?(?:shelved|cancell?ed|killed|scrapped|dropped|axed|paused|mothballed|shut\sdown|wound\sdown)\b|\bdiscretement\s(?:tablette|annule|abandonne|ferme|mis\sde\scote)e?s?\b/g;
// A rumour placed at work, in any words: "rumour at the office", "word around the branch", « la rumeur au bureau ».
const RUMOUR_AT_WORK =
  /\b(?:rumou?rs?|word|buzz|gossip|talk|chatter)\s(?:at|around|in)\s(?:the\s|our\s|my\s)?(?:office|work|branch|ministry|building|floor|unit|division)\b|\b(?:la\s)?rumeurs?\s(?:au|a\sla|dans\sle|dans\sla)\s(?:bureau|job|travail|ministere|direction|division)\b/g;
// News teased by its size ("big news for…", « grosse nouvelle pour… ») needs a government matter, as every tease does.
const BIG_NEWS = /\b(?:big|huge|major|exciting)\s{1,3}(?:news|announcement)\b|\b(?:grosse|grosses|grande|grandes)\s{1,3}(?:nouvelles?|annonces?)\b/g;
const TEASE = lexicon([...en.TEASE_HINTS_EN, ...fr.TEASE_HINTS_FR]);
const LAUNCHED = /\b(?:new|launched|now\slive|now\savailable|nouveau|nouvelle|nouveaux|nouvelles|lance|lancee|en\sligne|disponible)\b/;
// The reaction to an outcome foretold by someone who knows it: "Option C is going to surprise a lot of
// people in Sudbury", « la décision va faire jaser bien du monde ». A tease, so it needs a government matter.
const FORETOLD_REACTION =
  /\b(?:going\sto|gonna|will|'ll)\s(?:really\s|definitely\s)?(?:surprise|shock|upset|blindside|anger|stun|disappoint|floor|rattle)\s(?:(?:a\slot\sof|lots\sof|many|some|a\sfew|plenty\sof|quite\sa\sfew|a\sbunch\sof|a\slot\sof\sour)\s)?(?:people|folks|everyone|communities|staff|towns|families|municipalities|stakeholders)\b|\b(?:va|vont|risque\sde|risquent\sde)\s(?:surprendre|choquer|facher|decevoir|ebranler|faire\sjaser|faire\sparler|faire\sreagir|brasser)\s(?:(?:bien|beaucoup|pas\smal|plein)\s(?:du|de)\s|plusieurs\s|les\s)?(?:monde|gens|personnes|communautes|familles|municipalites|employes)\b/g;
// "not supposed to" + "talk about it", « je suis pas censée » + « en parler »: matched as two parts.
const SECRECY_MODALS = lexicon([...en.SECRECY_MODALS_EN, ...fr.SECRECY_MODALS_FR]);
const SECRECY_VERBS = lexicon([...en.SECRECY_VERBS_EN, ...fr.SECRECY_VERBS_FR]);
const NOT_SECRECY_AFTER = lexicon([...en.NOT_SECRECY_AFTER_EN, ...fr.NOT_SECRECY_AFTER_FR]);
const BETWEEN_MODAL_AND_VERB = /^\s{1,4}(?:(?:really|even|actually|officially|publicly|yet|vraiment|trop|encore|officiellement|publiquement|rien)\s{1,4})?$/;
const ACT_NOW = lexicon([...en.ACT_NOW_EN, ...fr.ACT_NOW_FR]);
const CHANGE_COMING = lexicon([...en.CHANGE_COMING_EN, ...fr.CHANGE_COMING_FR]);
const COMMERCE = lexicon([...en.COMMERCE_CUES_EN, ...fr.COMMERCE_CUES_FR]);
const VOICE = lexicon([...en.INSIDER_VOICE_EN, ...fr.INSIDER_VOICE_FR]);
const PROMISE = lexicon([...en.PROMISE_CUES_EN, ...fr.PROMISE_CUES_FR]);
const ROUTINE = lexicon([...en.ROUTINE_NOTICES_EN, ...fr.ROUTINE_NOTICES_FR]);
const ROUTINE_PUBLICATION = lexicon([...en.ROUTINE_PUBLICATION_EN, ...fr.ROUTINE_PUBLICATION_FR]);
const REPORT_NOUN = /^(?:report|reports|rapport|rapports)$/;
const AGENCY = lexicon([...en.PERSONAL_AGENCY_EN, ...fr.PERSONAL_AGENCY_FR]);
const PLAN_ACTION = lexicon([...en.PLAN_ACTIONS_EN, ...fr.PLAN_ACTIONS_FR]);
const TIMEFRAME = lexicon([...en.PLAN_TIMEFRAMES_EN, ...fr.PLAN_TIMEFRAMES_FR]);
// "My manager asked us not to share this", « ma gestionnaire nous a demandé de pas en parler ».
const ASKED_NOT_TO_SHARE =
  /\b(?:asked|told|begged|reminded|warned)\s{1,3}(?:us|me|everyone|staff|the team|all of us)\s{1,3}(?:not\s{1,3}to|to\s{1,3}not|never\s{1,3}to)\s{1,3}(?:share|say|tell|post|talk|mention|discuss|leak|repeat)\b|\b(?:asked|told)\s{1,3}(?:us|me|everyone|staff|the team)\s{1,3}to\s{1,3}keep\s{1,3}(?:it|this|that)\s{1,3}(?:quiet|confidential|secret|between\s{1,3}us|under\s{1,3}wraps|to\s{1,3}ourselves)\b|\b(?:nous|m'|leur|vous)\s{0,2}a\s{1,3}(?:demande|dit)\s{1,3}de\s{1,3}(?:ne\s{1,3})?pas\s{1,3}(?:en\s{1,3}parler|le\s{1,3}dire|le\s{1,3}partager|partager|le\s{1,3}publier|publier|le\s{1,3}repeter|en\s{1,3}glisser)|\b(?:nous|m'|leur)\s{0,2}a\s{1,3}demande\s{1,3}de\s{1,3}garder\s{1,3}(?:ca|cela|le\s{1,3}tout)\s{1,3}(?:pour\s{1,3}nous|confidentiel|secret)/g;
/** "we", « nous », « on »: the institution's voice only when the institution is named nearby. */
const WE = /(?<![\p{L}'])(?:we|we're|we'll|we are|we will|nous)(?![\p{L}'])/gu;
// French « on » is a "we" only in a French sentence: in English it is "speaking on a panel".
const WE_FR = /(?<![\p{L}'])(?:nous|on)(?![\p{L}'])/gu;
/** The whole string is one of `re`'s emoji. */
const whole = (re: RegExp): RegExp => new RegExp(`^(?:${re.source})$`, 'u');
// 🤫 🤐 say "secret"; 😉 😏 👀 and ;) only tease.
// 🤫 🤐 🫢 🤭: a finger or a hand on the mouth.
const EMOJI_SECRET = /\u{1F92B}|\u{1F910}|\u{1FAE2}|\u{1F92D}/gu;
const EMOJI_ONLY_SECRET = whole(EMOJI_SECRET);
// "No reason." standing alone after a hint: tongue in cheek.
const NO_REASON = /^[\s.…]*(?:no reason|for no reason|just because|pour rien|aucune raison)[\s.!…]*$/g;
// When a secret is set: a weekday ("until after Tuesday") or "the new rates".
const SECRET_WHEN =
  /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|until after|jusqu'apres)\b|\b(?:new|nouveaux|nouvelles|nouveau|nouvelle)\s{1,3}(?:[a-z-]+\s{1,3})?(?:rates?|taux|numbers|chiffres|rules|regles|fees|frais|amounts?|montants?)\b/;
const EMOJI_TEASE = /\u{1F609}|\u{1F60F}|\u{1F440}|;-?\)/gu;
const EMOJI_ONLY = whole(EMOJI_TEASE);
// "Spoiler: they're not." sets up a punchline about the present, not news to come.
const SPOILER_ONLY = /^(?:spoiler|spoiler alert|divulgacheur)$/;
// "Guess what: the man at the counter is my nephew's coach": a reveal told as a story about now, news
// to come only with a future, a specific or a policy action.
const REVEAL_ONLY = /^(?:guess what|devinez quoi|devine quoi)$/;
// A vote to be cast: "choose wisely on June 2 😉" winks at the ballot, not at an announcement.
const BALLOT = /\b(?:vote|votes|voting|ballot|polls|election day|choose wisely|votez|voter|scrutin|bulletin de vote|choisissez bien)\b|#onpoli|#onelxn/;
// The author's or a relative's business ("my husband's drywall company", « je lance ma firme »): a wink
// or "big news" there sells, as a promo code does.
const OWN_BUSINESS =
  /\b(?:my|his|her|mon|ma|son|sa)\s(?:[\p{L}'-]{1,20}\s){0,3}?(?:company|business|firm|shop|store|practice|compagnie|entreprise|firme|boutique|commerce)\b/u;
const GOV = lexicon([...GOV_OBJECTS_EN, ...GOV_OBJECTS_FR]);
const SECTOR = lexicon([...SECTORS_EN, ...SECTORS_FR]);
const WORK = lexicon([...WORK_OBJECTS_EN, ...WORK_OBJECTS_FR]);
const ACTION = lexicon([...en.POLICY_ACTIONS_EN, ...fr.POLICY_ACTIONS_FR]);
const FUTURE = lexicon([...en.FUTURE_MARKERS_EN, ...fr.FUTURE_MARKERS_FR]);
// A sentence about the rules themselves ("off-the-record chats are still covered by the oath").
const META = lexicon(['oath', 'serment', 'guidelines', 'lignes directrices', 'code of conduct', "code d'éthique", 'is a breach', 'est un manquement']);

const MESSAGES: Record<Exclude<Tier, 'unreleased'> | 'plan', Localized> = {
  secret: {
    en: 'This hints at work information that is not public yet. Even a hint ("can\'t say more", "between us") can reveal a decision before it is announced; your oath covers what you learn at work until it is made public.',
    fr: "Ce passage laisse entendre une information de travail qui n'est pas encore publique. Même une allusion (« je ne peux pas en dire plus », « entre nous ») peut révéler une décision avant son annonce; votre serment couvre ce que vous apprenez au travail tant que ce n'est pas rendu public.",
  },
  rumour: {
    en: 'This passes on what you heard at work about a government decision that is not public yet. Relaying it, even as a rumour, discloses information your oath asks you to keep.',
    fr: "Ce passage relaie ce que vous avez appris au travail sur une décision du gouvernement qui n'est pas encore publique. La relayer, même comme rumeur, divulgue une information que votre serment vous demande de garder pour vous.",
  },
  plan: {
    en: "This announces, in your institution's voice, a decision that does not look announced yet (funding, cuts, hiring, closures). Until the government announces it, it is confidential: wait for the announcement and share the link then.",
    fr: "Ce passage annonce, au nom de votre institution, une décision qui ne semble pas encore annoncée (financement, compressions, embauches, fermetures). Tant que le gouvernement ne l'a pas annoncée, elle est confidentielle : attendez l'annonce, puis partagez le lien.",
  },
  tease: {
    en: 'This teases a government announcement. Before it is public, hinting at what is coming can reveal a decision; wait for the announcement and share the link then.',
    fr: "Ce passage laisse présager une annonce du gouvernement. Avant qu'elle soit publique, y faire allusion peut révéler une décision; attendez l'annonce, puis partagez le lien.",
  },
};

// What a superior may tell staff about office social life, relayed freely.
const OFFICE_SOCIAL = lexicon([
  'potluck', 'potlucks', 'holiday party', 'christmas party', 'office party', 'staff party', 'team lunch', 'team dinner',
  'bbq', 'barbecue', 'picnic', 'baby shower', 'retirement party', 'farewell lunch', 'secret santa', 'team building',
  'team-building', 'softball', 'bowling', 'ugly sweater', 'casual friday', 'cake', 'pizza', 'donuts', 'coffee machine',
  'parking lot', 'party de noel', 'party de bureau', 'diner de noel', 'souper de noel', 'souper d\'equipe',
  'diner d\'equipe', 'pique-nique', 'epluchette', '5 a 7', 'cinq a sept', 'fete de depart', 'depart a la retraite',
  'echange de cadeaux', 'gateau', 'machine a cafe', 'cafeteria', 'cafetaria', 'food court', 'lunch special', 'menu du jour',
  'office fridge', 'the fridge', 'microwave', 'frigo du bureau', 'le frigo', 'micro-ondes',
]);

// "Our DM told us…", "word from my director:", "ma directrice nous a annoncé…", « mon directeur nous a
// glissé que… »: a superior relays something internal.
const SOURCE =
  /\b(?:word|news|a\s+heads[- ]up|heads[- ]up|a\s+tip)\s+(?:straight\s+)?from\s+(?:my|our|the)\s+(?:director|manager|boss|dm|adm|deputy|deputy minister|supervisor|exec|executives|executive director|senior management|leadership|leadership team|minister's office|chief of staff)\b|\b(?:my|our|the)\s+(?:director|manager|boss|dm|adm|deputy|deputy minister|supervisor|exec|executives|executive director|ed|vp|senior management|leadership|leadership team|minister's office|chief of staff)\s+(?:just\s+)?(?:said|says|told us|told me|told staff|told everyone|mentioned|announced|confirmed|shared|let slip|hinted|informed us|briefed us)\b|\b(?:mon|ma|notre|le|la|nos)\s+(?:directeur|directrice|gestionnaire|patron|patronne|boss|cheffe|chef|sous-ministre|sous-ministre adjoint|sous-ministre adjointe|sma|superviseur|superviseure|haute direction|equipe de direction|cabinet du ministre|directeur general|directrice generale)\s+(?:a dit|nous a dit|m'a dit|nous a annonce|a annonce|a confirme|nous a confirme|a mentionne|a laisse entendre|a laisse echapper|nous a informes|vient de nous dire|vient de nous annoncer|nous a glisse|m'a glisse|a glisse|nous a souffle|m'a souffle|a laisse savoir)\b/g;

/** "can't really get into", « je suis pas censée en parler »: a negated modal right before a verb of telling. */
// After a verb of telling: a whole kind of matter, in the plural ("active cases", "individual
// files", "policy debates", « des dossiers en cours »), named as what one does not discuss.
const STANDING_LIMIT =
  /^\s{0,3}(?:on|about|publicly on|publiquement|sur|les|des|de)?\s{0,3}(?:(?:any|active|ongoing|open|current|individual|specific|particular|pending|personal|client|hr|personnel|legal|policy|political|tous\s{1,3}les|toutes\s{1,3}les|les|des|de|nos|mes|aucun|aucune)\s{1,3}){0,3}(?:cases|files|bids|investigations|matters|claims|applications|litigation|lawsuits|appeals|complaints|clients|debates|politics|procurements|competitions|dossiers|cas|plaintes|enquetes|appels d'offres|litiges|demandes|debats|politique)(?![\p{L}])(?!\s{1,3}(?:about|on|sur)\b)/u;

const CAN_AND_CANT = /(?:can|could|peut|peuvent|pourrait)\s(?:and|or|et|ou)\s(?:ne\s)?$/;
// Whether someone will manage or something will work, asked of a person's own future ("if he'll", « si ça va »);
// "can't tell you if it's approved" keeps a decision back and stays a hint.
const UNSURE_IF =
  /^[\s,]*(?:(?:you|ya|u|them|him|her|us)\s+)?(?:if|si)\s+(?:he|she|they|i|we|you|ca|il|elle|ils|elles|on|je|j|tu|nous|vous)(?:['\u2019]ll|\s+will|\s+would|['\u2019]d|\s+can|\s+va|\s+vont|\s+pourra|\s+pourront|['\u2019]?\s*(?:vais|va))(?![\p{L}])/u;
function secrecyForms(s: string): Span[] {
  const out: Span[] = [];
  const verbs = spans(SECRECY_VERBS, s);
  for (const m of spans(SECRECY_MODALS, s)) {
    const v = verbs.find((x) => x.start > m.end && x.start <= m.end + 20 && BETWEEN_MODAL_AND_VERB.test(s.slice(m.end, x.start)));
    if (!v) continue;
    // "can't say enough good things", « je peux pas vous dire à quel point »: praise, not a secret; "can't tell
    // you if he'll manage", « je peux pas te dire si ça va marcher »: not knowing, not keeping back.
    const after = s.slice(v.end, v.end + 25);
    if (spans(NOT_SECRECY_AFTER, after).some((n) => /^[\s,]*$/.test(after.slice(0, n.start))) || UNSURE_IF.test(s.slice(v.end, v.end + 40))) continue;
    // "I won't comment on active cases", « je ne commente pas les dossiers en cours »: a standing
    // limit on a kind of matter, what the guidelines ask for, not a hint at one matter.
    if (STANDING_LIMIT.test(s.slice(v.end, v.end + 60))) continue;
    // "what the data can and can't tell us", « ce que les données peuvent et ne peuvent pas dire »: a limit of
    // what evidence shows, not something kept back.
    if (CAN_AND_CANT.test(s.slice(Math.max(0, m.start - 12), m.start))) continue;
    out.push({ start: m.start, end: v.end });
  }
  return out;
}

// "I said it internally, I'm saying it here", « je l'ai dit à l'interne »: the channel the author spoke
// in, not a source of inside news.
const RAISED_INSIDE = /\b(?:said|raised|flagged|voiced|mentioned|argued|said so|pushed back|dit|souleve|signale|mentionne|exprime|fait valoir|plaide)(?:\s(?:it|that|this|so|ca|cela|le|la))?\s*$|\b(?:je l'ai|je l'avais|j'ai|on l'a|i've|i have|i)\s(?:dit|souleve|signale|said|raised|flagged)\s*$/;

// "We've been told to sign off on files we'd have sent back", « on nous a dit de tout approuver »: an instruction
// the author received, not news relayed; one to keep quiet, to deny or to brace for what comes still relays news.
const INSTRUCTED_AFTER =
  /^\s(?:to|de|d')\s?(?!(?:keep|stay|not|deny|say|tell|share|talk|hold|wait|expect|prepare|brace|pack|plan|start|get|look|update|nier|garder|taire|rien|pas|ne|se|attendre|preparer|prevoir|commencer|chercher|faire\sattention)(?![\p{L}]))\p{L}/u;

// An imperative opening a sentence: the advice half of a tip-off.
const ACT_START =
  /^\s*(apply|renew|file|book|submit|register|sign up|buy|sell|lock in|faites|renouvelez|deposez|inscrivez-vous|achetez|vendez)(?![\p{L}])/u;

/** "Apply before June. After that the rules change": advice to act now beside a change still to come. */
function tipOffs(s: string, before: string): Span[] {
  if (!(test(CHANGE_COMING, s) || test(CHANGE_COMING, before))) return [];
  const act = spans(ACT_NOW, s);
  if (act.length) return act.slice(0, 1);
  // "Apply for the expansion grant now, while you still can", « Faites votre demande avant juin, tant que vous pouvez ».
  const m = ACT_START.exec(s);
  return m ? [{ start: m.index + m[0].length - m[1]!.length, end: m.index + m[0].length }] : [];
}

// « La moitié d'entre nous », « plusieurs d'entre vous », "split between us", "between us, we have 60
// years of experience": a share or a tally among a group, not "between you and me".
const PARTITIVE_BEFORE = /(?:\bd'|\bde\s|\b(?:split|shared|divided|divvied\s+up|split\s+up)\s+(?:it\s+|them\s+|the\s+[a-z-]{1,20}\s+)?)$/;
const TALLY_AFTER = /^\s*(?:,\s*)?(?:we|we've|we\s+have|we\s+had)\s+(?:got\s+)?(?:\d|over\s|more\s+than\s|almost\s|nearly\s|about\s|a\s+combined\s|decades\b|years\b)/;

/** "Entre nous" / "between us" that share out among a group rather than keep a secret. */
function sharedAmongUs(s: string, m: Span): boolean {
  const phrase = s.slice(m.start, m.end);
  if (phrase !== 'entre nous' && phrase !== 'between us') return false;
  return PARTITIVE_BEFORE.test(s.slice(Math.max(0, m.start - 30), m.start)) || TALLY_AFTER.test(s.slice(m.end, m.end + 40));
}

// "Send me your name in a DM and I'll see what I can do 😉", « écrivez-moi en privé 😉 … votre dossier »:
// the wink goes with a favour offered on the reader's own file (preferential-treatment's matter), not news held back.
const READER_OWN = new RegExp(`(?<![\\p{L}])(?:${[...READER_POSSESSIVES_EN, ...READER_POSSESSIVES_FR].join('|')})\\s`, 'u');

// "I'll make sure the paperwork goes smooth 😉", « je m'occupe que votre permis passe vite 😉 »: a favour winked at.
const FILE_FAVOUR =
  /\b(?:i'll|i\swill)\s(?:personally\s)?make\ssure\s(?:the|your)\s(?:paperwork|permit|file|application|renewal|licence|license|inspection)\b|\bje\sm'occupe\s(?:personnellement\s)?(?:que|de)\s(?:votre|vos|ton|ta|tes)\b/;

function favourWink(s: string): boolean {
  return (test(PRIVATE_CONTACT, s) && READER_OWN.test(s)) || FILE_FAVOUR.test(s);
}

// « Le deuxième tour va être à suivre de près », « fascinant à suivre de loin »: something worth watching,
// not news held back.
const WATCHED_CLOSELY = /^\s+(?:de\s+(?:tres\s+)?(?:pres|loin)|attentivement|avec\s+interet|la-dessus|en\s+direct)(?![\p{L}])/u;
// « l'exemple à suivre », « la marche à suivre », « un compte à suivre », « facile à suivre »: the verb with
// its object or its adjective, not the teaser « À suivre… ».
const FOLLOWED_THING = /(?:^|[^\p{L}])(?:exemples?|modeles?|marche|etapes?|procedures?|demarches?|consignes?|instructions?|comptes?|conseils?|recettes?|regles?|chemins?|voies?|pistes?|directives?|fil|(?:fascinant|interessant|passionnant|captivant|facile|difficile|agreable|drole|amusant)e?s?)\s+$/u;

// hints()' plain patterns (and pendingHits()' and precautionHits()'), each run only where one of its pieces is.
const GATED = new GatedPatterns([
  SOURCE, NOBODY_KNOWS, NOBODY_SUPPOSED, UPCOMING_ANNOUNCEMENT, ANNOUNCEMENT_TIMED, ASKED_NOT_TO_SHARE, NO_REASON, HEARD_AT_MEETING,
  RUMOUR_AT_WORK, INSIDE_PLANS, QUIET_DROP, NOT_YET_PUBLIC, BIG_NEWS, FORETOLD_REACTION, PENDING, PRECAUTION, REPORT_PREVIEW, RELEASE_LATER,
]);

function hints(s: string, before = ''): { span: Span; tier: Tier }[] {
  const out: { span: Span; tier: Tier }[] = [];
  for (const m of GATED.spans(SOURCE, s)) out.push({ span: m, tier: 'rumour' });
  for (const m of spans(SECRECY, s)) if (!sharedAmongUs(s, m)) out.push({ span: m, tier: 'secret' });
  for (const m of [...spans(UNRELEASED, s), ...GATED.spans(NOBODY_KNOWS, s), ...GATED.spans(NOBODY_SUPPOSED, s)]) out.push({ span: m, tier: 'unreleased' });
  for (const m of GATED.spans(UPCOMING_ANNOUNCEMENT, s)) out.push({ span: m, tier: 'tease' });
  for (const m of GATED.spans(ANNOUNCEMENT_TIMED, s)) out.push({ span: m, tier: 'tease' });
  for (const m of GATED.spans(ASKED_NOT_TO_SHARE, s)) out.push({ span: m, tier: 'secret' });
  for (const m of tipOffs(s, before)) out.push({ span: m, tier: 'secret' });
  for (const m of secrecyForms(s)) if (!out.some((o) => o.span.start < m.end && m.start < o.span.end)) out.push({ span: m, tier: 'secret' });
  for (const m of spans(EMOJI_SECRET, s)) out.push({ span: m, tier: 'secret' });
  for (const m of GATED.spans(NO_REASON, s)) out.push({ span: m, tier: 'secret' });
  for (const m of spans(RUMOUR, s)) {
    if (INSTRUCTED_AFTER.test(s.slice(m.end, m.end + 40))) continue;
    if (!RAISED_INSIDE.test(s.slice(Math.max(0, m.start - 30), m.start)) || !/interne|internally/.test(s.slice(m.start, m.end))) out.push({ span: m, tier: 'rumour' });
  }
  for (const m of GATED.spans(HEARD_AT_MEETING, s)) out.push({ span: m, tier: 'rumour' });
  for (const m of GATED.spans(RUMOUR_AT_WORK, s)) out.push({ span: m, tier: 'rumour' });
  for (const m of GATED.spans(INSIDE_PLANS, s)) out.push({ span: m, tier: 'secret' });
  for (const m of GATED.spans(QUIET_DROP, s)) out.push({ span: m, tier: 'unreleased' });
  for (const m of GATED.spans(NOT_YET_PUBLIC, s)) out.push({ span: m, tier: 'unreleased' });
  for (const m of spans(TEASE, s)) {
    if (!WATCHED_CLOSELY.test(s.slice(m.end, m.end + 24)) && !FOLLOWED_THING.test(s.slice(Math.max(0, m.start - 24), m.start))) out.push({ span: m, tier: 'tease' });
  }
  for (const m of GATED.spans(BIG_NEWS, s)) out.push({ span: m, tier: 'tease' });
  // …but "our new portal will surprise a lot of people" praises something already out.
  if (!LAUNCHED.test(s)) for (const m of GATED.spans(FORETOLD_REACTION, s)) out.push({ span: m, tier: 'tease' });
  if (!favourWink(s)) for (const m of spans(EMOJI_TEASE, s)) out.push({ span: m, tier: 'tease' });
  const rank: Record<Tier, number> = { unreleased: 0, secret: 1, rumour: 2, tease: 3 };
  return out.sort((a, b) => rank[a.tier] - rank[b.tier] || a.span.start - b.span.start);
}

// Each sentence's hints are asked for again by the sentence after it (its `prev`): kept by string. The
// sentence before changes them only through tipOffs(), by a change coming said there.
const hintMemo = new Lru<string, { span: Span; tier: Tier }[]>(16);
onClearCache(() => hintMemo.clear());
function hintsOf(s: string, before = ''): { span: Span; tier: Tier }[] {
  const changeBefore = before !== '' && test(CHANGE_COMING, before);
  const key = (changeBefore ? '1' : '0') + s;
  let out = hintMemo.get(key);
  if (out === undefined) hintMemo.set(key, (out = hints(s, changeBefore ? before : '')));
  return out;
}

// A person's own news: a pregnancy, an engagement, a coming out (« elle est enceinte », « il a fait son coming out »).
const PERSONAL_NEWS =
  /\b(?:pregnan(?:t|cy)|baby\son\sthe\sway|expecting\s(?:a\sbaby|twins|a\sboy|a\sgirl|baby|in\s(?:january|february|march|april|may|june|july|august|september|october|november|december|the\s(?:spring|summer|fall|winter)))|(?:she's|she\sis|he's|he\sis|they're|who's|who\sis)\sexpecting|got\sengaged|just\sengaged|(?:came|coming|come)\sout\s(?:as|to)|enceinte|grossesse|attend\s(?:un\sbebe|des\sjumeaux|un\spetit|une\spetite)|fiance(?:e|s|es)?|fiancailles|(?:fait|faire)\sson\scoming\sout|sorti(?:e)?\sdu\splacard)\b/;

/** The sentence (or the one before) tells a person's own news, and no decision is told here (an office party is
 * no closing: "the office is closing, shh" still hints). */
function personalNews(unit: Unit): boolean {
  return (PERSONAL_NEWS.test(unit.plain) || PERSONAL_NEWS.test(plainBefore(unit))) && !test(ACTION, unit.plain);
}

/** Whether the matter is a government or work one: in this sentence (outside the hints) or the one before. */
function objectsFor(tier: Tier): RegExp[] {
  // "Not supposed to talk about it, but the ServiceOntario counter in Elliot Lake is closing": a sector is enough for a secret.
  if (tier === 'secret' || tier === 'unreleased') return [GOV, WORK, SECTOR];
  if (tier === 'rumour') return [GOV, SECTOR, WORK];
  return [GOV, SECTOR];
}

/** The government or work matter the hint bears on: here, or (when the previous sentence did not
 * already raise a hint of its own) in the sentence before. */
function objectOf(unit: Unit, tier: Tier, avoid: Span[], before: string, beforeHinted: boolean): Span | null {
  const res = objectsFor(tier);
  for (const re of res) {
    const m = firstOutside(unit, re, avoid);
    if (m) return m;
  }
  // Only in the sentence before: reported as { -1, -1 }.
  if (before && !beforeHinted && res.some((re) => test(re, before))) return { start: -1, end: -1 };
  return null;
}

// An amount or a date makes a secret specific: "$40M", "20%", "in March".
const SPECIFIC = /\b(?:sneak peek|first look|preview|avant-gout|apercu|en primeur)\b|\$\s?\d|\d\s?(?:%|\$|m\b|k\b|million|billion|milliards?|millions?)|\b(?:january|february|march|april|may|june|july|august|september|october|november|december|janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre)\b/;

/** The sentence gives a future or a specific (a date, an amount, "sneak peek"): what turns a light
 * tease (a wink, a lone "spoiler") into news to come. */
// The future of the writer's own words ("i'll just say…", « je vais juste dire… ») is a way of speaking, not news to come.
const SPEECH_FUTURE =
  /\b(?:i'll|i will|we'll|je vais|j'vais)\s(?:just\s|only\s|simply\s|juste\s|seulement\s)?(?:say|tell you|admit|put it|leave it|dire|vous dire|te dire|avouer)\b|\bje (?:dirai|dirais)\b/g;

function futureOrSpecific(unit: Unit, avoid: Span[] = []): boolean {
  return firstOutside(unit, FUTURE, [...avoid, ...spans(SPEECH_FUTURE, unit.plain)]) !== null || SPECIFIC.test(unit.plain);
}

/** A claim says what happens to the matter: a policy action, a future, an amount or a date. A
 * rumour needs an action ("the ministry will cut…"), not only a future ("…will win the league"). */
function claim(unit: Unit, avoid: Span[], tier: Tier): boolean {
  // "Not public yet" says it all: the matter is enough.
  if (tier === 'unreleased') return true;
  if (firstOutside(unit, ACTION, avoid) !== null) return true;
  if (tier === 'rumour') return false;
  return futureOrSpecific(unit, avoid) || (tier === 'secret' && SECRET_WHEN.test(unit.plain));
}

/** Whether a claim is made in a plain string (the previous sentence). */
function claimIn(s: string, tier: Tier): boolean {
  if (tier === 'unreleased' || test(ACTION, s)) return true;
  return tier !== 'rumour' && (test(FUTURE, s) || SPECIFIC.test(s) || (tier === 'secret' && SECRET_WHEN.test(s)));
}

/**
 * With no hint word at all: the author announces, in their institution's voice, a future decision
 * with a specific ("Notre ministère va financer ce projet l'an prochain, promis"). A job posting, a
 * holiday closure or a link to the announcement is public; an official account announces by design.
 */
function planHits(unit: Unit, before: string): Hit[] {
  const p = unit.plain;
  let voice: Span | null = firstOutside(unit, VOICE);
  if (!voice && (test(GOV, p) || test(VOICE, before))) voice = firstOutside(unit, unit.locale === 'fr' ? WE_FR : WE);
  if (!voice) return [];
  const rest = p.slice(voice.end, voice.end + 140);
  const action = spans(PLAN_ACTION, rest)[0];
  if (!action) return [];
  const timed = test(TIMEFRAME, rest);
  if (!timed && !test(FUTURE, rest)) return [];
  if (!timed && !SPECIFIC.test(rest) && !/\d/.test(rest) && !test(PROMISE, p)) return [];
  // "I'll make sure of it": a promise to push for it, not a decision already made (speaking for government flags it).
  if (test(AGENCY, p) || test(AGENCY, before) || test(ROUTINE, p) || test(ROUTINE, before) || publicCue(unit) || hasUrl(unit) || trainingCue(unit) || adviceBefore(unit, voice.start)) return [];
  return [{
    start: voice.start,
    end: voice.end + action.end,
    message: MESSAGES.plan,
    severity: { personal: 'medium', professional: 'medium', official: 'off' },
  }];
}

// What planHits() needs to speak in "we" (WE, WE_FR) rather than in VOICE's words: a "we", then a plan action and a
// timeframe or future in the 140 characters after it. As a trigger instead of GOV, which woke the rule on 170 of the
// 194 sentences of 60,000 characters of harmless posts where it ran, to find nothing there. Sound: every "we" voice
// matches the first lookahead; a PLAN_ACTION, TIMEFRAME or FUTURE match in `rest` starts with a letter or an apostrophe
// (no phrase starts otherwise), so not at rest's first character, which follows the voice's bound ("'ll" can: then its
// "ll" is a match here), and is a match of the word-started, unbounded body here (rest may cut a word short: no
// WORD_END). Only where a plan action's word begins (its pieces) does the pattern run.
const planVoiced = (): RegExp => {
  const plans = [...en.PLAN_ACTIONS_EN, ...fr.PLAN_ACTIONS_FR];
  const when = [...en.PLAN_TIMEFRAMES_EN, ...fr.PLAN_TIMEFRAMES_FR, ...en.FUTURE_MARKERS_EN, ...fr.FUTURE_MARKERS_FR];
  const re = new RegExp(
    `^(?=[\\s\\S]*?(?:${WE.source}|${WE_FR.source}))(?=[\\s\\S]*?${WORD_START}${lexiconBody(when)})[\\s\\S]*?${WORD_START}${lexiconBody(plans)}`,
    'u',
  );
  return withPieces(re, keyPieces(plans, 'left'));
};

export default defineRule({
  id: 'confidential/unannounced',
  category: 'confidential',
  severity: { personal: 'high', professional: 'high', official: 'tip' },
  guidelines: ['oath-secrecy', 'coi-confidential-information', 'ops-guiding-principles', 'ops-personal-use'],
  title: { en: 'Hint about an unannounced decision', fr: 'Allusion à une décision non annoncée' },
  why: MESSAGES.secret,
  // Every hint of hints() (here or in the sentence before), and planHits()' institutional voice: its own words
  // (VOICE, here or in the sentence before) or a "we" with a plan in time (planVoiced()).
  triggers: [
    SECRECY, UNRELEASED, RUMOUR, TEASE, SECRECY_MODALS, CHANGE_COMING, VOICE, planVoiced(),
    SOURCE, NOBODY_KNOWS, NOBODY_SUPPOSED, UPCOMING_ANNOUNCEMENT, ANNOUNCEMENT_TIMED, ASKED_NOT_TO_SHARE, EMOJI_SECRET, NO_REASON, EMOJI_TEASE, VOUCH,
    HEARD_AT_MEETING, NOT_YET_PUBLIC, BIG_NEWS, INSIDE_PLANS, QUIET_DROP, RUMOUR_AT_WORK, FORETOLD_REACTION, PENDING, PRECAUTION,
    REPORT_PREVIEW, RELEASE_LATER,
  ],
  detect(unit) {
    const before = plainBefore(unit);
    const here = hintsOf(unit.plain, before);
    const prev = before ? hintsOf(before) : [];
    if (trainingCue(unit) || test(META, unit.plain)) return [];
    // A game's review embargo, a show, a play: the story's secrets, unless government is named too.
    if (fictionCue(unit) && !inUnitOrBefore(unit, GOV)) return [];
    const pending = pendingHits(unit, before);
    if (pending.length) return pending;
    const preview = previewHits(unit);
    if (preview.length) return preview;
    const releaseLater = releaseLaterHits(unit, before);
    if (releaseLater.length) return releaseLater;
    const precaution = precautionHits(unit, before);
    if (precaution.length) return precaution;
    const vouch = spans(VOUCH, unit.plain)[0];
    if (vouch && vouchedOutcome(unit.plain, before) && !publicCue(unit) && !hasUrl(unit)) return [{ start: vouch.start, end: vouch.end, message: MESSAGES.rumour }];
    if (!here.length && !prev.length) return planHits(unit, before);
    const avoid = here.map((h) => h.span);
    let isPublic: boolean | undefined;
    const publicOnce = () => (isPublic ??= publicCue(unit));
    // A wink next to a promo code sells candles, it does not tease a decision.
    // ("20% off" is COMMERCE's: a phrase that begins with a sign may follow a digit.)
    const selling = test(COMMERCE, unit.plain) || OWN_BUSINESS.test(unit.plain);
    let isOfficeLife: boolean | undefined;
    const officeLife = () => (isOfficeLife ??= test(OFFICE_SOCIAL, unit.plain) || test(OFFICE_SOCIAL, before));
    for (const { span, tier } of here) {
      // "got asked: 'do you know what cabinet decides before everyone else?'": someone's question, quoted.
      if (adviceBefore(unit, span.start) || quotedQuestion(unit, span) || conditionalAdvice(unit, span.start, span.end)) continue;
      // A wink alone is a joke ("Official favourite bakery of the Ministry 😉"); it teases news only
      // next to a future or a specific (date, amount, "coming").
      if (tier === 'tease' && EMOJI_ONLY.test(unit.plain.slice(span.start, span.end)) && here.every((h) => h.tier === 'tease' && EMOJI_ONLY.test(unit.plain.slice(h.span.start, h.span.end)))
        && (selling || !futureOrSpecific(unit, avoid))) continue;
      if (tier === 'tease' && SPOILER_ONLY.test(unit.plain.slice(span.start, span.end)) && here.length === 1 && !futureOrSpecific(unit, avoid)) continue;
      if (tier === 'tease' && REVEAL_ONLY.test(unit.plain.slice(span.start, span.end)) && !futureOrSpecific(unit, avoid) && firstOutside(unit, ACTION, avoid) === null) continue;
      // A tease beside one's own business, or a wink at a vote, is a sale or a ballot, not a decision to come.
      if (tier === 'tease' && (OWN_BUSINESS.test(unit.plain) || (BALLOT.test(unit.plain) && EMOJI_ONLY.test(unit.plain.slice(span.start, span.end))))) continue;
      if (tier !== 'secret' && tier !== 'unreleased' && publicOnce()) continue;
      // "My director said the office potluck is moving to Friday": office social life, not a decision.
      if (tier === 'rumour' && test(OFFICE_SOCIAL, unit.plain)) continue;
      // "…the juiciest thing is the Thursday butter chicken at the cafeteria. that's all you're getting from me 🤐": the zipped mouth over office life.
      if (tier === 'secret' && EMOJI_ONLY_SECRET.test(unit.plain.slice(span.start, span.end)) && officeLife()) continue;
      // "The holiday party committee voted: 80s theme. Brace yourselves.", "don't leave your lunch in the office
      // fridge… Ask me how I know": any other hint over office life, with no government matter acted on beside it
      // ("the office Christmas party will be memorable, that's all I'll say": the office is no decision).
      if (tier !== 'unreleased' && officeLife() && !(test(GOV, unit.plain) && test(ACTION, unit.plain))) continue;
      // "congrats to Jess who's expecting in April (shhh she hasn't told the director yet)": the hush keeps a person's own
      // news (personal information, sensitive-fact's matter), not a decision.
      if ((tier === 'secret' || tier === 'tease') && personalNews(unit)) continue;
      const obj = objectOf(unit, tier, avoid, before, prev.length > 0);
      if (!obj) continue;
      // "Our annual monitoring report comes out next month": a report's usual release date, not news held back.
      if (tier === 'unreleased' && obj.start >= 0 && REPORT_NOUN.test(unit.plain.slice(obj.start, obj.end)) && test(ROUTINE_PUBLICATION, unit.plain)) continue;
      // The claim may be in the sentence before: "…wants to shut the Goderich lab. Not official, just what's floating around the office."
      if (tier !== 'tease' && !claim(unit, avoid, tier) && !claimIn(before, tier)) continue;
      const hit: Hit = { start: span.start, end: span.end, message: MESSAGES[tier === 'unreleased' ? 'secret' : tier] };
      if (tier === 'tease' && hasUrl(unit)) hit.severity = { personal: 'tip', professional: 'tip', official: 'tip' };
      return [hit];
    }
    if (here.length) return planHits(unit, before);
    // A hint in the previous sentence that named no matter, and the matter here:
    // "Can't say much yet. But the ministry is about to change the funding rules."
    if (here.length || !prev.length) return planHits(unit, before);
    const tier = prev[0]!.tier;
    // A wink alone in the sentence before is a joke there too ("Bilingualism required (obviously 😉)"),
    // unless this sentence gives it a future or a specific.
    if (prev.every((h) => h.tier === 'tease' && EMOJI_ONLY.test(before.slice(h.span.start, h.span.end)))
      && !futureOrSpecific(unit)) return planHits(unit, before);
    const res = objectsFor(tier);
    let blanked = before;
    for (const h of prev) blanked = blanked.slice(0, h.span.start) + ' '.repeat(h.span.end - h.span.start) + blanked.slice(h.span.end);
    const beforeHasObject = res.some((re) => test(re, blanked));
    if (beforeHasObject) return planHits(unit, before);
    if (tier !== 'secret' && tier !== 'unreleased' && publicOnce()) return [];
    let obj: Span | null = null;
    for (const re of res) obj ??= firstOutside(unit, re);
    if (!obj) return planHits(unit, before);
    if (tier !== 'tease' && !claim(unit, [], tier)) return planHits(unit, before);
    return [{ start: obj.start, end: obj.end, message: MESSAGES[tier === 'unreleased' ? 'secret' : tier] }];
  },
  examples: {
    invalid: [
      // Figures told before their release, results before those they concern are told.
      { text: 'Sneak peek at the numbers we got this morning: youth unemployment up to 14.2% in the North. Official release Friday.', span: 'Official release Friday', mode: 'professional' },
      { text: "Résultats préliminaires inquiétants pour l'eau potable d'un petit village de l'Est. La municipalité sera avisée demain matin.", span: 'sera avisée demain', mode: 'professional' },
      // The author as the source, vouching from inside; the announcement left to catch up.
      { text: 'Yes, the ministry will be extending the rebate deadline to May. I work there, take it from me.', span: 'I work there', mode: 'personal' },
      { text: "Oui, le ministère va prolonger la date limite du programme jusqu'en mai. Je travaille là, fiez-vous à moi.", span: 'Je travaille là', mode: 'personal' },
      { text: 'The Hwy 144 bridge reopens June 2, you heard it here first. Comms will catch up 😄', span: 'you heard it here first', mode: 'professional' },
      // Told to brace for what comes relays the news (an instruction to do one's work does not: see valid).
      { text: "We've been told to prepare for cuts to the Sudbury office in April.", span: "We've been told", mode: 'personal' },
      // A report's findings previewed before its release.
      { text: 'The report drops Thursday at 10am but oh boy. The ER wait time numbers are BRUTAL.', span: 'report drops Thursday at 10am but', mode: 'personal' },
      { text: 'Le rapport de la vérificatrice générale sort mardi mais je vous le dis : les délais pour les jeunes, c’est pire que tout.', span: 'rapport de la vérificatrice générale sort mardi mais', mode: 'personal' },
      { text: "Editing the ministry's response to the audit tonight: the report comes out on the 9th and it's... brutal.", span: 'report comes out on the 9th and', mode: 'personal' },
      { text: "Le rapport d'inspection sort jeudi et c'est... pas beau.", span: "rapport d'inspection sort jeudi et", mode: 'personal' },
      // Holding back after a government matter told just before.
      { text: "Vous allez vouloir lire le prochain rapport d'inspection du ministère. J'en dis pas plus.", span: "J'en dis pas plus", mode: 'personal' },
      { text: 'Le ministère revoit le programme de subventions. Sans trop en dire, préparez vos dossiers.', span: 'Sans trop en dire', mode: 'personal' },
      // A tip-off to applicants: wait for a month, winked at, "that's all I'll say".
      { text: 'Unsolicited advice to anyone applying to the Skills Development Fund this round… maybe wait til after March 😏 that’s all I’ll say', span: 'maybe wait til', mode: 'personal' },
      { text: "Conseil d'amie à ceux qui pensent déposer une demande au Fonds d'action culturelle cet automne… attendez peut-être janvier 😉 j'en dis pas plus", span: 'attendez', mode: 'personal' },
      // Services the province runs (the courts' hearings, a call centre), changed before it is said.
      { text: "As of January, no more French hearings on Fridays. The regional senior judge hasn't announced it yet but it's happening.", span: "hasn't announced it yet" },
      { text: "C'est réglé : à partir de janvier, plus d'audiences en français le vendredi. Le juge principal régional l'a pas encore annoncé mais ça passe.", span: 'pas encore annoncé' },
      { text: "On l'a appris en réunion à matin : les services en français au centre d'appels de Sudbury vont être « regroupés » avec Toronto en avril.", span: 'appris en réunion' },
      // Public only later, said by what holds it back: the writer knows what the public does not.
      { text: "The retention bonus my team worked on got the green light from the minister's office. Cannot wait for it to go public!", span: 'wait for it to go public', mode: 'personal' },
      { text: 'Le financement du centre de santé de Hawkesbury est réglé au ministère. J’ai hâte qu’ils l’annoncent officiellement!', span: 'hâte qu’ils l’annoncent', mode: 'personal' },
      { text: "Notification letters haven't gone out yet, but the ministry's licensing portal had a breach last week.", span: "Notification letters haven't gone out", mode: 'professional' },
      // Whether a decision is made, kept back (not whether someone will manage).
      { text: "Can't tell you if it's approved, but the funding news drops Friday 😉", span: "Can't tell", mode: 'personal' },
      // Office life beside a government matter is no cover: the hint is about the matter.
      { text: "Holiday party was tense. Can't say more, but the ministry is cutting our programs in the spring.", mode: 'personal' },
      { text: "Le party de Noël du bureau était tendu. Je ne peux rien dire, mais le ministère va couper dans nos programmes.", mode: 'personal' },
      // A report's release date with no sign of a usual schedule is still news held back.
      { text: 'The audit report on the Pembroke hospital goes public in March.', span: 'goes public in' },
      // A wink with a private-message invitation and no favour to the reader: still news held back.
      { text: 'Big changes coming to the ministry next month, DM me 😉', span: 'Big changes coming' },
      // The reaction to an outcome foretold by someone who knows it.
      { text: 'The hospital merger decision is going to surprise a lot of people in Sudbury.', span: 'going to surprise a lot of people' },
      { text: 'La décision sur la fusion des hôpitaux va faire jaser bien du monde à Sudbury.', span: 'va faire jaser bien du monde' },
      // A tip-off as precaution: a group told to hold off or sell before a time to come, with a wink, the reason kept back.
      { text: 'Can\'t say much, but if you farm near Guelph maybe hold off on buying drainage tile until after the 15th 😉', span: 'hold off', mode: 'personal' },
      { text: "Mettons que si j'étais vous, je vendrais pas ma maison à Kap cette année 😉", span: 'je vendrais pas', mode: 'personal' },
      { text: 'Les chums qui revenez du bar à Casselman vendredi soir : soyez sages 😉🚓', span: 'soyez sages', mode: 'personal' },
      // A government decision told with its publication still to come: "details to follow", « l'annonce officielle est mardi ».
      { text: "The ministry will fund all twelve applications this year. Details to follow once it's signed off.", span: 'Details to follow', mode: 'professional' },
      { text: "Le ministère va financer le nouveau pavillon de l'Université de Hearst. L'annonce officielle est mardi.", span: "L'annonce officielle est mardi", mode: 'personal' },
      { text: 'Ontario va couvrir le manque à gagner des garderies. Les détails suivront.', span: 'Les détails suivront', mode: 'professional' },
      // A real future after "I'll just say" still gives the wink news to come.
      { text: "As an inspector I'll just say the new rules will surprise a lot of people 😉", span: '😉', mode: 'personal' },
      { text: 'Comme inspectrice, je vais juste dire que le bureau de Sudbury va fermer 😉', span: '😉', mode: 'personal' },
      // A quoted statement (not a question) still tells the news before it is out.
      { text: "My director told me: 'the Sudbury office closes in June, you heard it here before everyone else.'", span: 'before everyone else', mode: 'personal' },
      { text: "Mon directeur m'a dit : « le bureau de Sudbury ferme en juin, vous l'apprenez avant tout le monde. »", span: 'avant tout le monde', mode: 'personal' },
      // Holding back while letting on, and the tease named as one.
      { text: "Thinking of applying for the Main Street grant? Hold off until after the 15th, that's all i'm allowed to say.", span: "that's all i'm allowed to say", mode: 'personal' },
      { text: 'Small tease: the Q1 OSAP changes we have been modelling are a lot bigger than anyone expects.', span: 'Small tease', mode: 'professional' },
      { text: 'Petit indice : le programme de subventions va changer en janvier.', span: 'Petit indice', mode: 'personal' },
      { text: "À l'interne, on sait déjà que le bureau de Hearst va fermer en juin.", span: "À l'interne", mode: 'personal' },
      // Advice to the sector's people in the singular, with the change timed but unnamed.
      { text: "Can't say much, but if you're a grower in the Niagara region, hold off on replanting until after the spring.", span: "Can't say much", mode: 'personal' },
      { text: "J'en dis pas plus, mais si vous travaillez au centre de Kapuskasing, profitez-en pendant que ça dure.", span: "J'en dis pas plus", mode: 'personal' },
      // Public only later, in the progressive and in the French plural.
      { text: "The new driving test rules aren't being announced until the fall, so book yours now.", span: "aren't being announced until", mode: 'personal' },
      { text: 'Les changements aux examens de conduite ne seront pas annoncés avant septembre, réservez maintenant.', mode: 'personal' },
      // A program's fate said in an image, in either language.
      { text: 'Not supposed to say but the Sudbury ServiceOntario counter won’t survive the spring.', mode: 'personal' },
      { text: 'Entre nous, le projet de la nouvelle école est mis sur la glace.', span: 'Entre nous', mode: 'professional' },
      // Knowing what will become public, and the internal document seen in passing.
      { text: 'Ouin, la réunion de ce matin au ministère était intéressante… on en reparle quand ça va être public.', span: 'on en reparle quand ça va être public', mode: 'personal' },
      { text: "Ça va être annoncé la semaine prochaine, mais le nouveau centre de santé s'en va à Hawkesbury.", mode: 'professional' },
      { text: "J'ai vu passer la liste des projets financés par le ministère, Sudbury est dedans!", span: 'vu passer la liste', mode: 'personal' },
      { text: 'The transit funding list crossed my desk today. Sudbury made the list.', span: 'crossed my desk', mode: 'personal' },
      { text: "Des changements s'en viennent pour les bureaux de ServiceOntario, c'est tout ce que je dis.", mode: 'personal' },
      // A government matter whose announcement is given a date by its verb; a French « scoop ».
      { text: "Petit scoop : les coupures dans les conseils scolaires sont déjà décidées, l'annonce sort juste après les fêtes.", mode: 'personal', severity: 'high' },
      { text: 'The cuts to school boards are decided, the announcement drops after the holidays.', span: 'the announcement drops after', mode: 'personal' },
      { text: 'Un collègue m’a montré la liste des projets retenus pour la subvention. Timmins n’y est pas.', mode: 'professional' },
      { text: "Can't go into it but if you work in the Thunder Bay regional office, maybe start looking around.", mode: 'personal', severity: 'high' },
      { text: 'Entre nous, la fusion des deux ministères est déjà décidée.', span: 'Entre nous', mode: 'professional' },
      { text: 'Les nouveaux tarifs du RAFEO? Ça sort pas avant janvier, mais ils montent.', mode: 'personal' },
      // Holding back while letting on, a decision said by its state, a program by its short name.
      { text: 'Without giving too much away, the Sudbury hospital expansion is getting approved next month.', span: 'Without giving too much away', mode: 'personal', severity: 'high' },
      { text: 'Heard in a meeting today that the clinic closures list is final.', span: 'Heard in a meeting', mode: 'personal' },
      { text: "Big changes coming to OSAP in the fall, can't share details but students should pay attention.", mode: 'professional', severity: 'high' },
      { text: 'Sans trop en dire, le bureau régional de Hearst va fermer au printemps.', span: 'Sans trop en dire', mode: 'personal' },
      { text: "Tout ce que je peux dire, c'est que la grille tarifaire va changer en avril.", mode: 'personal' },
      { text: 'Word around the branch is that the Timmins office is on the chopping block.', span: 'Word around the branch' },
      // Plans made out of sight, and a rumour placed at work, in any words.
      { text: 'Our branch is quietly planning to cut the northern grant stream.', span: 'quietly planning' },
      { text: 'Leadership is about to announce layoffs in our division, brace yourselves.', span: 'is about to announce' },
      { text: "Le ministère s'apprête à fermer trois bureaux dans le Nord.", span: "s'apprête à" },
      // A program dropped out of sight, in either language.
      { text: 'The highway widening east of Peterborough is getting quietly shelved, sorry to everyone emailing their MPP.', span: 'quietly shelved', mode: 'personal' },
      { text: 'Le programme de subventions du Nord est discrètement tabletté, personne le sait.', mode: 'personal' },
      // Heard at any meeting, not public yet in any words, news teased by its size.
      { text: "Heard at this morning's branch huddle that the Sarnia licensing office is closing in the spring.", span: "Heard at this morning's branch huddle" },
      { text: "Rien d'officiel encore, mais le bureau de ServiceOntario de Kapuskasing va fermer.", span: "Rien d'officiel encore" },
      { text: 'Nothing announced yet, but the Timmins office is closing.', span: 'Nothing announced yet' },
      { text: 'Big news for Northern Ontario farmers on Monday 👀', span: 'Big news' },
      { text: "Can't say more, but the Kenora ServiceOntario office will look very different by spring.", span: "Can't say more" },
      { text: "Si j'étais vous, je renouvellerais mon permis de pêche avant juin, y a de quoi qui s'en vient pour les frais du ministère.", span: "Si j'étais vous" },
      { text: "Je peux pas en dire plus, mais y a de quoi qui s'en vient pour le bureau de Hearst.", span: 'Je peux pas en dire plus' },
      { text: "Restez à l'écoute : grosse nouvelle pour les écoles francophones du Nord jeudi!", span: "Restez à l'écoute" },
      { text: "Big news coming Thursday on the new transit funding, can't say more 😉", span: "can't say more", severity: 'high' },
      { text: "You didn't hear it from me, but the ministry is merging the two northern offices.", span: "You didn't hear it from me" },
      { text: 'Word is the government will freeze hiring across the OPS next month.', span: 'Word is' },
      { text: 'Stay tuned, big changes are coming for long-term care.', span: 'Stay tuned' },
      { text: "Can't say much yet. But the ministry is about to rewrite the funding rules for clinics.", span: 'ministry' },
      { text: "Entre nous, le ministère va couper le programme d'aide aux agriculteurs.", span: 'Entre nous' },
      { text: 'Grosse annonce la semaine prochaine pour les écoles francophones, je ne peux pas en dire plus!', span: 'je ne peux pas en dire plus' },
      { text: 'Stay tuned: big announcement next week for the housing sector!', mode: 'official', severity: 'tip' },
      // A negated modal and a verb of telling; "not public yet"; a tip-off; being asked not to share; an indirect hint.
      { text: 'Not supposed to talk about it, but the regional office in Dryden is closing in the spring.', span: 'Not supposed to talk' },
      { text: 'Chu pas censée en parler, mais le bureau régional de Dryden ferme au printemps.', span: 'Chu pas censée en parler' },
      { text: 'The northern travel grant doubles in April. Nothing public yet.', span: 'Nothing public yet' },
      { text: 'Les frais de permis augmentent en avril, rien de public encore.', span: 'rien de public encore' },
      { text: 'Apply for the expansion grant now, while you still can: the ministry is changing the rules in June.', span: 'Apply' },
      { text: 'Faites votre demande de subvention avant juin, tant que vous pouvez : le ministère change les règles.', span: 'Faites' },
      { text: 'My director asked us not to share this, but the Sudbury lab is closing in March.', span: 'asked us not to share' },
      // The secret said by who may know it ("nobody's supposed to know"), and the superior as the source ("word from my director").
      { text: "Nobody's supposed to know yet, but the Timmins office is closing in June.", span: "Nobody's supposed to know" },
      { text: 'Pretty sure nobody outside our unit knows the Kenora office is closing in the spring.', span: 'nobody outside our unit knows' },
      { text: 'Personne est censé le savoir, mais le bureau de Hearst ferme en juin.', span: 'Personne est censé le savoir' },
      { text: "Personne en dehors de la direction le sait : le programme de tutorat est aboli l'an prochain.", span: 'Personne en dehors de la direction le sait' },
      { text: 'Word from my director: the Sudbury lab is closing next spring.', span: 'Word from my director' },
      { text: "Mon directeur nous a glissé que le bureau de Timmins va fermer l'an prochain.", span: 'Mon directeur nous a glissé' },
      { text: 'Ma gestionnaire nous a demandé de pas en parler, mais le bureau du Sault passe à quatre jours en janvier.', span: 'nous a demandé de pas en parler' },
      { text: "Let's just say dairy farmers might want to hold off on new equipment until after Tuesday 😉", span: "Let's just say" },
      // The institution's own voice announcing a future decision with a specific: a caution.
      { text: 'Our ministry is going to fund 12 new rural clinics next year, promise!', span: 'Our ministry is going to fund', severity: 'medium' },
      { text: "Notre direction va financer trois nouvelles cliniques l'an prochain, c'est promis!", span: 'Notre direction va financer', severity: 'medium' },
      // « On » is the institution's "we" in a French sentence.
      { text: "Au ministère, on va financer douze nouvelles cliniques l'an prochain, c'est promis!", span: "on va financer", severity: 'medium' },
      // A single matter held back is still a hint, even in the plural's company.
      { text: "Can't comment on the Brampton file yet, but the ministry announcement drops Tuesday.", span: "Can't comment" },
    ],
    valid: [
      // A release date for figures already public, with the link; a family told news tomorrow.
      'The labour force survey is out: unemployment at 6.1%. Details: https://www150.statcan.gc.ca/n1/daily-quotidien',
      'Grandma gets told tomorrow that we are all coming for her 90th!',
      // Working somewhere, said of a place anyone can visit.
      'Come visit the ROM this weekend, I work there and the new exhibit is great!',
      'Take it from me, the new trail in Algonquin is worth the drive.',
      // Neutrality on an open public consultation, not a secret.
      { text: "Policy advisor here. The riparian buffer consultation is open on the Environmental Registry until Feb 28. I can't comment on the merits, but the more farmers weigh in, the better.", mode: 'professional' },
      { text: "La consultation sur les bandes riveraines est ouverte jusqu'au 28 février. Je ne peux pas commenter le fond, mais plus on reçoit de commentaires, mieux c'est.", mode: 'professional' },
      // A wink on a favour offered on the reader's paperwork (preferential treatment's matter), not news held back.
      "If you're getting a permit through our office, call my husband first, I'll make sure the paperwork goes smooth 😉",
      // A release date with nothing previewed, or a school report.
      'The annual report comes out Monday but you can already read last year’s at ontario.ca/report.',
      "My kid's report card comes out Friday but oh boy, grade 3 math is harder than I remember.",
      // Shopping advice, winked at.
      { text: 'Anyone planning a trip to Florida? Maybe wait til after March 😏 prices drop, trust me.', mode: 'personal' },
      { text: 'Pour ceux qui magasinent un char, attendez janvier 😉 les prix baissent toujours.', mode: 'personal' },
      // Someone's own news, not the government's; a public schedule.
      "My sister hasn't announced it yet but she's expecting!",
      "Les audiences de la Cour d'appel sont publiques; l'horaire est en ligne.",
      // The zipped mouth over office life.
      { text: 'Sorry to disappoint, the juiciest thing at work is the Thursday butter chicken at the cafeteria 🤐', mode: 'personal' },
      { text: 'Le plus gros secret du bureau? Le pâté chinois du jeudi à la cafétéria 🤐', mode: 'personal' },
      // Not knowing, not keeping back.
      { text: "My neighbour Dave is on ODSP, I can't tell you if he'll manage.", mode: 'personal' },
      { text: 'Je ne peux pas te dire si ça va marcher avec la garderie, on verra en septembre.', mode: 'personal' },
      // Any other hint over office life; a game's review embargo.
      { text: 'Hybrid work tip: do not leave your lunch in the office fridge on a Thursday. Ask me how I know 🤢', mode: 'personal' },
      { text: 'Le comité du party de Noël du bureau a voté : thème années 80. Préparez-vous.', mode: 'personal' },
      { text: "The review embargo on the new racing game lifts Friday, so I can't say anything yet. 40 hours in!", mode: 'personal' },
      // Waiting for news like everyone, or a family's news kept for later.
      { text: "Can't wait for it to go public — our wedding date! 💍", mode: 'personal' },
      { text: 'Mon chum a tellement hâte que ça soit annoncé : on attend un bébé!', mode: 'personal' },
      { text: 'As a volunteer coach I can’t wait for the provincial tournament schedule to be announced!', mode: 'personal' },
      // The announcement made, for an event open to anyone.
      'Big announcement: our watershed photo contest is back and open to the public! Register here by June 1.',
      'Grosse annonce : le marathon de programmation revient, ouvert à tous! Inscrivez-vous sur la page de l’événement.',
      // Something worth watching, and a wink that goes with a favour offered on the reader's own file (a conflict-of-interest matter).
      // A wink beside a price cut sells a side business (promotion's matter), it does not tease a decision.
      'Booking headshots for fall! Ministry folks get 20% off, DM me and I can set up in a boardroom at lunch 😉',
      'Séances photo cet automne! 15 % de rabais pour les collègues du ministère, écrivez-moi 😉',
      // A report's usual release date.
      'The data summary goes public in the fall with the rest of our lake monitoring report.',
      'Notre rapport annuel sur les eaux de baignade ne sera pas public avant juin, comme chaque année.',
      'Élections au Royaume-Uni jeudi : le décompte dans les circonscriptions serrées va être à suivre de près.',
      "Les négociations pour former le prochain gouvernement belge, c'est passionnant à suivre de loin.",
      'Le nouveau règlement sur les quais est en vigueur : voici la marche à suivre pour votre demande de permis.',
      'Waiting on your health card renewal? Send me your details in a DM and I’ll see what I can do 😉',
      // The hint as the condition of a rule of thumb; the limits of what evidence shows.
      { text: "Tip for fellow public servants: before you hit post, ask 'did I learn this at work?' If yes, and it isn't public yet, don't.", mode: 'professional' },
      { text: "Conseil : si vous l'avez appris au travail et que ce n'est pas encore public, attendez l'annonce.", mode: 'professional' },
      { text: "Our caribou survey report is out today. Thread on what the data can and can't tell us 🧵 ontario.ca/caribou-report", mode: 'professional' },
      { text: 'Notre rapport sur le caribou est en ligne. Un fil sur ce que les données peuvent et ne peuvent pas dire 🧵', mode: 'professional' },
      // A reaction foretold of something public, launched or out of government.
      'The new Leafs coach is going to surprise a lot of people this year.',
      "Our ministry's new open data portal will surprise a lot of people, it's fast!",
      'Le nouveau portail de données ouvertes du ministère va surprendre bien du monde, il est rapide!',
      // Precaution with its reason in plain sight and no wink: a neighbour's advice, not a tip-off.
      "If you're on the 401 tonight, take another route, there's a crash near Kingston.",
      'Les amis qui partent en voyage demain, soyez prudents sur la route!',
      "If you're in Ottawa this weekend, hit the tulip festival 😉",
      'Si vous allez au chalet ce week-end, attendez que la tempête passe.',
      // Details to follow on one's own plans, or on a decision already announced.
      'Our book club will read Station Eleven next. Details to follow!',
      "On va faire un souper de famille en août, les détails suivront!",
      { text: 'The ministry announced today it will fund twelve applications. More details soon.', mode: 'professional' },
      { text: "Le ministère a annoncé ce matin qu'il va financer douze projets. Les détails suivront.", mode: 'professional' },
      // A superior relaying office social life.
      'My director said the office potluck is moving to Friday.',
      'Ma directrice nous a dit que le party de Noël sera au restaurant cette année!',
      // "I'll just say" is the future of the writer's words, not of a decision: a wink at the present.
      "As a DriveTest examiner, I'll just say my cousin's students pass a lot more often than average 😉",
      'Comme examinatrice chez DriveTest, je vais juste dire que les élèves de ma cousine réussissent pas mal plus souvent que la moyenne 😉',
      // Someone's question quoted by the author, answered with nothing.
      "Got asked: 'will you hear about the office closures before everyone else?' Nope, and I wouldn't say.",
      "On m'a demandé : « allez-vous savoir pour les fermetures de bureaux avant tout le monde? » Non, et je ne le dirais pas.",
      // A tease of a show or a recipe; a clue in a game.
      'Small tease: the season finale of our podcast drops Friday!',
      'Petit indice pour la chasse au trésor : ça commence par un B.',
      // A standing limit on a kind of matter is the guidelines at work, not a hint.
      { text: "Happy to answer questions on how appeals work, but I can't discuss individual files or pending investigations.", mode: 'professional' },
      { text: 'Je réponds à vos questions sur le programme, mais je ne peux pas commenter les dossiers en cours.', mode: 'professional' },
      // English "on" is a preposition, not French « on » ("we"): no institutional voice here.
      { text: 'Presenting on a municipal-finance panel next month: how we fund roads, open budgets and why grants take time.', mode: 'professional' },
      'Can’t say much about the ending, but enjoy your summer reading, the last chapter is wild.',
      // The channel the author spoke in, not inside news.
      { text: "Je l'ai dit à l'interne, je le dis ici : le programme de tutorat va manquer de bénévoles.", mode: 'professional' },
      { text: 'I raised it internally and I will say it here too: the branch will need more staff next year.', mode: 'professional' },
      'If you’re a farmer in Ontario, the fall fair in Lindsay is this weekend. Hope to see you there!',
      "Tout ce que je peux dire, c'est que ma fille adore son camp. Profitez bien de votre été!",
      "J'en dis pas plus sur le film, mais attendez après le générique.",
      "L'examen de conduite de mon fils est mardi, on croise les doigts!",
      "L'annonce du gagnant de Star Académie sort lundi, j'ai tellement hâte!",
      "Je l'ai vu passer sur Facebook : le ministère annonce 20 M$ pour les routes.",
      'On en reparle quand ce sera officiel : on achète une maison! 🏡',
      "Je vais partager le rapport du ministère quand ce sera public, promis.",
      "Je dis ça je dis rien, mais ma belle-sœur a encore oublié ma fête.",
      "J'ai vu passer le défilé du Père Noël, trop beau!",
      "Entre nous, mon régime est mis sur la glace jusqu'aux Fêtes 😂",
      'My sourdough won’t survive the week lol, can’t say much more.',
      'The announcement of the new Marvel cast drops next week 🍿',
      'Petit scoop : ma sœur se marie en juin!',
      // A reveal about now, a wink at the ballot, big news about one's own firm.
      "Un monsieur est venu au bureau de probation à matin, pis devinez quoi : c'est le nouveau coach de hockey de mon neveu.",
      'Guess what: the guy who came to the licensing office this morning is my nephew’s new hockey coach.',
      'Remember who cut the hospital budgets. Choose wisely on June 2 😉',
      "Grosse nouvelle : en parallèle de mon poste à la province, je lance ma firme de consultation! Écrivez-moi.",
      'Big news 😉 my husband’s drywall company just got its licence, DM me for his number.',
      'A colleague showed me the best poutine in Sudbury, thank you Marc!',
      'Je suis arrivée au bureau avant tout le monde ce matin, le café est prêt!',
      'Start looking around for cottages, prices are dropping!',
      'La fusion des deux clubs de soccer est déjà décidée, on jouera ensemble cet été!',
      // The same shapes about one's own life: a surprise party, a delivery, a season finale.
      "Without giving too much away, the season finale is worth staying up for.",
      "All I can say is my sister's surprise party is going to be epic.",
      'Sans trop en dire, la finale de la série vaut le détour.',
      'Grosse nouvelle pour les délais de livraison de mes tricots 😉',
      // Seeing the public service 'from the inside' is a job ad, not inside information.
      'Students: apply for a summer placement and see how public service works from the inside!',
      // The same after a sentence naming the OPS and a date, which makes a government subject and a time.
      'The OPS co-op program is hiring! Applications close March 3. A chance to see how the ministry works from the inside.',
      'Un stage d’été pour voir la fonction publique de l’intérieur : postulez avant le 1er mars.',
      'My sister is quietly planning a surprise party for mom.',
      'My plan to learn the guitar got quietly shelved again lol.',
      'Big renovation in the works at our cottage!',
      'The Leafs are about to announce their new coach.',
      'Rumour at the office: Dave is bringing donuts.',
      'Heard at the book club meeting that Anna is moving to Sudbury!',
      "If I were you I'd bring a sweater to the cottage this weekend.",
      "Big news: we're getting a puppy!",
      "Restez à l'écoute pour d'autres photos de notre voyage!",
      "Ses belles annonces sur les soins de longue durée, c'est de la poudre aux yeux.",
      "Big news, we're expecting a baby in June!",
      'Use my code ADA10 at the bakery! (Official favourite bakery of the Ministry of Agriculture 😉)',
      "Between you and me, my sister's lasagna beats my mother's.",
      'Stay tuned for more photos from our family trip to Algonquin Park.',
      'The ministry announced new transit funding today, details here: https://news.ontario.ca/en/release/2',
      "Can't say much about the plot of this movie without spoiling it, just go see it.",
      'Grosse nouvelle : nous avons adopté un chien!',
      "Ça reste entre nous, mais je crois que mon chat préfère mon voisin.",
      'Between us, the ministry cafeteria has the best soup in town.',
      // A share or a tally among a group: « d'entre nous », "between us, we have…", not a secret.
      { text: "Ma directrice vient d'annoncer qu'elle prend sa retraite en juin après 32 ans. C'est grâce à elle que la moitié d'entre nous a postulé ici.", mode: 'professional' },
      { text: 'Le ministère va changer le programme en juin. Plusieurs d\'entre nous ont travaillé là-dessus.', mode: 'professional' },
      { text: 'The ministry is changing the program in June. Between us, we have 60 years of experience with it.', mode: 'professional' },
      'Word is the ministry softball team will win the league this year.',
      // Who may know a surprise, and a director's word about a party.
      "Nobody's supposed to know about the surprise party for Dave on Friday, shh!",
      "Personne est censé le savoir, mais ma sœur se marie en juin!",
      'Word from my director: bring dessert to the potluck on Friday!',
      // Holding back over office life, with no decision told.
      "The office Christmas party is going to be memorable, that's all I'll say!",
      "Le party de Noël du bureau va être mémorable, c'est tout ce que je vais dire!",
      // A hush over a colleague's own news (a pregnancy, an engagement) keeps personal information, not a decision.
      "Congrats to Priya who's expecting in the fall (shh, she hasn't told the director yet 🤫)",
      "Bravo à Luc qui s'est fiancé en fin de semaine! Chut, il l'a pas encore dit à la directrice 🤫",
      // An instruction received is no news relayed.
      { text: "Since the reorg we've been told to close files within ten days, which is a lot.", mode: 'personal' },
      { text: 'On nous a dit de remplir le nouveau formulaire pour chaque dossier, bon.', mode: 'personal' },
      'La rumeur dit que le resto du coin va ouvrir un deuxième local.',
      'I can\'t say enough good things about the ministry team that launched the new portal.',
      "Je peux pas vous dire à quel point je suis fière de l'équipe du ministère.",
      'Our office will close early on Friday for the holiday.',
      "Budget day tomorrow! I'll be live-tweeting the minister's speech once it's public at 4 pm.",
      "We're hiring! Three policy analyst positions at the ministry, apply by Friday.",
      "On embauche! Trois postes d'analyste au ministère, postulez d'ici vendredi.",
      'My manager asked us to share this survey with our networks.',
      'Apply for the grant before June 1 on the portal: ontario.ca/grant',
      'Mes bougies sont de retour! Code promo BOUGIE15 pour 15 % de rabais, spécial collègues du ministère 😉',
      // "Spoiler" as the set-up of a punchline about now.
      'The ministry says wait times are improving. Spoiler: they are not.',
      'Le ministère dit que les délais s’améliorent. Divulgâcheur : non.',
      // A wink at the end of one line does not turn the next into a tease.
      'Bilinguisme requis (évidemment 😉)\nNuméro de l’offre : 221457 sur Carrières FPO',
      'Hybrid work, two days a week in the office (yes, really 😉)\nApply through the Ontario Public Service careers site.',
    ],
  },
});
