// The interface language: the browser's by default, or English or French whatever the browser says.
import { t } from '../i18n/translate.js';
import { INTERFACE_LANGUAGES, type InterfaceLanguage } from '../settings/types.js';
import type { MessageKey } from '../i18n/translate.js';
import type { SectionProps } from './section-props.js';

const LANGUAGE_LABEL: Record<InterfaceLanguage, MessageKey> = { auto: 'languageAuto', en: 'languageEnglish', fr: 'languageFrench' };

export function LanguageSection({ loaded, save }: SectionProps) {
  return (
    <section id="language" aria-labelledby="language-title">
      <h2 id="language-title">{t('optionsLanguageTitle')}</h2>
      <div class="field">
        <label for="language-select">{t('optionsLanguageLabel')}</label>
        <select id="language-select" value={loaded.effective.user.language}
          onChange={(e) => {
            const language = e.currentTarget.value as InterfaceLanguage;
            void save((s) => { s.language = language; });
          }}>
          {INTERFACE_LANGUAGES.map((lang) => (
            <option key={lang} value={lang} lang={lang === 'auto' ? undefined : lang}>{t(LANGUAGE_LABEL[lang])}</option>
          ))}
        </select>
        <p class="muted">{t('optionsLanguageHint')}</p>
      </div>
    </section>
  );
}
