// How each severity looks, so that colour is never the only cue (WCAG 1.4.1): an underline style
// and a glyph in a distinct shape, plus the written label in the pill, list and card.
import type { Severity } from '../../engine/index.js';
import type { MessageKey } from '../i18n.js';

export const SEVERITY_ORDER: readonly Severity[] = ['high', 'medium', 'tip'];

export const SEVERITY_STYLE: Record<Severity, { color: string; tint: string; line: string; glyph: string; label: MessageKey }> = {
  high: { color: '#b3261e', tint: 'rgba(179, 38, 30, 0.14)', line: 'wavy', glyph: '!', label: 'severityHigh' },
  medium: { color: '#9a5b00', tint: 'rgba(154, 91, 0, 0.12)', line: 'double', glyph: '?', label: 'severityMedium' },
  tip: { color: '#1a5fb4', tint: 'rgba(26, 95, 180, 0.08)', line: 'dotted', glyph: 'i', label: 'severityTip' },
};

/** Underline declarations shared by ::highlight() and the text-field mirror. */
export function underlineCss(severity: Severity): string {
  const s = SEVERITY_STYLE[severity];
  return `text-decoration: underline ${s.line} ${s.color}; text-decoration-thickness: 2px; text-underline-offset: 3px; background-color: ${s.tint};`;
}
