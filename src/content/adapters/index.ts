import type { EditorAdapter } from './adapter.js';
import { ContentEditableAdapter } from './contenteditable.js';
import { TextAreaAdapter } from './textarea.js';

export type { ApplyOutcome, EditorAdapter } from './adapter.js';

export function adapterFor(element: HTMLElement): EditorAdapter {
  return isTextField(element) ? new TextAreaAdapter(element) : new ContentEditableAdapter(element);
}

export function isTextField(element: Element): element is HTMLTextAreaElement | HTMLInputElement {
  return element instanceof HTMLTextAreaElement || element instanceof HTMLInputElement;
}
