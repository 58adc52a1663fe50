// Rules of the 'official-standards' category; each file holds one rule.
import type { Rule } from '../../types.js';
import hashtagCase from './hashtag-case.js';
import clickHere from './click-here.js';
import altText from './alt-text.js';
import emojiWall from './emoji-wall.js';
import acronym from './acronym.js';
import termsOfUse from './terms-of-use.js';
import bilingual from './bilingual.js';

export const rules: Rule[] = [bilingual, hashtagCase, altText, emojiWall, acronym, termsOfUse, clickHere];
