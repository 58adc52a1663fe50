// Helpers for the extension's own pages (popup, options) and its storage, from a test: pages are
// opened by URL in a tab (an action popup cannot be driven), storage is read and written through
// the service worker, and axe-core is evaluated in the page (extension pages' CSP forbids script
// tags; evaluation through the DevTools protocol is not subject to it).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import type { LaunchedBrowser } from './launch.js';
import type { UserSettings } from '../../src/settings/types.js';
import { PAGE_STATUS_MESSAGE, type PageStatus } from '../../src/messaging/page-status.js';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export const SETTINGS_KEY = 'outloud.settings';
export const STATISTICS_KEY = 'outloud.stats';
export const TEST_POLICY_KEY = 'outloud.testPolicy';

export function extensionUrl(browser: LaunchedBrowser, path: string): string {
  return `chrome-extension://${browser.extensionId}/${path}`;
}

/** The tab id of the page at `url` (for the popup's `?tab=`). */
export async function tabIdOf(browser: LaunchedBrowser, url: string): Promise<number> {
  const id = await browser.worker.evaluate(async (target) => {
    const tabs = await chrome.tabs.query({});
    return tabs.find((tab) => tab.url === target)?.id ?? null;
  }, url);
  if (id === null) throw new Error(`no tab at ${url}`);
  return id;
}

/** What the content script in `page` answers the popup's question with (null: no content script
 * answers there yet). */
export async function pageStatus(browser: LaunchedBrowser, page: Page): Promise<PageStatus | null> {
  const tabId = await tabIdOf(browser, page.url());
  return browser.worker.evaluate(
    async ([id, type]) => (await chrome.tabs.sendMessage(id as number, { type }).catch(() => null)) as PageStatus | null,
    [tabId, PAGE_STATUS_MESSAGE] as const,
  );
}

/** Waits until the content script in `page` runs and has taken on `boxes` compose boxes: the
 * condition a test that checks what an untouched box shows (nothing), or what happens before the
 * user touches it, must start from. A fixed sleep instead passes vacuously, or posts unchecked,
 * when the script starts late on a loaded machine. */
export async function waitForClaimedBoxes(browser: LaunchedBrowser, page: Page, boxes: number): Promise<void> {
  await expect
    .poll(async () => (await pageStatus(browser, page))?.boxes ?? 'no content script answering', {
      timeout: 15_000,
      message: `the content script did not take on ${boxes} compose box(es) on ${page.url()}`,
    })
    .toBe(boxes);
}

export async function openPopup(browser: LaunchedBrowser, page: Page): Promise<Page> {
  const tabId = await tabIdOf(browser, page.url());
  const popup = await browser.context.newPage();
  await popup.goto(extensionUrl(browser, `src/popup/index.html?tab=${tabId}`));
  await popup.locator('main').waitFor();
  return popup;
}

export async function openOptions(browser: LaunchedBrowser): Promise<Page> {
  const options = await browser.context.newPage();
  await options.goto(extensionUrl(browser, 'src/options/index.html'));
  await options.locator('main').waitFor();
  return options;
}

export async function readStored(browser: LaunchedBrowser, key: string): Promise<unknown> {
  return browser.worker.evaluate(async (k) => (await chrome.storage.local.get(k))[k], key);
}

export async function writeStored(browser: LaunchedBrowser, key: string, value: unknown): Promise<void> {
  await browser.worker.evaluate(async ([k, v]) => chrome.storage.local.set({ [k as string]: v }), [key, value] as const);
}

export async function removeStored(browser: LaunchedBrowser, key: string): Promise<void> {
  await browser.worker.evaluate(async (k) => chrome.storage.local.remove(k), key);
}

export async function userSettings(browser: LaunchedBrowser): Promise<UserSettings> {
  return (await readStored(browser, SETTINGS_KEY)) as UserSettings;
}

/** Patches the stored user settings (on top of what is there, or of nothing). */
export async function patchSettings(browser: LaunchedBrowser, patch: Partial<UserSettings>): Promise<void> {
  const current = ((await readStored(browser, SETTINGS_KEY)) ?? {}) as Record<string, unknown>;
  await writeStored(browser, SETTINGS_KEY, { version: 2, ...current, ...patch });
}

interface AxeResult {
  violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[]; failureSummary?: string }[] }[];
  passes: unknown[];
}

/** axe-core on the page (or only inside `include`), returning its violations as readable lines. */
export async function axeViolations(target: Page | Frame, include?: string[][], disabledRules: string[] = []): Promise<string[]> {
  await target.evaluate(`${AXE_SOURCE}\n;0`);
  const result = (await target.evaluate(
    async ([context, disabled]) => {
      const axe = (globalThis as unknown as { axe: { run(c: unknown, o: unknown): Promise<unknown> } }).axe;
      const rules = Object.fromEntries((disabled as string[]).map((id) => [id, { enabled: false }]));
      return axe.run(context ?? document, { rules, resultTypes: ['violations'] });
    },
    [include ? { include } : null, disabledRules] as const,
  )) as AxeResult;
  return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}): ${v.help} at ${JSON.stringify(n.target)} ${n.failureSummary ?? ''}`));
}

/** Sets the interface language through the settings, as the options page does. */
export async function setLanguage(browser: LaunchedBrowser, language: 'auto' | 'en' | 'fr'): Promise<void> {
  await patchSettings(browser, { language });
}

export async function expectText(page: Page, selector: string, text: string | RegExp): Promise<void> {
  await expect.poll(() => page.locator(selector).first().textContent(), { timeout: 15_000 }).toMatch(text);
}
