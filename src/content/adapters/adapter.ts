// One interface over every kind of editor: read the draft as plain text (what the engine sees),
// map the engine's UTF-16 offsets back to the page, and replace a span through the editor's own
// input path. Data flows one way: editor → text snapshot → engine → findings → renderer.

export type ApplyOutcome =
  /** The editor now holds exactly the expected text. */
  | 'applied'
  /** The text at the span is no longer what was analysed: nothing was touched. */
  | 'stale'
  /** The editor refused or mangled the change; the original text was put back. */
  | 'failed';

export interface EditorAdapter {
  readonly element: HTMLElement;
  readonly kind: 'textarea' | 'contenteditable';
  /** The draft as plain text: line breaks as "\n", emoji and mention/link nodes as their text. */
  readText(): string;
  /** Live DOM Ranges over each [start, end) of the current text, from one walk of the editor;
   * null for text fields (drawn by the mirror overlay instead) or where the offsets no longer map. */
  rangesFor(spans: readonly { start: number; end: number }[]): (Range | null)[];
  /** Replaces [start, end), which must still read `expected`, with `replacement`, the way typing
   * would, so the editor's state and its undo history stay consistent. */
  replace(start: number, end: number, expected: string, replacement: string): Promise<ApplyOutcome>;
  /** Focuses the editor with the caret at `offset`. */
  placeCaret(offset: number): void;
  /** The caret's offset in the text when the selection is collapsed inside the editor. */
  caretOffset(): number | null;
}

/** Lets the editor (React, Lexical, ProseMirror…) process the input before reading it back. */
export function nextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}
