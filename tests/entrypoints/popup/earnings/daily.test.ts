import { describe, expect, it } from 'vitest';
import { dailySeries } from '../../../../entrypoints/popup/earnings/daily';

const at = (iso: string) => Date.parse(iso);

describe('dailySeries', () => {
  it('gives 30 calendar days ending today, empty days as zero, today marked', () => {
    const now = at('2026-12-03T12:00:00+01:00');
    const rows = [
      { id: 1, amount: 5, createdAt: at('2026-12-03T00:10:00+01:00'), createdPrecision: 'exact' as const },
      { id: 2, amount: 2, createdAt: at('2026-12-01T23:50:00+01:00'), createdPrecision: 'day' as const },
      { id: 3, amount: 1, createdAt: at('2026-11-04T00:00:00+01:00'), createdPrecision: 'exact' as const }, // first day
      { id: 4, amount: 9, createdAt: at('2026-11-03T23:59:00+01:00'), createdPrecision: 'exact' as const }, // day before the chart
    ];
    const { days, total, max } = dailySeries(rows, now, 'Europe/Berlin');
    expect(days).toHaveLength(30);
    expect(days[0]!.key).toBe('2026-11-04');
    expect(days.at(-1)!.key).toBe('2026-12-03');
    expect(days.filter((d) => d.today).map((d) => d.key)).toEqual(['2026-12-03']);
    expect(days.find((d) => d.key === '2026-12-01')!.figure).toEqual({ sum: 2, count: 1, approximate: true });
    expect(days.find((d) => d.key === '2026-12-02')!.figure).toEqual({ sum: 0, count: 0, approximate: false });
    expect(days[0]!.figure.sum).toBe(1);
    expect(days.at(-1)!.figure.sum).toBe(5);
    expect(total).toEqual({ sum: 8, count: 3, approximate: true });
    expect(max).toBe(5);
  });

  it('has one bar per calendar day across a DST change (New York, November)', () => {
    const now = at('2026-11-10T09:00:00-05:00');
    const rows = [{ id: 1, amount: 3, createdAt: at('2026-11-01T23:30:00-05:00'), createdPrecision: 'exact' as const }];
    const { days } = dailySeries(rows, now, 'America/New_York');
    const nov1 = days.find((d) => d.key === '2026-11-01')!;
    expect(nov1.end - nov1.start).toBe(25 * 3_600_000);
    expect(nov1.figure.sum).toBe(3);
    expect(new Set(days.map((d) => d.key)).size).toBe(30);
  });
});
