// Mastodon: a React-controlled textarea (the mirror overlay path, execCommand on a text field).
import { PLATFORMS } from './platforms.js';
import { platformStory } from './platform-story.js';

platformStory(PLATFORMS.mastodon);
