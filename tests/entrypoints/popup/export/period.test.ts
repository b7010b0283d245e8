import { describe, expect, it } from 'vitest';
import { dateRange, inPeriod, periodBounds } from '../../../../entrypoints/popup/export/period';

const NOW = new Date(2026, 10, 24, 9, 42); // 24 November 2026, local time
const at = (y: number, m: number, d: number, h = 12) => new Date(y, m, d, h).getTime();
const HOUR = 3_600_000;

describe('periodBounds (local calendar)', () => {
  it('this month, last month (across a year too), this year, everything', () => {
    expect(periodBounds('thisMonth', NOW)).toEqual({ start: at(2026, 10, 1, 0), end: at(2026, 11, 1, 0) });
    expect(periodBounds('lastMonth', NOW)).toEqual({ start: at(2026, 9, 1, 0), end: at(2026, 10, 1, 0) });
    expect(periodBounds('lastMonth', new Date(2027, 0, 5))).toEqual({ start: at(2026, 11, 1, 0), end: at(2027, 0, 1, 0) });
    expect(periodBounds('thisYear', NOW)).toEqual({ start: at(2026, 0, 1, 0), end: at(2027, 0, 1, 0) });
    expect(periodBounds('all', NOW)).toBeNull();
  });
});

describe('inPeriod', () => {
  const row = (createdAt: number | null, createdPrecision: 'exact' | 'hour' | 'day' | 'week' | 'month' | 'year' | null = 'exact', firstSeenAt = NOW.getTime()) =>
    ({ createdAt, createdPrecision, firstSeenAt });

  it('exact dates: in when inside [start, end), out otherwise', () => {
    const thisMonth = inPeriod('thisMonth', NOW);
    expect(thisMonth(row(at(2026, 10, 1, 0)))).toBe(true);
    expect(thisMonth(row(at(2026, 10, 1, 0) - 1))).toBe(false);
    expect(thisMonth(row(at(2026, 11, 1, 0)))).toBe(false);
    expect(inPeriod('lastMonth', NOW)(row(at(2026, 9, 31, 23)))).toBe(true);
  });

  it('an approximate date whose interval straddles the edge goes in, one clearly outside does not', () => {
    const thisMonth = inPeriod('thisMonth', NOW);
    // "≈ day", estimated 31 October 14:00: its day reaches into 1 November 02:00.
    expect(thisMonth(row(at(2026, 9, 31, 14), 'day'))).toBe(true);
    expect(thisMonth(row(at(2026, 9, 31, 10), 'day'))).toBe(false);
    expect(thisMonth(row(at(2026, 9, 31, 23), 'hour'))).toBe(false);
    expect(thisMonth(row(at(2026, 9, 31, 23) + 30 * 60_000, 'hour'))).toBe(true);
    // "≈ year" reaches half a year either way.
    expect(inPeriod('thisYear', NOW)(row(at(2025, 8, 1), 'year'))).toBe(true);
    expect(inPeriod('thisYear', NOW)(row(at(2025, 2, 1), 'year'))).toBe(false);
  });

  it('a row without a date was made before it was first seen: in every period up to that', () => {
    expect(dateRange(row(null, null, 5))).toEqual({ earliest: -Infinity, latest: 5 });
    expect(inPeriod('lastMonth', NOW)(row(null, null, at(2026, 10, 2)))).toBe(true);
    expect(inPeriod('thisMonth', NOW)(row(null, null, at(2026, 9, 2)))).toBe(false);
    expect(inPeriod('all', NOW)(row(null, null, 0))).toBe(true);
  });

  it('an exact row keeps no width; an hour row half an hour each way', () => {
    expect(dateRange(row(10 * HOUR, 'hour'))).toEqual({ earliest: 9.5 * HOUR, latest: 10.5 * HOUR });
    expect(dateRange(row(10 * HOUR))).toEqual({ earliest: 10 * HOUR, latest: 10 * HOUR });
  });
});
