// Mastodon: a React-controlled textarea (the mirror overlay path, execCommand on a text field).
import { platformStory } from './platform-story.js';

platformStory({
  page: 'mastodon',
  site: 'mastodon',
  box: (i) => (i === 0 ? '#main textarea' : '[role="dialog"] textarea'),
  postButton: (i) => `${i === 0 ? '#main' : '[role="dialog"]'} .compose-form__submit button[type="submit"]`,
  submitShortcut: true,
});
