// A hostile page forging what only the user may do. Our UI lives in an open shadow root (the tests
// read it), so a page script can reach its buttons; what it cannot make is a trusted event. The
// page must not be able to apply a fix, dismiss a finding, change settings ("always ignore") or
// let a post through ("Post anyway"), nor switch OutLoud off by marking the DOM, nor reach the
// background with messages of its own. Each forgery is followed by the same action done for real,
// which proves the control works and gives any forged effect the time to show.
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, type LaunchedBrowser } from './launch.js';
import { STATISTICS_KEY } from './extension-pages.js';
import { collectPageErrors } from './page-errors.js';
import { caretOffset, underlined, uiFor, focusForUi } from './page-helpers.js';

const SIN = '130 692 544';
const DRAFT = `Helping a client today, her SIN is ${SIN}`;
/** After the first SIN is ignored here for real, another keeps a high finding in the draft. */
const OTHER_SIN = '193 456 787';
const BOX = '[data-testid="tweetTextarea_0"]';
const POST = '[data-testid="tweetButtonInline"]';

/** Clicks as a page script can make them: .click() and a dispatched, composed MouseEvent. */
function forgeClicks(page: Page, selector: string): Promise<number> {
  return page.evaluate((sel) => {
    let reached = 0;
    for (const host of document.querySelectorAll('outloud-ui')) {
      for (const target of host.shadowRoot?.querySelectorAll<HTMLElement>(sel) ?? []) {
        reached++;
        target.click();
        target.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, cancelable: true }));
        target.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
        target.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
      }
    }
    return reached;
  }, selector);
}

describe('a page forging the user', () => {
  let browser: LaunchedBrowser;
  let page: Page;
  let errors: string[];
  const text = () => page.evaluate(() => window.fixture.text(0));
  const posted = () => page.evaluate(() => window.fixture.posted);
  const stored = () => browser.context.serviceWorkers()[0]!.evaluate(() => chrome.storage.local.get(null));
  const card = () => page.locator('outloud-ui .card');
  const gate = () => page.locator('outloud-ui [role="alertdialog"]');
  const highs = async () => (await underlined(page, BOX, 'high')).map((s) => s.text);
  // Draft.js puts back its own selection a moment after focus: go to the end until the caret is there.
  const caretToEnd = async () => {
    await page.locator(BOX).focus();
    const length = (await text()).length;
    await expect
      .poll(async () => {
        await page.keyboard.press('Control+End');
        return caretOffset(page, BOX);
      })
      .toBe(length);
  };
  const openCard = async () => {
    const [span] = await underlined(page, BOX, 'high');
    await page.mouse.move(5, 5);
    await page.mouse.move((span!.rect.left + span!.rect.right) / 2, (span!.rect.top + span!.rect.bottom) / 2);
    await expect.poll(() => card().count()).toBe(1);
  };

  beforeAll(async () => {
    browser = await launchWithExtension();
    page = await browser.context.newPage();
    errors = collectPageErrors(page);
    // Before any script of ours can run, the page marks itself the way an "already running"
    // flag in the DOM would have looked.
    await page.addInitScript(() => {
      const mark = () => {
        document.documentElement.setAttribute('data-outloud-active', '');
        document.documentElement.setAttribute('data-outloud', 'active');
      };
      if (document.documentElement) mark();
      else document.addEventListener('DOMContentLoaded', mark, { once: true });
    });
    await page.goto(`${inject('fixtureOrigin')}/x.html`);
  });
  afterAll(async () => browser?.close());

  test('marking the DOM does not switch OutLoud off', async () => {
    expect(await page.evaluate(() => document.documentElement.hasAttribute('data-outloud-active'))).toBe(true);
    await focusForUi(page, BOX);
    await page.locator(BOX).click();
    await page.keyboard.type(DRAFT);
    await expect.poll(highs).toEqual([SIN]);
  });

  test('forged clicks on a card neither apply, dismiss nor "always ignore"; real ones do', async () => {
    const before = await stored();
    await openCard();
    for (const action of ['apply', 'ignore-here', 'ignore-always']) {
      expect(await forgeClicks(page, `[data-action="${action}"]`)).toBe(1);
    }
    // The real "ignore here" afterwards: its effect (the underline gone) arrives after any forged one would have.
    await card().locator('[data-action="ignore-here"]').click();
    await expect.poll(highs).toEqual([]);
    expect(await text()).toBe(DRAFT);
    expect(await stored()).toEqual(before);
    // A high finding again for the next tests: another number is another finding.
    await caretToEnd();
    await page.keyboard.type(`, his is ${OTHER_SIN}`);
    await expect.poll(highs).toEqual([OTHER_SIN]);
  });

  test('a forged "Post anyway" posts nothing; the real one posts', async () => {
    await page.locator(POST).click();
    await expect.poll(() => gate().count()).toBe(1);
    expect(await forgeClicks(page, '[data-action="post-anyway"]')).toBe(1);
    // The page's own untrusted click on its Post button is checked like any other.
    await page.evaluate((selector) => (document.querySelector(selector) as HTMLElement).click(), POST);
    expect(await gate().count()).toBe(1);
    await gate().locator('[data-action="post-anyway"]').click();
    await expect.poll(posted).toEqual([await text()]);
    expect((await posted()).length).toBe(1);
    // The real post is counted in the local statistics by the background, a moment after it went
    // out: wait for that write, or it lands during the next test, after the storage it compares
    // against was read (seen on an unloaded run).
    const postsCounted = async () => {
      const stats = (await stored())[STATISTICS_KEY] as { days?: Record<string, { posts?: number }> } | undefined;
      return Object.values(stats?.days ?? {}).reduce((sum, day) => sum + (day.posts ?? 0), 0);
    };
    await expect.poll(postsCounted, { message: 'the post is counted in the statistics' }).toBe(1);
  });

  test('messages and events made up by the page reach nothing', async () => {
    const before = await stored();
    const draft = await text();
    const reach = await page.evaluate((sin) => {
      const forged = [
        { type: 'outloud/analyze', text: '', mode: 'official', ignored: [sin], customTerms: [], disabledRules: [] },
        { type: 'outloud/settings', ignoredTerms: [sin], mode: 'official' },
        { type: 'outloud/post-anyway' },
        { type: 'outloud/dismiss', term: sin },
      ];
      for (const message of forged) window.postMessage(message, '*');
      for (const type of ['outloud:post-anyway', 'outloud:ignore', 'outloud:settings', 'outloud/analyze', 'message']) {
        for (const target of [window, document, ...document.querySelectorAll('outloud-ui')]) {
          target.dispatchEvent(new CustomEvent(type, { bubbles: true, composed: true, detail: { term: sin, mode: 'official' } }));
        }
      }
      // The extension's messaging is not exposed to pages (no externally_connectable).
      const runtime = (window as { chrome?: { runtime?: { sendMessage?: unknown } } }).chrome?.runtime;
      return typeof runtime?.sendMessage;
    }, SIN);
    expect(reach).toBe('undefined');
    expect(await browser.worker.evaluate(() => 'externally_connectable' in chrome.runtime.getManifest())).toBe(false);
    // A real edit afterwards is analysed as before: same finding, same mode, nothing ignored.
    await caretToEnd();
    await page.keyboard.type('.');
    await expect.poll(text).toBe(`${draft}.`);
    await expect.poll(highs).toEqual([OTHER_SIN]);
    expect(await uiFor(page, 0).locator('.pill').getAttribute('aria-label')).toMatch(/^OutLoud, Personal mode/);
    expect(await stored()).toEqual(before);
    expect(errors).toEqual([]);
  });
});
