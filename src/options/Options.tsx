// The options page: every setting of the user's, what the organisation set, local statistics and
// a settings file to move them. Each change is saved at once and said in a live region.
import { useRef, useState } from 'preact/hooks';
import { t, type MessageKey } from '../i18n/translate.js';
import type { LoadedSettings } from '../settings/storage.js';
import { updateUserSettings } from '../settings/storage.js';
import type { UserSettings } from '../settings/types.js';
import { BackupSection } from './BackupSection.js';
import { IgnoredTermsSection } from './IgnoredTermsSection.js';
import { LanguageSection } from './LanguageSection.js';
import { ModesSection } from './ModesSection.js';
import { OrganisationSection } from './OrganisationSection.js';
import { RulesSection } from './RulesSection.js';
import { SitesSection } from './SitesSection.js';
import { StatisticsSection } from './StatisticsSection.js';
import { WatchTermsSection } from './WatchTermsSection.js';

const CONTENTS: [string, MessageKey][] = [
  ['modes', 'optionsModesTitle'],
  ['terms', 'optionsTermsTitle'],
  ['ignored', 'optionsIgnoredTitle'],
  ['rules', 'optionsRulesTitle'],
  ['language', 'optionsLanguageTitle'],
  ['sites', 'optionsSitesTitle'],
  ['statistics', 'optionsStatsTitle'],
  ['backup', 'optionsBackupTitle'],
];

export function Options({ loaded }: { loaded: LoadedSettings }) {
  const [saved, setSaved] = useState('');
  const timer = useRef<ReturnType<typeof setTimeout>>();
  const save = async (change: (settings: UserSettings) => void): Promise<void> => {
    await updateUserSettings(change);
    setSaved(t('optionsSaved'));
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setSaved(''), 3000);
  };
  const props = { loaded, save };
  return (
    <div class="page">
      <header>
        <h1>{t('optionsTitle')}</h1>
        <p>{t('optionsIntro')}</p>
      </header>
      <nav aria-label={t('optionsContents')}>
        <ul>
          {CONTENTS.map(([id, key]) => <li key={id}><a href={`#${id}`}>{t(key)}</a></li>)}
        </ul>
      </nav>
      <main>
        <OrganisationSection loaded={loaded} />
        <ModesSection {...props} />
        <WatchTermsSection {...props} />
        <IgnoredTermsSection {...props} />
        <RulesSection {...props} />
        <LanguageSection {...props} />
        <SitesSection {...props} />
        <StatisticsSection />
        <BackupSection {...props} />
      </main>
      <p class="saved" role="status">{saved}</p>
    </div>
  );
}
