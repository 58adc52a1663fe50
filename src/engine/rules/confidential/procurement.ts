// Procurement before award: who is winning, scores, prices, the shortlist (O. Reg. 381/07 s. 5 and
// s. 6: confidential information, and the appearance of preferential treatment). A public notice
// ("RFP now open on the Ontario Tenders Portal"), an announced award, an auction or an Olympic bid
// is not flagged; saying that evaluations are under way, without details, is only a tip.
import { defineRule } from '../../define-rule.js';
import { plainBefore } from '../../text/unit.js';
import { gatePieces, lexicon } from '../../match.js';
import type { Hit } from '../../types.js';
import {
  AWARD_FUTURE_EN, EVALUATION_DETAILS_EN, EVALUATION_STATUS_EN, EVALUATOR_PREFERENCES_EN, EVALUATORS_EN, PROCUREMENT_GENERIC_EN,
  PROCUREMENT_PUBLIC_EN, PROCUREMENT_TERMS_EN,
} from '../../lexicons/en/confidential-procurement.js';
import {
  AWARD_FUTURE_FR, EVALUATION_DETAILS_FR, EVALUATION_STATUS_FR, EVALUATOR_PREFERENCES_FR, EVALUATORS_FR, PROCUREMENT_GENERIC_FR,
  PROCUREMENT_PUBLIC_FR, PROCUREMENT_TERMS_FR,
} from '../../lexicons/fr/confidential-procurement.js';
import { ANIMALS_EN, FAMILY_EN } from '../../lexicons/en/sensitive-fact-context.js';
import { ANIMALS_FR, FAMILY_FR } from '../../lexicons/fr/sensitive-fact-context.js';
import { GOV_OBJECTS_EN } from '../../lexicons/en/confidential-context.js';
import { GOV_OBJECTS_FR } from '../../lexicons/fr/confidential-context.js';
import { adviceBefore, inUnitOrBefore, publicCue, spans, test, trainingCue } from './context.js';

