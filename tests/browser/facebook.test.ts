// Facebook: Lexical (plain text + history) in a dialog, Post as div[role=button][aria-label=Post].
import { platformStory } from './platform-story.js';

platformStory({
  page: 'facebook',
  site: 'facebook',
  box: (i) => `${i === 0 ? '#main' : 'body > [role="dialog"]'} [data-lexical-editor="true"]`,
  postButton: (i) => `${i === 0 ? '#main' : 'body > [role="dialog"]'} [role="button"][aria-label="Post"]`,
  submitShortcut: false,
});
