// Multi-word hashtags written all in lower case (#ontariojobsfair): screen readers read them as one
// long word, while CamelCase (#OntarioJobsFair) is read word by word (AODA accessibility practice;
// Ontario accessibility guides ask to capitalise each word of a hashtag). Single words are fine.
import { defineRule } from '../../define-rule.js';
import type { Hit } from '../../types.js';
import { camelCaseHashtag } from './hashtag-words.js';

export default defineRule({
  id: 'official-standards/hashtag-case',
  category: 'official-standards',
  severity: { personal: 'off', professional: 'tip', official: 'medium' },
  guidelines: ['ops-official-accessibility', 'ops-official-account'],
  title: { en: 'Hashtag in lower case', fr: 'Mot-clic en minuscules' },
  why: {
    en: 'This hashtag joins several words in lower case. Screen readers read it as one long word; capitalise each word (CamelCase) so everyone can read it.',
    fr: "Ce mot-clic colle plusieurs mots en minuscules. Les lecteurs d'écran le lisent comme un seul long mot; mettez une majuscule à chaque mot pour qu'il soit lisible par tous.",
  },
  detect(unit) {
    const hits: Hit[] = [];
    for (const span of unit.masked) {
      if (span.kind !== 'hashtag') continue;
      const tag = unit.text.slice(span.start, span.end);
      const camel = camelCaseHashtag(tag);
      if (!camel) continue;
      hits.push({
        start: span.start,
        end: span.end,
        message: {
          en: `Write ${camel} instead of ${tag}: screen readers read each capitalised word separately.`,
          fr: `Écrivez ${camel} plutôt que ${tag} : les lecteurs d'écran lisent alors chaque mot séparément.`,
        },
        suggestion: { label: { en: `Capitalise: ${camel}`, fr: `Mettre les majuscules : ${camel}` }, replacement: camel },
      });
    }
    return hits;
  },
  examples: {
    invalid: [
      { text: 'Join us at the job fair in Sudbury next week! #ontariojobsfair', span: '#ontariojobsfair', mode: 'official', severity: 'medium' },
      { text: 'Our team is at the fair all day, come and say hi #mentalhealth #ontariojobs', span: '#mentalhealth', mode: 'professional', severity: 'tip' },
      { text: 'Check your smoke alarms this weekend. #firesafety', span: '#firesafety', mode: 'official' },
      { text: 'Venez nous voir au salon de l’emploi de Sudbury la semaine prochaine! #emploisontario', span: '#emploisontario', mode: 'official' },
      { text: 'C’est la semaine de la santé mentale, prenez soin de vous. #santementale', span: '#santementale', mode: 'official' },
      // An acronym ahead of known words still makes one long word to a screen reader.
      { text: 'Join us at the Ontario Public Service career fair in Toronto. #opscareerfair', span: '#opscareerfair', mode: 'official' },
      { text: "Rejoignez-nous au salon de l'emploi de la fonction publique. #fposalonemploi", span: '#fposalonemploi', mode: 'official' },
    ],
    valid: [
      { text: 'Join us at the job fair in Sudbury next week! #OntarioJobsFair', mode: 'official' },
      { text: 'Spring planting tips for growers across the province. #agriculture #ontario', mode: 'official' },
      { text: 'Stay safe on the roads this long weekend. #COVID19 #ONroads', mode: 'official' },
      { text: 'Happy to see so many students at the science fair this year #onpoli #tbt', mode: 'official' },
      { text: 'Venez nous voir au salon de l’emploi de Sudbury la semaine prochaine! #EmploisOntario', mode: 'official' },
      { text: 'Bonne fin de semaine à tous et à toutes! #ontario #francophonie', mode: 'official' },
    ],
  },
});
