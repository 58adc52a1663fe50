// New Reddit wraps a Lexical editor in the `shreddit-composer` web component: the component keeps
// its chrome in an open shadow root, while the editor (div[role=textbox][contenteditable]) and
// the submit button (button[type=submit][slot=submit-button]) are its light-DOM children inside
// faceplate-form; comment composers load inside other components' shadow roots, which discovery
// traverses. Confidence: M for the composer (Harper, several automation scripts agree), L for the
// submit button (browser-engineering §3). No known shortcut.
import { defineSite } from './define-site.js';

export default defineSite({
  id: 'reddit',
  hosts: ['www.reddit.com', 'reddit.com', 'new.reddit.com'],
  defaultMode: 'personal',
  composeBox: '[data-lexical-editor="true"][contenteditable="true"], shreddit-composer [contenteditable="true"]',
  signature: 'shreddit-composer > [contenteditable="true"]',
  postButton: 'shreddit-composer button[type="submit"], button[slot="submit-button"], faceplate-form button[type="submit"]',
  submitKeys: [],
});
