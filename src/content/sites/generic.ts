// Any other site the user enables (and what catches boxes the platform files miss there): a
// multi-line text field or an editor root, posted by its form's submit button. Single-line inputs
// are left out: search boxes and logins are not posts.
import { defineSite } from './define-site.js';

export default defineSite({
  id: 'generic',
  hosts: [],
  defaultMode: 'personal',
  composeBox:
    'textarea, [contenteditable="true"][role="textbox"], [contenteditable=""][role="textbox"], [data-lexical-editor="true"][contenteditable="true"], .ProseMirror[contenteditable="true"], .ql-editor[contenteditable="true"], .public-DraftEditor-content[contenteditable="true"]',
  postButton: 'form button[type="submit"], form input[type="submit"]',
  submitKeys: ['Mod+Enter'],
});
