// "Click here" says nothing about where a link goes; screen-reader users often jump from link to
// link and hear only that (WCAG 2.0 link purpose, applied by the AODA to government content).
import { defineRule } from '../../define-rule.js';
import { findTerms, hitOf, lexicon } from '../../match.js';
import { VAGUE_LINK_TEXT_EN } from '../../lexicons/en/official-link-text.js';
import { VAGUE_LINK_TEXT_FR } from '../../lexicons/fr/official-link-text.js';

const VAGUE = lexicon([...VAGUE_LINK_TEXT_EN, ...VAGUE_LINK_TEXT_FR]);

export default defineRule({
  id: 'official-standards/click-here',
  category: 'official-standards',
  severity: { personal: 'off', professional: 'tip', official: 'tip' },
  guidelines: ['ops-official-accessibility'],
  title: { en: '"Click here" link text', fr: 'Lien « cliquez ici »' },
  why: {
    en: '"Click here" does not say where the link goes. Say what the reader will find instead ("Read the 2024 budget: ontario.ca/budget"), which also works for people using a screen reader or a keyboard.',
    fr: "« Cliquez ici » ne dit pas où mène le lien. Dites plutôt ce que le lecteur trouvera (« Lisez le budget 2024 : ontario.ca/budget ») : c'est plus clair, y compris pour les personnes qui utilisent un lecteur d'écran.",
  },
  detect(unit) {
    return findTerms(unit, VAGUE).map((m) => hitOf(m));
  },
  examples: {
    invalid: [
      { text: 'Applications for the summer jobs program are open, click here to apply: ontario.ca/jobs', span: 'click here', mode: 'official', severity: 'tip' },
      { text: 'Want to learn more about our soil research? Click here for the full report.', span: 'Click here', mode: 'professional' },
      { text: 'Les inscriptions sont ouvertes, cliquez ici pour vous inscrire : ontario.ca/fr/emplois', span: 'cliquez ici', mode: 'official' },
      { text: 'Pour lire le rapport complet sur la santé des sols, cliquer ici.', span: 'cliquer ici', mode: 'official' },
    ],
    valid: [
      { text: 'Apply for the summer jobs program by May 1: ontario.ca/jobs', mode: 'official' },
      { text: 'Read the full report on soil health at ontario.ca/soil.', mode: 'official' },
      { text: 'Postulez au programme d’emplois d’été avant le 1er mai : ontario.ca/fr/emplois', mode: 'official' },
      { text: 'Lisez le rapport complet sur la santé des sols sur notre site web.', mode: 'official' },
    ],
  },
});
