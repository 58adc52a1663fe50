// A post that points at a picture or a video ("see the photo", "watch the video", 📷) with no sign
// of a text alternative. Images need alt text and videos need captions (AODA, WCAG 2.0; official
// accounts must make every piece of creative accessible). The engine cannot see attachments, so it
// reminds the author whenever the text refers to one and says nothing of a description.
import { defineRule } from '../../define-rule.js';
import type { Hit, Unit } from '../../types.js';
import { findTerms, phrasePieces, has, lexicon, type Match } from '../../match.js';
import { overlapsMask } from '../../text/mask.js';
import {
  ALT_TEXT_CUES_EN, MEDIA_AFTER_EN, MEDIA_IMAGE_EN, MEDIA_MARKERS_EN, MEDIA_POINTERS_EN, MEDIA_VIDEO_EN, MISSING_ALT_TEXT_EN, NOT_MEDIA_EN,
} from '../../lexicons/en/official-media.js';
import {
  ALT_TEXT_CUES_FR, MEDIA_AFTER_FR, MEDIA_IMAGE_FR, MEDIA_MARKERS_FR, MEDIA_POINTERS_FR, MEDIA_VIDEO_FR, MISSING_ALT_TEXT_FR, NOT_MEDIA_FR,
} from '../../lexicons/fr/official-media.js';
import { alternation } from '../conflict-of-interest/context.js';

const IMAGE = alternation([...MEDIA_IMAGE_EN, ...MEDIA_IMAGE_FR]);
const VIDEO = alternation([...MEDIA_VIDEO_EN, ...MEDIA_VIDEO_FR]);
const MEDIA = `${IMAGE}|${VIDEO}`;
// Maps are often web tools ("check the fire map"), so only "map below" / "carte ci-dessous" points at an image.
const NOT_A_MAP = /^(?:maps?|cartes?)$/;
const IS_VIDEO = new RegExp(`(?<![\\p{L}])(?:${VIDEO})(?![\\p{L}])`, 'u');
const POINTED = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${alternation([...MEDIA_POINTERS_EN, ...MEDIA_POINTERS_FR])})\\s*(?:${MEDIA})(?![\\p{L}\\p{N}])`,
  'gu',
);
const FOLLOWED = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${MEDIA})(?:\\s+(?:${alternation([...MEDIA_AFTER_EN, ...MEDIA_AFTER_FR])})(?![\\p{L}\\p{N}])|\\s?:)`,
  'gu',
);
/** Every match of POINTED and FOLLOWED holds one of MEDIA's words (the same alternation, read the same way):
 * without one (most sentences) neither runs. Their leading lookbehind is tried at every position of the
 * sentence, this plain alternation only where a word of it may start (a third of alt-text's time). */
