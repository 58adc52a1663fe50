// Threads: a role=textbox contenteditable with <p> lines, labelled "Empty text field…", in the
// composer dialog; Post is a role=button reading "Post". What the editor is has not been
// confirmed: <p> lines under a textbox are what Lexical renders, and Meta uses Lexical on
// Facebook and Instagram, but no public source names it (browser-engineering §3: L/M, inference).
// So nothing here depends on Lexical's own attributes; the fixture runs Lexical as the likeliest
// engine. Off Threads' hosts, its English label is what sets it apart from Facebook's box.
import { defineSite } from './define-site.js';

export default defineSite({
  id: 'threads',
  hosts: ['www.threads.com', 'www.threads.net', 'threads.com', 'threads.net'],
  defaultMode: 'personal',
  composeBox: '[role="textbox"][contenteditable="true"]',
  signature: '[role="textbox"][contenteditable="true"][aria-label*="text field" i]',
  postButton: '[role="dialog"] [role="button"], [role="dialog"] button',
  postButtonLabels: ['Post', 'Publier'],
  submitKeys: [],
});
