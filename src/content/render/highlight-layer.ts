// Contenteditable editors: underlines through the CSS Custom Highlight API, which paints ranges
// without touching the editor's DOM and stays aligned through scrolling, zoom and re-wrapping by
// construction. One Highlight per severity for the whole page (boxes share them); `::highlight()`
// rules must live in the tree scope of the text, so they are injected into each editor's root
// (document or shadow root). Where the API is missing (Firefox < 140), the same spans are drawn as
// boxes in the UI host (RectOverlay).
import type { Finding, Severity } from '../../engine/index.js';
import type { EditorAdapter } from '../adapters/index.js';
import type { FindingsLayer } from './layer.js';
import { SEVERITY_ORDER, underlineCss } from './severity.js';
import { RectOverlay } from './rect-overlay.js';

const NAME: Record<Severity, string> = { high: 'outloud-high', medium: 'outloud-medium', tip: 'outloud-tip' };

export function highlightsSupported(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

/** All boxes' ranges, merged into the three page-wide highlights. */
const rangesByLayer = new Map<HighlightLayer, Map<Finding, Range>>();
const styledRoots = new WeakSet<Document | ShadowRoot>();

function publish(): void {
  for (const severity of SEVERITY_ORDER) {
    const ranges: Range[] = [];
    for (const map of rangesByLayer.values()) for (const [finding, range] of map) if (finding.severity === severity) ranges.push(range);
    const existing = CSS.highlights.get(NAME[severity]);
    if (ranges.length === 0) {
      if (existing) CSS.highlights.delete(NAME[severity]);
      continue;
    }
    const highlight = existing ?? new Highlight();
    highlight.clear();
    for (const range of ranges) highlight.add(range);
    // Spelling/grammar squiggles paint above ordinary highlights; ours should stay visible.
    highlight.priority = severity === 'high' ? 3 : severity === 'medium' ? 2 : 1;
    if (!existing) CSS.highlights.set(NAME[severity], highlight);
  }
}

function injectStyles(root: Document | ShadowRoot): void {
  if (styledRoots.has(root)) return;
  styledRoots.add(root);
  const style = (root instanceof Document ? root : root.ownerDocument).createElement('style');
  style.dataset.outloud = 'highlights';
  style.textContent = SEVERITY_ORDER.map((s) => `::highlight(${NAME[s]}) { ${underlineCss(s)} }`).join('\n');
  (root instanceof Document ? root.head ?? root.documentElement : root).append(style);
}

export class HighlightLayer implements FindingsLayer {
  private ranges = new Map<Finding, Range>();
  private readonly fallback: RectOverlay | undefined;

  constructor(
    private readonly adapter: EditorAdapter,
    overlayContainer: HTMLElement,
  ) {
    if (highlightsSupported()) {
      const root = adapter.element.getRootNode();
      injectStyles(root instanceof ShadowRoot ? root : adapter.element.ownerDocument);
    } else {
      this.fallback = new RectOverlay(overlayContainer);
    }
  }

  draw(findings: readonly Finding[]): void {
    this.ranges = new Map();
    const ranges = this.adapter.rangesFor(findings);
    findings.forEach((finding, i) => {
      const range = ranges[i];
      if (range) this.ranges.set(finding, range);
    });
    if (this.fallback) this.fallback.draw([...this.ranges].map(([f, r]) => ({ severity: f.severity, rects: [...r.getClientRects()] })));
    else {
      rangesByLayer.set(this, this.ranges);
      publish();
    }
  }

  rectsOf(finding: Finding): DOMRect[] {
    const range = this.ranges.get(finding);
    return range ? [...range.getClientRects()] : [];
  }

  reposition(): void {
    // Highlights follow layout by themselves; only the fallback boxes need redrawing.
    if (this.fallback) this.draw([...this.ranges.keys()]);
  }

  dispose(): void {
    this.ranges = new Map();
    if (this.fallback) this.fallback.dispose();
    else if (rangesByLayer.delete(this)) publish();
  }
}
