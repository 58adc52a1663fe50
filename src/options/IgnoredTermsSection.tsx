// Terms the user chose to "always ignore" from a card, editable here.
import { useState } from 'preact/hooks';
import { t } from '../i18n/translate.js';
import { MAX_TERM_LENGTH, readTermText } from '../settings/fields.js';
import type { SectionProps } from './section-props.js';

export function IgnoredTermsSection({ loaded, save }: SectionProps) {
  const { user, policy } = loaded.effective;
  const [draft, setDraft] = useState('');
  const [error, setError] = useState<string | null>(null);
  const watched = new Set(policy.extraWatchTerms.map((w) => w.term.toLocaleLowerCase()));

  const add = (event: Event): void => {
    event.preventDefault();
    const term = readTermText(draft);
    if (term === null) return setError(t('termInvalid'));
    if (user.ignoredTerms.some((existing) => existing.toLocaleLowerCase() === term.toLocaleLowerCase())) return setError(t('termDuplicate', term));
    setError(null);
    void save((s) => { s.ignoredTerms.push(term); }).then(() => setDraft(''));
  };

  return (
    <section id="ignored" aria-labelledby="ignored-title">
      <h2 id="ignored-title">{t('optionsIgnoredTitle')}</h2>
      <p>{t('optionsIgnoredIntro')}</p>
      {user.ignoredTerms.length === 0 ? <p class="muted">{t('optionsIgnoredNone')}</p> : (
        <ul class="plain" data-list="ignored">
          {user.ignoredTerms.map((term) => (
            <li key={term} data-term={term}>
              <span>{term}</span>
              {watched.has(term.toLocaleLowerCase()) ? <span class="muted lock">{t('optionsIgnoredOverridden')}</span> : null}
              <button type="button" aria-label={t('removeItem', term)} onClick={() => void save((s) => { s.ignoredTerms = s.ignoredTerms.filter((x) => x !== term); })}>
                {t('remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form class="row" onSubmit={add} data-form="add-ignored">
        <label for="new-ignored">{t('optionsIgnoredAdd')}</label>
        <input id="new-ignored" type="text" required maxLength={MAX_TERM_LENGTH} value={draft} onInput={(e) => setDraft(e.currentTarget.value)}
          aria-invalid={error ? 'true' : undefined} aria-describedby={error ? 'new-ignored-error' : undefined} />
        <button type="submit">{t('add')}</button>
      </form>
      {error ? <p id="new-ignored-error" class="notice error" role="alert">{error}</p> : null}
    </section>
  );
}
