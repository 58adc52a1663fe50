// Selling or advertising: promo and affiliate codes, #ad-style disclosures, the author's own
// business with a call to buy, "DM me to order". Using one's position or an official channel to
// further one's own or a third party's private interest is barred (O. Reg. 381/07 ss. 3 and 8;
// OPS guiding principles). A purchase as a customer or a free public tool is not a promotion.
import { defineRule } from '../../define-rule.js';
import type { Hit, Unit } from '../../types.js';
import { findTerms, has, keyPieces, phrasePieces, lexicon, matchesAny, type Match } from '../../match.js';
import { overlapsMask } from '../../text/mask.js';
import {
  BUSINESS_NOUNS_EN, GENERIC_ORDER_CALLS_EN, GOVERNMENT_CONTEXT_EN, NOT_OWN_BUSINESS_AFTER_EN, OFFER_VERBS_EN,
  JOB_TIES_EN, NAME_DROPS_EN, OFFERED_SERVICES_EN, ORDER_CALLS_EN, OWN_BUSINESS_EN, OWN_BUSINESS_STRONG_EN, PROMO_CODES_EN, REFERRALS_EN,
  RELATIVES_EN, SELL_VERBS_EN, SELLING_CUES_EN, SPONSOR_TAGS_EN, STARTED_VERBS_EN, WORK_RESOURCES_EN,
} from '../../lexicons/en/conflict-promotion.js';
import {
  BUSINESS_NOUNS_FR, GENERIC_ORDER_CALLS_FR, GOVERNMENT_CONTEXT_FR, JOB_TIES_FR, NAME_DROPS_FR, OFFER_VERBS_FR, OFFERED_SERVICES_FR, ORDER_CALLS_FR,
  OWN_BUSINESS_FR, OWN_BUSINESS_STRONG_FR, PROMO_CODES_FR, REFERRALS_FR, RELATIVES_FR, SELL_VERBS_FR, SELLING_CUES_FR,
  SPONSOR_TAGS_FR, STARTED_VERBS_FR, WORK_RESOURCES_FR,
} from '../../lexicons/fr/conflict-promotion.js';
import { PUBLIC_RESOURCES_EN, RECOMMEND_VERBS_EN } from '../../lexicons/en/conflict-endorsement.js';
import { PUBLIC_RESOURCES_FR, RECOMMEND_VERBS_FR } from '../../lexicons/fr/conflict-endorsement.js';
import { PROGRAMS_EN } from '../../lexicons/en/policy-measures.js';
import { PROGRAMS_FR } from '../../lexicons/fr/policy-measures.js';
import { alternation, beforePlain, namesPosition } from './context.js';

// Who the author serves at work: clients of a program, the businesses on an inspection route.
const SERVED =
  /(?<![\p{L}])(?:[\p{L}'-]{1,20}\s)?(?:on my route|(?:that |whom |who )?i (?:inspect|regulate|license|serve|audit|assess)\b|my caseload|(?:clients?|recipients?|applicants?) (?:of|on|du|de l'|d'|au) ?(?:odsp|posph|ontario works|ontario au travail|osap|rafeo|the program|programme)|(?:que j'|que je )(?:inspecte|sers|evalue|reglemente))/gu;
// Public servants as the audience of the author's deal: "Public servants get 20% off my 6-week program",
// « les fonctionnaires ont 15 % de rabais sur mes gâteaux ». One's position sells the business.
const SERVANTS_DEAL =
  /(?<![\p{L}])(?:(?:fellow|all|my fellow)\s+)?(?:public servants|civil servants|ops (?:staff|folks|employees|colleagues)|government employees|provincial employees|(?:les\s+)?fonctionnaires|(?:les\s+)?employes (?:de la fpo|du gouvernement|provinciaux))\s+(?:get|save|receive|ont|obtiennent|profitent)(?![\p{L}])/u;
