// @vitest-environment happy-dom
/** The alert switches in the settings and each account's minimum withdrawal and monthly goal. */
import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { OptionsPage } from '../../../components/options/OptionsPage';
import { DEFAULT_SETTINGS, accountsItem, cacheItem, prefsItem, settingsItem } from '../../../utils/storage/items';
import { emptyCache } from '../../../utils/model';
import { parseAmount } from '../../../entrypoints/options/amount';
import { SUMMARY, account, fakeExtension } from './fakes';

describe('alert switches', () => {
  it('each is shown with its stored value, the sound off by default, and a click stores it', async () => {
    fakeExtension();
    render(<OptionsPage />);
    const sound = (await screen.findByLabelText('Play a sound with new referral bonuses')) as HTMLInputElement;
    expect(sound.checked).toBe(false);
    expect(sound.getAttribute('aria-describedby')).toBe('sound-hint');
    for (const label of ['Notify about new payout requests', 'Notify when a payout can be requested', 'Notify when the partner percent or the number of referrals changes']) {
      const box = screen.getByLabelText(label) as HTMLInputElement;
      expect(box.checked).toBe(true);
      // Every switch says in a hint what it does.
      expect(document.getElementById(box.getAttribute('aria-describedby') ?? '')?.textContent).toMatch(/\w{3,}/);
    }
    fireEvent.click(sound);
    await waitFor(async () => expect((await settingsItem.get()).sound).toBe(true));
    fireEvent.click(screen.getByLabelText('Notify when the partner percent or the number of referrals changes'));
    await waitFor(async () => expect(await settingsItem.get()).toEqual({ ...DEFAULT_SETTINGS, sound: true, notifyRates: false }));
  });
});

describe('minimum withdrawal and monthly goal', () => {
  async function showAccount() {
    fakeExtension();
    await cacheItem('a1').set({ ...emptyCache(), summary: { ...SUMMARY, currency: 'rub' }, lastSuccessAt: Date.now() });
    await prefsItem('a1').set({ minWithdrawal: null, monthlyGoal: 5000, referralLink: 'https://exchanger.com/?ref=Gz' });
    await accountsItem.set([account()]);
    render(<OptionsPage />);
    const row = within((await screen.findByRole('heading', { name: 'Main exchanger' })).closest('li')!);
    return {
      min: (await row.findByLabelText('Minimum withdrawal, RUB')) as HTMLInputElement,
      goal: row.getByLabelText('Monthly goal, RUB') as HTMLInputElement,
      row,
    };
  }

  const type = (input: HTMLInputElement, text: string) => {
    fireEvent.input(input, { target: { value: text } });
    fireEvent.change(input);
  };

  it('shows what is stored, with the hint that the API has no field for it', async () => {
    const { min, goal, row } = await showAccount();
    await waitFor(() => expect(goal.value).toBe('5000'));
    expect(min.value).toBe('');
    expect(row.getByText(/The API has no field for it: see the site's payout page/)).toBeTruthy();
  });

  it('a typed amount is stored for that account only, the other prefs kept', async () => {
    const { min, goal, row } = await showAccount();
    type(min, '2 000,50');
    await waitFor(async () => expect((await prefsItem('a1').get()).minWithdrawal).toBe(2000.5));
    expect(await prefsItem('a1').get()).toEqual({ minWithdrawal: 2000.5, monthlyGoal: 5000, referralLink: 'https://exchanger.com/?ref=Gz' });
    expect(await row.findByText('Saved for Main exchanger.')).toBeTruthy();
    type(goal, '');
    await waitFor(async () => expect((await prefsItem('a1').get()).monthlyGoal).toBeNull());
  });

  it('something that is no amount is explained and not stored', async () => {
    const { min, row } = await showAccount();
    type(min, '2k');
    expect(await row.findByText('Enter an amount such as 2000 or 2000.50, or leave it empty.')).toBeTruthy();
    expect(min.getAttribute('aria-invalid')).toBe('true');
    expect((await prefsItem('a1').get()).minWithdrawal).toBeNull();
  });
});

describe('parseAmount', () => {
  it.each([
    ['2000', 2000], ['2 000', 2000], ['2\u00a0000,5', 2000.5], ['2,000.50', 2000.5], ['2.000,50', 2000.5], ['0.5', 0.5], ['', null], ['  ', null],
  ])('"%s" → %s', (text, value) => {
    expect(parseAmount(text)).toEqual({ ok: true, value });
  });

  it.each(['abc', '2k', '-5', '0', '1e5', '1,2,3x'])('"%s" is no amount', (text) => {
    expect(parseAmount(text)).toEqual({ ok: false });
  });
});
