// X composes with Draft.js (React). The testids come from Draft's `webDriverTestID` prop and are
// numbered per thread part (_0, _1 …). Confidence: H for the editor, M for the testids
// (browser-engineering §3). Ctrl/Cmd+Enter posts (L, unverified), and is guarded anyway.
import { defineSite } from './define-site.js';

export default defineSite({
  id: 'x',
  hosts: ['x.com', 'twitter.com', 'mobile.x.com'],
  defaultMode: 'personal',
  composeBox:
    '[data-testid^="tweetTextarea_"][contenteditable="true"], .public-DraftEditor-content[contenteditable="true"][role="textbox"]',
  postButton: '[data-testid="tweetButton"], [data-testid="tweetButtonInline"]',
  submitKeys: ['Mod+Enter'],
});
