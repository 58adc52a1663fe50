// Everything OutLoud shows for one box lives in a shadow root on an element placed right after
// the box (never inside it, so no editor ever sees our nodes; and next in tab order, so the pill
// is one Tab away). The host is absolutely positioned with no size: it sits at its static
// position and children are placed by measuring the box against the host, which keeps them
// aligned whatever the page's containing blocks, transforms or scroll containers are.
import { uiCss } from './styles.js';

export const UI_TAG = 'outloud-ui';

export interface UiHost {
  host: HTMLElement;
  shadow: ShadowRoot;
  /** Where underlines are drawn (mirror, fallback boxes). */
  layer: HTMLElement;
  /** Where Preact renders the pill, list, card and pre-post check. */
  app: HTMLElement;
  dispose(): void;
}

export function createUiHost(box: HTMLElement, siteId: string): UiHost {
  const doc = box.ownerDocument;
  const host = doc.createElement(UI_TAG);
  host.setAttribute('data-outloud-site', siteId);
  host.style.cssText = 'position:absolute !important;width:0 !important;height:0 !important;margin:0 !important;padding:0 !important;border:0 !important;overflow:visible !important;display:block !important;z-index:2147483000 !important;';
  // Open, so the end-to-end tests can read what is drawn; it holds nothing the page doesn't have.
  const shadow = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = uiCss;
  const layer = doc.createElement('div');
  layer.className = 'layer';
  const app = doc.createElement('div');
  app.className = 'app';
  shadow.append(style, layer, app);
  // A <label> around a field would forward clicks on our pill to the field: go past it.
  let anchor: HTMLElement = box;
  while (anchor.parentElement instanceof HTMLLabelElement) anchor = anchor.parentElement;
  anchor.after(host);
  return { host, shadow, layer, app, dispose: () => host.remove() };
}
