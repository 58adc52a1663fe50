// A panel in the browser's top layer (popover="manual"): never clipped by the page's overflow,
// stacking contexts or transforms, and positioned in viewport coordinates next to its anchor.
import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';
import { effectiveZoom } from '../render/zoom.js';

import type { Anchor } from './kept-panels.js';

export type { Anchor };

interface Props {
  anchor: Anchor;
  label: string;
  role?: 'dialog' | 'region';
  class?: string;
  onPointerInside?: (inside: boolean) => void;
  onEscape?: () => void;
  /** When this changes, the panel comes back to the top of the top layer: a card opened from the
   * findings list must sit above the list, even if it was already open underneath it. */
  raiseKey?: string;
  /** False: closed but kept in the document while the user types (see kept-panels.ts). */
  shown?: boolean;
  children: ComponentChildren;
}

export function Popover({ anchor, label, role = 'dialog', class: className = '', onPointerInside, onEscape, raiseKey, shown = true, children }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  // Only when what it shows changes, never on every render: re-showing would drop keyboard focus.
  useLayoutEffect(() => {
    const panel = ref.current;
    if (!panel || !shown || raiseKey === undefined || typeof panel.showPopover !== 'function' || !panel.matches(':popover-open')) return;
    panel.hidePopover();
    panel.showPopover();
  }, [raiseKey]);
  useLayoutEffect(() => {
    const panel = ref.current;
    if (!panel) return;
    const popover = typeof panel.showPopover === 'function';
    if (!shown) {
      if (popover && panel.matches(':popover-open')) panel.hidePopover();
      return;
    }
    if (popover && !panel.matches(':popover-open')) panel.showPopover();
    const { innerWidth, innerHeight } = window;
    // Placed in viewport pixels; under CSS zoom on the page, the lengths set are zoomed again.
    const zoom = effectiveZoom(panel);
    panel.style.maxHeight = '';
    const { width, height } = panel.getBoundingClientRect();
    const left = Math.max(8, Math.min(anchor.left, innerWidth - width - 8));
    // Below the anchor, else above; when it fits neither (a small window, a zoomed page) it takes
    // the roomier side and scrolls, rather than covering the words it explains.
    const below = anchor.bottom + 6;
    const roomBelow = innerHeight - 8 - below;
    const roomAbove = anchor.top - 6 - 8;
    const fits = height <= roomBelow || height <= roomAbove;
    const useBelow = height <= roomBelow || (!fits && roomBelow >= roomAbove);
    const visible = fits ? height : Math.max(roomBelow, roomAbove);
    if (!fits) panel.style.maxHeight = `${visible / zoom}px`;
    const top = useBelow ? below : anchor.top - 6 - visible;
    panel.style.left = `${left / zoom}px`;
    panel.style.top = `${top / zoom}px`;
  });
  return (
    <div
      ref={ref}
      popover="manual"
      // A kept panel is also unmarked, so nothing looking for cards or the list (the tests, a
      // page's own tools) finds it, as the mirror layer does with the lines it keeps.
      class={shown ? `panel ${className}` : 'panel'}
      role={role}
      aria-label={label}
      hidden={!shown}
      onMouseEnter={() => onPointerInside?.(true)}
      onMouseLeave={() => onPointerInside?.(false)}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && onEscape) {
          event.stopPropagation();
          onEscape();
        }
      }}
    >
      {children}
    </div>
  );
}
