// Everything the background does for the popup, the options page and the toolbar, next to the
// analysis host: enabling sites, the mode shortcut, the badge, statistics and the rule list.
// Listeners are registered synchronously when the worker starts, as MV3 requires.
import { installBadge } from './badge.js';
import { installModeShortcut } from './mode-shortcut.js';
import { installPolicyHost } from './policy-host.js';
import { installRuleCatalogue } from './rule-catalogue-host.js';
import { installSiteAccess } from './site-access.js';
import { installStatisticsRecorder } from './statistics-recorder.js';

export function installUiServices(): void {
  installSiteAccess();
  installModeShortcut();
  installBadge();
  installStatisticsRecorder();
  installRuleCatalogue();
  installPolicyHost();
}
