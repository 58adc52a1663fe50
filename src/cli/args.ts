// Command-line parsing for `outloud`: a small hand-written parser so every mistake gets a plain
// message (and exit code 2) instead of a stack trace.
import { MODES, type Mode } from '../engine/types.js';
import { CATALOGUE_FORMATS, type CatalogueFormat } from './catalogue.js';

export const CHECK_FORMATS = ['text', 'json'] as const;
export type CheckFormat = (typeof CHECK_FORMATS)[number];
export const LOCALE_OPTIONS = ['auto', 'en', 'fr'] as const;
export type LocaleOption = (typeof LOCALE_OPTIONS)[number];

export type Command =
  | { kind: 'help'; topic?: 'check' | 'rules' }
  | { kind: 'version' }
  | {
      kind: 'check';
      mode: Mode;
      locale: LocaleOption;
      format: CheckFormat;
      jsonl: boolean;
      /** undefined or '-' reads standard input. */
      file?: string;
      /** true/false when --color/--no-color was given, undefined to decide from the environment. */
      color?: boolean;
    }
  | { kind: 'rules'; format: CatalogueFormat };

export class UsageError extends Error {}

export const HELP = `outloud: check a social-media draft against the Ontario Public Service obligations.

Usage:
  outloud check [options] [FILE|-]   check a draft (standard input when no FILE or "-")
  outloud check --jsonl [FILE|-]     check many drafts, one JSON object a line
  outloud rules [--format text|markdown|json]
                                     list the rules, their severity by mode and guidelines
  outloud --help | --version

Options for "check":
  -m, --mode personal|professional|official
                        which account the post goes to (default: personal)
  -l, --locale auto|en|fr
                        language of the draft; auto decides sentence by sentence (default: auto)
  -f, --format text|json
                        text: the draft with findings highlighted; json: the findings array
                        (default: text)
      --jsonl           batch: each input line {"id":"...","text":"...","mode":"personal"}
                        ("mode" and "locale" optional) gives one output line
                        {"id":"...","findings":[...]} or {"id":...,"error":"..."}, in order
      --color, --no-color
                        force or disable colours (default: colours on a terminal, unless
                        NO_COLOR is set)

Exit status: 0 no high finding; 1 at least one high finding; 2 usage error; 3 internal error.
`;

export const RULES_HELP = `Usage: outloud rules [--format text|markdown|json]

Prints the rule catalogue from the rules' own metadata: id, category, English and French titles,
severity in each mode (personal, professional, official) and the guideline excerpts each rule cites.
`;

interface Raw {
  positionals: string[];
  options: Map<string, string | true>;
}

// Option name → [takes a value, short alias]
const OPTIONS: Record<string, { value: boolean; short?: string }> = {
  mode: { value: true, short: 'm' },
  locale: { value: true, short: 'l' },
  format: { value: true, short: 'f' },
  jsonl: { value: false },
  color: { value: false },
  'no-color': { value: false },
  help: { value: false, short: 'h' },
  version: { value: false, short: 'v' },
};
const SHORT = new Map(Object.entries(OPTIONS).flatMap(([name, o]) => (o.short ? [[o.short, name] as const] : [])));
SHORT.set('V', 'version');

function tokenize(argv: readonly string[]): Raw {
  const positionals: string[] = [];
  const options = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (arg === '-' || !arg.startsWith('-')) {
      positionals.push(arg);
      continue;
    }
    let name: string;
    let inline: string | undefined;
    if (arg.startsWith('--')) {
      const eq = arg.indexOf('=');
      name = eq < 0 ? arg.slice(2) : arg.slice(2, eq);
      inline = eq < 0 ? undefined : arg.slice(eq + 1);
    } else {
      const short = arg.slice(1, 2);
      const long = SHORT.get(short);
      if (!long) throw new UsageError(`unknown option "${arg}"`);
      name = long;
      inline = arg.length > 2 ? arg.slice(2).replace(/^=/, '') : undefined;
    }
    const spec = OPTIONS[name];
    if (!spec) throw new UsageError(`unknown option "${arg.split('=')[0]}"`);
    if (options.has(name)) throw new UsageError(`option --${name} given twice`);
    if (!spec.value) {
      if (inline !== undefined) throw new UsageError(`option --${name} takes no value`);
      options.set(name, true);
      continue;
    }
    let value = inline;
    if (value === undefined) {
      const next = argv[i + 1];
      if (next === undefined || (next.startsWith('-') && next !== '-')) throw new UsageError(`option --${name} needs a value`);
      value = next;
      i++;
    }
    options.set(name, value);
  }
  return { positionals, options };
}

function oneOf<T extends string>(what: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`unknown ${what} "${value}" (expected ${listOr(allowed)})`);
}

export function listOr(items: readonly string[]): string {
  return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}

function refuse(raw: Raw, allowed: readonly string[], command: string): void {
  for (const name of raw.options.keys()) {
    if (!allowed.includes(name)) throw new UsageError(`option --${name} does not apply to "${command}"`);
  }
}

export function parseArgs(argv: readonly string[]): Command {
  const raw = tokenize(argv);
  const [command, ...rest] = raw.positionals;
  if (raw.options.has('help') || command === 'help') {
    const topic = command === 'help' ? rest[0] : command;
    return topic === 'check' || topic === 'rules' ? { kind: 'help', topic } : { kind: 'help' };
  }
  if (raw.options.has('version')) return { kind: 'version' };
  if (command === undefined) throw new UsageError('missing command (expected "check" or "rules")');

  if (command === 'rules') {
    refuse(raw, ['format'], 'rules');
    if (rest.length) throw new UsageError(`unexpected argument "${rest[0]}" after "rules"`);
    const format = raw.options.get('format');
    return { kind: 'rules', format: typeof format === 'string' ? oneOf('format', format, CATALOGUE_FORMATS) : 'text' };
  }

  if (command === 'check') {
    refuse(raw, ['mode', 'locale', 'format', 'jsonl', 'color', 'no-color'], 'check');
    if (rest.length > 1) throw new UsageError(`too many arguments: "check" reads one FILE (got ${rest.map((r) => `"${r}"`).join(', ')})`);
    if (raw.options.has('color') && raw.options.has('no-color')) throw new UsageError('--color and --no-color contradict each other');
    const get = (name: string) => {
      const v = raw.options.get(name);
      return typeof v === 'string' ? v : undefined;
    };
    const mode = get('mode');
    const locale = get('locale');
    const format = get('format');
    const jsonl = raw.options.has('jsonl');
    const cmd: Command = {
      kind: 'check',
      mode: mode === undefined ? 'personal' : oneOf('mode', mode, MODES),
      locale: locale === undefined ? 'auto' : oneOf('locale', locale, LOCALE_OPTIONS),
      format: format === undefined ? (jsonl ? 'json' : 'text') : oneOf('format', format, CHECK_FORMATS),
      jsonl,
    };
    if (jsonl && cmd.format !== 'json') throw new UsageError('--jsonl writes JSON lines; it cannot be combined with --format text');
    if (rest[0] !== undefined) cmd.file = rest[0];
    if (raw.options.has('color')) cmd.color = true;
    if (raw.options.has('no-color')) cmd.color = false;
    return cmd;
  }

  throw new UsageError(`unknown command "${command}" (expected "check" or "rules")`);
}
