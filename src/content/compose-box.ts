// One compose box on the page: it owns the box's state (the text last analysed, its findings, the
// spans ignored here) and wires the one-way flow editor → text snapshot → engine → findings →
// highlights, pill and card. Everything it attaches is removed by dispose(), called when the box
// leaves the DOM, so single-page apps that create and drop composers don't leak.
// What it draws (the UI host, its shadow root, the underline layer, the pill) is built when the
// box is first focused or first holds text, as a grammar checker's button appears on focus: an
// empty reply box nobody touched has nothing to show, and building it for every box at page load
// was most of the content script's start-up (docs/performance.md). Until then a box costs a few
// listeners, and the check before "Post" still works on it (the check builds what it shows).
import { h, render } from 'preact';
import type { Finding, Mode } from '../engine/index.js';
import { uiLanguage } from '../i18n/translate.js';
import type { ShownFinding } from '../messaging/analysis.js';
import type { Settings } from '../settings/settings.js';
import { adapterFor, isTextField, type EditorAdapter } from './adapters/index.js';
import { requestAnalysis } from './analysis-client.js';
import { t, type MessageKey } from './i18n.js';
import { LiveAnnouncer } from './live-announcer.js';
import { HighlightLayer } from './render/highlight-layer.js';
import type { FindingsLayer } from './render/layer.js';
import { MirrorLayer } from './render/mirror-layer.js';
import { effectiveZoom } from './render/zoom.js';
import { AnalysisScheduler } from './scheduler.js';
import type { Site } from './sites/index.js';
import { BoxUi, looksTheSame, type BoxUiActions, type BoxView } from './ui/BoxUi.js';
import type { Anchor } from './ui/Popover.js';
import { KeptPanels } from './ui/kept-panels.js';
import { createUiHost, type UiHost } from './ui/ui-host.js';

/** Beyond this the draft is not a social-media post; Harper uses the same ceiling. */
const MAX_CHARS = 120_000;
/** A caret move this soon after typing is the typing itself, not the user visiting a finding. */
const TYPING_GRACE_MS = 400;
const HOVER_CLOSE_MS = 300;
const NAVIGATION_KEYS = new Set(['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End', 'PageUp', 'PageDown']);

export interface BoxContext {
  settings(): Settings;
  ignoreAlways(term: string): Promise<void>;
  /** The box drew new findings (the page status and badge follow). */
  findingsShown?(box: ComposeBox): void;
}

const MODE_LABEL: Record<Mode, MessageKey> = { personal: 'modePersonal', professional: 'modeProfessional', official: 'modeOfficial' };

function sameFinding(a: Finding, b: Finding): boolean {
  return a.ruleId === b.ruleId && a.start === b.start && a.end === b.end;
}

function relocated(findings: readonly ShownFinding[], old: ShownFinding): ShownFinding | undefined {
  const same = findings.filter((f) => f.ruleId === old.ruleId && f.quote === old.quote);
  return same.length === 1 ? same[0] : undefined;
}

/** What a box shows on the page, built by ComposeBox.mount(). */
interface Surface {
  ui: UiHost;
  announcer: LiveAnnouncer;
  layer: FindingsLayer;
  resizeObserver: ResizeObserver;
}

/** Whether a box holds anything to analyse, read without laying out or styling the page. */
function holdsText(element: HTMLElement): boolean {
  return /\S/.test(isTextField(element) ? element.value : (element.textContent ?? ''));
}

export class ComposeBox {
  readonly adapter: EditorAdapter;
  /** Null until the box is first focused or holds text (see the header). */
  private surface: Surface | null = null;
  private readonly scheduler: AnalysisScheduler;
  private readonly cleanup: (() => void)[] = [];

  /** The text the current findings were computed on. */
  private text = '';
  private findings: ShownFinding[] = [];
  /** Bumped by each analysis run; an answer for an older run is dropped. */
  private run = 0;
  private inFlight: Promise<void> | null = null;
  private disposed = false;
  private readonly ignoredHere = new Set<string>();
  private view: BoxView;
  /** Cards and the list closed while the box has focus, kept hidden until it loses it. */
  private readonly kept = new KeptPanels();
  /** The interface language of the last render (null: not rendered yet). */
  private renderedIn: string | null = null;
  /** 'hover' cards close when the pointer leaves; 'pinned' ones when dismissed. */
  private cardMode: 'hover' | 'pinned' = 'hover';
  private raises = 0;
  /** The finding whose card Escape closed while the caret was in it. */
  private dismissedAtCaret: Finding | null = null;
  private pointerInCard = false;
  private hoverCloseTimer: ReturnType<typeof setTimeout> | undefined;
  private hoverFrame = 0;
  private lastInputAt = 0;
  /** Where the pointer rests over the box, so findings that arrive after it stopped still open their card. */
  private pointer: { x: number; y: number } | null = null;
  private caretCheckTimer: ReturnType<typeof setTimeout> | undefined;
  private composing = false;
  private onPostAnyway: (() => void) | null = null;
  /** Whether the ResizeObserver has reported once: before that, the page is still being laid out
   * and reading a rect would force that layout on the page's load (the observer's first report
   * comes right after the browser's own layout, and places the pill then). */
  private laidOut = false;

