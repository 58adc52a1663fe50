// Local statistics: counted per post checked, by category and day; corrupt storage reads as empty.
import { describe, expect, test } from 'vitest';
import { byWeek, dayKey, KEPT_DAYS, readStatistics, recordPost, summarise } from '../../src/settings/statistics.js';
import { emptyStatistics } from '../../src/settings/defaults.js';

describe('statistics', () => {
  test('a post checked counts once, and each finding by category', () => {
    let stats = recordPost(emptyStatistics(), '2026-03-01', ['personal-info', 'personal-info', 'political']);
    stats = recordPost(stats, '2026-03-01', []);
    stats = recordPost(stats, '2026-03-02', ['conduct']);
    expect(stats.days['2026-03-01']).toEqual({ posts: 2, findings: { 'personal-info': 2, political: 1 } });
    const all = summarise(stats);
    expect(all.posts).toBe(3);
    expect(all.byCategory['personal-info']).toBe(2);
    expect(all.byCategory.conduct).toBe(1);
    expect(summarise(stats, '2026-03-02').posts).toBe(1);
  });

  test('old days are dropped beyond the kept window', () => {
    let stats = emptyStatistics();
    const start = new Date(2025, 0, 1);
    for (let i = 0; i < KEPT_DAYS + 5; i++) stats = recordPost(stats, dayKey(new Date(start.getFullYear(), 0, 1 + i)), []);
    expect(Object.keys(stats.days)).toHaveLength(KEPT_DAYS);
    expect(stats.days['2025-01-01']).toBeUndefined();
  });

  test('corrupt storage reads as what can be read', () => {
    expect(readStatistics('nope')).toEqual(emptyStatistics());
    expect(readStatistics({ days: { '2026-01-01': { posts: 2, findings: { conduct: 3, bogus: 4, political: -1 } }, yesterday: { posts: 1 }, '2026-01-02': 'x' } })).toEqual({
      version: 1,
      days: { '2026-01-01': { posts: 2, findings: { conduct: 3 } } },
    });
  });

  test('by week: the 7-day spans ending today, most recent first', () => {
    let stats = recordPost(emptyStatistics(), '2026-03-10', ['conduct', 'conduct']);
    stats = recordPost(stats, '2026-03-04', ['political']);
    stats = recordPost(stats, '2026-03-03', []);
    const weeks = byWeek(stats, new Date(2026, 2, 10), 3);
    expect(weeks.map((w) => [w.from, w.posts, w.findings])).toEqual([
      ['2026-03-04', 2, 3],
      ['2026-02-25', 1, 0],
      ['2026-02-18', 0, 0],
    ]);
    expect(weeks[0]!.byCategory.conduct).toBe(2);
  });

  test('dayKey is the local calendar date', () => {
    expect(dayKey(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });
});
