// A panel in the browser's top layer (popover="manual"): never clipped by the page's overflow,
// stacking contexts or transforms, and positioned in viewport coordinates next to its anchor.
import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';

export interface Anchor {
  left: number;
  top: number;
  bottom: number;
}

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
  children: ComponentChildren;
}

export function Popover({ anchor, label, role = 'dialog', class: className = '', onPointerInside, onEscape, raiseKey, children }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  // Only when what it shows changes, never on every render: re-showing would drop keyboard focus.
  useLayoutEffect(() => {
    const panel = ref.current;
    if (!panel || raiseKey === undefined || typeof panel.showPopover !== 'function' || !panel.matches(':popover-open')) return;
    panel.hidePopover();
    panel.showPopover();
  }, [raiseKey]);
  useLayoutEffect(() => {
    const panel = ref.current;
    if (!panel) return;
    if (typeof panel.showPopover === 'function' && !panel.matches(':popover-open')) panel.showPopover();
    const { innerWidth, innerHeight } = window;
    const width = panel.offsetWidth;
    const height = panel.offsetHeight;
    const left = Math.max(8, Math.min(anchor.left, innerWidth - width - 8));
    const below = anchor.bottom + 6;
    const top = below + height <= innerHeight - 8 ? below : Math.max(8, anchor.top - height - 6);
    panel.style.left = `${left}px`;
    panel.style.top = `${top}px`;
  });
  return (
    <div
      ref={ref}
      popover="manual"
      class={`panel ${className}`}
      role={role}
      aria-label={label}
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
