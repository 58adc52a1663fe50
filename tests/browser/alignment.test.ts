// Underlines stay on their words when the page scrolls, the box scrolls, the window is resized,
// the box narrows and its text re-wraps, the page is zoomed with CSS zoom, and the screen's pixel
// ratio changes (through the DevTools protocol). Each time the drawn rects are compared with the
// text's own geometry, measured without OutLoud: for rich editors, a Range over the characters
// found by walking the text nodes; for text fields (drawn by a mirror), the browser's own
// caretPositionFromPoint, which must land on the finding's first and last characters when probed
// at the drawn rects' edges. Hovering the drawn place must still open the card.
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, type LaunchedBrowser } from './launch.js';
import { caretOffset, textRects, underlined, uiFor, type Rect, focusForUi } from './page-helpers.js';

const SIN = '130 692 544';
// Long enough to wrap in a 520 px box, with the SIN in the middle of the second visual line.
const DRAFT = `Helping a client today at the service desk, and we went through all of her forms together; her SIN is ${SIN}, noted for the file.`;

interface Kind {
  page: string;
  box: string;
  /** The drawn rects of the high finding, and the rects the text itself occupies. */
  measure(page: Page): Promise<{ drawn: Rect[]; expected: Rect[] }>;
}

/** Rich editor: the highlight's ranges against a Range built from the text nodes. */
const richMeasure = (box: string) => async (page: Page) => ({
  drawn: (await underlined(page, box, 'high')).flatMap((span) => span.rects),
  expected: (await textRects(page, box, SIN))?.rects ?? [],
});

/** Text field: the mirror's spans, probed with caretPositionFromPoint at their edges. The
 * "expected" rects are the drawn ones when each probe lands on the right character, so a shift of
 * more than a fraction of a character makes the two differ. */
const fieldMeasure = (box: string) => async (page: Page) =>
  page.locator(box).evaluate((field, sin) => {
    const area = field as HTMLTextAreaElement;
    const plain = (r: DOMRect): Rect => ({ left: r.left, top: r.top, right: r.right, bottom: r.bottom });
    const host = (area.closest('label') ?? area).nextElementSibling;
    const spans = [...(host?.shadowRoot?.querySelectorAll('.mirror .sev-high') ?? [])];
    // Only what shows: the mirror clips lines scrolled out of the field, as the field does.
    const box = area.getBoundingClientRect();
    const all = spans.flatMap((s) => [...s.getClientRects()].map(plain)).filter((r) => r.right - r.left > 1);
    const shown = (r: Rect) => (r.top + r.bottom) / 2 > box.top && (r.top + r.bottom) / 2 < box.bottom;
    const drawn = all.filter(shown);
    const start = area.value.indexOf(sin);
    const end = start + sin.length;
    const probe = (x: number, y: number) => {
      const p = document.caretPositionFromPoint(x, y);
      return p && p.offsetNode === area ? p.offset : -1;
    };
    // Probed just inside each drawn rect's edges, the field's own caret lands within the finding,
    // on its first character at the first rect's left and after its last at the last rect's right.
    const ok = drawn.length > 0 && all.every((r, i) => {
      if (!shown(r)) return true;
      const y = (r.top + r.bottom) / 2;
      const left = probe(r.left + 2, y);
      const right = probe(r.right - 2, y);
      const inside = left >= start && left <= end && right >= start && right <= end;
      return inside && (i > 0 || left === start) && (i < all.length - 1 || right === end);
    });
    return { drawn, expected: ok ? drawn : [] };
  }, SIN);

const KINDS: Record<string, Kind> = {
  'rich editor (TipTap, CSS highlights)': { page: 'bluesky', box: '#main .ProseMirror', measure: richMeasure('#main .ProseMirror') },
  'text field (Mastodon textarea, mirror)': {
    page: 'mastodon',
    box: '#main textarea',
    measure: fieldMeasure('#main textarea'),
  },
};

let browser: LaunchedBrowser;
beforeAll(async () => {
  browser = await launchWithExtension();
});
afterAll(async () => browser?.close());

