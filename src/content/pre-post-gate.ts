// The check before "Post". Capture-phase listeners on the window see the Post button's click and
// the submit shortcut before the site does; only when a high finding is left do they stop the
// event and show the check. "Post anyway" replays the action once (a click on the same button;
// for the shortcut, a click on the box's Post button, since a synthetic keydown can't carry the
// keyCode sites like Mastodon test). Findings come from the background, so when they are not yet
// those of the text as it is (typed, then clicked at once), the action is held for one analysis
// and replayed if clean. Without a high finding nothing is ever held for longer than that, an
// unavailable engine lets the post through, and a pass expires, so the gate can't block forever.
import type { ShownFinding } from '../messaging/analysis.js';
import type { ComposeBox } from './compose-box.js';
import { postChecked } from './post-statistics.js';
import type { Site } from './sites/index.js';

const PASS_MS = 3000;
const SCOPES = '[role="dialog"], dialog, form, shreddit-composer';

export class PrePostGate {
  private pass: { target: EventTarget; until: number } | null = null;
  /** A click arrived while findings were stale and is being checked: further clicks wait. */
  private checking = false;

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
      // A thread composer posts every box in its dialog at once: all of them are checked.
      const boxes = near.length > 0 ? near : candidates.length === 1 ? candidates : [];
      if (boxes.length === 0) continue;
      if (this.decide(event, boxes, () => this.replayClick(button))) return;
    }
  };

  private readonly onKeyDown = (event: KeyboardEvent): void => {
    if (event.key !== 'Enter' || !(event.ctrlKey || event.metaKey) || event.isComposing) return;
    const path = event.composedPath();
    for (const box of this.boxes()) {
      if (!path.includes(box.element)) continue;
      if (this.takePass(box.element)) return;
      const init: KeyboardEventInit = {
        key: 'Enter', code: 'Enter', ctrlKey: event.ctrlKey, metaKey: event.metaKey, bubbles: true, cancelable: true, composed: true,
      };
      this.decide(event, [box], () => {
        const button = postButtonFor(box);
        if (button) return this.replayClick(button);
        this.pass = { target: box.element, until: performance.now() + PASS_MS };
        box.element.dispatchEvent(new KeyboardEvent('keydown', init));
      });
      return;
    }
  };

  /**
   * Lets the post go on (false) or stops it (true): at once when the boxes' findings are those of
   * their text now, else after one analysis of the text as it is, replaying the action when clean.
   */
  private decide(event: Event, boxes: ComposeBox[], proceed: () => void): boolean {
    if (this.checking || boxes.some((box) => box.gateOpen())) return stop(event), true;
    // Whichever way the post goes out, it counts in the local statistics (never its text).
    const posted = (): void => {
      postChecked(boxes);
      proceed();
    };
    const now = boxes.map((box) => box.highFindingsIfCurrent());
    if (now.every((highs) => highs !== null)) {
      const highs = now.flat() as ShownFinding[];
      if (highs.length === 0) return postChecked(boxes), false;
      stop(event);
      openOn(boxes, now as ShownFinding[][], posted);
      return true;
    }
    stop(event);
    this.checking = true;
    void Promise.all(boxes.map((box) => box.highFindingsChecked()))
      .then((lists) => {
        if (lists.every((highs) => highs.length === 0)) posted();
        else openOn(boxes, lists, posted);
      })
      .catch(posted)
      .finally(() => (this.checking = false));
    return true;
  }

  private replayClick(button: Element): void {
    this.pass = { target: button, until: performance.now() + PASS_MS };
    (button as HTMLElement).click();
  }
}

/** The check opens on the box of the first high finding and lists those of every box. */
function openOn(boxes: ComposeBox[], highsPerBox: ShownFinding[][], proceed: () => void): void {
  const owner = highsPerBox.findIndex((highs) => highs.length > 0);
  if (owner < 0) return proceed();
  const ordered = [...highsPerBox[owner]!, ...highsPerBox.flatMap((highs, i) => (i === owner ? [] : highs))];
  boxes[owner]!.openGate(ordered, proceed);
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
