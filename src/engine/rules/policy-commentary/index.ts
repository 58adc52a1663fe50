// Rules of the 'policy-commentary' category; each file holds one rule (signals.ts is a shared helper).
import type { Rule } from '../../types.js';
import opinion from './opinion.js';
import employerCriticism from './employer-criticism.js';
import dutyContext from './duty-context.js';
import platformDuty from './platform-duty.js';
import decisionVerdict from './decision-verdict.js';
import contradictsClaim from './contradicts-claim.js';
import readsLike from './reads-like.js';

export const rules: Rule[] = [opinion, employerCriticism, dutyContext, platformDuty, decisionVerdict, contradictsClaim, readsLike];
