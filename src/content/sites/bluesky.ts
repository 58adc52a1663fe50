// Bluesky's web composer is TipTap 3 (ProseMirror); it posts on the button or on Mod+Enter
// (TipTap handleKeyDown). Confidence: H, from the open social-app source (browser-engineering §3).
import { defineSite } from './define-site.js';

export default defineSite({
  id: 'bluesky',
  hosts: ['bsky.app'],
  defaultMode: 'personal',
  composeBox: '.ProseMirror[contenteditable="true"]',
  postButton: '[data-testid="composerPublishBtn"]',
  submitKeys: ['Mod+Enter'],
});
