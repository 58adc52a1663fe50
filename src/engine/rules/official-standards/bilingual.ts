// An official post must exist in English and French, equivalent and at the same time (French
// Language Services Act; Communications in French Directive; OPS official-account guidelines).
// The check weighs each sentence's language by its function words and flags a post with
// substantial text in one language only; hashtags, handles and links do not count. A reply from an
// official account is public content too: it is checked like a post, with its own message.
import { defineRule } from '../../define-rule.js';
import type { Hit, Locale, Span, Unit } from '../../types.js';
import { phraseMayCross, stretches, type JoinableFacts } from '../../joined-facts.js';
import { splitSentences } from '../../text/segment.js';
import { decideLocale, scoreLocale } from '../../text/locale.js';
import { has, lexicon } from '../../match.js';
import { ENGLISH_CUES } from '../../lexicons/en/official-language-cues.js';
import { FRENCH_CUES } from '../../lexicons/fr/official-language-cues.js';

const MIN_WORDS = 6;
const MINORITY_SHARE = 0.3;
const WORD = /\p{L}+/gu;
// Bilingual posts often put both versions on one line: "Join us! / Joignez-vous à nous!"
const PART = /\s[/|]\s|\s[-\u2013\u2014]{1,2}\s(?=(?:fr|en|fran|eng)\b)/g;
// A post that points to its other-language twin ("Version française : ontario.ca/fr/…").
const TWIN = lexicon([
  'version francaise', 'en francais', 'francais :', 'francais:', 'fr :', 'fr:', '(fr)', 'in french', 'french version',
  'english version', 'in english', 'english :', 'english:', 'en :', 'en:', '(en)', 'en anglais', 'version anglaise',
]);

const LATER = lexicon([
  'to follow', 'coming soon', 'coming later', 'later today', 'this afternoon', 'tomorrow', 'will follow', 'to come',
  'a suivre', 'suivra', 'plus tard', 'sous peu', 'demain', 'cet apres-midi', 'a venir',
]);

// What a deferral names: the other version, the translation.
const DEFERRED_TWIN = /\b(?:francais|francaise|french|anglais|anglaise|english|version|texte|text|traduction|translation)\b/;

const EN_CUES = new Set(ENGLISH_CUES);
const FR_CUES = new Set(FRENCH_CUES);
const CUE_WORD = /[\p{L}-]+/gu;

/** The engine's function-word score, helped by content words for short lines without function words.
 * `piece` is lower case; `plain` is the same text without accents. */
function languageOf(piece: string, plain: string): Locale | null {
  const score = scoreLocale(piece);
  CUE_WORD.lastIndex = 0;
  for (let m = CUE_WORD.exec(plain); m; m = CUE_WORD.exec(plain)) {
    if (EN_CUES.has(m[0])) score.en += 0.5;
    if (FR_CUES.has(m[0])) score.fr += 0.5;
    else if (m[0].includes('-')) for (const w of m[0].split('-')) if (FR_CUES.has(w)) score.fr += 0.5;
  }
  return decideLocale(score);
}

interface Part {
  start: number;
  end: number;
  locale: Locale;
  words: number;
}

function parts(unit: Unit): Part[] {
  const out: Part[] = [];
  // Masked spans (links, handles, hashtags) are blanked: "#EmploisOntario" is no French sentence.
  const blank = (view: string) => {
    const chunks: string[] = [];
    let at = 0;
    for (const m of unit.masked) {
      chunks.push(view.slice(at, m.start), ' '.repeat(m.end - m.start));
      at = m.end;
    }
    chunks.push(view.slice(at));
    return chunks.join('');
  };
  const blanked = blank(unit.lower);
  const blankedPlain = blank(unit.plain);
  for (const s of splitSentences(unit.text)) {
    const sentence = blanked.slice(s.start, s.end);
    const pieces: [number, number][] = [];
    let from = 0;
    PART.lastIndex = 0;
    for (let m = PART.exec(sentence); m; m = PART.exec(sentence)) {
      pieces.push([from, m.index]);
      from = m.index + m[0].length;
    }
    pieces.push([from, sentence.length]);
    for (const [a, b] of pieces) {
      const piece = sentence.slice(a, b);
      const locale = languageOf(piece, blankedPlain.slice(s.start + a, s.start + b));
      if (!locale) continue;
      const words = piece.match(WORD)?.length ?? 0;
      out.push({ start: s.start + a, end: s.start + b, locale, words });
    }
  }
  return out;
}

interface Facts extends JoinableFacts {
  /** Words in each language, but for parts that promise the other version for later. */
  en: number;
  fr: number;
  /** The first part in each language (white space trimmed), or null. */
  first: Record<Locale, Span | null>;
  twin: boolean;
  later: boolean;
}

