// Instagram: DMs are Lexical with spellcheck=false; the caption is a contenteditable ("Write a
// caption…"); comments are a textarea ("Add a comment…"). The Share/Post button is a div with
// role=button and hashed classes, so its label decides. Confidence: M for DMs, L for caption and
// comments (browser-engineering §3).
import { defineSite } from './define-site.js';

export default defineSite({
  id: 'instagram',
  hosts: ['www.instagram.com', 'instagram.com'],
  defaultMode: 'personal',
  composeBox: '[contenteditable="true"][role="textbox"], textarea[aria-label]',
  postButton: '[role="button"], button',
  postButtonLabels: ['Share', 'Post', 'Partager', 'Publier'],
  submitKeys: [],
});
