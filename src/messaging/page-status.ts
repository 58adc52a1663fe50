// Messages between the popup, the background and a page's content script about what OutLoud sees
// there (never the draft's text: counts, the mode and guideline ids only).
import type { Category, Mode, Severity } from '../engine/types.js';
import type { SiteId } from '../content/sites/index.js';

/** Popup → content script (tabs.sendMessage): what do you see? */
export const PAGE_STATUS_MESSAGE = 'outloud/page-status';
/** Content script → background: high findings in the compose box that has (or last had) focus. */
export const BADGE_MESSAGE = 'outloud/badge';
/** Content script → background: a post went out from a checked box (local statistics). */
export const POST_CHECKED_MESSAGE = 'outloud/post-checked';
/** Popup → background: turn OutLoud on for this site (permission already granted by the user). */
export const ENABLE_SITE_MESSAGE = 'outloud/enable-site';

export interface PageStatus {
  /** The platform whose markers matched (the first box's), or null when no box was found yet. */
  site: SiteId | null;
  mode: Mode;
  boxes: number;
  counts: Record<Severity, number>;
  /** Guideline ids behind the findings on the page, most severe first, once each. */
  guidelineIds: string[];
  /** The engine could not answer for some box. */
  unavailable: boolean;
}

export interface BadgeReport {
  type: typeof BADGE_MESSAGE;
  high: number;
}

export interface PostChecked {
  type: typeof POST_CHECKED_MESSAGE;
  /** One entry per finding left in the posted draft. */
  categories: Category[];
}

export interface EnableSiteRequest {
  type: typeof ENABLE_SITE_MESSAGE;
  host: string;
  /** The tab to start OutLoud in right away. */
  tabId?: number;
}

export type EnableSiteResponse = { ok: true } | { ok: false; error: string };

const isObject = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object';

export function isMessage<T extends { type: string }>(value: unknown, type: T['type']): value is T {
  return isObject(value) && value.type === type;
}
