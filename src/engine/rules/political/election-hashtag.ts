// Election and political-conversation hashtags (#onpoli, #ONelxn, #cdnpoli, #elxn45, #polcan). Alone
// they are only a tip: they put the post into the political stream, where a neutral post is fine but
// the audience reads it as a political contribution. Partisan content is flagged by the other rules.
import { defineRule } from '../../define-rule.js';
import type { Hit } from '../../types.js';
import { ELECTION_TAG_TRIGGERS, signals } from './signals.js';

export default defineRule({
  id: 'political/election-hashtag',
  category: 'political',
  severity: { personal: 'tip', professional: 'tip', official: 'tip' },
  guidelines: ['psoa-political-activity', 'psoa-duty-related-comment'],
  title: { en: 'Political or election hashtag', fr: 'Mot-clic politique ou électoral' },
  why: {
    en: 'This hashtag puts the post into the political conversation. That is fine for neutral content; keep the post free of support for or criticism of parties and candidates, and away from matters you work on.',
    fr: "Ce mot-clic place le message dans la conversation politique. C'est acceptable pour un contenu neutre; évitez d'y appuyer ou d'y critiquer un parti ou un candidat, et de commenter les questions dont vous vous occupez au travail.",
  },
  triggers: ELECTION_TAG_TRIGGERS,
  detect(unit) {
    return signals(unit).tags.filter((t) => t.kind === 'election').map((t): Hit => ({ start: t.start, end: t.end }));
  },
  examples: {
    invalid: [
      { text: 'Interesting debate on transit funding tonight #onpoli', span: '#onpoli', severity: 'tip' },
      { text: 'Advance voting starts this weekend #ONelxn2025', span: '#ONelxn2025' },
      { text: 'Long day of results coverage #elxn45 #cdnpoli', span: '#cdnpoli' },
      { text: 'Belle soirée de débat des chefs #polcan', span: '#polcan' },
      { text: 'Les résultats arrivent ce soir dans notre région #ONelxn', span: '#ONelxn' },
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
