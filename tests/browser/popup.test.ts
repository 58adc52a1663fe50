// The popup, opened as the extension page it is (chrome-extension://<id>/src/popup/index.html)
// over a fixture page: the mode for the site (choosing one re-checks the open draft at once),
// what OutLoud sees there, the guideline library, and turning OutLoud on for a site it was not
// running on (the content script registered and started from the background).
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import { guidelines } from '../../src/engine/guidelines.js';
import { EXTENSION_DIR, launchWithExtension, type LaunchedBrowser } from './launch.js';
import { extensionUrl, openPopup, tabIdOf, userSettings } from './extension-pages.js';
import { underlined, uiFor, focusForUi } from './page-helpers.js';

const BOX = '#main textarea';
/** Opinion on a policy: a tip in personal mode, caution in professional, high in official. */
const OPINION = 'Honestly this new policy is a terrible idea.';
const SIN_DRAFT = 'Client SIN is 130 692 544';
/** A host Chromium resolves to the fixture server (any *.localhost is loopback), which the
 * extension may access but has no content script for until it is turned on there. */
const OTHER_HOST = 'outloud.localhost';

/** The store build, with host access to OTHER_HOST as if the user had granted it once. */
function buildWithAccessTo(host: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'outloud-granted-'));
  cpSync(EXTENSION_DIR, dir, { recursive: true });
  const path = join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(path, 'utf8')) as { host_permissions: string[] };
  manifest.host_permissions.push(`http://${host}/*`);
  writeFileSync(path, JSON.stringify(manifest, null, 2));
  return dir;
}

