// Accessibility in both languages: axe-core finds no violation on the popup, the options page, and
// the UI OutLoud injects into a page (pill, findings list, card, the check before "Post"), each
// with findings showing; keyboard-only use reaches them, focus is visible, and a new high finding
// is announced in a live region.
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, type LaunchedBrowser } from './launch.js';
import { axeViolations, openOptions, openPopup, patchSettings } from './extension-pages.js';
import { uiFor } from './page-helpers.js';

const BOX = '#main textarea';
const POST = '#main .compose-form__submit button[type="submit"]';
const DRAFT = 'Client SIN is 130 692 544. Honestly this new policy is a terrible idea.';
/** Only what OutLoud adds to the page is ours to check (the fixture stands in for the site). */
const OURS = [['outloud-ui']];

for (const language of ['en', 'fr'] as const) {
  describe(`accessibility (${language})`, () => {
    let browser: LaunchedBrowser;
    let page: Page;
    const ui = () => uiFor(page, 0);

    beforeAll(async () => {
      browser = await launchWithExtension();
      await patchSettings(browser, { language });
      page = await browser.context.newPage();
      await page.goto(`${inject('fixtureOrigin')}/mastodon.html`);
      await page.locator(BOX).click();
      await ui().waitFor({ state: 'attached' });
      await page.keyboard.type(DRAFT);
      await ui().locator('.pill[data-high="1"]').waitFor();
    });
    afterAll(async () => browser?.close());

    test('the popup', async () => {
      const popup = await openPopup(browser, page);
      await expect.poll(() => popup.locator('section[data-state]').getAttribute('data-state')).toBe('active');
      expect(await popup.locator('html').getAttribute('lang')).toBe(language);
      expect(await popup.locator('#site-title').textContent()).toBe(language === 'fr' ? 'Sur 127.0.0.1' : 'On 127.0.0.1');
      expect(await axeViolations(popup)).toEqual([]);
      await popup.close();
    });

    test('the options page', async () => {
      const options = await openOptions(browser);
      await options.locator('fieldset[data-category="conduct"] summary').waitFor();
      // Open every disclosure so its contents are checked too.
      for (const summary of await options.locator('summary').all()) await summary.click();
      expect(await options.locator('html').getAttribute('lang')).toBe(language);
      expect(await axeViolations(options)).toEqual([]);
      await options.close();
    });

    test('the pill, reached from the box with Tab, with visible focus, and the findings list it opens', async () => {
      await page.locator(BOX).focus();
      await page.keyboard.press('Tab');
      const pill = ui().locator('.pill');
      await expect.poll(() => pill.evaluate((el) => el.matches(':focus-visible'))).toBe(true);
      expect(await pill.evaluate((el) => getComputedStyle(el).outlineStyle)).not.toBe('none');
      expect(await axeViolations(page, OURS)).toEqual([]);
      // OutLoud's words carry the interface language, whatever the page's.
      expect(await pill.evaluate((el) => el.closest('[lang]')?.getAttribute('lang'))).toBe(language);
      await page.keyboard.press('Enter');
      const list = ui().locator('.findings');
      await expect.poll(() => list.count()).toBe(1);
      expect(await axeViolations(page, OURS)).toEqual([]);
    });

    test('the card, opened from the list by keyboard', async () => {
      const list = ui().locator('.findings');
      await list.locator('.list button').first().focus();
      await page.keyboard.press('Enter');
      const card = ui().locator('.card');
      await expect.poll(() => card.count()).toBe(1);
      expect(await axeViolations(page, OURS)).toEqual([]);
      // The keyboard lands on the card's first action (no mouse needed to reach it), and Tab moves
      // through the rest of its actions.
      const focusedAction = () =>
        card.evaluate((el) => {
          const active = (el.getRootNode() as ShadowRoot).activeElement;
          return active && el.contains(active) ? (active.getAttribute('data-action') ?? active.className) : null;
        });
      await expect.poll(focusedAction).toBe(await card.locator('.actions :is(button, a[href])').first().evaluate((el) => el.getAttribute('data-action')));
      await page.keyboard.press('Tab');
      expect(await focusedAction()).not.toBeNull();
      // Its actions are buttons with names; closing it from the keyboard works.
      expect(await card.locator('button[data-action="ignore-here"]').textContent()).not.toBe('');
      await page.keyboard.press('Escape');
      await expect.poll(() => card.count()).toBe(0);
      await list.locator('.close').focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => list.count()).toBe(0);
    });

    test('the check before "Post"', async () => {
      await page.locator(POST).click();
      const gate = ui().locator('[role="alertdialog"]');
      await expect.poll(() => gate.count()).toBe(1);
      // Focus starts on the safe choice.
      await expect.poll(() => gate.locator('button[data-action="edit"]').evaluate((el) => el === (el.getRootNode() as ShadowRoot).activeElement)).toBe(true);
      expect(await axeViolations(page, OURS)).toEqual([]);
      await page.keyboard.press('Escape');
      await expect.poll(() => gate.count()).toBe(0);
    });

    test('a new high finding is announced in a live region, in the interface language', async () => {
      const live = ui().locator('[role="status"][aria-live="polite"]');
      expect(await live.count()).toBe(1);
      await page.locator(BOX).fill('');
      await page.locator(BOX).click();
      await page.keyboard.type('Her health card is 1234-567-897-AB');
      await expect.poll(() => live.textContent()).toMatch(language === 'fr' ? /nouveau\(x\) constat\(s\) de gravité élevée/ : /new high-severity finding/);
    });
  });
}
