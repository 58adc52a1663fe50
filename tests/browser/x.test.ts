// X: Draft.js under React 18, testids from Draft's webDriverTestID, tweetButtonInline / tweetButton.
import { PLATFORMS } from './platforms.js';
import { platformStory } from './platform-story.js';

platformStory(PLATFORMS.x);
