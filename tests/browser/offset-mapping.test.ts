// Offsets on the DOM real editors render: a mention as its own node, a link, a line break inside a
// paragraph, a second paragraph, emoji with surrogate pairs and a skin-tone modifier. Two levels:
// OutLoud's text map (the content script's own module, bundled into the page) must take every
// offset to a DOM point and back unchanged; and the extension, end to end, must underline exactly
// the right characters, apply a fix to exactly that span in the editor's model (mentions and links
// kept), undo it, and put the caret on a finding that follows all of those nodes.
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import { analyze } from '../../src/engine/index.js';
import { launchWithExtension, type LaunchedBrowser } from './launch.js';
import { textRects, underlined, uiFor, type SeverityName, focusForUi } from './page-helpers.js';

const MENTION = '@jane_doe';
const EMAIL = 'jane.doe@example.com';
const SIN = '130 692 544';
/** What the fixture holds (tests/fixtures/src/offsets.ts), as the user reads it. */
const DRAFT = `Thanks ${MENTION} 👋🏽 today!\nHer SIN is ${SIN}.\nWrite ${EMAIL} 🙂`;
const EDITORS = ['lexical', 'tiptap', 'quill', 'draft', 'textarea'] as const;
const BOX = '[contenteditable="true"], textarea';

function suggestionFor(quote: string): string {
  const finding = analyze(DRAFT, { mode: 'personal' }).find((f) => DRAFT.slice(f.start, f.end) === quote && f.suggestion);
  if (!finding?.suggestion) throw new Error(`the engine no longer suggests a fix for ${quote}`);
  return finding.suggestion.replacement;
}

let browser: LaunchedBrowser;
beforeAll(async () => {
  browser = await launchWithExtension();
});
afterAll(async () => browser?.close());

