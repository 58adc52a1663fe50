// LinkedIn: Quill 2 in the share box, Post as button.share-actions__primary-action.
import { PLATFORMS } from './platforms.js';
import { platformStory } from './platform-story.js';

platformStory(PLATFORMS.linkedin);
