// The extension is reloaded (as an update does) while a tab is open: the content script left in
// the tab belongs to an extension that is gone. It must detach quietly: no error in the page, its
// underlines, pill and pre-post check gone, the draft and the page's own Post untouched. A fresh
// load of the page gets the new extension.
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchWithExtension, type LaunchedBrowser } from './launch.js';
import { collectPageErrors } from './page-errors.js';
import { underlined, uiFor, focusForUi } from './page-helpers.js';

const SIN = '130 692 544';
const DRAFT = `Her SIN is ${SIN}`;

/** What the store does on an update: the same extension id, a higher version, loaded over the
 * running one (CDP Extensions.loadUnpacked); resolves once the new service worker runs. */
async function updateExtension(browser: LaunchedBrowser): Promise<void> {
  const path = join(browser.extensionPath, 'manifest.json');
  const manifest = JSON.parse(readFileSync(path, 'utf8')) as { version: string };
  manifest.version = manifest.version.replace(/\d+$/, (n) => String(Number(n) + 1));
  writeFileSync(path, JSON.stringify(manifest, null, 2));
  const old = browser.worker;
  const next = browser.context.waitForEvent('serviceworker', { predicate: (w) => w !== old, timeout: 15_000 });
  const cdp = await browser.context.browser()!.newBrowserCDPSession();
  const { id } = (await cdp.send('Extensions.loadUnpacked' as never, { path: browser.extensionPath } as never)) as { id: string };
  expect(id).toBe(browser.extensionId);
  const worker = await next;
  expect(await worker.evaluate(() => chrome.runtime.getManifest().version)).toBe(manifest.version);
  await cdp.detach();
}

const cases = [
  { page: 'x', box: '[data-testid="tweetTextarea_0"]', post: '[data-testid="tweetButtonInline"]' },
  { page: 'mastodon', box: '#main textarea', post: '#main .compose-form__submit button[type="submit"]' },
];

describe.each(cases)('reloading the extension under an open $page tab', ({ page: name, box, post }) => {
  let browser: LaunchedBrowser;
  let page: Page;
  let errors: string[];
  const text = () => page.evaluate(() => window.fixture.text(0));
  const posted = () => page.evaluate(() => window.fixture.posted);

  beforeAll(async () => {
    browser = await launchWithExtension();
    page = await browser.context.newPage();
    errors = collectPageErrors(page);
    await page.goto(`${inject('fixtureOrigin')}/${name}.html`);
    await focusForUi(page, box);
  });
  afterAll(async () => browser?.close());

  test('before the reload, a SIN is underlined', async () => {
    await page.locator(box).click();
    await page.keyboard.type(DRAFT);
    await expect.poll(async () => (await underlined(page, box, 'high')).map((s) => s.text)).toEqual([SIN]);
  });

  test('the old content script detaches quietly and leaves the page its own', async () => {
    await updateExtension(browser);

    // The user keeps typing in the orphaned tab: the old script notices and takes its UI away.
    await page.locator(box).focus();
    await page.keyboard.press('End');
    await page.keyboard.type(' ok');
    await expect.poll(() => page.locator('outloud-ui').count()).toBe(0);
    await expect.poll(() => page.evaluate(() => CSS.highlights.size)).toBe(0);
    expect(await text()).toBe(`${DRAFT} ok`);
    // A high finding is still in the draft, but nothing of the old extension holds "Post" now.
    await page.locator(post).click();
    await expect.poll(posted).toEqual([`${DRAFT} ok`]);
    expect(await page.locator('outloud-ui [role="alertdialog"]').count()).toBe(0);
    expect(errors).toEqual([]);
  });

  test('reloading the page brings the new extension in', async () => {
    await page.reload();
    await focusForUi(page, box);
    await page.locator(box).click();
    await page.keyboard.type(DRAFT);
    await expect.poll(async () => (await underlined(page, box, 'high')).map((s) => s.text)).toEqual([SIN]);
    expect(await page.locator('outloud-ui').count()).toBe(1);
    expect(errors).toEqual([]);
  });
});
