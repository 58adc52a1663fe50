// Which mode is in force on a page, and what the engine is asked to do there.
import type { CustomTerm, Mode } from '../engine/types.js';
import type { SiteId } from '../content/sites/index.js';
import { PLATFORM_DEFAULT_MODES, isPlatformId, siteKeyForHost } from './sites.js';
import type { EffectiveSettings } from './types.js';

/** The mode on `host`, where the page's markers said the compose box is `siteId`'s. The first
 * of these the organisation allows wins: the user's choice for this site, the organisation's
 * default for it, then (a Mastodon instance the user enabled, say) the same for the platform,
 * the platform's own default, and the user's default mode. */
export function resolveMode(effective: EffectiveSettings, host: string, siteId?: SiteId): Mode {
  const { user, policy, allowedModes } = effective;
  const key = siteKeyForHost(host);
  const platform = siteId && isPlatformId(siteId) ? siteId : isPlatformId(key) ? key : undefined;
  const candidates: (Mode | undefined)[] = [
    user.siteModes[key],
    policy.defaultSiteModes[key],
    ...(platform && platform !== key ? [user.siteModes[platform], policy.defaultSiteModes[platform]] : []),
    platform ? PLATFORM_DEFAULT_MODES[platform] : undefined,
    user.defaultMode,
  ];
  return candidates.find((mode): mode is Mode => mode !== undefined && allowedModes.includes(mode)) ?? allowedModes[0]!;
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
