// After a build, other tools get the engine with `import { analyze } from 'outloud'`: this builds
// the package and imports it by name, as a consumer would (Node resolves a package's own name
// through its "exports").
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');

describe('the outloud package', () => {
  it('exports analyze and its types from dist after a build', () => {
    execFileSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json'], { cwd: root });
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    expect(pkg.name).toBe('outloud');
    expect(existsSync(join(root, pkg.exports['.'].import))).toBe(true);
    expect(existsSync(join(root, pkg.exports['.'].types))).toBe(true);
    const out = execFileSync(
      process.execPath,
      ['--input-type=module', '-e', "import { analyze } from 'outloud'; console.log(JSON.stringify(analyze('Her SIN is 130 692 544', { mode: 'personal' })))"],
      { cwd: root, encoding: 'utf8' },
    );
    const findings = JSON.parse(out);
    expect(findings.some((f: { ruleId: string }) => f.ruleId === 'personal-info/sin')).toBe(true);
    // A full tsc build: about 20 s on an idle 2-core machine, over two minutes when it is busy.
  }, 300_000);
});
