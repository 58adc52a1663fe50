// main(argv, io) → exit code. Everything the CLI does goes through the injected streams, so the
// tests call it directly; src/cli/outloud.ts wires it to the process.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { analyze, guidelineById, rules } from '../engine/index.js';
import type { Finding, Locale } from '../engine/types.js';
import { HELP, RULES_HELP, UsageError, parseArgs, type Command } from './args.js';
import { formatCatalogue } from './catalogue.js';
import { readAll, stripBom, useColour, write, type CliIo } from './io.js';
import { runBatch } from './jsonl.js';
import { formatText } from './text-output.js';

export type { CliIo };

export const EXIT_OK = 0;
export const EXIT_HIGH = 1;
export const EXIT_USAGE = 2;

export async function version(): Promise<string> {
  // src/cli/ and dist/cli/ are both two levels below package.json.
  const pkg = JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8')) as { version?: string };
  return pkg.version ?? '0.0.0';
}

function ruleTitle(id: string, locale: Locale): string | undefined {
  return rules.find((r) => r.id === id)?.title[locale];
}

async function readDraft(file: string | undefined, io: CliIo): Promise<string> {
  if (file === undefined || file === '-') {
    const isTTY = io.stdinIsTTY ?? (io.stdin as { isTTY?: boolean }).isTTY === true;
    if (isTTY) await write(io.stderr, 'Type or paste the draft, then press Ctrl-D (Ctrl-Z then Enter on Windows).\n');
    return stripBom(await readAll(io.stdin));
  }
  try {
    return stripBom(await readFile(resolve(io.cwd ?? process.cwd(), file), 'utf8'));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : code === 'EACCES' ? 'permission denied' : (e as Error).message;
    throw new UsageError(`cannot read "${file}": ${why}`);
  }
}

async function check(cmd: Extract<Command, { kind: 'check' }>, io: CliIo): Promise<number> {
  const locale = cmd.locale;
  if (cmd.jsonl) {
    let input = io.stdin;
    if (cmd.file !== undefined && cmd.file !== '-') {
      const { createReadStream } = await import('node:fs');
      const path = resolve(io.cwd ?? process.cwd(), cmd.file);
      input = createReadStream(path);
      // Surface "no such file" as a usage error before any output.
      await new Promise<void>((ok, fail) => {
        input.once('open', () => ok());
        input.once('error', (e: NodeJS.ErrnoException) =>
          fail(new UsageError(`cannot read "${cmd.file}": ${e.code === 'ENOENT' ? 'no such file' : e.code === 'EISDIR' ? 'it is a directory' : e.message}`)),
        );
      });
    }
    const result = await runBatch(input, io.stdout, { mode: cmd.mode, locale }, analyze);
    return result.high ? EXIT_HIGH : EXIT_OK;
  }

  const text = await readDraft(cmd.file, io);
  const findings: Finding[] = analyze(text, { mode: cmd.mode, locale });
  if (cmd.format === 'json') {
    await write(io.stdout, JSON.stringify(findings, null, 2) + '\n');
  } else {
    const env = io.env ?? process.env;
    const isTTY = io.stdoutIsTTY ?? (io.stdout as { isTTY?: boolean }).isTTY === true;
    const colour = useColour(cmd.color, env, isTTY);
    await write(io.stdout, formatText(text, findings, { colour, mode: cmd.mode, ruleTitle, guideline: guidelineById }));
  }
  return findings.some((f) => f.severity === 'high') ? EXIT_HIGH : EXIT_OK;
}

export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    const cmd = parseArgs(argv);
    switch (cmd.kind) {
      case 'help':
        await write(io.stdout, cmd.topic === 'rules' ? RULES_HELP : HELP);
        return EXIT_OK;
      case 'version':
        await write(io.stdout, `outloud ${await version()}\n`);
        return EXIT_OK;
      case 'rules':
        await write(io.stdout, formatCatalogue(rules, cmd.format));
        return EXIT_OK;
      case 'check':
        return await check(cmd, io);
    }
  } catch (e) {
    if (e instanceof UsageError) {
      await write(io.stderr, `outloud: ${e.message}\nRun "outloud --help" for usage.\n`);
      return EXIT_USAGE;
    }
    throw e;
  }
}
