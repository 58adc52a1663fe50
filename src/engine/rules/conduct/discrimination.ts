// Slurs and hateful generalisations about people protected by the Ontario Human Rights Code
// (race, ethnic origin, creed, sex, sexual orientation, gender identity, age, disability...). The
// Workplace Discrimination and Harassment Prevention policy and the comment policies rule them out
// in every setting (shared reference "guidelines" §7, §8.6). A generalisation needs a group AND a
// negative or exclusionary predicate ("immigrants are all lazy", "ces gens-là sont des
// parasites"); its refutation ("the myth that immigrants are criminals") and quoted slurs reported
// by a victim stay clean.
import { plainBefore } from '../../text/unit.js';
import { defineRule } from '../../define-rule.js';
import { findAll, lexicon, lexiconBody, WORD_END, WORD_START } from '../../match.js';
import { alt, charOf, group, isLetter, lit, maybe, notFollowedBy, opt, phrases, repeat, runOf, seq, Sequence, spaces, WORD_END_PART, WORD_START_PART } from '../../sequence.js';
import { stripAccents } from '../../text/fold.js';
import type { Hit, Localized, Unit } from '../../types.js';
import * as en from '../../lexicons/en/conduct-discrimination.js';
import * as fr from '../../lexicons/fr/conduct-discrimination.js';

const plainOf = (s: string) => stripAccents(s.toLowerCase());

const SLURS = lexicon([...en.SLURS_EN, ...fr.SLURS_FR]);
const ENGLISH_ONLY = new Set(en.SLURS_ENGLISH_ONLY);
const SLUR_FRIENDS = lexicon(en.SLUR_FALSE_FRIENDS_EN);

// The patterns that embed the group and predicate lists are Sequences (sequence.ts): V8 took about
// 300 ms to compile them the first time a sentence named a group, in every fresh service worker.
// Each `.source` is the regular expression it stands for (tests/sequence.test.ts).
const GROUP_LEX = lexicon([...en.PROTECTED_GROUPS_EN, ...fr.PROTECTED_GROUPS_FR]);
const NEGATIVE_LEX = lexicon([...en.NEGATIVE_PREDICATES_EN, ...fr.NEGATIVE_PREDICATES_FR]);
const GROUPS = group(phrases(GROUP_LEX));
const NEGATIVE = group(phrases(NEGATIVE_LEX));
const APOSTROPHE = charOf("['\u2019]", (c) => c === 39 || c === 0x2019);
const FILLERS = repeat(
  seq(alt('all', 'just', 'nothing but', 'always', 'so', 'basically', 'really', 'a', 'an', 'the', 'tous', 'toutes', 'juste', 'toujours', 'vraiment', 'des', 'de', 'une', 'un', 'la', 'le'), spaces(1)),
  0,
  2,
);
const DETERMINER = opt(
  seq(alt('all', 'most', 'these', 'those', 'the', 'many', 'every', 'typical', 'so many', 'les', 'ces', 'tous les', 'toutes les', 'la plupart des', 'trop de', 'maudits', 'maudites'), spaces(1)),
);

