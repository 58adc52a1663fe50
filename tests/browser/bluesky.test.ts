// Bluesky: TipTap 3 (ProseMirror), composerPublishBtn, Mod+Enter handled by the editor.
import { PLATFORMS } from './platforms.js';
import { platformStory } from './platform-story.js';

platformStory(PLATFORMS.bluesky);
