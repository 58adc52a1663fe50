// Rules of the 'personal-info' category; each file holds one rule.
import type { Rule } from '../../types.js';
import sin from './sin.js';

export const rules: Rule[] = [sin];
