/** Progress to the minimum withdrawal and the monthly goal, and this month's range and earnings. */
import { describe, expect, it } from 'vitest';
import { monthEarnings, monthRange, progressTo } from '../../../entrypoints/popup/progress';

describe('progressTo', () => {
  it('part of the way: ratio and what is left', () => {
    expect(progressTo(1273, 2000)).toEqual({ ratio: 0.6365, reached: false, remaining: 727 });
  });

  it('reached exactly or passed: a full bar, nothing left', () => {
    expect(progressTo(2000, 2000)).toEqual({ ratio: 1, reached: true, remaining: 0 });
    expect(progressTo(5000, 2000)).toEqual({ ratio: 1, reached: true, remaining: 0 });
  });

  it('a negative amount shows an empty bar', () => {
    expect(progressTo(-10, 100)).toEqual({ ratio: 0, reached: false, remaining: 110 });
  });

  it('no target: nothing to show', () => {
    for (const target of [null, 0, -1]) expect(progressTo(100, target)).toBeNull();
  });
});

describe('monthRange', () => {

  it('from the first of the month at midnight to the first of the next, in the local zone', () => {
    const { from, to } = monthRange(new Date(2026, 11, 3, 18, 40).getTime());
    expect(new Date(from)).toEqual(new Date(2026, 11, 1));
    expect(new Date(to)).toEqual(new Date(2027, 0, 1));
  });

  it('the last millisecond of a month belongs to it, the next to the next month', () => {
    const end = new Date(2026, 2, 31, 23, 59, 59, 999).getTime();
    expect(monthRange(end).to).toBe(end + 1);
    expect(monthRange(end + 1).from).toBe(end + 1);
  });
});

describe('monthEarnings', () => {
  const row = (amount: number, currency = 'rub', createdPrecision: 'exact' | 'hour' | 'day' | 'week' | null = 'exact') => ({ amount, currency, createdPrecision });

  it('sums the bonuses in the account\'s currency, whatever the case of the code', () => {
    expect(monthEarnings([row(100), row(50.5), row(7, 'usd')], 'RUB')).toEqual({ sum: 150.5, count: 2, approximate: false });
  });

  it('approximate when a row\'s date is an estimate coarser than an hour', () => {
    expect(monthEarnings([row(1, 'rub', 'hour')], 'rub').approximate).toBe(false);
    expect(monthEarnings([row(1), row(2, 'rub', 'day')], 'rub').approximate).toBe(true);
    expect(monthEarnings([row(1, 'rub', 'week')], 'rub').approximate).toBe(true);
  });

  it('nothing this month: zero', () => {
    expect(monthEarnings([], 'rub')).toEqual({ sum: 0, count: 0, approximate: false });
  });
});
