// Showing support for a party or candidate without a "vote" or a party word beside it: a lawn sign
// that is up, signs put up for someone, volunteering on a named person's campaign, a party hashtag
// with a cheer. political/campaign-display reads these with the political signals.
import { verbForms } from '../../text/verb-forms.js';

/** Support shown or given; partisan when a party, leader or candidate is named here or in the sentence beside. */
export const DISPLAY_CUES_EN = verbForms([
  'my lawn sign', 'our lawn sign', 'my yard sign', 'sign is up', 'signs are up', 'signs for', 'sign for', 'putting up signs',
  'put up signs', 'proud supporter', 'proud to support', 'proudly supporting', 'my vote goes to', 'got my vote',
  'has my vote', 'volunteering for', 'volunteered for', 'canvassing for', 'donated to', 'chipped in for', "let's win this",
  "let's do this", 'button on', 't-shirt', 'sticker on my',
]);

/** Signs that stand for an election by themselves once they are put up ("my lawn sign is up"). */
export const ELECTION_SIGNS_EN = ['lawn sign', 'lawn signs', 'election sign', 'election signs', 'campaign sign', 'campaign signs'];
/** Lawn signs of another kind: a graduation, a sale, a birthday, a road safety sign. */
export const OTHER_SIGNS_EN = [
  'grad', 'graduate', 'graduation', 'class of', 'birthday', 'for sale', 'sold', 'real estate', 'realtor', 'congrats',
  'congratulations', 'baby', 'wedding', 'garage sale', 'yard sale', 'lost', 'missing', 'slow down', 'kids at play',
  'lawn care', 'watering', 'pesticide', 'open house', 'church', 'school', 'team', 'tournament', 'vbs',
];

/** A campaign that is charity, not an election: "the United Way campaign". */
export const CHARITY_CAMPAIGNS_EN = ['united way', 'food bank', 'foundation', 'hospital', 'cancer', 'run', 'marathon', 'fundraising', 'charity', 'toy drive', 'blood drive', 'awareness'];
/** Offices a named person runs for: "Jane Smith for Ward 3". */
export const OFFICES_EN = ['ward', 'mayor', 'council', 'councillor', 'city council', 'trustee', 'school board', 'mpp', 'mp', 'premier', 'regional chair', 'reeve'];
