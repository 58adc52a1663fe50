// What this page's compose boxes show, for the popup (asked through tabs.sendMessage) and the
// toolbar badge (the high findings of the box that has, or last had, focus). Only counts, the mode
// and guideline ids leave the page; the draft's text never does.
import type { Severity } from '../engine/types.js';
import type { ShownFinding } from '../messaging/analysis.js';
import { BADGE_MESSAGE, PAGE_STATUS_MESSAGE, isMessage, type BadgeReport, type PageStatus } from '../messaging/page-status.js';
import type { Settings } from '../settings/settings.js';
import { ext } from './browser-api.js';
import { notifyBackground } from './notify-background.js';
import type { SiteId } from './sites/index.js';

const SEVERITY_RANK: Record<Severity, number> = { high: 0, medium: 1, tip: 2 };

/** What the reporter needs of a compose box. */
export interface ReportedBox {
  readonly element: HTMLElement;
  readonly site: { id: SiteId };
  readonly shownFindings: readonly ShownFinding[];
  readonly unavailable: boolean;
}

export class PageStatusReporter {
  private current: ReportedBox | null = null;
  private lastBadge = -1;

  constructor(
    private readonly boxes: () => Iterable<ReportedBox>,
    private readonly settings: () => Settings,
  ) {}

  /** Listens for the popup's question and for focus moving between boxes; returns the undo. */
  install(doc: Document): () => void {
    const onMessage = (message: unknown, sender: chrome.runtime.MessageSender, sendResponse: (answer: PageStatus) => void): undefined => {
      if (!isMessage(message, PAGE_STATUS_MESSAGE) || sender.id !== ext.runtime.id) return undefined;
      sendResponse(this.status());
      return undefined;
    };
    const onFocusIn = (event: FocusEvent): void => {
      const path = event.composedPath();
      const box = [...this.boxes()].find((b) => path.includes(b.element));
      if (box && box !== this.current) {
        this.current = box;
        this.report();
      }
    };
    ext.runtime.onMessage.addListener(onMessage);
    doc.addEventListener('focusin', onFocusIn, { capture: true, passive: true });
    return () => {
      ext.runtime.onMessage.removeListener(onMessage);
      doc.removeEventListener('focusin', onFocusIn, { capture: true });
    };
  }

  status(): PageStatus {
    const boxes = [...this.boxes()];
    const findings = boxes.flatMap((box) => box.shownFindings);
    const counts: Record<Severity, number> = { high: 0, medium: 0, tip: 0 };
    for (const finding of findings) counts[finding.severity] += 1;
    const ordered = [...findings].sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity]);
    const site = (this.current ?? boxes[0])?.site.id ?? null;
    const settings = this.settings();
    return {
      site,
      mode: site ? settings.modeFor(site) : (settings.mode ?? settings.modeFor('generic')),
      boxes: boxes.length,
      counts,
      guidelineIds: [...new Set(ordered.flatMap((f) => f.guidelineIds))],
      unavailable: boxes.some((box) => box.unavailable),
    };
  }

  /** A box showed new findings (or went away): the badge follows the current box. */
  findingsChanged(box: ReportedBox): void {
    if (this.current === null && box.element.matches(':focus, :focus-within')) this.current = box;
    if (box === this.current) this.report();
  }

  boxGone(box: ReportedBox): void {
    if (box !== this.current) return;
    this.current = null;
    this.report();
  }

  private report(): void {
    const high = this.current?.shownFindings.filter((f) => f.severity === 'high').length ?? 0;
    if (high === this.lastBadge) return;
    this.lastBadge = high;
    const message: BadgeReport = { type: BADGE_MESSAGE, high };
    notifyBackground(message);
  }
}
