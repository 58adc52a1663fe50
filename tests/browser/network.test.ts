// OutLoud sends nothing anywhere: with Chromium writing a NetLog (every request the browser makes,
// from pages, content scripts and the extension's service worker alike), the extension goes
// through its whole story on every platform fixture (typing, underlines, the card, apply and
// undo, the check before Post, "ignore here" and, once, "always ignore", a write to storage), and
// afterwards the log holds the fixture pages' own files and Chromium's calls to its own services,
// nothing else. A request made on purpose from the service worker first proves the log sees the
// background, where analysis runs.
import { readFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { startFixtureServer, type FixtureServer } from '../fixtures/server.js';
import { launchWithExtension, type LaunchedBrowser } from './launch.js';
import { underlined, uiFor, focusForUi } from './page-helpers.js';
import { DRAFT, SIN, pastUndoMerge } from './platform-story.js';
import { PLATFORMS } from './platforms.js';

interface LoggedRequest {
  url: string;
  /** The origin that caused it: a page's, the extension's (chrome-extension://…), or "not an
   * origin" for the browser's own traffic (update checks, spelling dictionaries, accounts). */
  initiator: string;
}

/** Every request the NetLog saw start, with who initiated it. */
function loggedRequests(netLog: string): LoggedRequest[] {
  const log = JSON.parse(netLog) as { constants: { logEventTypes: Record<string, number> }; events: { type: number; params?: { url?: string; initiator?: string } }[] };
  const start = log.constants.logEventTypes.URL_REQUEST_START_JOB;
  return log.events
    .filter((event) => event.type === start && event.params?.url)
    .map((event) => ({ url: event.params!.url!, initiator: event.params!.initiator ?? 'not an origin' }));
}

/** Chromium's own services, which it calls whatever extension is loaded. */
const BROWSER_SERVICES = /^https?:\/\/([\w-]+\.)*(google\.com|googleapis\.com|gvt1\.com|gstatic\.com)\//;

describe('no request leaves the extension, on any platform', () => {
  let server: FixtureServer;
  let browser: LaunchedBrowser;
  let dir: string;
  const netLogPath = () => join(dir, 'netlog.json');
  const probe = () => `${server.origin}/probe-from-the-service-worker`;

  beforeAll(async () => {
    // Its own server, so its request log is this file's alone.
    server = await startFixtureServer();
    dir = mkdtempSync(join(tmpdir(), 'outloud-netlog-'));
    browser = await launchWithExtension({ args: [`--log-net-log=${netLogPath()}`] });
    // Calibration: a request the service worker makes must show up in the log and on the server.
    const worker = browser.context.serviceWorkers()[0] ?? browser.worker;
    await worker.evaluate((url) => fetch(url).then((r) => r.status), probe());
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const specs = Object.values(PLATFORMS);
  for (const spec of specs) {
    const last = spec === specs.at(-1);
    test(`${spec.site}: type, read the card, apply and undo, go through the check, ignore${last ? ' always' : ' here'}`, async () => {
      const page: Page = await browser.context.newPage();
      await page.goto(`${server.origin}/${spec.page}.html`);
      const box = spec.box(0);
      await focusForUi(page, box);
      const card = page.locator('outloud-ui .card');
      const gate = page.locator('outloud-ui [role="alertdialog"]');
      const sins = async () => (await underlined(page, box, 'high')).filter((s) => s.text === SIN);
      const hoverSin = async () => {
        const [span] = await sins();
        await page.mouse.move((span!.rect.left + span!.rect.right) / 2, (span!.rect.top + span!.rect.bottom) / 2);
        await expect.poll(() => card.count()).toBe(1);
      };
      await page.locator(box).click();
      await page.keyboard.type(DRAFT);
      await expect.poll(async () => (await sins()).length).toBe(1);
      await hoverSin();
      await pastUndoMerge(page, spec);
      await card.locator('[data-action="apply"]').click();
      await expect.poll(async () => (await sins()).length).toBe(0);
      await page.locator(box).focus();
      await page.keyboard.press('Control+z');
      await expect.poll(async () => (await sins()).length).toBe(1);
      await page.mouse.move(2, 2);
      await page.locator(spec.postButton(0)).click();
      await expect.poll(() => gate.count()).toBe(1);
      await gate.locator('[data-action="post-anyway"]').click();
      await expect.poll(() => page.evaluate(() => window.fixture.posted.length)).toBe(1);
      // The last platform stores the number as always ignored (a write to storage); the others
      // dismiss it here only.
      await hoverSin();
      await card.locator(`[data-action="${last ? 'ignore-always' : 'ignore-here'}"]`).click();
      await expect.poll(async () => (await sins()).length).toBe(0);
      await page.close();
    });
  }

  test('the NetLog and the server saw the fixture files and the calibration request, nothing else', async () => {
    await browser.close();
    const requests = loggedRequests(readFileSync(netLogPath(), 'utf8'));
    const fixtureFile = new RegExp(`^${server.origin.replace(/[.]/g, '\\.')}/(?:[a-z]+\\.html|assets/[\\w.-]+\\.(?:js|css))$`);
    const show = (r: LoggedRequest) => `${r.initiator} → ${r.url}`;
    // The log does see the extension's background.
    expect(requests.filter((r) => r.initiator.startsWith('chrome-extension://')).map((r) => r.url)).toEqual([probe()]);
    // Pages (and the content script, which requests as its page) loaded their own files only.
    expect(requests.filter((r) => r.initiator === server.origin && !fixtureFile.test(r.url)).map(show)).toEqual([]);
    // Whatever else the browser fetched went to its own services, never to the fixture server.
    const rest = requests.filter((r) => !r.initiator.startsWith('chrome-extension://') && r.initiator !== server.origin);
    expect(rest.filter((r) => !fixtureFile.test(r.url) && !BROWSER_SERVICES.test(r.url)).map(show)).toEqual([]);
    expect(server.requests.filter((path) => !/^\/(?:[a-z]+\.html|assets\/[\w.-]+\.(?:js|css))$/.test(path))).toEqual([
      '/probe-from-the-service-worker',
    ]);
  });
});
