// User-facing strings of the extension UI come from _locales (EN and FR) through the browser's
// i18n API, which picks the browser's language. Findings keep the language of the sentence they
// were found in (the engine decides that), so a French post gets French explanations.
import { ext } from './browser-api.js';

export type MessageKey =
  | 'modePersonal' | 'modeProfessional' | 'modeOfficial'
  | 'severityHigh' | 'severityMedium' | 'severityTip'
  | 'pillLabel' | 'pillClean' | 'pillUnavailable' | 'pillUnavailableShort' | 'findingsTitle' | 'whyItMatters'
  | 'actionApply' | 'actionIgnoreHere' | 'actionIgnoreAlways' | 'actionLearnMore' | 'actionClose'
  | 'applyFailed' | 'applyStale'
  | 'gateTitle' | 'gateIntro' | 'gateEdit' | 'gatePostAnyway';

export function t(key: MessageKey, ...substitutions: (string | number)[]): string {
  const message = ext.i18n.getMessage(key, substitutions.map(String));
  // An empty answer means a missing key: show the key rather than nothing, so it gets noticed.
  return message || key;
}
