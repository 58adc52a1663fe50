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

export async function buildIfStale(): Promise<void> {
  const extensionSources = ['src/content', 'src/background', 'src/settings', 'src/engine', 'public', 'manifest.json', 'vite.config.ts', 'tools', 'package-lock.json'];
  if (stale('dist/extension/chrome/manifest.json', extensionSources)) {
    await build({ configFile: resolve(ROOT, 'vite.config.ts'), mode: 'chrome', root: ROOT, logLevel: 'warn' });
  }
  if (stale('dist/fixtures/mastodon.html', ['tests/fixtures', 'package-lock.json'])) {
    await build({ configFile: resolve(ROOT, 'tests/fixtures/vite.config.ts'), logLevel: 'warn' });
  }
}
