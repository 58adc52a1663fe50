// Starts Debian's Chromium with the built extension (shared reference browser-engineering §6.1:
// persistent context, --load-extension, new headless). The shipped manifest only matches the
// eight platforms, so the test copy also matches http://127.0.0.1 where the fixtures are served:
// the code under test is byte-for-byte the build; only the match patterns are widened.
import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { SETTINGS_KEY } from '../../src/settings/storage.js';

export const EXTENSION_DIR = resolve(import.meta.dirname, '../../dist/extension/chrome');
export const CHROMIUM = process.env.OUTLOUD_CHROMIUM ?? '/usr/bin/chromium';
const LOCAL = 'http://127.0.0.1/*';

interface Manifest {
  host_permissions?: string[];
  content_scripts?: { matches: string[] }[];
  web_accessible_resources?: { matches: string[] }[];
}

function extensionForLocalFixtures(built: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'outloud-ext-'));
  cpSync(built, dir, { recursive: true });
  const path = join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(path, 'utf8')) as Manifest;
  manifest.host_permissions = [...(manifest.host_permissions ?? []), LOCAL];
  for (const script of manifest.content_scripts ?? []) script.matches.push(LOCAL);
  for (const resource of manifest.web_accessible_resources ?? []) resource.matches.push(LOCAL);
  writeFileSync(path, JSON.stringify(manifest, null, 2));
  return dir;
}

export interface LaunchedBrowser {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  /** The unpacked copy Chromium loaded: loading it again over CDP (`Extensions.loadUnpacked`,
   * enabled by --enable-unsafe-extension-debugging) is how a test updates the extension. */
  extensionPath: string;
  close(): Promise<void>;
}

/** `extensionDir`: another build than the store one (the test-hooks build, dist/extension/chrome-test).
 * `lang`: the browser's UI language, which picks the extension's _locales (default en-US).
 * `args`: more Chromium switches (a NetLog file, say). */
export async function launchWithExtension(
  options: { headless?: boolean; extensionDir?: string; lang?: string; args?: readonly string[] } = {},
): Promise<LaunchedBrowser> {
  const extension = extensionForLocalFixtures(options.extensionDir ?? EXTENSION_DIR);
  const profile = mkdtempSync(join(tmpdir(), 'outloud-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: options.headless ?? true,
    viewport: { width: 1100, height: 800 },
    args: [
      `--disable-extensions-except=${extension}`, `--load-extension=${extension}`, '--enable-unsafe-extension-debugging',
      '--no-sandbox', '--disable-gpu', `--lang=${options.lang ?? 'en-US'}`, ...(options.args ?? []),
    ],
  });
  // The worker can register before we listen: check what is there first (§6.1 pitfalls).
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = new URL(worker.url()).host;
  // A fresh install stores its default settings (read, then write) from onInstalled. A test that
  // writes settings before that has finished would be overwritten by the defaults on a busy machine:
  // start from the settled state.
  const settled = Date.now() + 15_000;
  while (!(await worker.evaluate(async (key) => (await chrome.storage.local.get(key))[key] !== undefined, SETTINGS_KEY))) {
    if (Date.now() > settled) throw new Error('the extension stored no default settings within 15 s of starting');
    await new Promise((done) => setTimeout(done, 50));
  }
  return {
    context,
    worker,
    extensionId,
    extensionPath: extension,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
      rmSync(extension, { recursive: true, force: true });
    },
  };
}

/** The same browser and profile settings without the extension: the baseline for comparisons. */
export async function launchWithoutExtension(options: { headless?: boolean } = {}): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  const profile = mkdtempSync(join(tmpdir(), 'outloud-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: options.headless ?? true,
    viewport: { width: 1100, height: 800 },
    args: ['--no-sandbox', '--disable-gpu', '--lang=en-US'],
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
