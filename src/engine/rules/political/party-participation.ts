// Taking part in a party's life, shown with pleasure ("great to reconnect with friends at the
// Ontario Liberal Party leadership convention", « belle soirée au congrès du NPD »), or cheering a
// candidate as the winner-to-be ("our next mayor!", « notre future mairesse »). PSOA s. 72 counts
// supporting a party or candidate as political activity: allowed to most staff on their own
// account and time (a tip there), not on a professional or official account, and not at all for
// specially restricted staff. A convention named without the author's part in it, or "our next
// mayor will inherit the deficit" (whoever wins), is reporting, not support.
import { defineRule } from '../../define-rule.js';
import { findAll, lexicon, matchesAny } from '../../match.js';
import type { Hit } from '../../types.js';
import { FUTURE_OFFICE_EN, OFFICE_NEUTRAL_EN, PARTICIPATION_CUES_EN, PARTY_EVENTS_EN } from '../../lexicons/en/political-elections.js';
import { FUTURE_OFFICE_FR, OFFICE_NEUTRAL_FR, PARTICIPATION_CUES_FR, PARTY_EVENTS_FR } from '../../lexicons/fr/political-elections.js';
import { signals } from './signals.js';

const EVENTS = lexicon([...PARTY_EVENTS_EN, ...PARTY_EVENTS_FR]);
const PARTICIPATION = lexicon([...PARTICIPATION_CUES_EN, ...PARTICIPATION_CUES_FR]);
const FUTURE_OFFICE = lexicon([...FUTURE_OFFICE_EN, ...FUTURE_OFFICE_FR]);
const NEUTRAL = lexicon([...OFFICE_NEUTRAL_EN, ...OFFICE_NEUTRAL_FR]);

const has = (re: RegExp, s: string) => matchesAny([re], s);

export default defineRule({
  id: 'political/party-participation',
  category: 'political',
  severity: { personal: 'tip', professional: 'high', official: 'high' },
  guidelines: ['psoa-political-activity', 'psoa-specially-restricted', 'ops-specialist-executive'],
  title: { en: "Taking part in a party's or candidate's campaign", fr: "Participation à la vie d'un parti ou à une campagne" },
  why: {
    en: 'This shows you at a party event, or cheering a candidate as the next office-holder. Most public servants may do so on their own account and time, without naming their job; senior staff (directors, ADMs, deputy ministers) may not, and it has no place on a professional or official account.',
    fr: "Ce passage vous montre à un événement de parti, ou encourage un candidat comme le prochain élu. La plupart des fonctionnaires peuvent le faire sur leur propre compte et leur propre temps, sans mentionner leur poste; les cadres supérieurs (directeurs, SMA, sous-ministres) ne le peuvent pas, et cela n'a pas sa place sur un compte professionnel ou officiel.",
  },
  triggers: [EVENTS, FUTURE_OFFICE],
  detect(unit) {
    const p = unit.plain;
    const hits: Hit[] = [];
    const events = findAll(EVENTS, p);
    const cheers = findAll(FUTURE_OFFICE, p);
    if (!events.length && !cheers.length) return [];
    const sig = signals(unit);
    if (sig.nonPublic) return [];
    if (!has(NEUTRAL, p)) for (const c of cheers) hits.push({ start: c.start, end: c.end });
    if (events.length && sig.parties.length && has(PARTICIPATION, p)) {
      for (const party of sig.parties) {
        // "the Ontario Liberal Party leadership convention", « le congrès du NPD », or one span ("PC fundraiser").
        const e = events.find((x) => (x.start < party.end && party.start < x.end) || (x.start >= party.end && x.start - party.end <= 25) || (x.end <= party.start && party.start - x.end <= 12));
        if (e) hits.push({ start: Math.min(party.start, e.start), end: Math.max(party.end, e.end) });
      }
    }
    return hits;
  },
  examples: {
    invalid: [
      { text: 'Great to reconnect with old friends at the Ontario NDP convention this weekend!', span: 'Ontario NDP convention', mode: 'professional', severity: 'high' },
      { text: 'Had a blast at the PC fundraiser last night, see you all at the next one 🔵', span: 'PC fundraiser', severity: 'tip' },
      { text: "Belle soirée au congrès du NPD de l'Ontario, tellement d'énergie!", span: "congrès du NPD de l'Ontario", mode: 'professional' },
      { text: 'Proud to have helped out today. Jen Kowalski is our next mayor, you heard it here first!', span: 'our next mayor', mode: 'professional', severity: 'high' },
      { text: 'Fière de notre future mairesse, Chantal Roy! On lâche pas 💪', span: 'notre future mairesse', mode: 'professional' },
    ],
    valid: [
      { text: 'The Ontario Liberal Party holds its leadership convention in Toronto in June.', mode: 'professional' },
      { text: 'Our next mayor will inherit a huge transit deficit, whoever wins on Monday.', mode: 'professional' },
      { text: 'Le prochain maire devra régler le dossier du transport en commun, peu importe qui gagne.', mode: 'professional' },
      { text: 'Great time at the Ottawa Comiccon convention this weekend, my cosplay was a hit!', mode: 'professional' },
      { text: 'Super congrès de la FCFA à Sudbury, merci à toute l’équipe!', mode: 'professional' },
      { text: 'Vote for our next student council president, Ava, on Friday!', mode: 'professional' },
    ],
  },
});
