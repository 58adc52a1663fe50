// Starts Debian's Chromium with the built extension (shared reference browser-engineering §6.1:
// persistent context, --load-extension, new headless). The shipped manifest only matches the
// eight platforms, so the test copy also matches http://127.0.0.1 where the fixtures are served:
// the code under test is byte-for-byte the build; only the match patterns are widened.
import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const EXTENSION_DIR = resolve(import.meta.dirname, '../../dist/extension/chrome');
export const CHROMIUM = process.env.OUTLOUD_CHROMIUM ?? '/usr/bin/chromium';
const LOCAL = 'http://127.0.0.1/*';

interface Manifest {
  host_permissions?: string[];
  content_scripts?: { matches: string[] }[];
  web_accessible_resources?: { matches: string[] }[];
}

function extensionForLocalFixtures(): string {
  const dir = mkdtempSync(join(tmpdir(), 'outloud-ext-'));
  cpSync(EXTENSION_DIR, dir, { recursive: true });
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
  close(): Promise<void>;
}

export async function launchWithExtension(options: { headless?: boolean } = {}): Promise<LaunchedBrowser> {
  const extension = extensionForLocalFixtures();
  const profile = mkdtempSync(join(tmpdir(), 'outloud-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: options.headless ?? true,
    viewport: { width: 1100, height: 800 },
    args: [`--disable-extensions-except=${extension}`, `--load-extension=${extension}`, '--no-sandbox', '--disable-gpu', '--lang=en-US'],
  });
  // The worker can register before we listen: check what is there first (§6.1 pitfalls).
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    worker,
    extensionId,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
      rmSync(extension, { recursive: true, force: true });
    },
  };
}
