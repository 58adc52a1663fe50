// Local statistics: posts checked and findings by category, per day. They never leave the machine;
// the options page shows them and can clear them. Counted when the user posts (or tries to), not
// on every keystroke, so a finding fixed while typing is not counted again and again.
import { CATEGORIES, type Category } from '../engine/types.js';
import { emptyStatistics } from './defaults.js';
import { isCategory, isRecord } from './fields.js';
import type { DayStatistics, Statistics } from './types.js';

/** About a year of days; older ones are dropped as new ones come. */
export const KEPT_DAYS = 400;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

export function dayKey(date: Date): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

const count = (value: unknown): number => (typeof value === 'number' && Number.isFinite(value) && value > 0 ? Math.floor(value) : 0);

/** Stored statistics, whatever state they are in; unreadable days are dropped. */
export function readStatistics(raw: unknown): Statistics {
  const stats = emptyStatistics();
  if (!isRecord(raw) || !isRecord(raw.days)) return stats;
  for (const [day, value] of Object.entries(raw.days)) {
    if (!DAY.test(day) || !isRecord(value)) continue;
    const findings: DayStatistics['findings'] = {};
    if (isRecord(value.findings)) {
      for (const [category, n] of Object.entries(value.findings)) if (isCategory(category) && count(n) > 0) findings[category] = count(n);
    }
    stats.days[day] = { posts: count(value.posts), findings };
  }
  return stats;
}

/** One post checked on `day`, with the categories of the findings it still had (one entry each). */
export function recordPost(stats: Statistics, day: string, categories: readonly Category[]): Statistics {
  const days = { ...stats.days };
  const today = days[day] ?? { posts: 0, findings: {} };
  const findings = { ...today.findings };
  for (const category of categories) findings[category] = (findings[category] ?? 0) + 1;
  days[day] = { posts: today.posts + 1, findings };
  const keys = Object.keys(days).sort();
  for (const old of keys.slice(0, Math.max(0, keys.length - KEPT_DAYS))) delete days[old];
  return { version: 1, days };
}

export interface StatisticsSummary {
  posts: number;
  byCategory: Record<Category, number>;
}

/** Totals over the days on or after `fromDay` (all days when omitted). */
export function summarise(stats: Statistics, fromDay = ''): StatisticsSummary {
  const byCategory = Object.fromEntries(CATEGORIES.map((c) => [c, 0])) as Record<Category, number>;
  let posts = 0;
  for (const [day, value] of Object.entries(stats.days)) {
    if (day < fromDay) continue;
    posts += value.posts;
    for (const [category, n] of Object.entries(value.findings)) byCategory[category as Category] += n ?? 0;
  }
  return { posts, byCategory };
}

export interface WeekSummary extends StatisticsSummary {
  /** First day of the week (YYYY-MM-DD); weeks are the 7-day spans ending on `today`. */
  from: string;
  findings: number;
}

/** The last `count` weeks, most recent first: findings over time. */
export function byWeek(stats: Statistics, today: Date, count = 8): WeekSummary[] {
  const day = (offset: number): string => dayKey(new Date(today.getFullYear(), today.getMonth(), today.getDate() - offset));
  return Array.from({ length: count }, (_, week) => {
    const from = day(week * 7 + 6);
    const to = day(week * 7);
    const days: Statistics = { version: 1, days: Object.fromEntries(Object.entries(stats.days).filter(([d]) => d >= from && d <= to)) };
    const summary = summarise(days);
    return { from, ...summary, findings: Object.values(summary.byCategory).reduce((a, b) => a + b, 0) };
  });
}
