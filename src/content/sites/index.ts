// The platforms OutLoud knows and, on a host that is not one of theirs (a user-enabled Mastodon
// instance, or the test fixtures), the order they claim a compose box in: the most specific
// markers first, the generic adapter last.
import type { Site } from './define-site.js';
import mastodon from './mastodon.js';
import x from './x.js';
import bluesky from './bluesky.js';
import linkedin from './linkedin.js';
import facebook from './facebook.js';
import reddit from './reddit.js';
import threads from './threads.js';
import instagram from './instagram.js';
import generic from './generic.js';

export type { Site, SiteId, SubmitKey } from './define-site.js';

export const platformSites: readonly Site[] = [mastodon, x, bluesky, linkedin, facebook, reddit, threads, instagram];
export const genericSite: Site = generic;

/** Facebook's markers (any Lexical textbox) are the broadest, so it claims after the other Meta
 * platforms and Reddit, which are told apart by their signatures. */
const CLAIM_ORDER: readonly Site[] = [mastodon, x, bluesky, linkedin, reddit, threads, instagram, facebook];

/** The sites whose markers apply on this host: its own platform, or (any other host) all of
 * them, each known by its signature, and then the generic adapter, so markers decide. */
export function sitesForHost(hostname: string): readonly Site[] {
  const own = platformSites.find((site) => site.hosts.includes(hostname));
  if (own) return [own];
  return [...CLAIM_ORDER.map((site) => (site.signature ? { ...site, composeBox: site.signature } : site)), genericSite];
}
