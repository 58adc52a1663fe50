// Cabinet confidences: Cabinet, Treasury Board and Management Board submissions, decks, decision
// items, house books, briefing and issues notes, a draft provincial budget, and what Cabinet or
// Treasury Board is deliberating or deciding (FIPPA s. 12; oath of office, O. Reg. 373/07 s. 3(1)).
// "Cabinet" alone is furniture, a swearing-in or a history talk: the body must come with a step of
// its process (approve, sign off, submission, "going to Cabinet") and the matter must not be public.
import { defineRule } from '../../define-rule.js';
import { plainBefore } from '../../text/unit.js';
import { gatePieces, lexicon } from '../../match.js';
import type { Hit, Span, Unit } from '../../types.js';
import { BRIEFING_DOCUMENTS_EN, CABINET_BODIES_EN, CABINET_DOCUMENTS_EN } from '../../lexicons/en/confidential-cabinet.js';
import { BRIEFING_DOCUMENTS_FR, CABINET_BODIES_FR, CABINET_DOCUMENTS_FR } from '../../lexicons/fr/confidential-cabinet.js';
import { adviceBefore, around, consultationCue, fictionCue, hasUrl, homeReveal, inUnitOrBefore, publicCue, quotedQuestion, spans, test, trainingCue } from './context.js';

// Cheap gate: every term of this rule contains one of these stems.
const GATE = /cabinet|\bcab\b|treasury|tresor|management board|executive council|conseil|\btb\b|\bmb|house ?book|house note|\bqp\b|question period|periode de questions|periode des questions|budget|decision item|point de decision|briefing|breffage|issues? note|note d'|note de synthese|note sur|transition|\bdm\b|\badm\b|ct\/cgg|priorities|p&p|cahier|speaking notes|allocution|estimates|talking points|key messages|messages cles|recommendations? to|recommandations? a|options? (?:to|a|au)|briefed|breffe|presented to|presente a|presente au/;
const DOCS = lexicon([...CABINET_DOCUMENTS_EN, ...CABINET_DOCUMENTS_FR]);
const BRIEFING = lexicon([...BRIEFING_DOCUMENTS_EN, ...BRIEFING_DOCUMENTS_FR]);
const BODIES_EN = lexicon([...CABINET_BODIES_EN, 'tb']);
const BODIES_FR = lexicon(CABINET_BODIES_FR);

// A step of the Cabinet process right after the body: "Cabinet (has finally) signed off", "Cabinet's decision".
const AFTER_EN =
  /^(?:'s)?[\s,]*(?:(?:has|have|had|is|are|was|were|will|would|just|already|finally|officially|won't|wont|didn't|didnt|did|may|might|could|should|still|also|then|quietly|apparently|reportedly|probably|likely|expected|set|going|gonna|wants|plans|seems|needs|to|not|be|been|about|gave|give|gives|giving|this|next|week|today|tomorrow|yesterday|on|monday|tuesday|wednesday|thursday|friday|last|night|morning|basically|totally|the|its|our|us|a|it)\s+){0,5}(?:approv|sign(?:ed|s|ing)? off|sign-off|signoff|reject|look(?:ing|s)? at|eyeing|study|studying|review(?:ing|s)?|(?:the )?nod|thumbs[ -]up|okayed|ok'd|cleared|turn(?:ed|s|ing)? (?:it |us |this )?down|shot (?:it |us |this )?down|shoot|kill|defer|discuss|deliberat|consider|decid|decision|submission|subs?\b|deck\b|asks?\b|agenda|minutes|debat|weigh|mull|greenl|green-?lit|green light|nix|veto|bless|push(?:ed|ing)? back|confidences?\b|endors|ratif|docs?\b|meeting (?:on|about)|go-ahead)/;
// The way to the body: "going to Cabinet", "approved by Treasury Board", "in front of TB".
const BEFORE_EN =
  /\b(?:going|goes|go|went|heading|headed|back|sent|send|sending|submitted|submit|submitting|bring|bringing|brought|take|taking|took|present|presenting|presented|pitch|pitching|pitched|cleared|clears|passed|survives|survive|survived|gets\s+through|get\s+through|got\s+through|made\s+it\s+through|made\s+it\s+past|got\s+past|approved by|rejected by|signed off by|endorsed by|killed by|blessed by|nixed by|approval from|approval by|approval of|sign-off from|sign-off by|signoff from|decision by|decision of|in front of|before|at|through|past)\s+(?:it\s+|this\s+|that\s+|them\s+|our\s+[a-z]+\s+)?(?:to\s+)?(?:the\s+)?$/;
