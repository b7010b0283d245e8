import { describe, expect, it } from 'vitest';
import { blockRows, toColumns } from '../../../utils/storage/block-columns';
import type { ExchangeRecord } from '../../../utils/model';

const row = (over: Partial<ExchangeRecord>): ExchangeRecord =>
  ({ id: 1, orderId: '000123', amount: 95.18, currency: 'RUB', status: 'referral', createdText: '3 недели назад', firstSeenAt: 1_764_000_000_000, live: false, ...over });

describe('a block stored by column', () => {
  it('gives back every row exactly: ids to 2^53−1, fractions, flags, absent and null dates', () => {
    const rows = [
      row({}),
      row({ id: 2, amount: -0.5, live: true, createdAt: null, createdPrecision: null }),
      row({ id: 3, orderId: '=1+1', currency: 'USDT TRC20', createdAt: 1_763_000_000_123, createdPrecision: 'week' }),
      row({ id: Number.MAX_SAFE_INTEGER, amount: 1e-7, createdText: '', createdAt: 0, createdPrecision: 'exact' }),
    ];
    const columns = toColumns(rows);
    expect(columns.id).toBeInstanceOf(Float64Array);
    expect(columns.live).toEqual(Uint8Array.from([0, 1, 0, 0]));
    // Through a structured clone, as IndexedDB stores it.
    expect(blockRows(structuredClone(columns))).toStrictEqual(rows);
    expect(blockRows(toColumns([]))).toEqual([]);
  });
});
