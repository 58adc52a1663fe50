// Reddit: Lexical slotted into shreddit-composer (whose own chrome is in a shadow root), posted by
// its slotted submit button; the second composer is a comment reply inside another component's
// shadow root, so discovery, highlights, the card and the check all work across shadow trees.
import { platformStory } from './platform-story.js';

platformStory({
  page: 'reddit',
  site: 'reddit',
  box: (i) => (i === 0 ? '#main shreddit-composer > [role="textbox"]' : 'comment-composer-host shreddit-composer > [role="textbox"]'),
  postButton: (i) => (i === 0 ? '#main button[slot="submit-button"]' : 'comment-composer-host button[slot="submit-button"]'),
  submitShortcut: false,
});
