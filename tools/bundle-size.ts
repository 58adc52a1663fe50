// Which built files the extension puts into pages (content-script loaders, the chunks they load,
// and everything those import), into its popup and into its background, with their gzipped sizes.
// Used by the budget test and by `npm run bench:browser`, so both count the same bytes.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface ScriptSize {
  file: string;
  bytes: number;
  gzip: number;
}

interface BuiltManifest {
  content_scripts?: { js?: string[] }[];
  action?: { default_popup?: string };
  background?: { service_worker?: string; scripts?: string[] };
}

// Static imports, dynamic imports and crxjs's loader (`chrome.runtime.getURL("assets/…")`).
const RELATIVE_IMPORT = /(?:from|import)\s*\(?\s*["'](\.{1,2}\/[^"']+\.js)["']/g;
const LOADER_IMPORT = /getURL\(\s*["']([^"']+\.js)["']\s*\)/g;

function closure(distDir: string, entries: string[]): string[] {
  const seen = new Set<string>();
  const queue = [...entries];
  while (queue.length > 0) {
    const file = normalize(queue.shift()!);
    if (seen.has(file) || !existsSync(join(distDir, file))) continue;
    seen.add(file);
    const code = readFileSync(join(distDir, file), 'utf8');
    for (const [, path] of code.matchAll(RELATIVE_IMPORT)) queue.push(relative(distDir, join(distDir, dirname(file), path!)));
    for (const [, path] of code.matchAll(LOADER_IMPORT)) queue.push(path!);
  }
  return [...seen];
}

function sizes(distDir: string, files: string[]): ScriptSize[] {
  return files.map((file) => {
    const body = readFileSync(join(distDir, file));
    return { file, bytes: body.length, gzip: gzipSync(body, { level: 9 }).length };
  });
}

function manifestOf(distDir: string): BuiltManifest {
  return JSON.parse(readFileSync(join(distDir, 'manifest.json'), 'utf8')) as BuiltManifest;
}

/** Every script a page gets from the extension. */
export function injectedScripts(distDir: string): ScriptSize[] {
  const entries = (manifestOf(distDir).content_scripts ?? []).flatMap((c) => c.js ?? []);
  return sizes(distDir, closure(distDir, entries));
}

/** The popup's scripts (none until the manifest has an action popup). */
export function popupScripts(distDir: string): ScriptSize[] {
  const popup = manifestOf(distDir).action?.default_popup;
  if (!popup || !existsSync(join(distDir, popup))) return [];
  const html = readFileSync(join(distDir, popup), 'utf8');
  const entries = [...html.matchAll(/<script[^>]+src="([^"]+\.js)"/g)].map(([, src]) =>
    src!.startsWith('/') ? src!.slice(1) : relative(distDir, join(distDir, dirname(popup), src!)),
  );
  return sizes(distDir, closure(distDir, entries));
}

/** The background's scripts (the service worker, or Firefox's event page scripts) and what they import: the engine lives here. */
export function backgroundScripts(distDir: string): ScriptSize[] {
  const bg = manifestOf(distDir).background;
  const entries = [...(bg?.service_worker ? [bg.service_worker] : []), ...(bg?.scripts ?? [])];
  return sizes(distDir, closure(distDir, entries));
}

export const totalGzip = (scripts: ScriptSize[]): number => scripts.reduce((sum, s) => sum + s.gzip, 0);
