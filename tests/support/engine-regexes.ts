// Collects every regular expression the engine uses (for the ReDoS test), four ways:
//  1. regex literals, `new RegExp('literal')` and `lexicon(['literal', ...])` calls found by parsing
//     every .ts file under src/engine with the TypeScript compiler (module-private constants too);
//  2. every RegExp that engine code builds while the modules load and while it analyses sample
//     drafts (lexicon() over imported word lists, patterns assembled from strings), caught by
//     wrapping the RegExp constructor for that time and located by the stack (patterns that
//     dependencies such as compromise build for themselves are left out);
//  3. RegExp values exported by engine modules and held by rule objects;
//  4. lexicon() over every exported string array under src/engine/lexicons/.
// Call it before anything else imports the engine, or step 2 sees only what loads afterwards.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';

export interface EnginePattern {
  source: string;
  flags: string;
  /** Where it comes from, e.g. "src/engine/rules/personal-info/sin.ts:9 (literal)". */
  where: string[];
}

export interface Collected {
  patterns: EnginePattern[];
  /** Modules that failed to import (their run-time patterns could not be collected). */
  importErrors: string[];
  /** `new RegExp(...)` calls with non-literal arguments (covered only if built at load or while analysing samples). */
  dynamicSites: string[];
}

const root = join(import.meta.dirname, '..', '..');
const engineDir = join(root, 'src', 'engine');
const rel = (file: string) => relative(root, file).split(sep).join('/');

export function engineFiles(dir = engineDir): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((d) => (d.isDirectory() ? engineFiles(join(dir, d.name)) : d.name.endsWith('.ts') && !d.name.endsWith('.d.ts') ? [join(dir, d.name)] : []))
    .sort();
}

const SAMPLES = [
  'Client SIN is 130 692 544, call 416-555-0134 or write to jane.doe@example.com. He lives at 42 Wallaby Way.',
  'Everyone should vote Liberal in the next election! #onpoli @premier https://www.ontario.ca/page/news',
  'Mon client m’a donné son NAS 130 692 544. Appelez-moi au 613 555 0199. Votez pour le parti le 5 mai.',
  'Cabinet will approve the budget next week, confidential, do not share. Our team got a free dinner from the vendor.',
  'My colleague Maria Lopez has cancer and is on sick leave. Check out my Etsy shop, use code GOV10!',
];

