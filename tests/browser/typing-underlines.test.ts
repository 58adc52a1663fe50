// While the user types in a rich editor, the underlines are boxes in OutLoud's layer instead of CSS
// highlights (src/content/render/typing-underlines.ts: a registered highlight makes Chromium
// repaint every highlighted paragraph on every key). Checked on every frame while typing: the
// finding stays underlined (as a box where its text is, or as a highlight, never neither, so
// nothing blinks), no highlight is registered once the burst began, the box looks like the
// highlight (the same underline style, not only colour), the highlights come back at the pause and
// the boxes go; no node of ours leaves the document (the undo-step rule); a finding after the
// caret in the block being typed in, whose text moves, is hidden until the pause.
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, type LaunchedBrowser } from './launch.js';
import { focusForUi, textRects, underlined, type Rect } from './page-helpers.js';

const SIN = '130 692 544';
const FIRST = `Her SIN is ${SIN}, noted for the file.`;
const SECOND = 'Back at the service desk tomorrow';

interface Frame {
  /** High highlight ranges in the box, and the visible typing boxes (sev-high) with their rects. */
  highlights: number;
  boxes: Rect[];
  decoration: string;
}

/** Records every frame from now until `stop()`, and the nodes removed from our shadow root. */
async function record(page: Page, box: string): Promise<() => Promise<{ frames: Frame[]; removed: number }>> {
  await page.locator(box).evaluate((root) => {
    const w = window as unknown as { __frames: Frame[]; __removed: number; __recording: boolean };
    w.__frames = [];
    w.__removed = 0;
    w.__recording = true;
    const shadow = document.querySelector('outloud-ui')!.shadowRoot!;
    new MutationObserver((records) => {
      for (const r of records) w.__removed += r.removedNodes.length;
    }).observe(shadow, { childList: true, subtree: true });
    const frame = () => {
      if (!w.__recording) return;
      const highlight = CSS.highlights.get('outloud-high');
      const highlights = highlight ? [...highlight].filter((r) => r instanceof Range && root.contains(r.commonAncestorContainer)).length : 0;
      const shown = [...shadow.querySelectorAll<HTMLElement>('.typing-underlines .sev-high')].filter((b) => b.style.display !== 'none');
      const boxes = shown.map((b) => {
        const r = b.getBoundingClientRect();
        return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
      });
      const decoration = shown[0] ? getComputedStyle(shown[0]).textDecorationStyle : '';
      w.__frames.push({ highlights, boxes, decoration });
      requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  });
  return () =>
    page.evaluate(() => {
      const w = window as unknown as { __frames: Frame[]; __removed: number; __recording: boolean };
      w.__recording = false;
      return { frames: w.__frames, removed: w.__removed };
    });
}

let browser: LaunchedBrowser;
beforeAll(async () => {
  browser = await launchWithExtension();
});
afterAll(async () => browser?.close());

describe.each([
  ['Quill (linkedin)', 'linkedin', '#main .ql-editor'],
  ['TipTap (bluesky)', 'bluesky', '#main .ProseMirror'],
])('%s', (_name, fixture, box) => {
  let page: Page;

  /** A fresh draft: the SIN in the first paragraph, the caret at the end of the second. */
  const draft = async () => {
    await page.locator(box).click();
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Backspace');
    await page.keyboard.insertText(FIRST);
    await page.keyboard.press('Enter');
    await page.keyboard.insertText(SECOND);
    await expect.poll(async () => (await underlined(page, box, 'high')).length, { timeout: 15_000 }).toBe(1);
  };

  beforeAll(async () => {
    page = await browser.context.newPage();
    await page.goto(`${inject('fixtureOrigin')}/${fixture}.html`);
    await focusForUi(page, box);
  });
  afterAll(async () => page?.close());

  test('typing in another paragraph: the underline stays where its words are, as a box, with no highlight registered', async () => {
    await draft();
    const sin = (await textRects(page, box, SIN))!.rects;
    const stop = await record(page, box);
    // Keys closer together than the analysis' pause: one burst.
    await page.keyboard.type(' and after', { delay: 30 });
    await page.waitForTimeout(60);
    const typing = await stop();
    const stopAfter = await record(page, box);
    await expect.poll(async () => (await underlined(page, box, 'high')).length, { timeout: 15_000 }).toBe(1);
    await page.waitForTimeout(200);
    const after = await stopAfter();

    expect(typing.frames.length).toBeGreaterThan(5);
    // Every frame shows the finding underlined one way or the other, never both, never neither.
    for (const f of [...typing.frames, ...after.frames]) expect((f.highlights > 0 ? 1 : 0) + (f.boxes.length > 0 ? 1 : 0)).toBe(1);
    const boxed = typing.frames.filter((f) => f.boxes.length > 0);
    expect(boxed.length).toBeGreaterThan(0);
    for (const f of boxed) {
      expect(f.highlights).toBe(0);
      expect(f.decoration).toBe('wavy');
      expect(f.boxes.length).toBe(sin.length);
      f.boxes.forEach((b, i) => (['left', 'top', 'right', 'bottom'] as const).forEach((k) => expect(Math.abs(b[k] - sin[i]![k])).toBeLessThan(1)));
    }
    // Handed back at the pause.
    expect(after.frames.at(-1)!.highlights).toBe(1);
    expect(after.frames.at(-1)!.boxes).toEqual([]);
    expect(typing.removed + after.removed).toBe(0);
  });

  test('typing before the finding in its paragraph: its box is hidden until the pause, then the highlight is back', async () => {
    await draft();
    // The caret just before "SIN".
    await page.keyboard.press('Control+Home');
    for (let i = 0; i < 'Her '.length; i++) await page.keyboard.press('ArrowRight');
    const stop = await record(page, box);
    await page.keyboard.type('new ', { delay: 30 });
    await page.waitForTimeout(60);
    const typing = await stop();
    await expect.poll(async () => (await underlined(page, box, 'high')).map((s) => s.text)).toEqual([SIN]);
    const sin = (await textRects(page, box, SIN))!.rects;
    const drawn = (await underlined(page, box, 'high'))[0]!.rects;
    expect(drawn).toEqual(sin);
    // Never a stale box over text that moved, and the burst did take the highlight away (a key
    // held back by a loaded machine may let a draw hand it back for a while: that is allowed).
    for (const f of typing.frames) expect(f.boxes).toEqual([]);
    expect(typing.frames.some((f) => f.highlights === 0)).toBe(true);
    expect(typing.removed).toBe(0);
  });
});
