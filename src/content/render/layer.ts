// What the box controller needs from a renderer, whichever way it draws.
import type { Finding } from '../../engine/index.js';

export interface FindingsLayer {
  /** Draws the findings computed on the editor's current text. */
  draw(findings: readonly Finding[]): void;
  /** Client rects of one finding's span (hit-testing, anchoring the card). */
  rectsOf(finding: Finding): DOMRect[];
  /** After scroll, resize, zoom or re-wrapping. */
  reposition(): void;
  dispose(): void;
}
