// What the organisation set through policy, and what could not be read: policy keys that were
// ignored, and stored settings that fell back to their defaults.
import { t } from '../i18n/translate.js';
import { CATEGORY_LABEL, MODE_LABEL } from '../pages/labels.js';
import { describeIssue } from './describe-issue.js';
import type { SectionProps } from './section-props.js';

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
      {policyWarnings.length > 0 ? (
        <div class="notice error" role="alert" data-warnings="policy">
          <p>{t('optionsPolicyWarnings')}</p>
          <ul>
            {policyWarnings.map((issue) => <li key={`${issue.key}:${issue.code}`}>{describeIssue(issue)}</li>)}
          </ul>
        </div>
      ) : null}
      {userIssues.length > 0 ? (
        <div class="notice" data-warnings="storage">
          <p>{t('optionsStorageIssues')}</p>
          <ul>
            {userIssues.map((issue) => <li key={`${issue.key}:${issue.code}`}>{describeIssue(issue)}</li>)}
          </ul>
        </div>
      ) : null}
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
