// Strings of emoji, emoji bullets and emoji-heavy posts: a screen reader reads every emoji's name
// aloud ("red heart, red heart, sparkles…"), which buries the message. Accessibility guides ask for
// emoji used sparingly, at the end, and not as bullets (AODA practice for official content).
import { defineRule } from '../../define-rule.js';
import type { Hit } from '../../types.js';

// One emoji as the reader hears it: a flag, a keycap, or a pictograph with its variation selector,
// skin tone and zero-width-joined parts. ©, ® and ™ are pictographs by Unicode but ordinary text here.
const EMOJI =
  /\p{Regional_Indicator}{2}|[#*0-9]\uFE0F?\u20E3|(?![\u00A9\u00AE\u2122])\p{Extended_Pictographic}[\uFE0F\p{Emoji_Modifier}]*(?:\u200D\p{Extended_Pictographic}[\uFE0F\p{Emoji_Modifier}]*)*/gu;
// Below U+203C the only pictographs are © and ®, which EMOJI leaves out, and a keycap needs U+20E3:
// a sentence without a code unit from U+203C up (most of them) holds no emoji, and EMOJI need not run.
const MAY_HOLD_EMOJI = /[\u203C-\uFFFF]/;
const RUN_MIN = 4;

/** text.slice(from, to).replace(/\s+/g, '').length, counted without building a string: the code units /\s/ does not match. */
function visibleLength(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    const space =
      c <= 0x20
        ? c === 0x20 || (c >= 0x09 && c <= 0x0d)
        : c >= 0xa0 &&
          (c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff);
    if (!space) n++;
  }
  return n;
}
const BULLET_LINES_MIN = 3;
const MANY = 8;
const SHORT_POST = 600;

interface Cluster {
  start: number;
  end: number;
}

/** A sentence's emoji and its runs of them. */
interface EmojiFacts {
  clusters: readonly Cluster[];
  runs: readonly Hit[];
}

/** The facts of a sentence without emoji (most of them), shared. */
const NO_EMOJI: EmojiFacts = Object.freeze({ clusters: Object.freeze([]), runs: Object.freeze([]) });

const MESSAGES = {
  run: {
    en: 'A screen reader reads each of these emoji by name, one after the other. Keep one or two, at the end of the sentence.',
    fr: "Un lecteur d'écran lit le nom de chacun de ces émojis, l'un après l'autre. Gardez-en un ou deux, en fin de phrase.",
  },
  bullets: {
    en: 'Emoji used as bullets are read aloud by name at the start of every line. Use plain line breaks, dashes or numbers instead.',
    fr: "Les émojis utilisés comme puces sont lus à voix haute au début de chaque ligne. Utilisez plutôt de simples retours à la ligne, des tirets ou des numéros.",
  },
  many: {
    en: 'This short post has many emoji; a screen reader reads every one by name. Keep the few that add meaning.',
    fr: "Cette courte publication contient beaucoup d'émojis; un lecteur d'écran les lit tous par leur nom. Gardez seulement ceux qui ajoutent du sens.",
  },
};

/** Runs: emoji separated by nothing but spaces. */
function runsOf(text: string, clusters: readonly Cluster[]): Hit[] {
  const hits: Hit[] = [];
  for (let i = 0; i < clusters.length; ) {
    let j = i;
    while (j + 1 < clusters.length && /^[ \t\uFE0F\u200D]*$/.test(text.slice(clusters[j]!.end, clusters[j + 1]!.start))) j++;
    if (j - i + 1 >= RUN_MIN) hits.push({ start: clusters[i]!.start, end: clusters[j]!.end, message: MESSAGES.run });
    i = j + 1;
  }
  return hits;
}

/** Bullets (several lines that start with an emoji), else a short post with many emoji; `runs` are already found. */
function wholePostHits(text: string, clusters: readonly Cluster[], runs: readonly Hit[], visible: number): Hit[] {
  const hits: Hit[] = [];
  const bullets = clusters.filter((c) => /(?:^|\n)[ \t]*$/.test(text.slice(Math.max(0, c.start - 8), c.start)) && /\S/.test(text.slice(c.end, text.indexOf('\n', c.end) === -1 ? text.length : text.indexOf('\n', c.end))));
  if (bullets.length >= BULLET_LINES_MIN && !runs.some((h) => h.start <= bullets[0]!.start && bullets[0]!.start < h.end)) {
    // Point at the emoji that serves as the bullet (the most repeated one), not at a heading emoji.
    const count = new Map<string, number>();
    for (const b of bullets) count.set(text.slice(b.start, b.end), (count.get(text.slice(b.start, b.end)) ?? 0) + 1);
    let bullet = bullets[0]!;
    for (const b of bullets) if (count.get(text.slice(b.start, b.end))! > count.get(text.slice(bullet.start, bullet.end))!) bullet = b;
    hits.push({ start: bullet.start, end: bullet.end, message: MESSAGES.bullets });
  }

  if (runs.length === 0 && hits.length === 0 && clusters.length > MANY && visible <= SHORT_POST) {
    hits.push({ start: clusters[0]!.start, end: clusters[0]!.end, message: MESSAGES.many });
  }
  return hits;
}

