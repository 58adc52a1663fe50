// Rules of the 'political' category; each file holds one rule (signals.ts and util.ts are shared helpers).
import type { Rule } from '../../types.js';
import callToAction from './call-to-action.js';
import partisanStance from './partisan-stance.js';
import positionAssociation from './position-association.js';
import partyMention from './party-mention.js';
import electionHashtag from './election-hashtag.js';
import partyParticipation from './party-participation.js';
import ouster from './ouster.js';
import campaignDisplay from './campaign-display.js';
import readsLike from './reads-like.js';

export const rules: Rule[] = [callToAction, partisanStance, positionAssociation, partyMention, electionHashtag, partyParticipation, ouster, campaignDisplay, readsLike];
