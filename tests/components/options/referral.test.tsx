// @vitest-environment happy-dom
/** The per-account referral link field: checked before it is saved, reasons under the field, the other prefs kept. */
import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { OptionsPage } from '../../../components/options/OptionsPage';
import { accountsItem, cacheItem, prefsItem } from '../../../utils/storage/items';
import { emptyCache } from '../../../utils/model';
import { SUMMARY, account, fakeExtension } from './fakes';

const LABEL = 'Referral link (optional)';

async function showPage(code: string | null = SUMMARY.referralHash) {
  fakeExtension();
  await cacheItem('a1').set({ ...emptyCache(), lastSuccessAt: Date.now(), summary: code === null ? null : { ...SUMMARY, referralHash: code } });
  await accountsItem.set([account()]);
  render(<OptionsPage />);
  const row = within((await screen.findByRole('heading', { name: 'Main exchanger' })).closest('li')!);
  // Let the page's first storage reads (accounts, caches, prefs) land before typing.
  await new Promise((resolve) => setTimeout(resolve, 20));
  return { row, field: (await row.findByLabelText(LABEL)) as HTMLInputElement };
}

/** Types (pastes) the text, lets Preact render it, then presses Enter (submits the field's form). */
const paste = async (field: HTMLInputElement, text: string) => {
  fireEvent.input(field, { target: { value: text } });
  await new Promise((resolve) => setTimeout(resolve, 0));
  fireEvent.submit(field.closest('form')!);
};

describe('referral link field', () => {
  it('saves a link on the account site with its code, keeping the other prefs; the hint names the code', async () => {
    await prefsItem('a1').set({ minWithdrawal: 50, monthlyGoal: null, referralLink: null });
    const { row, field } = await showPage();
    expect(await row.findByText(/contain your referral code Gz\./)).toBeTruthy();
    await paste(field, ' https://exchanger.com/?ref=Gz ');
    await row.findByText('Referral link saved: the popup offers it now.');
    expect(await prefsItem('a1').get()).toEqual({ minWithdrawal: 50, monthlyGoal: null, referralLink: 'https://exchanger.com/?ref=Gz' });
    expect(field.getAttribute('aria-invalid')).toBe('false');
  });

  it('refuses another site and a link without the code, says why, saves nothing', async () => {
    const { row, field } = await showPage();
    await row.findByText(/contain your referral code Gz\./);
    await paste(field, 'https://evil.example/?ref=Gz');
    const error = await row.findByRole('alert');
    expect(error.textContent).toBe('This link leads to another site. Paste the referral link from your cabinet on exchanger.com.');
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(field.getAttribute('aria-describedby')).toContain(error.id);
    await paste(field, 'https://exchanger.com/?ref=other');
    await waitFor(() => expect(row.getByRole('alert').textContent).toContain('does not contain your referral code Gz'));
    await paste(field, 'exchanger.com/?ref=Gz');
    await waitFor(() => expect(row.getByRole('alert').textContent).toContain('This is not a web link'));
    expect((await prefsItem('a1').get()).referralLink).toBeNull();
  });

  it('before the first sync brings the code: asks to wait, saves nothing', async () => {
    const { row, field } = await showPage(null);
    await row.findByText(/contain your referral code\./);
    await paste(field, 'https://exchanger.com/?ref=Gz');
    expect((await row.findByRole('alert')).textContent).toContain('does not know your referral code yet');
    expect((await prefsItem('a1').get()).referralLink).toBeNull();
  });

  it('shows the saved link, warns when it no longer carries the code, and an empty field removes it', async () => {
    await prefsItem('a1').set({ minWithdrawal: null, monthlyGoal: 100, referralLink: 'https://exchanger.com/?ref=old' });
    const { row, field } = await showPage();
    await waitFor(() => expect(field.value).toBe('https://exchanger.com/?ref=old'));
    expect(row.getByText(/no longer passes the check.*does not contain your referral code Gz/)).toBeTruthy();
    await paste(field, '');
    await row.findByText('Referral link removed.');
    expect(await prefsItem('a1').get()).toEqual({ minWithdrawal: null, monthlyGoal: 100, referralLink: null });
  });
});
