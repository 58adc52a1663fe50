// Watch terms: the organisation's (read-only) and the user's own, each with a category, a
// severity and a note, editable in place; a form adds one.
import { useState } from 'preact/hooks';
import { CATEGORIES, SEVERITIES, type Category, type CustomTerm, type Severity } from '../engine/types.js';
import { t } from '../i18n/translate.js';
import { CATEGORY_LABEL, SEVERITY_LABEL } from '../pages/labels.js';
import { MAX_NOTE_LENGTH, MAX_TERM_LENGTH, readTermText } from '../settings/fields.js';
import type { SectionProps } from './section-props.js';

function CategorySelect({ id, label, value, onChange }: { id: string; label?: string; value: Category; onChange: (c: Category) => void }) {
  return (
    <select id={id} aria-label={label} value={value} onChange={(e) => onChange(e.currentTarget.value as Category)}>
      {CATEGORIES.map((c) => <option key={c} value={c}>{t(CATEGORY_LABEL[c])}</option>)}
    </select>
  );
}

function SeveritySelect({ id, label, value, onChange }: { id: string; label?: string; value: Severity; onChange: (s: Severity) => void }) {
  return (
    <select id={id} aria-label={label} value={value} onChange={(e) => onChange(e.currentTarget.value as Severity)}>
      {SEVERITIES.map((s) => <option key={s} value={s}>{t(SEVERITY_LABEL[s])}</option>)}
    </select>
  );
}

function TermHeadings({ withActions = false }: { withActions?: boolean }) {
  return (
    <thead>
      <tr>
        <th scope="col">{t('termLabel')}</th>
        <th scope="col">{t('termCategory')}</th>
        <th scope="col">{t('termSeverity')}</th>
        <th scope="col">{t('termNote')}</th>
        {withActions ? <th scope="col"><span class="visually-hidden">{t('termActions')}</span></th> : null}
      </tr>
    </thead>
  );
}

export function WatchTermsSection({ loaded, save }: SectionProps) {
  const { effective } = loaded;
  const organisation = effective.policy.extraWatchTerms;
  const mine = effective.user.customTerms;
  const [draft, setDraft] = useState<CustomTerm>({ term: '', category: 'confidential', severity: 'high', note: '' });
  const [error, setError] = useState<string | null>(null);

  const edit = (index: number, patch: Partial<CustomTerm>): Promise<void> =>
    save((s) => {
      const current = s.customTerms[index];
      if (current) s.customTerms[index] = { ...current, ...patch };
    });

  const add = (event: Event): void => {
    event.preventDefault();
    const term = readTermText(draft.term);
    if (term === null) return setError(t('termInvalid'));
    const taken = [...organisation, ...mine].some((existing) => existing.term.toLocaleLowerCase() === term.toLocaleLowerCase());
    if (taken) return setError(t('termDuplicate', term));
    setError(null);
    const note = draft.note?.trim();
    void save((s) => {
      s.customTerms.push({ term, category: draft.category, severity: draft.severity, ...(note ? { note } : {}) });
    }).then(() => setDraft({ ...draft, term: '', note: '' }));
  };

  return (
    <section id="terms" aria-labelledby="terms-title">
      <h2 id="terms-title">{t('optionsTermsTitle')}</h2>
      <p>{t('optionsTermsIntro')}</p>
      {organisation.length > 0 ? (
        <>
          <h3>{effective.policy.organizationName ? t('optionsTermsOrganisationNamed', effective.policy.organizationName) : t('optionsTermsOrganisation')}</h3>
          <table data-terms="organisation">
            <TermHeadings />
            <tbody>
              {organisation.map((term) => (
                <tr key={term.term}>
                  <th scope="row" class="lock">{term.term}</th>
                  <td>{t(CATEGORY_LABEL[term.category])}</td>
                  <td>{t(SEVERITY_LABEL[term.severity])}</td>
                  <td>{term.note ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : null}
      <h3>{t('optionsTermsMine')}</h3>
      {mine.length === 0 ? <p class="muted">{t('optionsTermsNone')}</p> : (
        <table data-terms="mine">
          <TermHeadings withActions />
          <tbody>
            {mine.map((term, index) => (
              <tr key={term.term} data-term={term.term}>
                <th scope="row">{term.term}</th>
                <td><CategorySelect id={`term-${index}-category`} label={t('termCategoryFor', term.term)} value={term.category} onChange={(category) => void edit(index, { category })} /></td>
                <td><SeveritySelect id={`term-${index}-severity`} label={t('termSeverityFor', term.term)} value={term.severity} onChange={(severity) => void edit(index, { severity })} /></td>
                <td>
                  <input
                    type="text"
                    aria-label={t('termNoteFor', term.term)}
                    maxLength={MAX_NOTE_LENGTH}
                    value={term.note ?? ''}
                    onChange={(e) => void edit(index, { note: e.currentTarget.value.trim() || undefined })}
                  />
                </td>
                <td>
                  <button type="button" aria-label={t('removeItem', term.term)} onClick={() => void save((s) => { s.customTerms.splice(index, 1); })}>
                    {t('remove')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <form class="term-form" onSubmit={add} aria-labelledby="term-add-title" data-form="add-term">
        <h3 id="term-add-title" style={{ gridColumn: '1 / -1', margin: '.8rem 0 0' }}>{t('termAddTitle')}</h3>
        <div>
          <label for="new-term">{t('termLabel')}</label>
          <input id="new-term" type="text" required maxLength={MAX_TERM_LENGTH} value={draft.term} onInput={(e) => setDraft({ ...draft, term: e.currentTarget.value })}
            aria-invalid={error ? 'true' : undefined} aria-describedby={error ? 'new-term-error' : undefined} />
        </div>
        <div>
          <label for="new-term-category">{t('termCategory')}</label>
          <CategorySelect id="new-term-category" value={draft.category} onChange={(category) => setDraft({ ...draft, category })} />
        </div>
        <div>
          <label for="new-term-severity">{t('termSeverity')}</label>
          <SeveritySelect id="new-term-severity" value={draft.severity} onChange={(severity) => setDraft({ ...draft, severity })} />
        </div>
        <div>
          <label for="new-term-note">{t('termNoteOptional')}</label>
          <input id="new-term-note" type="text" maxLength={MAX_NOTE_LENGTH} value={draft.note ?? ''} onInput={(e) => setDraft({ ...draft, note: e.currentTarget.value })} />
        </div>
        <div>
          <button type="submit" class="primary">{t('termAdd')}</button>
        </div>
        {error ? <p id="new-term-error" class="notice error" role="alert" style={{ gridColumn: '1 / -1' }}>{error}</p> : null}
      </form>
    </section>
  );
}
