// Election and political-conversation hashtags (#onpoli, #ONelxn, #cdnpoli, #elxn45, #polcan). The tag
// puts the post into the stream where parties and campaigns argue, and readers take what comes with
// it as a contribution to that argument: worth a look (medium) in every mode. Civic information
// (where and when to vote, results, the debate's time) keeps the tag a tip. Every labeled post of the
// corpus and of four blind sets that carries such a tag was judged political by its writer; most of
// those the engine missed had no other signal than the tag.
import { defineRule } from '../../define-rule.js';
import { plainBefore } from '../../text/unit.js';
import { WordLexicon } from './util.js';
import type { Hit } from '../../types.js';
import { CIVIC_REMINDERS_EN, ELECTION_LOGISTICS_EN } from '../../lexicons/en/political-actions.js';
import { CIVIC_REMINDERS_FR, ELECTION_LOGISTICS_FR } from '../../lexicons/fr/political-actions.js';
import { ELECTION_TAG_TRIGGERS, signals } from './signals.js';
import { GOVERNMENT_PAGE_DOMAINS } from '../../lexicons/en/contact-details.js';

const CIVIC_INFO = new WordLexicon({ term: [...CIVIC_REMINDERS_EN, ...ELECTION_LOGISTICS_EN, ...CIVIC_REMINDERS_FR, ...ELECTION_LOGISTICS_FR] });
// "Bill 124 has been repealed. Learn what it means: ontario.ca/bill124 #OnPoli": a neutral notice that sends readers to
// a government or legislature page is civic information too.
const GOVERNMENT_LINK = new RegExp(
  `(?:^|[^\\p{L}\\p{N}.-])(?:[\\p{L}\\p{N}-]+\\.)*(?:${GOVERNMENT_PAGE_DOMAINS.map((d) => d.replace(/\./g, '\\.')).join('|')})(?![\\p{L}\\p{N}.-])`,
  'u',
);
const TIP = { personal: 'tip', professional: 'tip', official: 'tip' } as const;

export default defineRule({
  id: 'political/election-hashtag',
  category: 'political',
  severity: { personal: 'medium', professional: 'medium', official: 'medium' },
  guidelines: ['psoa-political-activity', 'psoa-duty-related-comment'],
  title: { en: 'Political or election hashtag', fr: 'Mot-clic politique ou électoral' },
  why: {
    en: 'This hashtag puts the post into the political conversation. That is fine for neutral content; keep the post free of support for or criticism of parties and candidates, and away from matters you work on.',
    fr: "Ce mot-clic place le message dans la conversation politique. C'est acceptable pour un contenu neutre; évitez d'y appuyer ou d'y critiquer un parti ou un candidat, et de commenter les questions dont vous vous occupez au travail.",
  },
  triggers: ELECTION_TAG_TRIGGERS,
  detect(unit) {
    const tags = signals(unit).tags.filter((t) => t.kind === 'election');
    if (!tags.length) return [];
    // The sentence before is read only when this one holds no civic information.
    const civicIn = (s: string) => CIVIC_INFO.test(s) || GOVERNMENT_LINK.test(s);
    const civic = civicIn(unit.plain) || civicIn(plainBefore(unit));
    return tags.map((t): Hit => ({ start: t.start, end: t.end, ...(civic && { severity: TIP }) }));
  },
  examples: {
    invalid: [
      { text: 'Interesting debate on transit funding tonight #onpoli', span: '#onpoli', severity: 'medium', mode: 'personal' },
      { text: 'Say what you want, this government finally gets it on housing #onpoli', span: '#onpoli', severity: 'medium', mode: 'personal' },
      { text: 'Ça commence à faire, cette campagne-là #polqc #ONelxn', span: '#ONelxn', severity: 'medium', mode: 'professional' },
      // Civic information: a tip.
      { text: 'Advance voting starts this weekend #ONelxn2025', span: '#ONelxn2025', severity: 'tip' },
      { text: 'Long day of results coverage #elxn45 #cdnpoli', span: '#cdnpoli', severity: 'tip' },
      { text: 'Belle soirée de débat des chefs #polcan', span: '#polcan', severity: 'tip' },
      { text: 'Les résultats arrivent ce soir dans notre région #ONelxn', span: '#ONelxn', severity: 'tip' },
      // The information in the sentence before the tag.
      { text: 'Soirée électorale à la maison, les résultats rentrent lentement. #polcan', span: '#polcan', severity: 'tip' },
      // An official reminder of when to vote and to check one's registration, in the agency's own words.
      { text: "Your vote, your voice. Election Day is Thursday, June 2, and you can check that you're registered online. #OntarioVotes", span: '#OntarioVotes', severity: 'tip', mode: 'official' },
      { text: 'Le jour du scrutin est le jeudi 2 juin. Vérifiez votre inscription sur la liste électorale. #OntarioVote', span: '#OntarioVote', severity: 'tip', mode: 'official' },
      // A neutral notice sending readers to a government page.
      { text: 'Bill 124 has been repealed. Learn what it means for public sector workers: ontario.ca/bill124 #OnPoli', span: '#OnPoli', severity: 'tip', mode: 'official' },
      { text: 'Le projet de loi 124 a été abrogé. En savoir plus : ontario.ca/projetdeloi124 #OnPoli', span: '#OnPoli', severity: 'tip', mode: 'official' },
      // A link elsewhere is no government page.
      { text: 'Bill 124 is gone. Read my take: myblog.ca/bill124-ontario.ca-fail #OnPoli', span: '#OnPoli', severity: 'medium', mode: 'personal' },
    ],
    valid: [
      'Great trip to Naples this summer #napoli #travel',
      'Our team wrapped up the policy sprint today #WorkingOutLoud #OPS',
      'Vote for your favourite photo! #PhotoContest',
      'Belle journée au bureau avec mon équipe #FPO #fierté',
      'Join us for the Terry Fox Run #TerryFox #Ontario',
    ],
  },
});
