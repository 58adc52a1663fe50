// LinkedIn: Quill 2 in the share box, Post as button.share-actions__primary-action.
import { platformStory } from './platform-story.js';

platformStory({
  page: 'linkedin',
  site: 'linkedin',
  box: (i) => `${i === 0 ? '#main' : '[role="dialog"]'} .ql-editor`,
  postButton: (i) => `${i === 0 ? '#main' : '[role="dialog"]'} button.share-actions__primary-action`,
  submitShortcut: false,
});