describe('popup', () => {
  let browser: LaunchedBrowser;
  let page: Page;
  let granted: string;
  const pill = () => uiFor(page, 0).locator('.pill');

  beforeAll(async () => {
    granted = buildWithAccessTo(OTHER_HOST);
    browser = await launchWithExtension({ extensionDir: granted });
    page = await browser.context.newPage();
    await page.goto(`${inject('fixtureOrigin')}/mastodon.html`);
    await focusForUi(page, BOX);
  });
  afterAll(async () => {
    await browser?.close();
    rmSync(granted, { recursive: true, force: true });
  });

  test('over a page with a draft: the mode, the compose boxes found and the findings by severity', async () => {
    await page.locator(BOX).click();
    await page.keyboard.type(SIN_DRAFT);
    await expect.poll(() => pill().getAttribute('data-high')).toBe('1');
    const popup = await openPopup(browser, page);
    const site = popup.locator('section[data-state]');
    await expect.poll(() => site.getAttribute('data-state')).toBe('active');
    expect(await popup.locator('h2#site-title').textContent()).toContain('127.0.0.1');
    expect(await popup.locator('input[name="mode"][value="personal"]').isChecked()).toBe(true);
    expect(await popup.locator('[data-summary="boxes"]').textContent()).toContain('1');
    expect(await popup.locator('li[data-severity="high"]').getAttribute('data-count')).toBe('1');
    // The draft's text never leaves the page: the popup shows counts only.
    expect(await popup.locator('body').textContent()).not.toContain('130 692 544');
    await popup.close();
  });

  test('the toolbar badge counts the high findings of the focused compose box, and its title says so', async () => {
    const tabId = await tabIdOf(browser, page.url());
    const badge = () => browser.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
    await expect.poll(badge).toBe('1');
    expect(await browser.worker.evaluate((id) => chrome.action.getTitle({ tabId: id }), tabId)).toContain('1 high-severity');
    await page.locator(BOX).fill('');
    await page.locator(BOX).click();
    await page.keyboard.type('Nothing to see here');
    await expect.poll(badge).toBe('');
    await page.locator(BOX).fill('');
    await page.locator(BOX).click();
    await page.keyboard.type(SIN_DRAFT);
    await expect.poll(badge).toBe('1');
  });

  test('choosing a mode in the popup re-checks the open draft at once, without typing', async () => {
    await page.locator(BOX).fill('');
    await page.locator(BOX).click();
    await page.keyboard.type(OPINION);
    await expect.poll(async () => (await underlined(page, BOX, 'tip')).map((s) => s.text).join()).toContain('terrible idea');
    expect(await underlined(page, BOX, 'high')).toEqual([]);
    const popup = await openPopup(browser, page);
    await popup.locator('input[name="mode"][value="official"]').check();
    // The page re-checks the same text: the opinion is now high, and the pill says Official.
    await expect.poll(async () => (await underlined(page, BOX, 'high')).map((s) => s.text).join()).toContain('terrible idea');
    await expect.poll(() => pill().textContent()).toContain('Official');
    expect(await page.locator(BOX).inputValue()).toBe(OPINION);
    expect((await userSettings(browser)).siteModes).toEqual({ '127.0.0.1': 'official' });
    // The popup asks the page again and shows the new counts.
    await expect.poll(() => popup.locator('li[data-severity="high"]').getAttribute('data-count')).toBe('1');
    // Keyboard: arrows move between the radio buttons and choose.
    await popup.locator('input[name="mode"][value="official"]').focus();
    await popup.keyboard.press('ArrowUp');
    await expect.poll(async () => (await userSettings(browser)).siteModes['127.0.0.1']).toBe('professional');
    await expect.poll(async () => (await underlined(page, BOX, 'medium')).map((s) => s.text).join()).toContain('terrible idea');
    await popup.close();
  });

  test('the library holds every excerpt, grouped by source, those behind the findings first; search narrows it', async () => {
    const popup = await openPopup(browser, page);
    const library = popup.locator('section[aria-labelledby="library-title"]');
    await expect.poll(() => library.locator('article.excerpt').count()).toBe(guidelines.length);
    // The opinion finding's excerpts come first, in their own group, and are not repeated below. The
    // popup asks the page for its findings after it has drawn the library, so the group may come a
    // moment later (a loaded CI machine once read the library before the answer).
    const first = library.locator('section[data-group]').first();
    await expect.poll(() => first.getAttribute('data-group')).toBe('on-page');
    const onPage = await first.locator('article h4').allTextContents();
    expect(onPage.length).toBeGreaterThan(0);
    const groups = await library.locator('section[data-group]').evaluateAll((sections) => sections.map((s) => s.getAttribute('data-group')));
    expect(groups.slice(1)).toEqual(expect.arrayContaining(['ops-guidelines', 'oath', 'fippa', 'psoa-political', 'conflict-of-interest']));
    // Every excerpt links to its source.
    const hrefs = await library.locator('article a').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
    expect(hrefs.every((href) => /^https?:\/\//.test(href))).toBe(true);
    // Search, accents and case aside.
    await popup.locator('#library-search').fill('CONFIDENTIAL');
    const found = await library.locator('article.excerpt').count();
    expect(found).toBeGreaterThan(0);
    expect(found).toBeLessThan(guidelines.length);
    await popup.locator('#library-search').fill('élection');
    expect(await library.locator('article.excerpt').count()).toBeGreaterThan(0);
    await popup.locator('#library-search').fill('zzzqqq');
    await expect.poll(() => library.locator('article.excerpt').count()).toBe(0);
    expect(await library.locator('[role="status"]').textContent()).toContain('0');
    await popup.close();
  });

  test('a site allowed but not running OutLoud: the popup starts it there, and it stays on', async () => {
    const port = new URL(inject('fixtureOrigin')).port;
    const other = await browser.context.newPage();
    const url = `http://${OTHER_HOST}:${port}/mastodon.html`;
    await other.goto(url);
    // Focused, so a running OutLoud would have drawn its UI by the time the popup has answered.
    await other.locator(BOX).click();
    const popup = await openPopup(browser, other);
    await expect.poll(() => popup.locator('section[data-state]').getAttribute('data-state')).toBe('not-started');
    expect(await other.locator('outloud-ui').count()).toBe(0);
    await popup.locator('button[data-action="start-here"]').click();
    await expect.poll(() => popup.locator('section[data-state]').getAttribute('data-state'), { timeout: 15_000 }).toBe('active');
    await other.locator(BOX).click();
    await expect.poll(() => other.locator('outloud-ui').count()).toBe(1);
    expect((await userSettings(browser)).enabledSites).toEqual([OTHER_HOST]);
    const registered = await browser.worker.evaluate(() => chrome.scripting.getRegisteredContentScripts());
    // Only the scheme this test profile granted (the popup asks for both).
    expect(registered.map((s) => s.matches)).toEqual([[`http://${OTHER_HOST}/*`]]);
    // A new page on that site gets OutLoud by itself.
    await other.reload();
    await other.locator(BOX).click();
    await expect.poll(() => other.locator('outloud-ui').count(), { timeout: 15_000 }).toBe(1);
    await other.keyboard.type(SIN_DRAFT);
    await expect.poll(() => other.locator('outloud-ui .pill').getAttribute('data-high')).toBe('1');
    await popup.close();
    await other.close();
  });

  test('a page no extension may run on says so, without a button', async () => {
    const blank = await browser.context.newPage();
    await blank.goto(`${inject('fixtureOrigin')}/index.html`);
    const tabId = await tabIdOf(browser, blank.url());
    await blank.goto('about:blank');
    const popup = await browser.context.newPage();
    await popup.goto(extensionUrl(browser, `src/popup/index.html?tab=${tabId}`));
    await expect.poll(() => popup.locator('section[data-state]').getAttribute('data-state')).toBe('unsupported');
    expect(await popup.locator('section[data-state] button').count()).toBe(0);
    await popup.close();
    await blank.close();
  });
});
