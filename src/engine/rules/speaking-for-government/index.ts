// Rules of the 'speaking-for-government' category; each file holds one rule.
import type { Rule } from '../../types.js';
import officialVoice from './official-voice.js';
import commitment from './commitment.js';
import posingAsOfficial from './posing-as-official.js';
import viewsDisclaimer from './views-disclaimer.js';
import serviceVoice from './service-voice.js';
import readsLike from './reads-like.js';

export const rules: Rule[] = [officialVoice, commitment, posingAsOfficial, viewsDisclaimer, serviceVoice, readsLike];
