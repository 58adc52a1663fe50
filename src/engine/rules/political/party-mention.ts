// A party named on an official ministry account, even neutrally: official channels speak for a
// non-partisan public service, so the name invites a partisan reading (tip). Personal and
// professional accounts may name parties in neutral, factual terms; nothing fires there. Stances and
// calls to act are the other rules' business, so this one stays quiet where they fire.
import { defineRule } from '../../define-rule.js';
import type { Hit } from '../../types.js';
import { callsToAct, signals, stances } from './signals.js';

export default defineRule({
  id: 'political/party-mention',
  category: 'political',
  severity: { personal: 'off', professional: 'off', official: 'tip' },
  guidelines: ['ops-official-account', 'psoa-political-activity'],
  title: { en: 'Party named on an official account', fr: 'Parti nommé sur un compte officiel' },
  why: {
    en: 'An official ministry account speaks for a non-partisan public service. Naming a party, even neutrally, invites a partisan reading: refer to the government, the ministry or the Legislative Assembly instead.',
    fr: "Un compte officiel de ministère parle au nom d'une fonction publique non partisane. Nommer un parti, même de façon neutre, invite une lecture partisane : parlez plutôt du gouvernement, du ministère ou de l'Assemblée législative.",
  },
  detect(unit) {
    const sig = signals(unit);
    if (sig.parties.length === 0) return [];
    if (stances(unit).length > 0 || callsToAct(unit).some((c) => c.kind !== 'civic')) return [];
    return sig.parties.map((p): Hit => ({ start: p.start, end: p.end }));
  },
  examples: {
    invalid: [
      { text: 'The Ontario Liberal Party holds its convention in Toronto in June.', span: 'Ontario Liberal Party', mode: 'official', severity: 'tip' },
      { text: 'Le NPD a tenu un congrès à Hamilton samedi.', span: 'NPD', mode: 'official' },
      { text: 'Thanks to the PC caucus members who toured the new lab with us.', span: 'PC caucus', mode: 'official' },
      { text: 'Les députés libéraux ont visité notre centre de services hier.', span: 'députés libéraux', mode: 'official' },
    ],
    valid: [
      { text: 'The Government of Ontario is investing $5 million in rural broadband.', mode: 'official' },
      { text: 'Premier Doug Ford announced the new transit line today.', mode: 'official' },
      { text: 'Le gouvernement de l’Ontario investit 5 millions de dollars dans les bibliothèques.', mode: 'official' },
      { text: 'The Ontario Liberal Party holds its convention in Toronto in June.', mode: 'personal' },
      { text: 'Our green building standards are a conservative estimate of future savings.', mode: 'official' },
      { text: "Le gouvernement a célébré la Journée des Franco-Ontariens à Queen's Park.", mode: 'official' },
      { text: 'Les Verts de Saint-Bruno gagnent le tournoi régional de soccer!', mode: 'official' },
    ],
  },
});
