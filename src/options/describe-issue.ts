// A settings or policy issue in words: which key, and what was wrong with it.
import { t } from '../i18n/translate.js';
import { ISSUE_LABEL } from '../pages/labels.js';
import type { SettingsIssue } from '../settings/types.js';

export function describeIssue(issue: SettingsIssue): string {
  const reason = t(ISSUE_LABEL[issue.code]);
  return issue.key ? t('issueWithKey', issue.key, reason) : reason;
}
