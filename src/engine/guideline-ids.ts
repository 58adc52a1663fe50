// Every guideline excerpt id, so a rule cannot cite an excerpt that does not exist.
export const GUIDELINE_IDS = [
  'ops-guiding-principles',
  'ops-personal-use',
  'ops-specialist-executive',
  'ops-official-account',
  'ops-official-french',
  'ops-official-accessibility',
  'ops-terms-of-use',
  'oath-secrecy',
  'coi-confidential-information',
  'fippa-cabinet-confidences',
  'fippa-personal-information',
  'fippa-identifying-numbers',
  'fippa-contact-details',
  'fippa-business-capacity',
  'psoa-political-activity',
  'psoa-all-public-servants',
  'psoa-specially-restricted',
  'psoa-duty-related-comment',
  'coi-benefiting-self',
  'coi-gifts',
  'coi-preferential-treatment',
  'coi-outside-activities',
  'conduct-respectful-workplace',
  'conduct-comment-policy',
] as const;

export type GuidelineId = (typeof GUIDELINE_IDS)[number];
