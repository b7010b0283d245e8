// @vitest-environment happy-dom
/** The popup's referral kit: what it offers for each state of the pasted link, Copy link, the QR panel on demand. */
import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { browser } from 'wxt/browser';
import { ReferralKit } from '../../../components/popup/ReferralKit';
import { prefsItem } from '../../../utils/storage/items';
import { account } from './fakes';

const site = account('a', 'exchanger.example');
const LINK = 'https://exchanger.example/?ref=Gz';

async function showKit(referralLink: string | null, code: string | null = 'Gz') {
  await prefsItem('a').set({ minWithdrawal: null, monthlyGoal: null, referralLink });
  return render(<ReferralKit account={site} code={code} />);
}

describe('referral kit', () => {
  it('offers Copy link for a checked link: the clipboard gets the link, the button says Copied', async () => {
    const writeText = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    await showKit(LINK);
    const copy = await screen.findByRole('button', { name: 'Copy referral link' });
    expect(copy.textContent).toBe('Copy link');
    expect(screen.getByText(LINK).title).toBe(LINK);
    fireEvent.click(copy);
    await waitFor(() => expect(copy.textContent).toBe('Copied'));
    expect(writeText).toHaveBeenCalledWith(LINK);
  });

  it('opens the QR panel on demand: the link as text beside a named picture, and Download PNG', async () => {
    await showKit(LINK);
    const toggle = await screen.findByRole('button', { name: 'QR code' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('img')).toBeNull();
    fireEvent.click(toggle);
    expect((await screen.findByRole('img', { name: `QR code of your referral link ${LINK}` })).tagName).toBe('CANVAS');
    expect(screen.getByRole('button', { name: 'Download PNG' })).toBeTruthy();
    expect(document.querySelector('.qr-text')!.textContent).toBe(LINK);
    const hide = screen.getByRole('button', { name: 'Hide QR code' });
    expect(hide.getAttribute('aria-expanded')).toBe('true');
    fireEvent.click(hide);
    await waitFor(() => expect(screen.queryByRole('img')).toBeNull());
  });

  it('a saved link that fails the check now is not offered: the reason and the way to the settings', async () => {
    const open = vi.spyOn(browser.runtime, 'openOptionsPage').mockResolvedValue(undefined);
    await showKit('https://exchanger.example/?ref=old');
    expect(await screen.findByText(/not offered here\. This link does not contain your referral code Gz/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Copy referral link' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Open settings' }));
    expect(open).toHaveBeenCalledOnce();
  });

  it('without a link: a hint to paste one; with neither a link nor a code: nothing', async () => {
    await showKit(null);
    expect(await screen.findByText(/Paste your referral link/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Copy referral link' })).toBeNull();
    const { container } = await showKit(null, null);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(container.innerHTML).toBe('');
  });
});
