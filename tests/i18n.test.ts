// Every user-facing string goes through _locales: English and French have the same keys and the
// same placeholders, and no component (.tsx) writes words of its own (a static check with the
// TypeScript parser: text in JSX, and string literals in user-facing attributes).
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, test } from 'vitest';
import { formatMessage, type MessageEntry } from '../src/i18n/format.js';

const ROOT = resolve(import.meta.dirname, '..');
const load = (lang: string): Record<string, MessageEntry> =>
  JSON.parse(readFileSync(join(ROOT, `public/_locales/${lang}/messages.json`), 'utf8')) as Record<string, MessageEntry>;
const en = load('en');
const fr = load('fr');

const placeholderNames = (entry: MessageEntry): string[] => Object.keys(entry.placeholders ?? {}).map((n) => n.toLowerCase()).sort();
const namesInMessage = (entry: MessageEntry): string[] => [...entry.message.matchAll(/\$([a-z0-9_@]+)\$/gi)].map((m) => m[1]!.toLowerCase()).sort();

/** Differences between two catalogues, as readable lines (empty when complete). */
function catalogueGaps(a: Record<string, MessageEntry>, b: Record<string, MessageEntry>, names = ['en', 'fr']): string[] {
  const gaps: string[] = [];
  for (const key of Object.keys(a)) if (!(key in b)) gaps.push(`${key}: in ${names[0]}, missing in ${names[1]}`);
  for (const key of Object.keys(b)) if (!(key in a)) gaps.push(`${key}: in ${names[1]}, missing in ${names[0]}`);
  for (const key of Object.keys(a)) {
    if (!(key in b)) continue;
    if (placeholderNames(a[key]!).join() !== placeholderNames(b[key]!).join()) gaps.push(`${key}: placeholders differ`);
  }
  return gaps;
}

describe('message catalogues', () => {
  test('English and French have the same keys and placeholders', () => {
    expect(catalogueGaps(en, fr)).toEqual([]);
  });

  test('the completeness check fails on a key present in one language only', () => {
    const { gateEdit: _, ...frWithout } = fr;
    expect(catalogueGaps(en, frWithout)).toEqual(['gateEdit: in en, missing in fr']);
    expect(catalogueGaps({ ...en, extra: { message: 'x' } }, fr)).toEqual(['extra: in en, missing in fr']);
  });

  test('every message is written, and each $NAME$ it uses has a placeholder (and none is unused)', () => {
    for (const [lang, catalogue] of [['en', en], ['fr', fr]] as const) {
      for (const [key, entry] of Object.entries(catalogue)) {
        expect(entry.message.trim(), `${lang}/${key}`).not.toBe('');
        expect([...new Set(namesInMessage(entry))], `${lang}/${key}`).toEqual(placeholderNames(entry));
      }
    }
  });

  test('formatting follows chrome.i18n: placeholders, positional arguments, $$', () => {
    const entry: MessageEntry = { message: 'Remove “$ITEM$” ($$5, $2)', placeholders: { item: { content: '$1' } } };
    expect(formatMessage(entry, ['Bluebird', 'two'])).toBe('Remove “Bluebird” ($5, two)');
    expect(formatMessage(en.gateIntro!, ['3'])).toContain(' 3 ');
    // An argument that looks like a placeholder is not expanded again.
    expect(formatMessage({ message: '$A$', placeholders: { a: { content: '$1' } } }, ['$1$$'])).toBe('$1$$');
  });
});

// ── no user-facing literals in components ─────────────────────────────────────────────────────

/** Attributes a person reads or hears. */
const USER_FACING_ATTRIBUTES = new Set(['aria-label', 'aria-description', 'aria-placeholder', 'aria-roledescription', 'aria-valuetext', 'title', 'alt', 'placeholder', 'label']);
const WORDS = /\p{L}{2,}/u;

function tsxFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return tsxFiles(path);
    return entry.name.endsWith('.tsx') ? [path] : [];
  });
}

/** `file:line: text` for each literal a user would read in this component source. */
function userFacingLiterals(fileName: string, source: string): string[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const report = (node: ts.Node, text: string): void => {
    const { line } = file.getLineAndCharacterOfPosition(node.getStart(file));
    found.push(`${fileName}:${line + 1}: ${text.trim()}`);
  };
  const literalText = (node: ts.Node | undefined): string | null =>
    node && (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) ? node.text : null;
  const visit = (node: ts.Node): void => {
    if (ts.isJsxText(node) && WORDS.test(node.text)) report(node, node.text);
    if (ts.isJsxExpression(node) && (ts.isJsxElement(node.parent) || ts.isJsxFragment(node.parent))) {
      const text = literalText(node.expression);
      if (text !== null && WORDS.test(text)) report(node, text);
    }
    if (ts.isJsxAttribute(node) && USER_FACING_ATTRIBUTES.has(node.name.getText(file))) {
      const init = node.initializer;
      const text = init && ts.isJsxExpression(init) ? literalText(init.expression) : literalText(init);
      if (text !== null && WORDS.test(text)) report(node, text);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

describe('components', () => {
  const files = tsxFiles(join(ROOT, 'src'));

  test('there are components to check', () => {
    expect(files.length).toBeGreaterThan(10);
  });

  test('no component writes user-facing words itself: they come from _locales', () => {
    const found = files.flatMap((path) => userFacingLiterals(relative(ROOT, path), readFileSync(path, 'utf8')));
    expect(found).toEqual([]);
  });

  test('the check catches text, literal children and labelled attributes, and lets symbols through', () => {
    const source = `export const A = () => (
      <div aria-label="Close the card" title={'Help'} class="panel card" data-action="apply">
        Hello there
        {'Goodbye'}
        {t('gateEdit')} × ✓ — “{quote}”
        <input placeholder={\`Search\`} />
      </div>
    );`;
    expect(userFacingLiterals('x.tsx', source).map((line) => line.replace(/^x\.tsx:\d+: /, ''))).toEqual([
      'Close the card',
      'Help',
      'Hello there',
      'Goodbye',
      'Search',
    ]);
  });
});
