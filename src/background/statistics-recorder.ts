// Local statistics are written here only, one update at a time, so posts from several tabs at
// once never overwrite each other's counts.
import { ext } from '../content/browser-api.js';
import { POST_CHECKED_MESSAGE, isMessage, type PostChecked } from '../messaging/page-status.js';
import { isCategory } from '../settings/fields.js';
import { dayKey, recordPost } from '../settings/statistics.js';
import { loadStatistics, saveStatistics } from '../settings/storage.js';
import { fromContentScript } from './sender.js';

let queue: Promise<void> = Promise.resolve();

export function installStatisticsRecorder(): void {
  ext.runtime.onMessage.addListener((message: unknown, sender) => {
    if (!isMessage<PostChecked>(message, POST_CHECKED_MESSAGE) || !fromContentScript(sender)) return undefined;
    const categories = Array.isArray(message.categories) ? message.categories.filter(isCategory).slice(0, 1000) : [];
    queue = queue
      .then(async () => saveStatistics(recordPost(await loadStatistics(), dayKey(new Date()), categories)))
      .catch(() => undefined);
    return undefined;
  });
}
