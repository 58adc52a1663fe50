// Builds the extension and the fixture pages when their output is missing or older than their
// sources, so `npm test` on a fresh clone (or after an edit) never tests a stale build. CI runs
// `npm run build` first, which makes this a no-op there.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'vite';

const ROOT = resolve(import.meta.dirname, '../..');

function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let latest = stat.mtimeMs;
  for (const name of readdirSync(path)) latest = Math.max(latest, newest(join(path, name)));
  return latest;
}

function stale(output: string, sources: string[]): boolean {
  const out = resolve(ROOT, output);
  if (!existsSync(out)) return true;
  const built = statSync(out).mtimeMs;
  return sources.some((source) => newest(resolve(ROOT, source)) > built);
}

const EXTENSION_SOURCES = ['src', 'public', 'manifest.json', 'vite.config.ts', 'tools', 'package-lock.json'];

/** The store builds ('chrome', 'firefox'), or the build with test hooks ('chrome-test', see
 * vite.config.ts), in dist/extension/<mode>/, rebuilt when older than its sources. */
export async function buildExtensionIfStale(mode: 'chrome' | 'chrome-test' | 'firefox' = 'chrome'): Promise<void> {
  if (stale(`dist/extension/${mode}/manifest.json`, EXTENSION_SOURCES)) {
    await build({ configFile: resolve(ROOT, 'vite.config.ts'), mode, root: ROOT, logLevel: 'warn' });
  }
}

export async function buildIfStale(): Promise<void> {
  await buildExtensionIfStale();
  // render-boxes.html bundles OutLoud's own render layer, so its sources count too.
  if (stale('dist/fixtures/mastodon.html', ['tests/fixtures', 'src/content/render', 'package-lock.json'])) {
    await build({ configFile: resolve(ROOT, 'tests/fixtures/vite.config.ts'), logLevel: 'warn' });
  }
}
