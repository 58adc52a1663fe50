// Rules of the 'conduct' category; each file holds one rule.
import type { Rule } from '../../types.js';
import insult from './insult.js';
import profanity from './profanity.js';
import discrimination from './discrimination.js';
import arguingWithPublic from './arguing-with-public.js';
import harassment from './harassment.js';
import groupBlame from './group-blame.js';
import belittling from './belittling.js';
import readsLike from './reads-like.js';

export const rules: Rule[] = [insult, profanity, discrimination, arguingWithPublic, harassment, groupBlame, belittling, readsLike];
