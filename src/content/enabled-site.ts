// The content script as the background registers it at run time for the sites the user or the
// organisation turned on (background/site-access.ts). The same script; its own entry file only so
// the bundler does not confuse it with the background's index.ts (both would be "index.ts").
import './index.js';
