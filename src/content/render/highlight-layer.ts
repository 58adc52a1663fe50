// Contenteditable editors: underlines through the CSS Custom Highlight API, which paints ranges
// without touching the editor's DOM and stays aligned through scrolling, zoom and re-wrapping by
// construction. One Highlight per severity for the whole page (boxes share them); `::highlight()`
// rules must live in the tree scope of the text, so they are injected into each editor's root
// (document or shadow root). Where the API is missing (Firefox < 140), the same spans are drawn as
// boxes in the UI host (RectOverlay).
//
// While the user types, the box's underlines are boxes in our layer instead (TypingUnderlines and
// docs/performance.md): from the first key of a burst until the next draw, which hands back to the
// highlights in the same task, so nothing blinks. Only plain typing and deleting start or continue
// a burst; the findings touching the caret's block from the caret on are hidden until the draw
// (their text moves), and anything that can move the rest (another kind of edit, the caret's block
// changing size, scrolling, a resize) hands back to the highlights at once.
import type { Finding, Severity } from '../../engine/index.js';
import type { EditorAdapter } from '../adapters/index.js';
import type { FindingsLayer } from './layer.js';
import { SEVERITY_ORDER, underlineCss } from './severity.js';
import { RectOverlay } from './rect-overlay.js';
import { fragmentsOf, TypingUnderlines, type TypedFragment } from './typing-underlines.js';

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

/** Edits that change only the text from the caret on within its block. */
const TYPING = new Set(['insertText', 'deleteContentBackward', 'deleteContentForward']);
/** A burst with no draw after it (an analysis that never came) hands back after this long. */
const BURST_LIMIT_MS = 3000;

/** A typing burst: the underlines as boxes, measured at its first key. */
interface Burst {
  fragments: TypedFragment[][];
  /** The findings hidden now (indexes), so a key that hides no other leaves the boxes alone. */
  hidden: string;
  /** The caret's block and its height (NaN until the observer's first report): a new line in it
   * moves what follows. */
  block: Element;
  height: number;
}

export class HighlightLayer implements FindingsLayer {
  private ranges = new Map<Finding, Range>();
  private readonly fallback: RectOverlay | undefined;
  private readonly typing: TypingUnderlines | undefined;
  private burst: Burst | null = null;
  private burstTimer = 0;
  private readonly blockObserver: ResizeObserver | undefined;
  private readonly onBeforeInput = (event: Event) => this.beforeInput(event as InputEvent);

  constructor(
    private readonly adapter: EditorAdapter,
    overlayContainer: HTMLElement,
  ) {
    if (highlightsSupported()) {
      const root = adapter.element.getRootNode();
      injectStyles(root instanceof ShadowRoot ? root : adapter.element.ownerDocument);
      this.typing = new TypingUnderlines(overlayContainer);
      this.blockObserver = new ResizeObserver((entries) => {
        const burst = this.burst;
        const entry = burst && entries.find((e) => e.target === burst.block);
        if (!burst || !entry) return;
        // The first report, on observing, gives the size to compare with.
        const height = entry.borderBoxSize[0]?.blockSize ?? entry.contentRect.height;
        if (Number.isNaN(burst.height)) burst.height = height;
        else if (Math.abs(height - burst.height) > 0.5) this.endBurst();
      });
      adapter.element.addEventListener('beforeinput', this.onBeforeInput, { capture: true, passive: true });
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
      // The highlights come back and the boxes go in the same task: no frame without underlines.
      this.stopBurst();
      rangesByLayer.set(this, this.ranges);
      publish();
    }
  }

  /** Before the key changes the text (layout still clean): boxes in, highlights out. */
  private beforeInput(event: InputEvent): void {
    if (!this.typing || this.ranges.size === 0) return;
    const caret = this.caret();
    if (!TYPING.has(event.inputType) || !caret) {
      this.endBurst();
      return;
    }
    const started = !this.burst;
    if (!this.burst) {
      const fragments = [...this.ranges].map(([finding, range]) => fragmentsOf(range, finding.severity));
      this.burst = { fragments, hidden: '', block: caret.block, height: Number.NaN };
      this.blockObserver!.observe(caret.block, { box: 'border-box' });
      rangesByLayer.delete(this);
      publish();
    } else if (caret.block !== this.burst.block) {
      // Typing moved to another block: that one's size is what matters now.
      this.blockObserver!.unobserve(this.burst.block);
      this.burst.block = caret.block;
      this.burst.height = Number.NaN;
      this.blockObserver!.observe(caret.block, { box: 'border-box' });
    }
    // The findings whose text may move with this key: in the caret's block, from the caret on.
    const hidden = new Set<number>();
    [...this.ranges.values()].forEach((range, i) => {
      if (range.intersectsNode(caret.block) && range.comparePoint(caret.node, caret.offset) <= 0) hidden.add(i);
    });
    const key = [...hidden].join();
    if (started || key !== this.burst.hidden) this.typing.show(this.burst.fragments, hidden);
    this.burst.hidden = key;
    clearTimeout(this.burstTimer);
    this.burstTimer = window.setTimeout(() => this.endBurst(), BURST_LIMIT_MS);
  }

  /** The caret (the start of the selection) in this box, and the block holding it. */
  private caret(): { node: Node; offset: number; block: Element } | null {
    const box = this.adapter.element;
    const root = box.getRootNode() as Document | ShadowRoot;
    const selection = 'getSelection' in root && typeof root.getSelection === 'function' ? root.getSelection() : box.ownerDocument.getSelection();
    if (!selection || selection.rangeCount === 0) return null;
    const range = selection.getRangeAt(0);
    const node = range.startContainer;
    if (!box.contains(node)) return null;
    // A selection across blocks joins them when replaced: not plain typing.
    if (!range.collapsed && range.startContainer !== range.endContainer) return null;
    let block = node instanceof Element ? node : node.parentElement;
    while (block && block !== box && getComputedStyle(block).display.startsWith('inline')) block = block.parentElement;
    return block ? { node, offset: range.startOffset, block } : null;
  }

  /** Back to the highlights (their ranges followed the edits) without waiting for the draw. */
  private endBurst(): void {
    if (!this.burst) return;
    this.stopBurst();
    rangesByLayer.set(this, this.ranges);
    publish();
  }

  private stopBurst(): void {
    if (!this.burst) return;
    this.blockObserver!.unobserve(this.burst.block);
    this.burst = null;
    clearTimeout(this.burstTimer);
    this.typing!.hide();
  }

  rectsOf(finding: Finding): DOMRect[] {
    const range = this.ranges.get(finding);
    return range ? [...range.getClientRects()] : [];
  }

  reposition(): void {
    // Highlights follow layout by themselves; the fallback boxes need redrawing, and the typing
    // boxes, measured before the layout moved, give way to the highlights.
    if (this.fallback) this.draw([...this.ranges.keys()]);
    else this.endBurst();
  }

  dispose(): void {
    this.stopBurst();
    this.adapter.element.removeEventListener('beforeinput', this.onBeforeInput, { capture: true });
    this.blockObserver?.disconnect();
    this.typing?.dispose();
    this.ranges = new Map();
    if (this.fallback) this.fallback.dispose();
    else if (rangesByLayer.delete(this)) publish();
  }
}