const NOT_AFTER_EN =
  /^(?:'s)?\s*(?:office|secretariat|secretary|ministers?\b|maker|makers|doors?\b|hardware|shuffle|drawers?\b|of curiosities|directives?\b|polic(?:y|ies)\b|guidelines?\b|room|members?\b|position|post\b|portfolio|level|rank|colleagues|retreat|was sworn|were sworn|is sworn|sworn)/;
const NOT_BEFORE_EN =
  /\b(?:kitchen|bathroom|file|filing|medicine|display|china|liquor|gun|curio|storage|wall|base|corner|tv|media|shadow|new|former|federal|wine|record|arcade|speaker|guitar|oak|maple|wood|wooden|white|painted|ikea|garage|sink|vanity|trudeau's|carney's|biden's|trump's|harper's|household|family|home)\s+$/;
const NOT_NEAR_EN =
  /\b(?:sworn|swearing|shuffle|shuffled|appointed|appointment|named to|joins|joined|joining|promoted to|demoted|dropped from|left cabinet|resigned|resigns|mandate letters?|hinges|cupboards?|countertops?|renovat\w*|reno|paint\w*|ikea|history|historical|museum)\b|\b(?:kitchen|bathroom|vanity|drawers?|knobs?|pulls|handles|backsplash|stain(?:ed)?|colou?rs?|finish)\b|(?<!\b(?:close|closed|closing|shut|shutting|open|opened|opening) (?:the |its |our |their )?)\bdoors?\b/;

const AFTER_FR =
  /^[\s,]*(?:(?:a|ont|va|vont|doit|doivent|devrait|devraient|devra|pourrait|vient|viennent|est|sont|sera|ne|pas|encore|deja|finalement|officiellement|en|train|de|aurait|aura|enfin|demain|hier|cette|semaine|prochaine|lundi|mardi|mercredi|jeudi|vendredi|le|la|y|se|s'est|son|sa)\s+|(?:d|n|l|qu|s)'){0,6}(?:approuv|adopt|rejet|refus|enterin|examin|etudi|deliber|discut|decid|decision|tranch|regard\w*|evalu|song|envisag|jongl|donn\w* (?:son|le) (?:aval|feu vert)|aval|feu vert|bloqu|report|pench|prononc|sign)/;
const BEFORE_FR =
  /\b(?:presentation|presentations|memoire|soumission|soumettre|soumis|soumise|passer|passe|passera|passee|aller|ira|iront|envoye|envoyee|envoyer|devant|approuve|approuvee|approuves|rejete|rejetee|refuse|refusee|aval|vert|decision|decisions|deliberations|approbation|menu|jour|table)\s+(?:(?:du|au|le|la|de|des|par|a|l')\s*){0,2}$/;
const NOT_NEAR_FR =
  /\b(?:assermente|assermentee|assermentes|assermentation|remaniement|nomme|nommee|nommes|nomination|fait son entree|quitte|demission\w*|histoire|historique|musee|syndicat|association|etudiant\w*|club)\b/;
// « le Conseil des ministres de la maison » : the family deciding supper, a joke on the name.
const HOME_AFTER_FR = /^\s*(?:de\s+la\s+maison|de\s+la\s+famille|du\s+foyer|familial|du\s+chalet|de\s+la\s+cuisine|du\s+couple|de\s+la\s+maisonnee|(?:de|du)\s+(?:notre|ma|mon|nos|chez\s+nous)(?![\p{L}]))/u;

// "TB" is also tuberculosis: only Treasury Board's own verbs and routes count.
const TB_AFTER =
  /^[\s,]*(?:(?:has|have|had|is|was|will|just|already|finally|officially|did|didn't|didnt|then|the|our|us|it|gave)\s+){0,3}(?:approv|sign(?:ed|s|ing)? off|shot|reject|turn(?:ed|s)? (?:it |us |this )?down|kill|nix|green|asks?\b|subs?\b|deck|submission|minute)/;
const TB_BEFORE = /\b(?:going|goes|went|heading|sent|submitted|submitting|approved by|rejected by|signed off by|approval from|in front of)\s+(?:it\s+|this\s+)?(?:to\s+)?$/;

// Bodies whose name is shared by unions, companies and clubs need government context.
const GENERIC_BODY = /^(?:management board|executive council|conseil executif|conseil de gestion)$/;
const GOV_CONTEXT = lexicon([
  'ontario', 'province', 'provincial', 'ministry', 'minister', 'government', 'premier', 'cabinet', 'treasury board', 'tb',
  'ministère', 'ministre', 'gouvernement', 'provinciale', 'conseil des ministres', 'conseil du trésor', 'of cabinet',
  'du gouvernement',
]);
const BUDGET_GOV = lexicon([
  'province', 'provincial', 'ontario', 'ministry', 'minister', 'government', 'fiscal', 'treasury', 'finance', 'cabinet',
  'tb', 'our branch', 'the branch', 'ministère', 'ministre', 'gouvernement', 'finances', 'trésor', 'budget provincial',
]);
const BUDGET_NOT_GOV = lexicon([
  'city', 'municipal', 'council', 'town', 'township', 'county', 'region', 'regional', 'school board', 'household',
  'family', 'wedding', 'personal', 'club', 'church', 'association', 'condo', 'board of directors', 'student', 'union',
  'ville', 'municipalité', 'conseil municipal', 'familial', 'mariage', 'étudiant', 'syndicat', 'paroisse',
]);
// What a briefing note is about, or what it says: then its content is being disclosed.
const BRIEFING_CONTENT =
  /^(?:s|'s)?(?:\s+(?:deck|note|notes|binder|book|materials?|package))?(?:\s+(?:today|yesterday|this morning|this week|aujourd'hui|hier|ce matin))?(?:\s+(?:for|pour)\s+(?:the\s+|le\s+|la\s+|l')?(?:minister|deputy minister|deputy|dm|adm|premier|ministre|sous-ministre|sma|premier ministre|cabinet)(?:'s office)?)?\s*(?:on|about|re|regarding|for the|says|said|recommends|recommended|proposes|proposed|shows|states|argues|that|flags|warns|sur|concernant|au sujet|a propos|portant sur|qui|dit|indique|recommande|propose|montre)\b|^(?:s|'s)?\s*:/;
// What was put to the minister or deputy: "…to the Deputy this morning: we proposed merging the two units".
const PROPOSAL_AFTER =
  /\b(?:we|i|they|nous|on|j'ai|je)\s{1,3}(?:(?:have|had|avons|ai|a)\s{1,3})?(?:proposed|recommended|suggested|pitched|asked for|propose|proposons|recommande|recommandons|suggere|suggerons|demande)\b/;
const SHARE_BEFORE = /\b(?:here'?s|here is|attached|screenshot|screencap|photo|pic|leaked|sneak peek|look at|check out|read|reading|copy of|voici|ci-joint|capture|fuite|coulee)\b[^.]{0,30}$/;

// "…my first briefing note for the minister today! It's about closing the courthouse": its subject, told next.
const TOPIC_OPENING = /^\s*(?:it'?s about|it is about|it's on|about|re:|topic:|subject:|sur|c'est sur|ca porte sur|au sujet de|a propos de|a propos du|concernant)(?![\p{L}])/u;
/** Pieces one of which every TOPIC_OPENING match holds: each alternative opens the sentence or follows
 * a space, which the trigger index reads as a separator (" about" is in "it's about" and "it is about",
 * " sur" in "c'est sur" and "ca porte sur", " a propos d" in "a propos de" and "a propos du"). */
const TOPIC_PIECES = [" about", " it's on", " re:", " topic:", " subject:", " sur", " au sujet de", " a propos d", " concernant"];

function topicAfterBriefing(unit: Unit): Hit[] {
  const m = TOPIC_OPENING.exec(unit.plain);
  if (!m || !unit.before) return [];
  const before = plainBefore(unit);
  if (!test(BRIEFING, before) && !test(DOCS, before)) return [];
  if (publicCue(unit) || hasUrl(unit) || trainingCue(unit)) return [];
  const start = m[0].length - m[0].trimStart().length;
  return [{ start, end: m[0].length }];
}

function strongHit(unit: Unit, m: Span & { text: string }): Hit | null {
  if (adviceBefore(unit, m.start)) return null;
  const t = m.text.replace(/\s+/g, ' ');
  if (/^house ?books?$/.test(t) && /^\s*clubs?\b/.test(unit.plain.slice(m.end, m.end + 8))) return null;
  if (/^(?:draft budget|budget draft|provincial budget draft|draft of the budget|draft provincial budget|draft fiscal plan|ebauche (?:du|de) budget|version preliminaire du budget)$/.test(t)) {
    if (!inUnitOrBefore(unit, BUDGET_GOV) || inUnitOrBefore(unit, BUDGET_NOT_GOV) || consultationCue(unit)) return null;
  }
  if (/^(?:decision items?|points? de decision)$/.test(t) && !inUnitOrBefore(unit, GOV_CONTEXT)) return null;
  if (publicCue(unit)) return { start: m.start, end: m.end, severity: { personal: 'medium', professional: 'medium', official: 'medium' } };
  return { start: m.start, end: m.end };
}

// "Lessons from writing roughly 100 briefing notes:", « après avoir rédigé des centaines de notes de
// breffage » : the craft of a kind of document, counted by the many, not one note's subject.
const CRAFT_BEFORE =
  /\b(?:writing|wrote|written|write|drafting|drafted|rediger|redige|redigees|ecrit|ecrites|ecrire)\s(?:(?:roughly|about|around|over|some|more\sthan|nearly|almost|\d[\d,]*|hundreds\sof|dozens\sof|thousands\sof|so\smany|plus\sde|pres\sde|environ|des|une\scentaine\sde|des\scentaines\sde|des\sdizaines\sde)\s){1,3}$/;

// The document's noun in the plural ("briefing notes", « notes de breffage »), not any word ending in s ("issues note").
const PLURAL = /(?:^|\s)(?:notes|briefings|breffages|books|binders|decks|packages)(?:\s|$)/;
// …unless their subject follows: "I've written 3 briefing notes on the Sudbury closure".
const SUBJECT_AFTER = /^\s{0,3}(?:on|about|re|regarding|sur|concernant|au\ssujet|a\spropos|portant\ssur)\b/;

function briefingHit(unit: Unit, m: Span): Hit | null {
  if (adviceBefore(unit, m.start) || publicCue(unit) || hasUrl(unit)) return null;
  const after = unit.plain.slice(m.end, m.end + 70);
  const before = unit.plain.slice(Math.max(0, m.start - 50), m.start);
  if (CRAFT_BEFORE.test(before) && PLURAL.test(unit.plain.slice(m.start, m.end)) && !SUBJECT_AFTER.test(after)) return null;
  if (test(BRIEFING_CONTENT, after) || SHARE_BEFORE.test(before) || PROPOSAL_AFTER.test(after)) return { start: m.start, end: m.end };
  return {
    start: m.start,
    end: m.end,
    severity: { personal: 'tip', professional: 'tip', official: 'tip' },
    message: {
      en: 'Mentioning a briefing or issues note is fine; its subject and content are confidential. Keep what it is about and what it says off social media.',
      fr: "Parler d'une note de breffage ou d'information en soi, ça va; son sujet et son contenu sont confidentiels. Gardez-les hors des médias sociaux.",
    },
  };
}

function bodyHit(unit: Unit, m: Span & { text: string }, fr: boolean): Hit | null {
  const p = unit.plain;
  const after = p.slice(m.end, m.end + 80);
  const before = p.slice(Math.max(0, m.start - 50), m.start);
  const name = m.text.replace(/\s+/g, ' ');
  if (GENERIC_BODY.test(name) && !around(unit, GOV_CONTEXT, m.start - 1, m.start, 120, 0) && !test(GOV_CONTEXT, after.slice(0, 30))) {
    if (!/\bof cabinet\b/.test(after.slice(0, 12))) return null;
  }
  if (name === 'tb') {
    if (!TB_AFTER.test(after) && !TB_BEFORE.test(before)) return null;
  } else if (fr) {
    if (around(unit, NOT_NEAR_FR, m.start, m.end, 60, 60) || HOME_AFTER_FR.test(after)) return null;
    if (!AFTER_FR.test(after) && !BEFORE_FR.test(before)) return null;
  } else {
    if (NOT_AFTER_EN.test(after) || NOT_BEFORE_EN.test(before) || around(unit, NOT_NEAR_EN, m.start, m.end, 60, 60)) return null;
    if (!AFTER_EN.test(after) && !BEFORE_EN.test(before)) return null;
  }
  if (publicCue(unit) || hasUrl(unit) || adviceBefore(unit, m.start) || quotedQuestion(unit, m)) return null;
  return { start: m.start, end: m.end };
}

export default defineRule({
  id: 'confidential/cabinet',
  category: 'confidential',
  severity: { personal: 'high', professional: 'high', official: 'high' },
  guidelines: ['fippa-cabinet-confidences', 'oath-secrecy', 'coi-confidential-information', 'ops-guiding-principles'],
  title: { en: 'Cabinet confidence', fr: 'Secret du Conseil des ministres' },
  why: {
    en: 'This points to Cabinet or Treasury Board business: a submission, a briefing document, or what Cabinet is considering or deciding. Cabinet deliberations are confidential by law, and your oath covers what you learn at work until it is made public.',
    fr: "Il est question ici des travaux du Conseil des ministres ou du Conseil du Trésor : une présentation, un document de breffage, ou ce que le Conseil examine ou décide. Ses délibérations sont confidentielles de par la loi, et votre serment vous engage à taire ce que vous apprenez au travail tant que ce n'est pas rendu public.",
  },
  // Every hit needs GATE in its own sentence, or TOPIC_OPENING there after a briefing told before.
  triggers: [...gatePieces(GATE), ...TOPIC_PIECES],
  triggersHere: true,
  detect(unit) {
    if (!GATE.test(unit.plain)) return topicAfterBriefing(unit);
    // A satire's or a novel's cabinet is the story's.
    if (trainingCue(unit) || fictionCue(unit)) return [];
    const hits: Hit[] = [];
    const taken: Span[] = [];
    for (const m of spans(DOCS, unit.plain)) {
      taken.push(m);
      // "leaked cabinet document: it's my grandma's butter tart recipe".
      if (homeReveal(unit, m)) continue;
      const h = strongHit(unit, m);
      if (h) hits.push(h);
    }
    for (const m of spans(BRIEFING, unit.plain)) {
      if (taken.some((t) => t.start < m.end && m.start < t.end)) continue;
      taken.push(m);
      const h = briefingHit(unit, m);
      if (h) hits.push(h);
    }
    const fr = unit.locale === 'fr';
    for (const m of spans(fr ? BODIES_FR : BODIES_EN, unit.plain)) {
      if (taken.some((t) => t.start < m.end && m.start < t.end)) continue;
      const h = bodyHit(unit, m, fr);
      if (h) {
        hits.push(h);
        break;
      }
    }
    return hits;
  },
  examples: {
    invalid: [
      // A proposal told with its content, its fate still with Treasury Board.
      { text: 'Building slides on the new trades bonus: $3,000 per apprentice if it survives Treasury Board 🤞', span: 'Treasury Board', mode: 'personal' },
      // Found for real, not in a quiz.
      { text: 'Found a cabinet document on the printer this morning, juicy stuff 👀', span: 'cabinet document' },
      { text: "J'ai trouvé un document du Conseil des ministres sur l'imprimante, ça promet 👀", span: 'document du Conseil des ministres' },
      // Many notes written, with their subject told.
      { text: "I've written 3 briefing notes on the Sudbury closure this week: the minister won't like them.", span: 'briefing notes', mode: 'professional' },
      // A quoted statement (not a question) is still told.
      { text: "My director told me: 'cabinet approved the Sudbury closure yesterday.'", span: 'cabinet', mode: 'personal' },
      { text: "Mon directeur m'a dit : « le Conseil des ministres a approuvé la fermeture de Sudbury hier. »", span: 'Conseil des ministres', mode: 'personal' },
      // The draft named noun-last, a body cleared on the way, the French « période des questions ».
      { text: "Late night at the office, the 2027 budget draft won't format itself and the fiscal tables are due to Cabinet Office Friday.", span: 'budget draft', mode: 'personal' },
      { text: 'Our proposal for the northern broadband fund cleared Treasury Board this week! The announcement is still weeks out.', span: 'Treasury Board', mode: 'professional' },
      { text: 'Grosse journée à préparer les notes pour la période des questions, le dossier du collège va faire jaser.', mode: 'professional' },
      { text: 'Finally done with the Cabinet submission on the new transit fare rules, it goes in Monday!', span: 'Cabinet submission', severity: 'high' },
      { text: 'Treasury Board signed off on our ask this morning, huge relief for the team.', span: 'Treasury Board' },
      { text: 'Cabinet decided to close the doors on the northern clinics program, not announced yet.', span: 'Cabinet' },
      { text: 'Our TB sub for the northern clinics is back from review.', span: 'TB sub' },
      { text: "Spent the weekend on a briefing note about closing two ServiceOntario counters, the minister won't like it.", span: 'briefing note' },
      { text: "Sneak peek: the province's draft budget has a big surprise for the mining sector this year.", span: 'draft budget', mode: 'official' },
      { text: 'Le Conseil des ministres doit approuver la fusion des deux organismes jeudi.', span: 'Conseil des ministres' },
      { text: 'Je termine la présentation au Conseil du Trésor pour notre nouveau programme, ouf!', span: 'présentation au Conseil du Trésor' },
      { text: "La note de breffage sur les compressions au ministère est prête, je vous en dis plus bientôt.", span: 'note de breffage' },
      { text: 'Cabinet is looking at raising the speed limit on the 401.', span: 'Cabinet' },
      { text: 'Le Conseil des ministres regarde pour augmenter la limite de vitesse.', span: 'Conseil des ministres' },
      { text: "Finished the briefing note for the minister today! It's about closing the Elliot Lake lab.", span: "It's about" },
      { text: "Ma note de breffage pour la ministre est finie. Sur la fermeture du labo d'Elliot Lake.", span: 'Sur' },
      { text: 'Presented our recommendations to the Deputy this morning: we proposed merging the two units.', span: 'recommendations to the Deputy' },
    ],
    valid: [
      // Surviving a board that is nobody's cabinet.
      'My kid survived her first school board meeting as student trustee!',
      // A joke heading revealed as a home matter.
      "BREAKING 🚨 leaked cabinet document: it's my grandma's butter tart recipe and I'm not sharing.",
      // A training quiz's made-up case.
      'The quiz asked me what to do with a cabinet document I found on the printer. Answer: not tweet about its contents 😅',
      "Question du quiz : que faire d'un document du Conseil des ministres oublié sur l'imprimante? Réponse : surtout pas le publier 😅",
      // A record the archives have opened to the public.
      { text: "Fascinating 1972 file released this year: a typed briefing note on the Toronto flood control plan, now in the public reading room.", mode: 'professional' },
      { text: 'Trouvaille aux Archives de l’Ontario : une note de breffage de 1968 sur le pont de Hawkesbury, en salle de consultation.', mode: 'professional' },
      // The craft of a kind of document, counted by the many: no note's subject.
      { text: 'Lessons from writing roughly 100 briefing notes: put the ask in the first line.', mode: 'professional' },
      { text: 'Après avoir rédigé des centaines de notes de breffage : mettez la demande en premier.', mode: 'professional' },
      // Someone's question quoted by the author: the words are the asker's, nothing is disclosed.
      "A student asked me: \"does cabinet decide the budget before everyone else?\" Yes, and it stays with me.",
      "On m'a demandé au salon de l'emploi : « savez-vous ce que le Conseil des ministres décide avant tout le monde? » Réponse : parfois.",
      // A budget draft that is not the province's.
      'Working on our wedding budget draft tonight, why are flowers so expensive lol',
      'Le budget familial : première ébauche du budget faite, on coupe dans les restos!',
      // Satire and fiction: the cabinet is the story's.
      'Rewatching Yes Minister: every cabinet decision is "courageous" and the civil service always wins.',
      "Dans le livre, le Conseil des ministres approuve en secret la fermeture de l'usine.",
      // The author's own play: its civil servant is fictional, its cabinet secret the plot.
      "Lecture de ma pièce ce soir! Un sous-ministre fictif coule un secret du Conseil des ministres, pis c'est une comédie.",
      'We finally installed the new kitchen cabinets this weekend, so happy with the oak!',
      // The family as a cabinet deciding supper.
      'The household cabinet approved tacos tonight, 3 to 1.',
      'Décision du Conseil des ministres de la maison ce soir : tacos ou pizza.',
      // Furniture talk anywhere in the sentence: the finish, the doors, the pulls.
      'Cabinet decision made: matte black pulls and the walnut finish. Week 3 of the reno!',
      "Cabinet's been approved by my wife, we're doing navy doors after all.",
      'Congratulations to the new Cabinet, sworn in today at Queen’s Park.',
      'Great public history talk tonight about how Cabinet government evolved in Upper Canada.',
      'The shadow cabinet held a press conference this morning.',
      'Training tip: a strong briefing note fits on two pages and leads with the ask.',
      'Le nouveau Conseil des ministres a été assermenté aujourd’hui à Queen’s Park.',
      'Mon cabinet de dentiste déménage au centre-ville le mois prochain.',
      'Le conseil municipal présente son ébauche de budget pour 2026, donnez votre avis en ligne.',
      'Great session on how Cabinet decisions are made, part of our orientation.',
      'Belle séance sur le fonctionnement du Conseil des ministres.',
      { text: 'Cabinet approved the new housing plan, announced today by the Premier: https://news.ontario.ca/en/release/1', mode: 'personal' },
    ],
  },
});
