// X: Draft.js under React 18, testids from Draft's webDriverTestID, tweetButtonInline / tweetButton.
import { platformStory } from './platform-story.js';

platformStory({
  page: 'x',
  site: 'x',
  box: (i) => `[data-testid="tweetTextarea_${i}"]`,
  postButton: (i) => `[data-testid="${i === 0 ? 'tweetButtonInline' : 'tweetButton'}"]`,
  submitShortcut: true,
});
