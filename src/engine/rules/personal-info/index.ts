// Rules of the 'personal-info' category; each file holds one rule.
import type { Rule } from '../../types.js';
import sin from './sin.js';
import ohip from './ohip.js';
import creditCard from './credit-card.js';
import driversLicence from './drivers-licence.js';
import passport from './passport.js';
import bankAccount from './bank-account.js';
import phone from './phone.js';
import email from './email.js';
import streetAddress from './street-address.js';
import postalCode from './postal-code.js';
import dateOfBirth from './date-of-birth.js';
import caseNumber from './case-number.js';
import licencePlate from './licence-plate.js';
import sensitiveFact from './sensitive-fact.js';
import describedPerson from './described-person.js';
import readsLike from './reads-like.js';

export const rules: Rule[] = [
  sin, ohip, creditCard, driversLicence, passport, bankAccount, phone, email, streetAddress, postalCode, dateOfBirth, caseNumber,
  licencePlate, sensitiveFact, describedPerson, readsLike,
];
