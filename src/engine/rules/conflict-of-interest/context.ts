// Context shared by the conflict-of-interest rules: whether the author ties the post to their
// job (which turns "I recommend" or "my shop" into use of one's position, O. Reg. 381/07 s. 3),
// and a phrase-alternation builder for patterns that chain two word lists. The job shows by the
// employer ("at the ministry"), a title ("as an inspector", "tip from a food inspector", "je suis
// agronome"), a ministry acronym in capitals ("OMAFRA"), or the duties themselves ("the farms I
// inspect", "j'évalue les demandes").
import { plainBefore } from '../../text/unit.js';
import type { Unit } from '../../types.js';
import { lexicon } from '../../match.js';
import { lowerSameLength, stripAccents } from '../../text/fold.js';
import {
  DUTY_OBJECTS_EN, DUTY_VERBS_EN, EMPLOYER_REFERENCES_EN, MINISTRY_ACRONYMS, ROLE_TITLES_EN,
} from '../../lexicons/en/conflict-position.js';
import { DUTY_OBJECTS_FR, DUTY_VERBS_FR, EMPLOYER_REFERENCES_FR, ROLE_TITLES_FR } from '../../lexicons/fr/conflict-position.js';
import { PRIVATE_CONTACT_EN } from '../../lexicons/en/conflict-preferential.js';
import { PRIVATE_CONTACT_FR } from '../../lexicons/fr/conflict-preferential.js';

/** "DM me", « écrivez-moi en privé »: an invitation to take a matter private (preferential-treatment, and unannounced's favour wink). */
export const PRIVATE_CONTACT = lexicon([...PRIVATE_CONTACT_EN, ...PRIVATE_CONTACT_FR]);

const ESCAPE = /[.*+?^${}()|[\]\\/]/g;

/** The alternation part of a lexicon, for building a pattern of several parts
 * (same escaping and folding as lexicon(): accent-free, lower case, spaces match spaces or a hyphen). */
export function alternation(phrases: readonly string[]): string {
  return [...new Set(phrases.map((p) => stripAccents(lowerSameLength(p.trim()))))]
    .filter(Boolean)
    .sort((a, b) => b.length - a.length)
    .map((p) => p.replace(ESCAPE, '\\$&').replace(/'/g, "['\u2019]?").replace(/ +/g, '[\\s-]+'))
    .join('|');
}

const EMPLOYER = lexicon([...EMPLOYER_REFERENCES_EN, ...EMPLOYER_REFERENCES_FR]);
const TITLES = alternation([...ROLE_TITLES_EN, ...ROLE_TITLES_FR]);
const WORD = "[\\p{L}'-]{2,20}\\s+";
// "as a senior policy analyst", "en tant qu'agronome", "à titre de conseillère", "tip from a food
// safety inspector", "I'm an inspector", "je suis inspectrice": a title after a frame that makes it the author's.
const ROLE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:as|in my role as|in my capacity as|speaking as|en tant que?|a titre de?|comme|from|de la part d|i['\u2019]?m|i am|je suis|conseil d['\u2019]?)['\\s]\\s*(?:(?:an?|the|your|our|un|une|votre|notre|ministry|government|provincial|local|friendly|du ministere)\\s+){0,2}(?:${WORD}){0,2}?(?:${TITLES})(?![\\p{L}\\p{N}])`,
  'gu',
);
const DUTY_VERBS = alternation([...DUTY_VERBS_EN, ...DUTY_VERBS_FR]);
const DUTY_OBJECTS = alternation([...DUTY_OBJECTS_EN, ...DUTY_OBJECTS_FR]);
// "I review septic designs", "we approve permits", "j'évalue les demandes": the author doing the job.
const DUTY_FIRST = new RegExp(
  `(?<![\\p{L}])(?:i|we|j['\u2019]|je|nous)(?:['\u2019]ve|\\s+have|\\s+had|['\u2019]d|\\s+used\\s+to|\\s+still|\\s+also|\\s*ai|\\s+avons)?\\s*(?:${DUTY_VERBS})(?:s|d|ed|ing|e|es|ons)?\\s+(?:${WORD}){0,3}?(?:${DUTY_OBJECTS})(?![\\p{L}])`,
  'u',
);
// "the companies I audit", "les fermes que j'inspecte", "hundreds of fields a year".
const DUTY_AFTER = new RegExp(
  `(?<![\\p{L}])(?:${DUTY_OBJECTS})\\s+(?:(?:that|which)\\s+)?(?:i|we|que\\s+j['\u2019]|que\\s+je|que\\s+nous)\\s*(?:${DUTY_VERBS})(?![\\p{L}])|(?<![\\p{L}])(?:i|je)\\s+(?:see|visit|vois|visite)\\s+(?:hundreds|dozens|thousands|des\\s+centaines|des\\s+dizaines|des\\s+milliers)\\s+(?:of|de|d['\u2019])`,
  'u',
);
// Ministry acronyms in capitals: "OPS", "OMAFRA"; in lower case they are ordinary words ("photo ops").
const ACRONYMS = new RegExp(`(?<![\\p{L}\\p{N}])(?:${MINISTRY_ACRONYMS.join('|')})(?![\\p{L}\\p{N}])`, 'u');

function mentions(plain: string): boolean {
  EMPLOYER.lastIndex = 0;
  ROLE.lastIndex = 0;
  return EMPLOYER.test(plain) || ROLE.test(plain) || DUTY_FIRST.test(plain) || DUTY_AFTER.test(plain);
}

/** Whether the text describes businesses or files the author inspects, audits or funds ("one of the
 * companies I audit", "les fermes que j'inspecte"): a giver or a reader described so is a stakeholder. */
export function dutyRelation(plain: string): boolean {
  return DUTY_AFTER.test(plain) || DUTY_FIRST.test(plain);
}

/** Whether this sentence or the one before names the author's public-service employer, job title or
 * duties (the sentence before is only available in lower case, so acronyms count in this sentence only). */
export function namesPosition(unit: Unit): boolean {
  if (mentions(unit.plain) || ACRONYMS.test(unit.folded)) return true;
  return unit.before !== '' && mentions(plainBefore(unit));
}

/** Same-length plain view of `unit.before` (lower case, no accents). */
export function beforePlain(unit: Unit): string {
  return plainBefore(unit);
}
