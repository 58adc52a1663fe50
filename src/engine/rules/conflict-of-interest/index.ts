// Rules of the 'conflict-of-interest' category; each file holds one rule.
import type { Rule } from '../../types.js';
import promotion from './promotion.js';
import endorsement from './endorsement.js';
import gift from './gift.js';
import preferentialTreatment from './preferential-treatment.js';
import readsLike from './reads-like.js';

export const rules: Rule[] = [promotion, endorsement, gift, preferentialTreatment, readsLike];
