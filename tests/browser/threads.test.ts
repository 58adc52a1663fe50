// Threads: a textbox labelled "Empty text field…" (Lexical, inferred) in a dialog, posted by a
// div[role=button] reading "Post".
import { platformStory } from './platform-story.js';

const scope = (i: number) => (i === 0 ? '#main [role="dialog"]' : 'body > [role="dialog"]');

platformStory({
  page: 'threads',
  site: 'threads',
  box: (i) => `${scope(i)} [role="textbox"][contenteditable="true"]`,
  postButton: (i) => `${scope(i)} div[role="button"]:text-is("Post")`,
  submitShortcut: false,
});