/** "immigrants are all lazy", "les immigrés sont tous des voleurs", "these people are animals". */
// « ces assistés sociaux-là sont tous... »: the Québécois « -là » after the group; « les Anglos de Toronto sont... »: a place.
const PLACE = opt(seq(spaces(1), alt('de', 'du', seq(lit('d'), APOSTROPHE), 'en', 'au'), spaces(0), charOf('\\p{L}', isLetter), runOf('[\\p{L}-]', (c) => isLetter(c) || c === 45, 0)));
const GENERALISATION = new Sequence(
  seq(WORD_START_PART, DETERMINER, GROUPS, opt(lit('-la')), PLACE, spaces(1), alt('are', 'r', 'were', 'is', 'sont', 'etaient', 'seront', seq(lit('c'), APOSTROPHE, lit('est')), 'ce sont'), spaces(1), FILLERS, NEGATIVE, WORD_END_PART),
  [GROUP_LEX, NEGATIVE_LEX],
);
/** "immigrants are always expecting handouts", « les immigrants profitent du système »: the group, then what it is blamed for doing. */
const CLAIM_LEX = lexicon([...en.GROUP_CLAIMS_EN, ...fr.GROUP_CLAIMS_FR]);
const VERB_GENERALISATION = new Sequence(
  seq(WORD_START_PART, DETERMINER, GROUPS, opt(lit('-la')), PLACE, spaces(1), opt(seq(alt('are', 'r', 'were', 'sont'), spaces(1))), FILLERS, group(phrases(CLAIM_LEX)), WORD_END_PART),
  [GROUP_LEX, CLAIM_LEX],
);
/** "immigrants should go back", "les réfugiés devraient retourner chez eux", "dehors les immigrés". */
const EXCLUSION_AFTER_GROUP = new Sequence(
  seq(WORD_START_PART, DETERMINER, GROUPS, opt(lit('-la')), spaces(1), group(phrases(lexicon([...en.EXCLUSIONS_EN, ...fr.EXCLUSIONS_FR]))), WORD_END_PART),
  [GROUP_LEX],
);
/** Exclusions that carry their own target: "go back to your country", "retournez dans votre pays". */
const STANDALONE_EXCLUSION = lexicon([
  'go back to your country', 'go back to your own country', 'go back where you came from', 'go back to where you came from',
  'retournez dans votre pays', 'retourne dans ton pays', 'retournez chez vous', 'retourne chez vous', 'retourne chez toi',
]);
const spaced = (...words: string[]) => seq(...words.flatMap((w, i) => (i ? [spaces(1), lit(w)] : [lit(w)])));
/** "I hate Muslims", "je déteste les immigrés", "no gays allowed", "dehors les immigrés". */
const HATRED = new Sequence(
  seq(
    WORD_START_PART,
    alt(
      seq(
        alt(spaced('i', 'hate'), seq(lit('i'), spaces(1), lit('can'), maybe(APOSTROPHE), lit('t'), spaces(1), lit('stand')), spaced('i', 'despise'), spaced('je', 'deteste'), spaced('je', 'hais'), seq(lit('j'), APOSTROPHE, lit('hais')), 'dehors', spaced('a', 'bas')),
        spaces(1), DETERMINER, GROUPS,
      ),
      seq(lit('no'), spaces(1), GROUPS, spaces(1), lit('allowed')),
    ),
    WORD_END_PART,
  ),
  [GROUP_LEX],
);
const THEY_ARE = [seq(lit('they'), APOSTROPHE, lit('re')), spaced('they', 'are'), spaced('ils', 'sont'), spaced('elles', 'sont')];
/** "these refugees think they're entitled to everything": the group, then "they're" and a slur on them in the same clause. */
const GROUP_THEN_PRONOUN = new Sequence(
  seq(
    WORD_START_PART, GROUPS,
    repeat(
      seq(
        spaces(1),
        notFollowedBy(['feel', 'feels', 'felt', 'worry', 'worries', 'fear', 'fears', 'say', 'says', 'said', 'tell', 'told', 'report', 'reports', 'ressentent', 'craignent', 'disent', 'sentent', 'pensent']),
        runOf("[\\p{L}'\u2019-]", (c) => isLetter(c) || c === 39 || c === 0x2019 || c === 45, 1),
      ),
      0, 5, true,
    ),
    spaces(1), alt(...THEY_ARE), spaces(1), FILLERS, NEGATIVE, WORD_END_PART,
  ),
  [GROUP_LEX, NEGATIVE_LEX],
);
/** "Go back to Mexico", "retournez en Syrie": sending someone back to a country, at the start of a clause or after "should". */
const GO_BACK_TO = /(?:^|[.!?,;:]\s*|(?:should|just|then|devraient|devrait)\s+)(?:[Gg]o\s+back\s+to|[Rr]etournez\s+(?:en|au|aux)|[Rr]etourne\s+(?:en|au|aux)|[Rr]entrez\s+(?:en|au|aux))\s+(?=\p{Lu})/gu;
/** "Go home." after a group was named: an exclusion. */
const GO_HOME = lexicon(['go home', 'go back home', 'rentrez chez vous', 'rentre chez toi', 'retournez chez vous', 'retourne chez toi', 'go back where you came from']);
/** "They're all criminals." with the group named in this sentence or the one before. */
const PRONOUN_GENERALISATION = new Sequence(
  seq(WORD_START_PART, alt(...THEY_ARE, seq(lit('c'), APOSTROPHE, lit('est')), spaced('ce', 'sont')), spaces(1), alt('all', 'tous', 'toutes'), spaces(1), FILLERS, NEGATIVE, WORD_END_PART),
  [NEGATIVE_LEX],
);
/** A protected group named somewhere in a string. */
const groupMention = (s: string) => has(GROUP_LEX, s);
// "If you want to work here, learn the language", "ils devraient apprendre le français": a demand in the
// imperative or after a modal, about people who came here.
const LANGUAGE_DEMANDS = [...en.LANGUAGE_DEMANDS_EN, ...fr.LANGUAGE_DEMANDS_FR, 'learn', 'speak', 'apprendre le francais', "apprendre l'anglais", 'apprendre la langue', 'parler francais', 'parler anglais'].filter((w) => !['learn', 'speak'].includes(w));
const LANGUAGE_DEMAND = new RegExp(
  `(?:^|[.!?,;:\u2026]\\s*|(?:should|must|need\\s+to|needs\\s+to|have\\s+to|has\\s+to|better|gotta|ought\\s+to|just|then|devraient|doivent|devrait|doit|faut|qu['\u2019]ils|qu['\u2019]elles)\\s+)(?:(?:please|just|then|so|and|et|donc)\\s+)?(?:${lexiconBody(LANGUAGE_DEMANDS)})${WORD_END}`,
  'gu',
);
const LANGUAGE_CONTEXT = lexicon([...en.LANGUAGE_DEMAND_CONTEXT_EN, ...fr.LANGUAGE_DEMAND_CONTEXT_FR]);
// Advice with a way to learn ("free classes at the library") is help, not a demand.
const LANGUAGE_HELP = lexicon(['free', 'classes', 'courses', 'course', 'program', 'programs', 'tutoring', 'gratuit', 'gratuits', 'gratuites', 'cours', 'programme', 'ateliers']);
const LANGUAGE_SCORN = lexicon([...en.LANGUAGE_SCORN_EN, ...fr.LANGUAGE_SCORN_FR]);
const SCORN_TARGETS = lexicon([...en.LANGUAGE_SCORN_TARGETS_EN, ...fr.LANGUAGE_SCORN_TARGETS_FR]);
const STANDALONE_SLIGHTS = lexicon([...en.TOKEN_HIRE_EN, ...fr.TOKEN_HIRE_FR, ...en.TYPICAL_GROUP_EN, ...fr.TYPICAL_GROUP_FR]);
// "<someone> is gay AND Mormon, which explains a lot": an attribute made the butt of a joke.
const ATTRIBUTE = new RegExp(
  `${WORD_START}(?:is|are|was|were|being|est|sont|etait)\\s+(?:(?:also|so|obviously|clearly|totally|aussi|evidemment)\\s+)?(?:${lexiconBody([...en.PROTECTED_ATTRIBUTES_EN, ...fr.PROTECTED_ATTRIBUTES_FR])})${WORD_END}`,
  'gu',
);
const CULTURE_BLAME = lexicon([...en.CULTURE_BLAME_EN, ...fr.CULTURE_BLAME_FR]);
// "the Somali families", « les Arabes qui viennent au comptoir »: a people named by origin or creed.
const NATIONAL_GROUP = lexicon([
  'somali', 'syrian', 'afghan', 'indian', 'pakistani', 'chinese', 'filipino', 'jamaican', 'haitian', 'nigerian', 'arab',
  'arabs', 'mexican', 'african', 'muslim', 'jewish', 'sikh', 'hindu', 'black', 'asian', 'native', 'indigenous',
  'somaliens', 'syriens', 'afghans', 'indiens', 'pakistanais', 'chinois', 'philippins', 'jamaicains', 'haitiens',
  'arabes', 'africains', 'mexicains', 'musulmans', 'juifs', 'noirs', 'asiatiques', 'autochtones',
]);
const MOCKING = lexicon([...en.MOCKING_LINKS_EN, ...fr.MOCKING_LINKS_FR]);
const PERSON_BEFORE = lexicon([
  'he', 'she', 'they', 'who', 'guy', 'woman', 'man', 'lady', 'girl', 'boy', 'manager', 'director', 'boss', 'adm', 'dm',
  'colleague', 'coworker', 'co-worker', 'minister', 'client', 'neighbour', 'neighbor', 'teacher', 'doctor', 'nurse', 'new hire',
  'intern', 'supervisor', 'premier', 'mayor', 'candidate', 'employee', 'il', 'elle', 'ils', 'elles', 'gars', 'femme', 'homme',
  'madame', 'monsieur', 'patron', 'patronne', 'gestionnaire', 'directeur', 'directrice', 'collegue', 'ministre', 'voisin',
  'voisine', 'employe', 'employee', 'stagiaire', 'nouveau', 'nouvelle', 'sous-ministre',
]);
const DEBUNK = lexicon([...en.DEBUNK_CUES_EN, ...fr.DEBUNK_CUES_FR]);
const REFUTATION = lexicon([...en.REFUTATION_WORDS_EN, ...fr.REFUTATION_WORDS_FR]);

