// 200 times on every real-editor fixture: apply OutLoud's fix from the card (a real click), then
// Ctrl+Z. The editor's own content (read through its library) must be exactly the masked draft
// after each apply and exactly the original after each undo: an editor whose model and DOM drifted
// apart, or an undo stack that merged our change with the user's, would show here.
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import { analyze } from '../../src/engine/index.js';
import { FIXTURE_PAGES } from '../fixtures/vite.config.js';
import { launchWithExtension, type LaunchedBrowser } from './launch.js';
import { collectPageErrors } from './page-errors.js';
import { pageInNewWindow } from './parallel-pages.js';
import { pastUndoMerge } from './platform-story.js';
import { PLATFORMS } from './platforms.js';

const CYCLES = Number(process.env.OUTLOUD_APPLY_CYCLES ?? 200);
const BOX = '#main :is(textarea, [contenteditable="true"])';
const SIN = '130 692 544';
const DRAFT = `Helping a client today, her SIN is ${SIN}, thanks`;

function masked(): string {
  const finding = analyze(DRAFT, { mode: 'personal' }).find((f) => DRAFT.slice(f.start, f.end) === SIN && f.suggestion);
  if (!finding?.suggestion) throw new Error('the engine no longer suggests a fix for a SIN');
  return DRAFT.slice(0, finding.start) + finding.suggestion.replacement + DRAFT.slice(finding.end);
}

/** Waits in the page until the editor holds `text` and OutLoud counts `high` high findings for it. */
async function settled(page: Page, text: string, high: number, when: string): Promise<void> {
  try {
    await page.waitForFunction(
      ([want, count]) => {
        const pill = document.querySelector('outloud-ui')?.shadowRoot?.querySelector('.pill');
        return window.fixture.text(0) === want && pill?.getAttribute('data-high') === String(count);
      },
      [text, high] as const,
      { polling: 'raf', timeout: 15_000 },
    );
  } catch {
    const now = await page.evaluate(() => ({
      text: window.fixture.text(0),
      high: document.querySelector('outloud-ui')?.shadowRoot?.querySelector('.pill')?.getAttribute('data-high'),
    }));
    throw new Error(`${when}: wanted ${JSON.stringify(text)} with ${high} high finding(s); the editor holds ${JSON.stringify(now.text)} and the pill says ${now.high}`);
  }
}

/**
 * The middle of the SIN as drawn: a CSS highlight range, the mirror's span over a text field, or,
 * while a typing burst has just ended and the next draw has not yet handed back to highlights, the
 * box that underlines it in OutLoud's own layer. Waits for one of them (null if none comes).
 */
async function findingCentre(page: Page): Promise<{ x: number; y: number } | null> {
  try {
    const handle = await page.waitForFunction(
      () => {
        const root = document.querySelector('outloud-ui')?.shadowRoot;
        const visible = (el: Element | null | undefined) => (el && el.getClientRects()[0]?.width ? el.getClientRects()[0] : undefined);
        const rect =
          visible(root?.querySelector('.mirror .sev-high')) ??
          [...(CSS.highlights.get('outloud-high') ?? [])].map((r) => (r as Range).getClientRects()[0]).find(Boolean) ??
          [...(root?.querySelectorAll('.typing-underlines .sev-high') ?? [])].map(visible).find(Boolean);
        return rect ? { x: (rect.left + rect.right) / 2, y: (rect.top + rect.bottom) / 2 } : null;
      },
      undefined,
      { polling: 'raf', timeout: 15_000 },
    );
    return await handle.jsonValue();
  } catch {
    return null;
  }
}

/** Where the open card's Apply button is, once the card is open. */
async function applyButtonCentre(page: Page): Promise<{ x: number; y: number }> {
  const handle = await page.waitForFunction(
    () => {
      const button = document.querySelector('outloud-ui')?.shadowRoot?.querySelector('.card [data-action="apply"]');
      const rect = button?.getBoundingClientRect();
      return rect && rect.width > 0 ? { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 } : null;
    },
    undefined,
    { polling: 'raf', timeout: 15_000 },
  );
  return (await handle.jsonValue())!;
}

let browser: LaunchedBrowser;

beforeAll(async () => {
  browser = await launchWithExtension();
});
afterAll(async () => browser?.close());

describe.concurrent(`apply the fix, then undo, ${CYCLES} times`, () => {
  // As many at once as vitest runs (five): a cycle mostly waits for OutLoud's debounce, not for
  // the processor.
  test.for(FIXTURE_PAGES)('%s', { timeout: 20 * 60_000 }, async (name, { expect }) => {
    const started = performance.now();
    const page = await pageInNewWindow(browser.context);
    const errors = collectPageErrors(page);
    await page.goto(`${inject('fixtureOrigin')}/${name}.html`);
    await page.locator(BOX).first().click();
    await page.locator('outloud-ui').first().waitFor({ state: 'attached' });
    await page.keyboard.type(DRAFT);
    await settled(page, DRAFT, 1, 'typed');
    // Quill puts every change made within a second of the start of an undo step into that step,
    // whoever makes it: a fix applied (or a word pasted) that soon after typing is undone together
    // with the last letters typed, with or without OutLoud. The cycles test OutLoud's own step, so
    // they start once the typing's step is closed, as it is for anyone who reads the card first.
    await pastUndoMerge(page, PLATFORMS[name]);
    const fixed = masked();
    for (let cycle = 0; cycle < CYCLES; cycle++) {
      const centre = await findingCentre(page);
      expect(centre, `cycle ${cycle}: the SIN is underlined`).not.toBeNull();
      await page.mouse.move(2, 2);
      await page.mouse.move(centre!.x, centre!.y);
      // A real click on the card's button, where it is drawn (cheaper than a locator's checks).
      const button = await applyButtonCentre(page);
      await page.mouse.click(button.x, button.y);
      await settled(page, fixed, 0, `cycle ${cycle}, applied`);
      await page.keyboard.press('Control+z');
      await settled(page, DRAFT, 1, `cycle ${cycle}, undone`);
      expect(await page.evaluate(() => window.fixture.text(0)), `cycle ${cycle}`).toBe(DRAFT);
    }
    expect(errors).toEqual([]);
    await page.close();
    console.log(`${name}: ${CYCLES} apply/undo cycles in ${((performance.now() - started) / 1000).toFixed(0)} s`);
  });
});
