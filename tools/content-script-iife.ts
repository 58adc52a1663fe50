// The content script once more, as one self-contained IIFE file, for the sites a user or an
// organisation turns on at run time (src/background/site-access.ts registers it). The manifest's
// content script is crxjs's loader, which imports its chunks from the package: on a site added at
// run time those chunks would have to be web-accessible to every http(s) page, letting any page
// detect OutLoud. A registered file that needs nothing else is not web-accessible at all.
import { build, type Plugin } from 'vite';
import { preactWithoutInnerHtml } from './preact-without-inner-html.js';

/** Where the file lands in the package (the background registers this path). */
export const ENABLED_SITE_SCRIPT = 'assets/enabled-site.js';

export function contentScriptIife(entry: string, outDir: string, define: Record<string, string>): Plugin {
  return {
    name: 'outloud:content-script-iife',
    apply: 'build',
    // After crxjs has written the package (emptyOutDir), before the zip is made (closeBundle).
    async writeBundle() {
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
