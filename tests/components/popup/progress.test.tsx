// @vitest-environment happy-dom
/** The withdrawal and goal progress in the popup: what the partner set, in words and as bars. */
import { describe, expect, it } from 'vitest';
import { render, screen, waitFor } from '@testing-library/preact';
import { Popup } from '../../../components/popup/Popup';
import { emptyPrefs, prefsItem } from '../../../utils/storage/items';
import { SUMMARY, account, cache, exchange, fakeBackground, plain, seed } from './fakes';
import { seedExchanges } from '../../history';

const A = account('a', 'exchanger.example');

async function show(prefs: { minWithdrawal?: number | null; monthlyGoal?: number | null }, balance = 1273) {
  await seed([{ account: A, cache: cache({ summary: { ...SUMMARY, currency: 'rub', balance } }) }]);
  await prefsItem('a').set({ ...emptyPrefs(), ...prefs });
  fakeBackground();
  render(<Popup />);
  await screen.findByRole('button', { name: 'Refresh' });
}

const bar = (name: string) => screen.findByRole('progressbar', { name });

describe('popup: progress to the minimum withdrawal', () => {
  it('"1,273 of 2,000 to withdraw", what is left, and a bar saying the same', async () => {
    await show({ minWithdrawal: 2000 });
    const progress = await bar('Progress to the minimum withdrawal');
    expect(progress.getAttribute('aria-valuenow')).toBe('64');
    expect(screen.queryByRole('link', { name: 'Open the site to request a payout' })).toBeNull();
    expect(plain(progress.getAttribute('aria-valuetext'))).toBe('₽1,273.00 of ₽2,000.00 to withdraw · ₽727.00 to go');
    expect(screen.getByText((_, el) => el?.className === 'progress-text' && plain(el.textContent) === '₽1,273.00 of ₽2,000.00 to withdraw · ₽727.00 to go')).toBeTruthy();
  });

  it('reached: says a payout can be requested, the bar full', async () => {
    await show({ minWithdrawal: 1000 });
    const progress = await bar('Progress to the minimum withdrawal');
    expect(progress.getAttribute('aria-valuenow')).toBe('100');
    expect(plain(progress.getAttribute('aria-valuetext'))).toMatch(/^You can request a payout: the balance ₽1,273.00 has reached the minimum ₽1,000.00/);
    const link = screen.getByRole('link', { name: 'Open the site to request a payout' });
    expect(link.getAttribute('href')).toBe(A.origin);
    expect(link.getAttribute('target')).toBe('_blank');
  });

  it('follows the options: a minimum removed there takes the progress away at once', async () => {
    await show({ minWithdrawal: 2000 });
    await bar('Progress to the minimum withdrawal');
    await prefsItem('a').set(emptyPrefs());
    await waitFor(() => expect(screen.queryAllByRole('progressbar')).toEqual([]));
  });
});

describe('popup: monthly goal', () => {
  it('this month\'s bonuses from the stored history against the goal; other months are not counted', async () => {
    const now = Date.now();
    const lastMonth = new Date(new Date(now).getFullYear(), new Date(now).getMonth(), 0, 12).getTime();
    await seedExchanges('a', [
      exchange(1, { amount: 300, createdAt: now - 1000, createdPrecision: 'exact' }),
      exchange(2, { amount: 200, createdAt: now - 2000, createdPrecision: 'exact' }),
      exchange(3, { amount: 999, createdAt: lastMonth, createdPrecision: 'exact' }),
    ]);
    await show({ monthlyGoal: 1000 });
    const progress = await bar('Progress to the monthly goal');
    expect(progress.getAttribute('aria-valuenow')).toBe('50');
    expect(plain(progress.getAttribute('aria-valuetext'))).toBe('This month ₽500.00 of the ₽1,000.00 goal');
    expect(screen.queryByRole('progressbar', { name: 'Progress to the minimum withdrawal' })).toBeNull();
  });

  it('marked ≈ with the reason when a date is an estimate', async () => {
    await seedExchanges('a', [exchange(1, { amount: 100, createdAt: Date.now() - 1000, createdPrecision: 'week' })]);
    await show({ monthlyGoal: 1000 });
    const progress = await bar('Progress to the monthly goal');
    expect(plain(progress.getAttribute('aria-valuetext'))).toBe('This month ≈₽100.00 of the ₽1,000.00 goal');
    await waitFor(() => expect(screen.getByText(/their dates are estimates/)).toBeTruthy());
  });
});
