// A sensitive fact about someone other than the author: health, criminal or employment history,
// financial situation, family or marital status, identity (religion, sexual orientation, gender
// identity, ethnic origin) or immigration status. FIPPA s. 2(1) makes these personal information
// once the person can be identified; the OPS personal-use guideline asks staff to keep what
// reached them through work off their accounts (shared reference "guidelines" §5, §8.2).
// It fires on the CONJUNCTION of a fact phrase and a person it is about, found in this sentence
// or the one before: the author's own facts, topics ("cancer research", "ODSP rates"), public
// figures in the news and stories told with consent stay clean.
import { plainBefore } from '../../text/unit.js';
import { defineRule } from '../../define-rule.js';
import { findAll, keyPieces, lexicon, lexiconBody, lexiconMayMatch, withPieces, WORD_END, WORD_START } from '../../match.js';
import { personNames, placeNames } from '../../nlp.js';
import { QUOTE_AFTER } from '../confidential/context.js';
import { stripAccents } from '../../text/fold.js';
import { overlapsMask } from '../../text/mask.js';
import type { Hit, Localized, ModeSeverity, Mode, Unit } from '../../types.js';
import * as en from '../../lexicons/en/sensitive-facts.js';
import * as fr from '../../lexicons/fr/sensitive-facts.js';
import * as enc from '../../lexicons/en/sensitive-fact-context.js';
import * as frc from '../../lexicons/fr/sensitive-fact-context.js';
import * as enf from '../../lexicons/en/sensitive-fact-forms.js';
import * as frf from '../../lexicons/fr/sensitive-fact-forms.js';

type Kind = 'health' | 'legal' | 'employment' | 'financial' | 'family' | 'identity' | 'immigration';
type Who = 'work' | 'other' | 'family' | 'name' | 'handle' | 'pronoun' | 'first' | 'animal';

interface Fact {
  start: number;
  end: number;
  kind: Kind;
  /** Where the condition noun starts, for a generalising suggestion. */
  nounStart?: number;
  /** The fact opens with a possessive pronoun ("her diagnosis"): that pronoun is its subject. */
  possessivePronoun?: boolean;
  /** The fact opens with a possessive "'s" ("Dave's divorce"): the word before is its subject. */
  possessiveS?: boolean;
  /** The fact opens with "your", « votre »: it belongs to whoever the post speaks to. */
  possessiveYou?: boolean;
  /** A copula state ("he's bipolar"): the subject must stand right before the verb. */
  strict?: boolean;
  /** Religion or origin, often shared with pride and consent: one step lower. */
  lower?: boolean;
  link?: string;
  /** A disciplinary verb in the active voice ("I had to fire Kevin"): its subject is the person right after. */
  object?: boolean;
  /** A family's court matter named by its surname ("the Okonkwo custody file", « le divorce Thibodeau »): its own subject. */
  named?: boolean;
}

interface Mention {
  start: number;
  end: number;
  who: Who;
  /** A first-person determiner or object ("our office", "told me"): the author only when the fact follows at once. */
  weak?: boolean;
}

// ---------------------------------------------------------------------------------------------
// Patterns, built once.

const plainOf = (s: string) => stripAccents(s.toLowerCase());
const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
/** A phrase as a pattern on the plain view: apostrophes optional-curly, spaces match spaces or a hyphen. */
// Bounded gaps (as in match.ts's lexicon()): an unbounded run made the "…$" link pattern quadratic.
const pat = (p: string) => esc(plainOf(p.trim())).replace(/'/g, "['\u2019]").replace(/ +/g, '[\\s-]{1,4}');

const stripArticle = (list: readonly string[], articles: RegExp) => list.map((p) => p.replace(articles, ''));

/** "was" + "quietly" + "let go": an auxiliary, up to two adverbs, then a participle. */
interface Chain {
  aux: RegExp;
  adverbs: RegExp;
  participles: RegExp;
}
// Found as three lexicons joined by position, not one pattern: one alternation of phrases with
// optional words between them was super-linear (shared reference: every pattern is linear-time).
const lexicons = new Map<readonly string[], RegExp>();
const lexiconOf = (list: readonly string[]) => lexicons.get(list) ?? lexicons.set(list, lexicon(list)).get(list)!;
const happened = (aux: readonly string[], adverbs: readonly string[], participles: readonly string[]): Chain => ({
  aux: lexiconOf(aux),
  adverbs: lexiconOf(adverbs),
  participles: lexicon(participles),
});

/** Each participle preceded by an auxiliary, with at most two adverbs and short spaces between. */
function findChain(plain: string, c: Chain): { start: number; end: number }[] {
  const parts = findAll(c.participles, plain);
  if (!parts.length) return [];
  const startByEnd = (re: RegExp) => new Map(findAll(re, plain).map((m) => [m.end, m.start] as const));
  const aux = startByEnd(c.aux);
  const adverbs = startByEnd(c.adverbs);
  const out: { start: number; end: number }[] = [];
  for (const p of parts) {
    let pos = p.start;
    for (let k = 0; k <= 2; k++) {
      let q = pos;
      while (q > 0 && pos - q <= 4 && /\s/.test(plain[q - 1]!)) q--;
      if (q === pos || pos - q > 4) break;
      const a = aux.get(q);
      if (a !== undefined) {
        out.push({ start: a, end: p.end });
        break;
      }
      const d = adverbs.get(q);
      if (d === undefined) break;
      pos = d;
    }
  }
  return out;
}

/** French participles agree with their subject: "suspendu" also stands for "suspendue(s)". */
const agreeing = (participles: readonly string[]) =>
  participles.flatMap((p) => {
    const [head, ...rest] = p.split(' ');
    if (!head || !/[éeui]$/.test(head)) return [p];
    return ['', 'e', 's', 'es'].map((ending) => [head + ending, ...rest].join(' '));
  });

/** Each group of matters with the links that tie it to someone: "waiting on" + "her" + "refugee hearing". */
const linkedGroups = (
  groups: Record<string, { matters: readonly string[]; links: readonly string[] }>,
  determiners: string,
): { re: RegExp; kind: Kind; gate: RegExp }[] =>
  Object.entries(groups).map(([kind, g]) => ({
    kind: kind as Kind,
    // Every match ends with a matter, whole (a space, "l'" or "d'" before it, no letter after it):
    // its pieces gate the pattern, which would otherwise run on every sentence.
    re: withPieces(new RegExp(`${WORD_START}(?:${lexiconBody(g.links)})\\s{1,4}(?:${determiners})?(?:${lexiconBody(g.matters)})${WORD_END}`, 'gu'), keyPieces(g.matters)),
    // …so a lexicon of the matters matches there too: where it cannot (its key words are missing), the pattern is not run.
    gate: lexicon(g.matters),
  }));
