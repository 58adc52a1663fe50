// The guideline library: every excerpt, in plain words with its source link, grouped by the body
// of rules it comes from; the excerpts behind what OutLoud sees on this page come first, then the
// organisation's own links. A search narrows all of it (accents and case ignored, both languages).
import { useMemo, useState } from 'preact/hooks';
import type { Guideline } from '../engine/types.js';
import { t, type UiLanguage } from '../i18n/translate.js';
import { SOURCE_LABEL, SOURCE_ORDER } from '../pages/labels.js';
import type { GuidelineLink } from '../settings/types.js';

interface Props {
  guidelines: readonly Guideline[];
  /** Ids behind the page's findings, most severe first. */
  onPage: readonly string[];
  organisation?: { name?: string; links: readonly GuidelineLink[] };
  language: UiLanguage;
}

const fold = (text: string): string => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

function matches(guideline: Guideline, words: string[]): boolean {
  const haystack = fold([guideline.title.en, guideline.title.fr, guideline.summary.en, guideline.summary.fr, guideline.section].join(' '));
  return words.every((word) => haystack.includes(word));
}

function Excerpt({ guideline, language }: { guideline: Guideline; language: UiLanguage }) {
  return (
    <article class="excerpt" lang={language}>
      <h4>{guideline.title[language]}</h4>
      <p>{guideline.summary[language]}</p>
      <p>
        <a href={guideline.url} target="_blank" rel="noopener noreferrer">
          {guideline.section}
        </a>
      </p>
    </article>
  );
}

export function GuidelineLibrary({ guidelines, onPage, organisation, language }: Props) {
  const [query, setQuery] = useState('');
  const words = fold(query).split(/\s+/).filter(Boolean);
  const shown = useMemo(() => guidelines.filter((g) => matches(g, words)), [guidelines, words.join(' ')]);
  const first = onPage.map((id) => shown.find((g) => g.id === id)).filter((g): g is Guideline => g !== undefined);
  const rest = shown.filter((g) => !first.includes(g));
  const links = (organisation?.links ?? []).filter((link) => words.every((word) => fold(link.title).includes(word)));
  const total = shown.length + links.length;
  return (
    <section aria-labelledby="library-title">
      <h2 id="library-title">{t('libraryTitle')}</h2>
      <label for="library-search">{t('librarySearchLabel')}</label>
      <input id="library-search" class="library-search" type="search" value={query} onInput={(e) => setQuery(e.currentTarget.value)} />
      <p role="status" class="muted">{t('libraryCount', total)}</p>
      {first.length > 0 ? (
        <section aria-labelledby="library-on-page" data-group="on-page">
          <h3 id="library-on-page">{t('libraryOnPage')}</h3>
          {first.map((g) => <Excerpt key={g.id} guideline={g} language={language} />)}
        </section>
      ) : null}
      {links.length > 0 ? (
        <section aria-labelledby="library-organisation" data-group="organisation">
          <h3 id="library-organisation">{organisation?.name ? t('libraryOrganisationNamed', organisation.name) : t('libraryOrganisation')}</h3>
          <ul>
            {links.map((link) => (
              <li key={link.url}>
                <a href={link.url} target="_blank" rel="noopener noreferrer">{link.title}</a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {SOURCE_ORDER.map((source) => {
        const group = rest.filter((g) => g.source === source);
        if (group.length === 0) return null;
        return (
          <section key={source} aria-labelledby={`library-${source}`} data-group={source}>
            <h3 id={`library-${source}`}>{t(SOURCE_LABEL[source])}</h3>
            {group.map((g) => <Excerpt key={g.id} guideline={g} language={language} />)}
          </section>
        );
      })}
    </section>
  );
}
