// Finds compose boxes as they come and go, with ONE MutationObserver for the whole page: the
// document and every open shadow root it meets are observed by the same instance (childList only,
// so typing in unrelated fields costs nothing). Work is batched to one pass per animation frame,
// and a batch without element additions or removals of tracked boxes returns at once. The same
// observer also watches the text inside each rich-text box (characterData), so edits that fire no
// `input` event (an editor's own undo) still reach the analysis.
// Closed shadow roots are invisible to extensions by design; they stay unsupported.
import { isTextField } from './adapters/index.js';
import { UI_TAG } from './ui/ui-host.js';

export interface DiscoveryHandlers {
  /** A new element matching `selector` appeared (in the document or an open shadow root). */
  found(element: HTMLElement): void;
  /** A previously found element left the DOM. */
  lost(element: HTMLElement): void;
  /** The content of a found rich-text box changed without necessarily firing `input` (the
   * editor's own undo, a programmatic reset after posting, collaborative edits). */
  changed(element: HTMLElement): void;
}

/** Elements that opt out of writing assistants, honoured as Grammarly's and Harper's are. */
const OPT_OUT = '[data-gramm="false"], [data-enable-grammarly="false"], [data-outloud="off"]';

export class Discovery {
  private readonly observer: MutationObserver;
  private readonly tracked = new Set<HTMLElement>();
  /** Bookkeeping that must not keep a removed shadow root alive. */
  private readonly observedRoots = new WeakSet<Node>();
  private pendingAdded: Node[] = [];
  private pendingRemoval = false;
  private frame = 0;

  constructor(
    private readonly root: Document,
    private readonly selector: string,
    private readonly handlers: DiscoveryHandlers,
  ) {
    this.observer = new MutationObserver((records) => this.onMutations(records));
  }

  start(): void {
    this.observe(this.root);
    this.scan(this.root);
    this.root.addEventListener('focusin', this.onFocusIn, true);
  }

  stop(): void {
    this.observer.disconnect();
    this.root.removeEventListener('focusin', this.onFocusIn, true);
    if (this.frame) cancelAnimationFrame(this.frame);
    for (const element of this.tracked) this.handlers.lost(element);
    this.tracked.clear();
  }

  /** Boxes currently tracked (live elements only). */
  elements(): readonly HTMLElement[] {
    return [...this.tracked];
  }

  /** Editors that become editable after insertion (an attribute change, which the observer does
   * not watch) are caught when they first take focus. */
  private readonly onFocusIn = (event: Event): void => {
    const target = event.composedPath()[0];
    if (target instanceof HTMLElement) {
      const box = target.closest<HTMLElement>(this.selector);
      if (box) this.consider(box);
    }
  };

  private observe(node: Document | ShadowRoot): void {
    if (this.observedRoots.has(node)) return;
    this.observedRoots.add(node);
    this.observer.observe(node, { childList: true, subtree: true });
  }

  private onMutations(records: MutationRecord[]): void {
    const changed = new Set<HTMLElement>();
    for (const record of records) {
      const box = this.boxHolding(record.target);
      if (box) {
        // An edit inside a box (most records, while typing or pasting): boxes never nest, so
        // nothing it adds or removes is a box, and it needs no scan.
        changed.add(box);
        continue;
      }
      for (const node of record.addedNodes) {
        if (node.nodeType === Node.ELEMENT_NODE && (node as Element).localName !== UI_TAG) this.pendingAdded.push(node);
      }
      if (record.removedNodes.length > 0 && this.tracked.size > 0) this.pendingRemoval = true;
    }
    for (const box of changed) this.handlers.changed(box);
    if ((this.pendingAdded.length > 0 || this.pendingRemoval) && !this.frame) {
      this.frame = requestAnimationFrame(() => this.flush());
    }
  }

  private boxHolding(node: Node): HTMLElement | undefined {
    for (const box of this.tracked) if (box.contains(node)) return box;
    return undefined;
  }

  private flush(): void {
    this.frame = 0;
    const added = this.pendingAdded;
    this.pendingAdded = [];
    if (this.pendingRemoval) {
      this.pendingRemoval = false;
      for (const element of this.tracked) {
        if (!element.isConnected) {
          this.tracked.delete(element);
          this.handlers.lost(element);
        }
      }
    }
    for (const node of added) if (node.isConnected) this.scan(node as Element);
  }

  /** Looks for boxes in `container` and descends into the open shadow roots it holds. */
  private scan(container: Element | Document | ShadowRoot): void {
    if (container instanceof Element) this.consider(container);
    for (const element of container.querySelectorAll<HTMLElement>(this.selector)) this.consider(element);
    // Shadow roots hang off custom elements in practice (Reddit's shreddit-*); checking only
    // hyphenated names keeps a large insertion cheap.
    const hosts = container instanceof Element && container.shadowRoot ? [container] : [];
    for (const element of container.querySelectorAll('*')) {
      if (element.localName.includes('-') && element.shadowRoot) hosts.push(element);
    }
    for (const host of hosts) {
      const shadow = host.shadowRoot;
      if (!shadow || host.localName === UI_TAG) continue;
      this.observe(shadow);
      this.scan(shadow);
    }
  }

  private consider(element: Element): void {
    if (!(element instanceof HTMLElement) || this.tracked.has(element)) return;
    if (!element.matches(this.selector) || element.closest(OPT_OUT)) return;
    if (!isEditable(element)) return;
    // Only the outermost editable root is a box (editors nest contenteditable islands).
    for (const box of this.tracked) if (box.contains(element)) return;
    this.tracked.add(element);
    // A node's observer registrations die with the node: nothing to undo when the box goes.
    if (!isTextField(element)) this.observer.observe(element, { childList: true, subtree: true, characterData: true });
    this.handlers.found(element);
  }
}

function isEditable(element: HTMLElement): boolean {
  if (isTextField(element)) return !element.readOnly && !element.disabled;
  if (element.getAttribute('role') === 'combobox') return false;
  // The attribute, not isContentEditable: that property needs the page's style, and asking for it
  // while a page loads forces a style recalculation on it. The nearest ancestor that says
  // anything decides, as in the browser (a contenteditable="false" island inside an editor is not).
  const value = element.closest('[contenteditable]')?.getAttribute('contenteditable')?.toLowerCase();
  return value === '' || value === 'true' || value === 'plaintext-only';
}
