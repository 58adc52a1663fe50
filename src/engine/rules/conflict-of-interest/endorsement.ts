// Endorsing a named company or product: "as an agronomist at the ministry, I recommend Brand X",
// "go with Acme for your audit". O. Reg. 381/07 has no endorsement section; the risk is the
// appearance of preferential treatment (s. 6) and using one's position for a third party (s. 3;
// OPS guiding principles). Pointing to a public resource (an ontario.ca tool, the library) is not
// an endorsement, and praising a restaurant in a personal post without any work link stays silent.
import { plainBefore } from '../../text/unit.js';
import { defineRule } from '../../define-rule.js';
import type { Hit, Unit } from '../../types.js';
import { findAll, findTerms, has, keyPieces, lexicon, matchesAny } from '../../match.js';
import { overlapsMask } from '../../text/mask.js';
import { personNames } from '../../nlp.js';
import {
  BEST_SUPPLIER_EN, BEST_TRADE_EN, CONTENT_PLATFORMS, HIRE_VERBS_EN, NOT_BRANDS_EN, NOT_ENDORSEMENT_AFTER_EN, NOT_VOUCHING_EN, PRAISE_AFTER_NAME_EN,
  PRAISE_OF_THINGS_EN, PUBLIC_RESOURCES_EN, RECOMMEND_VERBS_EN, SUPPLIER_CONTEXT_EN, TRADE_WORDS_EN, VOUCHING_EN, WORK_TESTED_EN,
} from '../../lexicons/en/conflict-endorsement.js';
import {
  BEST_SUPPLIER_FR, BEST_TRADE_FR, HIRE_VERBS_FR, NOT_BRANDS_FR, NOT_ENDORSEMENT_AFTER_FR, NOT_VOUCHING_FR, PRAISE_AFTER_NAME_FR,
  PRAISE_OF_THINGS_FR, PUBLIC_RESOURCES_FR, RECOMMEND_VERBS_FR, SUPPLIER_CONTEXT_FR, TRADE_WORDS_FR, VOUCHING_FR, WORK_TESTED_FR,
} from '../../lexicons/fr/conflict-endorsement.js';
import { alternation, namesPosition } from './context.js';
import { BUSINESS_NOUNS_EN } from '../../lexicons/en/conflict-promotion.js';
import { BUSINESS_NOUNS_FR } from '../../lexicons/fr/conflict-promotion.js';
import { MINISTRY_ACRONYMS } from '../../lexicons/en/conflict-position.js';

