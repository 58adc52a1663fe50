// Which "site" a page belongs to for settings: one of the eight platforms (by host), or the host
// name itself for any other site the user or the organisation turned OutLoud on for.
import type { Mode } from '../engine/types.js';
import { platformSites, type SiteId } from '../content/sites/index.js';
import type { SiteKey } from './types.js';

export type PlatformId = Exclude<SiteId, 'generic'>;

export const PLATFORM_IDS: readonly PlatformId[] = platformSites.map((site) => site.id as PlatformId);

/** Each platform's own default mode (LinkedIn: professional; the others: personal). */
export const PLATFORM_DEFAULT_MODES: Readonly<Record<PlatformId, Mode>> = Object.fromEntries(
  platformSites.map((site) => [site.id, site.defaultMode]),
) as Record<PlatformId, Mode>;

export const isPlatformId = (key: string): key is PlatformId => (PLATFORM_IDS as readonly string[]).includes(key);

export function siteKeyForHost(hostname: string): SiteKey {
  const host = hostname.toLowerCase();
  return platformSites.find((site) => site.hosts.includes(host))?.id ?? host;
}

/** Does host name `host` fall under `pattern` ('example.org' or '*.example.org')? */
export function hostMatches(pattern: string, host: string): boolean {
  if (!pattern.startsWith('*.')) return pattern === host;
  const domain = pattern.slice(2);
  return host === domain || host.endsWith(`.${domain}`);
}

/** The host-permission match pattern that covers a site on http and https: what OutLoud asks for. */
export function originPattern(site: string): string {
  return `*://${site}/*`;
}

/** The patterns that may have been granted for a site: both schemes at once, or each alone. */
export function originPatterns(site: string): string[] {
  return [originPattern(site), `https://${site}/*`, `http://${site}/*`];
}