function factsOf(unit: Unit): Facts {
  const f: Facts = { joinNext: phraseMayCross(unit), en: 0, fr: 0, first: { en: null, fr: null }, twin: has(unit, TWIN), later: has(unit, LATER) };
  for (const p of parts(unit)) {
    if (!f.first[p.locale]) {
      let start = p.start;
      let end = p.end;
      while (start < end && /\s/.test(unit.text[start]!)) start++;
      while (end > start && /\s/.test(unit.text[end - 1]!)) end--;
      f.first[p.locale] = { start, end };
    }
    // "Le texte français suivra sous peu", "(Version française à venir)": a promise of the twin, not its content.
    const piece = unit.plain.slice(p.start, p.end);
    LATER.lastIndex = 0;
    if (LATER.test(piece) && DEFERRED_TWIN.test(piece)) continue;
    if (p.locale === 'en') f.en += p.words;
    else f.fr += p.words;
  }
  return f;
}

const memo = { last: new Map<string, Facts>() };

const REPLY_MESSAGES: Record<Locale, { en: string; fr: string }> = {
  en: {
    en: 'This official reply is in English only. A reply from an official account is public content: add the French version (or answer in both languages) so it meets the French Language Services Act.',
    fr: "Cette réponse officielle est seulement en anglais. Une réponse d'un compte officiel est un contenu public : ajoutez la version française (ou répondez dans les deux langues) pour respecter la Loi sur les services en français.",
  },
  fr: {
    en: 'This official reply is in French only. A reply from an official account is public content: add the English version (or answer in both languages) so everyone can read it.',
    fr: "Cette réponse officielle est seulement en français. Une réponse d'un compte officiel est un contenu public : ajoutez la version anglaise (ou répondez dans les deux langues) pour que tout le monde puisse la lire.",
  },
};

const SHORT_TWIN_WORDS = 4;
const SHORT_TWIN_SHARE = 0.15;
const SHORT_TWIN_MESSAGES: Record<Locale, { en: string; fr: string }> = {
  en: {
    en: 'The French version of this official post is much shorter than the English. Both versions must say the same thing: check that nothing is left out of the French.',
    fr: "La version française de cette publication officielle est beaucoup plus courte que l'anglaise. Les deux versions doivent dire la même chose : vérifiez que rien ne manque en français.",
  },
  fr: {
    en: 'The English version of this official post is much shorter than the French. Both versions must say the same thing: check that nothing is left out of the English.',
    fr: "La version anglaise de cette publication officielle est beaucoup plus courte que la française. Les deux versions doivent dire la même chose : vérifiez que rien ne manque en anglais.",
  },
};

const MESSAGES: Record<Locale, { en: string; fr: string }> = {
  en: {
    en: 'This official post is in English only. Official content must be in English and French at the same time: publish the French version simultaneously, or make the post bilingual.',
    fr: "Cette publication officielle est seulement en anglais. Le contenu officiel doit paraître en français et en anglais en même temps : publiez la version française simultanément, ou rendez la publication bilingue.",
  },
  fr: {
    en: 'This official post is in French only. Official content must be in English and French at the same time: publish the English version simultaneously, or make the post bilingual.',
    fr: "Cette publication officielle est seulement en français. Le contenu officiel doit paraître en français et en anglais en même temps : publiez la version anglaise simultanément, ou rendez la publication bilingue.",
  },
};

