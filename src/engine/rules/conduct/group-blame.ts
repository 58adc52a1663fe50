// A complaint about the people one serves, pinned on a protected trait through repetition ("every
// single time it's a guy in a turban who can't read the signs", « encore des Anglais qui viennent
// chialer au comptoir »). discrimination.ts catches "they are all …" and slurs; this catches the
// story that turns one encounter into a rule about a creed or an origin. The Human Rights Code
// grounds and the OPS respectful-workplace and comment policies rule it out in every setting
// (shared reference "guidelines" §7, §8.6). All three are needed: the recurrence, the labelled
// person and the blame; "every time the Indian family comes in they bring us samosas" stays clean.
import { defineRule } from '../../define-rule.js';
import { lexicon } from '../../match.js';
import type { Hit } from '../../types.js';
import * as en from '../../lexicons/en/conduct-group-blame.js';
import * as fr from '../../lexicons/fr/conduct-group-blame.js';

const RECURRENCE = lexicon([...en.RECURRENCE_EN, ...fr.RECURRENCE_FR]);
const DRESS = lexicon([...en.RELIGIOUS_DRESS_EN, ...fr.RELIGIOUS_DRESS_FR]);
const BLAME = lexicon([...en.BLAME_EN, ...fr.BLAME_FR]);
const ORIGIN_EN = lexicon(en.ORIGIN_LABELS_EN);
const PEOPLE_EN = lexicon(en.LABELLED_PEOPLE_EN);
const ORIGIN_FR = lexicon(fr.ORIGIN_LABELS_FR);
/** Who wears it, just before: "guy in a", "driver with the", « femme », « monsieur avec un ». */
const WEARER = new RegExp(
  `${lexicon([...en.LABELLED_PEOPLE_EN, 'femme', 'femmes', 'fille', 'filles', 'dame', 'dames', 'gars', 'homme', 'hommes', 'monsieur', 'madame', 'client', 'cliente', 'clients', 'chauffeur', 'chauffeurs', 'camionneur', 'camionneurs', 'famille', 'monde', 'gens']).source}(?:\\s{1,3}(?:in|with|wearing|en|avec|portant|au|a|an|the|his|her|un|une|le|la|son|sa)){0,2}\\s{1,3}$`,
  'u',
);
/** French: the label is a noun after an article (« des Anglais », « une Arabe »). */
const FR_ARTICLE = /(?<![\p{L}])(?:des|un|une|les|ces|maudits|maudites|gang d['\u2019]|gang de)\s{1,3}$/u;

const first = (re: RegExp, s: string, from = 0) => {
  re.lastIndex = 0;
  const slice = s.slice(from);
  const m = re.exec(slice);
  re.lastIndex = 0;
  return m ? { start: from + m.index, end: from + m.index + m[0].length } : null;
};

/** The labelled person: "a guy in a turban", "Indian family", « des Anglais », « une femme voilée ». */
function labelled(p: string): { start: number; end: number } | null {
  // A sign of creed worn by someone: "a guy in a turban", « une femme voilée » (not "my mom always wore a hijab").
  DRESS.lastIndex = 0;
  for (let m = DRESS.exec(p); m; m = DRESS.exec(p)) {
    const person = first(WEARER, p.slice(Math.max(0, m.index - 24), m.index));
    if (person) {
      DRESS.lastIndex = 0;
      return { start: Math.max(0, m.index - 24) + person.start, end: m.index + m[0].length };
    }
  }
  DRESS.lastIndex = 0;
  ORIGIN_EN.lastIndex = 0;
  for (let m = ORIGIN_EN.exec(p); m; m = ORIGIN_EN.exec(p)) {
    const end = m.index + m[0].length;
    const who = first(PEOPLE_EN, p.slice(end, end + 12));
    if (who && /^\s{1,3}$/.test(p.slice(end, end + who.start))) {
      ORIGIN_EN.lastIndex = 0;
      return { start: m.index, end: end + who.end };
    }
  }
  ORIGIN_EN.lastIndex = 0;
  ORIGIN_FR.lastIndex = 0;
  for (let m = ORIGIN_FR.exec(p); m; m = ORIGIN_FR.exec(p)) {
    if (FR_ARTICLE.test(p.slice(Math.max(0, m.index - 12), m.index))) {
      ORIGIN_FR.lastIndex = 0;
      return { start: m.index, end: m.index + m[0].length };
    }
  }
  ORIGIN_FR.lastIndex = 0;
  return null;
}

export default defineRule({
  id: 'conduct/group-blame',
  category: 'conduct',
  severity: { personal: 'high', professional: 'high', official: 'high' },
  guidelines: ['conduct-respectful-workplace', 'conduct-comment-policy', 'ops-guiding-principles'],
  title: { en: 'Blaming people for their origin or creed', fr: 'Blâmer des gens pour leur origine ou leur croyance' },
  why: {
    en: 'This turns encounters with the public into a rule about people of one origin or creed ("every time it\'s a…"). That is a discriminatory generalisation under the Human Rights Code grounds, and the OPS respectful-workplace and comment policies rule it out on any account. Describe what happened, not who it happened with.',
    fr: "Ce passage fait d'encontres avec le public une règle sur les gens d'une origine ou d'une croyance (« encore des… »). C'est une généralisation discriminatoire selon les motifs du Code des droits de la personne, et les politiques de la FPO sur le milieu de travail respectueux et les commentaires l'excluent sur tout compte. Décrivez ce qui s'est passé, pas avec qui.",
  },
  // A trigger in the sentence before alone wakes nothing: detect() reads its own sentence only.
  triggersHere: true,
  triggers: [DRESS, ORIGIN_EN, ORIGIN_FR],
  detect(unit) {
    const p = unit.plain;
    const who = labelled(p);
    if (!who) return [];
    const again = first(RECURRENCE, p);
    // The blame is said of them: it comes after the label.
    if (!again || !first(BLAME, p, who.end)) return [];
    const hit: Hit = { start: Math.min(again.start, who.start), end: Math.max(again.end, who.end) };
    return [hit];
  },
  examples: {
    invalid: [
      { text: "Every time it's some guy in a hijab-wearing family who can't fill out a simple form. Every time.", span: "Every time it's some guy in a hijab" },
      { text: 'Of course it\'s an East Indian driver again, no idea how to back up a trailer 🙄', span: "Of course it's an East Indian driver" },
      { text: 'always the immigrant families who refuse to bring the right ID smh', span: 'always the immigrant families' },
      { text: 'Encore des Arabes qui viennent gueuler au guichet parce que leur dossier est pas prêt.', span: 'Encore des Arabes' },
      { text: "Comme par hasard, c'est toujours une femme voilée qui comprend rien aux formulaires.", span: "Comme par hasard, c'est toujours une femme voilée" },
    ],
    valid: [
      'Every time the Indian family down the street comes over they bring samosas. Best neighbours.',
      'Always great to see the Punjabi truckers association at the safety day, thanks for coming!',
      'Encore une fois, merci aux familles haïtiennes qui ont organisé la fête du quartier!',
      "Learned to tie a turban at the Sikh heritage day today, it's harder than it looks!",
      'My grandmother always wore a hijab to the market and never once apologised for it.',
      "Toujours des problèmes avec l'imprimante du 3e, on fait une demande au soutien technique.",
      'Our new clients include many Syrian families; every time we add Arabic forms, wait times drop.',
    ],
  },
});