  constructor(
    readonly element: HTMLElement,
    readonly site: Site,
    private readonly context: BoxContext,
  ) {
    this.adapter = adapterFor(element);
    this.scheduler = new AnalysisScheduler(() => this.analyzeNow());
    this.view = { modeLabel: this.modeLabel(), findings: [], unavailable: false, pill: null, list: null, card: null, notice: null, gate: null };

    this.listen(element, 'input', () => {
      this.lastInputAt = performance.now();
      if (!this.composing) this.scheduler.schedule();
    });
    this.listen(element, 'compositionstart', () => (this.composing = true));
    this.listen(element, 'compositionend', () => {
      this.composing = false;
      this.scheduler.schedule();
    });
    // focusin, not focus: it also comes when focus lands inside the box (an editor's inner node).
    this.listen(element, 'focusin', () => {
      this.mount();
      this.scheduler.schedule();
    });
    // Panels closed while the user typed go once the box has lost focus (the window losing focus
    // leaves it the active element, and the typing step open).
    this.listen(element, 'focusout', () => {
      if (this.surface && !this.hasFocus() && this.kept.holdsHidden(this.view.card, this.view.list, this.view.findings.length)) this.render();
    });
    this.listen(element, 'mousemove', (event) => this.onPointerMove(event as MouseEvent));
    this.listen(element, 'mouseleave', () => {
      this.pointer = null;
      this.scheduleHoverClose();
    });
    this.listen(element, 'keydown', (event) => {
      if ((event as KeyboardEvent).key === 'Escape' && this.view.card) {
        // Stays dismissed while the caret is still inside it: a selectionchange from the last
        // arrow key can arrive after Escape and must not bring the card back.
        this.dismissedAtCaret = this.view.card.finding;
        this.closeCard();
      }
    });
    // `selectionchange` doesn't reach the document from inside every text field or shadow root;
    // navigation keys are the keyboard user's way into a finding, so they check the caret too.
    this.listen(element, 'keyup', (event) => {
      if (NAVIGATION_KEYS.has((event as KeyboardEvent).key)) this.onSelectionChange(true);
    });

    // Focused already (autofocus): shown now. A draft already there (restored by the site): analysed
    // without the user doing anything, in an idle moment after the debounce, so not on the page's load.
    if (element.matches(':focus, :focus-within')) {
      this.mount();
      this.analyzeNow();
    } else if (holdsText(element)) this.scheduler.schedule();
  }

  /** Builds what the box shows, once; the pill appears after the observer's first report. */
  private mount(): Surface {
    if (this.surface) return this.surface;
    const ui = createUiHost(this.element, this.site.id);
    const announcer = new LiveAnnouncer(ui.shadow);
    const layer = isTextField(this.element) ? new MirrorLayer(this.element, ui.layer) : new HighlightLayer(this.adapter, ui.layer);
    const resizeObserver = new ResizeObserver(() => {
      this.laidOut = true;
      this.reposition();
    });
    // Device pixels change with the box's size, and also with CSS zoom and the screen's pixel
    // ratio, which change no CSS size and fire no resize event.
    resizeObserver.observe(this.element, { box: 'device-pixel-content-box' });
    this.surface = { ui, announcer, layer, resizeObserver };
    // The mode may have changed while the box waited (settingsChanged skips untouched boxes).
    this.view = { ...this.view, modeLabel: this.modeLabel() };
    return this.surface;
  }

  // ── analysis ────────────────────────────────────────────────────────────────────────────────

  private mode(): Mode {
    return this.context.settings().modeFor(this.site.id);
  }

  private modeLabel(): string {
    return t(MODE_LABEL[this.mode()]);
  }

  analyzeNow(): void {
    void this.analyse();
  }

