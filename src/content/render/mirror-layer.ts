// Text fields can't be highlighted (their text isn't in the DOM), so a mirror <div> with the same
// box model, font and wrapping is laid exactly over the field inside the UI host: its text is
// transparent and only the spans carry underlines. It is re-measured on every draw, on the
// field's scroll and on resize, so wrapping, zoom and scrolling stay aligned
// (browser-engineering §1.4, Harper's TextFieldRange).
//
// Cost on long drafts (docs/performance.md): each line of the field is its own block, and a draw
// replaces only the lines whose text or underlines changed, so the browser lays out one line of a
// 60,000-character draft rather than all of it. A draw measures the field before it writes
// anything and follows the field's scrolling with a transform, so it never forces a layout of the
// mirror; the next frame lays out the changed lines once.
//
// Undo (tests/browser/undo-steps.test.ts): the browser keeps a text field's undo history, and
// Chromium ends its open typing step whenever any node leaves the document, ours included. So
// while the field has focus a line that is no longer drawn is emptied and hidden, not removed, and
// the hidden lines go when the field loses focus (which ends the typing step anyway); otherwise a
// redraw in a pause would split the user's next Ctrl+Z.
import type { Finding, Severity } from '../../engine/index.js';
import type { TextField } from '../adapters/textarea.js';
import type { FindingsLayer } from './layer.js';
import { SEVERITY_ORDER } from './severity.js';
import { effectiveZoom } from './zoom.js';

const COPIED = [
  'fontFamily', 'fontSize', 'fontWeight', 'fontStyle', 'fontVariant', 'fontStretch', 'letterSpacing', 'wordSpacing',
  'lineHeight', 'textTransform', 'textAlign', 'direction', 'tabSize',
  'paddingTop', 'paddingRight', 'paddingBottom', 'paddingLeft',
  'borderTopWidth', 'borderRightWidth', 'borderBottomWidth', 'borderLeftWidth', 'boxSizing',
] as const;

/** Hidden lines kept at most while the field has focus: past this one redraw removes them (and
 * ends the typing step), so hours of typing without leaving the field can't pile them up. */
const MAX_RETIRED = 500;

/** A drawn line: its text and underlines (offsets within the line) decide whether it is reused. */
interface Line {
  key: string;
  element: HTMLElement;
  /** Underlined pieces, offsets relative to the line's start. */
  spans: { start: number; end: number; element: HTMLElement }[];
}

/** The field's geometry and style, read before the mirror is touched. */
interface Measure {
  style: Record<(typeof COPIED)[number] | 'textIndent', string>;
  scrollbar: number;
  /** The mirror's zoom relative to its container: the field's own. */
  relativeZoom: number;
  width: number;
  height: number;
  x: number;
  y: number;
  scrollLeft: number;
  scrollTop: number;
}

export class MirrorLayer implements FindingsLayer {
  private readonly mirror: HTMLElement;
  /** The lines, moved by the field's scroll offset. */
  private readonly content: HTMLElement;
  private lines: Line[] = [];
  private spans = new Map<Finding, HTMLElement[]>();
  private findings: readonly Finding[] = [];
  private readonly onScroll = () => this.syncScroll();
  /** Lines no longer drawn, hidden until the field loses focus (see the header). */
  private retired: HTMLElement[] = [];
  private readonly onBlur = () => this.sweep();

  constructor(
    private readonly field: TextField,
    container: HTMLElement,
  ) {
    const doc = container.ownerDocument;
    this.mirror = doc.createElement('div');
    this.mirror.className = 'mirror';
    this.mirror.setAttribute('aria-hidden', 'true');
    this.content = doc.createElement('div');
    this.mirror.append(this.content);
    container.append(this.mirror);
    field.addEventListener('scroll', this.onScroll, { passive: true });
    field.addEventListener('blur', this.onBlur, { passive: true });
  }

