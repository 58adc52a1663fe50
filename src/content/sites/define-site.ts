// What a platform file declares: where its compose boxes and its Post button are, and which keys
// post. Everything else (finding boxes, mapping offsets, drawing, the pre-post gate) is shared.
import type { Mode } from '../../engine/index.js';

export type SiteId =
  | 'x' | 'linkedin' | 'facebook' | 'instagram' | 'threads' | 'bluesky' | 'mastodon' | 'reddit' | 'generic';

/** A keyboard shortcut that posts. `Mod` is Ctrl, or Cmd on macOS. */
export type SubmitKey = 'Mod+Enter';

export interface Site {
  id: SiteId;
  /** Host names where this site is the only one considered (exact match, no scheme). */
  hosts: readonly string[];
  defaultMode: Mode;
  /** Selector list for the editable element itself (textarea or contenteditable root). */
  composeBox: string;
  /** On a host that is not one of `hosts` (a user-enabled site, the test fixtures), the markers
   * that tell this platform's box from another platform's running the same editor (Meta's three
   * Lexical composers); `composeBox` when absent. */
  signature?: string;
  /** Selector list for the buttons that publish what is in the box. */
  postButton: string;
  /** When markers alone are ambiguous, a post button must also carry one of these labels
   * (text or aria-label, EN and FR), e.g. Meta's `div[role=button]` with hashed classes. */
  postButtonLabels?: readonly string[];
  submitKeys: readonly SubmitKey[];
}

export function defineSite(site: Site): Site {
  return site;
}
