// README.md's rule catalogue must match the rule metadata (regenerate with `npm run docs:rules`),
// and the generator script itself must detect a stale region and fix it.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { END_MARKER, START_MARKER, currentRegion, firstDifference, isUpToDate, renderRegion, ruleIds, spliceRegion } from '../scripts/catalogue.js';
import { rules } from '../src/engine/index.js';

const root = join(import.meta.dirname, '..');
const readmePath = join(root, 'README.md');
const readme = existsSync(readmePath) ? readFileSync(readmePath, 'utf8') : null;
const tmp = mkdtempSync(join(tmpdir(), 'outloud-readme-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('the README rule catalogue', () => {
  it('names every rule, with its severity in each mode', () => {
    const region = renderRegion();
    expect(ruleIds().sort()).toEqual(rules.map((r) => r.id).sort());
    for (const r of rules) {
      expect(region).toContain(`| \`${r.id}\` | ${r.category} |`);
      expect(region).toContain(`| \`${r.id}\` | ${r.severity.personal} | ${r.severity.professional} | ${r.severity.official} |`);
    }
  });

  it('is up to date in README.md (run `npm run docs:rules` if not)', () => {
    if (readme === null || currentRegion(readme) === null) {
      // No README or no markers yet: the generator's output must still cover every rule.
      const region = renderRegion();
      for (const id of ruleIds()) expect(region).toContain('`' + id + '`');
      return;
    }
    expect(isUpToDate(readme), `README.md's rule catalogue is stale; run "npm run docs:rules".\n${firstDifference(readme)}`).toBe(true);
  });

  it('splices the region between the markers and nothing else', () => {
    const doc = `# Title\r\n\r\n${START_MARKER}\r\nold table\r\n${END_MARKER}\r\n\r\nAfter.\r\n`;
    const out = spliceRegion(doc, '| a |\n| b |\n')!;
    expect(out).toBe(`# Title\r\n\r\n${START_MARKER}\r\n| a |\r\n| b |\r\n${END_MARKER}\r\n\r\nAfter.\r\n`);
    expect(spliceRegion(out, '| a |\n| b |\n')).toBe(out);
    expect(isUpToDate(out, '| a |\n| b |')).toBe(true);
    expect(spliceRegion('# no markers', 'x')).toBeNull();
    expect(spliceRegion(`${END_MARKER} before ${START_MARKER}`, 'x')).toBeNull();
  });

  it('scripts/readme-catalogue.mjs --check-only fails on a stale region, and a rewrite fixes it', () => {
    const file = join(tmp, 'README.md');
    writeFileSync(file, `# T\n\n${START_MARKER}\nstale\n${END_MARKER}\n\nEnd.\n`);
    const script = join(root, 'scripts', 'readme-catalogue.mjs');
    const node = (...args: string[]) => spawnSync(process.execPath, [script, ...args, '--readme', file], { cwd: root, encoding: 'utf8', timeout: 120_000 });
    const stale = node('--check-only');
    expect(stale.status, stale.stderr).toBe(1);
    expect(stale.stderr).toContain('npm run docs:rules');
    const write = node();
    expect(write.status, write.stderr).toBe(0);
    const again = node('--check-only');
    expect(again.status, again.stderr + again.stdout).toBe(0);
    const written = readFileSync(file, 'utf8');
    expect(written.startsWith(`# T\n\n${START_MARKER}\n`)).toBe(true);
    expect(written.endsWith(`${END_MARKER}\n\nEnd.\n`)).toBe(true);
    for (const id of ruleIds()) expect(written).toContain('`' + id + '`');

    writeFileSync(file, '# No markers here\n');
    const none = node('--check-only');
    expect(none.status).toBe(0);
    expect(none.stdout).toMatch(/no <!-- rules:start -->/);
    // Four node start-ups that each load the engine through tsx: slow on a busy 2-core machine.
  }, 240_000);
});