describe.each(EDITORS)('%s', (editor) => {
  let page: Page;
  const model = () => page.evaluate(() => window.offsets.modelText());
  const special = () => page.evaluate(() => window.offsets.special());
  const card = () => page.locator('outloud-ui .card');
  const gate = () => page.locator('outloud-ui [role="alertdialog"]');
  /** The text right after the caret, read from the DOM selection itself (no offsets involved). */
  const textAfterCaret = () =>
    page.locator(BOX).evaluate((el) => {
      if (el instanceof HTMLTextAreaElement) return el.value.slice(el.selectionStart);
      const selection = document.getSelection();
      const node = selection?.focusNode;
      if (!node || !el.contains(node)) return null;
      if (node.nodeType === Node.TEXT_NODE) return (node as Text).data.slice(selection.focusOffset);
      return node.childNodes[selection.focusOffset]?.textContent ?? '';
    });
  const hover = async (severity: SeverityName, text: string) => {
    const span = (await underlined(page, BOX, severity)).find((s) => s.text === text);
    if (!span) throw new Error(`${text} is not underlined ${severity}`);
    await page.mouse.move((span.rect.left + span.rect.right) / 2, (span.rect.top + span.rect.bottom) / 2);
  };

  beforeAll(async () => {
    page = await browser.context.newPage();
    await page.goto(`${inject('fixtureOrigin')}/offsets.html?editor=${editor}`);
    await focusForUi(page, BOX);
  });
  afterAll(async () => page?.close());

  // A text field has no DOM inside: its offsets are the value's own (the mirror is aligned in
  // alignment.test.ts).
  if (editor !== 'textarea') test('the text map takes every offset to the DOM and back, and each span to its own characters', async () => {
    const result = await page.evaluate(
      ({ mention, email, sin }) => {
        const { buildTextMap, pointAt, offsetAt, rangeFromMap } = window.offsets.textMap;
        const map = buildTextMap(window.offsets.editable);
        const roundTrip: string[] = [];
        for (let i = 0; i <= map.text.length; i++) {
          for (const side of ['start', 'end'] as const) {
            const point = pointAt(map, i, side);
            const back = point ? offsetAt(map, point.node, point.offset) : null;
            if (back !== i) roundTrip.push(`${side} ${i} → ${back}`);
          }
        }
        const spans = Object.fromEntries(
          [mention, '👋🏽', 'Her', sin, email, '🙂'].map((s) => {
            const start = map.text.indexOf(s);
            const range = rangeFromMap(map, start, start + s.length);
            return [s, { text: range?.toString() ?? null, top: range?.getBoundingClientRect().top ?? NaN }];
          }),
        );
        return { text: map.text, roundTrip, spans };
      },
      { mention: MENTION, email: EMAIL, sin: SIN },
    );
    expect(result.text).toBe(DRAFT);
    expect(result.roundTrip).toEqual([]);
    for (const [quote, span] of Object.entries(result.spans)) expect(span.text, quote).toBe(quote);
    // The line break and the paragraph are real: each line sits below the previous one.
    expect(result.spans.Her!.top).toBeGreaterThan(result.spans[MENTION]!.top);
    expect(result.spans[EMAIL]!.top).toBeGreaterThan(result.spans.Her!.top);
  });

  test('the SIN after the mention, emoji and line break is underlined exactly, and so is the address in the link', async () => {
    await expect.poll(async () => (await underlined(page, BOX, 'high')).map((s) => s.text)).toEqual([SIN]);
    await expect.poll(async () => (await underlined(page, BOX, 'tip')).map((s) => s.text)).toContain(EMAIL);
    if (editor === 'textarea') return; // the mirror's geometry is checked in alignment.test.ts
    // Drawn where the characters are: a range over them, found without OutLoud's text map.
    const expected = (await textRects(page, BOX, SIN))?.rect;
    const [drawn] = await underlined(page, BOX, 'high');
    expect(expected).toBeDefined();
    for (const side of ['left', 'top', 'right', 'bottom'] as const) expect(Math.abs(drawn!.rect[side] - expected![side]), side).toBeLessThan(0.5);
  });

  test('applying the SIN fix changes exactly that span in the model, keeps the mention and the link, and Ctrl+Z restores it', async () => {
    const before = await model();
    const nodes = await special();
    await hover('high', SIN);
    await expect.poll(() => card().count()).toBe(1);
    await expect.poll(() => card().locator('.found').textContent()).toContain(SIN);
    await card().locator('button[data-action="apply"]').click();
    await expect.poll(model).toBe(before.replace(SIN, suggestionFor(SIN)));
    expect(await special()).toEqual(nodes);
    await page.locator(BOX).focus();
    await page.keyboard.press('Control+z');
    await expect.poll(model).toBe(before);
    expect(await special()).toEqual(nodes);
    await expect.poll(async () => (await underlined(page, BOX, 'high')).map((s) => s.text)).toEqual([SIN]);
  });

  test('applying the fix to the address inside the link changes only the address', async () => {
    const before = await model();
    const mentions = (await special()).mentions;
    // After the previous test's undo, Quill may leave the caret in the SIN, whose card the keyboard
    // then opens and keeps over a hover (seen in CI): take the caret to the end of the draft first.
    // The pointer is also still where the previous test hovered the SIN, which keeps its card open
    // on a loaded machine (seen in CI on the textarea): move it off the draft too.
    await page.mouse.move(5, 5);
    await page.locator(BOX).focus();
    await page.keyboard.press('Control+End');
    await expect.poll(() => card().count()).toBe(0);
    await hover('tip', EMAIL);
    await expect.poll(() => card().count()).toBe(1);
    await expect.poll(() => card().locator('.found').textContent()).toContain(EMAIL);
    await card().locator('button[data-action="apply"]').click();
    await expect.poll(model).toBe(before.replace(EMAIL, suggestionFor(EMAIL)));
    expect((await special()).mentions).toBe(mentions);
    await page.locator(BOX).focus();
    await page.keyboard.press('Control+z');
    await expect.poll(model).toBe(before);
  });

  test('"Edit" in the check puts the caret on the SIN, and arrowing into it opens its card', async () => {
    await page.locator('.post-button').click();
    await expect.poll(() => gate().count()).toBe(1);
    await gate().locator('button[data-action="edit"]').click();
    await expect.poll(() => gate().count()).toBe(0);
    await expect.poll(textAfterCaret).toMatch(new RegExp(`^${SIN}`));
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect.poll(textAfterCaret).toMatch(new RegExp(`^${SIN.slice(2)}`));
    await expect.poll(() => card().count()).toBe(1);
    await expect.poll(() => card().textContent()).toContain(SIN);
    expect(await page.evaluate(() => window.offsets.posted)).toEqual([]);
  });
});
