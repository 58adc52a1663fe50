// The shapes of OutLoud's settings, shared by the popup, the options page, the background and the
// content script. Three sources meet here: what the user chose (storage.local), what their
// organisation pushes (storage.managed, "policy"), and the merge of both that everything acts on.
// Plain data only (no browser API), so the unit tests and every context can use it.
import type { Category, CustomTerm, Mode } from '../engine/types.js';

export const SETTINGS_VERSION = 2;

export const INTERFACE_LANGUAGES = ['auto', 'en', 'fr'] as const;
/** 'auto' follows the browser's language. */
export type InterfaceLanguage = (typeof INTERFACE_LANGUAGES)[number];

/** A platform id ('linkedin') for the eight known platforms, else the host name ('mastodon.gc.ca'). */
export type SiteKey = string;

/** What the user chose, as stored. Every field is always present once read (defaults fill gaps). */
export interface UserSettings {
  version: typeof SETTINGS_VERSION;
  /** Mode on sites without a default of their own (sites the user enabled). */
  defaultMode: Mode;
  /** The user's mode per site: from the options page, the popup or the keyboard shortcut. */
  siteModes: Record<SiteKey, Mode>;
  /** Watch-words of the user's own, e.g. an unannounced project's code name. */
  customTerms: CustomTerm[];
  /** Terms the user chose to "always ignore". */
  ignoredTerms: string[];
  disabledCategories: Category[];
  /** Rule ids switched off one by one. */
  disabledRules: string[];
  language: InterfaceLanguage;
  /** Host names where the user turned OutLoud on (their host permission was granted). */
  enabledSites: string[];
}

/** A link the organisation adds to the guideline library (its own social-media policy, say). */
export interface GuidelineLink {
  title: string;
  url: string;
}

/** What an organisation pushes through enterprise policy. Absent keys leave the user free. */
export interface Policy {
  organizationName?: string;
  extraWatchTerms: CustomTerm[];
  /** Categories the user cannot switch off (nor any rule inside them). */
  lockedCategories: Category[];
  /** Modes the user may pick; undefined means all three. */
  allowedModes?: Mode[];
  /** Default mode per site key; the user may still choose another allowed mode. */
  defaultSiteModes: Record<SiteKey, Mode>;
  /** Host names where the organisation supports OutLoud (the user still grants access once). */
  extraSites: string[];
  guidelineLinks: GuidelineLink[];
}

/** Why part of stored settings, a policy or an imported file was set aside. */
export type IssueCode = 'not-an-object' | 'wrong-type' | 'unknown-value' | 'item-dropped' | 'unknown-key' | 'too-many' | 'newer-version';

export interface SettingsIssue {
  /** The settings or policy key concerned, e.g. 'allowedModes' or 'customTerms[3]'. */
  key: string;
  code: IssueCode;
}

/** User settings with the policy applied: what every part of the extension acts on. */
export interface EffectiveSettings {
  user: UserSettings;
  policy: Policy;
  /** Modes the user may pick, in cycling order. Never empty. */
  allowedModes: Mode[];
  /** The organisation's watch terms first, then the user's (same term once). */
  customTerms: CustomTerm[];
  /** The user's ignored terms, minus the organisation's watch terms (those cannot be ignored away). */
  ignoredTerms: string[];
  /** Category ids and rule ids off, minus what the policy locks on. */
  disabledRules: string[];
  /** The user's enabled sites and the organisation's, once each. */
  enabledSites: string[];
}

/** Findings by category per day, and posts checked; local only, never sent anywhere. */
export interface DayStatistics {
  posts: number;
  findings: Partial<Record<Category, number>>;
}

export interface Statistics {
  version: 1;
  /** Keyed by local date, YYYY-MM-DD. */
  days: Record<string, DayStatistics>;
}
