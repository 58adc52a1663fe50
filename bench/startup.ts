// Start-up cost of the engine, as the extension's service worker pays it each time the browser
// wakes it: evaluating the engine's modules (and compromise's), then the first analyze(), which
// builds and compiles the patterns it needs. Measured in fresh Node processes on the engine
// compiled to plain JavaScript (TypeScript's transpiler, no type check), so neither tsx nor a warm
// V8 flatters or burdens it.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ts from 'typescript';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

export interface Startup {
  runs: number;
  /** Module evaluation of the engine (import), median ms. */
  importMs: number;
  /** The first analyze() of a short post, median ms. */
  firstMs: number;
  /** A second analyze() of another post, median ms (patterns the first did not need). */
  secondMs: number;
}

function transpileEngine(out: string): string {
  const src = join(root, 'src', 'engine');
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? walk(join(dir, d.name)) : d.name.endsWith('.ts') && !d.name.endsWith('.d.ts') ? [join(dir, d.name)] : []));
  for (const file of walk(src)) {
    const js = ts.transpileModule(readFileSync(file, 'utf8'), {
      compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, verbatimModuleSyntax: false },
      fileName: file,
    }).outputText;
    const target = join(out, relative(src, file)).replace(/\.ts$/, '.js');
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, js);
  }
  // ESM needs to be told; node_modules above this folder resolves compromise.
  writeFileSync(join(out, 'package.json'), '{"type":"module"}');
  return join(out, 'index.js');
}

/** Spawns `runs` fresh processes, each importing the engine and analysing two posts. */
export function measureStartup(posts: [string, string], runs = 5): Startup {
  // Inside node_modules, so that the compiled engine finds compromise as the real one does.
  const out = join(root, 'node_modules', '.cache', 'outloud-bench-engine');
  rmSync(out, { recursive: true, force: true });
  const entry = pathToFileURL(transpileEngine(out)).href;
  const script = `
    const t0 = performance.now();
    const { analyze } = await import(${JSON.stringify(entry)});
    const t1 = performance.now();
    analyze(${JSON.stringify(posts[0])});
    const t2 = performance.now();
    analyze(${JSON.stringify(posts[1])});
    const t3 = performance.now();
    console.log(JSON.stringify([t1 - t0, t2 - t1, t3 - t2]));`;
  const samples: number[][] = [];
  for (let i = 0; i < runs; i++) {
    const stdout = execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    samples.push(JSON.parse(stdout.trim().split('\n').pop()!) as number[]);
  }
  rmSync(out, { recursive: true, force: true });
  const median = (k: number) => {
    const xs = samples.map((s) => s[k]!).sort((a, b) => a - b);
    return xs[Math.floor(xs.length / 2)]!;
  };
  return { runs, importMs: median(0), firstMs: median(1), secondMs: median(2) };
}
