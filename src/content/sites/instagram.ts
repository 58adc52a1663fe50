// Instagram: DMs are Lexical with spellcheck=false (Harper #3563 and the commit that fixed it);
// the caption is a contenteditable textbox ("Write a caption…"), Lexical like the rest of Meta
// (unverified); comments are a textarea ("Add a comment…"). The Share/Post button is a div with
// role=button and hashed classes, so its label decides. Confidence: M for DMs, L for caption and
// comments (browser-engineering §3). Off Instagram's hosts, a Lexical textbox with spellcheck
// turned off is the one marker that sets it apart from Facebook's.
import { defineSite } from './define-site.js';

export default defineSite({
  id: 'instagram',
  hosts: ['www.instagram.com', 'instagram.com'],
  defaultMode: 'personal',
  composeBox: '[contenteditable="true"][role="textbox"], textarea[aria-label]',
  signature: '[contenteditable="true"][role="textbox"][data-lexical-editor="true"][spellcheck="false"]',
  postButton: '[role="button"], button',
  postButtonLabels: ['Share', 'Post', 'Partager', 'Publier'],
  submitKeys: [],
});
