// Which mode is in force on a page, and what the engine is asked to do there.
import type { CustomTerm, Mode } from '../engine/types.js';
import type { SiteId } from '../content/sites/index.js';
import { PLATFORM_DEFAULT_MODES, isPlatformId, siteKeyForHost, type PlatformId } from './sites.js';
import type { EffectiveSettings, SiteKey } from './types.js';

/** The mode on `host`, where the page's markers said the compose box is `siteId`'s. */
export function resolveMode(effective: EffectiveSettings, host: string, siteId?: SiteId): Mode {
  return modeForSite(effective, siteKeyForHost(host), siteId);
}

/** The mode for site `key`. The first of these the organisation allows wins: the user's choice
 * for this site, the organisation's default for it, then (a Mastodon instance the user enabled,
 * say) the same for the platform whose markers matched, the platform's own default, and the
 * user's default mode. */
export function modeForSite(effective: EffectiveSettings, key: SiteKey, siteId?: SiteId): Mode {
  const platform = siteId && isPlatformId(siteId) ? siteId : isPlatformId(key) ? key : undefined;
  return firstAllowed(effective, [effective.user.siteModes[key], ...fallbacks(effective, key, platform)]);
}

/** What site `key` would use without the user's own choice for it (the options page's "default"). */
export function siteDefaultMode(effective: EffectiveSettings, key: SiteKey): Mode {
  return firstAllowed(effective, fallbacks(effective, key, isPlatformId(key) ? key : undefined));
}

function fallbacks(effective: EffectiveSettings, key: SiteKey, platform: PlatformId | undefined): (Mode | undefined)[] {
  const { user, policy } = effective;
  return [
    policy.defaultSiteModes[key],
    ...(platform && platform !== key ? [user.siteModes[platform], policy.defaultSiteModes[platform]] : []),
    platform ? PLATFORM_DEFAULT_MODES[platform] : undefined,
    user.defaultMode,
  ];
}

function firstAllowed(effective: EffectiveSettings, candidates: (Mode | undefined)[]): Mode {
  const allowed = effective.allowedModes;
  return candidates.find((mode): mode is Mode => mode !== undefined && allowed.includes(mode)) ?? allowed[0]!;
}

/** The next allowed mode after `current` (the keyboard shortcut). */
export function nextMode(effective: EffectiveSettings, current: Mode): Mode {
  const modes = effective.allowedModes;
  return modes[(modes.indexOf(current) + 1) % modes.length]!;
}

export interface PageAnalysisOptions {
  mode: Mode;
  ignored: string[];
  customTerms: CustomTerm[];
  disabledRules: string[];
}

export function analysisOptions(effective: EffectiveSettings, host: string, siteId?: SiteId): PageAnalysisOptions {
  return {
    mode: resolveMode(effective, host, siteId),
    ignored: effective.ignoredTerms,
    customTerms: effective.customTerms,
    disabledRules: effective.disabledRules,
  };
}
