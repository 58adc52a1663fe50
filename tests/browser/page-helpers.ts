// Reading what OutLoud drew, from the page. Contenteditable underlines are CSS highlights, read
// from the page's HighlightRegistry; text-field underlines are the mirror's spans in our open
// shadow root (Playwright's CSS locators pierce open shadow roots).
import type { Locator, Page } from 'playwright-core';

export type SeverityName = 'high' | 'medium' | 'tip';

export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface DrawnSpan {
  text: string;
  /** The bounding rect, and each line's rect when the span wraps. */
  rect: Rect;
  rects: Rect[];
}

/** Spans underlined with `severity` in compose box `boxSelector` (either rendering path; the
 * selector pierces open shadow roots). */
export async function underlined(page: Page, boxSelector: string, severity: SeverityName): Promise<DrawnSpan[]> {
  return page.locator(boxSelector).evaluate(
    (box, sev) => {
      const toRect = (r: DOMRect) => ({ left: r.left, top: r.top, right: r.right, bottom: r.bottom });
      if (box instanceof HTMLTextAreaElement || box instanceof HTMLInputElement) {
        // The UI host follows the field (or the <label> wrapping it).
        const host = (box.closest('label') ?? box).nextElementSibling;
        const shadow = host?.localName === 'outloud-ui' ? host.shadowRoot : null;
        return [...(shadow?.querySelectorAll(`.mirror .sev-${sev}`) ?? [])].map((span) => ({
          text: span.textContent ?? '',
          rect: toRect(span.getBoundingClientRect()),
          rects: [...span.getClientRects()].map(toRect),
        }));
      }
      const highlight = CSS.highlights.get(`outloud-${sev}`);
      if (!highlight) return [];
      return [...highlight]
        .filter((range): range is Range => range instanceof Range && box.contains(range.commonAncestorContainer))
        .map((range) => ({ text: range.toString(), rect: toRect(range.getBoundingClientRect()), rects: [...range.getClientRects()].map(toRect) }));
    },
    severity,
  );
}

/** Where `text` is on screen in a rich editor, found by walking the box's text nodes for its first
 * occurrence: the reference to compare what OutLoud drew with, computed without OutLoud. */
export async function textRects(page: Page, boxSelector: string, text: string): Promise<Omit<DrawnSpan, 'text'> | null> {
  return page.locator(boxSelector).evaluate((root, wanted) => {
    const toRect = (r: DOMRect) => ({ left: r.left, top: r.top, right: r.right, bottom: r.bottom });
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = (node as Text).data.indexOf(wanted);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + wanted.length);
      return { rect: toRect(range.getBoundingClientRect()), rects: [...range.getClientRects()].map(toRect) };
    }
    return null;
  }, text);
}

/** Where the caret is in a box, as a text offset (the fixture's editor text and ours agree on
 * it on one-line drafts: in rich editors only text nodes are counted, not line breaks). Inside a
 * shadow tree the document's selection is retargeted to the host, so the composed range is read
 * instead. */
export async function caretOffset(page: Page, boxSelector: string): Promise<number | null> {
  return page.locator(boxSelector).evaluate((el) => {
    if (el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement) {
      const active = (el.getRootNode() as Document | ShadowRoot).activeElement;
      return active === el ? el.selectionStart : null;
    }
    const selection = document.getSelection();
    if (!selection || selection.rangeCount === 0) return null;
    const root = el.getRootNode();
    const [composed] = selection.getComposedRanges({ shadowRoots: root instanceof ShadowRoot ? [root] : [] });
    if (!composed || !el.contains(composed.endContainer)) return null;
    const range = document.createRange();
    range.selectNodeContents(el);
    range.setEnd(composed.endContainer, composed.endOffset);
    return range.toString().length;
  });
}

/** The UI host that belongs to a box (the next <outloud-ui> after it in document order). */
export function uiFor(page: Page, index: number): Locator {
  return page.locator('outloud-ui').nth(index);
}

/** Focuses a box, as a user does before writing, and waits for the UI OutLoud builds for it then
 * (an empty box nobody focused gets none; see src/content/compose-box.ts). */
export async function focusForUi(page: Page, boxSelector: string, index = 0): Promise<void> {
  await page.locator(boxSelector).focus();
  await uiFor(page, index).waitFor({ state: 'attached' });
}

export async function boxRect(page: Page, boxSelector: string): Promise<DrawnSpan['rect']> {
  return page.locator(boxSelector).evaluate((el) => {
    const r = el.getBoundingClientRect();
    return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
  });
}

/** Records every request the browser context makes from now on, and fails any to the outside
 * world before it leaves the machine. */
export async function recordRequests(page: Page): Promise<{ urls: string[]; clear(): void }> {
  const urls: string[] = [];
  const context = page.context();
  context.on('request', (request) => urls.push(request.url()));
  await context.route(/^(?!http:\/\/127\.0\.0\.1[:/]).*/, async (route) => {
    const url = route.request().url();
    if (url.startsWith('chrome-extension://') || url.startsWith('data:')) return route.continue();
    await route.abort();
  });
  return { urls, clear: () => void urls.splice(0) };
}

/** Waits until the page has painted a frame and run the tasks queued behind it (an editor's
 * selection sync, a layout the extension reads), as a person's next action always would. */
export async function nextFrame(page: Page): Promise<void> {
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0))));
}
