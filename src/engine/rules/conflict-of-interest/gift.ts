// Thanking someone for a gift or benefit: "thanks @AcmeConsulting for the Leafs tickets",
// "comped dinner from our vendor". Public servants may not accept gifts from anyone who deals or
// wants to deal with the government, beyond a nominal courtesy (O. Reg. 381/07 s. 4). The giver
// decides how serious it is: a supplier or stakeholder is high, family and friends are silent.
import { plainBefore } from '../../text/unit.js';
import { defineRule } from '../../define-rule.js';
import type { Hit, ModeSeverity, Mode, Unit } from '../../types.js';
import { findAll, findTerms, has, lexicon, type Match } from '../../match.js';
import {
  BENEFITS_EN, FAMILY_GIVERS_EN, FREE_WORDS_EN, GIFT_ALONE_EN, GIVER_MARKERS_EN, GIVING_VERBS_EN, NOT_BENEFIT_AFTER_EN,
  ORG_NAME_PARTS_EN, PRIVATE_OCCASIONS_EN, PRIZES_EN, PUBLIC_EVENTS_EN, RECEIVING_VERBS_EN, RECIPIENT_GROUPS_EN,
  STAKEHOLDER_GIVERS_EN, THANKS_EN,
} from '../../lexicons/en/conflict-gift.js';
import {
  BENEFITS_FR, FAMILY_GIVERS_FR, FREE_WORDS_FR, GIFT_ALONE_FR, GIVER_MARKERS_FR, GIVING_VERBS_FR, NOT_BENEFIT_AFTER_FR,
  ORG_NAME_PARTS_FR, PRIVATE_OCCASIONS_FR, PRIZES_FR, PUBLIC_EVENTS_FR, RECEIVING_VERBS_FR, RECIPIENT_GROUPS_FR,
  STAKEHOLDER_GIVERS_FR, THANKS_FR,
} from '../../lexicons/fr/conflict-gift.js';
import { PUBLIC_RESOURCES_EN } from '../../lexicons/en/conflict-endorsement.js';
import { PUBLIC_RESOURCES_FR } from '../../lexicons/fr/conflict-endorsement.js';
import { alternation, dutyRelation } from './context.js';
import { stripAccents } from '../../text/fold.js';
import { personNames } from '../../nlp.js';

