// The first thing to know: Debian's Chromium loads the built extension at all (unbranded builds
// still honour --load-extension; shared reference §6.1 flags it as unverified on 156).
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { launchWithExtension, type LaunchedBrowser } from './launch.js';

let browser: LaunchedBrowser;

beforeAll(async () => {
  browser = await launchWithExtension();
});
afterAll(async () => browser?.close());

test('the service worker of the built extension starts', async () => {
  expect(browser.worker.url()).toMatch(/^chrome-extension:\/\/[a-p]{32}\/service-worker-loader\.js$/);
  const manifest = await browser.worker.evaluate(() => chrome.runtime.getManifest());
  expect(manifest.permissions).toEqual(['storage', 'scripting', 'activeTab']);
  expect(manifest.optional_host_permissions).toEqual(['*://*/*']);
});

test('the content script runs on a fixture page and claims its compose box', async () => {
  const page = await browser.context.newPage();
  await page.goto(`${inject('fixtureOrigin')}/mastodon.html`);
  // Its UI is built when the box is first used (an empty box nobody focused shows nothing).
  await page.locator('#main textarea').click();
  await expect.poll(() => page.locator('outloud-ui').getAttribute('data-outloud-site')).toBe('mastodon');
  await page.close();
});
