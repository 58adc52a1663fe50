// Text fields can't be highlighted (their text isn't in the DOM), so a mirror <div> with the same
// box model, font and wrapping is laid exactly over the field inside the UI host: its text is
// transparent and only the spans carry underlines. It is re-measured on every draw, on the
// field's scroll and on resize, so wrapping, zoom and scrolling stay aligned
// (browser-engineering §1.4, Harper's TextFieldRange).
import type { Finding, Severity } from '../../engine/index.js';
import type { TextField } from '../adapters/textarea.js';
import type { FindingsLayer } from './layer.js';
import { SEVERITY_ORDER } from './severity.js';
import { effectiveZoom } from './zoom.js';

const COPIED = [
  'fontFamily', 'fontSize', 'fontWeight', 'fontStyle', 'fontVariant', 'fontStretch', 'letterSpacing', 'wordSpacing',
  'lineHeight', 'textTransform', 'textIndent', 'textAlign', 'direction', 'tabSize',
  'paddingTop', 'paddingRight', 'paddingBottom', 'paddingLeft',
  'borderTopWidth', 'borderRightWidth', 'borderBottomWidth', 'borderLeftWidth', 'boxSizing',
] as const;

export class MirrorLayer implements FindingsLayer {
  private readonly mirror: HTMLElement;
  private spans = new Map<Finding, HTMLElement[]>();
  private findings: readonly Finding[] = [];
  private readonly onScroll = () => this.syncScroll();

  constructor(
    private readonly field: TextField,
    container: HTMLElement,
  ) {
    this.mirror = container.ownerDocument.createElement('div');
    this.mirror.className = 'mirror';
    this.mirror.setAttribute('aria-hidden', 'true');
    container.append(this.mirror);
    field.addEventListener('scroll', this.onScroll, { passive: true });
  }

  draw(findings: readonly Finding[]): void {
    this.findings = findings;
    const text = this.field.value;
    const doc = this.mirror.ownerDocument;
    // Cut the text at every finding boundary; each piece takes the gravest severity covering it.
    const cuts = new Set<number>([0, text.length]);
    for (const f of findings) cuts.add(f.start).add(f.end);
    const points = [...cuts].filter((n) => n >= 0 && n <= text.length).sort((a, b) => a - b);
    const nodes: Node[] = [];
    this.spans = new Map();
    for (let i = 0; i + 1 < points.length; i++) {
      const from = points[i]!;
      const to = points[i + 1]!;
      const piece = text.slice(from, to);
      const covering = findings.filter((f) => f.start <= from && f.end >= to);
      if (covering.length === 0) {
        nodes.push(doc.createTextNode(piece));
        continue;
      }
      const span = doc.createElement('span');
      const severity = gravest(covering.map((f) => f.severity));
      span.className = `sev-${severity}`;
      span.dataset.severity = severity;
      span.textContent = piece;
      nodes.push(span);
      for (const f of covering) this.spans.set(f, [...(this.spans.get(f) ?? []), span]);
    }
    // A trailing newline needs a character after it to take up its line, as in the field.
    nodes.push(doc.createTextNode('\u200b'));
    this.mirror.replaceChildren(...nodes);
    this.reposition();
  }

  rectsOf(finding: Finding): DOMRect[] {
    const field = this.field.getBoundingClientRect();
    const rects: DOMRect[] = [];
    for (const span of this.spans.get(finding) ?? []) {
      for (const rect of span.getClientRects()) {
        // Spans scrolled out of the field are clipped by the mirror; don't hit-test them either.
        if (rect.bottom > field.top && rect.top < field.bottom && rect.right > field.left && rect.left < field.right) rects.push(rect);
      }
    }
    return rects;
  }

  reposition(): void {
    const field = this.field;
    const style = getComputedStyle(field);
    const mirror = this.mirror.style;
    for (const key of COPIED) mirror[key] = style[key];
    const isArea = field instanceof HTMLTextAreaElement;
    mirror.whiteSpace = isArea ? 'pre-wrap' : 'pre';
    mirror.overflowWrap = isArea ? 'break-word' : 'normal';
    mirror.borderStyle = 'solid';
    mirror.borderColor = 'transparent';
    mirror.boxSizing = 'border-box';
    // The field's scrollbar narrows its text; the mirror has none, so pad by the same amount.
    const borders = parseFloat(style.borderLeftWidth) + parseFloat(style.borderRightWidth);
    const scrollbar = Math.max(0, field.offsetWidth - field.clientWidth - borders);
    mirror.paddingRight = `${parseFloat(style.paddingRight) + scrollbar}px`;
    // Under CSS zoom the copied styles are unzoomed lengths: the mirror renders at the field's own
    // zoom, and measured (viewport) distances are turned back into its lengths.
    const parent = this.mirror.parentElement!;
    const zoom = effectiveZoom(field);
    mirror.zoom = String(zoom / effectiveZoom(parent));
    const fieldRect = field.getBoundingClientRect();
    const origin = parent.getBoundingClientRect();
    mirror.width = `${fieldRect.width / zoom}px`;
    mirror.height = `${fieldRect.height / zoom}px`;
    mirror.transform = `translate(${(fieldRect.left - origin.left) / zoom}px, ${(fieldRect.top - origin.top) / zoom}px)`;
    this.syncScroll();
  }

  private syncScroll(): void {
    this.mirror.scrollTop = this.field.scrollTop;
    this.mirror.scrollLeft = this.field.scrollLeft;
  }

  dispose(): void {
    this.field.removeEventListener('scroll', this.onScroll);
    this.mirror.remove();
    this.findings = [];
  }

  /** For tests and the findings list: what is drawn. */
  drawn(): readonly Finding[] {
    return this.findings;
  }
}

function gravest(severities: Severity[]): Severity {
  return SEVERITY_ORDER.find((s) => severities.includes(s)) ?? 'tip';
}