const THANKS = lexicon([...THANKS_EN, ...THANKS_FR]);
const GIVING = lexicon([...GIVING_VERBS_EN, ...GIVING_VERBS_FR]);
// "treated the whole team to lunch", "a invité toute l'équipe au golf": giving to the author's group.
const GIVING_GROUP = new RegExp(
  `(?<![\\p{L}])(?:treated|treats|treating|took|takes|taking|flew|flying|bought|buys|sent|sends|gave|gives|invited|invites|hosted|spoiled|spoils|comped|catered|a\\s+invite|ont\\s+invite|a\\s+paye|ont\\s+paye|a\\s+gate|ont\\s+gate|a\\s+offert|ont\\s+offert|a\\s+emmene|ont\\s+emmene)\\s+(?:a\\s+)?(?:${alternation([...RECIPIENT_GROUPS_EN, ...RECIPIENT_GROUPS_FR])})(?:\\s+(?:out\\s+)?(?:to|for|with|on|au|a|aux))?(?![\\p{L}])`,
  'gu',
);
const RECEIVING = lexicon([...RECEIVING_VERBS_EN, ...RECEIVING_VERBS_FR]);
const FREE = lexicon([...FREE_WORDS_EN, ...FREE_WORDS_FR]);
const GIVER_MARK = lexicon([...GIVER_MARKERS_EN, ...GIVER_MARKERS_FR]);
const ALONE = lexicon([...GIFT_ALONE_EN, ...GIFT_ALONE_FR]);
const BENEFIT = lexicon([...BENEFITS_EN, ...BENEFITS_FR]);
const NOT_BENEFIT_AFTER = new RegExp(`^\\s*(?:${alternation([...NOT_BENEFIT_AFTER_EN, ...NOT_BENEFIT_AFTER_FR])})`, 'u');
// "great to show her what we do", "glad to pass on the news": a benefit noun that is also a verb, said
// as one ("to" right before it), gives nothing.
const VERB_AFTER_TO = /(?:^|[^\p{L}])to\s+(?:show|shows|pass|passes)$/u;
// Time spent doing something is not a stay given: « ont passé la fin de semaine à migrer nos serveurs ».
const TIME_SPENT_DOING = /^(?:fin de semaine|week-end|weekend|soiree|journee)\s+a\s+\p{L}+(?:er|ir|re|oir)(?![\p{L}])/u;
// …and so is the time a job took: « ont tout rebranché en une fin de semaine », "rewired it all in one weekend".
// …and « en fin de semaine » (at the weekend) is when, not a weekend given: « merci pour l'accueil au pow-wow en fin de semaine ».
const TIME_TAKEN_BEFORE = /(?:^|[^\p{L}])(?:en\s+une|en\s+un|in\s+one|in\s+a\s+single|in\s+a|over\s+one|over\s+a|en)\s+$/u;
const REGULATED = lexicon([
  'inspection', 'inspections', 'inspector', 'inspect', 'audit', 'auditing', 'my file', 'their permit', 'their licence',
  'their application', 'licensing review', 'compliance visit', 'your file', 'inspecteur', 'inspectrice', 'verification',
  'leur permis', 'leur demande', 'leur dossier', 'audit de conformite', 'visite de conformite',
]);
const STAKEHOLDER = lexicon([...STAKEHOLDER_GIVERS_EN, ...STAKEHOLDER_GIVERS_FR]);
const ORG = lexicon([...ORG_NAME_PARTS_EN, ...ORG_NAME_PARTS_FR]);
const FAMILY = lexicon([...FAMILY_GIVERS_EN, ...FAMILY_GIVERS_FR]);
const OCCASION = lexicon([...PRIVATE_OCCASIONS_EN, ...PRIVATE_OCCASIONS_FR]);
const PRIZE = lexicon([...PRIZES_EN, ...PRIZES_FR, ...PUBLIC_EVENTS_EN, ...PUBLIC_EVENTS_FR]);
// Public bodies give nominal things; "free" says nothing of the giver here ("billets gratuits" from a company).
const PUBLIC = lexicon([...PUBLIC_RESOURCES_EN, ...PUBLIC_RESOURCES_FR].filter((w) => !/^(?:free|gratuite?s?)$/.test(w)));
// Inside a handle ("@AcmeConsulting", "@NorthSupplyCo") words run together, so parts are looked for as substrings.
const HANDLE_STAKEHOLDER = /consult|vendor|supplier|supply|contract|fournisseur|conseil/;
const HANDLE_ORG = /inc\b|corp|ltd|llc|group|groupe|solutions|systems|tech|partners|services|labs|global|capital|industries|enterprises|associates|advisory|agency|agence|media|digital|software|construction|engineering|farms|foods|hq|equip|shop|store|brand|co$|motors|auto|homes|realty|builders|design|studio|brewing|brewery|coffee|roasters|bakery|market|wines|winery|spirits|distill|apparel|outfitters|boutique|cosmetics|beauty|fitness|wellness/;
const HANDLE = /@[\p{L}\p{N}_.]+/gu;
// "Thanks @Acme for sponsoring lunch at the conference": the benefit went to an event, not to the author.
const FOR_OTHERS = /\b(?:donat\w*|sponsoring|providing|provided|hosting|organi[sz]ing|supporting|feeding|catering|commanditer|commandite|don|dons|fourni|fournis|fournit|fournir|nourrir|servi)\b/;
// Strong markers name the giver without "free" or a thank-you: "courtesy of @Acme", "offert par Acme".
const STRONG_MARK = /^(?:courtesy of|compliments of|provided by|gifted by|paid for by|thanks to|thank you to|offerts? par|offertes? par|(?:une )?gracieusete(?: de)?|courtoisie|de la part|aux frais|payee?s? par|commandite par|grace a)$/;
const PUBLIC_BODY_HANDLE = /ontario|^@on[a-z]|gov|gouv|(?:parks|health|stat|service|transport|elections|sante)can|city|ville|library|biblio|parks|parcs|health|sante|museum|musee|school|ecole|college|university|universite/;
// "our friends at Summit Engineering", « nos amis chez Béton X »: friends who are a business.
// A clause boundary between a giving verb and a benefit word: the benefit belongs to another clause.
const CLAUSE_BREAK = /[.;:!?]|\b(?:but|because|although|though|whereas|mais|parce|puisque|tandis)\b/;
const TEAM_OF_ORG = /(?:team|folks|people|gang|equipe|gens)\s+(?:at|from|over at|chez|de)\s+(?!(?:the|our|my|this|that|la|le|les|notre|mon|ma|nos|mes|ce|cette|l['\u2019])(?![\p{L}]))\p{L}/u;
const FRIENDS_AT = /(?:friends|buddies|pals|amis|amies)\s+(?:at|from|over at|chez|de|du)\s/;

type Level = 'stakeholder' | 'org' | 'unknown' | 'nominal';
const SEVERITY: Record<Level, Record<Mode, ModeSeverity>> = {
  stakeholder: { personal: 'high', professional: 'high', official: 'high' },
  org: { personal: 'medium', professional: 'high', official: 'high' },
  unknown: { personal: 'tip', professional: 'medium', official: 'high' },
  nominal: { personal: 'tip', professional: 'tip', official: 'tip' },
};
const MESSAGES: Partial<Record<Level, { en: string; fr: string }>> = {
  stakeholder: {
    en: 'This thanks a supplier, consultant or stakeholder for a gift or benefit. Public servants must not accept gifts from anyone who does or wants to do business with the government; declining, or checking with your ethics executive, protects you.',
    fr: "Ceci remercie un fournisseur, un consultant ou une partie prenante pour un cadeau ou un avantage. Un fonctionnaire ne doit pas accepter de cadeaux de quiconque fait ou veut faire affaire avec le gouvernement; refusez-le ou consultez votre responsable de l'éthique.",
  },
  nominal: {
    en: 'A prize or a benefit from a public body is usually fine, but if it came from a supplier or stakeholder, check the gift rules before posting about it.',
    fr: "Un prix ou un avantage offert par un organisme public pose rarement problème, mais s'il vient d'un fournisseur ou d'une partie prenante, vérifiez les règles sur les cadeaux avant d'en parler.",
  },
};

function last(re: RegExp, unit: Unit, from: number, to: number): Match | undefined {
  return findTerms(unit, re).filter((m) => m.start >= from && m.end <= to).pop();
}

const test = (re: RegExp, s: string) => {
  re.lastIndex = 0;
  return re.test(s);
};

/** `region` is where the giver may be named (plain view), `regionText` the same in the original case,
 * `giver` the part between "thanks" and the benefit when that names someone ("thanks Mom for…"). */
/** A prize or a public event, unless the word is part of a business name ("Summit Engineering"). */
function eventOrPrize(plain: string): boolean {
  PRIZE.lastIndex = 0;
  for (let m = PRIZE.exec(plain); m; m = PRIZE.exec(plain)) {
    ORG.lastIndex = 0;
    const next = /^\s+[\p{L}&-]+/u.exec(plain.slice(m.index + m[0].length));
    if (!next || !test(ORG, next[0].trim())) return true;
  }
  return false;
}

function classify(unit: Unit, region: string, regionText: string, giver: string): Level | null {
  // "the team at Northway Software", « l'équipe de Logiciels Nordik »: a business's staff, not the author's team.
  const team = TEAM_OF_ORG.exec(giver || region);
  const teamOfOrg = !!team && test(ORG, (giver || region).slice(team.index + team[0].length - 1, team.index + team[0].length + 40));
  if ((giver && test(FAMILY, giver) && !teamOfOrg) || FOR_OTHERS.test(region)) return null;
  // A supplier or a business the author inspects is a stakeholder, even at Christmas or as "a lobbyist friend".
  const handles = regionText.match(HANDLE) ?? [];
  if (test(STAKEHOLDER, region) || dutyRelation(region) || handles.some((h) => HANDLE_STAKEHOLDER.test(h.toLowerCase()))) return 'stakeholder';
  if (!FRIENDS_AT.test(giver || region) && !teamOfOrg && test(FAMILY, giver || region)) return null;
  if (eventOrPrize(unit.plain) || eventOrPrize(plainBefore(unit)) || test(PUBLIC, region)) return 'nominal';
  // "@OntarioParks", "@ServiceOntario": a public body's handle.
  if (handles.some((h) => PUBLIC_BODY_HANDLE.test(h.toLowerCase()))) return 'nominal';
  // A business gives at Christmas too ("thank you to Northland Paving for the Christmas gift card").
  if (test(ORG, region) || handles.some((h) => HANDLE_ORG.test(h.toLowerCase()) || brandHandle(h))) return 'org';
  if (test(OCCASION, unit.plain)) return null;
  return 'unknown';
}

/** "@BellCanada", "@StrideCanada": a handle of capitalised words run together that the tagger does not read as a person. */
function brandHandle(handle: string): boolean {
  const words = handle.slice(1).match(/\p{Lu}\p{Ll}+/gu) ?? [];
  if (words.length < 2 || words.join('') !== handle.slice(1)) return false;
  return personNames(words.join(' ')).length === 0;
}

interface Frame {
  start: number;
  end: number;
  /** Between "thanks" and the benefit, when a giver is named there; family words only count there then. */
  giverFrom?: number;
  giverTo?: number;
  /** Where the giver is named: plain (for lexicons) and original text (for handles). */
  from: number;
  to: number;
}

// A bare French « de » (« de l' », « du », « des », « de notre ») names the giver only when a supplier or
// stakeholder word follows at once (« une bouteille de vin de l'entrepreneur »): « billets du Canadien »,
// « de la Ville » are something else.
const BARE_DE = /^(?:de l['\u2019]?|du|des|de la|de notre|de nos|de leur|d['\u2019]un|d['\u2019]une)$/;
// « de l'entreprise qui soumissionne sur notre contrat », « d'une firme avec qui on fait affaire »: a
// business named, then a relative clause that makes it a bidder or supplier.
const ORG_THEN_CLAUSE = /^['\u2019]?\s*(?:(?:la|le|une|un)\s+)?(?:entreprise|compagnie|firme|boite|societe|agence|groupe)\s+(?:qui|que|qu['\u2019]|dont|avec\s+qui)(?![\p{L}])/u;
/** Where the stakeholder named right after a bare « de » at `at` ends, or -1 when none is. */
function stakeholderAt(plain: string, at: number): number {
  const m = findAll(STAKEHOLDER, plain.slice(at, at + 60))[0];
  if (!m) return -1;
  const between = plain.slice(at, at + m.start);
  return /^['\u2019]?\s*$/.test(between) || ORG_THEN_CLAUSE.test(between) ? at + m.end : -1;
}

function frames(unit: Unit): Frame[] {
  const out: Frame[] = [];
  const n = unit.plain.length;
  const benefits = findTerms(unit, BENEFIT).filter(
    (b) =>
      !NOT_BENEFIT_AFTER.test(unit.plain.slice(b.end, b.end + 16)) && !VERB_AFTER_TO.test(unit.plain.slice(Math.max(0, b.start - 4), b.end)) &&
      !TIME_SPENT_DOING.test(unit.plain.slice(b.start, b.end + 20)) && !TIME_TAKEN_BEFORE.test(unit.plain.slice(Math.max(0, b.start - 14), b.start)),
  );
  const alone = findTerms(unit, ALONE);
  if (benefits.length === 0 && alone.length === 0) return out;
  const marks = findTerms(unit, GIVER_MARK);
  // Looked for once, when a benefit first asks (most sentences with a benefit word thank no one).
  let allThanks: Match[] | undefined;
  let stakeholder: boolean | undefined;
  for (const b of benefits) {
    const after = Math.min(n, b.end + 50);
    let giverEnd = -1;
    const markAfter = marks.find((m) => {
      if (m.start < b.end || m.start - b.end > 30) return false;
      if (!BARE_DE.test(unit.plain.slice(m.start, m.end))) return true;
      // The span runs to the giver: « de l » alone says nothing.
      giverEnd = stakeholderAt(unit.plain, m.end);
      return giverEnd >= 0;
    });
    const thanks = last(THANKS, unit, Math.max(0, b.start - 90), b.start);
    if (thanks) {
      out.push({ start: thanks.start, end: b.end, from: thanks.end, to: after, giverFrom: thanks.end, giverTo: b.start });
      continue;
    }
    // "When the vendor you manage the contract for sends Leafs tickets 🏒😍 thank you @northpoint_tech!": the thanks,
    // and the giver it names, after the benefit, with a supplier or stakeholder named before it (a thank-you to a
    // restaurant for a good dinner is no gift).
    allThanks ??= findTerms(unit, THANKS);
    const thanksAfter = allThanks.find((t) => t.start >= b.end && t.start - b.end <= 24 && !CLAUSE_BREAK.test(unit.plain.slice(b.end, t.start)));
    if (thanksAfter && (stakeholder ??= has(unit, STAKEHOLDER))) {
      const giverTo = Math.min(n, thanksAfter.end + 40);
      out.push({ start: b.start, end: thanksAfter.end, from: 0, to: giverTo, giverFrom: thanksAfter.end, giverTo });
      continue;
    }
    const giving = last(GIVING, unit, Math.max(0, b.start - 60), b.start) ?? last(GIVING_GROUP, unit, Math.max(0, b.start - 60), b.start);
    // The benefit must be what was given, not a word in the next clause ("gave me her SIN but the match failed").
    if (giving && !CLAUSE_BREAK.test(unit.plain.slice(giving.end, b.start))) {
      out.push({ start: giving.start, end: b.end, from: 0, to: giving.start });
      continue;
    }
    const free = last(FREE, unit, Math.max(0, b.start - 14), b.start);
    const received = last(RECEIVING, unit, Math.max(0, b.start - 40), b.start);
    if (markAfter && (free || received || STRONG_MARK.test(unit.plain.slice(markAfter.start, markAfter.end).replace(/[\s-]+/g, ' ')))) {
      const s = received?.start ?? free?.start ?? b.start;
      out.push({ start: s, end: Math.max(markAfter.end, giverEnd), from: markAfter.end, to: Math.min(n, markAfter.end + 50) });
      continue;
    }
    if (received && free) out.push({ start: received.start, end: b.end, from: received.end, to: after });
  }
  for (const a of alone) out.push({ start: a.start, end: a.end, from: 0, to: n });
  return out.sort((x, y) => x.start - y.start);
}

export default defineRule({
  id: 'conflict-of-interest/gift',
  category: 'conflict-of-interest',
  severity: { personal: 'medium', professional: 'high', official: 'high' },
  guidelines: ['coi-gifts', 'ops-guiding-principles'],
  title: { en: 'Gift or benefit', fr: 'Cadeau ou avantage' },
  why: {
    en: 'This thanks someone for a gift or benefit (tickets, a meal, swag). Public servants may not accept gifts from people or companies that deal with the government, beyond a small courtesy; if the giver is a supplier or stakeholder, check with your ethics executive.',
    fr: "Ceci remercie quelqu'un pour un cadeau ou un avantage (billets, repas, articles promotionnels). Un fonctionnaire ne peut accepter de cadeaux de personnes ou d'entreprises qui font affaire avec le gouvernement, au-delà d'une simple marque de courtoisie; si le donateur est un fournisseur ou une partie prenante, consultez votre responsable de l'éthique.",
  },
  // Every frame starts from a benefit or a gift named alone (frames()).
  triggers: [BENEFIT, ALONE],
  detect(unit) {
    const hits: Hit[] = [];
    for (const f of frames(unit)) {
      if (hits.some((h) => h.start < f.end && f.start < h.end)) continue;
      const from = Math.min(f.from, f.start);
      // "Thanks @Acme for the tickets, my wife loved them": the wife is not the giver.
      const between = f.giverFrom !== undefined ? unit.folded.slice(f.giverFrom, f.giverTo) : '';
      const trimmed = between.trimStart();
      const afterTo = /^(?:to|a|à)\s/i.test(trimmed) ? trimmed.slice(trimmed.indexOf(' ') + 1) : trimmed;
      const named = /[@\p{Lu}]/u.test(afterTo) || test(FAMILY, stripAccents(between.toLowerCase()));
      const giver = named ? unit.plain.slice(f.giverFrom, f.giverTo) : '';
      let level = classify(unit, unit.plain.slice(from, f.to), unit.folded.slice(from, f.to), giver);
      if (!level) continue;
      // A giver the author inspects, licenses or audits is a stakeholder, whatever its name says.
      if ((level === 'unknown' || level === 'org') && (has(unit, REGULATED) || test(REGULATED, unit.before))) level = 'stakeholder';
      const hit: Hit = { start: f.start, end: f.end, severity: SEVERITY[level] };
      const message = MESSAGES[level];
      if (message) hit.message = message;
      hits.push(hit);
    }
    return hits;
  },
  examples: {
    invalid: [
      // The giver after a plain « de », as after "from": received, then who gave it.
      { text: "J'ai reçu une belle bouteille de vin de l'entrepreneur dont j'ai fermé le dossier cette semaine 🍷", severity: 'high' },
      { text: 'On a reçu des billets du fournisseur de logiciels pour le match de samedi!', severity: 'high' },
      // « d'un », and a business made a bidder by the clause after it; the span runs to the giver.
      { text: 'On a reçu des billets de hockey d’un fournisseur du ministère.', span: 'On a reçu des billets de hockey d’un fournisseur', severity: 'high' },
      { text: "J'ai reçu des billets de hockey de l'entreprise qui soumissionne sur notre contrat.", span: "J'ai reçu des billets de hockey de l'entreprise qui soumissionne", severity: 'high' },
      { text: 'Got hockey tickets from the company bidding on our contract.', span: 'Got hockey tickets from', severity: 'high' },
      { text: 'Got a lovely bottle of wine from the contractor whose file I closed this week 🍷', severity: 'high' },
      { text: 'Thanks @NorthStarFoodEquip for the hockey tickets, see you at your inspection next month!', severity: 'high' },
      { text: 'Huge thanks to @AcmeConsulting for the Leafs tickets last night!', span: 'Huge thanks to @AcmeConsulting for the Leafs tickets', severity: 'high' },
      { text: 'Enjoying a comped dinner from our vendor after the site visit.', span: 'comped dinner from', severity: 'high' },
      { text: 'Thanks Northway Solutions for the gift basket, you spoil us!', span: 'Thanks Northway Solutions for the gift basket', severity: 'medium' },
      { text: 'Thanks Mike for the box seats at the game last night!', mode: 'professional', severity: 'medium' },
      { text: 'Thanks @AcmeConsulting for the Raptors tickets, my wife and kids loved the game!', severity: 'high' },
      { text: 'Merci à @Fournisseur pour les billets du match de samedi!', span: 'Merci à @Fournisseur pour les billets', severity: 'high' },
      { text: 'Le souper au restaurant était offert par notre consultant en informatique.', severity: 'high' },
      // The giver is someone the author oversees; the benefit went to the author's team.
      { text: 'The engineering firm we oversee took our whole team out for steak dinner last night.', span: 'took our whole team out for steak dinner', severity: 'high' },
      { text: 'One of the contractors I audit sent me a bottle of scotch for the holidays.', span: 'sent me a bottle of', severity: 'high' },
      { text: 'L’entreprise que j’inspecte m’a envoyé une bouteille de cognac pour Noël.', span: 'm’a envoyé une bouteille', severity: 'high' },
      { text: 'Notre fournisseur a invité toute l’équipe au souper vendredi.', span: 'a invité toute l’équipe au souper', severity: 'high' },
      { text: 'Courtside for the Raptors tonight thanks to our friends at Summit Engineering!', span: 'Courtside for the Raptors tonight thanks to', mode: 'professional' },
      { text: 'The paving company doing the Highway 17 job dropped off a case of wine for our office.', span: 'dropped off a case of wine' },
      { text: 'Just back from a weekend at the lake, courtesy of one of our grant recipients.', span: 'weekend at the lake, courtesy of', severity: 'high' },
      { text: 'A huge thank you to Northland Paving for the Christmas gift card!', span: 'thank you to Northland Paving for the Christmas gift card', severity: 'medium' },
      { text: 'Merci à @BellTelecom pour les billets gratuits du match de ce soir!', span: 'Merci à @BellTelecom pour les billets', severity: 'medium' },
      { text: 'Reçu un beau panier de Noël de la part d’un entrepreneur qu’on a engagé cette année.', span: 'Reçu un beau panier de Noël de la part', severity: 'high' },
      { text: 'Dinner on the vendor tonight, gotta love project closeouts!', span: 'on the vendor', severity: 'high' },
      // A business's staff as the giver is the business, not the author's own team.
      { text: 'Thanks to the team at Northway Software for the dinner at Beckta last night!', span: 'Thanks to the team at Northway Software for the dinner', severity: 'medium' },
      { text: 'Merci à l’équipe de Logiciels Nordik pour le souper d’hier!', span: 'Merci à l’équipe de Logiciels Nordik pour le souper', severity: 'medium' },
      // The noun stays a benefit after "to" when something comes between: "tickets to the show".
      { text: 'Thanks @AcmeConsulting for the tickets to the show last night!', severity: 'high' },
      // The thanks after the benefit, the supplier named before it.
      { text: 'When the contractor whose bid you scored sends Raptors tickets 🏀 thank you @SummitBuild!', span: 'tickets 🏀 thank you', severity: 'high' },
      { text: "Quand le fournisseur dont tu gères le contrat envoie des billets du Canadien 😍 merci @LogiNord!", span: 'billets du Canadien 😍 merci', severity: 'high' },
    ],
    valid: [
      // A thank-you to a restaurant after a meal the author paid for.
      'Best dinner ever, thank you @Beckta!',
      // Thanks for the work, and the time it took.
      { text: 'Merci aux équipes des installations et des TI qui ont tout rebranché en une fin de semaine.', mode: 'professional' },
      { text: 'Thanks to facilities and IT for moving 140 desks in one weekend!', mode: 'professional' },
      // Time spent doing a job, thanked: no stay was given.
      { text: 'Un immense merci à Josée et à Karim qui ont passé la fin de semaine à migrer nos serveurs. Chapeau!', mode: 'professional' },
      { text: 'Huge thanks to Josée and Karim who spent the weekend migrating our servers without a hitch!', mode: 'professional' },
      // The same « de » before family or a public body.
      "J'ai reçu une bouteille de vin de ma tante pour ma fête, merci!",
      'On a eu des billets du Canadien pour ma fête, merci chéri!',
      // « d'un ami », « d'une collègue », a business with no tie to the author's work.
      "J'ai reçu des billets de hockey d'un ami qui joue dans la ligue.",
      'Reçu des billets d’une collègue qui ne pouvait pas y aller, merci Julie!',
      "J'ai gagné des billets de l'entreprise qui commandite le tournoi de ma fille.",
      'Thanks Mom for the birthday gift, I love the scarf!',
      // "show" and "pass" said as verbs: nothing was given.
      'Inspector here. Kudos to the Minister for visiting our office, great to show her what we do!',
      { text: 'Merci au sous-ministre pour sa visite au bureau, un plaisir de lui montrer notre travail!', mode: 'professional' },
      'Thanks for the concert tickets, Dad, best present ever!',
      'Thanks to everyone who came to our lunch and learn on soil health today.',
      'We had a great team lunch to celebrate the end of the project.',
      { text: 'Free tickets to the Science Centre for all Ontario students this March break!', mode: 'official' },
      'Photo courtesy of Ontario Parks.',
      'Merci maman pour le beau cadeau d’anniversaire!',
      'Merci à tous les bénévoles qui ont servi le dîner communautaire hier soir.',
      // When, not what: « en fin de semaine ».
      { text: "Merci à la Première Nation de Wikwemikong pour l'accueil au pow-wow culturel en fin de semaine. Miigwech!", mode: 'professional' },
      'Nous avons dîné au restaurant du coin après la réunion.',
      'My parents treated the whole family to brunch for my birthday.',
      'Mes parents ont invité toute la famille au souper de Noël.',
      'Thanks to our director for treating the whole team to lunch for Public Service Week!',
      'Thanks Grandma for the hand-knit mittens, just in time for winter!',
      'Ma mère m’a offert des billets pour le spectacle pour ma fête.',
      'Lunch on the patio today, the weather was perfect.',
      // The benefit word sits in another clause than the giving verb.
      'The applicant gave me her file number, but the records match failed twice.',
      'Le client m’a envoyé son formulaire, mais le match des données a échoué.',
      { text: 'Thanks to the team at Sudbury for the farewell lunch!', mode: 'professional' },
      { text: 'Merci à l’équipe de Sudbury pour le dîner de départ!', mode: 'professional' },
      { text: 'Thanks to the team at the Timmins office for the potluck!', mode: 'professional' },
    ],
  },
});
