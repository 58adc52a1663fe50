// The check before "Post". Capture-phase listeners on the window see the Post button's click and
// the submit shortcut before the site does; only when a high finding is left do they stop the
// event and show the check. "Post anyway" replays the action once (a click on the same button;
// for the shortcut, a click on the box's Post button, since a synthetic keydown can't carry the
// keyCode sites like Mastodon test). Without a high finding nothing is ever prevented, and a pass
// expires, so the gate can't block forever.
import type { ComposeBox } from './compose-box.js';
import type { Site } from './sites/index.js';

const PASS_MS = 3000;
const SCOPES = '[role="dialog"], dialog, form, shreddit-composer';

export class PrePostGate {
  private pass: { target: EventTarget; until: number } | null = null;

  constructor(private readonly boxes: () => Iterable<ComposeBox>) {}

  install(win: Window): () => void {
    win.addEventListener('click', this.onClick, true);
    win.addEventListener('keydown', this.onKeyDown, true);
    return () => {
      win.removeEventListener('click', this.onClick, true);
      win.removeEventListener('keydown', this.onKeyDown, true);
    };
  }

  private takePass(target: EventTarget): boolean {
    const pass = this.pass;
    if (!pass || pass.until < performance.now()) return (this.pass = null), false;
    if (pass.target !== target) return false;
    this.pass = null;
    return true;
  }

  private readonly onClick = (event: MouseEvent): void => {
    const path = event.composedPath();
    const related = new Map<Element, ComposeBox[]>();
    for (const box of this.boxes()) {
      const button = path.find((node): node is Element => node instanceof Element && isPostButton(node, box.site));
      if (button) related.set(button, [...(related.get(button) ?? []), box]);
    }
    for (const [button, candidates] of related) {
      if (this.takePass(button)) return;
      const scope = scopeOf(button);
      const near = candidates.filter((box) => scopeOf(box.element) === scope);
      const boxes = near.length > 0 ? near : candidates.length === 1 ? candidates : [];
      for (const box of boxes) {
        if (box.gateOpen()) return stop(event);
        const highs = box.highFindingsNow();
        if (highs.length === 0) continue;
        stop(event);
        box.openGate(highs, () => this.replayClick(button));
        return;
      }
    }
  };

  private readonly onKeyDown = (event: KeyboardEvent): void => {
    if (event.key !== 'Enter' || !(event.ctrlKey || event.metaKey) || event.isComposing) return;
    const path = event.composedPath();
    for (const box of this.boxes()) {
      if (!path.includes(box.element)) continue;
      if (this.takePass(box.element)) return;
      const highs = box.highFindingsNow();
      if (highs.length === 0) return;
      stop(event);
      const init: KeyboardEventInit = {
        key: 'Enter', code: 'Enter', ctrlKey: event.ctrlKey, metaKey: event.metaKey, bubbles: true, cancelable: true, composed: true,
      };
      box.openGate(highs, () => {
        const button = postButtonFor(box);
        if (button) return this.replayClick(button);
        this.pass = { target: box.element, until: performance.now() + PASS_MS };
        box.element.dispatchEvent(new KeyboardEvent('keydown', init));
      });
      return;
    }
  };

  private replayClick(button: Element): void {
    this.pass = { target: button, until: performance.now() + PASS_MS };
    (button as HTMLElement).click();
  }
}

function stop(event: Event): void {
  event.preventDefault();
  event.stopImmediatePropagation();
}

function isPostButton(element: Element, site: Site): boolean {
  if (!element.matches(site.postButton)) return false;
  const labels = site.postButtonLabels;
  if (!labels) return true;
  const label = (element.getAttribute('aria-label') ?? element.textContent ?? '').trim().toLowerCase();
  return labels.some((l) => l.toLowerCase() === label);
}

/** The dialog, form or composer an element belongs to, climbing out of shadow roots. */
function scopeOf(element: Element): Element | null {
  for (let node: Element | null = element; node; ) {
    const scope = node.closest(SCOPES);
    if (scope) return scope;
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return null;
}

/** The Post button that goes with a box: in its dialog/form if it has one, else on the page. */
function postButtonFor(box: ComposeBox): HTMLElement | null {
  const scope = scopeOf(box.element) ?? box.element.ownerDocument;
  for (const element of scope.querySelectorAll<HTMLElement>(box.site.postButton)) {
    if (isPostButton(element, box.site)) return element;
  }
  return null;
}
