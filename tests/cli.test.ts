// The CLI through main(argv, io) with in-memory streams, plus one real process for the exit code.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.js';
import { rules, type Finding } from '../src/engine/index.js';

const SIN_DRAFT = 'Client SIN is 130 692 544';
const HARMLESS = 'Great turnout at the community garden today. Thanks to everyone who came!';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function sink(): { stream: PassThrough; text: () => string } {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (c: Buffer) => chunks.push(c));
  return { stream, text: () => Buffer.concat(chunks).toString('utf8') };
}

async function run(argv: string[], stdin = '', opts: { env?: Record<string, string>; tty?: boolean; cwd?: string } = {}): Promise<Run> {
  const out = sink();
  const err = sink();
  const code = await main(argv, {
    stdin: Readable.from([Buffer.from(stdin, 'utf8')]),
    stdout: out.stream,
    stderr: err.stream,
    env: opts.env ?? {},
    stdoutIsTTY: opts.tty ?? false,
    stdinIsTTY: false,
    ...(opts.cwd ? { cwd: opts.cwd } : {}),
  });
  return { code, stdout: out.text(), stderr: err.text() };
}

const ESC = '\u001b[';
const tmp = mkdtempSync(join(tmpdir(), 'outloud-cli-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('outloud check (text)', () => {
  it('marks the SIN with brackets and a severity label, explains it, and exits 1', async () => {
    const r = await run(['check'], SIN_DRAFT);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/Client \[?SIN\]?(?:\(#\d+ \w+\))? is \[130 692 544\]\((?:#\d+ \w+, )*#\d+ high/);
    expect(r.stdout).toContain('HIGH');
    expect(r.stdout).toContain('personal-info/sin');
    expect(r.stdout).toContain('Social Insurance Number');
    expect(r.stdout).toMatch(/Guidelines: fippa-identifying-numbers/);
    expect(r.stdout).toContain('Suggestion: Mask the number');
    expect(r.stdout).not.toContain(ESC); // not a TTY: no colour
  });

  it('exits 0 on a harmless draft', async () => {
    const r = await run(['check', '--mode', 'personal'], HARMLESS);
    expect(r.code, r.stdout).toBe(0);
    expect(r.stdout).not.toMatch(/\bHIGH\b/);
    expect(r.stdout).toMatch(/(No findings|finding|findings) in personal mode/);
  });

  it('says so when nothing is found', async () => {
    const r = await run(['check'], '');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('No findings in personal mode.');
  });

  it('colours on a terminal, keeps the brackets, and honours NO_COLOR and --no-color', async () => {
    const tty = await run(['check'], SIN_DRAFT, { tty: true });
    expect(tty.stdout).toContain(ESC);
    expect(tty.stdout).toContain('[130 692 544]');
    expect((await run(['check'], SIN_DRAFT, { tty: true, env: { NO_COLOR: '1' } })).stdout).not.toContain(ESC);
    expect((await run(['check', '--no-color'], SIN_DRAFT, { tty: true })).stdout).not.toContain(ESC);
    expect((await run(['check', '--color'], SIN_DRAFT)).stdout).toContain(ESC);
    expect((await run(['check'], SIN_DRAFT, { env: { FORCE_COLOR: '1' } })).stdout).toContain(ESC);
  });

  it('shows control characters of the draft instead of sending them to the terminal', async () => {
    const r = await run(['check'], `Hello \u001b[2J world. ${SIN_DRAFT}`);
    expect(r.stdout).not.toContain('\u001b[2J');
    expect(r.stdout).toContain('\u241b[2J');
  });

  it('reads a FILE argument, relative to the working directory', async () => {
    writeFileSync(join(tmp, 'draft.txt'), '\ufeff' + SIN_DRAFT + '\n');
    const r = await run(['check', 'draft.txt'], '', { cwd: tmp });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('[130 692 544]');
  });

  it('reads standard input for "-"', async () => {
    const r = await run(['check', '--format=json', '-'], SIN_DRAFT);
    expect(r.code).toBe(1);
    expect((JSON.parse(r.stdout) as Finding[])[0]!.ruleId).toBe('personal-info/sin');
  });
});

describe('outloud check (json)', () => {
  it('prints the Finding[] array', async () => {
    const r = await run(['check', '-f', 'json', '--locale', 'en'], SIN_DRAFT);
    expect(r.code).toBe(1);
    const findings = JSON.parse(r.stdout) as Finding[];
    const sin = findings.find((f) => f.ruleId === 'personal-info/sin');
    expect(sin).toBeDefined();
    expect(SIN_DRAFT.slice(sin!.start, sin!.end)).toBe('130 692 544');
    expect(sin!.severity).toBe('high');
  });

  it('prints [] and exits 0 on an empty draft', async () => {
    const r = await run(['check', '--format', 'json'], '');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual([]);
  });
});

describe('usage errors exit 2 with a message on stderr', () => {
  const cases: [string[], RegExp][] = [
    [['check', '--mode', 'bogus'], /unknown mode "bogus" \(expected personal, professional or official\)/],
    [['check', '--locale', 'de'], /unknown locale "de"/],
    [['check', '--format', 'xml'], /unknown format "xml"/],
    [['check', '--mode'], /--mode needs a value/],
    [['check', '--frobnicate'], /unknown option "--frobnicate"/],
    [['check', 'a.txt', 'b.txt'], /too many arguments/],
    [['check', 'does-not-exist.txt'], /cannot read "does-not-exist.txt": no such file/],
    [['check', '.'], /cannot read ".": it is a directory/],
    [['check', '--jsonl', '--format', 'text'], /--jsonl/],
    [['rules', '--format', 'html'], /unknown format "html"/],
    [['rules', '--mode', 'official'], /--mode does not apply to "rules"/],
    [['lint'], /unknown command "lint"/],
    [[], /missing command/],
  ];
  for (const [argv, message] of cases) {
    it(`outloud ${argv.join(' ')}`, async () => {
      const r = await run(argv, '', { cwd: tmp });
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(message);
      expect(r.stderr).toContain('outloud --help');
      expect(r.stdout).toBe('');
    });
  }
});

describe('outloud check --jsonl', () => {
  it('answers each line in order, reports bad lines and goes on, exits 1 on a high finding', async () => {
    const input = [
      JSON.stringify({ id: 'a', text: SIN_DRAFT }),
      '{not json',
      JSON.stringify({ id: 'b', text: HARMLESS, mode: 'official' }),
      JSON.stringify({ id: 'c' }),
      '',
      JSON.stringify({ id: 7, text: HARMLESS, mode: 'corporate' }),
      JSON.stringify([1, 2]),
      JSON.stringify({ id: { x: 1 }, text: 'x' }),
      JSON.stringify({ text: HARMLESS }),
    ].join('\n');
    const r = await run(['check', '--jsonl'], input + '\n');
    expect(r.code).toBe(1);
    const lines = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as { id: unknown; findings?: Finding[]; error?: string });
    expect(lines.map((l) => l.id)).toEqual(['a', null, 'b', 'c', 7, null, null, null]);
    expect(lines[0]!.findings!.some((f) => f.ruleId === 'personal-info/sin' && f.severity === 'high')).toBe(true);
    expect(lines[1]!.error).toMatch(/^line 2: not valid JSON/);
    expect(lines[2]!.findings).toBeDefined();
    expect(lines[3]!.error).toBe('line 4: missing "text"');
    expect(lines[4]!.error).toMatch(/^line 6: unknown mode "corporate"/);
    expect(lines[5]!.error).toMatch(/^line 7: expected a JSON object/);
    expect(lines[6]!.error).toMatch(/^line 8: "id" must be a string or a number/);
    expect(lines[7]!.findings).toBeDefined();
  });

  it('uses --mode as the default and exits 0 without a high finding', async () => {
    const r = await run(['check', '--jsonl', '--mode', 'official'], JSON.stringify({ id: 'x', text: SIN_DRAFT, mode: 'personal' }) + '\r\n' + JSON.stringify({ id: 'y', text: '' }) + '\n');
    expect(r.code).toBe(1);
    const [x, y] = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as { id: string; findings: Finding[] });
    expect(x!.id).toBe('x');
    expect(y).toEqual({ id: 'y', findings: [] });
    const harmless = await run(['check', '--jsonl'], JSON.stringify({ id: 'h', text: HARMLESS }) + '\n');
    expect(harmless.code, harmless.stdout).toBe(0);
  });

  it('streams: answers a line before the input ends', async () => {
    const stdin = new PassThrough();
    const out = sink();
    const done = main(['check', '--jsonl'], { stdin, stdout: out.stream, stderr: sink().stream, env: {}, stdoutIsTTY: false, stdinIsTTY: false });
    stdin.write(JSON.stringify({ id: 'first', text: HARMLESS }) + '\n');
    for (let i = 0; i < 100 && !out.text().includes('first'); i++) await new Promise((r) => setTimeout(r, 10));
    expect(out.text()).toContain('"id":"first"');
    stdin.end(JSON.stringify({ id: 'second', text: SIN_DRAFT }) + '\n');
    expect(await done).toBe(1);
    expect(out.text().trimEnd().split('\n')).toHaveLength(2);
  });
});

