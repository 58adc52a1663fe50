// Fallback underlines where the Highlight API is missing: absolutely positioned boxes inside the
// UI host's shadow root, placed from the span's client rects relative to the host (so containing
// blocks, transforms and page scroll are accounted for by measuring, not guessing; CSS zoom by
// dividing by the layer's own). The boxes are pooled (BoxPool): redrawing never removes a node.
import type { Severity } from '../../engine/index.js';
import { BoxPool } from './box-pool.js';
import { effectiveZoom } from './zoom.js';

export class RectOverlay {
  private readonly layer: HTMLElement;
  private readonly pool: BoxPool;

  constructor(container: HTMLElement) {
    this.layer = container.ownerDocument.createElement('div');
    this.layer.className = 'rect-overlay';
    container.append(this.layer);
    this.pool = new BoxPool(this.layer);
  }

  draw(spans: { severity: Severity; rects: DOMRect[] }[]): void {
    const { origin, zoom } = boxOrigin(this.layer);
    let used = 0;
    for (const span of spans) {
      for (const rect of span.rects) {
        const { box } = this.pool.take(used++);
        box.className = `underline sev-${span.severity}`;
        placeBox(box, rect, origin, zoom);
      }
    }
    this.pool.hideFrom(used);
  }

  dispose(): void {
    this.pool.clear();
    this.layer.remove();
  }
}

/** Where a layer's boxes are measured from, and its zoom. */
export function boxOrigin(layer: HTMLElement): { origin: DOMRect; zoom: number } {
  return { origin: layer.getBoundingClientRect(), zoom: effectiveZoom(layer) };
}

/** Lays `box` (absolutely positioned at the layer's origin) over `rect`, a client rect. */
export function placeBox(box: HTMLElement, rect: DOMRect, origin: DOMRect, zoom: number): void {
  box.style.transform = `translate(${(rect.left - origin.left) / zoom}px, ${(rect.top - origin.top) / zoom}px)`;
  box.style.width = `${rect.width / zoom}px`;
  box.style.height = `${rect.height / zoom}px`;
}
