// Swear words, English and French, including Québécois and Franco-Ontarian sacres (tabarnak,
// câlisse, crisse, ostie, ciboire) and masked spellings (f*ck, sh!t, tabarn*k). Comment policies
// bar profane content and official accounts speak for the government (shared reference
// "guidelines" §7, §8.6): strong words are a tip on a personal account, a caution on a
// professional one and a block on an official one; mild words ("damn", "maudit") only matter on
// an official account. Whole words only, so "Scunthorpe", "cocktail" and "assassin bug" are safe.
import { defineRule } from '../../define-rule.js';
import { findAll, lexicon, type Match } from '../../match.js';
import { stripAccents } from '../../text/fold.js';
import { maskedSpellings, wordsOf } from './unmask.js';
import type { Hit, Localized, Mode, ModeSeverity, Unit } from '../../types.js';
import * as en from '../../lexicons/en/conduct-profanity.js';
import * as fr from '../../lexicons/fr/conduct-profanity.js';
import { aimedInsults } from './insult.js';

const STRONG = lexicon([...en.PROFANITY_STRONG_EN, ...fr.PROFANITY_STRONG_FR]);
const MILD = lexicon([...en.PROFANITY_MILD_EN, ...fr.PROFANITY_MILD_FR]);
/** "câlice" is a sacre, "calice" a chalice: only the accented spelling counts. */
const CALICE = /(?<![\p{L}\p{N}])câlices?(?![\p{L}\p{N}])/gu;
/** "le ciboire", "le Calvaire", "c'est un calvaire": a church vessel, a hill, an ordeal - not a sacre. */
const RELIGIOUS_OR_STANDARD = /^(?:ciboires?|calvaires?)$/;
const DETERMINER_BEFORE = /(?:^|[^\p{L}])(?:le|la|un|une|du|au|les|des|son|sa|ce|cet|quel|quelle|vrai|veritable)\s+$/u;
/** Words that are only profane in French; in an English sentence they are something else. */
const FRENCH_ONLY = new Set(['sacrament', 'foutre', 'nique']);
// Compounds that hold a listed word and mean something else: « un pique-nique paroissial ».
const HARMLESS_COMPOUNDS = lexicon(['pique-nique', 'pique-niques', 'pique-niquer', 'pique-niqueurs', 'pique-niqueuses', 'piquenique', 'piqueniques']);
/**
 * Masked spellings: f*ck, f**king, sh!t, $hit, b*tch, a$$hole, c*nt, tabarn*k, c*lisse, cr*sse, ost*e.
 * Each alternative must contain a masking character to count (checked in code), so plain words are left to the lexicons.
 */
