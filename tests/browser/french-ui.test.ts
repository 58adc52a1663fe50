// Chromium in French (--lang=fr): every string OutLoud draws around the box comes from
// _locales/fr, while each finding keeps the language of the sentence it was found in.
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, type LaunchedBrowser } from './launch.js';
import { localeMessage } from './locale-messages.js';
import { underlined, uiFor, focusForUi } from './page-helpers.js';
import { DRAFT, SIN } from './platform-story.js';

const fr = (key: string, ...subs: (string | number)[]) => localeMessage('fr', key, ...subs);
const en = (key: string, ...subs: (string | number)[]) => localeMessage('en', key, ...subs);
const BOX = '#main .ProseMirror';
const FRENCH_DRAFT = `Mon client m’a donné son NAS : ${SIN}`;

describe('the UI in French', () => {
  let browser: LaunchedBrowser;
  let page: Page;
  const card = () => page.locator('outloud-ui .card');
  const pill = () => uiFor(page, 0).locator('.pill');
  const hoverFinding = async (box: string) => {
    const [span] = await underlined(page, box, 'high');
    await page.mouse.move((span!.rect.left + span!.rect.right) / 2, (span!.rect.top + span!.rect.bottom) / 2);
    await expect.poll(() => card().count()).toBe(1);
  };

  beforeAll(async () => {
    browser = await launchWithExtension({ lang: 'fr' });
    page = await browser.context.newPage();
    await page.goto(`${inject('fixtureOrigin')}/bluesky.html`);
    await focusForUi(page, BOX);
    await page.locator(BOX).click();
    await page.keyboard.type(DRAFT);
  });
  afterAll(async () => browser?.close());

  test('the pill names the mode and counts in French', async () => {
    await expect.poll(async () => (await underlined(page, BOX, 'high')).map((s) => s.text)).toEqual([SIN]);
    await expect.poll(() => pill().getAttribute('data-high')).toBe('1');
    const [medium, tip] = await Promise.all([pill().getAttribute('data-medium'), pill().getAttribute('data-tip')]);
    expect(await pill().locator('.mode').textContent()).toBe(fr('modePersonal'));
    const label = await pill().getAttribute('aria-label');
    expect(label).toBe(fr('pillLabel', fr('modePersonal'), 1, Number(medium), Number(tip)));
    expect(label).not.toBe(en('pillLabel', en('modePersonal'), 1, Number(medium), Number(tip)));
  });

  test('the findings list and the card are in French; the English sentence keeps its English explanation', async () => {
    await pill().click();
    await expect.poll(() => page.locator('outloud-ui .findings .title').textContent()).toBe(fr('findingsTitle'));
    await page.locator('outloud-ui .findings .close').click();
    await hoverFinding(BOX);
    const action = (name: string) => card().locator(`[data-action="${name}"]`).textContent();
    expect(await action('ignore-here')).toBe(fr('actionIgnoreHere'));
    expect(await action('ignore-always')).toBe(fr('actionIgnoreAlways', SIN));
    expect(await action('learn-more')).toBe(fr('actionLearnMore'));
    expect(await action('apply')).toMatch(new RegExp(`^${fr('actionApply', '')}`));
    expect(await card().locator('.close').getAttribute('aria-label')).toBe(fr('actionClose'));
    expect(await card().locator('.why strong').textContent()).toBe(fr('whyItMatters'));
    expect(fr('actionIgnoreHere')).not.toBe(en('actionIgnoreHere'));
    expect(await card().locator('.message').getAttribute('lang')).toBe('en');
    await page.mouse.move(2, 2);
    await expect.poll(() => card().count()).toBe(0);
  });

  test('the check before Post is in French', async () => {
    await page.locator('#main [data-testid="composerPublishBtn"]').click();
    const gate = page.locator('outloud-ui [role="alertdialog"]');
    await expect.poll(() => gate.count()).toBe(1);
    expect(await gate.locator('h2').textContent()).toBe(fr('gateTitle'));
    expect(await gate.locator('p').first().textContent()).toBe(fr('gateIntro', 1));
    expect(await gate.locator('[data-action="edit"]').textContent()).toBe(fr('gateEdit'));
    expect(await gate.locator('[data-action="post-anyway"]').textContent()).toBe(fr('gatePostAnyway'));
    await gate.locator('[data-action="edit"]').click();
    await expect.poll(() => gate.count()).toBe(0);
  });

  test('a French sentence gets its explanation in French', async () => {
    await page.locator('#open-modal').click();
    const second = 'body > [role="dialog"] .ProseMirror';
    await page.locator(second).click();
    await page.keyboard.type(FRENCH_DRAFT);
    await expect.poll(async () => (await underlined(page, second, 'high')).map((s) => s.text)).toEqual([SIN]);
    await hoverFinding(second);
    expect(await card().locator('.message').getAttribute('lang')).toBe('fr');
    expect(await card().locator('.title').getAttribute('lang')).toBe('fr');
  });
});
