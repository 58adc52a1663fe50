// Issue 3: `web-ext lint` on the Firefox build finds no error and no warning (the linter
// addons.mozilla.org runs on a submission). In the suite, not only in `npm run lint:firefox`, so a
// change that breaks the Firefox package fails the tests.
import { expect, test } from 'vitest';
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { buildExtensionIfStale } from './build-if-stale.js';

const ROOT = resolve(import.meta.dirname, '../..');

interface LintReport {
  summary: { errors: number; warnings: number; notices: number };
  errors: { code: string; message: string; file?: string }[];
  warnings: { code: string; message: string; file?: string }[];
}

test('web-ext lint passes the Firefox build with no errors and no warnings', { timeout: 180_000 }, async () => {
  await buildExtensionIfStale('firefox');
  const out = execFileSync(
    process.execPath,
    [resolve(ROOT, 'node_modules/web-ext/bin/web-ext.js'), 'lint', '--source-dir', resolve(ROOT, 'dist/extension/firefox'), '--output', 'json', '--no-input'],
    { cwd: ROOT, encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 },
  );
  const report = JSON.parse(out) as LintReport;
  const named = (items: LintReport['errors']) => items.map((i) => `${i.code}: ${i.message} (${i.file ?? ''})`);
  expect(named(report.errors)).toEqual([]);
  expect(named(report.warnings)).toEqual([]);
  expect(report.summary.errors + report.summary.warnings).toBe(0);
});