const PROC = lexicon([...PROCUREMENT_TERMS_EN, ...PROCUREMENT_TERMS_FR]);
const GENERIC = lexicon([...PROCUREMENT_GENERIC_EN, ...PROCUREMENT_GENERIC_FR]);
// "a senior procurement officer", « agente d'approvisionnement »: a job's title names no procurement under way.
const JOB_AFTER = /^\s(?:officer|officers|specialist|specialists|lead|analyst|analysts|advisor|adviser|manager|professional|clerk|role|job|career)(?![\p{L}])/u;
const JOB_BEFORE = /(?:^|[^\p{L}])(?:agente?s?|conseill(?:er|ere)s?|specialistes?|analystes?|gestionnaires?|responsables?)\s(?:en|de|d'|des)\s?$/u;

/** A procurement named in `s`, not as part of someone's job title. */
function procurementIn(s: string): boolean {
  return spans(PROC, s).some((m) => !JOB_AFTER.test(s.slice(m.end, m.end + 14)) && !JOB_BEFORE.test(s.slice(Math.max(0, m.start - 18), m.start)));
}
const DETAILS = lexicon([...EVALUATION_DETAILS_EN, ...EVALUATION_DETAILS_FR]);
const STATUS = lexicon([...EVALUATION_STATUS_EN, ...EVALUATION_STATUS_FR]);
const AWARD = lexicon([...AWARD_FUTURE_EN, ...AWARD_FUTURE_FR]);
const PUBLIC = lexicon([...PROCUREMENT_PUBLIC_EN, ...PROCUREMENT_PUBLIC_FR]);
const EVALUATORS = lexicon([...EVALUATORS_EN, ...EVALUATORS_FR]);
const PREFERENCES = lexicon([...EVALUATOR_PREFERENCES_EN, ...EVALUATOR_PREFERENCES_FR]);
// A generic word ("firm", « firme ») is a government procurement when a government matter is named too.
const GOV = lexicon([...GOV_OBJECTS_EN, ...GOV_OBJECTS_FR]);
// An infinitive after "know who" / « sait qui »: "who to pick", « qui choisir ».
const KNOW_WHO_TO = /^\s(?:to\s[a-z]+|(?:choisir|appeler|engager|prendre|embaucher|contacter|recommander)\b)/;
// A shortlist of vendors is a procurement by itself; "the cheapest" needs more context.
const SHORTLIST = /^(?:shortlist|shortlisted|short list|short-listed|liste restreinte|preselection|preselectionne|preselectionnee|bafo|best and final)$/;
const BETWEEN_EVALUATOR_AND_VERB = /^\s{1,4}(?:(?:only|really|mostly|mainly|just|truly|actually|ne|vraiment|surtout|juste|seulement)\s{1,4}){0,2}$/;
// Details that mean little alone ("the RFP looks like a lot of work").
// Cheap gate: every procurement word of this rule contains one of these stems.
const GATE =
  /\brf[a-z]|tender|procure|\bbid|proponent|vendor|\bvor\b|request for|competitive|sole.source|invitational|proposal|submission|supplier|quote|contract|firm|consultant|appel d'offres|\bddp\b|demande de|\bdpq\b|soumission|proposant|adjudication|marche public|approvisionnement|fournisseur|concurrentiel|proposition|offre|entrepreneur|devis/;
// "Negotiating with a 9 year old is worse than any contract talks": bargaining at home.
const HOME_PARTY = lexicon([...FAMILY_EN, ...FAMILY_FR, ...ANIMALS_EN, ...ANIMALS_FR, 'toddler', 'toddlers', 'teenager', 'teenagers', 'year old', 'year-old', 'ado', 'ados']);
const NEGOTIATION = /^(?:negotiating with|in negotiations with|en negociation avec|negocie avec|negocier avec)$/;
const BEFORE_HOME_PARTY = /^\s{1,3}(?:(?:a|an|my|our|the|his|her|their|un|une|mon|ma|mes|notre|nos|son|sa|ses|\d{1,2})[\s-]{1,3}){0,2}$/;
const WEAK = /^(?:looks like|leading|is ahead|favou?rite|the winner|on dirait que|favori|favorite|en tete|devance|scores|scored|classe|classee|consensus|pricing)$/;
const AWARD_SELF_CONTAINED = /\b(?:contract|tender|rfp|contrat|appel d'offres)\b/;
const FUTURE = /\b(?:will|going to|gonna|is getting|gets|va|vont|sera|obtiendra)\b/;

/** Whether the party right after "negotiating with" is family, a child or a pet. */
function atHome(after: string): boolean {
  return spans(HOME_PARTY, after).some((m) => BEFORE_HOME_PARTY.test(after.slice(0, m.start)));
}

export default defineRule({
  id: 'confidential/procurement',
  category: 'confidential',
  severity: { personal: 'high', professional: 'high', official: 'high' },
  guidelines: ['coi-confidential-information', 'coi-preferential-treatment', 'oath-secrecy', 'ops-guiding-principles'],
  title: { en: 'Procurement before award', fr: "Approvisionnement avant l'attribution" },
  why: {
    en: 'This reveals where a procurement stands before the award: who is ahead, scores, prices or the shortlist. That information is confidential until the result is published, and sharing it can give a bidder an unfair advantage.',
    fr: "Ce passage révèle où en est un approvisionnement avant l'attribution : qui est en tête, les pointages, les prix ou la liste restreinte. Ces renseignements sont confidentiels jusqu'à la publication du résultat, et les divulguer peut avantager indûment un soumissionnaire.",
  },
  // The gate at the top of detect(), as a pre-filter.
  triggers: gatePieces(GATE),
  detect(unit) {
    const p = unit.plain;
    if (!GATE.test(p) && !(unit.before && GATE.test(plainBefore(unit)))) return [];
    const proc = procurementIn(p) || (unit.before !== '' && procurementIn(plainBefore(unit)));
    // The contract may be named in a question just before: "The winter maintenance contract? The evaluation's done."
    const generic = inUnitOrBefore(unit, GENERIC);
    if (!proc && !generic) return [];
    if (trainingCue(unit)) return [];
    // "the evaluation team only really cares about price": how bids are judged, told from inside.
    const prefs = spans(PREFERENCES, p);
    for (const e of spans(EVALUATORS, p)) {
      const v = prefs.find((x) => x.start > e.end && x.start <= e.end + 30 && BETWEEN_EVALUATOR_AND_VERB.test(p.slice(e.end, x.start)));
      if (v && !adviceBefore(unit, e.start)) return [{ start: e.start, end: v.end }];
    }
    const status = test(STATUS, p);
    const isPublic = test(PUBLIC, p) || publicCue(unit);
    const hits: Hit[] = [];
    for (const m of spans(AWARD, p)) {
      if (adviceBefore(unit, m.start)) continue;
      if (!AWARD_SELF_CONTAINED.test(m.text) && !proc && !generic) continue;
      if (test(/\b(?:has been|was|were|a ete)\b/, m.text) || (isPublic && !FUTURE.test(m.text))) continue;
      // "going to get the contract signed by Friday" is paperwork, not an award.
      if (/^\s+(?:signed|renewed|extended|reviewed|drafted|done|finali[sz]ed|back|approved|over|out|ready|in|sorted|signe|renouvele|prolonge)\b/.test(p.slice(m.end, m.end + 14))) continue;
      hits.push({ start: m.start, end: m.end });
    }
    if (hits.length) return hits;
    if (!proc && !generic) return [];
    for (const m of spans(DETAILS, p)) {
      if (adviceBefore(unit, m.start) || isPublic) continue;
      if (NEGOTIATION.test(m.text.replace(/\s+/g, ' ')) && atHome(p.slice(m.end, m.end + 40))) continue;
      // "you already know who to pick", « on sait déjà qui appeler »: whom to choose or call, a preference, not a settled award.
      if (/\bwho$|\bqui$/.test(m.text) && KNOW_WHO_TO.test(p.slice(m.end, m.end + 20))) continue;
      const weak = WEAK.test(m.text.replace(/\s+/g, ' '));
      const shortlist = SHORTLIST.test(m.text.replace(/\s+/g, ' '));
      if (weak ? !(proc && (status || generic || FUTURE.test(p))) : !(proc || (generic && (status || shortlist || test(GOV, p))))) continue;
      return [{ start: m.start, end: m.end }];
    }
    if (status && !isPublic) {
      for (const m of spans(STATUS, p)) {
        if (adviceBefore(unit, m.start)) continue;
        return [{
          start: m.start,
          end: m.end,
          severity: { personal: 'tip', professional: 'tip', official: 'tip' },
          message: {
            en: 'Saying that an evaluation is under way is fine; who is ahead, scores, prices and the shortlist stay confidential until the award is published.',
            fr: "Dire qu'une évaluation est en cours, ça va; qui est en tête, les pointages, les prix et la liste restreinte restent confidentiels jusqu'à la publication de l'attribution.",
          },
        }];
      }
    }
    return [];
  },
  examples: {
    invalid: [
      // A procurement told to suppliers before it is posted.
      { text: "Friends in the modular-building space: an RFP for 40 portable classrooms is coming in Q2. Might want to get your bids ready early 😉", span: 'coming in Q2', mode: 'professional' },
      { text: "Amis fabricants : un appel d'offres pour 40 classes mobiles s'en vient au printemps. Préparez vos soumissions 😉", span: "s'en vient au printemps", mode: 'professional' },
      // The job named, and a procurement under way.
      { text: 'As a procurement officer on the bridge RFP, I can tell you one bidder is in a league of its own.', span: 'in a league of its own', mode: 'professional' },
      // The winner known before the award; "who" with no infinitive after it.
      { text: 'The snow-clearing RFP is for show, we already know who it goes to.', span: 'we already know who', mode: 'personal' },
      { text: "Pour l'appel d'offres du déneigement, on sait déjà qui. Inutile de soumissionner.", span: 'on sait déjà qui', mode: 'personal' },
      // The specification cut for one bidder, the winner known, bidders compared from inside.
      { text: 'The spec for the new case system RFP is basically written for one vendor.', span: 'written for one vendor', mode: 'personal' },
      // The field sized up, a bidder hinted at by its initial.
      { text: 'Evaluation wrapped on the fleet telematics RFP: nine bids, two really strong ones.', span: 'really strong ones', mode: 'professional' },
      { text: 'Evaluation wrapped on the fleet telematics RFP, one starts with a T 👀', span: 'one starts with a', mode: 'professional' },
      { text: "Évaluation finie pour l'appel d'offres du déneigement : deux très fortes soumissions.", span: 'deux très fortes', mode: 'professional' },
      { text: "Évaluation finie pour l'appel d'offres du déneigement, dont une qui commence par un G 😏", span: 'dont une qui commence par', mode: 'professional' },
      { text: "L'appel d'offres pour le transport scolaire ferme vendredi, mais on sait déjà au bureau qui va l'avoir.", span: "qui va l'avoir", mode: 'personal' },
      { text: 'Three bids in for the scheduling system RFP. Not naming names, but one of them clearly gets it.', span: 'one of them clearly', mode: 'professional' },
      // The outcome settled before the award.
      { text: 'The RFP is basically decided already.', span: 'basically decided', severity: 'high' },
      { text: "L'appel d'offres pour le nouveau portail? C'est joué d'avance.", span: "C'est joué d'avance" },
      // Where the evaluation stands, in everyday words.
      { text: "On the MTO snow-clearing contract for Sault North, the evaluation's basically done and Acme Roads is miles ahead.", mode: 'personal' },
      { text: "Pour le contrat d'entretien des parcs provinciaux : c'est serré entre deux firmes, décision en avril.", span: 'serré entre' },
      { text: "The new road salt contract for the Pembroke yard? The evaluation's basically done.", span: "evaluation's basically done" },
      { text: 'RFP evaluations wrapped today and the lowest bid came from a tiny Sudbury firm, wild.', span: 'lowest bid', severity: 'high' },
      { text: "Between the three proponents, Acme is the clear winner on the tender so far.", span: 'clear winner' },
      { text: 'Pretty sure Northway is going to get the contract for the new data centre.', span: 'going to get the contract' },
      { text: 'Two bidders were disqualified on the mandatory requirements this morning.', span: 'disqualified' },
      { text: "Évaluation des soumissions terminée pour l'appel d'offres : le gagnant est une firme d'Ottawa.", span: 'le gagnant' },
      { text: "Le fournisseur local va remporter le contrat, c'est presque certain.", span: 'va remporter le contrat' },
      { text: 'Tip for bidders: the evaluation panel only really cares about price on this RFP.', span: 'the evaluation panel only really cares about' },
      { text: "Le comité d'évaluation regarde juste le prix pour cet appel d'offres, en passant.", span: "Le comité d'évaluation regarde juste" },
      { text: 'Shortlist for the digital ID vendor is down to two.', span: 'Shortlist' },
      { text: 'Still negotiating with the two vendors on the fleet contract, one is way cheaper.', mode: 'personal' },
      { text: "La liste restreinte pour le nouveau système de permis : deux firmes d'Ottawa.", span: 'liste restreinte' },
    ],
    valid: [
      // An initial that is nobody's bid.
      "My daughter's name starts with an A and she loves my RFP jokes.",
      // A posted procurement's deadline; an auction.
      "La date limite de l'appel d'offres s'en vient vite : soumettez votre proposition sur le portail avant vendredi.",
      'Get your bids ready: the silent auction at the school fair starts at 6!',
      // A procurement officer's job title names no procurement under way (praise of a vendor is conflict-of-interest's).
      { text: "As a senior procurement officer I've seen a LOT of vendors, and honestly these folks are in a league of their own.", mode: 'professional' },
      // "know who to call / qui appeler": whom to contact or choose, not a settled award.
      'The snow-clearing RFP closes Friday. If you work in procurement you already know who to call for questions: the contact on the tender.',
      "L'appel d'offres pour le déneigement ferme vendredi. Si vous avez des questions, on sait déjà qui appeler : la personne-ressource de l'appel d'offres.",
      // The same words with no procurement about: a book club, a hockey pool.
      'Three books in for the club vote. One of them clearly wins for me, the cover alone.',
      "Pour le pool de hockey, on sait déjà qui va l'avoir : mon beau-frère, comme chaque année.",
      // Bargaining at home, next to a contract word.
      { text: 'Negotiating with a 9 year old over screen time is worse than any contract talks 😂', mode: 'personal' },
      { text: "Négocier avec mon ado pour l'heure du coucher, c'est pire qu'un contrat de fournisseur.", mode: 'personal' },
      'The trade for the new goalie is a done deal, finally.',
      'Le souper est déjà décidé : tacos pour tout le monde.',
      'My nephew\'s hockey team has the tournament in the bag, the contract for the ice time is signed.',
      'Le contrat de mon chum est dans la poche, il commence lundi!',
      'Our RFP for bilingual translation services is now open on the Ontario Tenders Portal, apply by May 3.',
      'The contract was awarded to a local firm, announced today by the ministry: https://news.ontario.ca/x',
      'The winning bid at the school silent auction was a hand-made quilt!',
      'Toronto should bid for the 2036 Olympic Games, change my mind.',
      "L'appel d'offres pour les services de traduction est ouvert sur le portail jusqu'au 3 mai.",
      "Bravo à notre club : meilleure offre à l'encan de Noël!",
      'Got three quotes for my deck and the cheapest contractor was half the price!',
      "J'ai eu trois soumissions pour ma terrasse, la moins chère est la meilleure!",
      'The panel likes the new logo design, says my friend.',
    ],
  },
});
