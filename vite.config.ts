// Builds the browser extension: `vite build --mode chrome|firefox` (or TARGET_BROWSER=…) writes
// dist/extension/<browser>/ and dist/extension/outloud-<browser>.zip. The engine and CLI keep
// their own tsc build (tsconfig.build.json); this bundles the engine into the content script.
import { defineConfig, type Plugin } from 'vite';
import { crx } from '@crxjs/vite-plugin';
import { resolve } from 'node:path';
import baseManifest from './manifest.json' with { type: 'json' };
import { manifestFor, type TargetBrowser } from './tools/extension-manifest.js';
import { zipDirectory } from './tools/zip-directory.js';
import { preactWithoutInnerHtml } from './tools/preact-without-inner-html.js';
import { contentScriptIife, withoutContentScripts } from './tools/content-script-iife.js';

function zipAfterBuild(outDir: string, zipPath: string): Plugin {
  return {
    name: 'outloud:zip',
    apply: 'build',
    closeBundle() {
      const bytes = zipDirectory(outDir, zipPath);
      this.info(`${zipPath}: ${(bytes / 1024).toFixed(1)} KiB`);
    },
  };
}

export default defineConfig(({ mode }) => {
  const browser: TargetBrowser =
    (process.env.TARGET_BROWSER ?? mode) === 'firefox' ? 'firefox' : 'chrome';
  // `--mode chrome-test`: the Chrome build plus test-only hooks (src/settings/build-flags.d.ts),
  // in its own folder and never zipped; every other mode compiles the hooks away.
  const testHooks = mode === 'chrome-test';
  const outDir = resolve(`dist/extension/${testHooks ? 'chrome-test' : browser}`);
  return {
    define: { __OUTLOUD_TEST_HOOKS__: JSON.stringify(testHooks) },
    // Only _locales lives in public/; crxjs copies the rest from the manifest's entries.
    publicDir: 'public',
    plugins: [
      preactWithoutInnerHtml(),
      // The content script is one file built by contentScriptIife, not crxjs's loader and chunks.
      crx({ manifest: withoutContentScripts(manifestFor(baseManifest, browser)) as never, browser }),
      contentScriptIife(resolve('src/content/index.ts'), outDir, { __OUTLOUD_TEST_HOOKS__: JSON.stringify(testHooks) }, baseManifest.content_scripts),
      ...(testHooks ? [] : [zipAfterBuild(outDir, resolve(`dist/extension/outloud-${browser}.zip`))]),
    ],
    oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
    build: {
      outDir,
      emptyOutDir: true,
      target: 'es2022',
      // Store reviewers read the code: keep names, drop whitespace.
      minify: true,
      sourcemap: false,
      chunkSizeWarningLimit: 1024,
    },
  };
});