// Someone seen at a place that tells a health or money state ("saw my neighbour Darlene at the methadone
// clinic", « croisé ma voisine à la banque alimentaire »): the place is the fact once a sighting verb and a
// preposition come before it; the person between them is the subject the rule looks for.
// Someone there to work, give or attend an event is not a visitor ("at the food bank volunteering", "at the
// cancer centre gala", « à la banque alimentaire comme bénévole »).
const NOT_A_VISITOR =
  /^[\s,'\u2019s-]{0,4}(?:(?:as\s+a|comme|en\s+tant\s+que)\s+)?(?:volunteer|work|shift|donat|hall|parking|fair|bazaar|market|sale|drop\S*\s+off|serv|help|gala|open\s+house|fundrais|event|conference|launch|ribbon|announce|tour|staff|board|opening|grand\s+opening|bbq|barbecue|food\s+drive|benevol|travaill|quart|don\s|dons|collecte|levee\s+de\s+fonds|portes\s+ouvertes|evenement|inauguration|conference|visite|personnel)/u;
interface Sighting {
  /** The preposition right before the place, anchored at its end. */
  prep: RegExp;
  verb: RegExp;
}
const sighted = (places: Record<'health' | 'financial', readonly string[]>, verbs: readonly string[], preps: string): { re: RegExp; kind: Kind; seen: Sighting }[] => {
  const seen = { prep: new RegExp(`${WORD_START}(?:${preps})\\s{0,3}$`, 'u'), verb: lexicon(verbs) };
  return (['health', 'financial'] as const).map((kind) => ({ re: lexicon(places[kind]), kind, seen }));
};
/** Whether a sighting verb, then a preposition, come right before the place at [at, end) in the same clause
 * (60 characters at most between them), and no work or event follows it. */
function seenThere(plain: string, at: number, end: number, s: Sighting): boolean {
  const from = Math.max(0, at - 100);
  const head = plain.slice(from, at);
  const prep = s.prep.exec(head);
  if (!prep) return false;
  const verb = findAll(s.verb, head.slice(0, prep.index)).pop();
  return !!verb && prep.index - verb.end <= 60 && !/[.!?;]/.test(head.slice(verb.end, prep.index)) && !NOT_A_VISITOR.test(plain.slice(end, end + 40));
}
const EN_DETERMINERS = '(?:a|an|the|his|her|their|another|a new|a second|a third)\\s{1,4}';
const FR_DETERMINERS = "(?:(?:un|une|le|la|les|des|du|sa|son|ses|leur|leurs|une autre|un autre|de la|de)\\s{1,4}|de\\s{1,4}l'|l'|d')";

interface LangPatterns {
  /** Illness nouns ("cancer", "dépression"). */
  condition: RegExp;
  /** What ties the illness before it to someone, anchored at the noun: "diagnosed with stage 4 ", "souffre d'une grave ". */
  linkBefore: RegExp;
  possessive: RegExp;
  /** "your WSIB claim", « votre demande au POSPH »: the reader's fact, someone's only when the post speaks to someone. */
  possessiveYou: RegExp;
  /** The nouns that end possessive and possessiveYou, as a lexicon: they match only where it may (a space before the
   * noun, the same bound after it), so neither is run where its key words are missing. */
  possessed: RegExp;
  /** What opens possessive and possessiveYou, without its left bound: each is run only where its opening is. */
  possessiveOpening: RegExp;
  possessiveYouOpening: RegExp;
  /** Disciplining someone, said by who did it: "terminated", « congédier ». The person disciplined follows. */
  disciplined: RegExp;
  copula: RegExp;
  /** The states that end copula, as a lexicon (the same gate). */
  states: RegExp;
  /** `before`, when given, must match the text just before the fact (anchored at its end); `gate`, a lexicon that
   * matches wherever `re` does, is asked first. */
  facts: ({ re: RegExp; kind: Kind; lower?: boolean; seen?: Sighting; gate?: RegExp } | { chain: Chain; kind: Kind; lower?: boolean })[];
  /** The person told the story themselves, in public or with consent. */
  selfTold: RegExp;
  topic: RegExp;
  work: RegExp;
  /** "one of our X", "une des X": with a plural of a work noun (see workSingulars), one person. */
  partitive: RegExp;
  workSingulars: Set<string>;
  other: RegExp;
  family: RegExp;
  familyOwner: RegExp;
  pronoun: RegExp;
  first: RegExp;
  animal: RegExp;
  celebration: RegExp;
  /** "the company went bankrupt", "le contrat a été suspendu": a thing right before the fact. */
  thingBefore: RegExp;
  workContext: RegExp;
  title: RegExp;
  news: RegExp;
  event: RegExp;
  /** A public career around a bare name (see FAME_CUES_EN). */
  fame: RegExp;
  firstNames: Set<string>;
  /** First names, lower-cased and without accents, that are not also ordinary words. */
  lowerNames: Set<string>;
  /** Words that may stand before a prepositional fact ("is on ODSP", "est en congé de maladie"). */
  prepOk: RegExp;
  prepFact: RegExp;
  relative: RegExp;
  /** A complement or relative clause between a subject and its copula ("the ADM in our division is…"). */
  complement: RegExp;
  /** "a client", "any applicant": with `generic`, a rule about anyone, not a story about someone. */
  indefinite: RegExp;
  generic: RegExp;
  /** Past or today's events: then "a client" is someone in particular. */
  story: RegExp;
}

const lowerNames = (names: readonly string[], words: readonly string[]) => {
  const skip = new Set(words.map(plainOf));
  return new Set(names.map(plainOf).filter((n) => !skip.has(n)));
};

/** One-word entries of a lexicon, as on the plain view: "analyste" for "une des analystes". */
const singleWords = (list: readonly string[]) => new Set(list.filter((w) => !w.includes(' ')).map(plainOf));

const EN_ARTICLE = /^(?:a|an) /;
/** What may follow a French link before the condition: an article (« une autre »: another episode is the same fact,
 * « a fait une autre crise d'épilepsie ») and a modifier. linkBefore ends with it; FR_LINK_TAIL strips it off. */
const FR_TAIL = `(?:(?:(?:un|une|le|la|les)\\s{1,4})?autre\\s{1,4}|(?:un|une|le|la|les)\\s{1,4}|l['\u2019])?(?:(?:${lexiconBody(fr.CONDITION_MODIFIERS_FR)})\\s{1,4})?$`;
const FR_LINK_TAIL = new RegExp(FR_TAIL, 'u');
const FR_ARTICLE = /^(?:un|une|le|la|l') ?/;

const EN_CONDITIONS = stripArticle(en.HEALTH_CONDITIONS_EN, EN_ARTICLE);
const FR_CONDITIONS = stripArticle(fr.HEALTH_CONDITIONS_FR, FR_ARTICLE);

/** A French link ending in "de" also accepts "d'", "du" and "des". */
const frLink = (l: string) => {
  const p = pat(l);
  return /[\s-]de$/.test(plainOf(l)) || plainOf(l) === 'de' ? p.replace(/de$/, "(?:de\\s{1,4}|d['\u2019]|du\\s{1,4}|des\\s{1,4})") : p + '\\s{1,4}';
};

const EN_PATTERNS: LangPatterns = {
  condition: lexicon(EN_CONDITIONS),
  linkBefore: new RegExp(
    `${WORD_START}(${lexiconBody(en.CONDITION_LINKS_EN)})\\s{1,4}(?:(?:a|an|the|another)\\s{1,4})?(?:(?:${lexiconBody(en.CONDITION_MODIFIERS_EN)})\\s{1,4}){0,2}$`,
    'u',
  ),
  possessive: new RegExp(
    `(?:${WORD_START}(his|her|their)|(['\u2019]s|s['\u2019]))\\s+(?:(?:${lexiconBody(en.CONDITION_MODIFIERS_EN)}|own|recent|new|ongoing|first|second|third|fourth|fifth|latest|last|umpteenth|pending)\\s+)?(${lexiconBody([...Object.values(en.POSSESSED_FACTS_EN).flat(), ...EN_CONDITIONS])})${WORD_END}`,
    'gu',
  ),
  possessiveYou: new RegExp(
    `${WORD_START}(?:your|ur)\\s+(?:(?:${lexiconBody(en.CONDITION_MODIFIERS_EN)}|own|recent|new|ongoing|first|second|third|latest|last|pending)\\s+)?(${lexiconBody([...Object.values(en.POSSESSED_FACTS_EN).flat(), ...EN_CONDITIONS])})${WORD_END}`,
    'gu',
  ),
  disciplined: lexicon(enf.DISCIPLINE_VERBS_EN),
  copula: new RegExp(
    `(?:${WORD_START}(?:is|was|has been|had been|became|is now)|['\u2019]s)\\s+(?:(?:now|also|openly|actually|apparently|clearly|obviously|definitely|totally|very|quite|not|still|proudly|visibly|severely|legally)\\s+){0,2}(?:(${lexiconBody(en.ORIENTATION_STATES_EN)})|(${lexiconBody(en.ORIGIN_RELIGION_STATES_EN)})|(${lexiconBody(en.HEALTH_STATES_EN)}))${WORD_END}`,
    'gu',
  ),
  possessed: lexicon([...Object.values(en.POSSESSED_FACTS_EN).flat(), ...EN_CONDITIONS]),
  possessiveOpening: /(?:his|her|their|['\u2019]s|s['\u2019])\s/,
  possessiveYouOpening: /(?:your|ur)\s/,
  states: lexicon([...en.ORIENTATION_STATES_EN, ...en.ORIGIN_RELIGION_STATES_EN, ...en.HEALTH_STATES_EN]),
  facts: [
    { re: lexicon(en.HEALTH_FACTS_EN), kind: 'health' },
    { re: lexicon(en.LEGAL_FACTS_EN), kind: 'legal' },
    { re: lexicon(en.EMPLOYMENT_FACTS_EN), kind: 'employment' },
    { re: lexicon(en.FINANCIAL_FACTS_EN), kind: 'financial' },
    { re: lexicon(en.FAMILY_FACTS_EN), kind: 'family' },
    { re: lexicon(en.IDENTITY_FACTS_EN), kind: 'identity' },
    { re: lexicon(en.IMMIGRATION_FACTS_EN), kind: 'immigration' },
    { chain: happened(enf.FACT_AUXILIARIES_EN, enf.FACT_ADVERBS_EN, enf.EMPLOYMENT_PARTICIPLES_EN), kind: 'employment' },
    { chain: happened(enf.FACT_AUXILIARIES_EN, enf.FACT_ADVERBS_EN, enf.LEGAL_PARTICIPLES_EN), kind: 'legal' },
    { chain: happened(enf.FACT_AUXILIARIES_EN, enf.FACT_ADVERBS_EN, enf.IMMIGRATION_PARTICIPLES_EN), kind: 'immigration' },
    { chain: happened(enf.FACT_AUXILIARIES_EN, enf.FACT_ADVERBS_EN, enf.FINANCIAL_PARTICIPLES_EN), kind: 'financial' },
    { re: lexicon(enf.RELIGIOUS_PRACTICES_EN), kind: 'identity', lower: true },
    ...linkedGroups(enf.LINKED_MATTERS_EN, EN_DETERMINERS),
    ...sighted(enf.SIGHTED_PLACES_EN, enf.SIGHTING_VERBS_EN, '(?:at|in|outside|leaving|coming\\s+out\\s+of|walking\\s+into|going\\s+into|in\\s+line\\s+at)\\s{1,3}(?:the|a|an)'),
  ],
  selfTold: lexicon(enf.SELF_TOLD_EN),
  topic: new RegExp(`^[\\s-]+(?:${lexiconBody(en.TOPIC_WORDS_EN)})${WORD_END}`, 'u'),
  work: lexicon(enc.WORK_PEOPLE_EN),
  partitive: /(?<![\p{L}])one of (?:my|our|the|his|her|their)(?: [\p{L}-]{1,20}){1,3}/gu,
  workSingulars: singleWords(enc.WORK_PEOPLE_EN),
  other: lexicon(enc.OTHER_PEOPLE_EN),
  family: lexicon(enc.FAMILY_EN),
  familyOwner: /(?:^|[^\p{L}])(?:my|our)\s+(?:(?:own|late|little|big|older|younger|baby|step|dear|beloved|wonderful|amazing)\s+)?$/u,
  pronoun: lexicon(enc.PRONOUNS_EN),
  animal: lexicon(enc.ANIMALS_EN),
  celebration: lexicon(enc.CELEBRATION_CUES_EN),
  thingBefore: new RegExp(`${WORD_START}(?:${lexiconBody(enc.NON_PERSON_SUBJECTS_EN)})(?:['\u2019]s)?\\s+(?:(?:has|have|had|is|was|were|are|just|also|finally|recently|been|got)\\s+){0,2}$`, 'u'),
  first: new RegExp(`${WORD_START}(?:${lexiconBody(enc.FIRST_PERSON_EN)})${WORD_END}`, 'gu'),
  workContext: lexicon(enc.WORK_CONTEXT_EN),
  title: new RegExp(`${WORD_START}(?:${lexiconBody(enc.PUBLIC_FIGURE_TITLES_EN)})[\\s.]+$`, 'u'),
  news: lexicon(enc.NEWS_CUES_EN),
  event: lexicon(enc.EVENT_CUES_EN),
  fame: lexicon(enc.FAME_CUES_EN),
  firstNames: new Set(enc.FIRST_NAMES_EN),
  lowerNames: lowerNames(enc.FIRST_NAMES_EN, enc.NAMES_THAT_ARE_WORDS_EN),
  prepOk:
    /(?:^|[^\p{L}])(?:is|s|was|were|are|be|been|being|went|go|goes|going|got|get|gets|getting|lives|living|live|stays|staying|still|now|currently|also|both|already|back|remains|remained|ended up|off|is now|has been|had been|right|years?|months?|weeks?|yrs?|decades?)\s*$/u,
  prepFact: /^(?:on|in|off)\s/,
  relative: /(?:^|[^\p{L}])(?:who|that|whom)\s*(?:,\s*)?$/u,
  complement: /^\s{1,3}(?:in|at|from|on|of|with|who|that|whom)\s[^,.;:!?]{0,50}$/u,
  indefinite: /(?:^|[^\p{L}])(?:a|an|any|every|each|no)\s+(?:\p{L}+\s+)?$/u,
  generic:
    /(?<![\p{L}])(?:may|must|should|qualif\p{L}*|eligible|entitled|can (?:apply|request|ask|get|access|call|contact|visit|receive)|needs? to|has to|have to|if|whether)(?![\p{L}])/u,
  story:
    /(?<![\p{L}])(?:today|yesterday|this morning|this afternoon|tonight|last night|last week|had|met|came|told me|called|walked|was|were)(?![\p{L}])/u,
};

const FR_PATTERNS: LangPatterns = {
  condition: lexicon(FR_CONDITIONS),
  linkBefore: new RegExp(
    `${WORD_START}(?:${fr.CONDITION_LINKS_FR.map(frLink).sort((a, b) => b.length - a.length).join('|')})${FR_TAIL}`,
    'u',
  ),
  possessive: new RegExp(
    `${WORD_START}(son|sa|ses|leur|leurs)\\s+(?:(?:${lexiconBody(fr.CONDITION_MODIFIERS_FR)}|propre|nouvelle|nouveau|recente|recent|premiere|premier|deuxieme|troisieme|quatrieme|enieme|derniere|dernier)\\s+)?(${lexiconBody([...Object.values(fr.POSSESSED_FACTS_FR).flat(), ...FR_CONDITIONS])})${WORD_END}`,
    'gu',
  ),
  disciplined: lexicon(frf.DISCIPLINE_VERBS_FR),
  possessiveYou: new RegExp(
    `${WORD_START}(?:votre|vos|ton|ta|tes)\\s+(?:(?:${lexiconBody(fr.CONDITION_MODIFIERS_FR)}|propre|nouvelle|nouveau|recente|recent|derniere|dernier)\\s+)?(${lexiconBody([...Object.values(fr.POSSESSED_FACTS_FR).flat(), ...FR_CONDITIONS])})${WORD_END}`,
    'gu',
  ),
  copula: new RegExp(
    `${WORD_START}(?:est|etait|a ete|est devenue?|etait devenue?|sont|s['\u2019]affiche|s['\u2019]identifie comme)\\s+(?:(?:aussi|maintenant|vraiment|ouvertement|pas|toujours|bel et bien|desormais|completement|totalement|fierement)\\s+){0,2}(?:(${lexiconBody(fr.ORIENTATION_STATES_FR)})|(${lexiconBody(fr.ORIGIN_RELIGION_STATES_FR)})|(${lexiconBody(fr.HEALTH_STATES_FR)}))${WORD_END}`,
    'gu',
  ),
  possessed: lexicon([...Object.values(fr.POSSESSED_FACTS_FR).flat(), ...FR_CONDITIONS]),
  possessiveOpening: /(?:son|sa|ses|leur|leurs)\s/,
  possessiveYouOpening: /(?:votre|vos|ton|ta|tes)\s/,
  states: lexicon([...fr.ORIENTATION_STATES_FR, ...fr.ORIGIN_RELIGION_STATES_FR, ...fr.HEALTH_STATES_FR]),
  facts: [
    { re: lexicon([...fr.HEALTH_FACTS_FR, 'enceinte']), kind: 'health' },
    { re: lexicon(fr.LEGAL_FACTS_FR), kind: 'legal' },
    { re: lexicon(fr.EMPLOYMENT_FACTS_FR), kind: 'employment' },
    { re: lexicon(fr.FINANCIAL_FACTS_FR), kind: 'financial' },
    { re: lexicon(fr.FAMILY_FACTS_FR), kind: 'family' },
    { re: lexicon(fr.IDENTITY_FACTS_FR), kind: 'identity' },
    { re: lexicon(fr.IMMIGRATION_FACTS_FR), kind: 'immigration' },
    { chain: happened(frf.FACT_AUXILIARIES_FR, frf.FACT_ADVERBS_FR, agreeing(frf.EMPLOYMENT_PARTICIPLES_FR)), kind: 'employment' },
    { chain: happened(frf.CAUSATIVE_AUXILIARIES_FR, frf.FACT_ADVERBS_FR, frf.EMPLOYMENT_INFINITIVES_FR), kind: 'employment' },
    { chain: happened(frf.FACT_AUXILIARIES_FR, frf.FACT_ADVERBS_FR, agreeing(frf.LEGAL_PARTICIPLES_FR)), kind: 'legal' },
    { chain: happened(frf.CAUSATIVE_AUXILIARIES_FR, frf.FACT_ADVERBS_FR, frf.LEGAL_INFINITIVES_FR), kind: 'legal' },
    { chain: happened(frf.FACT_AUXILIARIES_FR, frf.FACT_ADVERBS_FR, agreeing(frf.IMMIGRATION_PARTICIPLES_FR)), kind: 'immigration' },
    { chain: happened(frf.CAUSATIVE_AUXILIARIES_FR, frf.FACT_ADVERBS_FR, frf.IMMIGRATION_INFINITIVES_FR), kind: 'immigration' },
    { chain: happened(frf.CAUSATIVE_AUXILIARIES_FR, frf.FACT_ADVERBS_FR, frf.FINANCIAL_INFINITIVES_FR), kind: 'financial' },
    { chain: happened(frf.CAUSATIVE_AUXILIARIES_FR, frf.FACT_ADVERBS_FR, frf.FAMILY_INFINITIVES_FR), kind: 'family' },
    { re: lexicon(frf.RELIGIOUS_PRACTICES_FR), kind: 'identity', lower: true },
    ...linkedGroups(frf.LINKED_MATTERS_FR, FR_DETERMINERS),
    ...sighted(
      frf.SIGHTED_PLACES_FR, frf.SIGHTING_VERBS_FR,
      "(?:(?:a|devant|en\\s+sortant\\s+de|qui\\s+sortait\\s+de|qui\\s+entrait\\s+a|dans\\s+la\\s+file\\s+(?:a|de))\\s{1,3}(?:la|le|une|un)|(?:a|de|devant)\\s{1,3}l['\u2019]|au|aux|du|d['\u2019]une)",
    ),
  ],
  selfTold: lexicon(frf.SELF_TOLD_FR),
  topic: new RegExp(`^[\\s-]+(?:(?:de|du|des|d['\u2019]|sur|pour|contre)\\s*)?(?:la\\s+|le\\s+|les\\s+|l['\u2019])?(?:${lexiconBody(fr.TOPIC_WORDS_FR)})${WORD_END}`, 'u'),
  work: lexicon(frc.WORK_PEOPLE_FR),
  partitive: /(?<![\p{L}])(?:un|une|l'un|l'une)\s{1,3}(?:de|des|d'entre)\s{1,3}(?:(?:mes|nos|les|ses|leurs|vos)\s{1,3})?(?:[\p{L}'-]{1,20} ){0,2}[\p{L}'-]{1,20}/gu,
  // « un de mes jeunes », « une de nos usagères »: the people a youth or social worker serves.
  workSingulars: new Set([...singleWords(frc.WORK_PEOPLE_FR), 'jeune', 'eleve', 'usager', 'usagere', 'protege', 'protegee', 'beneficiaire']),
  other: lexicon(frc.OTHER_PEOPLE_FR),
  family: lexicon(frc.FAMILY_FR),
  familyOwner: /(?:^|[^\p{L}])(?:mon|ma|mes|notre|nos)\s+(?:(?:propre|defunte?|petite?|grande?|cher|chere|vieille|vieux|bien-aimee?)\s+)?$/u,
  pronoun: lexicon(frc.PRONOUNS_FR),
  animal: lexicon(frc.ANIMALS_FR),
  celebration: lexicon(frc.CELEBRATION_CUES_FR),
  thingBefore: new RegExp(`${WORD_START}(?:${lexiconBody(frc.NON_PERSON_SUBJECTS_FR)})\\s+(?:(?:a|est|etait|avait|vient|de|d|aussi|finalement|recemment|ete)(?:\\s+|['\u2019]))?$`, 'u'),
  first: /(?<![\p{L}\p{N}])(?:(?:je|moi|me|mon|ma|mes|moi-meme|chu|chus|nous|notre|nos)(?![\p{L}\p{N}])|(?:j|m)['\u2019])/gu,
  workContext: lexicon(frc.WORK_CONTEXT_FR),
  title: new RegExp(`${WORD_START}(?:${lexiconBody(frc.PUBLIC_FIGURE_TITLES_FR)})[\\s.]+$`, 'u'),
  news: lexicon(frc.NEWS_CUES_FR),
  event: lexicon(frc.EVENT_CUES_FR),
  fame: lexicon(frc.FAME_CUES_FR),
  firstNames: new Set(frc.FIRST_NAMES_FR),
  lowerNames: lowerNames(frc.FIRST_NAMES_FR, frc.NAMES_THAT_ARE_WORDS_FR),
  prepOk:
    /(?:^|[^\p{L}])(?:est|etait|sont|etaient|soit|etre|ete|vit|vivait|tombee?s?|reste|restait|encore|toujours|maintenant|presentement|actuellement|aussi|deja|rendue?|retrouvee?|partie?|part|partira|sera|serait|etait|depuis|mise?|se retrouve|se retrouvait|elle|il|lui|qui)\s*$/u,
  // Read on the accented view: "à l'aide sociale" is a preposition, "a une mesure de renvoi" the verb avoir.
  prepFact: /^(?:en|sur|à|au|aux|dans)\s/,
  relative: /(?:^|[^\p{L}])(?:qui|que|qu['\u2019])\s*(?:,\s*)?$/u,
  complement: /^\s{1,3}(?:(?:de|du|des|a|au|aux|en|chez|qui|que)\s|d'|qu')[^,.;:!?]{0,50}$/u,
  indefinite: /(?:^|[^\p{L}])(?:un|une|tout|toute|chaque|aucun|aucune)\s+(?:\p{L}+\s+)?$/u,
  generic:
    /(?<![\p{L}])(?:peut|peuvent|doit|doivent|devrait|admissibles?|a droit|ont droit|si|s['\u2019]il|s['\u2019]ils|lorsqu['\u2019]une?)(?![\p{L}])/u,
  story:
    /(?<![\p{L}])(?:aujourd['\u2019]hui|hier|ce matin|cet apres-midi|ce soir|la semaine derniere|a rencontre|j['\u2019]ai rencontre|est venue?|m['\u2019]a dit|m['\u2019]a appele|etait)(?![\p{L}])/u,
};

/** Terms that need a guard beyond the shared checks. */
const CHARGED_NOT_CRIME =
  /^\s*(?:with\s+)?(?:leading|overseeing|developing|managing|coordinating|implementing|reviewing|delivering|ensuring|organi[sz]ing|planning|preparing|creating|building|running|establishing|drafting|writing|designing|making|finding|keeping|protecting|monitoring|maintaining|supporting|providing|setting|administering|enforcing|advising|helping|responsibility|oversight|tasks?|duty|duties|the task|the mandate|the responsibility|\$|\d|twice|extra|interest|fees?|for|up|overnight|fully|more)(?![\p{L}])/u;
const TRANSITION_NOT_GENDER = /^\s+(?:to|from|into|out|back|over|between)(?![\p{L}])/u;
const OWNER_WORKS_THERE =
  /^\s+(?:team|teams|research|program|programs|programme|clinic|clinics|unit|centre|center|surgeon|surgeons|specialists?|nurses|staff|coordinator|lab|patients|clients|caseload|equipe|clinique|unite|chirurgiens?|laboratoire)(?![\p{L}])/u;
/** A ward or a kind of care: "in the ICU", « aux soins intensifs », "in palliative care". */
const CARE_PLACE = /^(?:in (?:the )?(?:icu|psych|psych ward|psychiatric ward)|in (?:palliative care|hospice)|aux soins (?:intensifs|palliatifs)|en soins palliatifs|a l['\u2019](?:aile|urgence) psychiatrique)$/;
/** "ICU nurse" said the other way, "Nurse in the ICU for 11 years", « Infirmière aux soins intensifs depuis 11 ans »:
 * a care worker's noun right before the ward names where she works, not why someone is there. */
const CARE_WORKER_BEFORE =
  /(?:^|[^\p{L}])(?:nurses?|rns?|rpns?|doctors?|physicians?|residents?|psws?|pharmacists?|physios?|physiotherapists?|respiratory therapists?|social workers?|chaplains?|volunteers?|infirmieres?|infirmiers?|medecins?|preposees?|preposes?|inhalotherapeutes?|pharmaciennes?|pharmaciens?|physiotherapeutes?|travailleuses? sociales?|travailleurs? sociaux|aumoniers?|aumonieres?|benevoles?)(?: (?:de nuit|de jour|de soir|at night))?\s+$/u;
/** "his transition to the new role", « sa transition vers la retraite »: a change of job or of life stage. */
const TRANSITION_NOUN_NOT_GENDER =
  /^\s+(?:to|from|into|out|back|over|between|period|plan|team|process|year|role|vers|professionnelle|de carriere|a la retraite|au|aux|energetique|numerique)(?![\p{L}])/u;
/** "une enceinte Bluetooth", "dans l'enceinte du stade": the word is then a loudspeaker or grounds. */
const ENCEINTE_NOT_PREGNANT = /(?:^|[^\p{L}])(?:l|la|une|cette|les|des|dans|de|du|son|sa|ses|mon|ma|leur|notre|votre|nouvelle|grosse|petite|bonne|meme)['\u2019\s]*$/u;
const PROCEDURE_BEFORE = /(?:verifications?|attestations?|certificats?|suspensions?|pardons?|demandes?)\s+(?:de|du|d['\u2019])\s*$/u;
const ACCUSE_RECEPTION = /^\s+(?:de\s+)?reception/u;
const TIME_AFTER =
  /^[\s-]+(?:(?:for|pour|de|du|d')\s*)?(?:(?:the|le|la|l')\s*)?(?:(?:next|last|this|coming)\s+(?:month|week|day|year)|(?:mois|semaine|journee|annee|an)\s+(?:prochaine?|derniere?|passee?|qui vient))/u;
/** The thing before a fact is the complement of a person ("the head of our team", "une des analystes de mon équipe"). */
const COMPLEMENT_BEFORE =
  /(?:^|[^\p{L}])(?:of|from|in|at|on|de|du|des|d'|a|au|aux|dans)\s+(?:(?:my|our|the|his|her|their|mon|ma|mes|notre|nos|le|la|les|l'|son|sa|ses|leur)\s*)?$/u;
const USE_NOT_HABIT =
  /^[\s-]+(?:water|fountains?|age|games?|buddies|buddy|glass|glasses|straws?|plans?|efforts?|centres?|centers?|time|strategy|act|program|funding|fund|site|sites|d['\u2019]eau|d['\u2019]energie|d['\u2019]electricite|de\s+carburant|de\s+papier|de\s+l['\u2019]economie|economique)(?![\p{L}])/u;
const YOU_TAUNT = /(?:^|[^\p{L}])(?:take|took|taking|forgot|forget|skip|up|double|call|see|ask|talk to|get back on|back on|prends|prenez|oublie|oubliez|appelle|appelez|va voir|allez voir)\s+$/u;
const YOU_FACT_END =
  /^(?:\s*(?:[,.;:!?)\u2026\u2014-]|$)|\s+(?:was|is|were|are|has|had|got|gets|will|would|could|can|may|might|should|and|but|or|from|at|in|on|for|with|because|since|after|before|last|this|that|to|still|just|went|came|isn['\u2019]t|wasn['\u2019]t|hasn['\u2019]t|won['\u2019]t|the|a|an|est|a|etait|sont|ont|sera|serait|peut|de|du|des|au|aux|pour|parce|et|mais|ou|ne|sur|qui|que|dans|car|depuis|apres|avant|ce|cette|la|le|les|en|va|vient)(?![\p{L}])|\s+[nl]['\u2019])/u;
const POSSESSIVE_S_NOT_COPULA = /^\s+(?!(?:and|but|so|too|now|btw|lol|or|as|like|since|which|who|though|and|to|in|at|from|for|with|right|apparently|actually|himself|herself)(?![\p{L}]))\p{L}/u;

// ---------------------------------------------------------------------------------------------
// Messages.

const KIND_EN: Record<Kind, string> = {
  health: 'health',
  legal: 'legal or criminal history',
  employment: 'employment history or discipline',
  financial: 'financial situation',
  family: 'family or marital situation',
  identity: 'religion, sexual orientation, gender identity or ethnic origin',
  immigration: 'immigration status',
};
const KIND_FR: Record<Kind, string> = {
  health: 'la santé',
  legal: 'les antécédents judiciaires',
  employment: 'les antécédents professionnels ou disciplinaires',
  financial: 'la situation financière',
  family: 'la situation familiale ou conjugale',
  identity: "la religion, l'orientation sexuelle, l'identité de genre ou l'origine",
  immigration: "le statut d'immigration",
};

function message(kind: Kind, tier: 'work' | 'other' | 'family'): Localized {
  if (tier === 'work') {
    return {
      en: `This reveals a detail about the ${KIND_EN[kind]} of someone you know through work. That is personal information under FIPPA: it reached you through your job and is not yours to post, even without a name.`,
      fr: `Ceci dévoile un détail sur ${KIND_FR[kind]} d'une personne que vous connaissez par le travail. C'est un renseignement personnel au sens de la LAIPVP : vous l'avez appris dans vos fonctions, ce n'est pas à vous de le publier, même sans nom.`,
    };
  }
  if (tier === 'family') {
    return {
      en: `This shares a detail about a family member's ${KIND_EN[kind]}. Your family life is yours to share, but check that they are comfortable with this detail being public.`,
      fr: `Ceci dévoile un détail sur ${KIND_FR[kind]} d'un membre de votre famille. Votre vie familiale vous appartient, mais assurez-vous que cette personne accepte que ce détail soit public.`,
    };
  }
  return {
    en: `This reveals a detail about someone else's ${KIND_EN[kind]}. If the person can be recognised, this is personal information about them: leave the detail out or ask first.`,
    fr: `Ceci dévoile un détail sur ${KIND_FR[kind]} d'une autre personne. Si on peut la reconnaître, c'est un renseignement personnel à son sujet : retirez ce détail ou demandez-lui d'abord.`,
  };
}

const GENERALISE: Localized = { en: 'Replace with a general word', fr: 'Remplacer par un terme général' };

/** The words of a phrase, split on spaces (no pattern needed). */
const words = (s: string) => s.split(' ').filter(Boolean);

function suggestion(unit: Unit, f: Fact): Hit['suggestion'] | undefined {
  if (f.nounStart === undefined) return undefined;
  const lead = words(unit.text.slice(f.start, f.nounStart));
  if (f.possessivePronoun || f.possessiveS) {
    // "her severe depression" → "her illness"; "sa dépression" → "son état de santé".
    const owner = lead[0] ?? '';
    if (unit.locale === 'fr') return { label: GENERALISE, replacement: `${/^s(?:a|es)$/i.test(owner) ? owner[0] + 'on' : owner} état de santé` };
    return { label: GENERALISE, replacement: `${owner} illness` };
  }
  const linkText = f.link ?? '';
  if (!linkText.trim()) return undefined;
  // The link as written (the plain view has the same length as the text).
  const base = unit.text.slice(f.start, f.start + linkText.length).trimEnd();
  if (unit.locale === 'fr') {
    const plainBase = plainOf(base);
    if (plainBase.endsWith(' fait') || plainBase.endsWith(' faisait') || plainBase === 'fait' || plainBase === 'faisait') return undefined;
    // "souffre d'une grave dépression" → "souffre d'une maladie"; "atteint de schizophrénie" → "atteint d'une maladie".
    for (const tail of [' de', ' du', ' des', "d'", 'd\u2019']) {
      if (plainBase.endsWith(tail)) return { label: GENERALISE, replacement: `${base.slice(0, base.length - tail.length).trimEnd()} d'une maladie` };
    }
    return { label: GENERALISE, replacement: `${base} une maladie` };
  }
  return { label: GENERALISE, replacement: `${base} an illness` };
}

// ---------------------------------------------------------------------------------------------
// Detection.

function collectFacts(unit: Unit, P: LangPatterns): Fact[] {
  const plain = unit.plain;
  const out: Fact[] = [];
  for (const noun of findAll(P.condition, plain)) {
    const from = Math.max(0, noun.start - 80);
    const m = P.linkBefore.exec(plain.slice(from, noun.start));
    if (!m) {
      // "Mrs. Lavoie (early dementia)", « M. Roy (Alzheimer) »: the illness in brackets right after the
      // person. Strict: only a mention standing right before the bracket can be its subject.
      const open = BRACKET_BEFORE.exec(plain.slice(from, noun.start));
      if (open && /^\s*\)/.test(plain.slice(noun.end, noun.end + 4))) out.push({ start: from + open.index, end: noun.end, kind: 'health', strict: true });
      continue;
    }
    const start = from + m.index;
    // The link without the article and modifier that follow it ("souffre d'une grave " → "souffre d'").
    const link = P === FR_PATTERNS ? plain.slice(start, noun.start).replace(FR_LINK_TAIL, '') : m[1]!;
    out.push({ start, end: noun.end, kind: 'health', nounStart: noun.start, link });
  }
  const possessed = lexiconMayMatch(P.possessed, plain);
  P.possessive.lastIndex = 0;
  for (let m = possessed && P.possessiveOpening.test(plain) ? P.possessive.exec(plain) : null; m; m = P.possessive.exec(plain)) {
    const noun = m[m.length - 1]!;
    const nounStart = m.index + m[0].length - noun.length;
    const pronoun = P === FR_PATTERNS || m[1] !== undefined;
    const kind = possessedKind(noun);
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      kind,
      nounStart: CONDITION_SET.has(noun.replace(/[\s-]+/g, ' ')) ? nounStart : undefined,
      possessivePronoun: pronoun,
      possessiveS: !pronoun,
    });
  }
  P.possessiveYou.lastIndex = 0;
  for (let m = possessed && P.possessiveYouOpening.test(plain) ? P.possessiveYou.exec(plain) : null; m; m = P.possessiveYou.exec(plain)) {
    const noun = m[1]!;
    out.push({ start: m.index, end: m.index + m[0].length, kind: possessedKind(noun), possessiveYou: true });
  }
  P.copula.lastIndex = 0;
  for (let m = lexiconMayMatch(P.states, plain) ? P.copula.exec(plain) : null; m; m = P.copula.exec(plain)) {
    const end = m.index + m[0].length;
    if (/^['\u2019]s/.test(m[0]) && POSSESSIVE_S_NOT_COPULA.test(plain.slice(end, end + 30))) continue;
    const kind: Kind = m[3] !== undefined ? 'health' : 'identity';
    out.push({ start: m.index, end, kind, strict: true, lower: m[2] !== undefined });
  }
  for (const t of findAll(P.disciplined, plain)) out.push({ start: t.start, end: t.end, kind: 'employment', object: true });
  for (const t of findAll(NAMED_MATTER, unit.text)) {
    // "the Toronto eviction hearing backlog": a place's court, not a family's matter.
    if (unit.locale === 'en' && placeNames(unit.text, t.start, t.end).some((p) => p.start < t.end && t.start < p.end)) continue;
    out.push({ start: t.start, end: t.end, kind: 'family', named: true });
  }
  for (const f of P.facts) {
    if ('gate' in f && f.gate && !lexiconMayMatch(f.gate, plain)) continue;
    for (const t of 'chain' in f ? findChain(plain, f.chain) : findAll(f.re, plain)) {
      if ('seen' in f && f.seen && !seenThere(plain, t.start, t.end, f.seen)) continue;
      out.push({ start: t.start, end: t.end, kind: f.kind, lower: f.lower });
    }
  }

  return mergeFacts(out.filter((f) => !COUNTED.test(plain.slice(Math.max(0, f.start - 50), f.start))));
}

// « des centaines d'accusations de conduite avec facultés affaiblies », "1,200 charges of impaired driving",
// "thousands of cases of measles": a count of charges or cases is a statistic about nobody in particular.
// (The number is read from its first digit only, "1 200" as its last group, so that the check stays linear.)
const COUNTED =
  /(?:^|[^\p{L}])(?:(?:hundreds|thousands|dozens|centaines|milliers|dizaines)\s+(?:of\s+|de\s+|d['\u2019]\s*)(?:(?:charges|cases|accusations|cas|infractions)\s+(?:of\s+|for\s+|de\s+|d['\u2019]\s*|pour\s+))?|(?<![\d,.])\d[\d,.]*\s+(?:charges|cases|accusations|cas|infractions)\s+(?:of\s+|for\s+|de\s+|d['\u2019]\s*|pour\s+))$/u;

/** An opening bracket right after a word, with at most two modifiers before the condition. */
const BRACKET_BEFORE = new RegExp(
  `(?<=[\\p{L}.]\\s?)\\(\\s?(?:(?:${lexiconBody([...en.CONDITION_MODIFIERS_EN, ...fr.CONDITION_MODIFIERS_FR, 'early', 'mild', 'moderate', 'suspected'])})\\s{1,4}){0,2}$`,
  'u',
);

// A family's court matter named by its surname: "the Okonkwo custody file", "the Patel divorce", « le divorce
// Thibodeau », « la garde des Tremblay ». Read on the text: the capital says it is a name.
const NAMED_MATTER =
  /(?<![\p{L}])(?:[Tt]he\s\p{Lu}\p{Ll}{2}[\p{Ll}'-]{0,18}(?:\s(?:family|kids|children))?\s(?:custody|divorce|adoption|guardianship|child\sprotection|eviction|bankruptcy)(?:\s(?:file|case|matter|hearing|trial|order))?|(?:[Ll]e\sdivorce|[Ll]a\s(?:garde|faillite|tutelle)|[Ll]'(?:adoption|expulsion))\s(?:des\s|de\s|du\s)?(?!No[eë]l|P[aâ]ques|Nuit|Jour)\p{Lu}\p{Ll}{2}[\p{Ll}'-]{0,18})(?![\p{L}])/gu;
const NAMED_MATTER_WORDS = lexicon(['custody', 'divorce', 'adoption', 'guardianship', 'child protection', 'eviction', 'bankruptcy', 'garde', 'faillite', 'expulsion', 'tutelle']);

/** Condition nouns (plain form), the only ones a suggestion may generalise to "illness". */
const CONDITION_SET = new Set([...EN_CONDITIONS, ...FR_CONDITIONS].map((c) => plainOf(c).replace(/[\s-]+/g, ' ')));

/** Kind of a possessed noun, by its plain form ("casier judiciaire" → legal); conditions are health. */
const POSSESSED_KIND = new Map<string, Kind>();
for (const table of [en.POSSESSED_FACTS_EN, fr.POSSESSED_FACTS_FR]) {
  for (const [kind, nouns] of Object.entries(table) as [Kind, string[]][]) {
    for (const n of nouns) POSSESSED_KIND.set(plainOf(n).replace(/[\s-]+/g, ' '), kind);
  }
}
const possessedKind = (noun: string): Kind => POSSESSED_KIND.get(noun.replace(/[\s-]+/g, ' ')) ?? 'health';

/** Overlapping facts become one, keeping the richest description (a condition keeps its noun). */
function mergeFacts(facts: Fact[]): Fact[] {
  facts.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Fact[] = [];
  for (const f of facts) {
    const last = out[out.length - 1];
    if (last && f.start < last.end) {
      if (f.end > last.end) last.end = f.end;
      if (last.nounStart === undefined && f.nounStart !== undefined && f.start === last.start) {
        last.nounStart = f.nounStart;
        last.link = f.link;
      }
      last.strict = last.strict && f.strict;
      continue;
    }
    out.push({ ...f });
  }
  return out;
}

/** "Ms. Okafor", "M. Gagnon": a title makes the next capitalised word a person. */
const HONORIFIC_NAME = /(?<![\p{L}])(?:(?:Mr|Mrs|Ms|Mx|Dr|Mme|Mlle)\.?|M\.|Miss)\s{1,3}\p{Lu}[\p{Ll}'-]+/gu;
/** First-person determiners and objects: "our office" and "told me" do not make the author the subject. */
const WEAK_FIRST = /^(?:my|our|me|us|mon|ma|mes|notre|nos|m'?|moi)$/;
const OBJECT_FIRST = /^(?:me|us)$/;
const PREPOSITIONAL = /^(?:with|for|of|from)(?![\p{L}])/u;
const HANDLE_SHAPE = /(?<![\w@])@[a-z0-9_][a-z0-9_.]{0,30}/g;
const LOWER_WORD = /(?<![\p{L}\p{N}])\p{Ll}+(?![\p{L}\p{N}])/gu;
const CAPITALISED_NAME = /(?<![\p{L}\p{N}])\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?![\p{L}\p{N}])/gu;

function mentionsIn(plain: string, text: string | null, P: LangPatterns, masked: Unit['masked'] | null, before = ''): Mention[] {
  const out: Mention[] = [];
  const add = (re: RegExp, who: Who) => {
    for (const m of findAll(re, plain)) out.push({ start: m.start, end: m.end, who });
  };
  add(P.work, 'work');
  add(P.other, 'other');
  for (const m of findAll(P.family, plain)) {
    const lead = plain.slice(Math.max(0, m.start - 40), m.start);
    // "Mom's hip replacement went great", « Maman a eu sa chirurgie »: a parent called by the kin name, with no
    // determiner, is the writer's own.
    // Not in a case told from work ("Court again today for the custody matter. Mom showed up high."): someone else's mother.
    const owned =
      P.familyOwner.test(lead) ||
      (KIN_NAMES.has(m.text) && text !== null && /^\p{Lu}/u.test(text.charAt(m.start)) && !OTHER_DETERMINER.test(lead) && !CASE_TOLD.test(plain) && !CASE_TOLD.test(before));
    out.push({ start: m.start, end: m.end, who: owned ? 'family' : 'other' });
  }
  add(P.pronoun, 'pronoun');
  add(P.animal, 'animal');
  // Handles: from the mask when the original text is known, else by shape in the lower-cased sentence before.
  if (masked) {
    for (const s of masked) if (s.kind === 'handle') out.push({ start: s.start, end: s.end, who: 'handle' });
  } else {
    for (const m of findAll(HANDLE_SHAPE, plain)) out.push({ start: m.start, end: m.end, who: 'handle' });
  }
  if (text) {
    for (const m of findAll(CAPITALISED_NAME, text)) if (P.firstNames.has(m.text)) out.push({ start: m.start, end: m.end, who: 'name' });
  } else {
    // The sentence before is lower-cased: only first names that are not also common words.
    for (const m of findAll(LOWER_WORD, plain)) if (P.lowerNames.has(m.text)) out.push({ start: m.start, end: m.end, who: 'name' });
  }
  // "one of our analysts", "une des analystes de mon équipe": one person met through work.
  for (const m of findAll(P.partitive, plain)) {
    // "one of our summer students": the mention ends at the first word that is a work noun.
    let end = m.start;
    for (const w of m.text.split(' ')) {
      end += w.length + 1;
      if (P.workSingulars.has(w.replace(/[sx]$/, ''))) {
        out.push({ start: m.start, end: end - 1, who: 'work' });
        break;
      }
    }
  }
  if (text) for (const m of findAll(HONORIFIC_NAME, text)) out.push({ start: m.start, end: m.end, who: 'name' });
  // First person last: a "my" that opens "my client" is a determiner, not the author.
  for (const m of findAll(P.first, plain)) {
    if (out.some((o) => o.start >= m.end && o.start <= m.end + 1 + 20 && o.who !== 'pronoun' && o.who !== 'first' && /^[\s\p{L}-]*$/u.test(plain.slice(m.end, o.start)) && wordsBetween(plain, m.end, o.start) <= 2)) continue;
    out.push({ start: m.start, end: m.end, who: 'first', weak: WEAK_FIRST.test(m.text) });
  }
  return out;
}

function wordsBetween(plain: string, a: number, b: number): number {
  const s = plain.slice(a, b).trim();
  return s ? s.split(/\s+/).length : 0;
}

/** Capitalised words that open sentences or are pronouns, not names. */
const NOT_NAMES = new Set(
  ('I My Our We The A An This That These Those Today Yesterday Had Met So Just And But He She They It His Her Their ' +
    'Mon Ma Mes Notre Nos Le La Les Un Une Il Elle Ils Elles Je Nous Ce Cette Ces Aujourd Hier Merci Thanks Thank ' +
    'Congrats Félicitations Bravo Got Heard Turns Spent Sad Big Huge Shout Proud Happy Quand When After Before Since')
    .split(' '),
);
const CAPITALISED = /(?<![\p{L}\p{N}])\p{Lu}\p{Ll}+/gu;

function mayNameSubject(unit: Unit, facts: Fact[], here: Mention[]): boolean {
  for (const f of facts) {
    const near = nearestBefore(here, f.start, (m) => overlaps(m, f));
    const from = near && near.who !== 'first' && near.who !== 'pronoun' ? near.end : 0;
    // The person disciplined follows the verb.
    const window = f.object ? unit.text.slice(f.end, f.end + 40) : unit.text.slice(from, f.start);
    for (const w of findAll(CAPITALISED, window)) if (!NOT_NAMES.has(w.text)) return true;
  }
  return false;
}

function addNames(unit: Unit, mentions: Mention[], start: number, end: number): void {
  for (const n of personNames(unit.text, start, end)) {
    let end = n.end;
    while (end > n.start && /[\s.,;:!?'"\u2019)]/.test(unit.text[end - 1]!)) end--;
    if (end <= n.start) continue;
    const who: Who = 'name';
    if (mentions.some((m) => m.start < end && m.end > n.start && m.who !== 'pronoun' && m.who !== 'first')) continue;
    mentions.push({ start: n.start, end, who });
  }
}

interface Subject {
  who: Who;
  mention?: Mention;
  tier: 'work' | 'other' | 'family';
}

/** What a child calls a parent or grandparent, used as a name. */
const KIN_NAMES = new Set(['mom', 'mum', 'mommy', 'mama', 'dad', 'daddy', 'papa', 'grandma', 'grandpa', 'granny', 'nana', 'maman', 'grand-maman', 'grand-papa', 'mamie', 'papi']);
const QUOTE_OPEN_BEFORE = /["“«‘']\s?$/u;
const CASE_TOLD = /(?<![\p{L}])(?:court|custody|case|caseload|file|hearing|clients?|tribunal|cour|garde|dossier|audience|clientes?)(?![\p{L}])/u;
const OTHER_DETERMINER = /(?:^|[^\p{L}])(?:the|a|an|his|her|their|your|ur|its|le|la|sa|son|ses|leur|ta|ton|votre|une|un)\s+$/u;
const MAX_GAP = 140;
/** Between a disciplinary verb and the person: nothing, or a determiner ("one of my", « un de mes »). */
/** A mention that opens on its own determiner or count ("one of my analysts", "our receptionist"). */
const DETERMINED = /^(?:my|our|the|a|an|one|two|three|his|her|their|this|that|these|those|some|all|half|several|mon|ma|mes|notre|nos|son|sa|ses|leur|leurs|un|une|le|la|les|l['\u2019])(?![\p{L}])/u;
const OBJECT_GAP =
  /^\s{1,3}(?:(?:my|our|the|a|an|one of my|one of our|mon|ma|notre|un de mes|une de mes|un de nos|une de nos)\s{1,3}(?:[\p{L}-]{2,20}\s{1,3})?)?$/u;
/** …and the person's noun ends there: not "suspend client visits", "the client intake process". */
const OBJECT_END =
  /^(?:\s*(?:[,.;:!?()\u2026\u2014-]|$)|\s+(?:for|from|after|over|because|since|today|yesterday|this|last|on|at|in|and|but|with|who|when|pour|apres|ce|hier|aujourd|parce|de|du|des|avant|en|la|le|qui|et|mais|sur|a|cette)(?![\p{L}]))/u;
const AUXILIARIES_ONLY =
  /^[\s'\u2019]*(?:(?:m|am|was|were|have|has|had|ve|d|ll|been|being|got|get|just|also|still|now|recently|suis|etais|ai|avais|ete|me|moi)(?:[\s'\u2019]+|$))*$/u;
/** The author stating their own role just before a work-person word: "i'm a", "je suis", "j'étais". */
const SELF_ROLE = /(?:^|[^\p{L}])(?:i\s+am|i['\u2019]?m|i\s+was|je\s+suis|j['\u2019]etais|i\s+work\s+as|je\s+travaille\s+comme)\s+(?:(?:a|an|un|une)\s+)?$/u;
/** "per the Leafs", "per TSN": a named source passed on, not something seen first-hand. */
// A refusal to say whether: "can't tell you whether", "not allowed to say if", « je peux pas (non plus) te dire (juste) si ».
const REFUSED_QUESTION =
  /(?:(?:can't|cannot|can\snot|won't|couldn't|not\sallowed\sto|not\sable\sto|never)\s(?:(?:even|really|ever)\s)?(?:tell|say|confirm|share|disclose)(?:\s(?:you|u|anyone|anybody))?|(?:peux|peut|pourrais|pourrai|peuvent|pouvons|pouvez)\s(?:pas|jamais|rien)(?:\snon\splus)?\s(?:vous\s|te\s|t'|leur\s|lui\s)?(?:dire|confirmer|reveler))\s(?:[«"'\u201c]\s?)?(?:(?:juste|just|even|meme)\s)?(?:[«"'\u201c]\s?)?(?:whether|if|si|s')(?![\p{L}])[^.!?]{0,70}$/u;
const SOURCE_NAMED = /(?:^|[^\p{L}])per\s+(?:the\s+)?\p{Lu}/u;
/** "my", "our", « mon », « notre »: a person or a team of the writer's own circle. */
// "Don't post about your clients… someone in my old unit got disciplined for it": a privacy rule and its cautionary tale.
const PRIVACY_NORM = lexicon([...enf.PRIVACY_NORMS_EN, ...frf.PRIVACY_NORMS_FR]);
const OWN_CIRCLE = /(?:^|[^\p{L}])(?:my|our|mon|ma|mes|notre|nos)\s/u;
const STRANGER = /(?:^|[^\p{L}])(?:a|an|some|un|une|des)\s+(?:(?:young|old|older|elderly|random|jeune|vieux|vieille)\s+)?$/u;
const PREGNANCY = /pregnan|expecting|enceinte|grossesse|attend (?:un|son)/;
/** The person has not shared it yet: a finger on the lips, "hasn't told anyone", « l'a pas encore dit ». */
const UNDISCLOSED =
  /\u{1F92B}|\u{1F910}|\b(?:hasn't|has not|haven't|have not|didn't|did not|hasnt)\s(?:told|announced|shared)|\bnot\s(?:told|announced)\s(?:anyone|anybody|the boss|her boss|his boss|work|us)|\bdon't tell (?:her|him|them|anyone)|\bpas encore (?:dit|annonce|annoncee|partage|partagee)|\bl'a (?:meme )?pas (?:encore )?(?:dit|annonce)|\bdites-le pas|\ble dites pas/u;
/** "my client, who I met last week, was charged" / "ma cliente, que je connais depuis dix ans, est enceinte". */
const RELATIVE_AUTHOR = /,\s*(?:who|whom|that|que|qu['\u2019])\s*$/u;
const BARE_RELATIVE = /(?:^|[^\p{L}])(?:who|whom|that|que|qu['\u2019])\s*$/u;

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

function nearestBefore(mentions: Mention[], pos: number, skip: (m: Mention) => boolean): Mention | undefined {
  let best: Mention | undefined;
  for (const m of mentions) {
    if (m.end > pos || skip(m)) continue;
    if (!best || m.end > best.end || (m.end === best.end && m.start < best.start)) best = m;
  }
  return best;
}

/** "Jim, …", "Hello Mr. Lavoie, …", « Monsieur Lacroix, … », "Karen K. in our branch, you're…": a name the post speaks to. */
const VOCATIVE =
  /^[\s"'«]*(?:(?:hi|hello|hey|dear|bonjour|bonsoir|salut|allo|allô) )?(?:((?:mr|mrs|ms|mx|dr|m|mme|mlle|monsieur|madame)\.?) )?(\p{L}[\p{L}'-]+)(?: \p{L}\.?| \p{Lu}[\p{Ll}'-]+)?(?:,| [^,.!?\s][^,.!?\n]{0,29}, ?(?:you|your|you're|vous|votre|tu|ton|ta|t'))/iu;
const GREETING = /^[\s"'«]*(?:hi|hello|hey|dear|bonjour|bonsoir|salut|allo|allô)\s/iu;
const LEADING_HANDLES = /^\s*(?:@[\w.]+[\s,:]*)+/u;

/** Who the post speaks to, when it speaks to someone in particular: a reply to a handle or a name called out. */
function addressee(unit: Unit, P: LangPatterns): Who | null {
  const lead = LEADING_HANDLES.exec(unit.text);
  if (lead && unit.masked.some((m) => m.kind === 'handle' && m.start < lead[0].length)) return 'handle';
  const vocativeIn = (s: string, cased: boolean): boolean => {
    const m = VOCATIVE.exec(s.slice(lead && cased ? lead[0].length : 0));
    if (!m) return false;
    const name = m[2]!;
    if (m[1] || GREETING.test(s)) return true;
    return cased ? /^\p{Lu}/u.test(name) && !NOT_NAMES.has(name) && (P.firstNames.has(name) || /\s\p{Lu}\.?[\s,]/u.test(m[0])) : P.lowerNames.has(plainOf(name));
  };
  if (vocativeIn(unit.text, true)) return 'name';
  const before = unit.before;
  if (!before) return null;
  if (/^\s*@[\w.]/.test(before)) return 'handle';
  return vocativeIn(before, false) ? 'name' : null;
}

function resolve(unit: Unit, f: Fact, here: Mention[], before: Mention[], P: LangPatterns, workCue: boolean): Subject | null {
  const inFact = (m: Mention) => overlaps(m, f);
  const tierOf = (m: Mention): Subject['tier'] => (m.who === 'work' ? 'work' : m.who === 'family' ? 'family' : 'other');
  const pronounSubject = (pos: number): Subject | null => {
    const ante = nearestBefore(here, pos, (m) => m.who === 'pronoun' || m.who === 'first' || inFact(m)) ??
      nearestBefore(before, Number.MAX_SAFE_INTEGER, (m) => m.who === 'pronoun' || m.who === 'first');
    if (ante?.who === 'animal') return null;
    if (ante) return { who: ante.who, mention: ante, tier: tierOf(ante) };
    return workCue ? { who: 'pronoun', tier: 'work' } : null;
  };

  if (f.possessivePronoun) return pronounSubject(f.start);
  if (f.named) return { who: 'name', tier: workCue ? 'work' : 'other' };
  if (f.object) {
    // "had to fire Kevin", "suspended one of my analysts", « congédier Sophie »: the person right after the verb,
    // not a thing ("terminated the contract") nor the owner of one ("dismissed Kevin's concerns").
    const after = here.find((m) => m.start >= f.end && OBJECT_GAP.test(unit.plain.slice(f.end, m.start)) && OBJECT_END.test(unit.plain.slice(m.end, m.end + 12)));
    if (!after || after.who === 'pronoun' || after.who === 'first' || after.who === 'animal' || /^['\u2019]s(?![\p{L}])/u.test(unit.plain.slice(after.end, after.end + 3))) return null;
    // "an Ontario fire investigator", "our discipline officer": a role noun glued to the word, with no determiner
    // between, is a compound (a job), not a person the verb acts on; a name needs none ("fire Kevin").
    if (after.who !== 'name' && after.who !== 'handle' && /^\s+$/.test(unit.plain.slice(f.end, after.start)) && !DETERMINED.test(unit.plain.slice(after.start, after.end))) return null;
    // Disciplining someone is an employer's act: whoever did it knows it through work.
    return { who: after.who, mention: after, tier: after.who === 'family' ? 'family' : 'work' };
  }
  if (f.possessiveYou) {
    // "your claim" in a rule for everyone ("if your claim was denied, you can appeal") is nobody's.
    if (P.generic.test(unit.plain)) return null;
    const who = addressee(unit, P);
    return who ? { who, tier: 'other' } : null;
  }

  // "our office", "called me": a first-person determiner or object is the author only right before the fact.
  // An object ("the guy next to me is being investigated") is the subject only of a prepositional fact ("diagnosed me with…").
  const skipInFact = (m: Mention) =>
    inFact(m) ||
    (m.weak === true && (wordsBetween(unit.plain, m.end, f.start) > 0 || (OBJECT_FIRST.test(unit.plain.slice(m.start, m.end)) && !PREPOSITIONAL.test(unit.plain.slice(f.start, f.end)))));
  let subject = nearestBefore(here, f.start, skipInFact);
  // "this guy I know got arrested" (a verb of the author's stands between), not "told my manager I'm pregnant".
  const reducedRelative = (m: Mention) =>
    here.some((p) => p.who !== 'first' && p.who !== 'pronoun' && p.end <= m.start && /^[\s,]*$/.test(unit.plain.slice(p.end, m.start))) &&
    !AUXILIARIES_ONLY.test(unit.plain.slice(m.end, f.start));
  // "le client que j'ai vu à 14 h est séropositif": a relative clause, unless only auxiliaries follow ("told her that I'm pregnant").
  const bareRelative = (m: Mention) =>
    BARE_RELATIVE.test(unit.plain.slice(Math.max(0, m.start - 12), m.start)) && !AUXILIARIES_ONLY.test(unit.plain.slice(m.end, f.start));
  if (subject && subject.who === 'first' && (RELATIVE_AUTHOR.test(unit.plain.slice(Math.max(0, subject.start - 12), subject.start)) || reducedRelative(subject) || bareRelative(subject))) {
    // "this guy I know got arrested": the author sits in a relative clause about the person.
    subject = nearestBefore(here, subject.start, (m) => skipInFact(m) || m.who === 'first');
  }
  // "The new director? Is gay, apparently." / « La nouvelle directrice? Est aux femmes. »: the subject is the sentence before.
  const elliptical = f.strict && !subject && /^[\s"'«(-]*$/.test(unit.plain.slice(0, f.start));
  if ((f.strict || f.possessiveS) && !elliptical) {
    // The subject must stand right before the verb ("he's bipolar", "Dave's divorce", "ma collègue, qui est musulmane").
    if (!subject) return null;
    const gap = unit.plain.slice(subject.end, f.start);
    if (!/^[\s,]*$/.test(gap)) {
      // "the new ADM in our division is gay", "the inspector who retired last month is HIV positive".
      if (!P.relative.test(gap) && !(f.strict && P.complement.test(gap))) return null;
    }
  }
  if (subject && f.start - subject.end <= MAX_GAP) {
    if (subject.who === 'first' || subject.who === 'animal') return null;
    if (subject.who === 'pronoun') return pronounSubject(subject.start);
    return { who: subject.who, mention: subject, tier: tierOf(subject) };
  }
  if (f.strict && !elliptical) return null;
  // "a pregnant client", "le cancer de ma cliente": the person comes right after.
  const after = here
    .filter((m) => m.start >= f.end && m.start - f.end <= 30 && m.who !== 'pronoun' && m.who !== 'first')
    .sort((a, b) => a.start - b.start)[0];
  if (after && /^\s*(?:,\s*)?(?:(?:of|de|du|des|d['\u2019]|chez|for|pour)\s*)?(?:(?:a|an|the|my|our|this|that|un|une|le|la|l['\u2019]|mon|ma|notre|ce|cet|cette)\s*)?(?:(?:new|young|old|elderly|nouveau|nouvelle|jeune|vieux|vieille)\s+)?$/u.test(unit.plain.slice(f.end, after.start))) {
    return { who: after.who, mention: after, tier: tierOf(after) };
  }
  // Nothing in this sentence says whose fact it is: the person of the sentence before.
  if (!subject) {
    const last = nearestBefore(before, Number.MAX_SAFE_INTEGER, () => false);
    if (last && last.who !== 'first' && last.who !== 'animal') {
      if (last.who === 'pronoun') {
        const ante = nearestBefore(before, last.start, (m) => m.who === 'pronoun' || m.who === 'first');
        if (ante) return { who: ante.who, mention: ante, tier: tierOf(ante) };
        return workCue ? { who: 'pronoun', tier: 'work' } : null;
      }
      return { who: last.who, mention: last, tier: tierOf(last) };
    }
  }
  return null;
}

/** Whether the fact is no fact here ("cancer research", "the company went bankrupt"). With `here` null,
 * only the guards that read no mention: true then means guarded whatever mentions the sentence holds. */
function guarded(unit: Unit, f: Fact, here: Mention[] | null, P: LangPatterns): boolean {
  const plain = unit.plain;
  const phrase = plain.slice(f.start, f.end);
  const after = plain.slice(f.end, f.end + 60);
  // "is bi-weekly", "cancer-free": a compound, not the fact.
  if (/^-\p{L}/u.test(after) && !/^-(?:positive|positif|positive)/.test(after)) return true;
  // "cancer research" is a topic; "une mesure de renvoi pour le mois prochain" is a date.
  if (!f.possessivePronoun && !f.possessiveS && !f.possessiveYou && P.topic.test(after) && !TIME_AFTER.test(after)) return true;
  // "a stroke of luck", "the seizure of the shipment", "a depression of the economy".
  if (f.nounStart !== undefined && /^\s+of(?![\p{L}])/u.test(after) && /^(?:stroke|seizures?|depression|attack)$/.test(plain.slice(f.nounStart, f.end))) return true;
  if (/charged/.test(phrase) && CHARGED_NOT_CRIME.test(plain.slice(phrase.endsWith('with') ? f.end - 4 : f.end, f.end + 40))) return true;
  if (/transitioning$/.test(phrase) && TRANSITION_NOT_GENDER.test(after)) return true;
  if (/transition$/.test(phrase) && TRANSITION_NOUN_NOT_GENDER.test(after)) return true;
  if (CARE_PLACE.test(phrase) && CARE_WORKER_BEFORE.test(plain.slice(Math.max(0, f.start - 40), f.start))) return true;
  // "her transplant team", « son équipe de greffe »: the owner works in the field; the noun names her work.
  if ((f.possessivePronoun || f.possessiveS) && OWNER_WORKS_THERE.test(after)) return true;
  if (phrase === 'enceinte' && ENCEINTE_NOT_PREGNANT.test(plain.slice(Math.max(0, f.start - 20), f.start))) return true;
  if (/accusee?s?(?:\s+de)?$/.test(phrase) && ACCUSE_RECEPTION.test(plain.slice(f.end, f.end + 20).replace(/^\s+de(?=\s)/, ''))) return true;
  // "their drinking water", "his recovery plan", « sa consommation d'énergie »: the noun qualifies a thing.
  if (/(?:drinking|gambling|recovery|consommation|retablissement)$/.test(phrase) && USE_NOT_HABIT.test(after)) return true;
  // "take your meds", « va voir ton psy »: a taunt or advice to the reader, not a fact about them.
  if (f.possessiveYou && YOU_TAUNT.test(plain.slice(Math.max(0, f.start - 16), f.start))) return true;
  // "your salary survey", "your condition report": a compound about something else. The reader's
  // fact ends the phrase: punctuation, a verb or a linking word follows.
  if (f.possessiveYou && !YOU_FACT_END.test(after)) return true;
  // "his PR" is permanent residence; "his PR team" is public relations.
  if (/\spr$/.test(phrase) && /^\s+(?!(?:card|application|status)(?![\p{L}]))\p{L}/u.test(after)) return true;
  if (!f.possessivePronoun && !f.possessiveS) {
    // "the company went bankrupt" - but not "une des analystes de mon équipe est en congé", where the thing qualifies a person.
    const lead = plain.slice(Math.max(0, f.start - 40), f.start);
    const thing = P.thingBefore.exec(lead);
    if (thing && !COMPLEMENT_BEFORE.test(lead.slice(0, thing.index))) return true;
  }
  // "vérification du casier judiciaire", "demande de suspension du casier": a procedure, not someone's record.
  if (PROCEDURE_BEFORE.test(plain.slice(Math.max(0, f.start - 30), f.start))) return true;
  if (here && P.prepFact.test(unit.lower.slice(f.start, f.end))) {
    // "is on ODSP", "a client on ODSP" - not "working on ODSP modernization" or "information on sick leave".
    const lead = plain.slice(Math.max(0, f.start - 30), f.start);
    const adjacent = here.find((m) => m.who !== 'first' && m.end <= f.start && /^[\s,]*$/.test(plain.slice(m.end, f.start)));
    if (!adjacent && !P.prepOk.test(lead)) return true;
    // "Je suis travailleuse sociale au POSPH", "I'm a caseworker on ODSP": the author's own job, not a client's file.
    if (adjacent && SELF_ROLE.test(plain.slice(Math.max(0, adjacent.start - 30), adjacent.start))) return true;
  }
  return false;
}

function detectIn(unit: Unit, P: LangPatterns): Hit[] {
  const facts = collectFacts(unit, P);
  if (facts.length === 0) return [];
  const beforePlain = plainBefore(unit);
  const has = (re: RegExp, s: string) => {
    re.lastIndex = 0;
    return s.length > 0 && re.test(s);
  };
  // "She spoke openly about her own diagnosis at the town hall": her story, told by her.
  if (has(P.selfTold, unit.plain) || has(P.selfTold, beforePlain)) return [];
  // Facts that no mention can save from their guards ("cancer research") are settled before the name
  // tagger runs: when none is left, its milliseconds would change nothing.
  const live = facts.filter((f) => !guarded(unit, f, null, P));
  if (live.length === 0) return [];
  // "your WSIB claim" belongs to whoever the post speaks to (addressee()): no mention, no name, decides it.
  const namesMatter = live.some((f) => !f.possessiveYou);
  const here = mentionsIn(unit.plain, unit.text, P, unit.masked, beforePlain);
  // The name tagger costs milliseconds: ask it only when a capitalised word could be the subject.
  if (namesMatter && mayNameSubject(unit, facts, here)) addNames(unit, here, facts[0]!.start, facts[facts.length - 1]!.end);
  const before = beforePlain ? mentionsIn(beforePlain, null, P, null) : [];
  const workCue =
    has(P.workContext, unit.plain) || has(P.workContext, beforePlain) || before.some((m) => m.who === 'work') || here.some((m) => m.who === 'work');
  const publicCue =
    has(P.news, unit.plain) || has(P.news, beforePlain) || has(P.event, unit.plain) || unit.masked.some((s) => s.kind === 'url');
  const hits: Hit[] = [];
  const privacyNorm = has(PRIVACY_NORM, unit.plain) || has(PRIVACY_NORM, beforePlain);
  for (const f of live) {
    if (guarded(unit, f, here, P)) continue;
    const s = resolve(unit, f, here, before, P, workCue);
    if (!s) continue;
    // A "grandson" in quotes, « petit-fils » between guillemets: the role a scammer plays, no one real.
    if (s.mention && here.includes(s.mention) && QUOTE_OPEN_BEFORE.test(unit.text.slice(Math.max(0, s.mention.start - 2), s.mention.start)) && QUOTE_AFTER.test(unit.text.slice(s.mention.end, s.mention.end + 2))) continue;
    // Told after the privacy rule it illustrates, about someone left unnamed.
    if (privacyNorm && s.who !== 'name' && s.who !== 'handle') continue;
    let tier = s.tier;
    if (tier === 'other' && workCue) tier = 'work';
    if (tier !== 'work' && s.mention && here.includes(s.mention) && s.who === 'name') {
      // "Premier Doug Ford", "former MPP Jane Doe": a public figure.
      if (P.title.test(unit.plain.slice(Math.max(0, s.mention.start - 30), s.mention.start))) continue;
      // "Matthews is out with a concussion, per the Leafs", "Lafleur, la légende, est mort d'un cancer":
      // what a club, a band or the star made public, passed on by a fan.
      // Not "my neighbour Dave, a legend of our beer league": someone of the writer's own circle.
      const fame = has(P.fame, unit.plain) || has(P.fame, beforePlain) || SOURCE_NAMED.test(unit.text);
      if (fame && !OWN_CIRCLE.test(unit.plain)) continue;
    }
    if (tier !== 'work' && publicCue) continue;
    // "A man was arrested downtown": a stranger nobody can recognise, unless met through work.
    if (tier === 'other' && s.who === 'other' && s.mention && here.includes(s.mention) && STRANGER.test(unit.plain.slice(Math.max(0, s.mention.start - 12), s.mention.start))) continue;
    // "I can't tell you whether your neighbour is on ODSP", « je peux pas te dire si ton voisin est sur
    // l'aide sociale »: the question the author refuses to answer, not a fact told.
    if (REFUSED_QUESTION.test(unit.plain.slice(Math.max(0, f.start - 90), f.start))) continue;
    // "A client with a disability may request accommodation": programme information, nobody in particular.
    if (s.mention && here.includes(s.mention) && P.indefinite.test(unit.plain.slice(Math.max(0, s.mention.start - 30), s.mention.start)) && P.generic.test(unit.plain) && !P.story.test(unit.plain)) continue;
    // Good news passed on ("congrats on her pregnancy") is a reminder, not an alarm; unless the person
    // has not shared it yet ("she hasn't told the boss 🤫"): then the post is the announcement.
    const celebrated = PREGNANCY.test(unit.plain.slice(f.start, f.end)) && has(P.celebration, unit.plain) && !UNDISCLOSED.test(unit.plain) && !UNDISCLOSED.test(beforePlain);
    // "#Pregnant", "#CancerSurvivor": a topic tag the writer chose, not a statement about whoever is
    // named nearby (unless learned at work).
    const tagOnly = tier !== 'work' && overlapsMask(unit.masked, f.start, f.end, ['hashtag']);
    const level: ModeSeverity =
      celebrated || tagOnly || tier === 'family' ? 'tip' : tier === 'work' ? (f.lower ? 'medium' : 'high') : f.lower ? 'tip' : 'medium';
    const severity: Partial<Record<Mode, ModeSeverity>> | undefined =
      level === 'high' ? undefined : { personal: level, professional: level, official: level };
    // The verb and the person it names: "fire Kevin".
    const end = f.object && s.mention ? Math.max(f.end, s.mention.end) : f.end;
    const hit: Hit = { start: f.start, end, message: message(f.kind, tier) };
    if (severity) hit.severity = severity;
    const sug = suggestion(unit, f);
    if (sug) hit.suggestion = sug;
    hits.push(hit);
  }
  return hits;
}

export function detectSensitiveFacts(unit: Unit): Hit[] {
  return detectIn(unit, unit.locale === 'fr' ? FR_PATTERNS : EN_PATTERNS);
}

export default defineRule({
  id: 'personal-info/sensitive-fact',
  category: 'personal-info',
  severity: { personal: 'high', professional: 'high', official: 'high' },
  guidelines: ['fippa-personal-information', 'ops-personal-use', 'oath-secrecy'],
  title: { en: 'Sensitive detail about someone', fr: 'Détail sensible sur une personne' },
  why: {
    en: "This shares a sensitive detail (health, legal, job, money, family or identity) about someone other than you. That is personal information under FIPPA; if you learned it through work, it is not yours to post, even without a name.",
    fr: "Ceci révèle un détail sensible (santé, justice, emploi, argent, famille ou identité) sur une autre personne que vous. C'est un renseignement personnel au sens de la LAIPVP; si vous l'avez appris au travail, ce n'est pas à vous de le publier, même sans nom.",
  },
  detect: detectSensitiveFacts,
  // collectFacts() of either language: a condition, a possessed noun or a stated state (the words
  // that end the possessive and copula patterns, as lexicons: running those patterns here costs
  // what the rule costs), a fact phrase, or a chain's participle. No fact, no hit.
  // Every hit is a fact of its own sentence (collectFacts() reads unit.plain only; the sentence before
  // only names the subject): a trigger in the sentence before alone wakes nothing.
  triggersHere: true,
  triggers: [
    NAMED_MATTER_WORDS,
    ...[EN_PATTERNS, FR_PATTERNS].flatMap((P) => [P.condition, P.disciplined, ...P.facts.map((f) => ('chain' in f ? f.chain.participles : f.re))]),
    lexicon([...Object.values(en.POSSESSED_FACTS_EN).flat(), ...Object.values(fr.POSSESSED_FACTS_FR).flat()]),
    lexicon([
      ...en.ORIENTATION_STATES_EN, ...en.ORIGIN_RELIGION_STATES_EN, ...en.HEALTH_STATES_EN,
      ...fr.ORIENTATION_STATES_FR, ...fr.ORIGIN_RELIGION_STATES_FR, ...fr.HEALTH_STATES_FR,
    ]),
  ],
  examples: {
    invalid: [
      // A named child placed in a program that exists for a condition.
      { text: 'Congratulations to Liam (7) from Sudbury, our newest autism program graduate!', span: 'autism program graduate', mode: 'official' },
      { text: "Félicitations à notre jeune cliente Julie, diplômée de notre programme pour l'autisme!", span: "diplômée de notre programme pour l'autisme", mode: 'official' },
      // A colleague's flare-ups, a death by suicide in a colleague's family, a candidate's immigration, a juror named.
      { text: 'Shoutout to Raj at the front counter, who keeps smiling through his MS flare-ups.', span: 'his MS flare-ups', mode: 'professional' },
      { text: 'Bon retour à Claire, qui revient au bureau après le suicide de sa sœur en juin.', span: 'le suicide de sa', mode: 'professional' },
      { text: "Welcome back to Claire, who's back at the office after her brother's suicide in June.", span: "brother's suicide", mode: 'professional' },
      { text: 'Interviewed a strong candidate today, a recent immigrant from Eritrea, waiting on her work permit.', span: 'a recent immigrant', mode: 'professional' },
      { text: 'Mon voisin est le juré nº 4 dans le procès pour meurtre à Ottawa.', span: 'juré nº', mode: 'personal' },
      // A parent called by the kin name is the writer's own: a reminder at most (tip); not in a case told from work.
      { text: 'Court again today for the custody matter. Mom showed up high. Again.', span: 'showed up high', mode: 'personal', severity: 'medium' },
      { text: "Mom's hip replacement went great this morning. She's already bossing the nurses around.", mode: 'personal', severity: 'tip' },
      { text: 'Maman a eu sa chirurgie de la hanche ce matin, tout va bien.', mode: 'personal', severity: 'tip' },
      // Disciplining someone, told by the one who did it.
      { text: 'Had to terminate Kevin from the night shift today for falsifying his timesheets. Never fun.', span: 'terminate Kevin', severity: 'high' },
      { text: "J'ai dû congédier Sophie ce matin pour vol de temps. Pas facile.", span: 'congédier Sophie', severity: 'high' },
      { text: 'Had to suspend one of my analysts today. Worst part of the job.', span: 'suspend one of my analysts', mode: 'professional' },
      // A family's court matter named by its surname.
      { text: "Six years. That's how long the Okonkwo custody file sat on our docket before today's final order.", span: 'the Okonkwo custody file', mode: 'professional' },
      { text: "Greffier au palais de justice d'Ottawa. Le divorce Thibodeau s'est enfin réglé ce matin.", span: 'Le divorce Thibodeau', mode: 'professional' },
      // The illness in brackets right after the person.
      { text: 'Visited Mrs. Lavoie (early dementia) at the home today, she remembered my name!', span: '(early dementia', mode: 'professional' },
      { text: "Mme Gagnon (Alzheimer) m'a reconnue aujourd'hui, quelle belle visite.", span: '(Alzheimer', mode: 'professional' },
      // Another episode is the same fact.
      { text: 'My client had another seizure on the range last night.', span: 'had another seizure' },
      { text: "Mon client a fait une autre crise d'épilepsie dans l'unité.", span: "a fait une autre crise d'épilepsie" },
      // A care worker's noun names where she works only right before the ward.
      { text: 'Our charge nurse Dana is in the ICU herself since Friday, keep her in your thoughts.', span: 'in the ICU' },
      { text: 'Ma collègue Julie, infirmière, est aux soins intensifs depuis vendredi.', span: 'aux soins intensifs' },
      // A fact told, whatever refusal follows it.
      { text: "My neighbour Dave is on ODSP, I can't tell you if he'll manage.", span: 'on ODSP', mode: 'personal' },
      // The rule stated does not cover a named colleague's discipline told after it.
      { text: 'Never post about clients. Anyway, Sandra in payroll got disciplined yesterday lol.', span: 'got disciplined' },
      // Back from it is the same fact; « faire de » une maladie; a superlative of 'new hire'.
      { text: 'My coworker in payroll is finally back from rehab, good for her.', span: 'back from rehab' },
      // Someone seen at a place that tells a health or money state.
      { text: 'Saw my neighbour Darlene at the methadone clinic this morning, good for her honestly', span: 'methadone clinic' },
      { text: 'Bumped into Kevin from accounting at the AA meeting last night lol', span: 'AA meeting' },
      { text: "Croisé ma voisine Ginette à la clinique d'avortement ce matin.", span: "clinique d'avortement" },
      { text: 'J’ai vu mon voisin Réjean à la banque alimentaire hier, pauvre lui.', span: 'banque alimentaire' },
      { text: "Ma cliente de 82 ans à Hearst vit seule et fait de l'Alzheimer.", span: "fait de l'Alzheimer" },
      { text: 'Our newest hire was fired for being drunk at work, awkward.', span: 'was fired' },
      // The diagnosis is the fact, whatever it names; and arrears on any household debt.
      { text: "My coworker Dana was just diagnosed, she's taking a few weeks off.", span: 'was just diagnosed' },
      { text: 'Ma collègue Julie a reçu un diagnostic la semaine passée, elle va prendre congé.', span: 'a reçu un diagnostic' },
      { text: 'My client Ray is three months behind on his mortgage and scared to open his mail.', span: 'months behind on' },
      { text: "Mon client est en retard sur son hypothèque depuis l'été.", span: 'en retard sur son hypothèque' },
      // A state after a contracted pronoun or an article, about someone met at work.
      { text: 'Our new hire just told me she’s a refugee.', span: 'she’s a refugee', severity: 'high' },
      { text: 'Notre nouvelle employée est une réfugiée.', span: 'est une réfugiée' },
      { text: 'Notre stagiaire souffre de stress post-traumatique.', span: 'souffre de stress post-traumatique' },
      { text: 'Met a client today who just got diagnosed with cancer, so sad.', span: 'just got diagnosed with cancer', severity: 'high' },
      // A topic tag is advice at most; the same fact learned at work is not.
      { text: 'Big sister Ada has already claimed the top bunk. #Pregnant #FamilyOfFour', span: 'Pregnant', mode: 'personal', severity: 'tip' },
      { text: 'Grande sœur Ada a déjà choisi son lit. #Enceinte', span: 'Enceinte', mode: 'personal', severity: 'tip' },
      { text: 'Congrats to my coworker Jen on her pregnancy, so happy for her!', span: 'her pregnancy', mode: 'personal', severity: 'tip' },
      { text: 'My coworker Jen is on stress leave again, third time this year.', span: 'on stress leave', severity: 'high' },
      // Every tense of a listed verb phrase ("started chemo" is listed; verbForms() adds the rest).
      { text: 'Prayers for my coworker Shannon, she starts chemo on Monday.', span: 'starts chemo', severity: 'high' },
      { text: 'My client Dave goes to rehab next week, hope it sticks this time.', span: 'goes to rehab', severity: 'high' },
      { text: 'Had a caller this morning who is on ODSP and still could not make rent.', span: 'on ODSP', severity: 'high' },
      { text: 'A guy came to the counter today. Turns out he was charged with assault last year.', span: 'was charged', severity: 'high' },
      { text: 'Sarah got arrested last night, wild.', span: 'got arrested', severity: 'medium' },
      { text: 'Ma cliente m’a confié qu’elle est enceinte de six semaines.', span: 'est enceinte', severity: 'high' },
      // Good news the person has not shared yet: the post announces it for them.
      { text: 'My coworker is pregnant and she hasn’t told anyone yet, so happy for her!', span: 'pregnant', mode: 'personal', severity: 'high' },
      { text: 'Ma collègue est enceinte, elle l’a pas encore annoncé au bureau 🤫 trop contente pour elle!', span: 'est enceinte', mode: 'personal', severity: 'high' },
      { text: 'Mon collègue Marc est en congé de maladie pour une dépression.', severity: 'high' },
      { text: 'Une usagère au comptoir aujourd’hui : elle est au POSPH depuis dix ans.', span: 'au POSPH', severity: 'high' },
      // Auxiliary + participle, link + matter, religious practice, a complement before the copula.
      { text: 'Heads up: Marco in procurement was quietly let go on Friday.', span: 'was quietly let go', severity: 'high' },
      { text: 'My colleague has been waiting on her refugee hearing since 2022.', span: 'waiting on her refugee hearing' },
      { text: 'The guy in the next cubicle is going through IVF with his wife, poor guy.', span: 'going through IVF' },
      { text: 'One of our analysts was detained by CBSA at the airport.', span: 'was detained by CBSA' },
      { text: 'The director in our Sudbury office is gay, apparently.', span: 'is gay', severity: 'high' },
      { text: 'The new clerk at our counter keeps kosher, so order from the deli for the lunch.', span: 'keeps kosher', severity: 'medium' },
      { text: "Le technicien de notre étage s'est fait mettre dehors vendredi.", span: "s'est fait mettre dehors" },
      { text: 'Ma cliente attend encore sa résidence permanente, trois ans plus tard.', span: 'attend encore sa résidence permanente' },
      { text: 'Un des commis du bureau de Hawkesbury a été incarcéré la semaine passée.', span: 'a été incarcéré' },
      { text: 'Le demandeur qui est venu ce matin a une mesure de renvoi pour le mois prochain.', span: 'a une mesure de renvoi' },
      { text: 'Notre coordonnatrice fait le ramadan cette année.', span: 'fait le ramadan', severity: 'medium' },
      // A reply or a remark to someone in particular: "your" is that person's.
      { text: '@dtremblay_99 Dan, your WSIB claim was closed because you missed two appointments.', span: 'your WSIB claim' },
      { text: '@mgagnon_on Madame Gagnon, vos revenus de location n’ont jamais été déclarés, d’où le refus.', span: 'vos revenus de location' },
      { text: 'Sandra in payroll, you know what you did. Good luck at your disciplinary hearing.', span: 'your disciplinary hearing' },
      // Coping as effort, use owned, how someone came, money and home in everyday words.
      { text: 'One of our summer students has been working through severe anxiety all term, poor kid.', span: 'been working through severe anxiety' },
      { text: 'Had to let an analyst go last month; it turned out to be linked to his drinking.', span: 'his drinking', severity: 'high' },
      { text: 'Our new receptionist arrived in Canada as a refugee last year.', span: 'as a refugee' },
      { text: 'Un de mes jeunes, 15 ans, placé en famille d’accueil depuis deux ans, a fini son secondaire!', span: 'placé en famille d’accueil' },
      { text: 'Mon collègue a perdu son permis pour alcool au volant le mois passé.', span: 'perdu son permis pour' },
      { text: 'Le client de ce matin, 81 ans, perd la mémoire pis il conduit encore.', span: 'perd la mémoire' },
      { text: 'Une cliente est venue ce matin : son chum l’a sacrée dehors pis elle a pu une cenne.', span: 'l’a sacrée dehors' },
      // Arrears, an operation, staying clean, years on assistance, a sex marker changed, a file seen at work.
      { text: 'My neighbour is one of our files, and he is $12k behind on child support.', span: 'behind on child support', severity: 'high' },
      { text: 'Mon voisin est un de nos dossiers : il paie pas sa pension alimentaire depuis un an.', span: 'paie pas sa pension alimentaire', severity: 'high' },
      { text: 'Thank you to Mrs. Ada Reyes, 71, who is home after her kidney transplant.', span: 'her kidney transplant' },
      { text: 'Merci à Mme Ada Reyes, 71 ans, qui est rentrée chez elle après sa greffe de rein.', span: 'sa greffe de rein' },
      { text: 'One of the guys I supervise told me he has been clean for five months now.', span: 'been clean for' },
      { text: 'Un de mes jeunes est clean depuis cinq mois, je suis fier de lui.', span: 'clean depuis' },
      { text: 'After 4 years on Ontario Works, my client Dana just landed a full-time job!', span: 'on Ontario Works', severity: 'high' },
      { text: 'Une cliente est venue au comptoir pour faire changer la mention de sexe sur son permis.', span: 'changer la mention de sexe' },
      { text: "Mon voisin vient de faire une demande d'Ontario au travail, je l'ai vue passer dans le système.", span: "vient de faire une demande d'Ontario au travail", severity: 'high' },
      { text: 'Pour ceux qui demandaient des nouvelles de Roger : je l’ai vu passer dans nos dossiers, il est en arrêt de travail.', span: 'en arrêt de travail', severity: 'high' },
      // A "legend" of the writer's own beer league or choir is no public figure.
      { text: 'My neighbour Dave, a hockey legend in our beer league, has cancer.', span: 'has cancer' },
      { text: 'Marie-Ève, ma voisine, la chanteuse vedette de notre chorale, a un cancer.', span: 'a un cancer' },
      // "lecture" the verb and « nouvelle » the adjective tell no event and no news story.
      { text: "Don't lecture me, but my neighbour Dave is back in rehab again.", span: 'back in rehab' },
      { text: "Ma voisine Julie est en sevrage, la nouvelle clinique l'aide beaucoup.", span: 'en sevrage' },
    ],
    valid: [
      // The program itself, named for the public.
      "Our autism program has a new intake line: 1-800-555-0100. / Notre programme pour l'autisme a une nouvelle ligne.",
      // The author's own pregnancy and own arrival.
      "We're expecting in April! Baby #2 is on the way.",
      'As a recent immigrant myself, I know how much this program matters.',
      // A place's court, not a family's matter.
      'The Toronto eviction hearing backlog is huge this year.',
      // A holiday shift, not a family's custody.
      'La garde de Noël se fait à l’hôpital cette année, on a tiré au sort.',
      // The role a scammer plays, in quotes.
      'Grandparent scam: a call from a "grandson" who\'s been arrested and needs bail money? Hang up and call your grandchild directly.',
      // A job named by its field: "fire" and "discipline" glued to a role noun.
      { text: "From an Ontario fire investigator who'd love a quieter January: keep space heaters a metre from bedding.", mode: 'professional' },
      // A thing disciplined, or a person's belongings, is no one's record.
      'We terminated the contract with Acme last week after the audit.',
      "I dismissed Kevin's concerns too quickly at the meeting, lesson learned.",
      'Saison des feux : on suspend les permis de brûlage dans le district de Sudbury dès lundi.',
      'We had to suspend client visits during the outbreak; phone appointments continue.',
      'On a dû suspendre les visites des usagers pendant l’éclosion; les rendez-vous par téléphone continuent.',
      // A bracket after a place or a programme names no one.
      'Our memory clinic (dementia and early memory loss) opens Monday on Elm Street.',
      'Notre clinique de la mémoire (Alzheimer et autres démences) ouvre lundi.',
      // The author's own ward: where she works.
      'Nurse in the ICU for 11 years now. Nights are long but I love my team.',
      "Infirmière aux soins intensifs depuis 11 ans. L'an dernier, j'ai pris 10 semaines de congé; j'en parle parce que j'avais honte.",
      // A count of charges is a statistic about nobody in particular.
      { text: "Analyste civile à la police provinciale. Bilan des fêtes : des centaines d'accusations de conduite avec facultés affaiblies dans la province.", mode: 'professional' },
      { text: 'Analyste civile à la police provinciale. Bilan des fêtes : 1 200 accusations de conduite avec facultés affaiblies dans la province.', mode: 'professional' },
      // The question the author refuses to answer.
      { text: 'Non, ma cousine, je peux pas non plus te dire « juste si » ton voisin est sur l’aide sociale.', mode: 'personal' },
      { text: "Sorry, I can't tell you whether your neighbour is on ODSP either. Call the office.", mode: 'personal' },
      // A privacy rule told to readers, and its cautionary tale about someone left unnamed.
      "Reminder for new staff: never post about clients, even 'anonymously'. Someone on my old team got disciplined for a story people decoded in an hour.",
      "Aux nouveaux : ne parlez jamais de vos clients en ligne. Un collègue a déjà eu une mesure disciplinaire pour une anecdote qu'on a vite retracée.",
      // What a club or a star made public, passed on by a fan.
      'Auston Matthews is out 2 weeks with a concussion, per the Leafs.',
      'Sidney Crosby a une commotion cérébrale, il va rater les séries.',
      // Her story told by her, in any tense: a public figure talking openly about it.
      'Simone Biles talking openly about her mental health at the Olympics changed the conversation for athletes everywhere.',
      'Simone Biles, en parlant ouvertement de sa santé mentale aux Jeux olympiques, a changé la conversation.',
      // At the place to work, give or attend an event; or no person seen there.
      'Saw my neighbour Darlene at the food bank volunteering, what a gem!',
      'Ran into Dr. Patel at the cancer centre gala tonight, great speech.',
      'J’ai vu mon voisin Réjean à la banque alimentaire comme bénévole, bravo!',
      'Spotted Jim at the animal shelter adopting a puppy 🐶',
      'Saw the new mural at the food bank on Elm, gorgeous work by local kids.',
      // The author back from their own leave; « faire de » a sport.
      "I'm back from sick leave and so happy to see everyone!",
      'Elle fait de la course depuis des années, bravo à ma sœur!',
      // A public lecture or a story on the news, told by the person: not learned at work.
      'Great lecture on HIV care tonight: Dr. Dave Morin shared his story of living with HIV.',
      'Vu aux nouvelles : Julie Tremblay, séropositive, témoigne de son parcours.',
      'I was diagnosed with breast cancer two years ago and today I ran my first 10K.',
      'Sharing my own cancer journey in the hope that it helps someone.',
      'ODSP rates rise 5% this July: check ontario.ca for details.',
      'It is Mental Health Week: learn the signs of depression and where to get help.',
      'Running the Terry Fox Run this weekend for cancer research, donations welcome!',
      'Huge thanks to Priya for covering the front desk while I was on sick leave.',
      'Former mayor John Smith was charged with fraud, CBC reports.',
      'She was charged with leading the review of the program, and she nailed it.',
      "J'ai reçu un diagnostic de cancer l'an dernier et je vais mieux.",
      'Les taux du POSPH augmenteront de 5 % en juillet.',
      'Merci à Julie pour son excellent travail sur le programme de dépistage du cancer.',
      "Ma collègue a acheté une enceinte Bluetooth pour l'équipe.",
      'I was let go in 2019 and it was the best thing that ever happened to me.',
      'Refugee claimants waiting on a hearing can now apply for a work permit sooner.',
      'Our ADM spoke openly about her own IVF journey at the town hall, so brave.',
      'Shoutout to Kevin in IT, who was put in charge of the migration.',
      "Waiting on my work permit renewal, the backlog is wild.",
      "Le projet pilote a été suspendu jusqu'à nouvel ordre.",
      "Les demandeurs d'asile attendent en moyenne deux ans pour une audience, selon le rapport.",
      "J'ai fait ma demande de résidence permanente aujourd'hui, on croise les doigts!",
      "Je travaille à l'aide sociale depuis dix ans et j'adore mon équipe.",
      // The author's own job at a program is not a client's file.
      'Je suis travailleuse sociale au POSPH depuis dix ans et j’adore mon équipe.',
      "I'm a caseworker on the ODSP team and I love helping people navigate the forms.",
      // "your" in a rule for everyone, a compound, a taunt: nobody's fact.
      'If your WSIB claim was denied, you can ask for a reconsideration within 30 days.',
      'Si votre demande au POSPH a été refusée, vous pouvez demander une révision interne.',
      '@ServiceOntario your salary survey link is broken, fyi.',
      'Merci Julie, ton diagnostic du problème réseau était parfait.',
      '@LindaP_Guelph maybe take your meds and log off.',
      'Our partners up north still have to boil their drinking water.',
      'My colleague is in recovery mode after audit week lol',
      'Ontario welcomed thousands of people as refugees last year.',
      'Mon collègue habite à la rue Principale, juste à côté du bureau.',
      'Ma collègue traverse le pont chaque matin pour venir au bureau.',
      // A change of role, a clean kitchen, arrears and transplants as programme information.
      'Thanks to Sam for leading his transition to the new payroll system.',
      'Merci à Julie, sa transition vers le nouveau système de paie s’est faite sans problème.',
      'Our lunchroom has been clean for a whole week, a new record.',
      'Falling behind on rent? Ontario Works may be able to help: call 211.',
      'Si vous êtes en retard dans vos paiements, le Bureau des obligations familiales peut vous aider.',
      'Greffe de rein : le Réseau Trillium explique comment devenir donneur.',
      'Dr. Ahmed and her transplant team did 40 surgeries this year, a provincial record.',
      'Nos dossiers sont maintenant numériques : merci à toute l’équipe!',
    ],
  },
});
