// Playing several fixture pages at once in one browser: each page gets a window of its own (a
// background tab has its timers and frames throttled) and at most `limit` pieces of work run at a
// time (on two cores more would only queue).
import type { BrowserContext, Page } from 'playwright-core';

let opening: Promise<unknown> = Promise.resolve();

/** A new page in its own window. Opened one at a time, so the 'page' event is this one's. */
export function pageInNewWindow(context: BrowserContext): Promise<Page> {
  const opened = opening.then(async () => {
    const cdp = await context.browser()!.newBrowserCDPSession();
    const page = context.waitForEvent('page');
    await cdp.send('Target.createTarget', { url: 'about:blank', newWindow: true });
    await cdp.detach();
    return page;
  });
  opening = opened.catch(() => undefined);
  return opened;
}

/** Runs the functions it is given with at most `limit` of them at once. */
export function limiter(limit: number): <T>(work: () => Promise<T>) => Promise<T> {
  let free = limit;
  const waiting: (() => void)[] = [];
  return async (work) => {
    if (free === 0) await new Promise<void>((go) => waiting.push(go));
    else free--;
    try {
      return await work();
    } finally {
      const next = waiting.shift();
      if (next) next();
      else free++;
    }
  };
}
