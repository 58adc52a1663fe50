// Instagram: Lexical with spellcheck off, labelled "Write a caption...", published by a
// div[role=button] whose only marker is its text "Share".
import { platformStory } from './platform-story.js';

const scope = (i: number) => (i === 0 ? '#main' : 'body > [role="dialog"]');

platformStory({
  page: 'instagram',
  site: 'instagram',
  box: (i) => `${scope(i)} [role="textbox"][data-lexical-editor="true"]`,
  postButton: (i) => `${scope(i)} div[role="button"]:text-is("Share")`,
  submitShortcut: false,
});
