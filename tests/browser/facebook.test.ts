// Facebook: Lexical (plain text + history) in a dialog, Post as div[role=button][aria-label=Post].
import { PLATFORMS } from './platforms.js';
import { platformStory } from './platform-story.js';

platformStory(PLATFORMS.facebook);
