// The content script as one self-contained IIFE file: the manifest's content script on the eight
// platforms, and the script registered for the sites a user or an organisation turns on at run
// time (src/background/site-access.ts). crxjs would inject a loader that imports the script's
// chunks from the package: that costs every page load a dynamic import of five module files
// (about 3.4 ms of loader and 1.2 ms of module compilation per load, docs/performance.md), and
// the chunks must be web-accessible, which lets any page that probes for them detect OutLoud. A
// file that needs nothing else is not web-accessible at all. So crxjs is given the manifest
// without content scripts, and this plugin writes them into the built manifest, pointing here.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build, type Plugin } from 'vite';
import { preactWithoutInnerHtml } from './preact-without-inner-html.js';

/** Where the file lands in the package (the manifest and the background name this path; the
 * name is older than its use on the platforms, and kept because registrations persist). */
export const ENABLED_SITE_SCRIPT = 'assets/enabled-site.js';

type ContentScript = { js?: string[] } & Record<string, unknown>;

/** The manifest for crxjs: the same without content scripts (this plugin adds them back). */
export function withoutContentScripts<M extends object>(manifest: M): M {
  const copy = { ...manifest } as Record<string, unknown>;
  delete copy.content_scripts;
  return copy as unknown as M;
}

export function contentScriptIife(entry: string, outDir: string, define: Record<string, string>, contentScripts: readonly ContentScript[]): Plugin {
  return {
    name: 'outloud:content-script-iife',
    apply: 'build',
    // After crxjs has written the package (emptyOutDir), before the zip is made (closeBundle).
    async writeBundle() {
      const manifestPath = join(outDir, 'manifest.json');
      const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { content_scripts?: ContentScript[] };
      manifest.content_scripts = contentScripts.map((script) => ({ ...script, js: [ENABLED_SITE_SCRIPT] }));
      writeFileSync(manifestPath, JSON.stringify(manifest, null, 2));
      await build({
        configFile: false,
        logLevel: 'warn',
        define,
        plugins: [preactWithoutInnerHtml()],
        oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
        build: {
          outDir,
          emptyOutDir: false,
          copyPublicDir: false,
          target: 'es2022',
          minify: true,
          sourcemap: false,
          lib: { entry, formats: ['iife'], name: 'outloudContentScript', fileName: () => ENABLED_SITE_SCRIPT },
        },
      });
    },
  };
}
