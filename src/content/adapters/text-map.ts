// Plain text of a contenteditable tree and the way back from offsets to DOM positions.
// The text follows what the user sees and what editors store: each block (p, div, li…) is a line,
// <br> is "\n" except the placeholder <br> that keeps an empty line open (Lexical, Quill,
// ProseMirror and Draft.js all end empty or trailing lines with one), <img alt> counts as its alt
// text (emoji rendered as images). Mentions and links rendered as separate nodes are just more
// text nodes. Offsets are UTF-16, like DOM Text offsets, so emoji need no special case.

export interface Piece {
  start: number;
  end: number;
  node: Node;
  /** text: a Text node; break: "\n" for a <br> or a block boundary (node = the br / block);
   * atom: an image's alt text (node = the img). */
  kind: 'text' | 'break' | 'atom';
}

export interface TextMap {
  text: string;
  pieces: Piece[];
}

const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE', 'FOOTER',
  'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION',
  'TABLE', 'TR', 'UL',
]);
const SKIP = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);

export function buildTextMap(root: HTMLElement): TextMap {
  const pieces: Piece[] = [];
  let text = '';
  /** The current line already holds something (text, or an empty line's placeholder <br>). */
  let lineHasContent = false;
  /** A block closed since the last content: inline content after it starts a new line. */
  let afterBlock = false;

  const push = (node: Node, kind: Piece['kind'], value: string): void => {
    pieces.push({ start: text.length, end: text.length + value.length, node, kind });
    text += value;
  };
  const newLineBefore = (node: Node): void => {
    if (lineHasContent) push(node, 'break', '\n');
    lineHasContent = false;
    afterBlock = false;
  };

  const walk = (parent: Node): void => {
    for (let child = parent.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === Node.TEXT_NODE) {
        const data = (child as Text).data;
        if (data.length === 0) continue;
        if (afterBlock) newLineBefore(child);
        push(child, 'text', data);
        lineHasContent = true;
        continue;
      }
      if (child.nodeType !== Node.ELEMENT_NODE) continue;
      const element = child as Element;
      const tag = element.tagName;
      if (SKIP.has(tag)) continue;
      if (tag === 'BR') {
        if (afterBlock) newLineBefore(element);
        if (isPlaceholderBreak(element, root)) {
          lineHasContent = true;
        } else {
          push(element, 'break', '\n');
          lineHasContent = false;
        }
        continue;
      }
      if (tag === 'IMG') {
        const alt = (element as HTMLImageElement).alt;
        if (alt) {
          if (afterBlock) newLineBefore(element);
          push(element, 'atom', alt);
          lineHasContent = true;
        }
        continue;
      }
      if (BLOCK.has(tag)) {
        newLineBefore(element);
        walk(element);
        afterBlock = true;
        continue;
      }
      walk(element);
    }
  };
  walk(root);
  return { text, pieces };
}

/** A <br> with no text, <br> or image after it inside its block only holds the line open. */
function isPlaceholderBreak(br: Element, root: HTMLElement): boolean {
  let block: Element | null = br.parentElement;
  while (block && block !== root && !BLOCK.has(block.tagName)) block = block.parentElement;
  const scope = block ?? root;
  const walker = br.ownerDocument.createTreeWalker(scope, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  walker.currentNode = br;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === Node.TEXT_NODE) {
      if ((node as Text).data.length > 0) return false;
    } else {
      const tag = (node as Element).tagName;
      if (tag === 'BR' || tag === 'IMG' || BLOCK.has(tag)) return false;
    }
  }
  return true;
}

interface Point {
  node: Node;
  offset: number;
}

/** DOM position of text offset `offset`. A range's start prefers the piece that begins there,
 * its end the piece that ends there, so a range never starts at the end of the previous node. */
export function pointAt(map: TextMap, offset: number, side: 'start' | 'end'): Point | null {
  let touching: Piece | undefined;
  for (const piece of map.pieces) {
    if (piece.kind !== 'text' || offset < piece.start || offset > piece.end) continue;
    const inside = side === 'start' ? offset < piece.end : offset > piece.start;
    if (inside) return { node: piece.node, offset: offset - piece.start };
    touching ??= piece;
  }
  if (touching) return { node: touching.node, offset: offset - touching.start };
  for (const piece of map.pieces) {
    if (offset < piece.start || offset > piece.end) continue;
    const node = piece.node;
    const parent = node.parentNode;
    if (!parent) continue;
    if (piece.kind === 'break' && node.nodeName !== 'BR') return { node, offset: 0 }; // block start
    const index = Array.prototype.indexOf.call(parent.childNodes, node) as number;
    return { node: parent, offset: offset === piece.start ? index : index + 1 };
  }
  return null;
}

export function rangeFromMap(map: TextMap, start: number, end: number): Range | null {
  const from = pointAt(map, start, 'start');
  const to = pointAt(map, end, 'end');
  if (!from || !to) return null;
  const range = new Range();
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  return range;
}

/** Text offset of a DOM position inside the mapped tree (the selection's focus, usually). */
export function offsetAt(map: TextMap, node: Node, offset: number): number | null {
  if (node.nodeType === Node.TEXT_NODE) {
    const piece = map.pieces.find((p) => p.node === node);
    return piece ? piece.start + Math.min(offset, piece.end - piece.start) : null;
  }
  const child = node.childNodes[offset];
  if (child) {
    const piece = map.pieces.find((p) => p.node === child || child.contains(p.node));
    if (piece) return piece.start;
  }
  // After the last child: the end of the last piece inside `node`.
  let last: Piece | undefined;
  for (const piece of map.pieces) if (node.contains(piece.node)) last = piece;
  return last ? last.end : null;
}