export default defineRule({
  id: 'official-standards/emoji-wall',
  category: 'official-standards',
  scope: 'text',
  severity: { personal: 'tip', professional: 'tip', official: 'medium' },
  guidelines: ['ops-official-accessibility'],
  title: { en: 'Too many emoji', fr: "Trop d'émojis" },
  why: {
    en: 'Screen readers read every emoji by name, so rows of emoji or emoji bullets bury the message. Use a few, at the end, and never as bullets.',
    fr: "Les lecteurs d'écran lisent chaque émoji par son nom : une rangée d'émojis ou des émojis en guise de puces noient le message. Utilisez-en peu, en fin de phrase, et jamais comme puces.",
  },
  // Per sentence: its emoji, its runs of emoji (a run never spans a sentence break) and how many
  // characters it shows; bullets and "many emoji" are judged over the whole post.
  incremental: {
    facts(unit) {
      const text = unit.text;
      if (!MAY_HOLD_EMOJI.test(text)) return NO_EMOJI;
      const clusters: Cluster[] = [];
      EMOJI.lastIndex = 0;
      for (let m = EMOJI.exec(text); m; m = EMOJI.exec(text)) clusters.push({ start: m.index, end: m.index + m[0].length });
      return clusters.length === 0 ? NO_EMOJI : { clusters, runs: clusters.length >= RUN_MIN ? runsOf(text, clusters) : [] };
    },
    combine(facts, sentences, text) {
      const clusters: Cluster[] = [];
      const hits: Hit[] = [];
      facts.forEach((f, i) => {
        if (f === NO_EMOJI) return;
        const at = sentences[i]!.start;
        for (const c of f.clusters) clusters.push({ start: at + c.start, end: at + c.end });
        for (const h of f.runs) hits.push({ ...h, start: at + h.start, end: at + h.end });
      });
      if (clusters.length < RUN_MIN && clusters.length < BULLET_LINES_MIN) return [];
      // The post's visible length matters only past MANY emoji: counted then, over the same sentence
      // texts the facts were read from (unit.text is text.slice(start, end)), not on every sentence;
      // and only up to SHORT_POST, past which no length makes it a short post (a long paste stops there
      // instead of counting all its characters).
      let visible = 0;
      if (clusters.length > MANY) {
        for (const s of sentences) {
          visible += visibleLength(text, s.start, s.end);
          if (visible > SHORT_POST) break;
        }
      }
      return [...hits, ...wholePostHits(text, clusters, hits, visible)];
    },
  },
  examples: {
    invalid: [
      { text: 'The job fair is tomorrow in Sudbury! 🎉🎉🎉🎉 See you there.', span: '🎉🎉🎉🎉', mode: 'official', severity: 'medium' },
      {
        text: 'What to bring to the job fair:\n✅ your resume\n✅ a photo ID\n✅ your questions for employers',
        span: '✅',
        mode: 'official',
      },
      { text: 'Happy Canada Day 🇨🇦 🎆 🍁 🎉 from all of us at the ministry!', span: '🇨🇦 🎆 🍁 🎉', mode: 'professional', severity: 'tip' },
      { text: 'Bonne fête du Canada 🇨🇦🎆🍁🎉 de la part de toute l’équipe!', span: '🇨🇦🎆🍁🎉', mode: 'official' },
      {
        text: 'Quoi apporter au salon de l’emploi :\n👉 votre CV\n👉 une pièce d’identité\n👉 vos questions pour les employeurs',
        span: '👉',
        mode: 'official',
      },
    ],
    valid: [
      { text: 'The job fair is tomorrow in Sudbury. See you there! 🎉', mode: 'official' },
      { text: 'What to bring to the job fair:\n- your resume\n- a photo ID\n- your questions for employers', mode: 'official' },
      { text: 'Our annual report © 2024 King’s Printer for Ontario is now online.', mode: 'official' },
      { text: 'Bonne fête du Canada de la part de toute l’équipe! 🇨🇦', mode: 'official' },
      { text: 'Le salon de l’emploi a lieu demain à Sudbury. Au plaisir de vous y voir! 👋 😊', mode: 'official' },
    ],
  },
});
