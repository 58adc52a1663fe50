// Facebook composes with Lexical; classes are hashed, so the root is found by role and Lexical's
// own attribute, and the Post button by role and its (localised) label inside the dialog.
// Confidence: M for the editor, the button label is unverified (browser-engineering §3).
import { defineSite } from './define-site.js';

export default defineSite({
  id: 'facebook',
  hosts: ['www.facebook.com', 'web.facebook.com', 'm.facebook.com'],
  defaultMode: 'personal',
  composeBox: '[contenteditable="true"][role="textbox"][data-lexical-editor="true"]',
  postButton: '[role="dialog"] [role="button"][aria-label], [role="dialog"] button[aria-label]',
  postButtonLabels: ['Post', 'Publier'],
  submitKeys: [],
});
