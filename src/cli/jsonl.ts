// `outloud check --jsonl`: many drafts, one JSON object a line, streamed line by line so a large
// batch never sits in memory. Each input line gives one output line in the same order; a bad line
// gives {"id": ..., "error": "..."} and the batch goes on. Blank lines are skipped.
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { AnalyzeOptions, Finding, Mode } from '../engine/types.js';
import { MODES } from '../engine/types.js';
import { LOCALE_OPTIONS, listOr, type LocaleOption } from './args.js';
import { write } from './io.js';

export interface BatchDefaults {
  mode: Mode;
  locale: LocaleOption;
}

export interface BatchResult {
  lines: number;
  errors: number;
  high: boolean;
}

type Analyze = (text: string, options: AnalyzeOptions) => Finding[];

type Parsed = { id: string | number | null; text: string; mode: Mode; locale: LocaleOption } | { id: string | number | null; error: string };

export function parseLine(line: string, n: number, defaults: BatchDefaults): Parsed {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (e) {
    return { id: null, error: `line ${n}: not valid JSON (${e instanceof Error ? e.message : String(e)})` };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { id: null, error: `line ${n}: expected a JSON object like {"id":"1","text":"..."}` };
  }
  const o = value as Record<string, unknown>;
  const rawId = o.id;
  const id = typeof rawId === 'string' || (typeof rawId === 'number' && Number.isFinite(rawId)) ? rawId : null;
  if (rawId !== undefined && rawId !== null && id === null) return { id: null, error: `line ${n}: "id" must be a string or a number` };
  if (typeof o.text !== 'string') {
    return { id, error: `line ${n}: ${o.text === undefined ? 'missing "text"' : '"text" must be a string'}` };
  }
  let mode = defaults.mode;
  if (o.mode !== undefined && o.mode !== null) {
    if (typeof o.mode !== 'string' || !(MODES as readonly string[]).includes(o.mode)) {
      return { id, error: `line ${n}: unknown mode ${JSON.stringify(o.mode)} (expected ${listOr(MODES)})` };
    }
    mode = o.mode as Mode;
  }
  let locale = defaults.locale;
  if (o.locale !== undefined && o.locale !== null) {
    if (typeof o.locale !== 'string' || !(LOCALE_OPTIONS as readonly string[]).includes(o.locale)) {
      return { id, error: `line ${n}: unknown locale ${JSON.stringify(o.locale)} (expected ${listOr(LOCALE_OPTIONS)})` };
    }
    locale = o.locale as LocaleOption;
  }
  return { id, text: o.text, mode, locale };
}

export async function runBatch(input: Readable, output: Writable, defaults: BatchDefaults, analyze: Analyze): Promise<BatchResult> {
  const rl = createInterface({ input, crlfDelay: Infinity, terminal: false });
  const result: BatchResult = { lines: 0, errors: 0, high: false };
  let n = 0;
  for await (const raw of rl) {
    n++;
    const line = n === 1 && raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
    if (!line.trim()) continue;
    result.lines++;
    const parsed = parseLine(line, n, defaults);
    let out: string;
    if ('error' in parsed) {
      result.errors++;
      out = JSON.stringify({ id: parsed.id, error: parsed.error });
    } else {
      let findings: Finding[];
      try {
        findings = analyze(parsed.text, { mode: parsed.mode, locale: parsed.locale });
      } catch (e) {
        result.errors++;
        await write(output, JSON.stringify({ id: parsed.id, error: `line ${n}: the engine failed (${e instanceof Error ? e.message : String(e)})` }) + '\n');
        continue;
      }
      if (findings.some((f) => f.severity === 'high')) result.high = true;
      out = JSON.stringify({ id: parsed.id, findings });
    }
    await write(output, out + '\n');
  }
  return result;
}