/** The deal is on the author's own thing: "off my program", « sur mes gâteaux ». */
const ON_MINE = /(?<![\p{L}])(?:off|on|for|sur|pour|a)\s+(?:my|mon|ma|mes)\s/u;
const DEAL = /\d{1,2}\s?%|\b(?:discount|rabais|escompte|reduction|special rate|tarif special|half price|moitie prix|free (?:consult\w*|quote)|gratuit)\b/;
const PROMO = lexicon([...PROMO_CODES_EN, ...PROMO_CODES_FR]);
// "#pub" is a bar in English: the French disclosure tags count in French sentences only.
const TAGS_EN = lexicon(SPONSOR_TAGS_EN);
const TAGS_FR = lexicon(SPONSOR_TAGS_FR);
const OWN = lexicon([...OWN_BUSINESS_EN, ...OWN_BUSINESS_FR]);
const OWN_STRONG = new Set([...OWN_BUSINESS_STRONG_EN, ...OWN_BUSINESS_STRONG_FR]);
const NOT_OWN_AFTER = new RegExp(`^[\\s-]+(?:${NOT_OWN_BUSINESS_AFTER_EN.join('|')})(?![\\p{L}])`, 'u');
const NONE_OF = /(?:none of|mind|out of|not|nothing to do with)\s+(?:my|our|his|her|their)\s+(?:own\s+)?$/;
const SELLING = lexicon([...SELLING_CUES_EN, ...SELLING_CUES_FR]);
const ORDER = lexicon([...ORDER_CALLS_EN, ...ORDER_CALLS_FR, ...REFERRALS_EN, ...REFERRALS_FR]);
// "Tell her I sent you", "my sister's new bakery": a good word for someone else's shop is private life on a
// personal account; it is a conflict only when the job is named with it (then the position severity applies).
const NAME_DROP = lexicon([...NAME_DROPS_EN, ...NAME_DROPS_FR]);
// "Here's a tip: call my brother-in-law's company", « faites affaire avec l'entreprise de mon frère »: the reader sent there.
const STEER_BEFORE =
  /(?<![\p{L}])(?:call|hire|use|try|contact|go\s+with|go\s+to|book\s+with|appelez|appelle|engagez|engage|essayez|contactez|allez\s+chez|faites\s+affaire\s+avec|fais\s+affaire\s+avec)\s+(?:(?:la|le|l['\u2019])\s*)?$/u;
// "As an inspector with the ministry, I recommend my wife's clinic", « je vous la recommande les yeux fermés »:
// vouching for one's own or a relative's business sells it only when the job is named with it (position()).
const RECOMMENDS = lexicon([
  ...RECOMMEND_VERBS_EN, ...RECOMMEND_VERBS_FR,
  ...['la', 'le', 'les', "l'"].flatMap((o) => [`je vous ${o} recommande`, `je ${o} recommande`, `je vous ${o} conseille`, `je ${o} conseille`]),
]);
const FRIENDLY = { personal: 'off' } as const;
const JOB_TIES = lexicon([...JOB_TIES_EN, ...JOB_TIES_FR, ...PROGRAMS_EN, ...PROGRAMS_FR, ...GOVERNMENT_CONTEXT_EN, ...GOVERNMENT_CONTEXT_FR]);
const BUSINESS = alternation([...BUSINESS_NOUNS_EN, ...BUSINESS_NOUNS_FR]);
const RELATIVES = alternation([...RELATIVES_EN, ...RELATIVES_FR]);
const W = "[\\p{L}'-]{1,20}\\s+";
// "my bookkeeping service", "my own landscaping company", "mon entreprise de rénovation", "ma petite boutique":
// a business the author runs, named with at most a word or two before its noun.
const OWN_GENERIC = new RegExp(
  `(?<![\\p{L}])(?:my|mon|ma)\\s+(?:(?:own|new|little|small|side|home|online|weekend|part-time|propre|petite?|nouvelle?)\\s+){0,2}(?:${W}){0,2}(?:${BUSINESS})(?![\\p{L}])`,
  'gu',
);
// "a consulting practice on the side", "une entreprise à temps partiel": a side business.
const SIDE_ENDINGS = 'on the side|as a side|a temps partiel|en parallele|a cote|les fins de semaine|on weekends';
const ON_THE_SIDE = new RegExp(`(?<![\\p{L}])(?:${BUSINESS})\\s+(?:${W}){0,1}?(?:${SIDE_ENDINGS})(?![\\p{L}])`, 'gu');
// "my husband's landscaping company", "my sister's new café", "mon chum qui vend des thermopompes", and the
// French possessive after the business, « la boutique Etsy de ma blonde », « l'entreprise de pavage de mon beau-frère ».
const RELATIVE_BUSINESS = new RegExp(
  `(?<![\\p{L}])(?:my|mon|ma)\\s+(?:(?:best|big|little|older|younger|meilleure?|petite?|grande?)\\s+)?(?:${RELATIVES})(?:['’]s\\s+(?:(?:own|new|little|small)\\s+){0,2}(?:${W}){0,1}?(?:${BUSINESS})|\\s+(?:just\\s+)?(?:started|opened|launched|runs|owns|sells|opens|launches|is\\s+(?:selling|opening|launching)|qui\\s+vend|qui\\s+a\\s+ouvert|vient\\s+d['’]ouvrir|vient\\s+de\\s+lancer|a\\s+lance|a\\s+ouvert|ouvre|lance|vend)(?:\\s+(?:his|her|their|own|new|a|an|sa|son|ses|des|du|de\\s+la|une?))*\\s+(?:${W}){0,2}?(?:${BUSINESS}|[\\p{L}-]{3,20}))(?![\\p{L}])` +
    `|(?<![\\p{L}])(?:${BUSINESS})\\s+(?:${W}){0,2}?d(?:e\\s+|['’])(?:mon|ma)\\s+(?:(?:best|meilleure?|petite?|grande?)\\s+)?(?:${RELATIVES})(?![\\p{L}])`,
  'gu',
);
// "I'm now offering résumé reviews", "j'offre maintenant des consultations privées".
const OFFERS = new RegExp(
  `(?<![\\p{L}])(?:${alternation([...OFFER_VERBS_EN, ...OFFER_VERBS_FR])})\\s+(?:${W}){0,3}?(?:${alternation([...OFFERED_SERVICES_EN, ...OFFERED_SERVICES_FR])})(?![\\p{L}])`,
  'gu',
);
// What OWN_GENERIC and RELATIVE_BUSINESS (either branch: "my sister's…", « …de ma blonde ») cannot match without,
// and ON_THE_SIDE's endings (the same list): cheap tests run first, the big patterns only where they pass.
const MINE = /(?<![\p{L}])(?:my|mon|ma)\s/u;
const SIDE_LINE = new RegExp(SIDE_ENDINGS);
// What OWN_GENERIC and RELATIVE_BUSINESS (either branch) hold, as phrases for trigger pieces: "my", "mon" or "ma"
// (white space after it, anything before it) and, further on, a business noun or a relative (white space before it,
// anything after it but a letter). STARTED needs its verb (white space after it).
const MY_BUSINESS = ['my', 'mon', 'ma'].flatMap((my) =>
  [...BUSINESS_NOUNS_EN, ...BUSINESS_NOUNS_FR, ...RELATIVES_EN, ...RELATIVES_FR].map((noun) => `${my} ${noun}`),
);
// "I've started a small consulting business", "j'ai lancé ma petite entreprise de traduction".
const STARTED = new RegExp(
  `(?<![\\p{L}])(?:${alternation([...STARTED_VERBS_EN, ...STARTED_VERBS_FR])})\\s+(?:a|an|my|une?|mon|ma)\\s+(?:${W}){0,3}(?:${BUSINESS})(?![\\p{L}])`,
  'gu',
);
// "Selling Tupperware again", "je vends du Scentsy": a brand sold by the author.
const SELLS_BRAND = new RegExp(`(?<![\\p{L}])(?:${alternation([...SELL_VERBS_EN, ...SELL_VERBS_FR])})\\s+(?:(?:du|de la|des|again|now)\\s+)?`, 'gu');
const PUBLIC_NAMES = lexicon([...PUBLIC_RESOURCES_EN, ...PUBLIC_RESOURCES_FR]);
// Government time and equipment used for the business: as serious as naming the job.
const WORK_RESOURCES = lexicon([...WORK_RESOURCES_EN, ...WORK_RESOURCES_FR]);
const PAID = /(?<![\p{L}])(?:paid|paying|payant|payante|payants|payantes|private|privee?s?)(?![\p{L}])/u;
// School and team fundraisers sold by the family are not a business.
const FUNDRAISER = /(?<![\p{L}])(?:fundrais\w*|for (?:their|his|her) (?:team|school|class|tournament|trip)|chocolate bars?|girl guide cookies|pour (?:son|sa|leur) (?:equipe|ecole|classe|tournoi|voyage)|levee de fonds|collecte de fonds|du chocolat)(?![\p{L}])/u;
// A price or a discount: "$50", "50 $", "15% off".
const PRICE = /(?<![\p{L}\p{N}])\$\s?\d|\d\s?\$(?![\p{L}])|\d\s?%/u;
const GENERIC_ORDER = lexicon([...GENERIC_ORDER_CALLS_EN, ...GENERIC_ORDER_CALLS_FR]);
const GOVERNMENT = lexicon([...GOVERNMENT_CONTEXT_EN, ...GOVERNMENT_CONTEXT_FR]);
// "use my code JANE10", "with code SAVE20", "utilisez le code PRINTEMPS": a verb, "code", then a code-like token.
// Or "code" opening the sentence with no verb, as a caption says it ("Code JANE10 at my wife's shop!",
// « Code ONGOUV15 sur la boutique de ma blonde! »).
const USE_CODE =
  /(?<![\p{L}\p{N}])(?:(?:use|using|enter|apply|with|utilisez|utilise|entrez|saisissez|avec)\s{1,3}|^\s{0,3})(?:(?:my|our|the|mon|le|notre)\s{1,3})?(?:(?:promo|discount|coupon|referral)\s{1,3})?code(?:\s{1,3}promo(?:tionnel)?)?(?:\s{0,3}[:"'«]){0,2}\s{0,3}([a-z0-9]{3,20})(?![\p{L}\p{N}])/gu;

// The author's colleagues as the audience of a deal: "fellow OPS folks", "ministry peeps", « les collègues du ministère ».
const COLLEAGUES =
  /(?<![\p{L}])(?:fellow\s+(?:[\p{L}'&-]+\s+){0,4}?(?:peeps|folks|people|colleagues|staff|employees|public servants|servants|workers|friends)|(?:ministry|ops|government|gov|queen's park|queens park)\s+(?:peeps|folks|colleagues|staff|friends|family)|(?:collegues|fonctionnaires|employes|amis)\s+(?:du|de\s+la|des|de\s+l['\u2019])\s*(?:ministere|fonction\s+publique|gouvernement|bureau))(?![\p{L}])/u;

function codeLike(token: string): boolean {
  return token.length >= 4 && ((/\d/.test(token) && /[A-Za-z]/.test(token)) || /^[A-Z]+$/.test(token));
}

function cueNear(unit: Unit, start: number, end: number): boolean {
  // The own-business phrase itself is blanked so that "my shop" does not count as its own cue.
  const rest = unit.plain.slice(0, start) + ' '.repeat(end - start) + unit.plain.slice(end);
  SELLING.lastIndex = 0;
  if (SELLING.test(rest) || PRICE.test(rest)) return true;
  SELLING.lastIndex = 0;
  return unit.before !== '' && SELLING.test(beforePlain(unit));
}

const SEVERITY_BY_POSITION = { personal: 'high', professional: 'high', official: 'high' } as const;
const PUBLIC_PROGRAM = { personal: 'tip', professional: 'tip', official: 'tip' } as const;
const STRONG_ALONE = { personal: 'tip', professional: 'tip', official: 'medium' } as const;
const POSITION_MESSAGE = {
  en: "This promotes a business in a post that names your public-service job. Using your position to advance your own or someone else's private interests is a conflict of interest; keep the sale apart from your work identity.",
  fr: "Ceci fait la promotion d'une entreprise dans une publication qui mentionne votre emploi dans la fonction publique. Se servir de sa fonction pour favoriser ses intérêts privés ou ceux d'un tiers est un conflit d'intérêts; séparez la vente de votre identité professionnelle.",
};

export default defineRule({
  id: 'conflict-of-interest/promotion',
  category: 'conflict-of-interest',
  severity: { personal: 'medium', professional: 'high', official: 'high' },
  guidelines: ['coi-benefiting-self', 'coi-outside-activities', 'ops-guiding-principles'],
  title: { en: 'Promoting a business', fr: "Promotion d'une entreprise" },
  why: {
    en: 'This promotes a business (a promo code, a sponsored post, your own shop). Public servants must not use their job or a government channel to advance their own or someone else\'s private interests; keep sales and sponsorships away from work-linked posts.',
    fr: "Ceci fait la promotion d'une entreprise (code promo, publication commanditée, votre propre commerce). Un fonctionnaire ne doit pas se servir de son emploi ni d'une tribune gouvernementale pour favoriser ses intérêts privés ou ceux d'un tiers; gardez ventes et commandites à l'écart de vos publications liées au travail.",
  },
  // What every raw signal below needs (the sale after a business named in the sentence before is
  // woken by that sentence): the lexicons' words; "code" (USE_CODE); a business noun after a space
  // (OWN_GENERIC, STARTED, RELATIVE_BUSINESS) or "on the side" (ON_THE_SIDE); an offering or selling
  // verb before a space (OFFERS, SELLS_BRAND); or, for a deal to the people one serves, the serving (SERVED).
  triggers: [
    ...phrasePieces([
      ...PROMO_CODES_EN, ...PROMO_CODES_FR, ...SPONSOR_TAGS_EN, ...SPONSOR_TAGS_FR, ...OWN_BUSINESS_EN, ...OWN_BUSINESS_FR,
      ...ORDER_CALLS_EN, ...ORDER_CALLS_FR, ...REFERRALS_EN, ...REFERRALS_FR, ...GENERIC_ORDER_CALLS_EN, ...GENERIC_ORDER_CALLS_FR,
    ]),
    ...keyPieces(['code', 'side', 'partiel', 'parallele', 'cote', 'fins', 'weekends'], 'left'),
    // Each verb phrase's words all (phrasePieces()): its best word alone, "now" of "i now do", woke the rule on any "now".
    ...phrasePieces([...OFFER_VERBS_EN, ...OFFER_VERBS_FR, ...SELL_VERBS_EN, ...SELL_VERBS_FR], 'right'),
    // A business noun or a relative only with what OWN_GENERIC and RELATIVE_BUSINESS need beside it, and STARTED's verb:
    // a business noun alone woke the rule on any "service" (85 of its 282 runs over 60,000 characters of harmless posts).
    ...phrasePieces(MY_BUSINESS, 'none'),
    ...phrasePieces([...STARTED_VERBS_EN, ...STARTED_VERBS_FR], 'right'),
    ...keyPieces(['route', 'inspect', 'regulate', 'license', 'serve', 'audit', 'assess', 'caseload', 'sers', 'evalue', 'reglemente'], 'left'),
    ...keyPieces(['client', 'recipient', 'applicant'], 'none'),
    // SERVANTS_DEAL: every match names its audience by one of these.
    ...keyPieces(['servants', 'fonctionnaires', 'employees', 'employes', 'staff', 'folks', 'colleagues'], 'none'),
  ],
  detect(unit) {
    // Raw signals first; the costlier context (job named? public program?) only when one is found.
    const raw: { start: number; end: number; severity?: Hit['severity']; publicProgram?: boolean }[] = [];
    for (const m of findTerms(unit, PROMO)) raw.push(m);
    // Every USE_CODE match holds the word "code" as written.
    USE_CODE.lastIndex = 0;
    for (let m = unit.plain.includes('code') ? USE_CODE.exec(unit.plain) : null; m; m = USE_CODE.exec(unit.plain)) {
      const end = m.index + m[0].length;
      const token = unit.folded.slice(end - m[1]!.length, end);
      if (!codeLike(token) || overlapsMask(unit.masked, m.index, end, ['url', 'email'])) continue;
      // A code for a public program ("with code PARKS24 at Ontario Parks") is not a private interest.
      const mine = /\b(?:my|mon|ma)\b/.test(m[0]);
      // …unless it is offered to colleagues ("Fellow Ministry of Health peeps get 15% off with code…").
      raw.push(!mine && has(unit, GOVERNMENT) && !COLLEAGUES.test(unit.plain) ? { start: m.index, end, severity: PUBLIC_PROGRAM, publicProgram: true } : { start: m.index, end });
    }
    for (const m of findTerms(unit, TAGS_EN)) raw.push(m);
    if (unit.locale === 'fr') for (const m of findTerms(unit, TAGS_FR)) raw.push(m);
    // Worked out only where it matters: it reads the sentence before, and a rule reading it is reused after no other.
    let namesJob: boolean | undefined;
    const position = () => (namesJob ??= namesPosition(unit) || has(unit, WORK_RESOURCES));
    let isFriendly: boolean | undefined;
    const friendly = () => (isFriendly ??= !has(unit, JOB_TIES) && !(unit.before !== '' && matchesAny([JOB_TIES], beforePlain(unit))));
    let nameDrops: Match[] | undefined;
    for (const m of findTerms(unit, ORDER)) raw.push((nameDrops ??= friendly() ? findTerms(unit, NAME_DROP) : []).some((d) => d.start === m.start) ? { ...m, severity: FRIENDLY } : m);
    // A service on offer next to a government program is usually the public one ("I'm launching our new webinar
    // series, register at ontario.ca"), unless it has a price or is paid or private.
    const publicOffer = has(unit, GOVERNMENT) && !PRICE.test(unit.plain) && !PAID.test(unit.plain);
    const owned = [
      ...findTerms(unit, OWN), ...(MINE.test(unit.plain) ? matches(unit, OWN_GENERIC) : []),
      ...(SIDE_LINE.test(unit.plain) ? matches(unit, ON_THE_SIDE) : []),
      ...(publicOffer ? [] : [...matches(unit, STARTED), ...matches(unit, OFFERS), ...sellsBrand(unit)]),
    ];
    const relatives = !MINE.test(unit.plain) || FUNDRAISER.test(unit.plain) ? [] : matches(unit, RELATIVE_BUSINESS);
    owned.push(...relatives);
    for (const m of owned.sort((a, b) => a.start - b.start || b.end - a.end)) {
      if (raw.some((h) => h.start < m.end && m.start < h.end)) continue;
      const key = unit.plain.slice(m.start, m.end).replace(/[\s-]+/g, ' ');
      if (NOT_OWN_AFTER.test(unit.plain.slice(m.end, m.end + 20))) continue;
      if (NONE_OF.test(unit.plain.slice(Math.max(0, m.start - 24), m.start + 3))) continue;
      if (has(unit, WORK_RESOURCES) || cueNear(unit, m.start, m.end)) raw.push(relatives.includes(m) && friendly() ? { ...m, severity: FRIENDLY } : m);
      else if ((has(unit, RECOMMENDS) || STEER_BEFORE.test(unit.plain.slice(Math.max(0, m.start - 24), m.start))) && position()) raw.push(m);
      // "my Etsy shop" sells by itself, but without a call to buy it is a softer signal.
      else if (OWN_STRONG.has(key)) raw.push({ start: m.start, end: m.end, severity: STRONG_ALONE });
    }
    // "Order now" also sells government products ("order your free kit at ontario.ca").
    for (const m of findTerms(unit, GENERIC_ORDER)) {
      if (raw.some((h) => h.start < m.end && m.start < h.end) || has(unit, GOVERNMENT)) continue;
      raw.push({ start: m.start, end: m.end, severity: STRONG_ALONE });
    }
    // "I now do tax preparation on weekends. Special rate for colleagues!": the sale follows the business.
    if (raw.length === 0) {
      let cue: { start: number; end: number } | undefined = findTerms(unit, CALL_TO_BUY)[0] ?? PRICE_SPAN(unit);
      // The recommendation is looked for before the job (position() reads this sentence and the one
      // before): the same cue, and most sentences hold no recommendation.
      if (!cue) {
        const recommended = findTerms(unit, RECOMMENDS)[0];
        if (recommended && position()) cue = recommended;
      }
      if (cue && unit.before !== '' && mentionsBusiness(beforePlain(unit))) raw.push(cue);
    }
    // A deal offered to the people one serves at work ("restaurant owners on my route get 15% off",
    // « les clients du POSPH ont 20 % de rabais »): one's position sells the business.
    if (DEAL.test(unit.plain)) for (const m of matches(unit, SERVED)) if (!raw.some((h) => h.start < m.end && m.start < h.end)) raw.push(m);
    if (raw.length === 0 && DEAL.test(unit.plain)) {
      const m = SERVANTS_DEAL.exec(unit.plain);
      if (m && ON_MINE.test(unit.plain.slice(m.index + m[0].length, m.index + m[0].length + 60))) raw.push({ start: m.index, end: m.index + m[0].length });
    }
    if (raw.length === 0) return [];

    const named = position();
    const hits: Hit[] = raw.map((r) => {
      const hit: Hit = { start: r.start, end: r.end };
      if (named && !r.publicProgram) {
        hit.severity = SEVERITY_BY_POSITION;
        hit.message = POSITION_MESSAGE;
      } else if (r.severity) hit.severity = r.severity;
      return hit;
    });
    return dedupe(hits);
  },
  examples: {
    invalid: [
      // Public servants as the audience of the author's own deal.
      { text: 'Meal-prep coach by night 🥗 Public servants get 20% off my 6-week program. Link in bio!', span: 'Public servants get', mode: 'personal' },
      { text: 'Les fonctionnaires ont 15 % de rabais sur mes gâteaux ce mois-ci!', span: 'Les fonctionnaires ont', mode: 'personal' },
      // A code named after a public body but offered to colleagues is still the author's sale.
      { text: 'Fellow Ministry of Health peeps get 15% off my cakes with code HEALTHY15!', span: 'with code HEALTHY15', severity: 'high' },
      { text: 'Les collègues du ministère de la Santé ont 15 % de rabais sur mes gâteaux avec le code SANTE15!', span: 'avec le code SANTE15', severity: 'high' },
      // A deal offered to the people one serves at work.
      { text: 'Septic inspector by day, landscaper by weekend: property owners on my route get 10% off!', mode: 'personal' },
      { text: 'Je fais des rénovations les fins de semaine : les clients du POSPH ont 15 % de rabais, écrivez-moi.', mode: 'personal' },
      { text: 'Use my code JANE10 for 10% off at my friend’s bakery this weekend!', span: 'Use my code JANE10', severity: 'medium' },
      {
        text: 'As a policy analyst at the Ministry of Agriculture, I love this fertilizer. Use my code JANE10 for 15% off!',
        span: 'Use my code JANE10',
        severity: 'high',
      },
      { text: 'Loving my new running shoes from Stride Co. #ad #sponsored', span: '#ad', mode: 'professional', severity: 'high' },
      { text: 'Just launched my Etsy shop with hand-knit toques, DM me to order!', span: 'DM me to order' },
      { text: 'My small business is now taking custom orders for the holidays, link in bio.', span: 'My small business' },
      { text: 'Utilisez mon code promo MARIE15 pour obtenir 15 % de rabais sur les bougies.', span: 'Utilisez mon code promo MARIE15' },
      { text: 'Ma petite entreprise de savons est maintenant ouverte, écrivez-moi pour commander!', span: 'écrivez-moi pour commander' },
      { text: 'Merci à la boutique Jolie Laine pour cette belle collaboration #pub #partenariat', span: '#pub' },
      // A side business named by its trade, a relative's shop, a paid service on offer, a referral in one's name.
      { text: 'My tax prep service is open for the season, fellow public servants get 15% off.', span: 'My tax prep service', severity: 'high' },
      { text: 'Running a bookkeeping practice on the side now, DM me for rates.', span: 'bookkeeping practice on the side', mode: 'professional' },
      { text: 'My cousin’s new bakery opens Saturday on Main, tell them I sent you!', span: 'tell them I sent you', mode: 'professional' },
      { text: 'I’m an inspector with the ministry, and my sister just opened a bakery on Queen St. Tell her I sent you!', span: 'Tell her I sent you', mode: 'personal', severity: 'high' },
      { text: 'Chers collègues, mon frère vient d’ouvrir une clinique d’impôts. Dites-lui que c’est moi qui vous envoie!', mode: 'personal', severity: 'medium' },
      { text: 'I’m now offering one-on-one interview coaching, $60 an hour.', span: 'I’m now offering one-on-one interview coaching' },
      { text: 'Ma petite compagnie de déneigement prend de nouveaux clients, textez-moi!', span: 'Ma petite compagnie' },
      { text: 'J’offre maintenant des séances de préparation aux entrevues, 50 $ la séance.', span: 'J’offre maintenant des séances' },
      { text: 'Ma blonde vient d’ouvrir son salon de coiffure, dites-lui que vous venez de ma part!', span: 'dites-lui que vous venez de ma part', mode: 'professional' },
      // A code as a caption with no verb, and the French possessive after the business (« la boutique de ma blonde »).
      { text: 'Code ONGOUV15 sur la boutique Etsy de ma blonde!', span: 'Code ONGOUV15' },
      { text: 'Collègues du ministère : 15 % de rabais à la boutique Etsy de ma blonde!', span: 'boutique Etsy de ma blonde' },
      { text: "Code JANE10 at my wife's Etsy shop, colleagues!", span: 'Code JANE10' },
      { text: 'I’ve started a small consulting business helping restaurants with food safety. Message me for rates!', span: 'Message me for rates' },
      { text: 'Selling Scentsy again this fall, hit me up for a catalogue!', span: 'Selling Scentsy' },
      { text: 'I’m launching a paid webinar series on the ministry’s grant programs, early bird $49.', span: 'I’m launching a paid webinar series', severity: 'high' },
      { text: 'Ma sœur vient d’ouvrir son cabinet de notaire à Sudbury. Faites-lui confiance!', span: 'Faites-lui confiance' },
      { text: 'Je donne maintenant des formations privées sur les demandes de permis. Tarifs sur demande.', span: 'Je donne maintenant des formations' },
      { text: 'Printed 200 flyers for my bakery on the office printer this morning!', span: 'my bakery', severity: 'high' },
      // The reader sent to a relative's business by someone who names the duties they hold over it.
      { text: "Since I approve the septic permits in this township, here's a tip: call my brother-in-law's company.", span: "my brother-in-law's company", severity: 'high' },
      { text: "Comme inspecteur au ministère, faites affaire avec l'entreprise de mon beau-frère.", span: 'entreprise de mon beau-frère', severity: 'high' },
      // A relative's business vouched for with the job named, in the same sentence or the next one.
      { text: "As an inspector with the Ministry of Labour, I recommend my wife's physio clinic.", span: "my wife's physio clinic", severity: 'high' },
      { text: "Ma conjointe ouvre sa clinique de physio à Orléans! En tant qu'inspectrice au ministère du Travail, je vous la recommande les yeux fermés.", span: 'je vous la recommande', severity: 'high' },
      { text: 'My brother opens his renovation company next week. Speaking as a building inspector with the ministry, I can vouch for him.', span: 'I can vouch for', severity: 'high' },
    ],
    valid: [
      // A public discount for public servants, passed on.
      'My tip: public servants get 15% off at the Science Centre with their ID.',
      'Les fonctionnaires ont 15 % de rabais au Musée ce mois-ci.',
      // "Code" opening a sentence that is no promo code; a relative's shop with no sale and no job.
      'Code red at the office today, the printer is on fire lol',
      'Code 2024 de la route : les nouvelles règles sont en ligne.',
      'La boutique de ma sœur est ouverte ce samedi, passez dire bonjour!',
      // Sent to a relative's business without the job named: private life.
      { text: "Need a plumber? Call my brother-in-law's company, they're great.", mode: 'professional' },
      // Vouching for a relative's shop without naming the job is private life.
      { text: 'My sister just opened a bakery on Queen St. I highly recommend it!', mode: 'professional' },
      { text: 'Ma sœur ouvre sa boulangerie samedi. Je vous la recommande!', mode: 'professional' },
      // The job named, but what is recommended is no business of the author's family.
      { text: 'As a nurse with Ontario Health, I recommend getting your flu shot this month.', mode: 'professional' },
      // A good word for a relative's shop on a personal account, with no tie to the job.
      { text: 'My sister just opened a bakery on Queen St, tell her I sent you!', mode: 'personal' },
      { text: 'Ma sœur vient d’ouvrir une boulangerie rue Principale, dites-lui que c’est moi qui vous envoie!', mode: 'personal' },
      'Ontario Works clients can get 50% off transit passes through the city program, ask your worker.',
      'My clients at the gym get 10% off protein bars this week, says the front desk.',
      'Picked up fresh bread and apples at the farmers’ market this morning, so good to support local growers.',
      'Try the free soil-testing tool at ontario.ca/soil before you plan your spring planting.',
      'That is none of my business, but the new bike lanes look great.',
      'I left my business cards at the office again, so please email me instead.',
      'Our pub trivia night was a blast, we came in second! #pub',
      { text: 'Order your free naloxone kit at any participating pharmacy in Ontario.', mode: 'official' },
      'Je suis allée au marché fermier ce matin et j’ai acheté des pommes pour la tarte.',
      'Le nouvel outil gratuit de planification des cultures est en ligne sur ontario.ca.',
      'Mon code postal a changé depuis le déménagement, pensez à mettre votre carnet à jour.',
      'My daughter is selling chocolate bars for her school trip, let me know if you want some!',
      'My team’s service standards are posted online for everyone.',
      'I’m offering free help with tax returns at the library this Saturday.',
      'Ma fille vend du chocolat pour son voyage scolaire, faites-moi signe!',
      'Mon service préféré au ministère, c’est l’équipe des données ouvertes.',
      { text: 'I’m launching our new webinar series on soil health, register for free at ontario.ca/soil.', mode: 'professional' },
      'Selling my old hockey gear, good condition, DM if interested.',
      'My sister just opened her own dental clinic in Timmins! So proud of her.',
      { text: 'Selling Ontario food to the world at SIAL Paris this week, visit our booth!', mode: 'official' },
      'My bakery order for the office potluck is ready, thanks Marie!',
    ],
  },
});

// Calls to buy strong enough to carry the sentence before (which named the business) into a sale.
const CALL_TO_BUY = lexicon([
  'special rate', 'special rates', 'special price', 'rates', 'dm me', 'dm for', 'message me', 'pm me', 'text me', 'email me',
  'contact me', 'reach out', 'hit me up', 'link in bio', 'link in my bio', 'order now', 'book now', 'booking now', 'early bird',
  'tarif special', 'tarifs', 'tarif', 'ecrivez-moi', 'ecris-moi', 'textez-moi', 'contactez-moi', 'lien dans la bio',
  'commandez', 'reservez', "prix d'ami", 'prix special', 'en prive', 'faites-lui confiance', 'faites-leur confiance',
  'trust him', 'trust her', 'give him a call', 'give her a call', 'appelez-le', 'appelez-la', 'tell him i sent you',
]);

function PRICE_SPAN(unit: Unit): { start: number; end: number } | undefined {
  const m = PRICE.exec(unit.plain);
  return m ? { start: m.index, end: m.index + m[0].length } : undefined;
}

/** Whether a (lower-case, accent-free) sentence names the author's own business or a paid service on offer. */
function mentionsBusiness(plain: string): boolean {
  for (const re of [OWN, OWN_GENERIC, ON_THE_SIDE, STARTED, OFFERS, RELATIVE_BUSINESS]) {
    re.lastIndex = 0;
    if (re.test(plain)) return true;
  }
  return false;
}

/** "Selling Tupperware": the verb and the capitalised brand after it (searched in the original case). */
function sellsBrand(unit: Unit): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  SELLS_BRAND.lastIndex = 0;
  for (let m = SELLS_BRAND.exec(unit.plain); m; m = SELLS_BRAND.exec(unit.plain)) {
    const at = m.index + m[0].length;
    if (!/^\p{Lu}/u.test(unit.text.slice(at))) continue;
    const word = /^[\p{L}\p{N}'-]+/u.exec(unit.text.slice(at))![0];
    // "Selling Ontario food to the world": a public name is no brand.
    PUBLIC_NAMES.lastIndex = 0;
    if (PUBLIC_NAMES.test(unit.plain.slice(at, at + word.length))) continue;
    out.push({ start: m.index, end: at + word.length });
  }
  return out;
}

function matches(unit: Unit, re: RegExp): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(unit.plain); m; m = re.exec(unit.plain)) {
    if (!overlapsMask(unit.masked, m.index, m.index + m[0].length, ['url', 'email'])) out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
}

function dedupe(hits: Hit[]): Hit[] {
  const out: Hit[] = [];
  for (const h of hits.sort((a, b) => a.start - b.start || b.end - a.end)) {
    const last = out[out.length - 1];
    if (last && h.start < last.end) continue;
    out.push(h);
  }
  return out;
}