  /** One run: snapshot the text, ask the background, show the answer if it is still current. */
  private analyse(): Promise<void> {
    const run = ++this.run;
    const text = this.adapter.readText();
    const settings = this.context.settings();
    const done = (async () => {
      let found: ShownFinding[] = [];
      let unavailable = false;
      if (text.length > 0 && text.length <= MAX_CHARS) {
        try {
          found = await requestAnalysis({
            text,
            mode: this.mode(),
            ignored: settings.ignoredTerms,
            customTerms: settings.customTerms,
            disabledRules: settings.disabledRules,
          });
        } catch {
          unavailable = true;
        }
      }
      if (run !== this.run || this.disposed) return;
      // Typed on while the answer travelled: its offsets no longer fit; the run that typing armed
      // will (arming another here would push it back by a whole pause).
      if (this.adapter.readText() !== text) {
        if (!this.scheduler.pending()) this.scheduler.schedule();
        return;
      }
      this.show(text, found, unavailable);
    })();
    this.inFlight = done;
    void done.finally(() => {
      if (this.inFlight === done) this.inFlight = null;
    });
    return done;
  }

  private show(text: string, found: ShownFinding[], unavailable: boolean): void {
    this.text = text;
    this.findings = found.filter((f) => !this.ignoredHere.has(this.ignoreKey(f)));
    // An untouched box whose editor changed its own empty DOM (a placeholder, a first render) still has nothing to show.
    const focused = this.element.matches(':focus, :focus-within');
    if (!this.surface && !unavailable && this.findings.length === 0 && !focused && !/\S/.test(text)) return;
    const surface = this.mount();
    // Measured before drawing: reading layout after the mirror changed would lay it out at once.
    const pill = this.pillPosition();
    surface.layer.draw(this.findings);
    const card = this.view.card;
    // An open card follows its finding when an edit elsewhere moved it (new lines typed above it):
    // same rule, same words, and the only such finding. Closing it would lose a card the user is reading.
    const still = card ? (this.findings.find((f) => sameFinding(f, card.finding)) ?? relocated(this.findings, card.finding)) : undefined;
    this.update({
      pill,
      modeLabel: this.modeLabel(),
      findings: this.findings,
      unavailable,
      card: card && still ? { finding: still, anchor: this.anchorOf(still) } : null,
      notice: card && still ? this.view.notice : null,
    });
    surface.announcer.update(this.findings, this.view.modeLabel, focused);
    // The pointer came to rest on a word before its finding arrived (or before an edit above it was
    // re-read): the card opens now, not at the next mouse move.
    if (this.pointer && !this.view.card && !this.view.gate) this.hoverAtPointer();
    this.context.findingsShown?.(this);
  }

  /** What the box shows now (the page status and the statistics read it). */
  get shownFindings(): readonly ShownFinding[] {
    return this.findings;
  }

  get unavailable(): boolean {
    return this.view.unavailable;
  }

  /** The editor's DOM changed (maybe without an input event): re-check, off the mutation path. */
  contentChanged(): void {
    if (!this.composing) this.scheduler.schedule();
  }

  settingsChanged(): void {
    // An untouched box analyses when it is first focused or changed, with the settings of then.
    if (this.surface) this.analyzeNow();
  }

  /** Before "Post", without waiting: the high findings if they are those of the text as it is now, else null. */
  highFindingsIfCurrent(): ShownFinding[] | null {
    if (this.scheduler.pending() || this.inFlight || this.adapter.readText() !== this.text) return null;
    return this.findings.filter((f) => f.severity === 'high');
  }

  /** Before "Post", when the findings are not current: analyse now and answer for the text as it is. */
  async highFindingsChecked(): Promise<ShownFinding[]> {
    this.scheduler.cancel();
    for (let attempt = 0; attempt < 3; attempt++) {
      await this.analyse();
      const highs = this.highFindingsIfCurrent();
      if (highs) return highs;
    }
    // The text keeps changing under us or the engine is unavailable: the choice stays the user's.
    return [];
  }

  private ignoreKey(finding: ShownFinding): string {
    return `${finding.ruleId}\u0000${finding.quote.toLowerCase()}`;
  }

  // ── drawing ─────────────────────────────────────────────────────────────────────────────────

  private update(patch: Partial<BoxView>): void {
    const before = this.view;
    this.view = { ...before, ...patch, pill: patch.pill !== undefined ? patch.pill : this.pillPosition() };
    // Most analyses while typing change no count: the pill stays as it is, unrendered.
    const language = uiLanguage();
    if (!this.surface || (this.renderedIn === language && looksTheSame(before, this.view))) return;
    this.render();
  }

