// User-facing strings of the extension UI come from _locales (EN and FR): through the browser's
// i18n API, or the user's chosen interface language (src/i18n/translate.ts). Findings keep the
// language of the sentence they were found in (the engine decides that), so a French post gets
// French explanations.
export { translate as t, type MessageKey } from '../i18n/translate.js';
