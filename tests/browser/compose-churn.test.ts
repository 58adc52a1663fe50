// A page that replaces its compose box every 50 ms for 10 s (tests/fixtures/churn.html): OutLoud
// follows every box in and out without an error, and leaves nothing behind. Measured over CDP
// after forced garbage collection: the renderer's DOM node and event-listener counters, the
// detached DOM nodes still held, and the listeners the content script holds on window and
// document (read in its own isolated world) are the same after the churn as after a warm-up.
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { launchWithExtension, type LaunchedBrowser } from './launch.js';
import { collectPageErrors } from './page-errors.js';
import { nextFrame, underlined } from './page-helpers.js';

const CHURN_PAGE = readFileSync(resolve(import.meta.dirname, '../fixtures/churn.html'), 'utf8');
const SIN = '130 692 544';

interface Counts {
  nodes: number;
  jsEventListeners: number;
  detachedNodes: number;
  windowListeners: number;
  documentListeners: number;
  hosts: number;
}

describe('a compose box replaced every 50 ms for 10 s', () => {
  let browser: LaunchedBrowser;
  let page: Page;
  let cdp: CDPSession;
  let errors: string[];
  let contentScriptWorld: number | undefined;

  /** Counters once the page and our UI have settled and garbage is collected. */
  async function counts(): Promise<Counts> {
    await expect.poll(() => page.locator('outloud-ui').count()).toBe(2);
    await nextFrame(page);
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    const dom = await cdp.send('Memory.getDOMCounters');
    const { detachedNodes } = (await cdp.send('DOM.getDetachedDomNodes' as never)) as { detachedNodes: unknown[] };
    const listenersOn = async (expression: string) => {
      const { result } = await cdp.send('Runtime.evaluate', { expression, contextId: contentScriptWorld });
      const { listeners } = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId! });
      return listeners.length;
    };
    return {
      nodes: dom.nodes,
      jsEventListeners: dom.jsEventListeners,
      detachedNodes: detachedNodes.length,
      windowListeners: await listenersOn('window'),
      documentListeners: await listenersOn('document'),
      hosts: await page.locator('outloud-ui').count(),
    };
  }

  beforeAll(async () => {
    browser = await launchWithExtension();
    page = await browser.context.newPage();
    errors = collectPageErrors(page);
    // Served from its source: a plain page with no library to build.
    await page.route('**/churn.html', (route) => route.fulfill({ body: CHURN_PAGE, contentType: 'text/html; charset=utf-8' }));
    cdp = await browser.context.newCDPSession(page);
    cdp.on('Runtime.executionContextCreated', ({ context }) => {
      if (context.name === 'OutLoud' && context.origin === `chrome-extension://${browser.extensionId}`) contentScriptWorld = context.id;
    });
    await cdp.send('Runtime.enable');
    await cdp.send('DOM.enable');
    await page.goto(`${inject('fixtureOrigin')}/churn.html`);
    // The steady box is used (its UI is built on focus) before the churn starts taking focus away.
    await page.locator('#steady textarea').focus();
    await page.locator('outloud-ui').first().waitFor({ state: 'attached' });
    // Count every UI host we add during the churn, from the page's side.
    await page.evaluate(() => {
      const seen = { hosts: 0 };
      (window as unknown as { seen: typeof seen }).seen = seen;
      new MutationObserver((records) => {
        for (const r of records) for (const n of r.addedNodes) if (n.nodeName === 'OUTLOUD-UI') seen.hosts++;
      }).observe(document.getElementById('main')!, { childList: true, subtree: true });
    });
  });
  afterAll(async () => browser?.close());

  test('every box is followed, nothing is thrown, and nothing piles up', async () => {
    const churn = (ms: number) => page.evaluate((span) => (window as unknown as { churn(ms: number, every: number): Promise<number> }).churn(span, 50), ms);
    const warmUp = await churn(2000);
    expect(contentScriptWorld).toBeDefined();
    const warm = await counts();
    const made = (await churn(10_000)) - warmUp;
    const after = await counts();
    const followed = await page.evaluate(() => (window as unknown as { seen: { hosts: number } }).seen.hosts);
    console.log(`churn: ${made} boxes made in 10 s, ${followed} UI hosts added; after warm-up ${JSON.stringify(warm)}; after 10 s ${JSON.stringify(after)}`);

    expect(made).toBeGreaterThan(100);
    // OutLoud really took each box on (not just the last one), then let it go.
    expect(followed).toBeGreaterThan(50);
    expect(after.hosts).toBe(2);
    expect(after.detachedNodes).toBeLessThanOrEqual(warm.detachedNodes + 5);
    // One box is a textarea or a contenteditable in turn, with a mirror or not: allow one box's worth.
    expect(Math.abs(after.nodes - warm.nodes)).toBeLessThanOrEqual(40);
    expect(Math.abs(after.jsEventListeners - warm.jsEventListeners)).toBeLessThanOrEqual(4);
    expect(after.windowListeners).toBe(warm.windowListeners);
    expect(after.documentListeners).toBe(warm.documentListeners);
    expect(errors).toEqual([]);
  });

  test('the steady box beside the churn still works', async () => {
    await page.locator('#steady textarea').click();
    await page.keyboard.type(`Her SIN is ${SIN}`);
    await expect.poll(async () => (await underlined(page, '#steady textarea', 'high')).map((s) => s.text)).toEqual([SIN]);
    expect(errors).toEqual([]);
  });
});
