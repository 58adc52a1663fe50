// Enterprise policy (storage.managed, pushed by an administrator; see docs/deploying.md and
// managed-schema.json) read key by key, and merged over the user's settings. An invalid key is
// ignored with a warning the options page shows; the rest of the policy still applies.
import { CATEGORIES, MODES, type CustomTerm, type Mode } from '../engine/types.js';
import { emptyPolicy } from './defaults.js';
import { isCategory, isMode, isRecord, readHosts, readList, readModeMap, readText, readWatchTerms, uniqueBy, type Issues } from './fields.js';
import { isPlatformId } from './sites.js';
import type { EffectiveSettings, GuidelineLink, Policy, SettingsIssue, UserSettings } from './types.js';

function readLink(value: unknown): GuidelineLink | null {
  if (!isRecord(value)) return null;
  const title = readText(value.title, 200);
  const url = typeof value.url === 'string' ? value.url.trim() : '';
  // Only web pages: a javascript: or data: link in a policy must never become clickable.
  if (title === null || !/^https:\/\/[^\s/$.?#][^\s]*$/i.test(url)) return null;
  try {
    return new URL(url).protocol === 'https:' ? { title, url } : null;
  } catch {
    return null;
  }
}

export interface ReadPolicy {
  policy: Policy;
  warnings: SettingsIssue[];
}

/** One reader per policy key; each fills its part of the policy or reports why it could not. */
const readers: Record<string, (value: unknown, policy: Policy, issues: Issues) => void> = {
  organizationName(value, policy, issues) {
    const name = readText(value, 120);
    if (name === null) issues.push({ key: 'organizationName', code: 'wrong-type' });
    else policy.organizationName = name;
  },
  extraWatchTerms(value, policy, issues) {
    policy.extraWatchTerms = readWatchTerms('extraWatchTerms', value, issues);
  },
  lockedCategories(value, policy, issues) {
    policy.lockedCategories = [...new Set(readList('lockedCategories', value, (c) => (isCategory(c) ? c : null), issues, CATEGORIES.length))];
  },
  allowedModes(value, policy, issues) {
    const modes = readList('allowedModes', value, (m) => (isMode(m) ? m : null), issues, MODES.length * 2);
    // An empty list would leave no mode at all: ignore the key rather than lock the user out.
    if (modes.length > 0) policy.allowedModes = MODES.filter((m) => modes.includes(m));
    else if (Array.isArray(value)) issues.push({ key: 'allowedModes', code: 'unknown-value' });
  },
  defaultSiteModes(value, policy, issues) {
    policy.defaultSiteModes = readModeMap('defaultSiteModes', value, isPlatformId, issues);
  },
  extraSites(value, policy, issues) {
    policy.extraSites = readHosts('extraSites', value, issues);
  },
  guidelineLinks(value, policy, issues) {
    policy.guidelineLinks = readList('guidelineLinks', value, readLink, issues, 50);
  },
};

export const POLICY_KEYS = Object.keys(readers);

export interface ReadPolicy {
  policy: Policy;
  warnings: SettingsIssue[];
}

export function readPolicy(raw: unknown): ReadPolicy {
  const warnings: Issues = [];
  const policy = emptyPolicy();
  if (raw === undefined || raw === null) return { policy, warnings };
  if (!isRecord(raw)) return { policy, warnings: [{ key: '', code: 'not-an-object' }] };
  for (const [key, value] of Object.entries(raw)) {
    const read = Object.hasOwn(readers, key) ? readers[key] : undefined;
    if (read) read(value, policy, warnings);
    else warnings.push({ key, code: 'unknown-key' });
  }
  return { policy, warnings };
}

const lower = (text: string): string => text.toLocaleLowerCase();

/** The user's settings with the policy applied where it locks or adds. */
export function mergePolicy(user: UserSettings, policy: Policy): EffectiveSettings {
  const locked = new Set<string>(policy.lockedCategories);
  const isLocked = (id: string): boolean => locked.has(id) || locked.has(id.split('/')[0]!);
  const customTerms: CustomTerm[] = uniqueBy([...policy.extraWatchTerms, ...user.customTerms], (t) => t.term);
  const organisationTerms = new Set(policy.extraWatchTerms.map((t) => lower(t.term)));
  const allowedModes: Mode[] = policy.allowedModes?.length ? [...policy.allowedModes] : [...MODES];
  return {
    user,
    policy,
    allowedModes,
    customTerms,
    ignoredTerms: user.ignoredTerms.filter((term) => !organisationTerms.has(lower(term))),
    disabledRules: [...user.disabledCategories, ...user.disabledRules].filter((id) => !isLocked(id)),
    enabledSites: uniqueBy([...policy.extraSites, ...user.enabledSites], (h) => h),
  };
}

/** Is this category (or this rule's category) locked on by the organisation? */
export function isLockedOn(effective: EffectiveSettings, id: string): boolean {
  return effective.policy.lockedCategories.some((c) => c === id || id.startsWith(`${c}/`));
}
