// Preact's only innerHTML sink serves `dangerouslySetInnerHTML`, which OutLoud never uses (page
// and user text always go in as text nodes). Rewriting that assignment to `textContent` makes the
// prop inert, removes the last dynamic innerHTML from the bundle, and keeps `web-ext lint` clean
// (UNSAFE_VAR_ASSIGNMENT). The build fails if Preact's code changes shape, so this can't
// silently stop applying.
import type { Plugin } from 'vite';

const SINK = /(\b[\w$]+)\.innerHTML=([\w$]+)\.__html/g;

export function preactWithoutInnerHtml(): Plugin {
  return {
    name: 'outloud:preact-without-inner-html',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]node_modules[\\/]preact[\\/]dist[\\/]preact\.module\.js$/.test(id.split('?')[0]!)) return null;
      const patched = code.replace(SINK, '$1.textContent=$2.__html');
      if (patched === code) this.error('preact innerHTML sink not found: review tools/preact-without-inner-html.ts');
      return { code: patched, map: null };
    },
  };
}
