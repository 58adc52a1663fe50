// New Reddit wraps a Lexical editor in the `shreddit-composer` web component (open shadow root,
// which discovery traverses). Confidence: M for the composer, L for the submit button
// (browser-engineering §3).
import { defineSite } from './define-site.js';

export default defineSite({
  id: 'reddit',
  hosts: ['www.reddit.com', 'reddit.com', 'new.reddit.com'],
  defaultMode: 'personal',
  composeBox: '[data-lexical-editor="true"][contenteditable="true"], shreddit-composer [contenteditable="true"]',
  postButton: 'shreddit-composer button[type="submit"], button[slot="submit-button"], faceplate-form button[type="submit"]',
  submitKeys: [],
});