export async function collectEngineRegexes(): Promise<Collected> {
  const found = new Map<string, { source: string; flags: string; where: Set<string> }>();
  const add = (source: string, flags: string, where: string) => {
    const key = `/${source}/${flags}`;
    let p = found.get(key);
    if (!p) found.set(key, (p = { source, flags, where: new Set() }));
    p.where.add(where);
  };
  const files = engineFiles();
  const importErrors: string[] = [];
  const dynamicSites: string[] = [];

  // 1. Static scan.
  const stringValue = (n: ts.Node | undefined): string | undefined =>
    n && (ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n)) ? n.text : undefined;
  const staticLexicons: { phrases: string[]; where: string }[] = [];
  for (const file of files) {
    const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
    const at = (n: ts.Node) => `${rel(file)}:${sf.getLineAndCharacterOfPosition(n.getStart(sf)).line + 1}`;
    const visit = (n: ts.Node): void => {
      if (n.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const lit = n.getText(sf);
        const slash = lit.lastIndexOf('/');
        add(lit.slice(1, slash), lit.slice(slash + 1), `${at(n)} (literal)`);
      } else if ((ts.isNewExpression(n) || ts.isCallExpression(n)) && ts.isIdentifier(n.expression)) {
        const name = n.expression.text;
        const args = n.arguments ?? ts.factory.createNodeArray<ts.Expression>();
        if (name === 'RegExp') {
          const source = stringValue(args[0]);
          const flags = args.length > 1 ? stringValue(args[1]) : '';
          if (source !== undefined && flags !== undefined) add(source, flags, `${at(n)} (new RegExp)`);
          else dynamicSites.push(`${at(n)}: ${n.getText(sf).replace(/\s+/g, ' ').slice(0, 100)}`);
        } else if (name === 'lexicon' && args[0] && ts.isArrayLiteralExpression(args[0])) {
          const values = args[0].elements.map(stringValue);
          if (values.every((v): v is string => v !== undefined)) staticLexicons.push({ phrases: values, where: `${at(n)} (lexicon)` });
        }
      }
      ts.forEachChild(n, visit);
    };
    visit(sf);
  }

  // 2. Patterns built while the modules load and while the engine analyses samples.
  const NativeRegExp = RegExp;
  const record = (re: RegExp) => {
    const stack = (new Error().stack ?? '').replace(/\\/g, '/');
    if (!stack.includes('src/engine/')) return;
    const lines = stack.split('\n').slice(1);
    // Built by a dependency (compromise compiles its own patterns while nlp.ts imports it): not ours.
    const caller = lines.find((f) => !f.includes('tests/support/engine-regexes'));
    if (!caller || caller.includes('node_modules/') || !caller.includes('src/engine/')) return;
    const frames = lines.map((f) => /(src\/engine\/[^\s:)]+\.ts):(\d+)/.exec(f)).filter((m) => m !== null);
    // A lexicon() pattern is better located at the caller of lexicon() than inside match.ts.
    const best = frames.find((m) => !m[1]!.endsWith('/match.ts')) ?? frames[0];
    add(re.source, re.flags, `${best ? `${best[1]}:${best[2]}` : 'src/engine'} (built at run time)`);
  };
  const capture: RegExpConstructor = new Proxy(NativeRegExp, {
    construct(target, args: [string | RegExp, string?], newTarget) {
      const re = Reflect.construct(target, args, newTarget === capture ? target : newTarget) as RegExp;
      record(re);
      return re;
    },
    apply(target, _this, args: [string | RegExp, string?]) {
      const re = Reflect.apply(target, undefined, args) as RegExp;
      record(re);
      return re;
    },
  });
  const modules = new Map<string, Record<string, unknown>>();
  const g = globalThis as { RegExp: RegExpConstructor };
  g.RegExp = capture;
  try {
    for (const file of files) {
      try {
        modules.set(file, (await import(pathToFileURL(file).href)) as Record<string, unknown>);
      } catch (e) {
        importErrors.push(`${rel(file)}: ${e instanceof Error ? e.message : String(e)}`);
      }
    }
    const engine = modules.get(join(engineDir, 'index.ts')) as { analyze?: (t: string, o?: object) => unknown } | undefined;
    for (const mode of ['personal', 'professional', 'official']) {
      for (const locale of ['auto', 'en', 'fr']) {
        for (const s of SAMPLES) {
          try {
            engine?.analyze?.(s, { mode, locale, customTerms: [{ term: 'Project Bluebird*', category: 'confidential', severity: 'high' }] });
          } catch {
            // A throwing engine is the property tests' business; here only the patterns matter.
          }
        }
      }
    }
  } finally {
    g.RegExp = NativeRegExp;
  }

  // 3. Exported RegExps and rule objects.
  const collectValues = (value: unknown, where: string, depth: number): void => {
    if (value instanceof NativeRegExp) add(value.source, value.flags, where);
    else if (depth > 0 && Array.isArray(value)) value.forEach((v) => collectValues(v, where, depth - 1));
    else if (depth > 0 && value && typeof value === 'object') for (const v of Object.values(value)) collectValues(v, where, depth - 1);
  };
  for (const [file, mod] of modules) {
    for (const [name, value] of Object.entries(mod)) collectValues(value, `${rel(file)} (export ${name})`, name === 'rules' ? 3 : 2);
  }

  // 4. Lexicons: inline lexicon([...]) calls and every exported string array under lexicons/.
  const lexicon = (modules.get(join(engineDir, 'match.ts')) as { lexicon?: (p: readonly string[]) => RegExp } | undefined)?.lexicon;
  if (lexicon) {
    for (const l of staticLexicons) {
      const re = lexicon(l.phrases);
      add(re.source, re.flags, l.where);
    }
    for (const [file, mod] of modules) {
      if (!rel(file).startsWith('src/engine/lexicons/')) continue;
      for (const [name, value] of Object.entries(mod)) {
        if (Array.isArray(value) && value.length > 0 && value.every((v) => typeof v === 'string')) {
          const re = lexicon(value as string[]);
          add(re.source, re.flags, `${rel(file)} (lexicon(${name}))`);
        }
      }
    }
  }

  const patterns = [...found.values()].map((p) => ({ source: p.source, flags: p.flags, where: [...p.where] }));
  return { patterns, importErrors, dynamicSites };
}
