// An internal decision or briefing document shown in a picture: "Q3 decision item deck is looking
// 🔥 swipe for the funding chart", "the Minister's estimates binder, swipe for my favourite tab",
// « glissez pour voir le tableau de financement ». Naming such work is working out loud; showing
// its pages discloses what the Oath of Office and Secrecy keeps in (shared reference "guidelines"
// §2, §8.1), however light the tone. Both are needed in the sentence or the one before it: the
// document genre (the OPS's own, which nobody outside government writes) and a pointer at a
// picture. A public report with a link, or a deck about one's garden, stays clean.
import { defineRule } from '../../define-rule.js';
import { lexicon } from '../../match.js';
import { stripAccents } from '../../text/fold.js';
import { SHOWING_CUES_EN, SHOWN_DOCUMENTS_EN } from '../../lexicons/en/confidential-shown.js';
import { SHOWING_CUES_FR, SHOWN_DOCUMENTS_FR } from '../../lexicons/fr/confidential-shown.js';
import { publicCue, spans, test } from './context.js';

const DOCUMENTS = lexicon([...SHOWN_DOCUMENTS_EN, ...SHOWN_DOCUMENTS_FR]);
const SHOWING = lexicon([...SHOWING_CUES_EN, ...SHOWING_CUES_FR]);

export default defineRule({
  id: 'confidential/shown-document',
  category: 'confidential',
  severity: { personal: 'high', professional: 'high', official: 'high' },
  guidelines: ['oath-secrecy', 'coi-confidential-information', 'ops-guiding-principles'],
  title: { en: 'Internal document shown in a picture', fr: 'Document interne montré en photo' },
  why: {
    en: 'This points at a picture of an internal decision or briefing document. Its pages are not public until the government releases them; showing them, even for fun, breaches your oath. Post about the work without the document.',
    fr: "Ce passage pointe vers une photo d'un document interne de décision ou de breffage. Ses pages ne sont pas publiques tant que le gouvernement ne les a pas rendues publiques; les montrer, même pour rire, contrevient à votre serment. Parlez du travail sans montrer le document.",
  },
  triggers: [DOCUMENTS, SHOWING],
  detect(unit) {
    const p = unit.plain;
    const docs = spans(DOCUMENTS, p);
    const showing = test(SHOWING, p);
    const before = unit.before ? stripAccents(unit.before) : '';
    if (publicCue(unit)) return [];
    if (docs.length && (showing || (before !== '' && test(SHOWING, before)))) return docs.map((d) => ({ start: d.start, end: d.end }));
    // The document was named just before: "…estimates briefing binder in the sunroom. Swipe for my favourite tab."
    if (showing && before !== '' && test(DOCUMENTS, before)) return spans(SHOWING, p).slice(0, 1).map((s) => ({ start: s.start, end: s.end }));
    return [];
  },
  examples: {
    invalid: [
      { text: 'Q2 decision item deck is DONE 🙌 swipe for the costing table, my masterpiece', span: 'decision item', severity: 'high' },
      { text: "Reading the minister's binder on the GO train. Pic of the best page below 😂", span: 'Pic of' },
      { text: 'Late night with the briefing notes for estimates. 📸 of my fave slide, no context 😅' },
      { text: 'Glissez pour voir notre tableau de financement pour le Nord, on est fiers!', span: 'tableau de financement', severity: 'high' },
      { text: 'Petit aperçu de la note de breffage que je finis pour le ministre 🤓', span: 'note de breffage' },
    ],
    valid: [
      'Swipe for pics of our new back deck, finally finished staining it!',
      'Our public consultation summary is out: read the key messages at ontario.ca/consult.',
      'Working on briefing notes all week, I need a vacation 😴',
      'Pic of my speaking notes for the best man speech, wish me luck 😅',
      'Tips for writing a good briefing note: lead with the ask, keep it to two pages.',
      'Glissez pour voir les photos du festival franco-ontarien de samedi!',
      'Je rédige des notes de breffage toute la semaine, vivement vendredi.',
    ],
  },
});