describe.each(Object.entries(KINDS))('%s', (_name, kind) => {
  let page: Page;

  /** Drawn and expected agree (within half a pixel), and hovering the drawn place opens the card. */
  const expectAligned = async () => {
    await expect
      .poll(async () => {
        const { drawn, expected } = await kind.measure(page);
        if (drawn.length === 0 || drawn.length !== expected.length) return { drawn, expected };
        const off = drawn.some((d, i) => (['left', 'top', 'right', 'bottom'] as const).some((k) => Math.abs(d[k] - expected[i]![k]) > 0.5));
        return off ? { drawn, expected } : 'aligned';
      }, { timeout: 10_000 })
      .toBe('aligned');
    // The pill sits inside the box, at its bottom-right corner.
    const [pill, box] = await Promise.all([
      uiFor(page, 0).locator('.pill').evaluate((el) => el.getBoundingClientRect().toJSON() as Rect),
      page.locator(kind.box).evaluate((el) => el.getBoundingClientRect().toJSON() as Rect),
    ]);
    expect(pill.right).toBeLessThanOrEqual(box.right + 0.5);
    expect(pill.bottom).toBeLessThanOrEqual(box.bottom + 0.5);
    expect(pill.left).toBeGreaterThan(box.left);
    expect(pill.top).toBeGreaterThan(box.top);
    const { drawn } = await kind.measure(page);
    const target = drawn[0]!;
    // Only where the box shows the words can a pointer rest on them.
    expect((target.top + target.bottom) / 2).toBeLessThan(box.bottom);
    expect((target.top + target.bottom) / 2).toBeGreaterThan(box.top);
    await page.mouse.move((target.left + target.right) / 2, (target.top + target.bottom) / 2);
    await expect.poll(() => page.locator('outloud-ui .card').count()).toBe(1);
    // The card opens right below (or above) the finding, not somewhere else on the page.
    const card = await page.locator('outloud-ui .card').evaluate((el) => el.getBoundingClientRect().toJSON() as Rect);
    const gap = card.top >= target.bottom ? card.top - target.bottom : target.top - card.bottom;
    expect(gap).toBeGreaterThanOrEqual(0);
    expect(gap).toBeLessThan(12);
    await page.mouse.move(2, 2);
    await expect.poll(() => page.locator('outloud-ui .card').count()).toBe(0);
  };

  beforeAll(async () => {
    page = await browser.context.newPage();
    await page.goto(`${inject('fixtureOrigin')}/${kind.page}.html`);
    await focusForUi(page, kind.box);
    // Room to scroll the page, and a box short enough to scroll itself.
    await page.addStyleTag({ content: 'body { padding-bottom: 1500px; } #main .editor, #main textarea { min-height: 0; height: 170px; overflow-y: auto; }' });
    await page.locator(kind.box).click();
    await page.keyboard.type(DRAFT);
  });
  afterAll(async () => page?.close());

  test('as typed', async () => {
    await expectAligned();
  });

  test('after the page scrolls', async () => {
    await page.evaluate(() => window.scrollTo(0, 37));
    try {
      await expectAligned();
    } finally {
      await page.evaluate(() => window.scrollTo(0, 0));
    }
  });

  test('after the box scrolls its own content', async () => {
    // Lines above the draft push it down until the box scrolls.
    await page.locator(kind.box).focus();
    // An editor puts back its own selection a moment after a script's focus (ProseMirror does):
    // go to the start until the caret is there, or the new lines land where typing ended. Read it a
    // moment after the key, so a selection put back late (a busy machine; CI failed so once) shows.
    await expect
      .poll(async () => {
        await page.keyboard.press('Control+Home');
        await page.waitForTimeout(150);
        return caretOffset(page, kind.box);
      })
      .toBe(0);
    for (let i = 0; i < 6; i++) await page.keyboard.press('Enter');
    // The editor may still be laying out the last new lines on a busy machine: scroll once they are
    // all there, or the draft's line ends up half below the box's edge, where no pointer reaches it.
    await expect
      .poll(() => page.locator(kind.box).evaluate((el) => ((el as HTMLTextAreaElement).value ?? (el as HTMLElement).innerText).match(/^\n*/)![0].length))
      .toBeGreaterThanOrEqual(6);
    await page.locator(kind.box).evaluate((el) => (el.scrollTop = el.scrollHeight));
    expect(await page.locator(kind.box).evaluate((el) => el.scrollTop)).toBeGreaterThan(0);
    await expectAligned();
  });

  test('after the box narrows and the line re-wraps', async () => {
    const before = (await kind.measure(page)).drawn;
    await page.locator(kind.box).evaluate((el) => {
      (el as HTMLElement).style.width = '330px';
      el.scrollTop = el.scrollHeight;
    });
    await expect.poll(async () => JSON.stringify((await kind.measure(page)).drawn)).not.toBe(JSON.stringify(before));
    await expectAligned();
  });

  test('after the window is resized', async () => {
    await page.locator(kind.box).evaluate((el) => ((el as HTMLElement).style.width = ''));
    await page.setViewportSize({ width: 700, height: 600 });
    try {
      await expectAligned();
    } finally {
      await page.setViewportSize({ width: 1100, height: 800 });
    }
  });

  test('under CSS zoom on the page', async () => {
    await page.evaluate(() => (document.getElementById('main')!.style.zoom = '1.5'));
    try {
      await expectAligned();
    } finally {
      await page.evaluate(() => (document.getElementById('main')!.style.zoom = ''));
    }
  });

  test('at a device pixel ratio of 2 (DevTools protocol)', async () => {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setDeviceMetricsOverride', { width: 1100, height: 800, deviceScaleFactor: 2, mobile: false });
    try {
      expect(await page.evaluate(() => devicePixelRatio)).toBe(2);
      await expectAligned();
    } finally {
      await cdp.send('Emulation.clearDeviceMetricsOverride');
      await cdp.detach();
    }
  });
});
