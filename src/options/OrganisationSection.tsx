// What the organisation set through policy, and what could not be read: policy keys that were
// ignored, and stored settings that fell back to their defaults.
import { t } from '../i18n/translate.js';
import { CATEGORY_LABEL, MODE_LABEL } from '../pages/labels.js';
import { describeIssue } from './describe-issue.js';
import type { SettingsIssue } from '../settings/types.js';
import type { SectionProps } from './section-props.js';

/** What had to be set aside, and why. A broken policy is the administrator's to fix: an alert. */
function Issues({ kind, intro, issues }: { kind: 'policy' | 'storage'; intro: string; issues: readonly SettingsIssue[] }) {
  if (issues.length === 0) return null;
  return (
    <div class={kind === 'policy' ? 'notice error' : 'notice'} role={kind === 'policy' ? 'alert' : undefined} data-warnings={kind}>
      <p>{intro}</p>
      <ul>
        {issues.map((issue) => <li key={`${issue.key}:${issue.code}`}>{describeIssue(issue)}</li>)}
      </ul>
    </div>
  );
}

export function OrganisationSection({ loaded }: Pick<SectionProps, 'loaded'>) {
  const { effective, policyWarnings, userIssues } = loaded;
  const { policy } = effective;
  const managed = policy.organizationName !== undefined || policy.lockedCategories.length > 0 || policy.allowedModes !== undefined ||
    policy.extraWatchTerms.length > 0 || policy.extraSites.length > 0 || policy.guidelineLinks.length > 0 || Object.keys(policy.defaultSiteModes).length > 0;
  if (!managed && policyWarnings.length === 0 && userIssues.length === 0) return null;
  return (
    <section id="organisation" aria-labelledby="organisation-title">
      <h2 id="organisation-title">{t('optionsOrganisationTitle')}</h2>
      {managed ? <p>{policy.organizationName ? t('managedBy', policy.organizationName) : t('managedByUnnamed')}</p> : null}
      {policy.lockedCategories.length > 0 ? (
        <p class="lock">{t('optionsLockedCategories', policy.lockedCategories.map((c) => t(CATEGORY_LABEL[c])).join(', '))}</p>
      ) : null}
      {policy.allowedModes ? <p>{t('optionsAllowedModes', policy.allowedModes.map((m) => t(MODE_LABEL[m])).join(', '))}</p> : null}
      <Issues kind="policy" intro={t('optionsPolicyWarnings')} issues={policyWarnings} />
      <Issues kind="storage" intro={t('optionsStorageIssues')} issues={userIssues} />
      {policy.guidelineLinks.length > 0 ? (
        <>
          <h3>{t('libraryOrganisation')}</h3>
          <ul>
            {policy.guidelineLinks.map((link) => (
              <li key={link.url}>
                <a href={link.url} target="_blank" rel="noopener noreferrer">{link.title}</a>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
