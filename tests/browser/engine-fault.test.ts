// The engine throws (a hook of the test build makes it throw on a marker): the page keeps working,
// nothing is thrown into it, the pill says analysis is unavailable, and analysis comes back once
// the draft no longer trips the fault. The hook itself must not ship: the store build is searched
// for its marker.
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { ENGINE_FAULT_MARKER } from '../../src/background/test-faults.js';
import { buildExtensionIfStale } from './build-if-stale.js';
import { EXTENSION_DIR, launchWithExtension, type LaunchedBrowser } from './launch.js';
import { collectPageErrors } from './page-errors.js';
import { caretOffset, nextFrame, underlined, uiFor, focusForUi } from './page-helpers.js';

const TEST_BUILD = resolve(import.meta.dirname, '../../dist/extension/chrome-test');
const SIN = '130 692 544';

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}
const holdsMarker = (dir: string) => filesUnder(dir).some((file) => readFileSync(file, 'latin1').includes(ENGINE_FAULT_MARKER));

test('the fault hook is in the test build only, never in the store build', async () => {
  await buildExtensionIfStale('chrome-test');
  expect(holdsMarker(TEST_BUILD)).toBe(true);
  expect(holdsMarker(EXTENSION_DIR)).toBe(false);
});

const cases = [
  { page: 'mastodon', box: '#main textarea', post: '#main .compose-form__submit button[type="submit"]' },
  { page: 'facebook', box: '#main [data-lexical-editor="true"]', post: '#main [role="button"][aria-label="Post"]' },
];

describe.each(cases)('the engine throws on $page', ({ page: name, box, post }) => {
  let browser: LaunchedBrowser;
  let page: Page;
  let errors: string[];
  const pill = () => uiFor(page, 0).locator('.pill');
  const text = () => page.evaluate(() => window.fixture.text(0));

  beforeAll(async () => {
    await buildExtensionIfStale('chrome-test');
    browser = await launchWithExtension({ extensionDir: TEST_BUILD });
    page = await browser.context.newPage();
    errors = collectPageErrors(page);
    await page.goto(`${inject('fixtureOrigin')}/${name}.html`);
    await focusForUi(page, box);
  });
  afterAll(async () => browser?.close());

  test('the pill says unavailable, the draft is intact and still posts, and nothing reaches the page', async () => {
    const draft = `Her SIN is ${SIN} ${ENGINE_FAULT_MARKER}`;
    await page.locator(box).click();
    await page.keyboard.type(draft);
    await expect.poll(() => pill().getAttribute('data-unavailable')).toBe('');
    expect(await pill().getAttribute('aria-label')).toMatch(/unavailable/i);
    expect(await underlined(page, box, 'high')).toEqual([]);
    expect(await text()).toBe(draft);
    // The page keeps working: typing goes on, and Post is not held by a check that can't run.
    await page.keyboard.type('!');
    await expect.poll(text).toBe(`${draft}!`);
    await page.locator(post).click();
    await expect.poll(() => page.evaluate(() => window.fixture.posted)).toEqual([`${draft}!`]);
    expect(errors).toEqual([]);
  });

  test('analysis comes back once the draft no longer trips the fault', async () => {
    // A click, not focus(): Lexical keeps no selection for a box focused from script, and the
    // Backspaces would then go nowhere.
    await page.locator(box).click();
    await page.keyboard.press('Control+End');
    // Lexical takes the new selection from 'selectionchange', a task later: wait for the caret to
    // be at the end, or the Backspaces could start where the click put it.
    const length = (await text()).length;
    await expect.poll(() => caretOffset(page, box)).toBe(length);
    await nextFrame(page);
    for (let i = 0; i <= ENGINE_FAULT_MARKER.length + 1; i++) await page.keyboard.press('Backspace');
    await expect.poll(text).toBe(`Her SIN is ${SIN}`);
    await expect.poll(() => pill().getAttribute('data-unavailable')).toBe(null);
    await expect.poll(async () => (await underlined(page, box, 'high')).map((s) => s.text)).toEqual([SIN]);
    expect(errors).toEqual([]);
  });
});
