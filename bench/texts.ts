// Deterministic, realistic drafts for benchmarks and large-input tests: mostly harmless
// working-out-loud sentences in English and French, with a few risky bits (a SIN, a phone number,
// a home address, a partisan line) placed at fixed positions. Same seed, same text, every run.

/** mulberry32: a tiny seeded PRNG, so every run builds the same text. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const HARMLESS_EN = [
  'Great turnout at the community garden workshop this morning.',
  'Our team just published the new open data catalogue for agricultural soil samples.',
  'Proud to share that the dairy feed guide is now available in both official languages.',
  'Thanks to Priya and the whole field crew for a fantastic season of trials.',
  'If you are in Guelph next week, drop by the booth and say hello!',
  'The report on water quality in the Grand River watershed is now online.',
  'Learning so much at the accessibility conference today.',
  'Happy to mentor two co-op students this term; they are already teaching me new tricks.',
  'We tested three cover crops and the rye did best after the wet spring.',
  'Reminder: the webinar on farm safety starts at 10 a.m. tomorrow.',
  'Bill 23 received royal assent last year, and the public summary is on the legislature website.',
  'Our statistics show that 42% of respondents prefer online services.',
  'Spent the weekend hiking with my kids near Algonquin; the leaves were stunning.',
  'New blog post: five lessons from moving our forms to plain language.',
  'Shout-out to the service desk for fixing my laptop in record time.',
];

export const HARMLESS_FR = [
  'Belle participation à l’atelier du jardin communautaire ce matin.',
  'Notre équipe vient de publier le nouveau catalogue de données ouvertes sur les sols agricoles.',
  'Fière de vous annoncer que le guide sur l’alimentation des vaches laitières est maintenant offert en français.',
  'Merci à toute l’équipe de terrain pour une excellente saison d’essais.',
  'Si vous passez à Ottawa la semaine prochaine, venez nous voir au kiosque!',
  'Le rapport sur la qualité de l’eau du bassin versant est maintenant en ligne.',
  'J’apprends beaucoup au colloque sur l’accessibilité aujourd’hui.',
  'Nous avons testé trois cultures de couverture et le seigle a donné les meilleurs résultats.',
  'Rappel : le webinaire sur la sécurité à la ferme commence demain à 10 h.',
  'Nouveau billet de blogue : cinq leçons tirées du passage de nos formulaires au langage clair.',
];

export const RISKY = [
  'Client SIN is 130 692 544, please call back.',
  'You can reach her at 416-555-0134 after five.',
  'He lives at 42 Wallaby Way, Toronto, ON M5V 2T6.',
  'Everyone should vote Liberal in the next election, the other parties are a joke.',
  'Son NAS : 130-692-544, merci de rappeler.',
  'Appelez-moi au 613 555 0199 si vous avez des questions.',
  'Mon client habite au 123, rue Principale, app. 4.',
];

/**
 * A draft of exactly `length` characters: harmless sentences drawn with a seeded PRNG (about one
 * French sentence in three), with the risky bits spread evenly through it (one in a short post).
 */
export function buildPost(length: number, seed = 1): string {
  const rnd = prng(seed * 7919 + length);
  const risky = length <= 400 ? [RISKY[0]!] : RISKY;
  const parts: string[] = [];
  let size = 0;
  let nextRisky = 0;
  // Risky sentence i goes in once the draft reaches (i + 1/2) / n of its length.
  const at = (i: number) => Math.floor((length * (i + 0.5)) / risky.length) - 60;
  while (size < length) {
    let s: string;
    if (nextRisky < risky.length && size >= at(nextRisky)) s = risky[nextRisky++]!;
    else {
      const pool = rnd() < 0.33 ? HARMLESS_FR : HARMLESS_EN;
      s = pool[Math.floor(rnd() * pool.length)]!;
    }
    // Paragraph breaks now and then, as in real posts.
    const sep = parts.length === 0 ? '' : rnd() < 0.15 ? '\n\n' : ' ';
    parts.push(sep + s);
    size += sep.length + s.length;
  }
  let text = parts.join('');
  if (text.length > length) {
    // Cut at a space when one is close, then pad (rarely needed) so the length is exact.
    const cut = text.lastIndexOf(' ', length);
    text = cut > length - 40 ? text.slice(0, cut) : text.slice(0, length);
  }
  return text.padEnd(length, '.');
}

/** About `bytes` UTF-16 code units of realistic sentences, repeated (for "does a 1 MB paste survive" checks). */
export function buildLarge(bytes: number, seed = 7): string {
  const block = buildPost(60_000, seed);
  return (block + '\n').repeat(Math.ceil(bytes / (block.length + 1))).slice(0, bytes);
}

/**
 * The one-keystroke case: `count` variants of `text`, each differing from it by one character in
 * the sentence at the middle (a letter replaced by another), none equal to another (at most
 * 25 × the letters of that sentence).
 */
export function oneCharEdits(text: string, count: number): string[] {
  const mid = Math.floor(text.length / 2);
  const sentenceStart = text.lastIndexOf('. ', mid) + 2;
  const positions: number[] = [];
  const sentenceEnd = text.indexOf('. ', mid);
  for (let i = sentenceStart; i < (sentenceEnd < 0 ? text.length : sentenceEnd); i++) if (/[a-z]/.test(text[i]!)) positions.push(i);
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  const out: string[] = [];
  for (let k = 0; out.length < count && k < positions.length * letters.length; k++) {
    const pos = positions[k % positions.length]!;
    const letter = letters[Math.floor(k / positions.length) % letters.length]!;
    if (text[pos] === letter) continue;
    out.push(text.slice(0, pos) + letter + text.slice(pos + 1));
  }
  return out;
}
