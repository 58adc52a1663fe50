// Readers for one field of untrusted settings data (storage, policy, an imported file): each
// returns a usable value and records what it had to set aside, so a bad key or item never takes
// the good ones down with it.
import { CATEGORIES, MODES, SEVERITIES, type Category, type CustomTerm, type Mode, type Severity } from '../engine/types.js';
import type { SettingsIssue } from './types.js';

export type Issues = SettingsIssue[];

/** Stored lists are capped so a corrupt or hostile value cannot make every analysis slow. */
export const MAX_TERMS = 1000;
export const MAX_TERM_LENGTH = 200;
export const MAX_NOTE_LENGTH = 500;
export const MAX_SITES = 500;

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

export const isMode = (value: unknown): value is Mode => MODES.includes(value as Mode);
export const isCategory = (value: unknown): value is Category => CATEGORIES.includes(value as Category);
export const isSeverity = (value: unknown): value is Severity => SEVERITIES.includes(value as Severity);

/** A string from a fixed set, else the fallback (and an issue). */
export function readChoice<T extends string>(key: string, value: unknown, allowed: readonly T[], fallback: T, issues: Issues): T {
  if (allowed.includes(value as T)) return value as T;
  issues.push({ key, code: typeof value === 'string' ? 'unknown-value' : 'wrong-type' });
  return fallback;
}

/** A list whose items are checked one by one: unreadable items are dropped, the rest kept. */
export function readList<T>(key: string, value: unknown, readItem: (item: unknown, itemKey: string) => T | null, issues: Issues, max = MAX_TERMS): T[] {
  if (!Array.isArray(value)) {
    issues.push({ key, code: 'wrong-type' });
    return [];
  }
  const out: T[] = [];
  value.forEach((item, index) => {
    const read = readItem(item, `${key}[${index}]`);
    if (read === null) issues.push({ key: `${key}[${index}]`, code: 'item-dropped' });
    else out.push(read);
  });
  if (out.length > max) {
    issues.push({ key, code: 'too-many' });
    out.length = max;
  }
  return out;
}

/** Drops later entries whose key (case-insensitive) was already seen. */
export function uniqueBy<T>(items: readonly T[], keyOf: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const key = keyOf(item).toLocaleLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function readText(value: unknown, maxLength: number): string | null {
  if (typeof value !== 'string') return null;
  const text = value.trim();
  return text.length > 0 && text.length <= maxLength ? text : null;
}

/** A term worth matching: some letter or digit once the engine's wildcard `*` is set aside. */
export function readTermText(value: unknown): string | null {
  const text = readText(value, MAX_TERM_LENGTH);
  return text !== null && /[\p{L}\p{N}]/u.test(text.replace(/\*/g, '')) ? text : null;
}

/** A watch term. Readable means its text is: a damaged category or severity gets the safe
 * default (confidential, high) rather than losing the term, and says so. */
export function readWatchTerm(value: unknown, key: string, issues: Issues): CustomTerm | null {
  const raw = typeof value === 'string' ? { term: value } : value;
  if (!isRecord(raw)) return null;
  const term = readTermText(raw.term);
  if (term === null) return null;
  const category = isCategory(raw.category) ? raw.category : 'confidential';
  const severity = isSeverity(raw.severity) ? raw.severity : 'high';
  if (category !== raw.category) issues.push({ key: `${key}.category`, code: raw.category === undefined ? 'wrong-type' : 'unknown-value' });
  if (severity !== raw.severity) issues.push({ key: `${key}.severity`, code: raw.severity === undefined ? 'wrong-type' : 'unknown-value' });
  const note = readText(raw.note, MAX_NOTE_LENGTH);
  return note ? { term, category, severity, note } : { term, category, severity };
}

export function readWatchTerms(key: string, value: unknown, issues: Issues): CustomTerm[] {
  return uniqueBy(readList(key, value, (item, itemKey) => readWatchTerm(item, itemKey, issues), issues), (t) => t.term);
}

/** A site as a host name: accepts 'example.org', 'https://example.org/path' or '*.example.org'. */
export function readHost(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  let text = value.trim().toLowerCase();
  if (text.length === 0 || text.length > 253) return null;
  if (/^[a-z][a-z0-9+.-]*:\/\//.test(text)) {
    if (!/^https?:\/\//.test(text)) return null;
    text = text.replace(/^https?:\/\//, '');
  }
  text = text.replace(/[/?#].*$/, '').replace(/:\d+$/, '');
  const wildcard = text.startsWith('*.');
  const name = wildcard ? text.slice(2) : text;
  const labels = name.split('.');
  const valid = labels.length >= 2 && labels.every((label) => /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/.test(label));
  const numeric = labels.every((label) => /^\d+$/.test(label));
  return valid && !(wildcard && numeric) ? text : null;
}

export function readHosts(key: string, value: unknown, issues: Issues): string[] {
  return uniqueBy(readList(key, value, (item) => readHost(item), issues, MAX_SITES), (h) => h);
}

/** Site key → mode. Keys are platform ids or host names; anything else is dropped. */
export function readModeMap(key: string, value: unknown, isSiteKey: (key: string) => boolean, issues: Issues): Record<string, Mode> {
  if (!isRecord(value)) {
    issues.push({ key, code: 'wrong-type' });
    return {};
  }
  const out: Record<string, Mode> = {};
  for (const [site, mode] of Object.entries(value)) {
    const siteKey = isSiteKey(site) ? site : readHost(site);
    if (siteKey === null || !isMode(mode)) issues.push({ key: `${key}.${site}`, code: 'item-dropped' });
    else out[siteKey] = mode;
  }
  return out;
}
