// Rich editors (Draft.js on X, Lexical on Meta and Reddit, ProseMirror/TipTap on Bluesky, Quill on
// LinkedIn). The adapter reads the DOM and never writes to it: a replacement selects the span and
// asks the browser to insert text, which each editor receives as its own input (beforeinput /
// textInput / a DOM mutation it imports), so its model, its undo stack and React stay in step.
import { nextFrame, type ApplyOutcome, type EditorAdapter } from './adapter.js';
import { buildTextMap, offsetAt, pointAt, rangeFromMap } from './text-map.js';

export class ContentEditableAdapter implements EditorAdapter {
  readonly kind = 'contenteditable' as const;

  constructor(readonly element: HTMLElement) {}

  readText(): string {
    return buildTextMap(this.element).text;
  }

  rangesFor(spans: readonly { start: number; end: number }[]): (Range | null)[] {
    if (spans.length === 0) return [];
    const map = buildTextMap(this.element);
    return spans.map(({ start, end }) => rangeFromMap(map, start, end));
  }

  async replace(start: number, end: number, expected: string, replacement: string): Promise<ApplyOutcome> {
    const before = buildTextMap(this.element);
    // Re-read the span first: applying at stale offsets would edit the wrong words.
    if (before.text.slice(start, end) !== expected) return 'stale';
    const range = rangeFromMap(before, start, end);
    if (!range) return 'stale';
    const wanted = before.text.slice(0, start) + replacement + before.text.slice(end);

    this.element.focus({ preventScroll: true });
    select(range);
    // Editors sync their own selection from `selectionchange`, which fires asynchronously.
    await nextFrame();
    const doc = this.element.ownerDocument;
    if (replacement === '') doc.execCommand('delete', false);
    else doc.execCommand('insertText', false, replacement);
    await nextFrame();

    const after = this.readText();
    if (after === wanted) return 'applied';
    if (after !== before.text) {
      // The editor took the input but produced something else: undo it rather than leave a mangled draft.
      doc.execCommand('undo', false);
      await nextFrame();
    }
    return 'failed';
  }

  placeCaret(offset: number): void {
    this.element.focus({ preventScroll: true });
    const point = pointAt(buildTextMap(this.element), offset, 'start');
    if (!point) return;
    const selection = this.element.ownerDocument.getSelection();
    selection?.setBaseAndExtent(point.node, point.offset, point.node, point.offset);
  }

  caretOffset(): number | null {
    const caret = caretIn(this.element);
    return caret ? offsetAt(buildTextMap(this.element), caret.node, caret.offset) : null;
  }
}

/** The collapsed caret inside `element`. For an editor in a shadow tree (Reddit's composers) the
 * document's selection names the shadow host instead (it is retargeted), so the range is asked
 * for through the editor's shadow root. */
function caretIn(element: HTMLElement): { node: Node; offset: number } | null {
  const selection = element.ownerDocument.getSelection();
  if (!selection || selection.rangeCount === 0) return null;
  const root = element.getRootNode();
  if (root instanceof ShadowRoot && typeof selection.getComposedRanges === 'function') {
    const [range] = selection.getComposedRanges({ shadowRoots: [root] });
    if (!range?.collapsed || !element.contains(range.endContainer)) return null;
    return { node: range.endContainer, offset: range.endOffset };
  }
  if (!selection.isCollapsed || !selection.focusNode || !element.contains(selection.focusNode)) return null;
  return { node: selection.focusNode, offset: selection.focusOffset };
}

function select(range: Range): void {
  const selection = range.startContainer.ownerDocument?.getSelection();
  selection?.setBaseAndExtent(range.startContainer, range.startOffset, range.endContainer, range.endOffset);
}
