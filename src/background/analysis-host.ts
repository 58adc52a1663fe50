// The engine runs here, in the extension's own background context, not in the page: the page
// keeps a small content script (no lexicons, no compromise), typing never waits for analysis, and
// one warm cache serves every tab. The text still never leaves the browser.
import { analyze } from '../engine/index.js';
import { ext } from '../content/browser-api.js';
import { isAnalyzeRequest } from '../messaging/analysis.js';
import { answer } from './analysis-answer.js';
import { analyzeWithFaults } from './test-faults.js';

export function installAnalysisHost(): void {
  ext.runtime.onMessage.addListener((message: unknown, sender, sendResponse) => {
    // Only our own content scripts and pages can reach this listener (no externally_connectable),
    // but the check costs nothing and keeps it true if that ever changes.
    if (!isAnalyzeRequest(message) || sender.id !== ext.runtime.id) return undefined;
    sendResponse(answer(message, __OUTLOUD_TEST_HOOKS__ ? analyzeWithFaults : analyze));
    return undefined;
  });
}
