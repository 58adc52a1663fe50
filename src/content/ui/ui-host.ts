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
  anchor(box).after(host);
  return { host, shadow, layer, app, dispose: () => host.remove() };
}

/** Where the host goes: after the box, but past a <label> around a field (it would forward clicks
 * on our pill to the field) and past a web component the box is slotted into (Reddit's
 * shreddit-composer: an unslotted light-DOM child of a shadow host is never rendered). */
function anchor(box: HTMLElement): HTMLElement {
  let node: HTMLElement = box;
  for (let parent = node.parentElement; parent; parent = node.parentElement) {
    if (!(parent instanceof HTMLLabelElement) && !parent.shadowRoot) break;
    node = parent;
  }
  return node;
}
