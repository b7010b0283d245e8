// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/preact';
import { BalanceFigures } from '../../../components/popup/BalanceFigures';
import { setLocale } from '../../../utils/i18n';
import type { PayoutTotals, SummaryRecord } from '../../../utils/model';
import { plain } from './fakes';

// The account: 1 273,77 available, three requests awaiting 1 304,70, 3 397,15 paid, 5 975,62 earned.
const summary: SummaryRecord = {
  percent: 0.5, referrals: 2, currency: 'rub', referralHash: 'Gz', balance: 1273.77, totalEarned: 5975.62, totalPaidOut: 3397.15,
};
const totals: PayoutTotals = {
  awaiting: '1304.70', awaitingCount: 3, paid: '3397.15', listedPaid: '3397.15', listedPaidCount: 9, siteCounts: 'paid', otherCurrencyCount: 0, gap: '0.00',
};

/** Each row of the sum as "label amount". */
const rows = () => [...document.querySelectorAll('.sum > div')].map((row) =>
  plain(`${row.querySelector('dt')!.textContent} ${row.querySelector('dd')!.textContent}`));
const notes = () => [...document.querySelectorAll('.figures-note')].map((p) => plain(p.textContent));

afterEach(() => setLocale(null));

describe('figures that add up', () => {
  it('reads as a sum: available + awaiting (with its count) + paid out = earned, nothing else to say', () => {
    setLocale('en');
    render(<BalanceFigures summary={summary} totals={totals} />);
    expect(rows()).toEqual([
      'Available to withdraw ₽1,273.77',
      '+Awaiting payout, 3 requests ₽1,304.70',
      '+Paid out in total ₽3,397.15',
      '=Earned in total ₽5,975.62',
    ]);
    expect(notes()).toEqual([]);
    // "Paid" alone is a request's chip; the total has words of its own.
    expect(screen.queryByText('Paid')).toBeNull();
  });

  it('in Russian, with plural forms', () => {
    setLocale('ru');
    render(<BalanceFigures summary={summary} totals={{ ...totals, awaitingCount: 1 }} />);
    expect(rows().map((r) => r.replace(/ [\d ,]+ ₽$/, ''))).toEqual([
      'Доступно к выводу', '+Ожидает выплаты, 1 заявка', '+Выплачено всего', '=Заработано всего',
    ]);
  });

  it('when the site counts requests in its paid-out total, says so and shows them apart', () => {
    setLocale('en');
    render(<BalanceFigures summary={{ ...summary, totalPaidOut: 4701.85 }} totals={{ ...totals, siteCounts: 'requested' }} />);
    expect(rows()[2]).toBe('+Paid out in total ₽3,397.15');
    expect(notes()).toEqual(['The site counts requests awaiting payout in its paid-out total (₽4,701.85); here they are shown apart.']);
  });

  it('when the site’s figures do not add up, says so with the difference instead of hiding it', () => {
    setLocale('en');
    render(<BalanceFigures summary={{ ...summary, totalEarned: 6075.62 }} totals={{ ...totals, gap: '100.00' }} />);
    expect(notes()).toEqual([
      'The site’s figures do not add up: earned in total is ₽6,075.62, but available, awaiting and paid out make ₽5,975.62 (₽100.00 apart). The site’s partner API may leave something out; if this stays, ask the site’s support.',
    ]);
  });

  it('a paid-out total that is not the list’s paid sum is named', () => {
    setLocale('en');
    render(<BalanceFigures summary={{ ...summary, totalPaidOut: 3000 }} totals={{ ...totals, paid: '3000.00', siteCounts: 'unknown', gap: '397.15' }} />);
    expect(notes()[0]).toBe('The site’s paid-out total (₽3,000.00) differs from the paid requests in its list (₽3,397.15).');
    expect(notes()[1]).toContain('do not add up');
  });

  it('while the payouts history loads, claims nothing: says the figures may be incomplete', () => {
    setLocale('en');
    render(<BalanceFigures summary={summary} totals={{ ...totals, siteCounts: 'unknown', gap: null }} />);
    expect(notes()).toEqual(['The payout history is still loading: awaiting and paid-out figures may be incomplete.']);
  });

  it('payouts in another currency: left out of the sums, and said so instead of a verdict', () => {
    setLocale('en');
    render(<BalanceFigures summary={summary} totals={{ ...totals, siteCounts: 'unknown', otherCurrencyCount: 2, gap: null }} />);
    expect(notes()).toEqual(['2 payouts are in another currency than the balance: they are left out of these sums.']);
  });

  it('before the first full sync (no totals yet): the site’s figures, and when awaiting will show', () => {
    setLocale('en');
    render(<BalanceFigures summary={summary} totals={null} />);
    expect(rows()).toEqual(['Paid out in total ₽3,397.15', 'Earned in total ₽5,975.62']);
    expect(notes()).toEqual(['Requests awaiting payout show here after the next update.']);
  });
});
