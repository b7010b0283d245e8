import { describe, expect, it } from 'vitest';
import { earliestNeeded, periodFigures, sinceLastLooked, trendOf, type EarningRow, type PeriodFigures, type PeriodName } from '../../../../entrypoints/popup/earnings/periods';
import { zonedInstant } from '../../../../entrypoints/popup/earnings/zoned';

const at = (iso: string) => Date.parse(iso);
let nextId = 1;
const row = (iso: string, amount: number, precision: EarningRow['createdPrecision'] = 'exact'): EarningRow =>
  ({ id: nextId++, amount, createdAt: at(iso), createdPrecision: precision });

const byName = (list: PeriodFigures[], name: PeriodName) => list.find((p) => p.name === name)!;

describe('periodFigures', () => {
  it('today against the same weekday last week up to the same time (Berlin, winter)', () => {
    const now = at('2026-12-03T12:30:00+01:00'); // Thursday
    const rows = [
      row('2026-12-03T00:00:00+01:00', 10), // first instant of today
      row('2026-12-03T12:29:00+01:00', 5),
      row('2026-12-02T23:59:59+01:00', 7), // yesterday
      row('2026-11-26T12:00:00+01:00', 3), // Thursday last week, before this hour
      row('2026-11-26T13:00:00+01:00', 100), // Thursday last week, after this hour: not in the reference
      row('2026-11-25T10:00:00+01:00', 4), // Wednesday a week before yesterday
    ];
    const periods = periodFigures(rows, now, 'Europe/Berlin');
    const today = byName(periods, 'today');
    expect(today.figure).toEqual({ sum: 15, count: 2, approximate: false });
    expect(today.referenceFigure).toEqual({ sum: 3, count: 1, approximate: false });
    expect(today.referenceWeekday).toBe(4);
    const yesterday = byName(periods, 'yesterday');
    expect(yesterday.figure).toEqual({ sum: 7, count: 1, approximate: false });
    expect(yesterday.referenceFigure).toEqual({ sum: 4, count: 1, approximate: false });
    expect(yesterday.referenceWeekday).toBe(3);
    const month = byName(periods, 'thisMonth');
    expect(month.figure.sum).toBe(22);
    // November 1 to 3, up to 12:30: nothing of the 25th/26th.
    expect(month.referenceFigure).toEqual({ sum: 0, count: 0, approximate: false });
    expect(month.referenceMonth).toEqual({ year: 2026, month: 11, toDay: 3 });
    const lastMonth = byName(periods, 'lastMonth');
    expect(lastMonth.figure.sum).toBe(107);
    expect(lastMonth.referenceMonth).toEqual({ year: 2026, month: 10, toDay: null });
  });

  it('this month against last month up to the same day and hour', () => {
    const now = at('2026-12-03T12:30:00+01:00');
    const rows = [row('2026-11-03T12:00:00+01:00', 8), row('2026-11-03T13:00:00+01:00', 50), row('2026-11-01T00:00:00+01:00', 2), row('2026-10-31T23:59:00+01:00', 1)];
    const periods = periodFigures(rows, now, 'Europe/Berlin');
    expect(byName(periods, 'thisMonth').referenceFigure.sum).toBe(10);
    expect(byName(periods, 'lastMonth').figure.sum).toBe(60);
    expect(byName(periods, 'lastMonth').referenceFigure.sum).toBe(1);
  });

  it('the 31st against the whole of a shorter month; January against December of the year before', () => {
    const march31 = at('2026-03-31T10:00:00+02:00');
    const rows = [row('2026-02-28T23:00:00+01:00', 6), row('2026-02-01T00:00:00+01:00', 1), row('2026-01-31T23:59:00+01:00', 9)];
    const periods = periodFigures(rows, march31, 'Europe/Berlin');
    expect(byName(periods, 'thisMonth').referenceFigure.sum).toBe(7);
    expect(byName(periods, 'thisMonth').referenceMonth).toEqual({ year: 2026, month: 2, toDay: 28 });
    expect(byName(periods, 'lastMonth').referenceFigure.sum).toBe(9);

    const jan = periodFigures([row('2025-12-15T12:00:00Z', 5), row('2025-11-30T12:00:00Z', 2)], at('2026-01-20T12:00:00Z'), 'UTC');
    expect(byName(jan, 'lastMonth').figure.sum).toBe(5);
    expect(byName(jan, 'lastMonth').referenceFigure.sum).toBe(2);
    expect(byName(jan, 'thisMonth').referenceMonth).toEqual({ year: 2025, month: 12, toDay: 20 });
  });

  it('keeps calendar days across the spring change (Berlin, 29 March 2026: a 23-hour day)', () => {
    const now = at('2026-03-29T12:00:00+02:00'); // Sunday, after the clocks went forward
    const rows = [
      row('2026-03-29T00:30:00+01:00', 1), // today, before the change
      row('2026-03-28T23:30:00+01:00', 2), // yesterday
      row('2026-03-22T11:30:00+01:00', 4), // last Sunday before 12:00 wall time: in the reference
      row('2026-03-22T12:30:00+01:00', 8), // after it (7 × 24 h back would be 11:00 and miss the 11:30 row)
    ];
    const periods = periodFigures(rows, now, 'Europe/Berlin');
    expect(byName(periods, 'today').span.start).toBe(at('2026-03-29T00:00:00+01:00'));
    expect(byName(periods, 'today').figure.sum).toBe(1);
    expect(byName(periods, 'yesterday').figure.sum).toBe(2);
    expect(byName(periods, 'today').referenceFigure.sum).toBe(4);
  });

  it('keeps calendar days across the autumn change (New York, 1 November 2026: a 25-hour day)', () => {
    const now = at('2026-11-01T20:00:00-05:00');
    const rows = [
      row('2026-11-01T00:30:00-04:00', 1), // today's first half hour (24 h back from now would miss it)
      row('2026-10-31T23:30:00-04:00', 2), // yesterday
      row('2026-10-25T19:30:00-04:00', 4), // last Sunday before 20:00 wall time
      row('2026-10-25T20:30:00-04:00', 8), // after it (7 × 24 h back would be 21:00 and take it)
    ];
    const periods = periodFigures(rows, now, 'America/New_York');
    expect(byName(periods, 'today').figure.sum).toBe(1);
    expect(byName(periods, 'today').span.end - byName(periods, 'today').span.start).toBe(20 * 3_600_000 + 3_600_000 + 1);
    expect(byName(periods, 'yesterday').figure.sum).toBe(2);
    expect(byName(periods, 'today').referenceFigure.sum).toBe(4);
  });

  it('uses the zone’s own midnight and month start (Moscow, UTC+3, no DST)', () => {
    const now = at('2026-12-01T01:00:00+03:00'); // still 30 November in UTC
    const rows = [row('2026-11-30T21:30:00Z', 5), row('2026-11-30T20:59:00Z', 3)];
    const moscow = periodFigures(rows, now, 'Europe/Moscow');
    expect(byName(moscow, 'today').figure.sum).toBe(5);
    expect(byName(moscow, 'thisMonth').figure.sum).toBe(5);
    expect(byName(moscow, 'yesterday').figure.sum).toBe(3);
    expect(byName(moscow, 'lastMonth').figure.sum).toBe(3);
    const utc = periodFigures(rows, now, 'UTC');
    expect(byName(utc, 'today').figure.sum).toBe(8);
    expect(byName(utc, 'thisMonth').figure.sum).toBe(8);
  });

  it('marks a figure approximate when any of its rows has an estimated date, and leaves undated rows out', () => {
    const now = at('2026-12-03T12:00:00Z');
    const rows = [
      row('2026-12-03T10:00:00Z', 1),
      row('2026-12-03T09:00:00Z', 2, 'hour'),
      row('2026-12-02T10:00:00Z', 3),
      { id: 999, amount: 50, createdAt: null, createdPrecision: null },
      { id: 998, amount: 60 },
    ];
    const periods = periodFigures(rows, now, 'UTC');
    expect(byName(periods, 'today').figure).toEqual({ sum: 3, count: 2, approximate: true });
    expect(byName(periods, 'yesterday').figure).toEqual({ sum: 3, count: 1, approximate: false });
    expect(byName(periods, 'thisMonth').figure).toEqual({ sum: 6, count: 3, approximate: true });
  });

  it('sums float amounts without drift', () => {
    const now = at('2026-12-03T12:00:00Z');
    const rows = [row('2026-12-03T10:00:00Z', 0.1), row('2026-12-03T10:01:00Z', 0.2)];
    expect(byName(periodFigures(rows, now, 'UTC'), 'today').figure.sum).toBe(0.3);
  });

  it('reads back as far as the month before last', () => {
    expect(earliestNeeded(at('2026-12-03T12:00:00Z'), 'UTC')).toBe(at('2026-10-01T00:00:00Z'));
    expect(earliestNeeded(at('2026-03-02T12:00:00+01:00'), 'Europe/Berlin')).toBe(at('2026-01-01T00:00:00+01:00'));
  });
});

