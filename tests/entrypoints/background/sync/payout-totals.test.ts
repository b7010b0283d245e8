import { describe, expect, it } from 'vitest';
import { payoutTotals, payoutsAfter, toUnits, unitsToDecimal } from '../../../../entrypoints/background/sync/payout-totals';
import type { SummaryRecord } from '../../../../utils/model';

const row = (id: number, status: string, amount: string, currency = 'RUB') => ({ id, status, amount, currency });
const summary = (balance: number, totalEarned: number, totalPaidOut: number): SummaryRecord =>
  ({ percent: 0.5, referrals: 2, currency: 'rub', referralHash: 'Gz', balance, totalEarned, totalPaidOut });

// The account: 1 273,77 available, 5 975,62 earned, 3 397,15 paid, three requests awaiting 1 304,70.
const rows = [row(1, 'paid', '2000.00'), row(2, 'paid', '1397.15'), row(3, 'unpaid', '1000.1'), row(4, 'unpaid', '204.30'), row(5, 'unpaid', '100.30')];

describe('decimal amounts', () => {
  it('are read exactly in minor units and written back', () => {
    expect(toUnits('1190.36', 2)).toBe(119036n);
    expect(toUnits('0.1', 2)).toBe(10n);
    expect(toUnits('12', 2)).toBe(1200n);
    expect(toUnits('1,5', 2)).toBe(150n);
    expect(toUnits('0.00000001', 8)).toBe(1n);
    expect(toUnits('1.234', 2)).toBeNull();
    expect(toUnits('abc', 2)).toBeNull();
    expect(unitsToDecimal(119036n, 2)).toBe('1190.36');
    expect(unitsToDecimal(5n, 2)).toBe('0.05');
    expect(unitsToDecimal(-130470n, 2)).toBe('-1304.70');
  });

  it('sum without float drift (0.1 + 0.2 is 0.30, a thousand times)', () => {
    const many = Array.from({ length: 1000 }, (_, i) => row(i + 1, 'unpaid', i % 2 ? '0.1' : '0.2'));
    const totals = payoutTotals(many, summary(0, 150, 0), true);
    expect(totals.awaiting).toBe('150.00');
    expect(totals.awaitingCount).toBe(1000);
    expect(totals.gap).toBe('0.00');
  });
});

describe('payout totals', () => {
  it('a site whose paid-out total counts paid requests only: available + awaiting + paid = earned', () => {
    const totals = payoutTotals(rows, summary(1273.77, 5975.62, 3397.15), true);
    expect(totals).toEqual({
      awaiting: '1304.70', awaitingCount: 3, paid: '3397.15', listedPaid: '3397.15', listedPaidCount: 2, siteCounts: 'paid', otherCurrencyCount: 0, gap: '0.00',
    });
  });

  it('a site whose paid-out total counts every request: paid is that total less the awaiting requests', () => {
    const totals = payoutTotals(rows, summary(1273.77, 5975.62, 4701.85), true);
    expect(totals.siteCounts).toBe('requested');
    expect(totals.paid).toBe('3397.15');
    expect(totals.gap).toBe('0.00');
  });

  it('float noise and a kopeck of rounding still add up; more does not, and the gap is given', () => {
    expect(payoutTotals(rows, summary(1273.77, 5975.62000061035, 3397.15), true).gap).toBe('0.00');
    expect(payoutTotals(rows, summary(1273.78, 5975.63, 3397.15), true).gap).toBe('0.00');
    const off = payoutTotals(rows, summary(1273.77, 6075.62, 3397.15), true);
    expect(off.gap).toBe('100.00');
    expect(off.siteCounts).toBe('paid');
  });

  it('a paid-out total that matches neither sum is unknown, and the figures say they do not add up', () => {
    const totals = payoutTotals(rows, summary(1273.77, 5975.62, 3000), true);
    expect(totals.siteCounts).toBe('unknown');
    expect(totals.paid).toBe('3000.00');
    expect(totals.listedPaid).toBe('3397.15');
    expect(totals.gap).toBe('397.15');
  });

  it('claims nothing about the site while the payouts history is not whole', () => {
    const totals = payoutTotals(rows.slice(2), summary(1273.77, 5975.62, 3397.15), false);
    expect(totals.siteCounts).toBe('unknown');
    expect(totals.gap).toBeNull();
    expect(totals.awaiting).toBe('1304.70');
  });

  it('keeps text that is not an amount and an unknown status out of both sums', () => {
    const odd = [...rows, row(7, 'unpaid', 'n/a'), row(8, 'rejected', '10.00')];
    const totals = payoutTotals(odd, summary(1273.77, 5975.62, 3397.15), true);
    expect(totals).toMatchObject({ awaiting: '1304.70', awaitingCount: 3, listedPaidCount: 2, otherCurrencyCount: 0, gap: '0.00' });
  });

  it('leaves rows in another currency out of the sums, counts them, and claims nothing about the site', () => {
    const mixed = [...rows, row(6, 'paid', '50.00', 'USDT')];
    const totals = payoutTotals(mixed, summary(1273.77, 6025.62, 3447.15), true);
    expect(totals).toMatchObject({ awaiting: '1304.70', listedPaid: '3397.15', otherCurrencyCount: 1, siteCounts: 'unknown', gap: null });
  });

  it('keeps the decimals a crypto amount carries', () => {
    const totals = payoutTotals([row(1, 'unpaid', '0.00012345', 'BTC')], { ...summary(0, 0.00012345, 0), currency: 'btc' }, true);
    expect(totals.awaiting).toBe('0.00012345');
    expect(totals.gap).toBe('0.00000000');
  });

  it('no payouts at all: zero of each, and balance = earned adds up', () => {
    expect(payoutTotals([], summary(10, 10, 0), true)).toMatchObject({ awaiting: '0.00', awaitingCount: 0, paid: '0.00', siteCounts: 'paid', gap: '0.00' });
  });
});

describe('payoutsAfter', () => {
  it('applies the sync’s writes to the stored list', () => {
    const after = payoutsAfter([row(1, 'unpaid', '1.00'), row(2, 'unpaid', '2.00')], [row(2, 'paid', '2.00'), row(3, 'unpaid', '3.00')], [1]);
    expect(after).toEqual([row(2, 'paid', '2.00'), row(3, 'unpaid', '3.00')]);
  });
});
