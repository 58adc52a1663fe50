// <textarea> and <input> boxes (Mastodon's post and content warning, Instagram comments).
// Replacing goes through execCommand('insertText'): it fires beforeinput/input like typing, so
// React's controlled value follows and Ctrl+Z undoes it; assigning .value would break both
// (browser-engineering §2).
import { nextFrame, type ApplyOutcome, type EditorAdapter } from './adapter.js';

export type TextField = HTMLTextAreaElement | HTMLInputElement;

export class TextAreaAdapter implements EditorAdapter {
  readonly kind = 'textarea' as const;

  constructor(readonly element: TextField) {}

  readText(): string {
    return this.element.value;
  }

  rangesFor(spans: readonly { start: number; end: number }[]): (Range | null)[] {
    return spans.map(() => null);
  }

  async replace(start: number, end: number, expected: string, replacement: string): Promise<ApplyOutcome> {
    const field = this.element;
    const before = field.value;
    if (before.slice(start, end) !== expected) return 'stale';
    const wanted = before.slice(0, start) + replacement + before.slice(end);
    field.focus({ preventScroll: true });
    field.setSelectionRange(start, end);
    const doc = field.ownerDocument;
    if (replacement === '') doc.execCommand('delete', false);
    else doc.execCommand('insertText', false, replacement);
    await nextFrame();
    if (field.value === wanted) return 'applied';
    if (field.value !== before) {
      doc.execCommand('undo', false);
      await nextFrame();
    }
    return 'failed';
  }

  placeCaret(offset: number): void {
    this.element.focus({ preventScroll: true });
    this.element.setSelectionRange(offset, offset);
  }

  caretOffset(): number | null {
    const field = this.element;
    if (field.ownerDocument.activeElement !== field && field.getRootNode() === field.ownerDocument) return null;
    return field.selectionStart !== null && field.selectionStart === field.selectionEnd ? field.selectionStart : null;
  }
}
