// Mastodon composes in a React-controlled <textarea> (react-textarea-autosize), plus the content
// warning input; it posts on the submit button or Ctrl/Cmd+Enter. Any instance can host it, so
// the user enables instances at run time; on those hosts the markers below identify it.
// Confidence: H, from mastodon/mastodon compose_form.jsx (browser-engineering §3).
import { defineSite } from './define-site.js';

export default defineSite({
  id: 'mastodon',
  hosts: ['mastodon.social'],
  defaultMode: 'personal',
  composeBox: 'form.compose-form textarea.autosuggest-textarea__textarea, form.compose-form #cw-spoiler-input',
  postButton: '.compose-form__submit button[type="submit"]',
  submitKeys: ['Mod+Enter'],
});