  draw(findings: readonly Finding[]): void {
    const measure = this.measure();
    this.findings = findings;
    const text = this.field.value;
    const isArea = this.field instanceof HTMLTextAreaElement;
    // An <input> has one line whatever it holds; a textarea breaks at each "\n".
    const starts = [0];
    if (isArea) for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    const ends = starts.map((s, i) => (i + 1 < starts.length ? starts[i + 1]! - 1 : text.length));
    const inLine = findingsPerLine(starts, findings);
    const wanted = starts.map((start, i) => lineKey(text, start, ends[i]!, inLine[i]));

    // Reuse the unchanged lines at both ends; rebuild the ones in between.
    const old = this.lines;
    let head = 0;
    while (head < old.length && head < wanted.length && old[head]!.key === wanted[head]) head++;
    let tail = 0;
    while (tail < old.length - head && tail < wanted.length - head && old[old.length - 1 - tail]!.key === wanted[wanted.length - 1 - tail]) tail++;
    const fresh: Line[] = [];
    for (let i = head; i < wanted.length - tail; i++) fresh.push(this.buildLine(text, starts[i]!, ends[i]!, wanted[i]!, inLine[i] ?? []));
    const removed = old.slice(head, old.length - tail);
    const before = old[old.length - tail]?.element ?? null;
    for (const line of removed) this.retire(line.element);
    for (const line of fresh) this.content.insertBefore(line.element, before);
    this.lines = [...old.slice(0, head), ...fresh, ...old.slice(old.length - tail)];

    // Which spans show which finding (findings are new objects on every analysis).
    this.spans = new Map();
    for (const finding of findings) {
      const elements: HTMLElement[] = [];
      for (let i = lineAt(starts, finding.start); i < this.lines.length && starts[i]! < finding.end; i++) {
        for (const span of this.lines[i]!.spans) {
          const start = starts[i]! + span.start;
          if (start >= finding.start && starts[i]! + span.end <= finding.end) elements.push(span.element);
        }
      }
      this.spans.set(finding, elements);
    }
    this.place(measure);
  }

  private buildLine(text: string, from: number, to: number, key: string, inLine: readonly Finding[]): Line {
    const doc = this.content.ownerDocument;
    const element = doc.createElement('div');
    const spans: Line['spans'] = [];
    // Cut the line at every finding boundary; each piece takes the gravest severity covering it.
    const cuts = new Set<number>([from, to]);
    for (const f of inLine) cuts.add(Math.max(from, f.start)).add(Math.min(to, f.end));
    const points = [...cuts].sort((a, b) => a - b);
    for (let i = 0; i + 1 < points.length; i++) {
      const start = points[i]!;
      const end = points[i + 1]!;
      const piece = text.slice(start, end);
      const covering = inLine.filter((f) => f.start <= start && f.end >= end);
      if (covering.length === 0) {
        element.append(piece);
        continue;
      }
      const span = doc.createElement('span');
      const severity = gravest(covering.map((f) => f.severity));
      span.className = `sev-${severity}`;
      span.dataset.severity = severity;
      span.textContent = piece;
      element.append(span);
      spans.push({ start: start - from, end: end - from, element: span });
    }
    // An empty line still takes up its line, as in the field (a trailing "\n" included).
    if (from === to) element.append(doc.createElement('br'));
    return { key, element, spans };
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
    this.place(this.measure());
  }

  /** Every read of the page's layout a draw needs, done before the mirror changes: a read after
   * a write would lay out the whole document, the mirror's new lines included, there and then. */
  private measure(): Measure {
    const field = this.field;
    const computed = getComputedStyle(field);
    const style = {} as Measure['style'];
    for (const key of COPIED) style[key] = computed[key];
    style.textIndent = computed.textIndent;
    // The field's scrollbar narrows its text; the mirror has none, so it is padded by as much.
    const borders = parseFloat(style.borderLeftWidth) + parseFloat(style.borderRightWidth);
    const scrollbar = Math.max(0, field.offsetWidth - field.clientWidth - borders);
    // Under CSS zoom the copied styles are unzoomed lengths: the mirror renders at the field's own
    // zoom, and measured (viewport) distances are turned back into its lengths.
    const parent = this.mirror.parentElement!;
    const zoom = effectiveZoom(field);
    const fieldRect = field.getBoundingClientRect();
    const origin = parent.getBoundingClientRect();
    return {
      style, scrollbar, relativeZoom: zoom / effectiveZoom(parent),
      width: fieldRect.width / zoom, height: fieldRect.height / zoom,
      x: (fieldRect.left - origin.left) / zoom, y: (fieldRect.top - origin.top) / zoom,
      scrollLeft: field.scrollLeft, scrollTop: field.scrollTop,
    };
  }