  private render(): void {
    if (!this.surface) return;
    this.renderedIn = uiLanguage();
    const { card, list, findings } = this.view;
    const panels = this.kept.frame(card, list, findings.length, this.hasFocus());
    render(h(BoxUi, { view: this.view, panels, actions: this.actions }), this.surface.ui.app);
  }

  /** Whether the box is the active element of its document or shadow root, or holds it. */
  private hasFocus(): boolean {
    const active = (this.element.getRootNode() as Document | ShadowRoot).activeElement;
    return active !== null && (active === this.element || this.element.contains(active));
  }

  private pillPosition(): { x: number; y: number } | null {
    if (!this.laidOut || !this.surface) return null;
    const box = this.element.getBoundingClientRect();
    if (box.width === 0 && box.height === 0) return null;
    const app = this.surface.ui.app;
    const origin = app.getBoundingClientRect();
    const zoom = effectiveZoom(app);
    // Bottom-right corner inside the box; the pill shifts itself left and up by its own size.
    return { x: (box.right - origin.left) / zoom - 6, y: (box.bottom - origin.top) / zoom - 6 };
  }

  reposition(): void {
    if (!this.surface) return;
    this.surface.layer.reposition();
    const card = this.view.card;
    if (card && this.cardMode === 'hover') {
      // A hover card stays while the pointer is still on its words after the layout moved (the box
      // grew or scrolled under a resting pointer); it goes when its words moved away from the pointer.
      const over = this.pointer ? this.findingAt(this.pointer.x, this.pointer.y) : undefined;
      if (over && sameFinding(over, card.finding)) this.update({ card: { finding: over, anchor: this.anchorOf(over) } });
      else this.closeCard();
    } else this.update({});
  }

  private anchorOf(finding: Finding): Anchor {
    const rect = this.surface?.layer.rectsOf(finding)[0] ?? this.element.getBoundingClientRect();
    return { left: rect.left, top: rect.top, bottom: rect.bottom };
  }

  // ── cards ───────────────────────────────────────────────────────────────────────────────────

  private openCard(finding: ShownFinding, mode: 'hover' | 'pinned'): void {
    clearTimeout(this.hoverCloseTimer);
    const current = this.view.card;
    if (current && sameFinding(current.finding, finding)) {
      if (mode === 'pinned') this.cardMode = 'pinned';
      return;
    }
    this.cardMode = mode;
    this.update({ card: { finding, anchor: this.anchorOf(finding) }, notice: null });
  }

  private closeCard(): void {
    clearTimeout(this.hoverCloseTimer);
    this.pointerInCard = false;
    if (this.view.card) this.update({ card: null, notice: null });
  }

  private findingAt(x: number, y: number): ShownFinding | undefined {
    const layer = this.surface?.layer;
    return this.findings.find((f) =>
      layer?.rectsOf(f).some((r) => x >= r.left && x <= r.right && y >= r.top - 2 && y <= r.bottom + 2),
    );
  }

  private onPointerMove(event: MouseEvent): void {
    this.pointer = { x: event.clientX, y: event.clientY };
    if (this.hoverFrame || this.findings.length === 0) return;
    this.hoverFrame = requestAnimationFrame(() => {
      this.hoverFrame = 0;
      this.hoverAtPointer();
    });
  }

  private hoverAtPointer(): void {
    if (!this.pointer) return;
    const finding = this.findingAt(this.pointer.x, this.pointer.y);
    if (finding) this.openCard(finding, this.view.card && this.cardMode === 'pinned' ? 'pinned' : 'hover');
    else this.scheduleHoverClose();
  }

  private scheduleHoverClose(): void {
    if (!this.view.card || this.cardMode !== 'hover') return;
    clearTimeout(this.hoverCloseTimer);
    this.hoverCloseTimer = setTimeout(() => {
      if (!this.pointerInCard && this.cardMode === 'hover') this.closeCard();
    }, HOVER_CLOSE_MS);
  }

  /** Keyboard users: moving the caret into a finding (arrows, Home/End, a click) opens its card. */
  onSelectionChange(byNavigationKey = false): void {
    if (this.view.gate) return;
    const sinceInput = performance.now() - this.lastInputAt;
    if (sinceInput < TYPING_GRACE_MS) {
      // Caret moves while typing open nothing, but an arrow key pressed just after the last
      // keystroke must still open the card it lands in: look again once the grace is over.
      if (!byNavigationKey) return;
      clearTimeout(this.caretCheckTimer);
      this.caretCheckTimer = setTimeout(() => {
        if (!this.disposed) this.onSelectionChange(true);
      }, TYPING_GRACE_MS - sinceInput + 1);
      return;
    }
    // Nothing to open or close (a clean or just-focused box): the caret's offset, a walk of the
    // box's text, is not needed.
    if (this.findings.length === 0 && !this.view.card) return void (this.dismissedAtCaret = null);
    const caret = this.adapter.caretOffset();
    if (caret === null) return;
    const finding = this.findings.find((f) => caret > f.start && caret < f.end);
    if (finding && this.dismissedAtCaret && sameFinding(finding, this.dismissedAtCaret)) return;
    this.dismissedAtCaret = null;
    if (finding) this.openCard(finding, 'pinned');
    else if (this.view.card && this.cardMode === 'pinned' && !this.view.list) this.closeCard();
  }

