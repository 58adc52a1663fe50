// Bluesky: TipTap 3 (ProseMirror), composerPublishBtn, Mod+Enter handled by the editor.
import { platformStory } from './platform-story.js';

platformStory({
  page: 'bluesky',
  site: 'bluesky',
  box: (i) => `${i === 0 ? '#main' : '[role="dialog"]'} .ProseMirror`,
  postButton: (i) => `${i === 0 ? '#main' : '[role="dialog"]'} [data-testid="composerPublishBtn"]`,
  submitShortcut: true,
});
