// Threads: a contenteditable with <p> children, probably Lexical (inference); the Post button is a
// role=button labelled "Post" in the composer dialog. Confidence: L/M (browser-engineering §3).
import { defineSite } from './define-site.js';

export default defineSite({
  id: 'threads',
  hosts: ['www.threads.com', 'www.threads.net', 'threads.com', 'threads.net'],
  defaultMode: 'personal',
  composeBox: '[role="textbox"][contenteditable="true"]',
  postButton: '[role="dialog"] [role="button"], [role="dialog"] button',
  postButtonLabels: ['Post', 'Publier'],
  submitKeys: [],
});
