// Local statistics: posts checked and findings by category over the last week, month and all
// kept days, and week by week. Nothing leaves the machine; the user can clear them (a second
// click confirms).
import { useEffect, useState } from 'preact/hooks';
import { CATEGORIES } from '../engine/types.js';
import { t, uiLanguage } from '../i18n/translate.js';
import { CATEGORY_LABEL } from '../pages/labels.js';
import { byWeek, dayKey, summarise } from '../settings/statistics.js';
import { clearStatistics, loadStatistics, onStatisticsChanged } from '../settings/storage.js';
import type { Statistics } from '../settings/types.js';

const daysAgo = (n: number): string => dayKey(new Date(Date.now() - n * 86_400_000));

function useStatistics(): Statistics | null {
  const [stats, setStats] = useState<Statistics | null>(null);
  useEffect(() => {
    const load = (): void => void loadStatistics().then(setStats);
    load();
    return onStatisticsChanged(load);
  }, []);
  return stats;
}

export function StatisticsSection() {
  const stats = useStatistics();
  const [confirming, setConfirming] = useState(false);
  const [cleared, setCleared] = useState(false);
  if (!stats) return null;
  const periods = [summarise(stats, daysAgo(6)), summarise(stats, daysAgo(29)), summarise(stats)];
  const dateFormat = new Intl.DateTimeFormat(`${uiLanguage()}-CA`, { year: 'numeric', month: 'long', day: 'numeric' });
  return (
    <section id="statistics" aria-labelledby="statistics-title">
      <h2 id="statistics-title">{t('optionsStatsTitle')}</h2>
      <p>{t('optionsStatsIntro')}</p>
      <table data-table="statistics">
        <thead>
          <tr>
            <td />
            <th scope="col">{t('statsWeek')}</th>
            <th scope="col">{t('statsMonth')}</th>
            <th scope="col">{t('statsAll')}</th>
          </tr>
        </thead>
        <tbody>
          <tr data-row="posts">
            <th scope="row">{t('statsPosts')}</th>
            {periods.map((p, i) => <td key={i}>{p.posts}</td>)}
          </tr>
          {CATEGORIES.map((category) => (
            <tr key={category} data-row={category}>
              <th scope="row">{t(CATEGORY_LABEL[category])}</th>
              {periods.map((p, i) => <td key={i}>{p.byCategory[category]}</td>)}
            </tr>
          ))}
        </tbody>
      </table>
      <h3 id="statistics-weeks">{t('statsByWeek')}</h3>
      <table data-table="weeks" aria-labelledby="statistics-weeks">
        <thead>
          <tr>
            <th scope="col">{t('statsWeekOf')}</th>
            <th scope="col">{t('statsPosts')}</th>
            <th scope="col">{t('statsFindings')}</th>
            <th scope="col">{t('statsMostFrequent')}</th>
          </tr>
        </thead>
        <tbody>
          {byWeek(stats, new Date()).map((week) => {
            const top = CATEGORIES.reduce((best, c) => (week.byCategory[c] > week.byCategory[best] ? c : best), CATEGORIES[0]);
            return (
              <tr key={week.from} data-week={week.from}>
                <th scope="row">{dateFormat.format(new Date(`${week.from}T12:00:00`))}</th>
                <td>{week.posts}</td>
                <td>{week.findings}</td>
                <td>{week.findings > 0 ? t(CATEGORY_LABEL[top]) : t('statsNoFinding')}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <div class="row" style={{ marginTop: '.6rem' }}>
        {confirming ? (
          <>
            <span id="stats-confirm">{t('statsConfirm')}</span>
            <button type="button" class="primary" data-action="confirm-clear" aria-describedby="stats-confirm" autoFocus
              onClick={() => void clearStatistics().then(() => { setConfirming(false); setCleared(true); })}>
              {t('statsClearConfirm')}
            </button>
            <button type="button" onClick={() => setConfirming(false)}>{t('cancel')}</button>
          </>
        ) : (
          <button type="button" data-action="clear-statistics" onClick={() => { setCleared(false); setConfirming(true); }}>{t('statsClear')}</button>
        )}
      </div>
      <p role="status">{cleared ? t('statsCleared') : ''}</p>
    </section>
  );
}