const MEDIA_WORD = new RegExp(`(?:${MEDIA})`, 'u');
const MARKERS = lexicon([...MEDIA_MARKERS_EN, ...MEDIA_MARKERS_FR]);
const NOT_MEDIA = lexicon([...NOT_MEDIA_EN, ...NOT_MEDIA_FR]);
const ALT_CUES = lexicon([...ALT_TEXT_CUES_EN, ...ALT_TEXT_CUES_FR]);
// "[video — no captions]", "(sous-titres à venir)": the alternative named as missing or promised for later.
const MISSING = lexicon([...MISSING_ALT_TEXT_EN, ...MISSING_ALT_TEXT_FR]);
const CAPTION_WORD = /caption|subtit|sous-tit|transcri/;
// "[Image: two inspectors in a field]": a bracketed description.
const BRACKETED = /[[(](?:image|photo|picture|video|vid[eé]o|description|id)\s?:/i;
const CAMERA_EMOJI = /(?:\u{1F4F7}|\u{1F4F8}|\u{1F3A5}|\u{1F3AC}|\u{1F4F9}|\u{1F5BC}|\u{1F4CA}|\u{1F4C8}|\u{1F4C9}|\u{1F5FA}|\u{1F39E}|\u{1F4FA})/gu;
const VIDEO_EMOJI = /\u{1F3A5}|\u{1F3AC}|\u{1F4F9}|\u{1F39E}|\u{1F4FA}/u;

function all(re: RegExp, unit: Unit): Match[] {
  const out: Match[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(unit.plain); m; m = re.exec(unit.plain)) {
    out.push({ start: m.index, end: m.index + m[0].length, text: unit.text.slice(m.index, m.index + m[0].length) });
  }
  return out.filter((m) => !overlapsMask(unit.masked, m.start, m.end, ['url', 'email']));
}

const MESSAGES = {
  image: {
    en: 'This post refers to an image. Add alt text to it (the platform\'s "alt text" or "description" field) so people using screen readers get the same information.',
    fr: "Cette publication renvoie à une image. Ajoutez-lui un texte de remplacement (champ « texte alternatif » ou « description » de la plateforme) pour que les personnes qui utilisent un lecteur d'écran aient la même information.",
  },
  video: {
    en: 'This post refers to a video. Make sure it has captions (and a description of important visuals) so everyone can follow it.',
    fr: "Cette publication renvoie à une vidéo. Assurez-vous qu'elle est sous-titrée (et que les éléments visuels importants sont décrits) pour que tout le monde puisse la suivre.",
  },
};

/** The first mention of an image and of a video in a sentence (a hit each, by start); `missing`
 * (notes that the alternative is absent) stand in for a mention of their kind when there is none. */
function firstMentions(unit: Unit, missing: readonly Match[] = []): Hit[] {
  const excluded = findTerms(unit, NOT_MEDIA);
  const media = MEDIA_WORD.test(unit.plain);
  const pointed = media ? all(POINTED, unit).filter((m) => !NOT_A_MAP.test(unit.plain.slice(m.start, m.end).split(/[\s']+/).pop() ?? '')) : [];
  // "Trail map: ontario.ca/trails": a media word introducing a link names a web page, not an attachment.
  const followed = media ? all(FOLLOWED, unit).filter((m) => !overlapsMask(unit.masked, m.end, Math.min(unit.text.length, m.end + 3), ['url'])) : [];
  const mentions = [...pointed, ...followed, ...findTerms(unit, MARKERS)]
    .filter((m) => !excluded.some((x) => x.start < m.end && m.start < x.end));
  CAMERA_EMOJI.lastIndex = 0;
  for (let m = CAMERA_EMOJI.exec(unit.text); m; m = CAMERA_EMOJI.exec(unit.text)) {
    mentions.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  const kindOf = (m: Match): 'image' | 'video' => (IS_VIDEO.test(unit.plain.slice(m.start, m.end)) || VIDEO_EMOJI.test(m.text) ? 'video' : 'image');
  const found = mentions.map((m) => ({ m, kind: kindOf(m) }));
  for (const m of missing) {
    const kind = CAPTION_WORD.test(unit.plain.slice(m.start, m.end)) ? 'video' : 'image';
    if (!found.some((x) => x.kind === kind)) found.push({ m, kind });
  }
  const hits: Hit[] = [];
  const done = new Set<string>();
  for (const { m, kind } of found.sort((a, b) => a.m.start - b.m.start)) {
    if (done.has(kind)) continue;
    done.add(kind);
    hits.push({ start: m.start, end: m.end, message: MESSAGES[kind] });
  }
  return hits;
}

export default defineRule({
  id: 'official-standards/alt-text',
  category: 'official-standards',
  scope: 'text',
  severity: { personal: 'tip', professional: 'tip', official: 'medium' },
  guidelines: ['ops-official-accessibility'],
  title: { en: 'Image or video without a text alternative', fr: 'Image ou vidéo sans équivalent textuel' },
  why: {
    en: 'This post refers to an image or a video but gives no alt text or captions. Official content must be accessible: describe images in their alt text and caption videos.',
    fr: "Cette publication renvoie à une image ou à une vidéo sans texte de remplacement ni sous-titres. Le contenu officiel doit être accessible : décrivez les images dans leur texte de remplacement et sous-titrez les vidéos.",
  },
  // Every way to a fact: a cue, a bracketed description, a media word (also glued to a pointer), a
  // marker, a camera emoji. A sentence with none holds what an empty one holds.
  // A trigger in the sentence before alone wakes nothing: detect() reads its own sentence only.
  triggersHere: true,
  triggers: [ALT_CUES, MISSING, BRACKETED, ...phrasePieces([...MEDIA_IMAGE_EN, ...MEDIA_IMAGE_FR, ...MEDIA_VIDEO_EN, ...MEDIA_VIDEO_FR], 'none'), MARKERS, CAMERA_EMOJI],
  // Per sentence: whether it gives a text alternative, and its first image and video mentions;
  // the post is flagged at its first mention of each, unless some sentence gives an alternative.
  incremental: {
    facts(unit) {
      // A note that the alternative is missing names it without giving it: the sentence is not described.
      const missing = has(unit, MISSING) ? findTerms(unit, MISSING) : [];
      const cues = missing.length ? findTerms(unit, ALT_CUES).filter((c) => !missing.some((m) => m.start < c.end && c.start < m.end)) : null;
      const described = (cues ? cues.length > 0 : has(unit, ALT_CUES)) || BRACKETED.test(unit.folded);
      return { described, missing: missing.length > 0, first: described ? [] : firstMentions(unit, missing) };
    },
    combine(facts, sentences) {
      // "[video — no captions]" says so even when another sentence describes a picture.
      if (facts.some((f) => f.described) && !facts.some((f) => f.missing)) return [];
      const hits: Hit[] = [];
      facts.forEach((f, i) => {
        for (const h of f.first) {
          if (!hits.some((x) => x.message === h.message)) hits.push({ ...h, start: sentences[i]!.start + h.start, end: sentences[i]!.start + h.end });
        }
      });
      return hits;
    },
  },
  examples: {
    invalid: [
      { text: 'Our inspectors visited farms near Guelph this week. See the photo of the new soil lab!', span: 'See the photo', mode: 'official', severity: 'medium' },
      { text: 'Watch the video to learn how to prepare an emergency kit for your family.', span: 'Watch the video', mode: 'official' },
      { text: 'Spring is here at Algonquin Park 📷 #OntarioParks', span: '📷', mode: 'official' },
      { text: 'Voir la vidéo pour apprendre à préparer une trousse d’urgence pour votre famille.', span: 'Voir la vidéo', mode: 'official' },
      { text: 'Nos inspecteurs étaient à Guelph cette semaine. Photo : le nouveau laboratoire des sols.', span: 'Photo :', mode: 'official' },
      { text: 'Here is our new infographic on the wildfire season in the north.', span: 'our new infographic', mode: 'professional', severity: 'tip' },
      // The alternative named only to say it is missing or coming later.
      { text: 'Our crews at work near Kenora this week. [video — no captions]', span: 'no captions', mode: 'official', severity: 'medium' },
      { text: 'Highlights from today’s announcement ⬇️ (captions to follow)', span: 'captions to follow', mode: 'official' },
      { text: 'Nos pompiers forestiers au travail! [vidéo de 2 min, sans sous-titres]', span: 'sans sous-titres', mode: 'official' },
      { text: 'Le lancement de la stratégie en images ⬇️ (sous-titres à venir)', span: 'en images', mode: 'official' },
      { text: 'Three new trails opened this spring. [3 photos — no alt text]', span: 'no alt text', mode: 'official' },
    ],
    valid: [
      // A poster on site, not a picture in the post.
      { text: "@nat_kap Oui! Tous les centres ServiceOntario des régions désignées offrent le service en français. Cherchez l'affiche « Français » au comptoir. / Yes! Look for the poster at the counter.", mode: 'official' },
      { text: 'See the photo of the new soil lab! [Image description: two inspectors kneel in a green field holding soil samples.]', mode: 'official' },
      { text: 'Watch the video to learn how to prepare an emergency kit (captions available in English and French).', mode: 'official' },
      { text: 'Bring your photo ID and health card to the appointment.', mode: 'official' },
      { text: 'We want to put northern Ontario on the map for tourism.', mode: 'official' },
      { text: 'Voir la vidéo pour préparer votre trousse d’urgence (sous-titres en français et en anglais).', mode: 'official' },
      { text: 'Apportez votre carte santé et une pièce d’identité avec photo au rendez-vous.', mode: 'official' },
      { text: 'Trail map: ontario.ca/trails', mode: 'official' },
      { text: 'Carte des sentiers : ontario.ca/fr/sentiers', mode: 'official' },
      // An alternative given, even when "no" is near it.
      { text: 'Watch the video: no sign-up needed, captions in English and French.', mode: 'official' },
      { text: 'Every video we post has captions, no exceptions. Watch the latest one on our channel.', mode: 'official' },
      { text: 'Regardez la vidéo (sous-titres en français). Aucune inscription requise.', mode: 'official' },
    ],
  },
});