/** "he called me a ...", "il m'a traité de ...": a victim reporting the slur thrown at them. */
const SLUR_REPORTED = /(?:called|call|calling|calls)\s+(?:me|us)\s+(?:an?\s+)?$|(?:m['\u2019]a|nous\s+a|m['\u2019]ont|nous\s+ont)\s+traitee?s?\s+(?:de\s+|d['\u2019])$/u;

const SLUR_MESSAGE: Localized = {
  en: 'This is a slur. It demeans people for who they are and has no place in a public servant’s posts, on duty or off.',
  fr: "Ceci est une injure haineuse. Elle rabaisse des personnes pour ce qu'elles sont et n'a pas sa place dans les publications d'un fonctionnaire, en service ou non.",
};

/** Whether [start, end) lies inside a double-quoted passage (a slur reported, not used). */
function quoted(unit: Unit, start: number, end: number): boolean {
  const opens = (unit.folded.slice(0, start).match(/"/g) ?? []).length;
  return opens % 2 === 1 && unit.folded.indexOf('"', end) >= 0;
}

function has(re: RegExp, s: string): boolean {
  re.lastIndex = 0;
  return s.length > 0 && re.test(s);
}

/** Where a mocking link ("which explains a lot", « ça explique tout ») ends, within 80 characters after `from`. */
function MOCKING_AFTER(plain: string, from: number): number | null {
  const window = plain.slice(from, from + 80);
  MOCKING.lastIndex = 0;
  const m = MOCKING.exec(window);
  return m ? from + m.index + m[0].length : null;
}

/** A demand match without the clause break or modal that opened it ("…, learn the language" → "learn the language"). */
function trimLead(m: { start: number; end: number; text: string }, unit: Unit): { start: number; end: number; text: string } {
  const lead = /^[^\p{L}]*(?:(?:should|must|need|needs|have|has|to|better|gotta|ought|just|then|please|so|and|et|donc|devraient|doivent|devrait|doit|faut|qu['\u2019]ils|qu['\u2019]elles)[^\p{L}]+)*/u.exec(m.text);
  const start = m.start + (lead ? lead[0].length : 0);
  return { start, end: m.end, text: unit.text.slice(start, m.end) };
}

function detect(unit: Unit): Hit[] {
  const plain = unit.plain;
  const hits: Hit[] = [];
  const friends = findAll(SLUR_FRIENDS, plain);
  for (const m of findAll(SLURS, plain, unit.text)) {
    const word = plainOf(m.text);
    if (unit.locale === 'fr' && ENGLISH_ONLY.has(word)) continue;
    if (friends.some((f) => f.start < m.end && m.start < f.end)) continue;
    if (quoted(unit, m.start, m.end)) continue;
    if (SLUR_REPORTED.test(plain.slice(Math.max(0, m.start - 30), m.start))) continue;
    hits.push({ start: m.start, end: m.end, message: SLUR_MESSAGE });
  }
  const refuted = has(REFUTATION, plain);
  const before = plainBefore(unit);
  const claims = [
    ...findAll(GENERALISATION, plain, unit.text),
    // "Newcomers expect handouts? No, they pay taxes": the claim asked, to be answered.
    ...findAll(VERB_GENERALISATION, plain, unit.text).filter((m) => !/^\s*\?/.test(plain.slice(m.end, m.end + 3))),
    ...findAll(EXCLUSION_AFTER_GROUP, plain, unit.text),
    ...findAll(STANDALONE_EXCLUSION, plain, unit.text),
    ...findAll(HATRED, plain, unit.text),
    ...findAll(PRONOUN_GENERALISATION, plain, unit.text).filter(
      (m) => groupMention(plain.slice(0, m.start)) || groupMention(plain.slice(m.end)) || groupMention(before),
    ),
  ].sort((a, b) => a.start - b.start || b.end - a.end);
  // "If you moved here, learn the language": a language demand made to people who came here.
  const context = (has(LANGUAGE_CONTEXT, plain) || has(LANGUAGE_CONTEXT, before)) && !has(LANGUAGE_HELP, plain);
  if (context) claims.push(...findAll(LANGUAGE_DEMAND, plain, unit.text).map((m) => trimLead(m, unit)));
  // "Half the applicants can't even speak proper English", said of clients or a group.
  for (const m of findAll(LANGUAGE_SCORN, plain, unit.text)) {
    if (has(SCORN_TARGETS, plain.slice(Math.max(0, m.start - 60), m.start))) claims.push(m);
  }
  claims.push(...findAll(STANDALONE_SLIGHTS, plain, unit.text), ...findAll(GROUP_THEN_PRONOUN, plain, unit.text));
  GO_BACK_TO.lastIndex = 0;
  for (let m = GO_BACK_TO.exec(unit.folded); m; m = GO_BACK_TO.exec(unit.folded)) {
    const word = /^[\p{L}-]+/u.exec(unit.folded.slice(m.index + m[0].length))?.[0] ?? '';
    if (/^(?:the|la|le|les|page|menu|step|work|school|bed|sleep)$/i.test(word)) continue;
    const start = m.index + m[0].search(/\p{L}/u);
    claims.push({ start, end: m.index + m[0].length + word.length, text: unit.text.slice(start, m.index + m[0].length + word.length) });
  }
  // "…think they're entitled to everything? Go home.": the exclusion standing alone after the group.
  if (groupMention(plain) || groupMention(before)) {
    for (const m of findAll(GO_HOME, plain, unit.text)) if (/^[\s.!?]*$/.test(plain.slice(m.end, m.end + 3))) claims.push(m);
  }
  // "…never follow the rules, it's cultural": blame of a culture once a group is named.
  if (groupMention(plain) || groupMention(before) || has(NATIONAL_GROUP, plain)) claims.push(...findAll(CULTURE_BLAME, plain, unit.text));
  for (const m of findAll(ATTRIBUTE, plain, unit.text)) {
    const mocked = MOCKING_AFTER(plain, m.end);
    if (mocked && has(PERSON_BEFORE, plain.slice(Math.max(0, m.start - 60), m.start))) claims.push({ ...m, end: mocked });
  }
  claims.sort((a, b) => a.start - b.start || b.end - a.end);
  let lastEnd = -1;
  for (const m of claims) {
    if (m.start < lastEnd) continue;
    // "The myth that immigrants are criminals", "c'est raciste de dire que les immigrés sont paresseux".
    if (refuted || has(DEBUNK, plain.slice(0, m.start))) continue;
    if (quoted(unit, m.start, m.end)) continue;
    lastEnd = m.end;
    hits.push({ start: m.start, end: m.end });
  }
  return hits;
}

export default defineRule({
  id: 'conduct/discrimination',
  category: 'conduct',
  severity: { personal: 'high', professional: 'high', official: 'high' },
  guidelines: ['conduct-respectful-workplace', 'conduct-comment-policy', 'ops-guiding-principles'],
  title: { en: 'Discriminatory language', fr: 'Propos discriminatoires' },
  why: {
    en: 'This paints a whole group, defined by race, origin, religion, sex, sexual orientation, gender identity, age or disability, in a hateful way. Public servants must treat everyone with respect, online too; such words can also breach the Human Rights Code.',
    fr: "Ceci dépeint de façon haineuse tout un groupe défini par la race, l'origine, la religion, le sexe, l'orientation sexuelle, l'identité de genre, l'âge ou un handicap. Les fonctionnaires doivent traiter tout le monde avec respect, en ligne aussi; de tels propos peuvent aussi contrevenir au Code des droits de la personne.",
  },
  detect,
  // Every claim needs one of these: a slur, a group, a negative predicate (after "they're all"),
  // the language context, scorn, a slight, an exclusion ("go back to", "go home"), cultural blame,
  // or an attribute made a joke of. Each is in the sentence's own words, but for the context of a
  // language demand and the group named before a pronoun, "go home" or cultural blame: those read the
  // sentence before only once the demand (LANGUAGE_DEMANDS: the words LANGUAGE_DEMAND's match holds,
  // between a word start and a word end as in lexicon()), the negative predicate, "go home" or the
  // blame is found here. So a trigger of the sentence before alone wakes nothing.
  triggersHere: true,
  triggers: [
    lexicon(LANGUAGE_DEMANDS),
    SLURS, STANDALONE_EXCLUSION, LANGUAGE_CONTEXT, LANGUAGE_SCORN, STANDALONE_SLIGHTS, GO_HOME, CULTURE_BLAME,
    GROUP_LEX,
    NEGATIVE_LEX,
    lexicon([...en.PROTECTED_ATTRIBUTES_EN, ...fr.PROTECTED_ATTRIBUTES_FR]),
    lexicon(['back', 'retournez', 'retourne', 'rentrez']),
  ],
  examples: {
    invalid: [
      // A group named by its culture, blamed for a lack.
      { text: "Every time I inspect a unit on that side of town it's the same. Some cultures just don't understand basic cleanliness.", span: "Some cultures just don't understand basic" },
      { text: "Chaque fois que j'inspecte un logement, c'est la même histoire. Y'a des cultures qui savent juste pas vivre proprement.", span: "Y'a des cultures qui savent juste pas vivre" },
      // A generalisation by what the group is blamed for doing.
      { text: 'Immigrants are always expecting handouts, every single time.', span: 'Immigrants are always expecting handouts' },
      { text: "Les immigrants s'attendent toujours à des cadeaux.", span: "Les immigrants s'attendent toujours à des cadeaux" },
      { text: 'Ces réfugiés-là profitent du système, pis personne dit rien.', span: 'Ces réfugiés-là profitent du système' },
      { text: 'Les Anglos de Toronto sont tous pareils, arrogants pis impolis.', span: 'Les Anglos de Toronto sont tous pareils' },
      { text: 'Ce monde-là vient ici pour vivre sur le BS.', span: 'Ce monde-là vient ici pour vivre' },
      { text: 'Ces assistés sociaux-là sont tous des paresseux.', span: 'Ces assistés sociaux-là sont tous des paresseux' },
      { text: 'Les femmes ont pas leur place comme gestionnaires.', span: 'Les femmes ont pas leur place' },
      { text: "Ma collègue arrive d'Haïti pis elle comprend rien, c'est ça qu'on appelle la diversité je suppose 🙄", span: "c'est ça qu'on appelle la diversité" },
      { text: "Refugees shouldn't even be allowed to apply for housing here.", span: "Refugees shouldn't even be allowed" },
      { text: 'Immigrants are all lazy and just here for the benefits.', span: 'Immigrants are all lazy', severity: 'high' },
      { text: 'Le comptoir était plein de têtes carrées à matin, pis pas un mot de français.', span: 'têtes carrées' },
      { text: 'Honestly, these people are animals and should be sent back.', span: 'these people are animals' },
      { text: 'If you do not like it here, go back to your country.', span: 'go back to your country' },
      { text: 'My neighbour keeps yelling that the new family are a bunch of retards.', span: 'retards' },
      { text: 'Les immigrés sont tous des profiteurs, c’est bien connu.', span: 'Les immigrés sont tous des profiteurs' },
      { text: 'Ces gens-là sont des parasites, point final.', span: 'Ces gens-là sont des parasites' },
      // Language demands to newcomers, scorn for how people speak, tokenism, stereotypes, an attribute mocked.
      { text: 'If you come to this country, learn the language before you ask for help.', span: 'learn the language' },
      { text: 'Half the clients this morning can’t even speak English.', span: 'can’t even speak English' },
      { text: 'She only got the job because she is a woman, classic diversity hire.', span: 'diversity hire' },
      { text: 'Typical woman driver, took her ten minutes to park.', span: 'Typical woman' },
      { text: 'Our new manager is Muslim, which explains a lot about the schedule lol', span: 'is Muslim, which explains a lot' },
      { text: 'Ils viennent ici et ils refusent de parler français. Apprenez la langue!', span: 'Apprenez la langue' },
      { text: 'Encore une femme aux commandes, rien ne va avancer.', span: 'Encore une femme aux commandes' },
      { text: 'Le nouveau directeur est gai, ça explique bien des choses.', span: 'est gai, ça explique bien des choses' },
      { text: 'Why do all these refugees think they’re entitled to everything? Go home.', span: 'refugees think they’re entitled' },
      { text: 'Not to be racist but the Somali families at our office never follow the rules.', span: 'Not to be racist but' },
      { text: 'Les Arabes au comptoir sont toujours agressifs, c’est culturel.', span: 'c’est culturel' },
      { text: 'Muslims don’t belong in this country, period.', span: 'Muslims don’t belong in' },
      { text: 'You don’t like it here? Go back to Syria.', span: 'Go back to Syria' },
    ],
    valid: [
      // A subset named by a relative clause, and cultures described, not blamed.
      'Newcomers who don’t understand basic tenant rights can call the legal clinic for free advice.',
      'Certaines cultures fêtent le Nouvel An au printemps : belle découverte au centre communautaire.',
      // The claim asked to be answered, or refuted.
      'Newcomers expect handouts? No, they pay taxes like everyone else.',
      "Les immigrants profitent du système? Faux : ils paient plus d'impôts qu'ils n'en reçoivent.",
      'Les francophones de Sudbury sont fiers de leur drapeau.',
      'Les femmes ont leur place partout, y compris à la direction.',
      "On dit que les femmes ont pas leur place en génie : c'est un préjugé.",
      "Kids shouldn't even be allowed to stay up this late on a school night.",
      'It is a myth that immigrants are criminals: the data say the opposite.',
      'Immigrants are not a burden; they built this province.',
      'Proud to march in the Dyke March with my team this Saturday.',
      'Newcomers are eligible for free language classes across Ontario.',
      'Le train est en retard et je vais arriver plus tard au bureau.',
      'Les nouveaux arrivants sont admissibles à des cours de langue gratuits.',
      'Newcomers can learn English for free at the public library.',
      'Learn French this summer with the free online courses at ontario.ca!',
      'My grandmother barely speaks English, so I translate at her appointments.',
      'My brother is gay and I am so proud of him for speaking at the Pride breakfast.',
      'Apprenez le français cet été avec les cours gratuits de la bibliothèque!',
      'Ma collègue est enceinte, toute l’équipe est tellement contente pour elle!',
      'Newcomers often worry that they are a burden; our settlement workers tell them otherwise.',
      'If you want to work in Ontario, learn English or French with the free classes at the library.',
      'Our office closes at 4 today, newcomers and staff alike: go home safe!',
      'Thanks for your kind words about our Pride event!',
      'Go back to the main page and click Apply.',
      'After my holidays I go back to Ottawa on Monday.',
      "C'est un préjugé de dire que les réfugiés sont paresseux.",
    ],
  },
});

/** The patterns built as Sequences, for tests/sequence.test.ts. */
export const SEQUENCES = { GENERALISATION, VERB_GENERALISATION, EXCLUSION_AFTER_GROUP, HATRED, GROUP_THEN_PRONOUN, PRONOUN_GENERALISATION };
