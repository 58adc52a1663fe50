// The ReDoS checker itself: a pattern recheck cannot finish under the short limit must get the long
// check in the same run, so a vulnerable pattern is failed by `npm test` on a loaded machine and not
// only by `npm run test:redos` (session 19: a polynomial count-of-charges pattern timed out at 2 s
// in the unit run and was reported, not failed).
import { describe, expect, it } from 'vitest';
import { Checker, toCheckTarget } from './support/redos-check.js';

// Exponential on "aaaa…": recheck proves it in well under a second, never within 1 ms.
const NESTED = toCheckTarget('^(?:a+)+b$', 'u');

describe('ReDoS checker', () => {
  it('retries a short time-out with the long limit at once and reports the vulnerability', () => {
    const verdict = new Checker(60_000, { check: 1, retry: 10_000 }).check(NESTED);
    expect(verdict?.status).toBe('vulnerable');
  });

  it('reports a time-out only when the long limit times out too', () => {
    const verdict = new Checker(60_000, { check: 1, retry: 1 }).check(NESTED);
    expect(verdict?.status).toBe('timeout');
  });

  it('answers a known-safe pattern as safe', () => {
    expect(new Checker(60_000, { check: 1, retry: 10_000 }).check(toCheckTarget('^[a-z]+b$', 'u'))?.status).toBe('safe');
  });
});