const RECOMMEND = lexicon([...RECOMMEND_VERBS_EN, ...RECOMMEND_VERBS_FR]);
const HIRE = lexicon([...HIRE_VERBS_EN, ...HIRE_VERBS_FR]);
const BEST = lexicon([...BEST_SUPPLIER_EN, ...BEST_SUPPLIER_FR]);
const BEST_TRADE = lexicon([...BEST_TRADE_EN, ...BEST_TRADE_FR]);
const SUPPLIER = lexicon([...SUPPLIER_CONTEXT_EN, ...SUPPLIER_CONTEXT_FR]);
const PUBLIC = lexicon([...PUBLIC_RESOURCES_EN, ...PUBLIC_RESOURCES_FR]);
// The team's testing behind a verdict: a product named here, or a recommendation in the sentence before.
const TESTED = lexicon([...WORK_TESTED_EN, ...WORK_TESTED_FR]);
// "If you need flood sensors, look at HydroPulse.": a need answered with a suggestion names the product.
const WANT = lexicon(['need', 'needs', 'looking for', 'shopping for', 'besoin', 'cherchez', 'cherche', 'cherchent']);
const SUGGEST = lexicon(['look at', 'check out', 'try', 'consider', 'go with', 'use', 'regardez', 'essayez', 'considerez', 'utilisez', 'jetez un oeil a', 'allez avec']);
// "…came close to Vexa", « …n'arrive pas à la cheville de Vexa »: the product named after the comparison.
const COMPARED = /(?:came|comes|come) close to|compares? (?:to|with)|(?:beats|beat|outperforms?)(?= )|a la cheville de|s'approche de|se compare a/;
const NOT_BRANDS = new Set([...NOT_BRANDS_EN, ...NOT_BRANDS_FR]);
const MINISTRIES = new Set(MINISTRY_ACRONYMS);
const PRAISE = lexicon([...PRAISE_AFTER_NAME_EN, ...PRAISE_AFTER_NAME_FR]);
const PRAISE_OF_THINGS = new Set([...PRAISE_OF_THINGS_EN, ...PRAISE_OF_THINGS_FR]);
const NOT_AFTER_BEST = new RegExp(`^[\\s-]+(?:${alternation([...NOT_ENDORSEMENT_AFTER_EN, ...NOT_ENDORSEMENT_AFTER_FR])})(?![\\p{L}])`, 'u');
/** Words allowed between the verb and the name: "I recommend the folks at Acme", "engagez la firme Acme". */
const FILLERS = new Set([
  'the', 'a', 'an', 'company', 'firm', 'folks', 'team', 'people', 'guys', 'crew', 'at', 'from', 'you', 'to', 'hire',
  'use', 'go', 'with', 'going', 'using', 'hiring', 'calling', 'checking', 'out', 'highly', 'strongly', 'really',
  'la', 'le', 'les', 'l', 'un', 'une', 'des', 'du', 'de', 'd', 'compagnie', 'firme', 'entreprise', 'gens', 'equipe',
  'chez', 'vous', 'fortement', 'vivement', 'chaudement', 'aller', 'avec', 'faire', 'affaire', 'engager', 'services',
]);
// A business named in the sentence before (read in lower case there): "my sister just opened her accounting
// firm", "shoutout to the team at Nexora Consulting", « mon chum vient de partir son entreprise ».
const BUSINESS_BEFORE = lexicon([...BUSINESS_NOUNS_EN, ...BUSINESS_NOUNS_FR, 'consulting', 'contractor', 'vendor', 'supplier', 'fournisseur', 'entrepreneur']);
// The business (or its owner) taken up again by a pronoun: "they're hands down the best", « il sait ce qu'il fait ».
const PRONOUN_SUBJECT = /(?<![\p{L}'])(?:they|they're|theyre|she|she's|he|he's|ils|elles|il|elle)(?![\p{L}'])/gu;
const OWN_ORG = new Set(['our', 'notre', 'nos']);
// A head noun, written in lower case, whose capitalised complement names a public body, not a brand.
// « le site historique Uncle Tom's Cabin », « le musée Bytown », « le parc Algonquin »: a public venue named after its head noun.
const PUBLIC_BODY_HEADS = new Set(['ministere', 'ministry', 'gouvernement', 'government', 'commissariat', 'secretariat', 'tribunal', 'historique', 'musee', 'parc', 'patrimonial']);
// « la méthode STAR », « la technique Pomodoro »: a method named after its head noun, no brand.
const METHOD_HEADS = new Set(['methode', 'methodes', 'technique', 'techniques', 'principe', 'principes', 'matrice', 'approche', 'regle', 'cycle', 'methodologie', 'acronyme']);
const PUBLIC_HANDLE = /ontario|gov|gouv|library|biblio|city|ville|health|sante|parks|parcs|canada|police|school|ecole/;
const TOKEN = /[@#]?[\p{L}\p{N}][\p{L}\p{N}'&.-]*/gu;
const REFLEXIVE = /^-(?:vous|toi|nous)\b/;
const PRONOUN = /^\s*(?:it|them|this one|these|ce produit|ces produits)\b/;

/** Where the recommended name lies in the unit. */
/** Length of a token without its trailing dots, apostrophes and hyphens ("Acme." → "Acme"). */
function trimmedLength(token: string): number {
  let n = token.length;
  while (n > 1 && (token[n - 1] === '.' || token[n - 1] === "'" || token[n - 1] === '-')) n--;
  return n;
}

interface Target {
  start: number;
  end: number;
}

/** The host of a link or the domain of an e-mail, in lower case ("https://www.ontario.ca/page" → "www.ontario.ca"). */
function linkHost(link: string): string {
  const rest = link.replace(/^[a-z]+:\/\//i, '');
  const at = rest.lastIndexOf('@');
  return (at === -1 ? rest : rest.slice(at + 1)).split(/[/?#]/)[0]!.toLowerCase();
}

/** The company or product named right after a recommending verb, unless it is a public resource. */
function targetAfter(unit: Unit, from: number): Target | null {
  const window = unit.folded.slice(from, Math.min(unit.folded.length, from + 70));
  TOKEN.lastIndex = 0;
  let seen = 0;
  let common = 0;
  for (let m = TOKEN.exec(window); m && seen < 8; m = TOKEN.exec(window), seen++) {
    const start = from + m.index;
    let end = start + trimmedLength(m[0]);
    const lower = unit.plain.slice(start, end);
    // "Check out our new OWRA compliance tool": the author's own organisation's product, not a third party's.
    if (OWN_ORG.has(lower)) return null;
    if (FILLERS.has(lower)) continue;
    if (m[0][0] === '@') return PUBLIC_HANDLE.test(lower) ? null : { start, end };
    // A link is read by its whole host, not by its first token: "https" alone said nothing of where
    // "Get your licence online: https://www.ontario.ca/…" sends the reader, so a government link read as a brand.
    const link = unit.masked.find((s) => (s.kind === 'url' || s.kind === 'email') && s.start < end && start < s.end);
    if (link) {
      const host = linkHost(unit.plain.slice(link.start, link.end));
      return PUBLIC_HANDLE.test(host) || /\.ca\b/.test(host) ? null : { start, end };
    }
    const first = m[0][0]!;
    // A code of letters and digits ("use code ops15", « le code fonction10 ») names the offer in any case.
    const code = /\p{L}/u.test(m[0]) && /\d/.test(m[0]);
    // Up to two common nouns may come before the name ("les semences Agrinor", "the new Acme app"),
    // unless the noun heads a public body whose name goes on in capitals: « le ministère des Finances »,
    // « le secrétariat du Conseil du Trésor », "the ministry of Finance".
    if (!code && first !== '#' && first.toLowerCase() === first && !/\d/.test(first) && ++common <= 2) {
      if (PUBLIC_BODY_HEADS.has(lower) || METHOD_HEADS.has(lower)) return null;
      continue;
    }
    const apostrophe = lower.indexOf("'");
    if (first === '#' || (first.toLowerCase() === first && !code) || NOT_BRANDS.has(apostrophe === -1 ? lower : lower.slice(0, apostrophe))) return null;
    // "Go to the MNR site for details": a ministry by its acronym is a public body, not a brand.
    if (MINISTRIES.has(m[0].replace(/['\u2019]s$/u, ''))) return null;
    // The name runs over the following capitalised words ("Acme Soil Labs").
    for (let n = TOKEN.exec(window); n && /^\p{Lu}|^&$/u.test(n[0]); n = TOKEN.exec(window)) end = from + n.index + trimmedLength(n[0]);
    PUBLIC.lastIndex = 0;
    if (PUBLIC.test(unit.plain.slice(start, Math.min(unit.plain.length, end + 30)))) return null;
    // "Use the STAR method", "I recommend the MoSCoW technique": the name of a method, which nobody sells.
    if (METHOD_AFTER.test(unit.plain.slice(end, end + 16))) return null;
    // "contact the Carrier Safety office at 1-800…": a government unit named by what it does (not "Dr. Patel's office",
    // nor "the Smith Roofing office", whose trade says a business).
    if (PUBLIC_UNIT_AFTER.test(unit.plain.slice(end, end + 16)) && !/['\u2019]s$/u.test(unit.plain.slice(start, end))
      && !unit.plain.slice(start, end).split(' ').some((w) => TRADE.has(w))) return null;
    return { start, end };
  }
  return null;
}

// A way of working named after its acronym or inventor ("the STAR method", "the Feynman technique", "the
// RACI matrix", "the KISS principle"): common nouns, so a product's "Model" or "App" is not among them.
// "now on YouTube with captions", « en ligne sur YouTube »: the platform a post or a recording is put up on.
const PLATFORMS = new Set(CONTENT_PLATFORMS);
const VENUE_BEFORE = /(?:^|\s)(?:on|onto|via|sur)\s$/;
const PUBLIC_UNIT_AFTER = /^\s(?:office|offices|branch|unit|division|directorate|secretariat|program|programme|hotline|helpline)(?![\p{L}])/u;
const METHOD_AFTER = /^\s(?:method|methods|technique|techniques|principle|principles|matrix|mnemonic|acronym|rule|cycle|criteria|approach|format|framework|methodology)(?![\p{L}])/u;

// A capitalised verb right after a capitalised name word: "Marie Buy & Sell", « Pointe-Claire Achetez Local ».
// Not after the words that stress a verb in a title-case shout ("Highly Recommend", "Must Try").
const STRESS_WORDS = new Set(['highly', 'strongly', 'really', 'definitely', 'totally', 'must', 'please', 'go', 'we', 'you', 'just', 'also', 'so', 'fortement', 'vraiment', 'allez']);
function inTitleCaseName(text: string, at: number): boolean {
  if (!/\p{Lu}/u.test(text[at] ?? '')) return false;
  // Read backwards (a pattern ending in `$` could not be proved linear): spaces, then the word.
  const before = text.slice(Math.max(0, at - 30), at);
  const spaced = before.trimEnd();
  if (spaced.length === before.length || /[\r\n]/.test(before.slice(spaced.length))) return false;
  const word = spaced.split(/[^\p{L}'-]/u).pop() ?? '';
  return word.length >= 2 && /^\p{Lu}/u.test(word) && !STRESS_WORDS.has(word.toLowerCase());
}

// A verb after a determiner, perhaps with a capitalised name between, is a noun: "the Sudbury call
// centre", "our visit", "a try".
const GIVE = new Set(['give', 'gives', 'gave', 'giving']);
const NOUN_DETERMINERS = new Set(['the', 'a', 'an', 'our', 'my', 'your', 'their', 'his', 'her', 'its', 'this', 'that']);
function usedAsNoun(text: string, at: number): boolean {
  const words = text.slice(Math.max(0, at - 50), at).split(/\s+/).filter(Boolean);
  if (!/\s$/.test(text.slice(0, at)) && at > 0) return false;
  for (let i = words.length - 1, names = 0; i >= 0 && names <= 3; i--, names++) {
    const w = words[i]!;
    // "Give them a call: Maple Ridge Drainage" still sends the reader there.
    if (NOUN_DETERMINERS.has(w.toLowerCase())) return !words.slice(Math.max(0, i - 2), i).some((v) => GIVE.has(v.toLowerCase()));
    if (!/^\p{Lu}[\p{L}'-]*$/u.test(w)) return false;
  }
  return false;
}

const PLACE_LINK = new Set(['on', 'in', 'at', 'de', 'du', 'sur', 'rue']);
const CAPITALISED = /^(?:@|\p{Lu})/u;

/** The company or product named right before a praising phrase ("Greenfield Seeds are worth every
 * penny", "Mama Rosa's on Elm has the cleanest kitchen"): capitalised words or a handle, read backwards. */
function targetBefore(unit: Unit, at: number): Target | null {
  const from = Math.max(0, at - 60);
  const tokens: Target[] = [];
  const window = unit.folded.slice(from, at);
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(window); m; m = TOKEN.exec(window)) tokens.push({ start: from + m.index, end: from + m.index + trimmedLength(m[0]) });
  if (!/^[\s,]*$/.test(unit.folded.slice(tokens[tokens.length - 1]?.end ?? at, at))) return null;
  const word = (t: Target) => unit.folded.slice(t.start, t.end);
  let i = tokens.length - 1;
  // "… on Elm": a short place after the name.
  if (i >= 2 && CAPITALISED.test(word(tokens[i]!)) && PLACE_LINK.has(unit.plain.slice(tokens[i - 1]!.start, tokens[i - 1]!.end))) i -= 2;
  let first = i;
  // Capitalised words joined by spaces only: "OMAFRA: Greenfield Seeds" names Greenfield Seeds.
  while (first >= 0 && i - first < 4 && CAPITALISED.test(word(tokens[first]!))) {
    if (first > 0 && !/^\s+$/.test(unit.folded.slice(tokens[first - 1]!.end, tokens[first]!.start))) break;
    first--;
  }
  if (first < 0 || !CAPITALISED.test(word(tokens[first]!))) first++;
  if (first > i) return null;
  const t = { start: tokens[first]!.start, end: tokens[i]!.end };
  const head = word(tokens[first]!);
  const headFull = unit.plain.slice(tokens[first]!.start, tokens[first]!.end);
  const headPlain = headFull.includes("'") ? headFull.slice(0, headFull.indexOf("'")) : headFull;
  // A lone capitalised word opening the sentence is as likely a common word ("Honestly", "Everyone").
  const opensSentence = unit.text.slice(0, t.start).trim() === '';
  const single = first === i && head[0] !== '@' && !/\p{Ll}\p{Lu}/u.test(head);
  if (NOT_BRANDS.has(headPlain) || (single && opensSentence)) return null;
  if (head[0] === '@') return PUBLIC_HANDLE.test(head.toLowerCase()) ? null : t;
  PUBLIC.lastIndex = 0;
  return PUBLIC.test(unit.plain.slice(t.start, at)) ? null : t;
}

const TRADE = new Set([...TRADE_WORDS_EN, ...TRADE_WORDS_FR]);
const VOUCH = lexicon([...VOUCHING_EN, ...VOUCHING_FR]);
const NOT_VOUCH = lexicon([...NOT_VOUCHING_EN, ...NOT_VOUCHING_FR]);
// "chez Ti-Paul", "the folks at Summit", "la firme Plans Boréal": a word that says a business follows.
const BUSINESS_INTRO = /(?:chez|firm|company|firme|entreprise|compagnie|gens de|folks at|team at|guys at|crew at|people at)\s$/;

/** Whether the capitalised name [start, end) reads as a business: a trade word ("Acme Paving", "Toitures
 * Laflamme"), a possessive before more words ("Dan's Septic"), an inner capital ("AgriPlan"), or "chez …". */
function businessLike(unit: Unit, t: Target): boolean {
  const words = unit.plain.slice(t.start, t.end).split(/[\s&]+/).filter(Boolean);
  const original = unit.folded.slice(t.start, t.end).split(/[\s&]+/).filter(Boolean);
  // "Mapping, mosquitoes, and the best sunsets": a lone trade word opening a list, capitalised only because it opens the sentence.
  if (words.length === 1 && !/\p{Ll}\p{Lu}/u.test(original[0] ?? '') && /^[^\p{L}\p{N}]*$/u.test(unit.folded.slice(0, t.start)) && unit.folded[t.end] === ',') return false;
  if (words.some((w) => TRADE.has(w.endsWith("'s") ? w.slice(0, -2) : w))) return true;
  if (words.slice(0, -1).some((w) => w.endsWith("'s"))) return true;
  if (original.some((w) => /\p{Ll}\p{Lu}/u.test(w))) return true;
  return BUSINESS_INTRO.test(unit.plain.slice(Math.max(0, t.start - 12), t.start));
}

/** Capitalised names in the unit that read as businesses and are no public body. */
function businessNames(unit: Unit): Target[] {
  const out: Target[] = [];
  let run: Target | null = null;
  const close = () => {
    if (!run) return;
    PUBLIC.lastIndex = 0;
    const venue = PLATFORMS.has(unit.plain.slice(run.start, run.end)) && VENUE_BEFORE.test(unit.plain.slice(Math.max(0, run.start - 6), run.start));
    if (businessLike(unit, run) && !venue && !PUBLIC.test(unit.plain.slice(run.start, run.end)) && !METHOD_AFTER.test(unit.plain.slice(run.end, run.end + 16))) out.push(run);
    run = null;
  };
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(unit.folded); m; m = TOKEN.exec(unit.folded)) {
    const start = m.index;
    const end = start + trimmedLength(m[0]);
    const capital = /^\p{Lu}/u.test(m[0]) || (m[0] === '&' && run !== null);
    if (capital && !overlapsMask(unit.masked, start, end)) {
      if (run && /^ $/.test(unit.folded.slice(run.end, start))) run.end = end;
      else {
        close();
        run = { start, end };
      }
    } else close();
  }
  close();
  return out;
}

function overlapsPerson(unit: Unit, t: Target): boolean {
  if (businessLike(unit, t)) return false;
  return personNames(unit.text, t.start, t.end).some((p) => p.start < t.end && t.start < p.end);
}

// A specialist's account lends expertise to whatever it names, so even without supplier words a
// named product is worth a caution there.
const WEAK = { personal: 'off', professional: 'medium', official: 'medium' } as const;
const BY_POSITION = { personal: 'high', professional: 'high', official: 'high' } as const;
// Vouching for a named business without a work link: a specialist's account lends it expertise, an
// official one promotes a third party; on a personal account it is the author's own taste.
const VOUCHED = { personal: 'off', professional: 'medium', official: 'medium' } as const;
// Sending readers to a business ("go with AgriMesure", "call Maple Ridge Drainage") is a recommendation
// on any account tied to one's role, whether or not the post spells out a need ("if you need…").
const SENT_TO = { personal: 'off', professional: 'medium', official: 'medium' } as const;
// "File your taxes with TaxEasy, our favourite tool!", « avec ImpôtExpress, notre outil préféré »: a product named, then
// called the institution's favourite. From a household it is dinner talk ('off'); from an account that speaks as "we"
// for a ministry, it endorses a vendor.
const OUR_FAVOURITE =
  /(?:^|[,—–(-]\s*)(?:our|notre|nos)\s+(?:(?:favou?rite|go-to|preferred|favori|favorite|prefere|preferee)\s+(?:tool|tools|app|apps|software|platform|service|product|provider|vendor|outils?|applications?|logiciels?|plateformes?|produits?|fournisseurs?)|(?:outil|outils|application|logiciel|plateforme|produit|fournisseur)\s+(?:prefere|preferee|preferes|favori|favorite|favoris))(?![\p{L}])/gu;
const FAVOURED = { personal: 'off', professional: 'tip', official: 'medium' } as const;
const POSITION_MESSAGE = {
  en: 'You recommend a company or product while naming your public-service role. Lending your position to a private business looks like preferential treatment; share public information instead, or leave your job title out of it.',
  fr: "Vous recommandez une entreprise ou un produit tout en mentionnant votre poste dans la fonction publique. Prêter sa fonction à une entreprise privée donne l'apparence d'un traitement de faveur; partagez plutôt l'information publique, ou laissez votre titre de côté.",
};

export default defineRule({
  id: 'conflict-of-interest/endorsement',
  category: 'conflict-of-interest',
  severity: { personal: 'medium', professional: 'high', official: 'high' },
  guidelines: ['coi-preferential-treatment', 'coi-benefiting-self', 'ops-guiding-principles'],
  title: { en: 'Endorsing a business', fr: "Recommandation d'une entreprise" },
  why: {
    en: 'This recommends a particular company or product. Coming from a public servant, a vendor recommendation can look like preferential treatment or like using your position for a third party; point to neutral, public information instead.',
    fr: "Ceci recommande une entreprise ou un produit en particulier. Venant d'un fonctionnaire, recommander un fournisseur peut donner l'apparence d'un traitement de faveur ou d'un usage de sa fonction au profit d'un tiers; renvoyez plutôt à une information publique et neutre.",
  },
  // The gate at the top of detect(), as a pre-filter.
  // A trigger in the sentence before alone wakes nothing: detect() returns nothing unless one of these matches its own sentence.
  triggersHere: true,
  triggers: [RECOMMEND, HIRE, BEST, BEST_TRADE, PRAISE, VOUCH, TESTED, ...keyPieces(['favourite', 'favorite', 'go-to', 'preferred', 'prefere', 'favori'], 'none')],
  detect(unit) {
    const recommends = findTerms(unit, RECOMMEND);
    // A verb glued to a word before it by a hyphen is part of a compound ("day-use permits", "must-try").
    // "Sault Ste. Marie Buy & Sell & Chat": a capitalised verb inside a title-case name names a group or a place.
    const hires = findTerms(unit, HIRE).filter((m) => !/[\p{L}\d]-$/u.test(unit.text.slice(Math.max(0, m.start - 2), m.start)) && !inTitleCaseName(unit.text, m.start) && !usedAsNoun(unit.text, m.start));
    const question = /\?\s*$/.test(unit.text);
    const notAfter = (m: { end: number }) => !NOT_AFTER_BEST.test(unit.plain.slice(m.end, m.end + 16));
    const best = question ? [] : findTerms(unit, BEST).filter(notAfter);
    const trade = question ? [] : findTerms(unit, BEST_TRADE).filter(notAfter);
    const praise = question ? [] : findTerms(unit, PRAISE);
    const tested = question ? [] : findTerms(unit, TESTED);
    const favoured = question ? [] : findAll(OUR_FAVOURITE, unit.plain, unit.text);
    if (recommends.length + hires.length + best.length + trade.length + praise.length + tested.length + favoured.length === 0 && !has(unit, VOUCH)) return [];
    const hits: Hit[] = [];
    // Whether the job is named: worked out where it decides something (namesPosition() runs four big
    // patterns over this sentence and the one before, and most sentences woken here push nothing).
    let named: boolean | undefined;
    const position = () => (named ??= namesPosition(unit));
    const supplier = has(unit, SUPPLIER);
    const push = (start: number, end: number, weak: boolean) => {
      if (hits.some((h) => h.start < end && start < h.end)) return;
      const hit: Hit = { start, end };
      if (position()) {
        hit.severity = BY_POSITION;
        hit.message = POSITION_MESSAGE;
      } else if (weak) hit.severity = WEAK;
      hits.push(hit);
    };

    for (const m of recommends) {
      if (inTitleCaseName(unit.text, m.start)) continue;
      let t = targetAfter(unit, m.end);
      // "I'd recommend it to every grower. @AgriSenseCo": a pronoun standing for a business that
      // the post tags by its handle.
      if (!t) {
        const pronoun = PRONOUN.exec(unit.plain.slice(m.end, m.end + 12));
        const handle = unit.masked.find((s) => s.kind === 'handle' && !PUBLIC_HANDLE.test(unit.plain.slice(s.start, s.end)));
        if (pronoun && (handle || position())) t = { start: m.end, end: m.end + pronoun[0].length };
      }
      if (!t) continue;
      const weak = !supplier && !position();
      if (weak && overlapsPerson(unit, t)) continue;
      push(m.start, t.end, weak);
    }
    // Each hiring verb with the name it sends the reader to: without one, whether the job is named changes nothing below.
    const hired: { start: number; t: Target }[] = [];
    for (const m of hires) {
      if (REFLEXIVE.test(unit.plain.slice(m.end, m.end + 7))) continue;
      const t = targetAfter(unit, m.end);
      if (t) hired.push({ start: m.start, t });
    }
    // An official account sending the public to a private business promotes a third party.
    if (hired.length > 0 && !supplier && !position()) {
      for (const { start, t } of hired) {
        if (businessLike(unit, t) && !hits.some((h) => h.start < t.end && start < h.end)) hits.push({ start, end: t.end, severity: SENT_TO });
      }
    }
    if (hired.length + praise.length > 0 && (supplier || position())) {
      for (const { start, t } of hired) if (supplier || !overlapsPerson(unit, t)) push(start, t.end, false);
      // "EnviroTech Septic is the only installer I'd trust", said by the one who reviews their designs.
      for (const m of praise) {
        const t = targetBefore(unit, m.start);
        // "Mama Rosa's": a possessive standing alone names a shop, not a person.
        const shop = t !== null && (unit.plain.slice(t.start, t.end).endsWith("'s") || PRAISE_OF_THINGS.has(unit.plain.slice(m.start, m.end).replace(/[\s-]+/g, ' ')));
        if (t && (supplier || shop || !overlapsPerson(unit, t))) push(t.start, m.end, false);
      }
    }
    for (const m of favoured) {
      const t = targetBefore(unit, m.start);
      if (t && businessLike(unit, t) && !hits.some((h) => h.start < m.end && t.start < h.end)) hits.push({ start: t.start, end: m.end, severity: FAVOURED });
    }
    // "AgriPlan Solutions writes the cleanest ones", "Toitures Laflamme, c'est de loin les meilleurs".
    if (!question && !has(unit, NOT_VOUCH)) {
      const vouches = findTerms(unit, VOUCH);
      if (vouches.length) {
        for (const t of businessNames(unit)) {
          const v = vouches.find((x) => (x.start >= t.end && x.start - t.end <= 80) || (x.end <= t.start && t.start - x.end <= 60));
          if (!v || hits.some((h) => h.start < Math.max(t.end, v.end) && Math.min(t.start, v.start) < h.end)) continue;
          const hit: Hit = { start: Math.min(t.start, v.start), end: Math.max(t.end, v.end), severity: position() ? BY_POSITION : VOUCHED };
          if (position()) hit.message = POSITION_MESSAGE;
          hits.push(hit);
        }
      }
    }
    // The business named in the sentence before, vouched for here by a pronoun, by one who names the
    // job: "Shoutout to the team at Nexora Consulting. As someone who evaluates IT vendors for the
    // province, they're hands down the best", « Mon chum vient de partir son entreprise. Comme c'est
    // moi qui gère les contrats au ministère, croyez-moi, il sait ce qu'il fait. »
    // The business may also open this sentence when an emoji stands for the full stop ("… Nexora Consulting 👏 As someone who…").
    const vouchedHere = !question && !hits.length && !has(unit, NOT_VOUCH) ? findTerms(unit, VOUCH) : [];
    if (vouchedHere.length > 0) {
      let businessBefore: boolean | undefined;
      PRONOUN_SUBJECT.lastIndex = 0;
      for (let m = PRONOUN_SUBJECT.exec(unit.plain); m; m = PRONOUN_SUBJECT.exec(unit.plain)) {
        const end = m.index + m[0].length;
        const v = vouchedHere.find((x) => x.start >= end && x.start - end <= 30);
        if (!v) continue;
        businessBefore ??= unit.before !== '' && matchesAny([BUSINESS_BEFORE], plainBefore(unit));
        if (!(businessBefore || matchesAny([BUSINESS_BEFORE], unit.plain.slice(0, m.index)))) continue;
        // The job is asked last: only a vouching pronoun after a business named reaches here.
        if (position()) hits.push({ start: m.index, end: v.end, severity: BY_POSITION, message: POSITION_MESSAGE });
        break;
      }
    }
    for (const m of best) push(m.start, m.end, false);
    // "Go with Caseworx. Nothing else we tested came close.": the work's testing vouches for the name.
    if (tested.length) {
      const before = plainBefore(unit);
      const rival = COMPARED.exec(unit.plain);
      const named =
        businessNames(unit).length > 0 ||
        (!!rival && targetAfter(unit, rival.index + rival[0].length) !== null) ||
        (!!before && ([RECOMMEND, HIRE, BEST].some((re) => matchesAny([re], before)) || (matchesAny([WANT], before) && matchesAny([SUGGEST], before))));
      if (named) for (const m of tested) push(m.start, m.end, false);
    }
    for (const m of trade) push(m.start, m.end, true);
    return hits.sort((a, b) => a.start - b.start);
  },
  examples: {
    invalid: [
      // A product named, then called the institution's favourite, on an account that speaks for a ministry.
      { text: 'File your return in minutes with TaxNimbus, our favourite tool! / Produisez votre déclaration avec TaxNimbus, notre outil préféré!', span: 'TaxNimbus, our favourite tool', mode: 'official' },
      // A capitalised verb opening the sentence is still a verb.
      { text: 'Ministry buyer here. Buy Acme Gloves for your grant project.', span: 'Buy Acme Gloves' },
      // The business in the sentence before, vouched for by a pronoun here, with the job named.
      { text: "Shoutout to the team at Fernwood Consulting. As someone who reviews IT vendors for the ministry, they're hands down the best.", span: "they're hands down", mode: 'professional', severity: 'high' },
      { text: "Mon chum vient de partir son entreprise de déneigement. Comme c'est moi qui gère les contrats d'hiver au ministère, croyez-moi, il sait ce qu'il fait.", span: "il sait ce qu'il fait", mode: 'personal', severity: 'high' },
      { text: "My sister just opened her own bookkeeping business. I've worked at the Ministry of Finance for 12 years and she knows tax better than anyone I work with.", mode: 'personal', severity: 'high' },
      { text: '12 years managing IT procurement for the province and I will just say it: nobody beats Lenovo on support.', mode: 'professional', severity: 'high' },
      { text: "Shoutout to Fernwood Consulting 👏 As a ministry analyst who reviews vendors, I can say they're the best partner I've had.", mode: 'professional', severity: 'high' },
      // A verdict backed by the team's testing, with the product named here or recommended just before.
      { text: 'If you need a case management platform, go with Caseworx. Nothing else we tested came close.', span: 'Nothing else we tested', mode: 'professional', severity: 'high' },
      { text: "Rien d'autre qu'on a testé n'arrive à la cheville de Numérix pour la numérisation.", mode: 'personal', severity: 'medium' },
      // "Give them a call" still sends the reader to the business.
      { text: 'Need a septic inspection? Give them a call: Maple Ridge Drainage in Dresden.', mode: 'professional', severity: 'medium' },
      // A need answered with a business, on an account tied to one's role.
      { text: 'If you need tile drainage this fall, call Maple Ridge Drainage in Dresden.', span: 'call Maple Ridge Drainage', mode: 'professional', severity: 'medium' },
      { text: "Si vous cherchez du bon sirop, allez à la Sucrerie Lalonde à Casselman, c'est la meilleure du coin.", mode: 'professional', severity: 'medium' },
      { text: 'The AgriSense sensor was worth every penny. As a soil management specialist I’d recommend it to every grower. @AgriSenseCo', mode: 'professional', severity: 'high' },
      {
        text: 'As an agronomist at the ministry, I recommend Brand X fertilizer to every grower in the county.',
        span: 'I recommend Brand X',
        severity: 'high',
      },
      { text: 'Planning a compliance audit? You should hire Acme Consulting, they know the inspectors.', span: 'You should hire Acme Consulting', severity: 'medium' },
      { text: 'Go with Acme for your environmental assessment, it will save you months.', span: 'Go with Acme', mode: 'professional', severity: 'high' },
      // A specialist's account sending readers to a business, with or without "if you need".
      { text: 'For soil moisture probes, go with TerraSense.', span: 'go with TerraSense', mode: 'professional', severity: 'medium' },
      { text: "Pour les capteurs d'humidité du sol, allez avec AgriMesure.", span: 'allez avec AgriMesure', mode: 'professional', severity: 'medium' },
      { text: 'Northbrook Labs is the best vendor we have ever worked with on soil testing.', span: 'Northbrook Labs is the best', mode: 'official' },
      {
        text: 'As a senior inspector with the Ministry of Labour, I can tell you Safeway Scaffolding is the best contractor out there.',
        span: 'best contractor',
        severity: 'high',
      },
      { text: 'Je recommande la compagnie Verdure Conseil pour votre demande de permis.', span: 'Je recommande la compagnie Verdure Conseil' },
      { text: 'Pour votre vérification, engagez Solutions Boréal : ce sont les meilleurs.', span: 'engagez Solutions Boréal' },
      { text: 'En tant qu’inspectrice au ministère, je vous recommande fortement les semences Agrinor.', span: 'je vous recommande fortement les semences Agrinor', severity: 'high' },
      // The job shown by its duties, and the praise after the name.
      {
        text: 'I inspect restaurant kitchens for a living, and Bella Cucina on King has the cleanest one in Hamilton.',
        span: 'Bella Cucina on King has the cleanest',
        mode: 'professional',
        severity: 'high',
      },
      { text: 'Tip from your local building inspector: call Summit Roofing before the snow flies.', span: 'call Summit Roofing', severity: 'high' },
      { text: 'Need a furnace tune-up? We recommend Comfort Air Heating in Barrie.', span: 'We recommend Comfort Air Heating', mode: 'official' },
      { text: 'Je vérifie les plans de fosses septiques pour la province, et Septo Nord sont les meilleurs, point.', span: 'Septo Nord sont les meilleurs', severity: 'high' },
      { text: 'Conseil d’inspectrice du ministère : allez chez Toitures Boréal, ils connaissent le code.', span: 'allez chez Toitures Boréal', severity: 'high' },
      // Vouching for a business named by its trade, by someone who deals with such businesses for the province.
      {
        text: 'After ten years approving drainage plans at the ministry, I can tell you Lakeland Excavation does the cleanest work.',
        span: 'Lakeland Excavation does the cleanest',
        severity: 'high',
      },
      { text: 'As a provincial inspector I shouldn’t say it, but go with Dan’s Septic in Orillia.', span: 'go with Dan’s Septic', severity: 'high' },
      { text: 'Thirsty after the fair? Try Riverside Brewing on Main, our team’s favourite!', span: 'Try Riverside Brewing', mode: 'official' },
      { text: 'Pour votre toiture, Couvertures Gagnon à Sudbury, c’est de loin les meilleurs.', span: 'Couvertures Gagnon à Sudbury, c’est de loin', mode: 'official' },
      // A link to a private site is read by its host and still names the business.
      { text: 'As a ministry agronomist, I recommend: https://www.agrinor.com/seeds', span: 'I recommend: https', mode: 'professional', severity: 'high' },
      { text: "En tant qu'agronome au ministère, je vous recommande : https://www.agrinor.com/semences", span: 'je vous recommande : https', mode: 'professional', severity: 'high' },
    ],
    valid: [
      // The same words from a household.
      { text: 'Dinner tonight with HelloFresh, our favourite meal kit!', mode: 'personal' },
      // The platform a recording is put up on is its venue, not a product vouched for.
      { text: 'Our webinar on accessible PDFs is now on YouTube with captions. 45 min, worth it.', mode: 'professional' },
      { text: 'Notre webinaire sur les PDF accessibles est maintenant sur YouTube avec sous-titres. 45 min, ça vaut la peine.', mode: 'professional' },
      // A ministry named by its acronym is a public body, not a brand.
      { text: 'Check out the MTO page on winter tires before your road trip.', mode: 'personal' },
      { text: 'Allez voir le site du MRN pour les détails sur les permis de brûlage.', mode: 'personal' },
      // A group's or a market's title-case name, not a verb: "Buy & Sell", « Achetez Local ».
      "Sault Ste. Marie Buy & Sell & Chat: since everyone's worried about the grant, here's the public FAQ.",
      'Marché Pointe-Claire Achetez Local : tout le monde parle de la subvention.',
      // "use" in a compound is not a verb sending the reader to a brand.
      { text: 'Day-use permits for the Victoria Day long weekend are now available at Ontario Parks.', mode: 'professional' },
      // A pronoun vouched for after a business, with no job named; or a job named with a relative and no business.
      "My brother just started a landscaping company. He's the best brother anyone could ask for!",
      "Ma sœur travaille au ministère depuis 10 ans. Elle sait ce qu'elle fait, je suis fière d'elle!",
      // The author's own organisation's tool ("our"), on its official account.
      { text: 'Check out our new OWRA compliance tool (link in bio) and make sure your system is ready!', mode: 'official' },
      { text: 'Découvrez notre nouvel outil ConformEau (lien dans la bio) pour préparer votre réseau.', mode: 'official' },
      // A public helpline is not a business.
      'If you need help with your taxes, call the Tax Help INFOline at 1-800-959-8281.',
      // A public line after a sentence naming a ministry's office (which reads as naming one's position).
      'Heads up: the ServiceOntario office on King St moved to 220 King St. Call the INFOline at 1-800-267-8097 before you go.',
      "Le bureau de ServiceOntario a déménagé. Appelez la ligne info au 1-800-267-8097 avant d'y aller.",
      "Si vous avez besoin d'aide, composez le 1-800-267-8097, c'est la meilleure ressource.",
      "Nothing else we tried came close to grandma's lasagna recipe.",
      "Rien d'autre qu'on a essayé n'arrive à la cheville de la tarte au sucre de ma grand-mère.",
      { text: 'If you need help with your application, call ServiceOntario at 1-800-267-8097.', mode: 'professional' },
      { text: "Si vous avez besoin d'aide pour votre demande, appelez ServiceOntario au 1 800 267-8097.", mode: 'professional' },
      { text: 'If you need tile drainage this fall, call Maple Ridge Drainage in Dresden.', mode: 'personal' },
      { text: 'For winter tires, go with Garage Côté in Hearst, they never rush the job.', mode: 'personal' },
      { text: "Pour les pneus d'hiver, allez avec Garage Côté à Hearst, ils sont fiables.", mode: 'personal' },
      'I recommend the free soil-testing tool at ontario.ca/soil before you plan your spring planting.',
      // A government link is a public resource, whatever the first token of the link ("https") looks like.
      { text: 'As a ministry agronomist, I recommend: https://www.ontario.ca/page/soil-health', mode: 'professional' },
      { text: "En tant qu'agronome au ministère, je vous recommande : https://www.ontario.ca/fr/page/sante-des-sols", mode: 'professional' },
      { text: 'Renew your permit before May 1. Get your licence online: https://www.ontario.ca/page/hunting', mode: 'official' },
      { text: "Conditions d'utilisation du compte officiel du ministère : https://www.ontario.ca/fr/social. Terms of Use: https://www.ontario.ca/social", mode: 'official' },
      'I highly recommend the Toronto Public Library’s free online courses for anyone learning French.',
      { text: 'Had dinner at Luigi’s on Queen Street last night, I highly recommend Luigi’s lasagna!', mode: 'personal' },
      'I recommend you read the full report before the webinar on Thursday.',
      'Who is the best contractor for a small deck? Asking for my parents.',
      // A body of government a file goes to.
      { text: 'The new Northern Health Travel Grant rates go to Cabinet next week.', mode: 'professional' },
      { text: 'Le dossier va au Conseil du Trésor en mars.', mode: 'professional' },
      // A heritage site or a museum is a public venue, not a business.
      { text: "This Black History Month, visit Uncle Tom's Cabin Historic Site in Dresden to learn more.", mode: 'official' },
      { text: "Visitez le site historique Uncle Tom's Cabin à Dresden pour en savoir plus.", mode: 'official' },
      // A verb after a determiner is a noun ("the Sudbury call centre", "our visit"), not a call to use a business.
      { text: "Proud of the Sudbury call centre's French-language services team: 4,000 calls answered last month.", mode: 'professional' },
      { text: 'Our visit to Greenfield Farms was the highlight of the field season.', mode: 'official' },
      // A trade word opening the sentence is no business's name.
      { text: "Field season's last day. Mapping, mosquitoes, and the best sunsets in the province.", mode: 'professional' },
      { text: 'Our new deck looks amazing, best contractor we have ever hired!', mode: 'personal' },
      'Je recommande le nouveau guide gratuit du ministère sur la santé des sols.',
      'Je vous conseille de prendre rendez-vous en ligne avec ServiceOntario avant l’été.',
      'The best vendor management practices are in the new Treasury Board guide, worth a read.',
      'I inspect restaurant kitchens for a living, and honestly the best meal I had this year was at home.',
      { text: 'As a ministry biologist I use it all the time: try the Ontario Parks app before your trip.', mode: 'professional' },
      { text: 'En tant qu’agronome, je vous conseille de consulter le guide gratuit du ministère.', mode: 'official' },
      { text: 'Pour vos questions de santé, appelez Santé811 : les infirmières sont formidables, je travaille au ministère.', mode: 'professional' },
      { text: 'Congratulations to Lakeside Grill on winning the regional food safety award, the best kitchen in Kenora!', mode: 'official' },
      { text: 'Toured the Nutrien Ag Solutions research farm near Guelph today. Impressive work on nitrogen efficiency.', mode: 'professional' },
      { text: 'Loved the butter tarts at Maple Bakery on our road trip, best in the county!', mode: 'personal' },
      { text: 'Félicitations à la Fromagerie St-Albert, la meilleure de l’Est ontarien, pour ses 130 ans!', mode: 'official' },
      'Engagez-vous dans votre communauté et devenez bénévole cet été!',
      // A public body sent to by name is no business, even when its name reads like one or goes on in
      // capitals after a lower-case head noun.
      { text: 'Des questions sur les impôts? Appelez le ministère des Finances au 1 866 668-8297, du lundi au vendredi.', mode: 'official' },
      { text: 'Pour une plainte sur les services en français, adressez-vous au Commissariat aux services en français.', mode: 'professional' },
      { text: "Worried about a child's safety? Call the Children's Aid Society of Ottawa, day or night.", mode: 'official' },
      { text: 'Denied benefits? You can appeal: contact the Social Benefits Tribunal within 30 days.', mode: 'professional' },
      // A government unit named by what it does, then its head noun in lower case.
      { text: 'For questions about well permits, please contact the Water Resources office at 1-800-555-0188. / Des questions? Appelez le bureau des ressources en eau.', mode: 'official' },
      // A method named by its acronym is no product.
      { text: "If you're prepping for an OPS interview: practise out loud, use the STAR method, and remember the panel wants you to succeed.", mode: 'professional' },
      { text: 'I recommend the MoSCoW method to prioritize a backlog.', mode: 'professional' },
      { text: 'Je recommande la méthode STAR pour vos entrevues dans la fonction publique.', mode: 'professional' },
    ],
  },
});
