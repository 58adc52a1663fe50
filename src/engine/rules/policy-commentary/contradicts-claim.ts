// A minister's or the government's public claim answered from the author's own desk: "Minister says wait lists
// are shrinking. That's not what I see at my desk", "Our minister just said the stocks are healthy. I literally
// run the survey", « Le ministre dit que les délais baissent. C'est pas ce que je vois ». Contradicting the
// employer in public with what one learns at work is comment on a matter of one's own duties (PSOA s. 72),
// whatever the account; a claim answered with no work of one's own ("that's false") stays with opinion.
import { defineRule } from '../../define-rule.js';
import { lexicon, lexiconBody, findTerms, WORD_START, WORD_END } from '../../match.js';
import { plainBefore } from '../../text/unit.js';
import type { Hit } from '../../types.js';
import { CLAIMANTS_EN, CLAIM_VERBS_EN, CONTRADICTIONS_EN } from '../../lexicons/en/policy-contradiction.js';
import { CLAIMANTS_FR, CLAIM_VERBS_FR, CONTRADICTIONS_FR } from '../../lexicons/fr/policy-contradiction.js';

const CONTRADICTIONS = lexicon([...CONTRADICTIONS_EN, ...CONTRADICTIONS_FR]);
// The claimant, then its verb, a word or two apart at most ("the minister just told reporters").
const CLAIM = new RegExp(
  `${WORD_START}(?:${lexiconBody([...CLAIMANTS_EN, ...CLAIMANTS_FR])})\\s(?:(?:just|again|today|also|still|vient|encore|aujourd'hui)\\s)?(?:${lexiconBody([...CLAIM_VERBS_EN, ...CLAIM_VERBS_FR])})${WORD_END}`,
  'u',
);
// Work the author does, said beside the denial: the denial is then from inside.
const OWN_DESK = /\b(?:my desk|my files|my caseload|my clients|my data|my numbers|i run|i do|i see|i manage|i count|literally|mon bureau|mes dossiers|mes clients|mes chiffres|mes donnees|je fais|je vois|je gere|litteralement)\b/;

export default defineRule({
  id: 'policy-commentary/contradicts-claim',
  category: 'policy-commentary',
  severity: { personal: 'medium', professional: 'medium', official: 'high' },
  guidelines: ['psoa-duty-related-comment', 'ops-guiding-principles', 'ops-specialist-executive'],
  title: { en: "Contradicting the government from your own work", fr: 'Contredire le gouvernement à partir de votre travail' },
  why: {
    en: "This answers a minister's or the government's public claim with what you see at work. Contradicting your employer in public with what your job shows you is comment on a matter of your own duties; raise it inside, or keep your work out of the post.",
    fr: "Ce passage répond à une affirmation publique d'un ministre ou du gouvernement avec ce que vous voyez au travail. Contredire publiquement votre employeur avec ce que votre poste vous montre, c'est commenter une question liée à vos fonctions; soulevez-le à l'interne, ou laissez votre travail hors de la publication.",
  },
  // Every hit is a contradiction of its own sentence.
  triggersHere: true,
  triggers: [CONTRADICTIONS],
  detect(unit) {
    const denials = findTerms(unit, CONTRADICTIONS);
    if (!denials.length) return [];
    // The claim here before the denial, or in the sentence just before.
    const hits: Hit[] = [];
    for (const d of denials) {
      const claimed = CLAIM.test(unit.plain.slice(0, d.start)) || CLAIM.test(plainBefore(unit));
      if (!claimed) continue;
      // "that's false" alone is an opinion; with the author's own desk, data or work beside it, it is duty-related.
      if (!OWN_DESK.test(unit.plain)) continue;
      hits.push({ start: d.start, end: d.end });
    }
    return hits.slice(0, 1);
  },
  examples: {
    invalid: [
      { text: 'The minister says ER waits are down. That is not what I see at my desk every night.', span: 'not what I see at my desk', mode: 'personal' },
      { text: "Our minister just said moose numbers are healthy. I literally run the aerial survey, folks.", span: 'I literally run', mode: 'personal' },
      { text: 'La ministre affirme que les listes d’attente raccourcissent. C’est pas ce que je vois dans mes dossiers.', span: 'C’est pas ce que je vois', mode: 'personal' },
      { text: "Le premier ministre dit que tout va bien dans le Nord. Mes chiffres disent le contraire, je fais le sondage.", span: 'Mes chiffres disent le contraire', mode: 'professional' },
    ],
    valid: [
      // A claim denied with no work of the author's beside it: an opinion, for policy-commentary/opinion to weigh.
      'The minister says the new bridge opens in May. That is not true, it opens in June according to the news.',
      // The author's own desk, with no government claim.
      "My kid says the cookies are gone. That's not what I see on my desk 🍪",
      'Ma fille dit que sa chambre est rangée. C’est pas ce que je vois!',
      // A minister's claim reported, the author's work agreeing.
      'The minister said the survey shows moose numbers are up, and I see the same in my data.',
    ],
  },
});
