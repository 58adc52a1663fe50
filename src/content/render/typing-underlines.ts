// The underlines of a contenteditable box while the user types, drawn as boxes in our own layer
// instead of CSS highlights (docs/performance.md, sessions 7 and 8): while any highlight is
// registered, Chromium repaints every highlighted text node on every change to the document, and
// Quill and ProseMirror keep a paragraph in one text node, so each key repainted every paragraph
// holding a finding. The boxes are placed from the rects measured when the burst began (before the
// key's change, so layout is clean) and look like the highlights: the same `underlineCss`, drawn
// under a run of no-break spaces in the text's own font, so the underline's style (wavy, double,
// dotted), not only its colour, stays the same.
//
// Undo: the boxes come from a BoxPool (never removed while the page lives), their text nodes
// rewritten in place.
import type { Severity } from '../../engine/index.js';
import { BoxPool } from './box-pool.js';
import { boxOrigin, placeBox } from './rect-overlay.js';
import { effectiveZoom } from './zoom.js';

/** One underlined fragment: where it was and in which font the text was drawn. */
export interface TypedFragment {
  severity: Severity;
  rect: DOMRect;
  font: { family: string; size: number; weight: string; style: string };
}

const NBSP = '\u00a0';

export class TypingUnderlines {
  private readonly layer: HTMLElement;
  private readonly pool: BoxPool;

  constructor(container: HTMLElement) {
    this.layer = container.ownerDocument.createElement('div');
    this.layer.className = 'typing-underlines';
    this.layer.setAttribute('aria-hidden', 'true');
    container.append(this.layer);
    this.pool = new BoxPool(this.layer);
  }

  /** Shows one box per fragment (the groups are findings; `hidden` ones get none). */
  show(groups: readonly (readonly TypedFragment[])[], hidden: ReadonlySet<number>): void {
    const { origin, zoom } = boxOrigin(this.layer);
    let used = 0;
    groups.forEach((fragments, i) => {
      if (hidden.has(i)) return;
      for (const { severity, rect, font } of fragments) {
        const { box, text } = this.pool.take(used++);
        placeBox(box, rect, origin, zoom);
        box.className = `underline sev-${severity}`;
        const style = box.style;
        style.fontFamily = font.family;
        style.fontSize = `${font.size / zoom}px`;
        style.fontWeight = font.weight;
        style.fontStyle = font.style;
        // No-break spaces are at least a quarter of an em wide in any font: enough to fill the box.
        const count = Math.ceil(rect.width / Math.max(1, font.size * 0.2)) + 1;
        if (text.data.length !== count) text.data = NBSP.repeat(count);
      }
    });
    this.pool.hideFrom(used);
  }

  hide(): void {
    this.pool.hideFrom(0);
  }

  dispose(): void {
    this.pool.clear();
    this.layer.remove();
  }
}

/** The fragments of a range's text, measured now (call it while layout is clean). */
export function fragmentsOf(range: Range, severity: Severity): TypedFragment[] {
  const node = range.startContainer;
  const element = node instanceof Element ? node : node.parentElement;
  if (!element) return [];
  const computed = getComputedStyle(element);
  // Computed font sizes are unzoomed; rects are in viewport pixels, zoom included.
  const font = { family: computed.fontFamily, size: parseFloat(computed.fontSize) * effectiveZoom(element), weight: computed.fontWeight, style: computed.fontStyle };
  return [...range.getClientRects()].filter((r) => r.width > 0 && r.height > 0).map((rect) => ({ severity, rect, font }));
}
