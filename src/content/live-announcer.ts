// Screen readers hear about a new high finding while the user types: a polite live region in the
// box's shadow root (present from the start, as live regions must be to be announced) says its
// title. Only findings not announced before are read, so typing on does not repeat them.
import { uiLanguage } from '../i18n/translate.js';
import { t } from './i18n.js';
import type { ShownFinding } from '../messaging/analysis.js';

const key = (f: ShownFinding): string => `${f.ruleId}\u0000${f.quote.toLowerCase()}`;

export class LiveAnnouncer {
  private readonly region: HTMLElement;
  /** The region's one text node, rewritten in place: replacing it would remove a node while the
   * user types, which ends the browser's typing step in a text field (render/mirror-layer.ts). */
  private readonly message: Text;
  private announced = new Set<string>();

  constructor(root: ShadowRoot) {
    this.region = root.ownerDocument.createElement('div');
    this.region.className = 'live';
    this.region.setAttribute('role', 'status');
    this.region.setAttribute('aria-live', 'polite');
    this.region.setAttribute('aria-atomic', 'true');
    // Heard, not seen (the pill already shows the counts).
    this.region.style.cssText = 'position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap;';
    this.message = root.ownerDocument.createTextNode('');
    this.region.append(this.message);
    root.append(this.region);
  }

  private modeLabel: string | null = null;

  /** Announces the high findings that are new since the last call, and a change of mode in the
   * box being written in (the keyboard shortcut gives no other feedback). */
  update(findings: readonly ShownFinding[], modeLabel: string, focused: boolean): void {
    const parts: string[] = [];
    if (this.modeLabel !== null && modeLabel !== this.modeLabel && focused) parts.push(t('announceMode', modeLabel));
    this.modeLabel = modeLabel;
    const high = findings.filter((f) => f.severity === 'high');
    const fresh = high.filter((f) => !this.announced.has(key(f)));
    // Keys of findings that went away are dropped, so one coming back is announced again.
    this.announced = new Set(high.map(key));
    if (fresh.length > 0) parts.push(t('announceHigh', fresh.length, [...new Set(fresh.map((f) => f.title))].join('; ')));
    if (parts.length === 0) return;
    this.region.lang = uiLanguage();
    const message = parts.join(' ');
    // The same words again are still news (another finding of the same kind): a no-break space
    // added or dropped at the end makes it a change the screen reader hears.
    this.message.data = this.message.data === message ? `${message}\u00a0` : message;
  }
}