  /** Writes only. */
  private place({ style, scrollbar, relativeZoom, width, height, x, y, scrollLeft, scrollTop }: Measure): void {
    const mirror = this.mirror.style;
    for (const key of COPIED) mirror[key] = style[key];
    const isArea = this.field instanceof HTMLTextAreaElement;
    mirror.whiteSpace = isArea ? 'pre-wrap' : 'pre';
    mirror.overflowWrap = isArea ? 'break-word' : 'normal';
    mirror.borderStyle = 'solid';
    mirror.borderColor = 'transparent';
    mirror.boxSizing = 'border-box';
    mirror.paddingRight = `${parseFloat(style.paddingRight) + scrollbar}px`;
    mirror.zoom = String(relativeZoom);
    mirror.width = `${width}px`;
    mirror.height = `${height}px`;
    mirror.transform = `translate(${x}px, ${y}px)`;
    // text-indent belongs to the field's first line only, not to every line block.
    const first = this.lines[0]?.element;
    for (const line of this.lines) if (line.element !== first && line.element.style.textIndent) line.element.style.textIndent = '';
    if (first) first.style.textIndent = style.textIndent;
    this.scrollTo(scrollLeft, scrollTop);
  }

  /** Takes a line out of the drawing without removing a node while the user may be typing. */
  private retire(line: HTMLElement): void {
    if (!this.focused() || this.retired.length >= MAX_RETIRED) {
      this.sweep(true);
      line.remove();
      return;
    }
    // Emptied, so a long draft's old lines hold no copies of its text while they wait, and
    // unmarked, so nothing looking for underlines (the tests, a page's own tools) finds them.
    const texts = line.ownerDocument.createTreeWalker(line, NodeFilter.SHOW_TEXT);
    for (let node = texts.nextNode(); node; node = texts.nextNode()) (node as Text).data = '';
    for (const span of line.querySelectorAll('span')) {
      span.removeAttribute('class');
      span.removeAttribute('data-severity');
    }
    line.style.display = 'none';
    this.retired.push(line);
  }

  private focused(): boolean {
    const root = this.field.getRootNode() as Document | ShadowRoot;
    return root.activeElement === this.field;
  }

  private sweep(force = false): void {
    // The window losing focus blurs the field too, but the user's typing step stays open there.
    if (!force && this.focused()) return;
    for (const line of this.retired.splice(0)) line.remove();
  }

  /** The field scrolled: the lines follow by a transform, which needs no layout of the mirror. */
  private syncScroll(): void {
    this.scrollTo(this.field.scrollLeft, this.field.scrollTop);
  }

  private scrollTo(left: number, top: number): void {
    this.content.style.transform = `translate(${-left}px, ${-top}px)`;
  }

  dispose(): void {
    this.field.removeEventListener('scroll', this.onScroll);
    this.field.removeEventListener('blur', this.onBlur);
    this.retired = [];
    this.mirror.remove();
    this.findings = [];
  }

  /** For tests and the findings list: what is drawn. */
  drawn(): readonly Finding[] {
    return this.findings;
  }
}

/** The findings that touch each line (sparse: most lines have none). */
function findingsPerLine(starts: readonly number[], findings: readonly Finding[]): (Finding[] | undefined)[] {
  const perLine: (Finding[] | undefined)[] = [];
  for (const f of findings) {
    const first = lineAt(starts, f.start);
    for (let i = first; i < starts.length && (i === first || starts[i]! < f.end); i++) (perLine[i] ??= []).push(f);
  }
  return perLine;
}

/** The line's text and its underlines relative to its start: equal keys draw the same. */
function lineKey(text: string, from: number, to: number, inLine: readonly Finding[] | undefined): string {
  let key = text.slice(from, to);
  for (const f of inLine ?? []) key += `\u0000${Math.max(from, f.start) - from}-${Math.min(to, f.end) - from}${f.severity}`;
  return key;
}

/** The index of the line holding `offset` (binary search over the line starts). */
function lineAt(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function gravest(severities: Severity[]): Severity {
  return SEVERITY_ORDER.find((s) => severities.includes(s)) ?? 'tip';
}
