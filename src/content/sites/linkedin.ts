// LinkedIn's share box is Quill (`.ql-editor`); 2026 reports also show a TipTap composer with
// hashed classes, so both roots are listed. Confidence: M/L, conflicting reports (an A/B test or a
// migration): check logged in before relying on it (browser-engineering §3). No known shortcut.
import { defineSite } from './define-site.js';

export default defineSite({
  id: 'linkedin',
  hosts: ['www.linkedin.com', 'linkedin.com'],
  defaultMode: 'professional',
  composeBox:
    '.ql-editor[contenteditable="true"], .tiptap.ProseMirror[contenteditable="true"][role="textbox"], div[aria-label="Text editor for creating comment"][contenteditable="true"]',
  postButton: 'button.share-actions__primary-action',
  submitKeys: [],
});
