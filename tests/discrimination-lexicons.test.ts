// conduct/discrimination reads its words from src/engine/lexicons/*/conduct-discrimination.ts; these
// cases pin what the lexicons added in detect8b make it flag (a curse before a protected group, language
// scorn said by its contempt, « ou déménagez » after a language demand, people hired as the scorn's
// target) and the facts about newcomers' languages that must stay clean.
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/engine/index.js';

const flags = (text: string) => analyze(text, { mode: 'personal' }).some((f) => f.ruleId === 'conduct/discrimination');

describe('discrimination lexicons', () => {
  it.each([
    'Bloody immigrants at the counter again, every single morning.',
    'Half our new hires can barely string an English sentence together.',
    "Another family that can't even speak a word of English. Unreal.",
    "It's Ontario. Learn English or move to Quebec.",
    'Encore des maudits anglos au guichet ce matin.',
    "Les nouveaux qu'on a engagés parlent même pas français comme du monde.",
    'Parlez français ou déménagez, câline.',
  ])('flags: %s', (text) => expect(flags(text)).toBe(true));

  it.each([
    "Our new hires come from 14 countries; some can't speak a word of English yet and they're learning fast.",
    'My new colleagues barely speak a word of French, so I run a lunch-and-learn for them!',
    "La famille que j'ai aidée ne parlait pas un mot de français; heureusement on avait une interprète.",
    'Our sales women crushed Q3, proud of this team!',
    "Damn, women's hockey was incredible tonight.",
    'Maudits moustiques au chalet cette fin de semaine!',
    'We moved to Quebec in May and love it.',
  ])('leaves clean: %s', (text) => expect(flags(text)).toBe(false));
});
