// @vitest-environment happy-dom
/** What the popup says before it has data, and the way to the site (issue 16). */
import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/preact';
import { Popup } from '../../../components/popup/Popup';
import { emptyCache } from '../../../utils/model';
import { account, cache, fakeBackground, seed } from './fakes';

const downloadButtons = () => ['Exchanges CSV', 'Payouts CSV', 'Exchanges Excel', 'Payouts Excel'].map((name) => screen.getByRole('button', { name }));

describe('popup before data exists', () => {
  it('a site that never answered: "not loaded yet", never "no exchanges yet"; downloads wait, focus stays', async () => {
    const lastError = { kind: 'network' as const, status: null, requestId: null, at: Date.now() };
    await seed([{ account: account('a', 'exchanger.example'), cache: { ...emptyCache(), lastSyncAt: Date.now(), lastError } }]);
    const bg = fakeBackground();
    render(<Popup />);
    expect(await screen.findByText(/^Not loaded yet/)).toBeTruthy();
    expect(screen.queryByText(/No referral exchanges yet/)).toBeNull();
    expect(screen.queryByText('No payouts yet.')).toBeNull();
    const buttons = downloadButtons();
    for (const button of buttons) {
      expect(button.getAttribute('aria-disabled')).toBe('true');
      expect(button.hasAttribute('disabled')).toBe(false);
      expect(button.getAttribute('aria-describedby')).toBeTruthy();
    }
    const hint = document.getElementById(buttons[0]!.getAttribute('aria-describedby')!)!;
    expect(hint.textContent).toBe('Downloads are available after the first successful update from the site.');
    buttons[0]!.focus();
    fireEvent.click(buttons[0]!);
    expect(document.activeElement).toBe(buttons[0]);
    expect(bg.ofType('exportHistory')).toEqual([]);
  });

  it('with data, downloads are offered', async () => {
    await seed([{ account: account('a', 'exchanger.example'), cache: cache() }]);
    fakeBackground();
    render(<Popup />);
    await screen.findByRole('button', { name: 'Exchanges CSV' });
    for (const button of downloadButtons()) expect(button.getAttribute('aria-disabled')).toBe('false');
    expect(screen.queryByText(/Downloads are available after/)).toBeNull();
  });
});

describe('a way to the site', () => {
  it('the popup links the shown account’s site, in a new tab, without an opener', async () => {
    await seed([{ account: account('a', 'exchanger.example'), cache: cache() }]);
    fakeBackground();
    render(<Popup />);
    const link = await screen.findByRole('link', { name: 'Open the site: exchanger.example' });
    expect(link.getAttribute('href')).toBe('https://exchanger.example');
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toContain('noopener');
  });
});