const MASKED = new RegExp(
  '(?<![\\p{L}\\p{N}])(?:' +
    [
      'f[*@#%!]ck(?:ing|in|ed|er|ers|s)?', 'fu[*@#%!]k(?:ing|in|ed|er|ers|s)?', 'f[*@#%!][*@#%!]k(?:ing|in|ed|er|ers|s)?',
      'f[*@#%!]k(?:ing|in|ed|er|ers|s)?', 'f[*@#%!]{3}', 'fu[*@#%!]{2}', 'sh[*!1@#%]t(?:ty|s)?', 's[*]{2}t', '[$]h[i!1*]t(?:ty|s)?',
      'b[*!1@#]tch(?:es|ing|y)?', 'a[*$@]{2}h[o0*]les?', '@[$]{2}h[o0*]les?', 'c[*]nt', 'tabarn[*@#]k', 'tabarn[*@#]{2}',
      'tabarn[*@#]', 'c[*@]l[i*!1][s$*]{2}e', 'cal[*!1][s$*]{2}e', 'cr[*!1][s$*]{2}e', 'ost[*!1]e?',
    ].join('|') +
    ')(?![\\p{L}\\p{N}])',
  'gu',
);
const MASK_CHAR = /[*@#%!$1]/;

const STRONG_WORDS = wordsOf([...en.PROFANITY_STRONG_EN, ...fr.PROFANITY_STRONG_FR]);

/** "what the f", "who the f thought…": the word cut to its first letter (not "f*ck", which is masked). */
const MINCED_F = /(?<![\p{L}])(?:what|who|how|where|why)\s+the\s+f(?=[\s.!?,\u2026]|$)/gu;

/** "sti", a Québécois sacre, in lower case only ("STI" is an acronym) and in French sentences. */
const STI = /(?<![\p{L}\p{N}])sti(?![\p{L}\p{N}])/gu;

const SOFTER = new Map<string, string>(
  [...Object.entries(en.PROFANITY_SOFTER_EN), ...Object.entries(fr.PROFANITY_SOFTER_FR)].map(([k, v]) => [
    stripAccents(k.toLowerCase()),
    v,
  ]),
);

const STRONG_SEVERITY: Record<Mode, ModeSeverity> = { personal: 'tip', professional: 'medium', official: 'high' };
const MILD_SEVERITY: Record<Mode, ModeSeverity> = { personal: 'off', professional: 'tip', official: 'medium' };

const MILD_MESSAGE: Localized = {
  en: 'A mild swear word. Fine among friends, but an official account speaks for the government: keep its tone neutral.',
  fr: 'Un juron léger. Rien de grave entre amis, mais un compte officiel parle au nom du gouvernement : gardez un ton neutre.',
};

/** The word behind a masked spelling, to find its softer form ("f**king" → "fucking"). */
function unmask(word: string): string {
  const w = word.toLowerCase();
  if (!MASK_CHAR.test(w)) return w;
  const ending = /(ing|in|ed|er|ers|ty|s)$/.exec(w)?.[1] ?? '';
  if (w.startsWith('f')) return 'fuck' + ending;
  if (w.startsWith('sh') || w.startsWith('$') || w.startsWith('s*')) return 'shit' + (ending === 'ty' ? 'ty' : '');
  if (w.startsWith('tab')) return 'tabarnak';
  if (w.startsWith('cr')) return 'crisse';
  if (w.startsWith('c')) return 'calisse';
  if (w.startsWith('o') || w.startsWith('0')) return 'ostie';
  return w;
}

function suggestionFor(m: Match): Hit['suggestion'] {
  const key = stripAccents(unmask(m.text)).replace(/[\s-]+/g, ' ');
  const softer = SOFTER.get(key);
  if (softer) {
    const replacement = /^\p{Lu}/u.test(m.text) ? softer[0]!.toUpperCase() + softer.slice(1) : softer;
    return { label: { en: 'Use a softer word', fr: 'Utiliser un mot plus doux' }, replacement };
  }
  return { label: { en: 'Remove the swear word', fr: 'Retirer le juron' }, replacement: '' };
}

function detect(unit: Unit): Hit[] {
  const plain = unit.plain;
  const strong = findAll(STRONG, plain, unit.text);
  const mild = findAll(MILD, plain, unit.text);
  const masked = /[*@#%!$]/.test(unit.text) ? findAll(MASKED, unit.plain, unit.text).filter((m) => MASK_CHAR.test(m.text)) : [];
  for (const m of maskedSpellings(unit, STRONG_WORDS)) if (!masked.some((x) => x.start < m.end && m.start < x.end)) masked.push(m);
  if (unit.locale === 'fr' && unit.text.includes('sti')) masked.push(...findAll(STI, unit.text));
  masked.push(...findAll(MINCED_F, unit.plain, unit.text));
  const calice = unit.lower.includes('câlice') ? findAll(CALICE, unit.lower, unit.text) : [];
  if (strong.length + mild.length + masked.length + calice.length === 0) return [];
  // A profane insult aimed at someone ("you asshole") is the insult rule's finding, not a second one here.
  const insults = aimedInsults(unit);
  const compounds = plain.includes('nique') ? findAll(HARMLESS_COMPOUNDS, plain) : [];
  const hits: Hit[] = [];
  const taken: Match[] = [];
  const add = (m: Match, severity: Record<Mode, ModeSeverity>, message?: Localized) => {
    if (taken.some((t) => t.start < m.end && m.start < t.end)) return;
    if (insults.some((i) => i.start < m.end && m.start < i.end)) return;
    if (compounds.some((c) => c.start < m.end && m.start < c.end)) return;
    const key = stripAccents(m.text.toLowerCase());
    if (unit.locale === 'en' && FRENCH_ONLY.has(key)) return;
    if (RELIGIOUS_OR_STANDARD.test(key) && DETERMINER_BEFORE.test(unit.plain.slice(Math.max(0, m.start - 20), m.start))) return;
    taken.push(m);
    const hit: Hit = { start: m.start, end: m.end, severity, suggestion: suggestionFor(m) };
    if (message) hit.message = message;
    hits.push(hit);
  };
  for (const m of [...strong, ...masked, ...calice].sort((a, b) => a.start - b.start || b.end - a.end)) add(m, STRONG_SEVERITY);
  for (const m of mild) add(m, MILD_SEVERITY, MILD_MESSAGE);
  return hits;
}

export default defineRule({
  id: 'conduct/profanity',
  category: 'conduct',
  severity: STRONG_SEVERITY,
  guidelines: ['conduct-comment-policy', 'ops-official-account', 'ops-guiding-principles'],
  title: { en: 'Swear word', fr: 'Juron ou sacre' },
  why: {
    en: 'A swear word. On your own account it is your call, but in a professional or official voice it undercuts the message and the public service behind it.',
    fr: "Un juron ou un sacre. Sur votre compte personnel, c'est votre choix, mais sur un compte professionnel ou officiel, il nuit au message et à l'image de la fonction publique.",
  },
  detect,
  // The gate of detect(): a listed word, a masked spelling, "what the f" (MINCED_F), "sti" and "câlice".
  // A masked spelling is MASKED's (only where the text holds a mask sign; fold() and lower case leave these
  // ASCII signs as they are, so the plain view holds it too) or maskedSpellings()' (SPELLABLE). Either holds
  // [*@#%$], or a leet digit right after a letter ("sh1t", MASKED's "1" too; "3 pm" or "2024" wake nothing),
  // or a "!" after a letter: inside a word (SPELLABLE's "b!tch") or after a word's first one to three letters
  // (MASKED's "f!!!", "fu!!", "sh!t", "cal!sse", "ost!"; SPELLABLE's "pi!"). "Great day!" wakes nothing.
  // A trigger in the sentence before alone wakes nothing: detect() returns nothing without a word of its own sentence.
  triggersHere: true,
  triggers: [
    STRONG, MILD, lexicon(['f', 'sti', 'calice', 'calices']),
    /[*@#%$]|[013457](?<=[a-z][013457])|!(?<=[a-z]!)!*[\p{L}\p{N}*@#%$]|!(?<=(?<![\p{L}\p{N}])[a-z]{1,3}!)/u,
  ],
  examples: {
    invalid: [
      { text: 'This fucking printer jammed again before the briefing.', span: 'fucking', mode: 'professional', severity: 'medium' },
      { text: 'What the f*ck is going on with the servers today?', span: 'f*ck', mode: 'official', severity: 'high' },
      { text: 'Holy shit, we actually launched the new portal on time!', span: 'Holy shit', mode: 'professional' },
      { text: 'Damn, the deadline moved again.', span: 'Damn', mode: 'official', severity: 'medium' },
      { text: 'Tabarnak, le système est encore en panne ce matin.', span: 'Tabarnak', mode: 'official', severity: 'high' },
      { text: 'Ça fait trois fois que le formulaire plante, câlisse.', span: 'câlisse', mode: 'professional' },
      { text: 'Merde, j’ai oublié la réunion de dix heures.', span: 'Merde', mode: 'professional' },
      // Masked and leet spellings of any strong word, and Québécois sacres.
      { text: 'Quelle m*rde, le portail est encore en panne.', span: 'm*rde', mode: 'official', severity: 'high' },
      { text: 'This is sh1t news for commuters, sorry folks.', span: 'sh1t', mode: 'official' },
      { text: 'What the fck happened to the website this morning?', span: 'fck', mode: 'official' },
      { text: 'Câl*sse de neige! Soyez prudents sur la 17.', span: 'Câl*sse', mode: 'official' },
      { text: 'C’est long en sti, la mise à jour du portail.', span: 'sti', mode: 'official' },
      { text: 'Who the f thought a Friday release was a good idea?', span: 'Who the f', mode: 'official' },
    ],
    valid: [
      // A compound that holds a listed word.
      "Trouvaille aux Archives publiques : une affiche de 1927 pour un pique-nique paroissial à Penetanguishene.",
      'Great visit to Scunthorpe and Penistone with the trade delegation this week.',
      'Spotted an assassin bug on the milkweed during our insect survey today.',
      'Cocktail reception to follow the awards ceremony, all welcome.',
      { text: 'Damn, what a game last night!', mode: 'personal' },
      'Hello everyone, the shell script is in the shared drive.',
      'Le calice et le ciboire sont exposés au musée de la cathédrale.',
      'La tabarouette de neige a encore fermé les écoles, câline!',
      'Nous avons visité la paroisse et parlé du sacrement du baptême.',
      { text: 'Free STI testing at the clinic this week.', mode: 'official' },
      { text: 'Great job everyone!!! Thanks for 10,000 sign-ups!', mode: 'official' },
      { text: 'Our office is at 777 Bay St., postal code M5G 2C8.', mode: 'official' },
      { text: 'Excellent discours ce soir, inspirant du début à la fin.', mode: 'official' },
      { text: 'What the F-150 can tow is impressive.', mode: 'official' },
    ],
  },
});
