// Rules of the 'confidential' category; each file holds one rule (context.ts holds shared checks).
import type { Rule } from '../../types.js';
import cabinet from './cabinet.js';
import embargo from './embargo.js';
import unannounced from './unannounced.js';
import internalDocument from './internal-document.js';
import leak from './leak.js';
import procurement from './procurement.js';
import securityOperations from './security-operations.js';
import shownDocument from './shown-document.js';
import briefingMaterial from './briefing-material.js';
import readsLike from './reads-like.js';

export const rules: Rule[] = [cabinet, embargo, unannounced, internalDocument, leak, procurement, securityOperations, shownDocument, briefingMaterial, readsLike];
