// Message keys for the domain words the popup and options page show (modes, categories, guideline
// sources, reasons a setting was set aside), so every label comes from _locales.
import type { Category, Guideline, Mode, Severity } from '../engine/types.js';
import type { MessageKey } from '../i18n/translate.js';
import type { IssueCode } from '../settings/types.js';
import type { ImportFailure } from '../settings/settings-file.js';

export const MODE_LABEL: Record<Mode, MessageKey> = { personal: 'modePersonal', professional: 'modeProfessional', official: 'modeOfficial' };

export const MODE_HINT: Record<Mode, MessageKey> = {
  personal: 'modePersonalHint',
  professional: 'modeProfessionalHint',
  official: 'modeOfficialHint',
};

export const SEVERITY_LABEL: Record<Severity, MessageKey> = { high: 'severityHigh', medium: 'severityMedium', tip: 'severityTip' };

export const CATEGORY_LABEL: Record<Category, MessageKey> = {
  'personal-info': 'categoryPersonalInfo',
  confidential: 'categoryConfidential',
  political: 'categoryPolitical',
  'policy-commentary': 'categoryPolicyCommentary',
  'speaking-for-government': 'categorySpeakingForGovernment',
  'conflict-of-interest': 'categoryConflictOfInterest',
  conduct: 'categoryConduct',
  'official-standards': 'categoryOfficialStandards',
};

export type GuidelineSource = Guideline['source'];

/** The library's groups, in the order it shows them. */
export const SOURCE_ORDER: readonly GuidelineSource[] = ['ops-guidelines', 'official-duties', 'oath', 'fippa', 'psoa-political', 'conflict-of-interest', 'conduct'];

export const SOURCE_LABEL: Record<GuidelineSource, MessageKey> = {
  'ops-guidelines': 'sourceOpsGuidelines',
  'official-duties': 'sourceOfficialDuties',
  oath: 'sourceOath',
  fippa: 'sourceFippa',
  'psoa-political': 'sourcePsoaPolitical',
  'conflict-of-interest': 'sourceConflictOfInterest',
  conduct: 'sourceConduct',
};

export const ISSUE_LABEL: Record<IssueCode, MessageKey> = {
  'not-an-object': 'issueNotAnObject',
  'wrong-type': 'issueWrongType',
  'unknown-value': 'issueUnknownValue',
  'item-dropped': 'issueItemDropped',
  'unknown-key': 'issueUnknownKey',
  'too-many': 'issueTooMany',
  'newer-version': 'issueNewerVersion',
};

export const IMPORT_FAILURE_LABEL: Record<ImportFailure, MessageKey> = {
  'too-large': 'importTooLarge',
  'not-json': 'importNotJson',
  foreign: 'importForeign',
  'newer-version': 'importNewerVersion',
  invalid: 'importInvalid',
};

export const PLATFORM_LABEL: Record<string, string> = {
  x: 'X',
  linkedin: 'LinkedIn',
  facebook: 'Facebook',
  instagram: 'Instagram',
  threads: 'Threads',
  bluesky: 'Bluesky',
  mastodon: 'Mastodon',
  reddit: 'Reddit',
};