describe('trendOf', () => {
  const f = (sum: number, count = 1) => ({ sum, count, approximate: false });
  it('gives whole percents with a direction', () => {
    expect(trendOf(f(112), f(100))).toEqual({ kind: 'up', percent: 12 });
    expect(trendOf(f(50), f(200))).toEqual({ kind: 'down', percent: 75 });
    expect(trendOf(f(100.2), f(100))).toEqual({ kind: 'same' });
  });
  it('never divides by an empty reference', () => {
    expect(trendOf(f(5), f(0, 0))).toEqual({ kind: 'fromZero' });
    expect(trendOf(f(0, 0), f(0, 0))).toEqual({ kind: 'none' });
    expect(trendOf(f(0, 0), f(10))).toEqual({ kind: 'down', percent: 100 });
  });
});

describe('sinceLastLooked', () => {
  it('sums the rows marked new, each once, whatever their dates', () => {
    const rows = [row('2026-12-03T10:00:00Z', 1.5), row('2026-12-03T10:00:00Z', 2), row('2026-12-03T10:00:00Z', 4, 'hour')];
    const [a, b, c] = rows;
    expect(sinceLastLooked([...rows, a!], [a!.id, b!.id, 12345])).toEqual({ sum: 3.5, count: 2, approximate: false });
    expect(sinceLastLooked(rows, [c!.id])).toEqual({ sum: 4, count: 1, approximate: false });
    expect(sinceLastLooked(rows, [])).toEqual({ sum: 0, count: 0, approximate: false });
  });
});

describe('zonedInstant', () => {
  it('normalises overflowing fields and moves a skipped time forward', () => {
    expect(zonedInstant('Europe/Berlin', 2026, 3, 0)).toBe(at('2026-02-28T00:00:00+01:00'));
    expect(zonedInstant('Europe/Berlin', 2026, 13, 1)).toBe(at('2027-01-01T00:00:00+01:00'));
    expect(zonedInstant('Europe/Berlin', 2026, 3, 29, 2, 30)).toBe(at('2026-03-29T03:30:00+02:00'));
    expect(zonedInstant('America/Santiago', 2026, 9, 6)).toBe(at('2026-09-06T01:00:00-03:00')); // midnight skipped
  });
});
