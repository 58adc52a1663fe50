// Fallback underlines where the Highlight API is missing: absolutely positioned boxes inside the
// UI host's shadow root, placed from the span's client rects relative to the host (so containing
// blocks, transforms and page scroll are accounted for by measuring, not guessing; CSS zoom by
// dividing by the layer's own).
import type { Severity } from '../../engine/index.js';
import { effectiveZoom } from './zoom.js';

export class RectOverlay {
  private readonly layer: HTMLElement;

  constructor(container: HTMLElement) {
    this.layer = container.ownerDocument.createElement('div');
    this.layer.className = 'rect-overlay';
    container.append(this.layer);
  }

  draw(spans: { severity: Severity; rects: DOMRect[] }[]): void {
    const origin = this.layer.getBoundingClientRect();
    const zoom = effectiveZoom(this.layer);
    const boxes: HTMLElement[] = [];
    for (const span of spans) {
      for (const rect of span.rects) {
        const box = this.layer.ownerDocument.createElement('div');
        box.className = `underline sev-${span.severity}`;
        box.style.transform = `translate(${(rect.left - origin.left) / zoom}px, ${(rect.top - origin.top) / zoom}px)`;
        box.style.width = `${rect.width / zoom}px`;
        box.style.height = `${rect.height / zoom}px`;
        boxes.push(box);
      }
    }
    this.layer.replaceChildren(...boxes);
  }

  dispose(): void {
    this.layer.remove();
  }
}
