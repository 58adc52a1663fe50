// The README's rule catalogue region: what goes between the markers (from the CLI's Markdown
// formatter, so `outloud rules --format markdown` and the README never disagree) and how to splice
// it in. Loaded from TypeScript sources by scripts/readme-catalogue.mjs (through tsx) and by the tests.
import { rules } from '../src/engine/index.js';
import { catalogueMarkdown } from '../src/cli/catalogue.js';

export const START_MARKER = '<!-- rules:start -->';
export const END_MARKER = '<!-- rules:end -->';

/** The generated region for the current rule set. */
export function renderRegion(): string {
  return catalogueMarkdown(rules);
}

export function ruleIds(): string[] {
  return rules.map((r) => r.id);
}

/** The text between the markers, or null when README lacks them (or has them out of order). */
export function currentRegion(readme: string): string | null {
  const start = readme.indexOf(START_MARKER);
  const end = readme.indexOf(END_MARKER, start + START_MARKER.length);
  if (start < 0 || end < 0) return null;
  return readme.slice(start + START_MARKER.length, end);
}

const normalize = (s: string) => s.replace(/\r\n/g, '\n').trim();

export function isUpToDate(readme: string, region: string = renderRegion()): boolean | null {
  const current = currentRegion(readme);
  return current === null ? null : normalize(current) === normalize(region);
}

/** README with the region replaced, keeping the file's line endings; null when the markers are missing. */
export function spliceRegion(readme: string, region: string = renderRegion()): string | null {
  const current = currentRegion(readme);
  if (current === null) return null;
  const eol = readme.includes('\r\n') ? '\r\n' : '\n';
  const start = readme.indexOf(START_MARKER) + START_MARKER.length;
  const body = eol + normalize(region).replace(/\n/g, eol) + eol;
  return readme.slice(0, start) + body + readme.slice(start + current.length);
}

/** First line that differs, to say what is stale. */
export function firstDifference(readme: string, region: string = renderRegion()): string | null {
  const current = currentRegion(readme);
  if (current === null) return null;
  const a = normalize(current).split('\n');
  const b = normalize(region).split('\n');
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if (a[i] !== b[i]) return `README has:  ${a[i] ?? '(nothing)'}\n  expected:   ${b[i] ?? '(nothing)'}`;
  }
  return null;
}
