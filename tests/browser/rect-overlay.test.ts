// The underline boxes OutLoud draws where the Highlight API is missing (older Firefox; Chromium
// always has highlights, so the extension never takes this path here): the layer is driven
// directly on a fixture page (tests/fixtures/render-boxes.html). Each box lies over its word, a
// redraw with fewer findings hides the extra boxes rather than removing them (a node leaving the
// document ends the browser's typing undo step), and the layer goes when disposed.
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithoutExtension } from './launch.js';
import { collectPageErrors } from './page-errors.js';

let browser: Awaited<ReturnType<typeof launchWithoutExtension>>;
let page: Page;
let errors: string[];

beforeAll(async () => {
  browser = await launchWithoutExtension();
  page = await browser.context.newPage();
  errors = collectPageErrors(page);
  await page.goto(`${inject('fixtureOrigin')}/render-boxes.html`);
  await page.waitForFunction(() => 'renderBoxes' in window);
});
afterAll(async () => browser?.close());

const drawn = (words: string[]) =>
  page.evaluate((words) => {
    window.renderBoxes.draw(words);
    return { boxes: window.renderBoxes.boxes(), words: window.renderBoxes.wordRects(words), removed: window.renderBoxes.removed() };
  }, words);

describe('underline boxes without the Highlight API', () => {
  test('each box lies over its word, on every line the word is on', async () => {
    const { boxes, words } = await drawn(['beta', 'epsilon', 'lambda']);
    expect(boxes).toHaveLength(words.length);
    boxes.forEach((box, i) => {
      for (const side of ['left', 'top', 'right', 'bottom'] as const) expect(Math.abs(box[side] - words[i]![side]), `box ${i} ${side}`).toBeLessThan(0.5);
    });
    expect(boxes.map((b) => b.className)).toEqual(['underline sev-high', 'underline sev-medium', 'underline sev-high']);
  });

  test('redrawing with fewer, then more, findings hides and reuses boxes, and never removes one', async () => {
    expect((await drawn(['gamma'])).boxes).toHaveLength(1);
    const again = await drawn(['iota', 'theta']);
    expect(again.boxes).toHaveLength(2);
    expect(Math.abs(again.boxes[1]!.left - again.words[1]!.left)).toBeLessThan(0.5);
    expect((await drawn([])).boxes).toHaveLength(0);
    expect(again.removed).toBe(0);
    expect(await page.evaluate(() => window.renderBoxes.removed())).toBe(0);
    // Three boxes were ever needed at once: the pool holds three, hidden.
    expect(await page.evaluate(() => document.querySelector('body > div')!.shadowRoot!.querySelectorAll('.rect-overlay > div').length)).toBe(3);
  });

  test('dispose takes the layer away', async () => {
    await page.evaluate(() => window.renderBoxes.dispose());
    expect(await page.evaluate(() => document.querySelector('body > div')!.shadowRoot!.querySelectorAll('.rect-overlay').length)).toBe(0);
    expect(errors).toEqual([]);
  });
});
