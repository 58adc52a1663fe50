// The catalogue: every built-in rule, by category.
import type { Rule } from '../types.js';
import { rules as personalInfo } from './personal-info/index.js';
import { rules as confidential } from './confidential/index.js';
import { rules as political } from './political/index.js';
import { rules as policyCommentary } from './policy-commentary/index.js';
import { rules as speakingForGovernment } from './speaking-for-government/index.js';
import { rules as conflictOfInterest } from './conflict-of-interest/index.js';
import { rules as conduct } from './conduct/index.js';
import { rules as officialStandards } from './official-standards/index.js';

export const rules: readonly Rule[] = [
  ...personalInfo,
  ...confidential,
  ...political,
  ...policyCommentary,
  ...speakingForGovernment,
  ...conflictOfInterest,
  ...conduct,
  ...officialStandards,
];
