// The budget for what the extension puts into every page of a supported site: the content-script
// loaders of the built manifest, the chunks they load and everything those import, 150 KB gzipped
// in all (issue 5). Sites the user turns on get the same content script as one registered file
// instead, held to the same budget. The popup is measured and printed beside them. The build is made first when it is
// missing or older than its sources (in `npm test` the browser project's global setup already did).
import { beforeAll, expect, test } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join, resolve } from 'node:path';
import { injectedScripts, popupScripts, totalGzip, type ScriptSize } from '../tools/bundle-size.js';
import { ENABLED_SITE_SCRIPT } from '../tools/content-script-iife.js';
import { buildExtensionIfStale } from './browser/build-if-stale.js';

const DIST = resolve(import.meta.dirname, '../dist/extension/chrome');
const BUDGET_BYTES = 150 * 1024;

interface BuiltManifest {
  action?: { default_popup?: string };
  web_accessible_resources?: { resources: string[] }[];
}
const manifest = (): BuiltManifest => JSON.parse(readFileSync(join(DIST, 'manifest.json'), 'utf8')) as BuiltManifest;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const listing = (scripts: ScriptSize[]) => scripts.map((s) => `  ${s.file}: ${kb(s.bytes)}, ${kb(s.gzip)} gzipped`).join('\n');

beforeAll(() => buildExtensionIfStale(), 180_000);

test('the scripts injected into pages stay within 150 KB gzipped in all', () => {
  const injected = injectedScripts(DIST);
  console.log(`injected into pages: ${kb(totalGzip(injected))} gzipped (budget ${kb(BUDGET_BYTES)})\n${listing(injected)}`);
  // The loader's chunks are what crxjs exposes to pages: all of them must have been counted, or
  // the closure missed an import and the budget would pass on a part of the code.
  const exposed = (manifest().web_accessible_resources ?? []).flatMap((r) => r.resources).filter((f) => f.endsWith('.js'));
  expect(exposed.length).toBeGreaterThan(0);
  expect(injected.map((s) => s.file)).toEqual(expect.arrayContaining(exposed));
  expect(injected.length).toBeGreaterThan(exposed.length);
  expect(totalGzip(injected)).toBeLessThanOrEqual(BUDGET_BYTES);
});

test('the script registered for sites the user turns on stays within the same budget', () => {
  const path = join(DIST, ENABLED_SITE_SCRIPT);
  expect(existsSync(path)).toBe(true);
  const gzip = gzipSync(readFileSync(path), { level: 9 }).length;
  console.log(`registered for enabled sites: ${ENABLED_SITE_SCRIPT}, ${kb(gzip)} gzipped`);
  // It holds the whole content script, so it can't be much smaller than the manifest's chunks.
  expect(gzip).toBeGreaterThan(totalGzip(injectedScripts(DIST)) / 2);
  expect(gzip).toBeLessThanOrEqual(BUDGET_BYTES);
});

test('the popup is measured once the manifest has one', () => {
  const popup = popupScripts(DIST);
  const declared = manifest().action?.default_popup;
  console.log(declared ? `popup (${declared}): ${kb(totalGzip(popup))} gzipped\n${listing(popup)}` : 'popup: none in the manifest yet');
  if (declared) expect(popup.length).toBeGreaterThan(0);
  else expect(popup).toEqual([]);
});
