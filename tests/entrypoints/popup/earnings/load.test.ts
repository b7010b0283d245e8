/** The panel's data, read from the real history store (fake-indexeddb) by creation date. */
import { describe, expect, it } from 'vitest';
import { loadEarnings } from '../../../../entrypoints/popup/earnings/load';
import { seedExchanges } from '../../../history';
import { exchange } from '../../../components/popup/fakes';

const at = (iso: string) => Date.parse(iso);
const NOW = at('2026-03-02T09:00:00+03:00');

describe('loadEarnings', () => {
  it('reads back to the month before last, only this account, and finds the rows marked new', async () => {
    await seedExchanges('a', [
      exchange(1, { amount: 4, createdAt: at('2026-01-01T00:00:00+03:00'), createdPrecision: 'exact' }), // first instant needed
      exchange(2, { amount: 100, createdAt: at('2025-12-31T23:59:00+03:00'), createdPrecision: 'exact' }), // before it
      exchange(3, { amount: 6, createdAt: at('2026-02-10T12:00:00+03:00'), createdPrecision: 'day' }),
      exchange(4, { amount: 1, createdAt: at('2026-03-02T08:00:00+03:00'), createdPrecision: 'exact' }),
      exchange(5, { amount: 9, createdAt: null, createdPrecision: null }), // marked new, date unknown
    ]);
    await seedExchanges('b', [exchange(1, { amount: 50, createdAt: at('2026-03-02T08:00:00+03:00'), createdPrecision: 'exact' })]);
    const recent = [exchange(5, { amount: 9, createdAt: null, createdPrecision: null })];
    const { periods, since, series, timeZone } = await loadEarnings('a', NOW, recent, [4, 5], 'Europe/Moscow');
    expect(timeZone).toBe('Europe/Moscow');
    const sums = Object.fromEntries(periods.map((p) => [p.name, [p.figure.sum, p.referenceFigure.sum]]));
    expect(sums).toEqual({ today: [1, 0], yesterday: [0, 0], thisMonth: [1, 0], lastMonth: [6, 4] });
    expect(periods.find((p) => p.name === 'lastMonth')!.figure.approximate).toBe(true);
    expect(since).toEqual({ sum: 10, count: 2, approximate: false });
    expect(series.total.sum).toBe(7);
  });
});