describe('outloud rules', () => {
  it('lists every rule as text, markdown and json', async () => {
    const text = await run(['rules']);
    const md = await run(['rules', '--format', 'markdown']);
    const json = await run(['rules', '--format=json']);
    for (const r of [text, md, json]) expect(r.code).toBe(0);
    const entries = JSON.parse(json.stdout) as { id: string; title: { en: string; fr: string }; severity: Record<string, string>; guidelines: string[] }[];
    expect(entries.map((e) => e.id).sort()).toEqual(rules.map((r) => r.id).sort());
    for (const rule of rules) {
      expect(text.stdout).toContain(rule.id);
      expect(md.stdout).toContain('`' + rule.id + '`');
      const e = entries.find((x) => x.id === rule.id)!;
      expect(e.severity).toEqual(rule.severity);
      expect(e.guidelines).toEqual([...rule.guidelines]);
      expect(e.title).toEqual(rule.title);
    }
    expect(md.stdout).toContain('| Rule | Personal | Professional | Official |');
  });
});

describe('help and version', () => {
  it('--help prints usage and exits 0', async () => {
    for (const argv of [['--help'], ['-h'], ['help'], ['check', '--help']]) {
      const r = await run(argv);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('outloud check');
    }
    expect((await run(['rules', '--help'])).stdout).toContain('outloud rules');
  });

  it('--version prints the package version', async () => {
    const r = await run(['--version']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^outloud \d+\.\d+\.\d+/);
  });
});

describe('the real process', () => {
  // One spawn only (tsx compiles the engine afresh, which takes seconds); the 0 path is covered above.
  it('npx tsx src/cli/outloud.ts check FILE exits 1 on a SIN', () => {
    const sinFile = join(tmp, 'sin.txt');
    writeFileSync(sinFile, SIN_DRAFT + '\n');
    const r = spawnSync('npx', ['tsx', 'src/cli/outloud.ts', 'check', sinFile], {
      cwd: join(import.meta.dirname, '..'),
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
      timeout: 60_000,
    });
    expect(r.status, r.stderr).toBe(1);
    expect(r.stdout).toContain('[130 692 544](#');
  });
});
