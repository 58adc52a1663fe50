// Replying to a member of the public with hostility or dismissal: "you clearly didn't read",
// "stop whining", "get a life", "ratio", "vous n'avez rien compris". Official channels owe the public
// courteous service and every public servant's conduct reflects on the public service (shared
// reference "guidelines" §1.6, §7). A caution on a personal account; a real problem when the
// account speaks with professional or official weight.
import { plainBefore } from '../../text/unit.js';
import { defineRule } from '../../define-rule.js';
import { findAll, keyPieces, lexicon, type Match } from '../../match.js';
import type { Hit, Unit } from '../../types.js';
import * as en from '../../lexicons/en/conduct-public-replies.js';
import * as fr from '../../lexicons/fr/conduct-public-replies.js';
import { quoted } from './insult.js';

const ANYWHERE = lexicon([...en.DISMISSIVE_REPLIES_EN, ...fr.DISMISSIVE_REPLIES_FR]);
const STANDALONE = lexicon([...en.STANDALONE_REPLIES_EN, ...fr.STANDALONE_REPLIES_FR]);
const SAFE = lexicon([...en.DISMISSIVE_SAFE_CONTEXT_EN, ...fr.DISMISSIVE_SAFE_CONTEXT_FR]);

/** What may open a one-phrase reply: the start, a clause break, an @handle, a filler ("lol", "ok", "bon"). */
const OPENS =
  /(?:^|[.!?,;:\u2026]|@[\p{L}\p{N}_.-]+)\s*(?:(?:lol|lmao|just|so|ok|okay|oh|um|well|yeah|yes|bro|buddy|pal|dude|sir|maam|ma'am|mdr|ben|bon|voyons|franchement|alors|et|now|maybe|pls|please|honestly|seriously)[\s,]+){0,2}$/u;
/** What may close it: the end, a clause break, an emoji or a filler. */
const CLOSES =
  /^(?:\s*$|\s*[.!?,;:)\u2026]|\s*[\p{Extended_Pictographic}]|\s+(?:lol|lmao|bro|buddy|pal|dude|already|then|now|mdr|voyons|franchement|pis|ok)(?![\p{L}]))/u;
/** "my dog won't stop whining", "kids grow up fast": a description, not a reply. */
const DESCRIPTIVE_BEFORE = /(?:won['\u2019]?t|can['\u2019]?t|didn['\u2019]?t|doesn['\u2019]?t|wouldn['\u2019]?t|couldn['\u2019]?t|never|not|to|will|would|kids|children)\s+$/u;

// "Your question is stupid", "your take is a joke", « ta question est stupide », « votre commentaire est
// ridicule »: the person's own words judged, in any pairing of a reply noun and a judging word.
const CONTRIBUTION_JUDGED = new RegExp(
  '(?<![\\p{L}])(?:your|ur|ta|ton|tes|votre|vos)\\s+(?:(?:little|latest|last|whole|petite?|dernier|derniere)\\s+)?' +
    '(?:questions?|comments?|repl(?:y|ies)|takes?|posts?|tweets?|arguments?|logic|points?|opinions?|ideas?|theor(?:y|ies)|rants?|' +
    'commentaires?|reponses?|logique|publications?|messages?|raisonnement|idees?|theories?|argumentaire)\\s+' +
    '(?:is|are|was|were|sounds|seems|est|sont|etait|semble|a\\s+l\'air)\\s+' +
    '(?:(?:so|really|just|pretty|incredibly|truly|beyond|honestly|vraiment|tellement|completement|totalement|franchement|juste|carrement|assez)\\s+)?' +
    '(?:stupid|dumb|idiotic|moronic|ridiculous|absurd|pathetic|laughable|ignorant|clueless|brain-?dead|asinine|garbage|trash|nonsense|' +
    'embarrassing|useless|a\\s+joke|stupides?|idiotes?|debiles?|ridicules?|absurdes?|nulle?s?|pathetiques?|ignorantes?|niaiseu(?:x|ses?)|' +
    'imbeciles?|insignifiantes?|une\\s+blague|une\\s+farce|n\'importe\\s+quoi|du\\s+n\'importe\\s+quoi|de\\s+la\\s+(?:merde|marde|foutaise))(?![\\p{L}])',
  'gu',
);
// "You clearly have no clue what you're talking about", "you honestly don't know what you're on
// about", « t'as clairement aucune idée de quoi tu parles », « vous savez visiblement pas de quoi vous
// parlez »: the stock put-down with a sentence adverb inside it, which a phrase list misses. It
// needs the adverb (the bare forms are in the lexicons) and either "what you're talking about" or
// the end of the clause, so "you really have no idea how much this means" stays thanks.
const CLUELESS_EN = "(?<![\\p{L}])(?:you|u|ya)\\s+(?:ADV)\\s+(?:(?:have|got|have\\s+got)\\s+(?:no|zero|not\\s+the\\s+(?:slightest|faintest|first))\\s+(?:idea|clue)|(?:don't|dont|do\\s+not)\\s+(?:know|understand))";
const CLUELESS_FR = "(?<![\\p{L}])(?:t'as|t'a|tu\\s+as|tu\\s+n'as|vous\\s+avez|vous\\s+n'avez)\\s+(?:ADV)\\s+(?:aucune|pas|pas\\s+la\\s+moindre)\\s+idee";
const TALKING_ABOUT = "(?=\\s+what\\s+(?:you|u)(?:'re|\\s+are|re|\\s+were)?\\s+(?:talking|on\\s+about|saying|going\\s+on\\s+about)|\\s+de\\s+(?:quoi|ce\\s+que|ce\\s+dont)\\s+(?:tu|vous)\\s)";
const CLAUSE_END_AHEAD = '(?=\\s*(?:[.!?,;]|$))';
/** Adverbs that make the put-down plain even when the clause stops there ("you clearly have no clue."). */
const PLAIN_ADV = 'clearly|obviously|evidently|apparently|clairement|visiblement|manifestement|evidemment|de\\s+toute\\s+evidence';
/** Adverbs that also go with thanks ("you really have no idea how much…"): only with "what you're talking about". */
const OTHER_ADV = 'honestly|really|genuinely|seriously|literally|absolutely|truly|just|simply|vraiment|franchement|juste|absolument|carrement|honnetement';
const CLUELESS_ADVERBED = new RegExp(
  [
    CLUELESS_EN.replace('ADV', PLAIN_ADV) + `(?:${TALKING_ABOUT}|${CLAUSE_END_AHEAD})`,
    CLUELESS_EN.replace('ADV', OTHER_ADV) + TALKING_ABOUT,
    CLUELESS_FR.replace('ADV', PLAIN_ADV) + `(?:${TALKING_ABOUT}|${CLAUSE_END_AHEAD})`,
    CLUELESS_FR.replace('ADV', OTHER_ADV) + TALKING_ABOUT,
    `(?<![\\p{L}])(?:tu|vous)\\s+(?:ne\\s+)?(?:sais|savez)\\s+(?:${PLAIN_ADV}|${OTHER_ADV})\\s+(?:pas|rien)\\s+de\\s+quoi\\s+(?:tu|vous)\\s+parle(?:s|z)?`,
  ].join('|'),
  'gu',
);

// A one-word verdict standing as its own sentence ("Pathetic.", « Pathétique. ») after the post has
// turned to the people it answers: an @handle, "some of you", "in the replies", « certains d'entre vous ».
const VERDICT_WORDS = [
  'pathetic', 'embarrassing', 'ridiculous', 'laughable', 'sad', 'yikes', 'unbelievable', 'pathetique', 'lamentable', 'ridicule',
  'navrant', 'desolant', 'decourageant', 'affligeant',
];
const VERDICT = new RegExp(`^(\\s*)(${VERDICT_WORDS.join('|')})[\\s.!\u2026]*$`, 'u');
const ADDRESSED =
  /@[\p{L}\p{N}_]|(?<![\p{L}])(?:some|those|half|most|all|many|a\s+lot)\s+of\s+you(?![\p{L}])|(?<![\p{L}])you\s+people(?![\p{L}])|(?:in|to)\s+(?:the|my|our)\s+(?:replies|comments|mentions|dms)|(?<![\p{L}])(?:certains|certaines|plusieurs|la\s+moitie)\s+d'entre\s+vous|vous\s+autres|dans\s+les\s+commentaires|dans\s+les\s+reponses/u;

// « Voyons donc », « ben voyons », « c'est ça oui »: disbelief, said of a referee's call or of snow in May as
// well as to a person; a reply only when someone is addressed, here or in the sentence before.
const DISBELIEF = /^(?:ben\s+)?voyons(?:\s+donc)?$|^c'est\s+ca\s+oui$/u;
const ADDRESSEE = /@[\p{L}\p{N}_]|(?<![\p{L}])(?:you|your|u|ur|ya|tu|t'|te|toi|vous|votre|vos|ton|ta|tes|madame|monsieur|mme|sir|ma'am|maam)(?![\p{L}])/u;

// "hydrate, be kind, log off", « buvez de l'eau, sortez dehors »: the phrase as one item of self-care advice to all.
const SELF_CARE = lexicon([
  'hydrate', 'drink water', 'be kind', 'be gentle', 'rest', 'stretch', 'sleep', 'take care', 'breathe', 'eat something',
  'take a break', 'hydratez-vous', 'hydrate-toi', "buvez de l'eau", 'soyez gentils', 'reposez-vous', 'prenez soin de vous',
  'respirez', 'prenez une pause',
]);

function standalone(unit: Unit, m: Match): boolean {
  if (!(OPENS.test(unit.plain.slice(Math.max(0, m.start - 40), m.start)) && CLOSES.test(unit.plain.slice(m.end, m.end + 12)))) return false;
  if (findAll(SELF_CARE, unit.plain.slice(Math.max(0, m.start - 40), m.start)).length > 0) return false;
  return !DISBELIEF.test(unit.plain.slice(m.start, m.end)) || addressed(unit);
}

// "The Premier's RTO mandate is a joke… Thanks for nothing.", "the ministry should read the room": said of an
// institution as easily as to a person; a reply only when someone is addressed, here or in the sentence before.
const NEEDS_ADDRESSEE = /^(?:thanks for nothing|read the room)$/;

function addressed(unit: Unit): boolean {
  const before = plainBefore(unit);
  return ADDRESSEE.test(unit.plain) || ADDRESSED.test(unit.plain) || ADDRESSEE.test(before) || ADDRESSED.test(before);
}

// "Thanks for your 14th comment today, Mr. Lavoie 🙄", « merci pour votre énième message »: thanks that count the
// person's comments (from the third), sarcasm at someone who writes in; and an eye-roll aimed at the person answered.
const SARCASTIC_THANKS =
  /(?<![\p{L}])(?:thanks|thank\s+you|merci)\s+(?:(?:again|encore)\s+)?(?:for|pour)\s+(?:your|ton|ta|votre)\s+(?:(?:[3-9]|\d{2,})(?:rd|th|e|eme|ieme)|umpteenth|nth|millionth|latest|enieme|centieme|millieme)\s+(?:comments?|messages?|repl(?:y|ies)|posts?|emails?|e-mails?|tweets?|commentaires?|courriels?|publications?)(?![\p{L}])/gu;
// The eye-roll right after a handle, or after a title and name in a sentence that speaks to the person ("Mr. Right 🙄" alone is a joke).
const EYE_ROLL_AT_HANDLE = /(?<![\p{L}\p{N}_.@])@[\p{L}\p{N}_]+(?:\.[\p{L}\p{N}_]+)*[\s,!.]*\u{1F644}/gu;
const EYE_ROLL_AT_NAME = /(?<![\p{L}])(?:Mr|Mrs|Ms|M|Mme|Madame|Monsieur)\.?\s+\p{Lu}[\p{L}'-]+[\s,!.]*\u{1F644}/gu;
const SPEAKS_TO = /(?<![\p{L}])(?:you|your|vous|votre|vos|tu|ton|ta|tes|t['\u2019])(?![\p{L}])/u;

function detect(unit: Unit): Hit[] {
  const plain = unit.plain;
  const found = [
    ...findAll(SARCASTIC_THANKS, plain, unit.text),
    ...(unit.text.includes('\u{1F644}') ? findAll(EYE_ROLL_AT_HANDLE, unit.text) : []),
    ...(unit.text.includes('\u{1F644}') && SPEAKS_TO.test(plain) ? findAll(EYE_ROLL_AT_NAME, unit.text) : []),
    ...findAll(ANYWHERE, plain, unit.text).filter((m) => !NEEDS_ADDRESSEE.test(plain.slice(m.start, m.end)) || addressed(unit)),
    ...findAll(STANDALONE, plain, unit.text).filter((m) => standalone(unit, m)),
  ];
  if (/(?:^|[^\p{L}])(?:your|ur|ta|ton|tes|votre|vos)\s/u.test(plain)) found.push(...findAll(CONTRIBUTION_JUDGED, plain, unit.text));
  found.push(...findAll(CLUELESS_ADVERBED, plain, unit.text));
  const verdict = VERDICT.exec(plain);
  if (verdict && (ADDRESSED.test(plainBefore(unit)) || ADDRESSED.test(plain))) {
    const start = verdict[1]!.length;
    const end = start + verdict[2]!.length;
    found.push({ start, end, text: unit.text.slice(start, end) });
  }
  if (found.length === 0) return [];
  const safe = findAll(SAFE, plain);
  const hits: Hit[] = [];
  let lastEnd = -1;
  for (const m of found.sort((a, b) => a.start - b.start || b.end - a.end)) {
    if (m.start < lastEnd) continue;
    if (safe.some((s) => s.start < m.end && m.start < s.end)) continue;
    if (DESCRIPTIVE_BEFORE.test(plain.slice(Math.max(0, m.start - 20), m.start))) continue;
    // « Arrête de chialer pis mange ta soupe », said by an aunt and quoted: reported, not a reply.
    if (quoted(unit, m.start, m.end)) continue;
    lastEnd = m.end;
    hits.push({
      start: m.start,
      end: m.end,
      suggestion: {
        label: { en: 'Remove the dismissive phrase', fr: 'Retirer la remarque méprisante' },
        replacement: '',
      },
    });
  }
  return hits;
}

export default defineRule({
  id: 'conduct/arguing-with-public',
  category: 'conduct',
  severity: { personal: 'medium', professional: 'high', official: 'high' },
  guidelines: ['conduct-comment-policy', 'ops-official-account', 'ops-guiding-principles'],
  title: { en: 'Hostile reply to the public', fr: 'Réponse hostile au public' },
  why: {
    en: 'This talks down to the person you are answering. Public servants owe the public courtesy, and a sharp reply can be screenshotted and shared as the public service’s voice. Answer the point, or let it go.',
    fr: "Ceci rabaisse la personne à qui vous répondez. Les fonctionnaires doivent courtoisie au public, et une réplique cinglante peut circuler en capture d'écran comme si c'était la voix de la fonction publique. Répondez sur le fond, ou laissez tomber.",
  },
  // Every hit holds, in its own sentence, a phrase of its two lists, a judging word after "your
  // question is…", the "idea"/"clue"/"know" of a put-down, or a one-word verdict: a sentence with none
  // of these has nothing for detect() to find.
  triggersHere: true,
  triggers: [
    ANYWHERE,
    STANDALONE,
    ...keyPieces([
      'stupid', 'dumb', 'idiot', 'moron', 'ridicul', 'absurd', 'pathet', 'laughable', 'ignorant', 'clueless', 'brain', 'asinine',
      'garbage', 'trash', 'nonsense', 'embarrass', 'useless', 'joke', 'debile', 'nul', 'niaiseu', 'imbecile', 'insignifiant',
      'blague', 'farce', 'importe', 'merde', 'marde', 'foutaise',
      'idea', 'clue', 'know', 'understand', 'idee', 'parle',
      ...VERDICT_WORDS,
      // SARCASTIC_THANKS by its ordinal and noun (not by "thanks", in a third of harmless sentences).
      'umpteenth', 'millionth', 'nth', 'latest comment', 'latest message', 'latest repl', 'latest post', 'latest email',
      'th comment', 'th message', 'th repl', 'th post', 'th email', 'th e-mail', 'th tweet', 'rd comment', 'rd message', 'rd repl',
      'rd post', 'e commentaire', 'e courriel', 'e publication', 'enieme', 'centieme', 'millieme',
    ], 'none'),
    // EYE_ROLL_AT_HANDLE and EYE_ROLL_AT_NAME by their emoji.
    /\u{1F644}/u,
  ],
  detect,
  examples: {
    invalid: [
      // Sarcastic thanks that count someone's comments, an eye-roll at the person answered.
      { text: 'FR : Merci pour votre 12e commentaire aujourd’hui, Mme Gagnon 🙄 / EN: Thanks for your 12th comment today, Mrs. Gagnon 🙄', span: 'Merci pour votre 12e commentaire', mode: 'official' },
      { text: '@kev_ottawa Thanks for your umpteenth reply, we heard you the first time.', span: 'Thanks for your umpteenth reply', mode: 'official' },
      { text: 'As we told you yesterday, Mr. Tremblay 🙄', span: 'Mr. Tremblay 🙄', mode: 'official' },
      { text: '@kev_ottawa 🙄 the form is on the website.', span: '@kev_ottawa 🙄', mode: 'official' },
      // Sending a woman back to the kitchen.
      { text: 'Ma belle, laisse ça aux professionnels pis retourne à tes chaudrons.', span: 'retourne à tes chaudrons', mode: 'professional' },
      { text: '@jenn_k Go make me a sandwich, sweetheart.', span: 'Go make me a sandwich', mode: 'professional' },
      { text: '@dmorin88 I answered your question twice already. Thanks for nothing.', span: 'Thanks for nothing', mode: 'professional' },
      // Disbelief said to someone addressed.
      { text: 'Vous avez pas lu le formulaire? Voyons donc.', span: 'Voyons donc', mode: 'professional' },
      // Sending the public off to live elsewhere, any place named: « allez donc vivre à Gatineau ».
      { text: 'Si le service vous plaît pas, allez donc vivre à Montréal.', span: 'allez donc vivre à', mode: 'professional' },
      { text: "La réponse est dans la FAQ, que vous n'avez manifestement pas lue.", span: "vous n'avez manifestement pas", mode: 'official' },
      { text: "Si t'aimes pas ça, crisse ton camp.", span: 'crisse ton camp' },
      { text: "Pis toi, la madame en arrière, t'as-tu fini de brailler?", span: "t'as-tu fini de brailler" },
      { text: 'Arrêtez de nous écoeurer avec vos plaintes, on fait notre travail.', span: 'Arrêtez de nous écoeurer' },
      { text: 'Allez donc vous plaindre ailleurs, on a du travail.', span: 'Allez donc vous plaindre' },
      { text: "@citoyen123 toé tu fermes ta boîte, t'en sais rien.", span: 'fermes ta boîte' },
      { text: "Retourne à l'école.", span: "Retourne à l'école" },
      { text: 'Called us twelve times about his cheque this week. Get a job.', span: 'Get a job', mode: 'personal' },
      { text: "Trois appels aujourd'hui pour son chèque. Trouve-toi une job.", span: 'Trouve-toi une job', mode: 'personal' },
      { text: 'To the clown who keeps parking in the accessible spot at our office: grow a brain.', span: 'grow a brain', mode: 'professional' },
      { text: "@sandra_k We've answered this three times already. Try paying attention.", span: 'Try paying attention', mode: 'official' },
      { text: '@mfortin Sérieux, t’es-tu capable de lire une phrase au complet?', mode: 'professional' },
      { text: '@taxpayer_88 You clearly didn’t read the announcement before commenting.', span: 'You clearly didn’t read', mode: 'official', severity: 'high' },
      { text: 'Stop whining, the new hours are posted on the website.', span: 'Stop whining', mode: 'professional' },
      { text: 'Get a life, nobody cares about your parking ticket.', span: 'Get a life', severity: 'medium' },
      { text: '@roadwatcher Grow up.', span: 'Grow up', mode: 'professional', severity: 'high' },
      { text: "Vous n'avez rien compris au programme, relisez la page.", span: "Vous n'avez rien compris", mode: 'official' },
      { text: '@citoyen42 Arrête de chialer, les heures sont affichées depuis lundi.', span: 'Arrête de chialer', mode: 'professional' },
      { text: '@kevin_on Please educate yourself before posting about the program.', span: 'Please educate yourself', mode: 'official' },
      { text: 'To the driver in the blue pickup at our Timmins office: you’re old enough to know better.', span: 'you’re old enough to know better' },
      { text: '@mike_r Do your research before spreading misinformation on our page.', span: 'before spreading misinformation', mode: 'official' },
      { text: '@citoyen_m Vous dites n’importe quoi. Renseignez-vous avant de publier.', span: 'Vous dites n’importe quoi', mode: 'official' },
      { text: '@julie_b Honte à vous de publier de telles bêtises.', span: 'Honte à vous', mode: 'official' },
      { text: '@gilles_r Si vous aviez lu notre publication, vous ne poseriez pas cette question.', span: 'Si vous aviez lu', mode: 'official' },
      { text: '@concerned_mom Nobody asked for your opinion on vaccine schedules.', span: 'Nobody asked for your', mode: 'professional' },
      // The person's own words judged, in any pairing; a one-word verdict once the post turns to its readers.
      { text: '@mike_r your take is a joke.', span: 'your take is a joke', mode: 'official' },
      { text: 'Franchement, ta question est stupide. Renseigne-toi avant d’écrire.', span: 'ta question est stupide', mode: 'official' },
      { text: 'Votre commentaire est complètement ridicule.', span: 'Votre commentaire est complètement ridicule', mode: 'professional' },
      { text: 'Some of you in the replies need to learn to read before you type. Pathetic.', span: 'Pathetic', mode: 'professional' },
      { text: 'Certains d’entre vous dans les commentaires devraient relire le communiqué. Pathétique.', span: 'Pathétique', mode: 'official' },
      // The stock put-down with an adverb inside ("you clearly have no clue"), in both languages.
      { text: "@mike_r you clearly have no clue what you're talking about.", span: 'you clearly have no clue', mode: 'professional' },
      { text: '@dchen You obviously don’t know what you’re talking about, the fee was posted in May.', span: 'You obviously don’t know', mode: 'official' },
      { text: "@marc_t t'as clairement aucune idée de quoi tu parles.", span: "t'as clairement aucune idée", mode: 'professional' },
      { text: '@lise_g Vous savez visiblement pas de quoi vous parlez.', span: 'Vous savez visiblement pas de quoi vous parlez', mode: 'official' },
      // « Épargnez-moi », the twin of 'spare me'.
      { text: "Encore un contribuable qui pense qu'on travaille pour lui personnellement. Épargnez-moi.", span: 'Épargnez-moi', mode: 'professional' },
    ],
    valid: [
      // Thanks for a first or a kind message; an eye-roll at oneself.
      'Thanks for your comment, Mrs. Gagnon! We have passed it on to the licensing team.',
      'Merci pour votre 1er commentaire sur notre page, bienvenue!',
      'Me, forgetting my lunch again 🙄',
      'Still waiting for Mr. Right 🙄',
      'Thanks for your 2nd comment, we have passed it along to the team.',
      // A kitchen of one's own.
      'Get back in the kitchen, the oven timer just went off!',
      'Je retourne à mes chaudrons : la soupe aux pois mijote depuis midi.',
      // Sarcastic thanks to an institution, with nobody addressed.
      { text: "The Premier's return-to-office mandate is a joke. Thanks for nothing.", mode: 'personal' },
      // One item of self-care advice to everyone.
      'working the complaints line today and a guy yelled for 20 min straight. anyway. hydrate, be kind, log off',
      "Longue journée au comptoir. Buvez de l'eau, prenez une pause, sortez dehors.",
      // Disbelief at a referee's call or at the weather, with nobody addressed.
      "Décision complètement ridicule de l'arbitre dans le match de mon gars. Un hors-jeu sur une passe dans sa propre zone? Voyons donc.",
      'Voyons donc, il neige encore en mai!',
      "The ref called offside on a pass in his own zone? Come on.",
      // A shrug about one's own remit, said to nobody.
      'Bus was 40 minutes late again this morning. (City transit, not my department, not my problem.)',
      "Encore un nid-de-poule sur la 17. C'est la ville, pas mon département, pas mon problème!",
      'On est allés vivre à Gatineau en 2019 pis on adore ça.',
      // Thanks share the words of the put-down: "you really have no idea how much…", « à quel point ».
      'You really have no idea how much your cards meant to our team this week.',
      "T'as vraiment aucune idée à quel point ton message m'a fait du bien.",
      'Honestly, you have no idea, thank you all for coming out.',
      'Épargnez-moi les détails, je veux juste savoir si le gâteau était bon!',
      "Je l'ai visiblement pas lu assez vite, mon erreur!",
      'Faut savoir lire entre les lignes.',
      // Quoted advice from family, going back to school, a lunch box.
      "Ma tante dit toujours : « Arrête de chialer pis mange ta soupe. » Je l'aime.",
      "Je retourne à l'école en septembre, fébrile!",
      'Ferme ta boîte à lunch comme il faut, sinon ça coule.',
      'Kids, get a job this summer, it builds character.',
      'Mon neveu va travailler au camp cet été, trop fier de lui!',
      { text: 'Pay attention to the detour signs on Highway 17 this week.', mode: 'official' },
      { text: 'Êtes-vous capables de lire ce texte? Testez votre vue à la clinique mobile.', mode: 'official' },
      'Thanks for reaching out! You can find the new hours on ontario.ca.',
      'Kids grow up so fast: my daughter starts high school tomorrow.',
      'We will deal with it promptly and get back to you by Friday.',
      'Our Learn to Read program for adults starts in September.',
      'The debt-to-income ratio is one of the factors we look at.',
      'Merci de votre message! Les nouvelles heures sont sur ontario.ca.',
      'Notre programme aide les adultes qui apprennent à lire.',
      { text: 'No question is a silly question: ask us anything about the new forms.', mode: 'official' },
      'Dumb question: are ServiceOntario centres open on Easter Monday?',
      'Question niaiseuse : les centres ServiceOntario sont-tu ouverts le lundi de Pâques?',
      { text: 'Vous devriez recevoir votre carte d’ici deux semaines.', mode: 'official' },
      { text: 'Educate yourself on the signs of heat stroke before the long weekend.', mode: 'official' },
      { text: 'Renseignez-vous avant de partir en randonnée dans le parc.', mode: 'official' },
      { text: 'Your question is a great one, thanks for asking!', mode: 'official' },
      { text: 'Ton idée est géniale, on l’essaie lundi!', mode: 'professional' },
      { text: 'The Leafs lost 7-1 again. Pathetic.', mode: 'professional' },
      { text: 'Ma recette de tarte est ridicule tellement elle est simple.', mode: 'professional' },
      { text: 'Our Learn to Read program helps adults who can’t read yet.', mode: 'official' },
    ],
  },
});
