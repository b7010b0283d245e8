// @vitest-environment happy-dom
/** What the popup says before it has data, and the way to the site (issue 16). */
import { describe, expect, it, vi } from 'vitest';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { browser } from 'wxt/browser';
import { Popup } from '../../../components/popup/Popup';
import { emptyCache } from '../../../utils/model';
import { errorText } from '../../../utils/i18n/errors';
import { MIN, account, cache, fakeBackground, plain, seed } from './fakes';

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

describe('errors: quiet while passing, then the cause and its action', () => {
  const at = (minutesAgo: number) => Date.now() - minutesAgo * MIN;
  const server = () => ({ kind: 'server' as const, retryAfterSeconds: undefined, status: 500, requestId: 'rid-500', at: at(0) });

  it('a 500 with data younger than twice the interval: only "Retrying soon"; older: out of date, the cause first, a copy of the request ID', async () => {
    // Interval 15 min: 20 min old data is quiet, 31 min old is not.
    await seed([{ account: account('a', 'exchanger.example'), cache: cache({ lastSuccessAt: at(20), lastError: server() }) }], { pollMinutes: 15 });
    fakeBackground();
    const { unmount } = render(<Popup />);
    expect(await screen.findByText('Retrying soon')).toBeTruthy();
    expect(screen.queryByText(errorText({ kind: 'server' }).message)).toBeNull();
    expect(document.querySelector('.balance-card')!.classList.contains('stale')).toBe(false);
    unmount();

    await seed([{ account: account('a', 'exchanger.example'), cache: cache({ lastSuccessAt: at(31), lastError: server() }) }], { pollMinutes: 15 });
    render(<Popup />);
    const { message, action } = errorText({ kind: 'server' });
    const note = (await screen.findByText(message)).closest('.note')!;
    expect(screen.getByText('Out of date')).toBeTruthy();
    expect(screen.getByText('Last successful update 31 minutes ago')).toBeTruthy();
    expect([...note.querySelectorAll('p')].map((p) => p.textContent).slice(0, 3)).toEqual([message, 'Showing the last saved data.', action]);
    expect(screen.getByRole('button', { name: 'Copy request ID' })).toBeTruthy();
    expect(document.querySelector('.balance-card')!.classList.contains('stale')).toBe(true);
  });

  it('a key or address problem is never quiet, even on fresh data; notApi offers the settings', async () => {
    const lastError = { kind: 'notApi' as const, status: 200, requestId: null, at: at(0) };
    await seed([{ account: account('a', 'exchanger.example'), cache: cache({ lastSuccessAt: at(1), lastError }) }]);
    fakeBackground();
    render(<Popup />);
    expect(await screen.findByText(errorText(lastError).message)).toBeTruthy();
    expect(screen.getByText(errorText(lastError).action)).toBeTruthy();
    // The options page opens at this account's edit form (options.html#edit=<id>).
    const open = vi.spyOn(browser.tabs, 'create').mockResolvedValue(undefined as never);
    fireEvent.click(screen.getByRole('button', { name: 'Open settings' }));
    await vi.waitFor(() => expect(open).toHaveBeenCalledOnce());
    expect(open.mock.calls[0]![0].url).toMatch(/\/options\.html#edit=a$/);
    expect(screen.queryByRole('button', { name: 'Copy request ID' })).toBeNull();
  });

  it('the site does not answer vs the browser offline', async () => {
    const lastError = { kind: 'network' as const, status: null, requestId: null, at: at(0) };
    await seed([{ account: account('a', 'exchanger.example'), cache: cache({ lastSuccessAt: at(60), lastError }) }]);
    fakeBackground();
    const { unmount } = render(<Popup />);
    expect(await screen.findByText('The site does not answer.')).toBeTruthy();
    expect(screen.queryByText('No internet connection.')).toBeNull();
    unmount();

    const online = vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    render(<Popup />);
    expect(await screen.findByText('No internet connection.')).toBeTruthy();
    expect(screen.getByText('Updating resumes when you are back online.')).toBeTruthy();
    expect(screen.queryByText('The site does not answer.')).toBeNull();
    online.mockRestore();
  });

  it('offline before any update failed: says so too (the background waits for the connection)', async () => {
    await seed([{ account: account('a', 'exchanger.example'), cache: cache() }]);
    fakeBackground();
    const online = vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    render(<Popup />);
    expect(await screen.findByText('No internet connection.')).toBeTruthy();
    expect(screen.getByText('Showing the last saved data.')).toBeTruthy();
    online.mockRestore();
  });
});

describe('the popup follows the connection while open', () => {
  it('going offline shows the offline note at once; back online it goes', async () => {
    await seed([{ account: account('a', 'exchanger.example'), cache: cache() }]);
    fakeBackground();
    let onLine = true;
    const spy = vi.spyOn(navigator, 'onLine', 'get').mockImplementation(() => onLine);
    render(<Popup />);
    await screen.findByRole('button', { name: 'Refresh' });
    await act(async () => undefined); // the details' effects (the listeners) have run
    expect(screen.queryByText('No internet connection.')).toBeNull();
    onLine = false;
    act(() => { window.dispatchEvent(new Event('offline')); });
    expect(await screen.findByText('No internet connection.')).toBeTruthy();
    onLine = true;
    act(() => { window.dispatchEvent(new Event('online')); });
    await waitFor(() => expect(screen.queryByText('No internet connection.')).toBeNull());
    spy.mockRestore();
  });
});

describe('the first update', () => {
  it('shows the balance the connect check read, and says the lists are on their way (not "not loaded", not "none")', async () => {
    // What accounts.ts seedCache stores: the checked summary, nothing synced yet.
    await seed([{ account: account('a', 'exchanger.example'), cache: { ...emptyCache(), summary: cache().summary } }]);
    fakeBackground();
    render(<Popup />);
    expect(plain((await screen.findByRole('status', { name: 'Balance' })).textContent)).toBe('₽1,190.36');
    expect(await screen.findByText('Getting the lists of exchanges and payouts from the site…')).toBeTruthy();
    expect(screen.queryByText(/^Not loaded yet/)).toBeNull();
    expect(screen.queryByText(/No referral exchanges yet/)).toBeNull();
    expect(screen.queryByText('Getting your data from the site…')).toBeNull();
  });
});