export default defineRule({
  id: 'official-standards/bilingual',
  category: 'official-standards',
  scope: 'text',
  severity: { personal: 'off', professional: 'off', official: 'medium' },
  guidelines: ['ops-official-french', 'ops-official-account'],
  title: { en: 'Official post in one language only', fr: 'Publication officielle dans une seule langue' },
  why: {
    en: 'Official content must be published in English and French, equivalent and at the same time. Publish the other-language version simultaneously, or post bilingually.',
    fr: "Le contenu officiel doit être publié en français et en anglais, de façon équivalente et en même temps. Publiez la version dans l'autre langue simultanément, ou publiez en version bilingue.",
  },
  // Per sentence: its words in each language and where its first part in each language is; the
  // post's languages are weighed over all of them.
  incremental: {
    facts: factsOf,
    combine(facts, sentences, text) {
      const { facts: parts, starts } = stretches(facts, sentences, text, 'en', factsOf, memo); // (the language is not read)
      let en = 0;
      let fr = 0;
      let twin = false;
      let later = false;
      for (const f of parts) {
        en += f.en;
        fr += f.fr;
        twin ||= f.twin;
        later ||= f.later;
      }
      if (en + fr < MIN_WORDS) return [];
      const major: Locale = en >= fr ? 'en' : 'fr';
      const majorWords = Math.max(en, fr);
      const minorWords = Math.min(en, fr);
      if (minorWords >= 2 && minorWords >= majorWords * MINORITY_SHARE) return [];
      // A twin that is promised for later is not simultaneous (Communications in French Directive).
      if (twin && !later) return [];
      const p = parts.findIndex((f) => f.first[major]);
      const first = parts[p]!.first[major]!;
      const reply = /^\s*@/.test(text);
      const hit: Hit = { start: starts[p]! + first.start, end: starts[p]! + first.end, message: (reply ? REPLY_MESSAGES : MESSAGES)[major] };
      // "September 25 is Franco-Ontarian Day!" under three French sentences: the other version is
      // there, only shorter. Whether it says the same is worth a look, not an alarm that it is missing.
      if (minorWords >= SHORT_TWIN_WORDS && minorWords >= majorWords * SHORT_TWIN_SHARE) {
        hit.message = SHORT_TWIN_MESSAGES[major];
        hit.severity = { personal: 'off', professional: 'off', official: 'tip' };
      }
      return [hit];
    },
  },
  examples: {
    invalid: [
      // The other version is there but much shorter: a tip to check they say the same.
      {
        text: "Le 21 juin, c'est la Journée nationale des peuples autochtones! Venez célébrer au parc Riverside avec les aînés et les danseurs.\nJune 21 is National Indigenous Peoples Day!",
        mode: 'official',
        severity: 'tip',
      },
      {
        text: 'Road tests in Timmins resume Monday after the repairs to the centre. Book online or by phone, and bring your licence and glasses if you need them.\nReprise des examens lundi à Timmins.',
        mode: 'official',
        severity: 'tip',
      },
      // The other version only promised, in the other language.
      { text: 'Campsite reservations for Algonquin open March 1 at 7 a.m. Book at ontarioparks.ca. Le texte français suivra sous peu.', mode: 'official' },
      { text: "Les inscriptions au programme d'emplois d'été ouvrent le 1er mars sur ontario.ca. (English version coming later today.)", mode: 'official' },
      { text: 'Starting Monday, you can book road tests up to six months ahead at drivetest.ca. (French version to follow this afternoon!)', mode: 'official' },
      {
        text: 'Join us at the Northern Ontario job fair in Sudbury on May 5. More than 60 employers will be hiring: ontario.ca/jobfair',
        span: 'Join us at the Northern Ontario job fair in Sudbury on May 5.',
        mode: 'official',
        severity: 'medium',
      },
      {
        text: 'Venez nous rencontrer au salon de l’emploi du Nord de l’Ontario à Sudbury le 5 mai! #EmploisOntario',
        span: 'Venez nous rencontrer au salon de l’emploi du Nord de l’Ontario à Sudbury le 5 mai!',
        mode: 'official',
      },
      { text: 'Check your smoke alarms this weekend and test them every month. Merci!', mode: 'official' },
      { text: 'Vérifiez vos avertisseurs de fumée cette fin de semaine et testez-les chaque mois.', mode: 'official' },
      // A reply is public content as well.
      { text: '@jdoe Thanks for reaching out! Please send us a direct message with your question and we will help.', mode: 'official', severity: 'medium' },
      { text: '@mlavoie Bonjour, vous trouverez le formulaire sur notre site. N’hésitez pas si vous avez d’autres questions!', mode: 'official' },
    ],
    valid: [
      // Both versions present; "to follow" about details, not about the other language.
      { text: "Registration for the fall fair opens today at ontario.ca/fair. More details to follow.\nLes inscriptions à la foire d'automne ouvrent aujourd'hui sur ontario.ca/foire. D'autres détails sont à venir.", mode: 'official' },
      {
        text: 'Join us at the job fair in Sudbury on May 5 to meet more than 60 employers.\n\nJoignez-vous à nous au salon de l’emploi de Sudbury le 5 mai pour rencontrer plus de 60 employeurs.',
        mode: 'official',
      },
      {
        text: 'Vérifiez vos avertisseurs de fumée cette fin de semaine, et testez-les tous les mois. / Check your smoke alarms this weekend and test them every month.',
        mode: 'official',
      },
      { text: 'Happy Canada Day! #CanadaDay #FêteDuCanada', mode: 'official' },
      { text: 'Check your smoke alarms this weekend and test them every month.', mode: 'personal' },
      {
        text: '@jdoe Thanks for reaching out! Send us a direct message and we will help.\n@jdoe Merci de nous avoir écrit! Envoyez-nous un message privé et nous vous aiderons.',
        mode: 'official',
      },
      { text: '@jdoe Thanks, fixed!', mode: 'official' },
      // A picture's description in each language, though the English one has hardly a function word.
      {
        text: 'Fire rangers ready for the season. [Alt text: three fire rangers standing beside a red truck near Dryden.] / Les gardes-feu sont prêts pour la saison. [Texte de remplacement : trois gardes-feu debout à côté d’un camion rouge près de Dryden.]',
        mode: 'official',
      },
      {
        text: '[Image: a snowy owl perched on a fence post near Amherst Island.] Thanks to a visitor for sharing. / [Image : un harfang des neiges perché sur un poteau près de l’île Amherst.] Merci à un visiteur pour le partage.',
        mode: 'official',
      },
      { text: 'Les inscriptions au programme d’emplois d’été sont ouvertes jusqu’au 1er mai. English version: ontario.ca/summerjobs', mode: 'official' },
    ],
  },
});
