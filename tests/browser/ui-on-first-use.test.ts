// OutLoud builds a compose box's UI when the box is first used, not at page load (start-up cost,
// docs/performance.md): an empty box nobody touched shows nothing. What must not be lost by that:
// a keyboard user who tabs into the box meets the pill next; a draft already in a box at load is
// analysed without anyone touching it; and the check before "Post" still stops a high finding in
// a box that was never focused and whose text the site set without an input event.
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, type LaunchedBrowser } from './launch.js';
import { waitForClaimedBoxes } from './extension-pages.js';
import { collectPageErrors } from './page-errors.js';
import { underlined, uiFor } from './page-helpers.js';

const SIN = '130 692 544';
const DRAFT = `Helping a client today, her SIN is ${SIN}`;
const BOX = 'form textarea';
/** A plain page (served from the test, no library) whose textarea may hold a draft in its HTML. */
const pageHtml = (draft: string) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>draft</title><link rel="icon" href="data:,"></head>
<body><a href="#top">Top</a><form id="f"><textarea aria-label="Post" rows="4" cols="60">${draft}</textarea><button type="submit">Post</button></form>
<script>window.posted = []; document.getElementById('f').addEventListener('submit', (e) => { e.preventDefault(); window.posted.push(document.querySelector('textarea').value); });</script></body></html>`;

describe('a box gets its UI when it is first used', () => {
  let browser: LaunchedBrowser;
  let tab: Page;
  let errors: string[];
  const open = async (draft: string): Promise<void> => {
    await tab.route('**/first-use.html', (route) => route.fulfill({ body: pageHtml(draft), contentType: 'text/html; charset=utf-8' }));
    await tab.goto(`${inject('fixtureOrigin')}/first-use.html`);
    await tab.locator(BOX).waitFor();
  };
  /** Waits for the content script to have started (at document_idle) and taken the box on: only
   * then does "nothing shown" mean OutLoud chose to show nothing, and is the check before Post in
   * place. (A fixed pause was too short on a loaded machine: the script could start after it.) */
  const settle = async () => {
    await waitForClaimedBoxes(browser, tab, 1);
    // Then whatever it would do in the page's idle time (where a draft's first analysis runs) has run.
    await tab.evaluate(() => new Promise((done) => requestIdleCallback(() => done(null), { timeout: 5000 })));
  };
  const gate = () => tab.locator('outloud-ui [role="alertdialog"]');

  beforeAll(async () => {
    browser = await launchWithExtension();
    tab = await browser.context.newPage();
    errors = collectPageErrors(tab);
  });
  afterAll(async () => browser?.close());

  test('an empty box nobody focused shows nothing; Tab into it, and the pill is the next stop', async () => {
    await open('');
    await settle();
    expect(await tab.locator('outloud-ui').count()).toBe(0);
    // Keyboard only: the link, then the box.
    await tab.keyboard.press('Tab');
    await tab.keyboard.press('Tab');
    expect(await tab.locator(BOX).evaluate((el) => el === document.activeElement)).toBe(true);
    await uiFor(tab, 0).locator('.pill').waitFor();
    await tab.keyboard.press('Tab');
    await expect.poll(() => uiFor(tab, 0).locator('.pill').evaluate((el) => el.matches(':focus'))).toBe(true);
    expect(errors).toEqual([]);
  });

  test('a draft already in the box at load is analysed with no one touching it', async () => {
    await open(DRAFT);
    await expect.poll(async () => (await underlined(tab, BOX, 'high')).map((s) => s.text)).toEqual([SIN]);
    await expect.poll(() => uiFor(tab, 0).locator('.pill').getAttribute('data-high')).toBe('1');
    expect(await tab.locator(BOX).evaluate((el) => el === document.activeElement)).toBe(false);
    expect(await tab.locator(BOX).inputValue()).toBe(DRAFT);
  });

  test('text the site puts in a never-focused box, with no input event, is still checked before Post', async () => {
    await open('');
    await settle();
    expect(await tab.locator('outloud-ui').count()).toBe(0);
    await tab.locator(BOX).evaluate((el, text) => ((el as HTMLTextAreaElement).value = text), DRAFT);
    await tab.locator('form button[type="submit"]').click();
    await expect.poll(() => gate().count()).toBe(1);
    expect(await gate().textContent()).toContain(SIN);
    expect(await tab.evaluate(() => (window as unknown as { posted: string[] }).posted)).toEqual([]);
    await gate().locator('button[data-action="post-anyway"]').click();
    await expect.poll(() => tab.evaluate(() => (window as unknown as { posted: string[] }).posted)).toEqual([DRAFT]);
    expect(errors).toEqual([]);
  });
});
