// Storage that is corrupt or full. Corrupt: whatever is stored under every key (the settings,
// the statistics, anything else) is replaced by garbage while a draft is open, and again before a
// page loads: OutLoud falls back to its defaults and keeps checking, the draft is untouched and
// nothing is thrown into the page. Full: with storage.local at its quota, "always ignore" cannot
// be saved; it still takes effect on this page, and nothing is thrown.
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, type LaunchedBrowser } from './launch.js';
import { collectPageErrors } from './page-errors.js';
import { underlined, uiFor, focusForUi } from './page-helpers.js';

const SIN = '130 692 544';
const DRAFT = `Helping a client today, her SIN is ${SIN}`;
const BOX = '#main textarea';

/** Values that no version of OutLoud ever wrote. */
const GARBAGE: unknown[] = [
  '\u0000{"not json',
  42,
  null,
  [],
  [[['deep']]],
  { version: 999, defaultMode: 'hacker', ignoredTerms: SIN, customTerms: [{ term: 5 }, null], siteModes: { mastodon: 'nope', x: 7 }, language: ['fr'] },
  { version: -1, ignoredTerms: [SIN.replace(/ /g, ''), { term: SIN }], disabledCategories: ['personal-info'.repeat(1000)], enabledSites: 'everything' },
  { days: { 'not-a-date': { posts: 'many' } }, version: 'x'.repeat(10_000) },
];

describe('storage that is corrupt or full', () => {
  let browser: LaunchedBrowser;
  let page: Page;
  let errors: string[];
  const worker = () => browser.context.serviceWorkers()[0]!;
  const text = () => page.evaluate(() => window.fixture.text(0));
  const highs = async () => (await underlined(page, BOX, 'high')).map((s) => s.text);
  /** Every stored key (and the settings key, stored or not) set to `value`. */
  const corruptAll = (value: unknown) =>
    worker().evaluate(async (garbage) => {
      const keys = new Set([...Object.keys(await chrome.storage.local.get(null)), 'outloud.settings', 'outloud.stats']);
      await chrome.storage.local.set(Object.fromEntries([...keys].map((key) => [key, garbage])));
      return [...keys];
    }, value);

  beforeAll(async () => {
    browser = await launchWithExtension();
    page = await browser.context.newPage();
    errors = collectPageErrors(page);
    await page.goto(`${inject('fixtureOrigin')}/mastodon.html`);
    await focusForUi(page, BOX);
  });
  afterAll(async () => browser?.close());

  test('garbage written under a draft: defaults, the same finding, the draft untouched', async () => {
    await page.locator(BOX).click();
    await page.keyboard.type(DRAFT);
    await expect.poll(highs).toEqual([SIN]);
    for (const garbage of GARBAGE) {
      const keys = await corruptAll(garbage);
      expect(keys).toContain('outloud.settings');
      // Typing on after each change: the box is re-checked with whatever settings could be read.
      await page.keyboard.type('.');
      await expect.poll(text).toMatch(/^Helping a client today, her SIN is 130 692 544\.+$/);
      await expect.poll(highs).toEqual([SIN]);
      expect(await uiFor(page, 0).locator('.pill').getAttribute('aria-label')).toMatch(/^OutLoud, Personal mode/);
    }
    expect(await text()).toBe(DRAFT + '.'.repeat(GARBAGE.length));
    expect(errors).toEqual([]);
  });

  test('a page loaded over corrupt storage starts with the defaults', async () => {
    await corruptAll(GARBAGE[5]);
    await page.reload();
    await focusForUi(page, BOX);
    await page.locator(BOX).click();
    await page.keyboard.type(DRAFT);
    await expect.poll(highs).toEqual([SIN]);
    expect(await text()).toBe(DRAFT);
    expect(errors).toEqual([]);
  });

  test('with storage full, "always ignore" still holds on this page and nothing is thrown', async () => {
    const left = await worker().evaluate(async () => {
      await chrome.storage.local.clear();
      const quota = chrome.storage.local.QUOTA_BYTES;
      // Stored size is the key's length plus the value's JSON: leave a few bytes, not a setting's worth.
      await chrome.storage.local.set({ filler: 'x'.repeat(quota - 'filler'.length - 2 - 8) });
      const refused = await chrome.storage.local.set({ probe: 'y'.repeat(64) }).then(() => false, () => true);
      return { refused, free: quota - (await chrome.storage.local.getBytesInUse(null)) };
    });
    expect(left).toEqual({ refused: true, free: 8 });
    const before = await worker().evaluate(() => chrome.storage.local.get(null));

    await page.reload();
    await focusForUi(page, BOX);
    await page.locator(BOX).click();
    await page.keyboard.type(DRAFT);
    await expect.poll(highs).toEqual([SIN]);
    const [span] = await underlined(page, BOX, 'high');
    await page.mouse.move((span!.rect.left + span!.rect.right) / 2, (span!.rect.top + span!.rect.bottom) / 2);
    const card = page.locator('outloud-ui .card');
    await expect.poll(() => card.count()).toBe(1);
    await card.locator('[data-action="ignore-always"]').click();
    await expect.poll(highs).toEqual([]);
    expect(await text()).toBe(DRAFT);
    expect(await worker().evaluate(() => chrome.storage.local.get(null))).toEqual(before);
    expect(errors).toEqual([]);
  });
});
