// Rules of the 'official-standards' category; each file holds one rule.
import type { Rule } from '../../types.js';

export const rules: Rule[] = [];
