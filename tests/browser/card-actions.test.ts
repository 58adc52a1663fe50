// The card's two ways of saying "this is fine": "Ignore here" dismisses one finding in one box for
// now (nothing stored, other boxes and a reload still flag it); "Always ignore" stores the term in
// the extension's storage, after which no box flags it, across a reload of the page.
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, type LaunchedBrowser } from './launch.js';
import { underlined, uiFor, type SeverityName, focusForUi } from './page-helpers.js';
import { DRAFT, SIN } from './platform-story.js';

const BOX = (i: number) => (i === 0 ? '#main .ProseMirror' : 'body > [role="dialog"] .ProseMirror');
const POST = '#main [data-testid="composerPublishBtn"]';
const TAG = '#VoteNDP';

describe('ignore here, always ignore', () => {
  let browser: LaunchedBrowser;
  let page: Page;
  const card = () => page.locator('outloud-ui .card');
  const texts = async (box: string, severity: SeverityName) => (await underlined(page, box, severity)).map((s) => s.text);
  /** Everything the extension keeps in storage.local, as text. */
  const stored = async () => {
    const worker = browser.context.serviceWorkers()[0] ?? browser.worker;
    return JSON.stringify(await worker.evaluate(() => chrome.storage.local.get(null)));
  };
  const openCard = async (box: string, severity: SeverityName, quote: string) => {
    const span = (await underlined(page, box, severity)).find((s) => s.text === quote);
    if (!span) throw new Error(`${quote} is not underlined`);
    await page.mouse.move((span.rect.left + span.rect.right) / 2, (span.rect.top + span.rect.bottom) / 2);
    await expect.poll(() => card().count()).toBe(1);
    await expect.poll(() => card().locator('.found').textContent()).toBe(quote);
  };
  /** Types at the end of the box's text. */
  const typeInto = async (box: string, text: string) => {
    await page.locator(box).click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(text);
  };

  beforeAll(async () => {
    browser = await launchWithExtension();
    page = await browser.context.newPage();
    await page.goto(`${inject('fixtureOrigin')}/bluesky.html`);
    await focusForUi(page, BOX(0));
  });
  afterAll(async () => browser?.close());

  test('"Ignore here" drops the finding from this box only, stores nothing, and lets Post through', async () => {
    await typeInto(BOX(0), DRAFT);
    await expect.poll(() => texts(BOX(0), 'high')).toEqual([SIN]);
    await openCard(BOX(0), 'high', SIN);
    await card().locator('[data-action="ignore-here"]').click();
    await expect.poll(() => card().count()).toBe(0);
    await expect.poll(() => texts(BOX(0), 'high')).toEqual([]);
    await expect.poll(() => uiFor(page, 0).locator('.pill').getAttribute('data-high')).toBe('0');
    expect(await page.evaluate(() => window.fixture.text(0))).toBe(DRAFT);
    expect(await stored()).not.toContain(SIN);
    // Typing on keeps it ignored: the same number in the same box is still the user's choice.
    await typeInto(BOX(0), ' ok');
    await expect.poll(() => page.evaluate(() => window.fixture.text(0))).toBe(`${DRAFT} ok`);
    await page.locator(POST).click();
    await expect.poll(() => page.evaluate(() => window.fixture.posted)).toEqual([`${DRAFT} ok`]);
    expect(await page.locator('outloud-ui [role="alertdialog"]').count()).toBe(0);
    // Another box still flags it.
    await page.locator('#open-modal').click();
    await typeInto(BOX(1), `Also ${SIN}`);
    await expect.poll(() => texts(BOX(1), 'high')).toEqual([SIN]);
  });

  test('"Always ignore" stores the term, and no box flags it any more', async () => {
    await typeInto(BOX(0), ` ${TAG}`);
    await expect.poll(() => texts(BOX(0), 'medium')).toEqual([TAG]);
    await typeInto(BOX(1), ` ${TAG}`);
    await expect.poll(() => texts(BOX(1), 'medium')).toEqual([TAG]);
    await openCard(BOX(0), 'medium', TAG);
    await card().locator('[data-action="ignore-always"]').click();
    await expect.poll(() => card().count()).toBe(0);
    await expect.poll(stored).toContain(TAG);
    await expect.poll(() => texts(BOX(0), 'medium')).toEqual([]);
    await expect.poll(() => texts(BOX(1), 'medium')).toEqual([]);
    // The other box's SIN was not ignored by this.
    expect(await texts(BOX(1), 'high')).toEqual([SIN]);
  });

  test('after a reload, the term stays ignored and "ignore here" is forgotten', async () => {
    await page.reload();
    await focusForUi(page, BOX(0));
    await typeInto(BOX(0), `Rally tonight ${TAG}, and her SIN is ${SIN}`);
    // Once the SIN is underlined the analysis of this text is done: the tag, ignored for good, is not.
    await expect.poll(() => texts(BOX(0), 'high')).toEqual([SIN]);
    expect(await texts(BOX(0), 'medium')).toEqual([]);
    expect(await stored()).toContain(TAG);
  });
});
