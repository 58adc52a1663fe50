// Instagram: the shared story on its fixture (markers in platforms.ts).
import { PLATFORMS } from './platforms.js';
import { platformStory } from './platform-story.js';

platformStory(PLATFORMS.instagram);
