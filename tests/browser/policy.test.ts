// Enterprise policy applied, in Chromium. A test profile cannot receive real managed storage
// without machine-wide browser policy, so this runs the test build (vite --mode chrome-test), where
// a policy written to storage.local under 'outloud.testPolicy' stands in for storage.managed; the
// same reader, validation and merge run on it. The store build has no such hook (checked below).
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import { buildExtensionIfStale } from './build-if-stale.js';
import { EXTENSION_DIR, launchWithExtension, type LaunchedBrowser } from './launch.js';
import { openOptions, openPopup, patchSettings, TEST_POLICY_KEY, writeStored } from './extension-pages.js';
import { underlined, uiFor, focusForUi } from './page-helpers.js';

const TEST_BUILD = resolve(import.meta.dirname, '../../dist/extension/chrome-test');
const BOX = '#main textarea';
const SIN = '130 692 544';

const POLICY = {
  organizationName: 'Ministry of Agriculture',
  extraWatchTerms: [{ term: 'Project Bluebird', category: 'confidential', severity: 'high', note: 'Cabinet decision in June' }],
  lockedCategories: ['personal-info', 'gossip'],
  allowedModes: ['professional', 'official'],
  extraSites: ['mastodon.ontario.example'],
  guidelineLinks: [
    { title: 'Our social media playbook', url: 'https://intra.ontario.example/social' },
    { title: 'Sneaky', url: 'javascript:alert(1)' },
  ],
  colour: 'red',
};

describe('enterprise policy', () => {
  let browser: LaunchedBrowser;
  let page: Page;
  const pill = () => uiFor(page, 0).locator('.pill');
  const spans = async (severity: 'high' | 'medium' | 'tip') => (await underlined(page, BOX, severity)).map((s) => s.text);

  beforeAll(async () => {
    await buildExtensionIfStale('chrome-test');
    browser = await launchWithExtension({ extensionDir: TEST_BUILD });
    await writeStored(browser, TEST_POLICY_KEY, POLICY);
    page = await browser.context.newPage();
    await page.goto(`${inject('fixtureOrigin')}/mastodon.html`);
    await focusForUi(page, BOX);
  });
  afterAll(async () => browser?.close());

  test('the organisation\'s watch terms are flagged, and ignoring them does not make them go away', async () => {
    await page.locator(BOX).click();
    await page.keyboard.type(`Prep for Project Bluebird. Client SIN is ${SIN}`);
    await expect.poll(() => spans('high')).toEqual(['Project Bluebird', SIN]);
    await patchSettings(browser, { ignoredTerms: ['project bluebird', SIN] });
    await expect.poll(() => spans('high')).toEqual(['Project Bluebird']);
    await patchSettings(browser, { ignoredTerms: [] });
  });

  test('a locked category stays on even when the user switched it off; the options page shows it locked', async () => {
    await patchSettings(browser, { disabledCategories: ['personal-info', 'conduct'], disabledRules: ['personal-info/sin'] });
    await expect.poll(() => spans('high')).toEqual(['Project Bluebird', SIN]);
    const options = await openOptions(browser);
    const locked = options.locator('fieldset[data-category="personal-info"] > label input');
    await expect.poll(() => locked.isDisabled()).toBe(true);
    expect(await locked.isChecked()).toBe(true);
    expect(await options.locator('fieldset[data-category="personal-info"]').textContent()).toContain('Kept on by Ministry of Agriculture');
    const free = options.locator('fieldset[data-category="conduct"] > label input');
    expect(await free.isDisabled()).toBe(false);
    expect(await free.isChecked()).toBe(false);
    await patchSettings(browser, { disabledCategories: [], disabledRules: [] });
    await options.close();
  });

  test('only the allowed modes: the popup disables the others, and the shortcut cycles through the allowed ones', async () => {
    // Mastodon's own default (personal) is not allowed: the first allowed mode applies.
    await expect.poll(() => pill().textContent()).toContain('Professional');
    const popup = await openPopup(browser, page);
    await expect.poll(() => popup.locator('input[name="mode"][value="personal"]').isDisabled()).toBe(true);
    expect(await popup.locator('input[name="mode"][value="professional"]').isChecked()).toBe(true);
    expect(await popup.locator('.modes').textContent()).toContain('Not allowed by Ministry of Agriculture');
    await popup.close();
    // What the keyboard shortcut runs (headless Chromium does not deliver extension shortcuts).
    const cycle = (tabUrl: string) =>
      browser.worker.evaluate(async (url) => {
        const [tab] = await chrome.tabs.query({ url });
        await (globalThis as unknown as { outloudCycleMode(tab: chrome.tabs.Tab | undefined): Promise<void> }).outloudCycleMode(tab);
      }, tabUrl);
    await page.locator(BOX).focus();
    await cycle(page.url());
    await expect.poll(() => pill().textContent()).toContain('Official');
    // The shortcut gives no other feedback to a screen-reader user: the box being written in says it.
    await expect.poll(() => uiFor(page, 0).locator('[role="status"][aria-live]').textContent()).toContain('OutLoud mode: Official');
    await cycle(page.url());
    await expect.poll(() => pill().textContent()).toContain('Professional');
  });

  test('what cannot be read is ignored key by key, with warnings in the options page; the rest applies', async () => {
    const options = await openOptions(browser);
    const warnings = options.locator('[data-warnings="policy"]');
    await expect.poll(() => warnings.textContent()).toContain('colour');
    const text = (await warnings.textContent()) ?? '';
    expect(text).toContain('lockedCategories[1]');
    expect(text).toContain('guidelineLinks[1]');
    expect(await options.locator('#organisation').textContent()).toContain('Managed by Ministry of Agriculture');
    expect(await options.locator('table[data-terms="organisation"]').textContent()).toContain('Project Bluebird');
    expect(await options.locator('ul[data-list="sites"] li[data-site="mastodon.ontario.example"]').textContent()).toContain('from your organisation');
    // No javascript: link anywhere; the https one is in the library.
    expect(await options.locator('a[href^="javascript:"]').count()).toBe(0);
    const popup = await openPopup(browser, page);
    const organisation = popup.locator('section[data-group="organisation"]');
    await expect.poll(() => organisation.locator('a').count()).toBe(1);
    expect(await organisation.locator('a').getAttribute('href')).toBe('https://intra.ontario.example/social');
    await popup.close();
    await options.close();
  });

  test('a policy changed while pages are open applies at once', async () => {
    await writeStored(browser, TEST_POLICY_KEY, { ...POLICY, extraWatchTerms: [], allowedModes: ['personal'] });
    await expect.poll(() => spans('high')).toEqual([SIN]);
    await expect.poll(() => pill().textContent()).toContain('Personal');
  });

  test('the store build carries no test hook', () => {
    const assets = join(EXTENSION_DIR, 'assets');
    const code = readdirSync(assets).filter((f) => f.endsWith('.js')).map((f) => readFileSync(join(assets, f), 'utf8')).join('\n');
    expect(code).not.toContain(TEST_POLICY_KEY);
    expect(code).not.toContain('outloudCycleMode');
    const testCode = readdirSync(join(TEST_BUILD, 'assets')).filter((f) => f.endsWith('.js')).map((f) => readFileSync(join(TEST_BUILD, 'assets', f), 'utf8')).join('\n');
    expect(testCode).toContain(TEST_POLICY_KEY);
  });
});
