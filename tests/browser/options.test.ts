// The options page (chrome-extension://<id>/src/options/index.html) in Chromium, with a fixture
// page open beside it: every change is saved at once and the page's drafts follow.
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { launchWithExtension, type LaunchedBrowser } from './launch.js';
import { openOptions, patchSettings, readStored, SETTINGS_KEY, STATISTICS_KEY, userSettings } from './extension-pages.js';
import { underlined, uiFor, focusForUi } from './page-helpers.js';

const BOX = '#main textarea';
const POST = '#main .compose-form__submit button[type="submit"]';
const SIN = '130 692 544';

describe('options page', () => {
  let browser: LaunchedBrowser;
  let page: Page;
  let options: Page;
  const pill = () => uiFor(page, 0).locator('.pill');
  const draft = async (text: string) => {
    await page.locator(BOX).fill('');
    await page.locator(BOX).click();
    await page.keyboard.type(text);
  };
  const spans = async (severity: 'high' | 'medium' | 'tip') => (await underlined(page, BOX, severity)).map((s) => s.text);

  beforeAll(async () => {
    browser = await launchWithExtension();
    page = await browser.context.newPage();
    await page.goto(`${inject('fixtureOrigin')}/mastodon.html`);
    await focusForUi(page, BOX);
    options = await openOptions(browser);
  });
  afterAll(async () => browser?.close());

  test('the default mode and each site\'s mode are saved; a site can go back to its default', async () => {
    await options.locator('#default-mode').selectOption('professional');
    await expect.poll(async () => (await userSettings(browser)).defaultMode).toBe('professional');
    // The page redraws from storage once its change event has come back and the settings are read
    // again, a moment after the write the test saw: wait for what it shows, not only what is stored.
    const linkedin = options.locator('tr[data-site="linkedin"]');
    await expect.poll(() => linkedin.locator('select').inputValue(), { message: 'the site follows the new default' }).toBe('professional');
    await linkedin.locator('select').selectOption('official');
    await expect.poll(async () => (await userSettings(browser)).siteModes).toEqual({ linkedin: 'official' });
    await linkedin.getByRole('button').click();
    await expect.poll(async () => (await userSettings(browser)).siteModes).toEqual({});
    await expect.poll(() => linkedin.locator('select').inputValue(), { message: 'reset, the site follows the default again' }).toBe('professional');
    await options.locator('#default-mode').selectOption('personal');
    // The later tests start from the personal default (the French test reads it on the pill).
    await expect.poll(async () => (await userSettings(browser)).defaultMode).toBe('personal');
  });

  test('a watch term added here is flagged in the open draft; its severity can be changed; removing it clears it', async () => {
    await draft('We met about Project Bluebird today');
    await expect.poll(() => pill().getAttribute('data-high')).toBe('0');
    await options.locator('#new-term').fill('Project Bluebird');
    await options.locator('#new-term-category').selectOption('confidential');
    await options.locator('#new-term-severity').selectOption('high');
    await options.locator('#new-term-note').fill('Not announced before June');
    await options.locator('form[data-form="add-term"] button[type="submit"]').click();
    await expect.poll(() => spans('high')).toEqual(['Project Bluebird']);
    expect((await userSettings(browser)).customTerms).toEqual([{ term: 'Project Bluebird', category: 'confidential', severity: 'high', note: 'Not announced before June' }]);
    // The same term twice is refused with a message.
    await options.locator('#new-term').fill('project bluebird');
    await options.locator('form[data-form="add-term"] button[type="submit"]').click();
    await expect.poll(() => options.locator('#new-term-error').textContent()).toContain('project bluebird');
    const row = options.locator('tr[data-term="Project Bluebird"]');
    await row.locator('select').nth(1).selectOption('tip');
    await expect.poll(() => spans('tip')).toContain('Project Bluebird');
    expect(await spans('high')).toEqual([]);
    await row.getByRole('button').click();
    await expect.poll(async () => (await userSettings(browser)).customTerms).toEqual([]);
    await expect.poll(() => spans('tip')).not.toContain('Project Bluebird');
  });

  test('the ignored-terms list: a term added is no longer flagged; removed, it is again', async () => {
    await draft(`Client SIN is ${SIN}`);
    await expect.poll(() => spans('high')).toEqual([SIN]);
    await options.locator('#new-ignored').fill(SIN);
    await options.locator('form[data-form="add-ignored"] button[type="submit"]').click();
    await expect.poll(() => spans('high')).toEqual([]);
    await expect.poll(() => options.locator(`ul[data-list="ignored"] li[data-term="${SIN}"]`).count()).toBe(1);
    await options.locator(`ul[data-list="ignored"] li[data-term="${SIN}"] button`).click();
    await expect.poll(() => spans('high')).toEqual([SIN]);
    expect((await userSettings(browser)).ignoredTerms).toEqual([]);
  });

  test('a category, or one rule, switched off stops flagging; on again, it flags', async () => {
    const category = options.locator('fieldset[data-category="personal-info"]');
    await category.locator('> label input[type="checkbox"]').uncheck();
    await expect.poll(() => spans('high')).toEqual([]);
    expect((await userSettings(browser)).disabledCategories).toEqual(['personal-info']);
    // Its rules are shown off and cannot be switched one by one while the category is off.
    await category.locator('summary').click();
    const sinRule = category.locator('label[data-rule="personal-info/sin"] input');
    await expect.poll(() => sinRule.isDisabled()).toBe(true);
    await category.locator('> label input[type="checkbox"]').check();
    await expect.poll(() => spans('high')).toEqual([SIN]);
    await sinRule.uncheck();
    await expect.poll(() => spans('high')).toEqual([]);
    expect((await userSettings(browser)).disabledRules).toEqual(['personal-info/sin']);
    await sinRule.check();
    await expect.poll(() => spans('high')).toEqual([SIN]);
  });

  test('choosing French switches the options page and the page\'s pill, whatever the browser\'s language', async () => {
    await options.locator('#language-select').selectOption('fr');
    await expect.poll(() => options.locator('h1').textContent()).toBe('Paramètres d’OutLoud');
    expect(await options.locator('html').getAttribute('lang')).toBe('fr');
    await expect.poll(() => pill().getAttribute('aria-label')).toMatch(/^OutLoud, mode Personnel/);
    await options.locator('#language-select').selectOption('auto');
    await expect.poll(() => options.locator('h1').textContent()).toBe('OutLoud settings');
    await expect.poll(() => pill().getAttribute('aria-label')).toMatch(/^OutLoud, Personal mode/);
  });

  test('statistics count posts checked by category, locally, and can be cleared', async () => {
    expect(await readStored(browser, STATISTICS_KEY)).toBeUndefined();
    await page.locator(POST).click();
    const gate = page.locator('outloud-ui [role="alertdialog"]');
    await expect.poll(() => gate.count()).toBe(1);
    await gate.locator('button[data-action="post-anyway"]').click();
    const posts = options.locator('table[data-table="statistics"] tr[data-row="posts"] td');
    await expect.poll(() => posts.allTextContents()).toEqual(['1', '1', '1']);
    expect(await options.locator('tr[data-row="personal-info"] td').first().textContent()).toBe('1');
    expect(await options.locator('tr[data-row="conduct"] td').first().textContent()).toBe('0');
    // Week by week, this week first.
    const thisWeek = options.locator('table[data-table="weeks"] tbody tr').first().locator('td');
    expect(await thisWeek.allTextContents()).toEqual(['1', expect.stringMatching(/^[1-9]\d*$/), 'Personal information']);
    await options.locator('button[data-action="clear-statistics"]').click();
    await options.locator('button[data-action="confirm-clear"]').click();
    await expect.poll(() => posts.allTextContents()).toEqual(['0', '0', '0']);
  });

  test('export gives a settings file; a broken or foreign file is refused with a reason and changes nothing; a good one applies', async () => {
    await patchSettings(browser, { customTerms: [{ term: 'Operation Maple', category: 'confidential', severity: 'high' }], defaultMode: 'official' });
    await expect.poll(() => options.locator('tr[data-term="Operation Maple"]').count()).toBe(1);
    const [download] = await Promise.all([options.waitForEvent('download'), options.locator('button[data-action="export"]').click()]);
    expect(download.suggestedFilename()).toMatch(/^outloud-settings-\d{4}-\d{2}-\d{2}\.json$/);
    const exported = readFileSync((await download.path())!, 'utf8');
    expect(JSON.parse(exported)).toMatchObject({ format: 'outloud-settings', settings: { defaultMode: 'official', customTerms: [{ term: 'Operation Maple' }] } });

    const before = await readStored(browser, SETTINGS_KEY);
    const refused = options.locator('[data-outcome="refused"]');
    const importText = (name: string, text: string) => options.locator('#import-file').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
    await importText('broken.json', exported.slice(0, 40));
    await expect.poll(() => refused.textContent()).toContain('broken.json');
    expect(await refused.textContent()).toContain('not valid JSON');
    await importText('package.json', JSON.stringify({ name: 'left-pad', version: '1.0.0' }));
    await expect.poll(() => refused.textContent()).toContain('not an OutLoud settings file');
    const invalid = JSON.parse(exported) as { settings: Record<string, unknown> };
    invalid.settings.defaultMode = 'holiday';
    await importText('edited.json', JSON.stringify(invalid));
    await expect.poll(() => refused.textContent()).toContain('defaultMode');
    expect(await readStored(browser, SETTINGS_KEY)).toEqual(before);

    const other = JSON.parse(exported) as { settings: Record<string, unknown> };
    other.settings.defaultMode = 'professional';
    other.settings.customTerms = [{ term: 'Project Heron', category: 'political', severity: 'medium' }];
    await importText('colleague.json', JSON.stringify(other));
    await expect.poll(() => options.locator('[data-outcome="ok"]').textContent()).toContain('colleague.json');
    expect(await refused.count()).toBe(0);
    const after = await userSettings(browser);
    expect(after.defaultMode).toBe('professional');
    expect(after.customTerms).toEqual([{ term: 'Project Heron', category: 'political', severity: 'medium' }]);
  });

  test('keyboard only: the contents links, a form submitted with Enter, a remove button, all with visible focus', async () => {
    await options.reload();
    await options.locator('nav a[href="#ignored"]').focus();
    expect(await options.locator('nav a[href="#ignored"]').evaluate((el) => getComputedStyle(el).outlineStyle)).not.toBe('none');
    await options.keyboard.press('Enter');
    await expect.poll(() => options.evaluate(() => location.hash)).toBe('#ignored');
    await options.locator('#new-ignored').focus();
    await options.keyboard.type('Ajax');
    await options.keyboard.press('Enter');
    await expect.poll(async () => (await userSettings(browser)).ignoredTerms).toContain('Ajax');
    const remove = options.locator('ul[data-list="ignored"] li[data-term="Ajax"] button');
    await remove.focus();
    await expect.poll(() => remove.evaluate((el) => el.matches(':focus-visible'))).toBe(true);
    await options.keyboard.press('Enter');
    await expect.poll(async () => (await userSettings(browser)).ignoredTerms).not.toContain('Ajax');
  });

  test('storage that cannot be read falls back to defaults key by key, keeps the custom terms and says so', async () => {
    await browser.worker.evaluate(async (key) => {
      await chrome.storage.local.set({ [key]: { version: 2, defaultMode: 42, siteModes: 'nope', customTerms: [{ term: 'Kept term', category: 'confidential', severity: 'high' }, 7] } });
    }, SETTINGS_KEY);
    await options.reload();
    await expect.poll(() => options.locator('[data-warnings="storage"]').textContent()).toContain('defaultMode');
    expect(await options.locator('tr[data-term="Kept term"]').count()).toBe(1);
    expect(await options.locator('#default-mode').inputValue()).toBe('personal');
  });
});