  /** A press anywhere outside our UI and the box dismisses pinned cards and the list. */
  onPagePointerDown(path: readonly EventTarget[]): void {
    if (!this.surface || path.includes(this.surface.ui.host) || path.includes(this.element)) return;
    if (this.view.card || this.view.list) this.update({ card: null, list: null, notice: null });
  }

  private readonly actions: BoxUiActions = {
    textOf: (finding) => finding.quote,
    toggleList: () => {
      if (this.view.list) return this.update({ list: null });
      const pill = this.surface?.ui.shadow.querySelector('.pill')?.getBoundingClientRect();
      const box = this.element.getBoundingClientRect();
      this.update({ list: pill ? { left: pill.left, top: pill.top, bottom: pill.bottom } : { left: box.left, top: box.top, bottom: box.bottom } });
    },
    closeList: () => this.update({ list: null }),
    openFromList: (finding) => {
      this.cardMode = 'pinned';
      // A new raise count brings the card above the list, even when this finding's card was
      // already open underneath it.
      this.update({ card: { finding, anchor: this.anchorOf(finding), raise: ++this.raises }, notice: null });
    },
    pointerInside: (inside) => {
      this.pointerInCard = inside;
      if (!inside) this.scheduleHoverClose();
    },
    close: () => {
      this.closeCard();
      this.adapter.element.focus({ preventScroll: true });
    },
    apply: (finding) => void this.apply(finding),
    ignoreHere: (finding) => {
      this.ignoredHere.add(this.ignoreKey(finding));
      this.closeCard();
      this.analyzeNow();
    },
    ignoreAlways: (finding) => {
      const term = finding.quote;
      this.closeCard();
      void this.context.ignoreAlways(term);
    },
    gateEdit: () => this.closeGate(false),
    gatePostAnyway: () => this.closeGate(true),
  };

  private async apply(finding: ShownFinding): Promise<void> {
    const suggestion = finding.suggestion;
    if (!suggestion) return;
    const expected = finding.quote;
    const outcome = await this.adapter.replace(finding.start, finding.end, expected, suggestion.replacement);
    if (outcome === 'applied') {
      this.closeCard();
      this.analyzeNow();
      return;
    }
    this.analyzeNow();
    const notice = outcome === 'stale' ? t('applyStale') : t('applyFailed', suggestion.replacement);
    if (this.view.card) this.update({ notice });
  }

  // ── the check before "Post" ───────────────────────────────────────────────────────────────────

  openGate(findings: readonly ShownFinding[], onPostAnyway: () => void): void {
    this.mount();
    this.onPostAnyway = onPostAnyway;
    this.update({ gate: findings, card: null, list: null });
  }

  private closeGate(postAnyway: boolean): void {
    const proceed = this.onPostAnyway;
    const first = this.view.gate?.[0];
    this.onPostAnyway = null;
    this.update({ gate: null });
    if (postAnyway) proceed?.();
    // After the dialog is gone, so the browser's own focus restoration doesn't undo ours.
    else if (first) requestAnimationFrame(() => this.adapter.placeCaret(first.start));
  }

  gateOpen(): boolean {
    return this.view.gate !== null;
  }

  // ── lifecycle ───────────────────────────────────────────────────────────────────────────────

  private listen(target: EventTarget, type: string, handler: (event: Event) => void): void {
    target.addEventListener(type, handler, { passive: true });
    this.cleanup.push(() => target.removeEventListener(type, handler));
  }

  dispose(): void {
    this.disposed = true;
    this.scheduler.cancel();
    clearTimeout(this.hoverCloseTimer);
    clearTimeout(this.caretCheckTimer);
    if (this.hoverFrame) cancelAnimationFrame(this.hoverFrame);
    for (const undo of this.cleanup.splice(0)) undo();
    const surface = this.surface;
    if (!surface) return;
    surface.resizeObserver.disconnect();
    surface.layer.dispose();
    render(null, surface.ui.app);
    surface.ui.dispose();
  }
}
