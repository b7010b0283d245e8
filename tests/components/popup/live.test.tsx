// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { Popup } from '../../../components/popup/Popup';
import { errorText, requestIdText } from '../../../utils/i18n/errors';
import { cacheItem, seenItem } from '../../../utils/storage/items';
import type { AccountCache } from '../../../utils/model';
import type { Answer } from '../../../utils/messages';
import type { Failure } from '../../../utils/errors';
import { MIN, account, cache, exchange, fakeBackground, payout, plain, seed } from './fakes';
import { formatDate, formatDateTime } from '../../../utils/format';

/** The balance, once what is below it (its own chunk, see AccountView) has rendered too. */
const balance = async () => {
  await screen.findByRole('button', { name: 'Refresh' });
  return screen.getByRole('status', { name: 'Balance' });
};
const exchangeRows = () => within(screen.getByRole('region', { name: /Referral exchanges/ })).getAllByRole('listitem');
const isMarkedNew = (row: HTMLElement) => within(row).queryByText('New') !== null;

describe('popup: seen marks', () => {
  it('marks the account seen through the success it shows, and keeps those rows "new" in this session', async () => {
    const synced = Date.now() - 3 * MIN;
    await seed([{
      account: account('a', 'exchanger.example'),
      cache: cache({
        lastSuccessAt: synced,
        lastSyncAt: synced,
        recentExchanges: [exchange(3, { live: true, firstSeenAt: synced }), exchange(2, { live: true, firstSeenAt: synced - 60 * MIN }), exchange(1)],
        arrivals: [{ id: 3, at: synced }, { id: 2, at: synced - 60 * MIN }],
      }),
      seenAt: synced - 30 * MIN,
    }]);
    // The real background raises seenAt on markSeen; the popup must keep row 3 "new" anyway.
    const bg = fakeBackground({
      markSeen: async ({ accountId, through }) => {
        await seenItem(accountId).set({ seenAt: through });
        return { ok: true };
      },
    });
    render(<Popup />);
    await balance();
    await waitFor(() => expect(bg.ofType('markSeen')).toEqual([{ type: 'markSeen', accountId: 'a', through: synced }]));
    await waitFor(async () => expect((await seenItem('a').get()).seenAt).toBe(synced));
    expect(exchangeRows().map(isMarkedNew)).toEqual([true, false, false]);
  });

  it('sends no markSeen when everything shown was already seen', async () => {
    const synced = Date.now() - 3 * MIN;
    await seed([{ account: account('a', 'x.example'), cache: cache({ lastSuccessAt: synced, lastSyncAt: synced }), seenAt: synced }]);
    const bg = fakeBackground();
    render(<Popup />);
    await balance();
    await new Promise((r) => setTimeout(r, 30));
    expect(bg.ofType('markSeen')).toEqual([]);
  });

  it('follows storage while open: new balance and exchanges appear marked new, and are marked seen again', async () => {
    const first = Date.now() - 3 * MIN;
    const start = cache({ lastSuccessAt: first, lastSyncAt: first, recentExchanges: [exchange(1)], exchangeCount: 1 });
    await seed([{ account: account('a', 'exchanger.example'), cache: start, seenAt: first }]);
    const bg = fakeBackground();
    render(<Popup />);
    expect(plain((await balance()).textContent)).toBe('₽1,190.36');

    const second = Date.now();
    const next: AccountCache = {
      ...start,
      summary: { ...start.summary!, balance: 1285.54 },
      recentExchanges: [exchange(2, { live: true, firstSeenAt: second, amount: 95.18 }), exchange(1)],
      exchangeCount: 2,
      arrivals: [{ id: 2, at: second }],
      lastSuccessAt: second,
      lastSyncAt: second,
    };
    await act(() => cacheItem('a').set(next));
    await waitFor(async () => expect(plain((await balance()).textContent)).toBe('₽1,285.54'));
    expect(exchangeRows().map(isMarkedNew)).toEqual([true, false]);
    expect(screen.getByText('Updated now')).toBeTruthy();
    await waitFor(() => expect(bg.ofType('markSeen')).toEqual([{ type: 'markSeen', accountId: 'a', through: second }]));
  });

  it('picks up an account connected while it is open', async () => {
    fakeBackground();
    render(<Popup />);
    await screen.findByRole('heading', { name: 'Connect your exchange account' });
    await act(() => seed([{ account: account('a', 'exchanger.example'), cache: cache() }]));
    expect(plain((await balance()).textContent)).toBe('₽1,190.36');
  });
});

describe('popup: refresh', () => {
  it('on open asks the background once to sync what is due (the background decides what is)', async () => {
    await seed([
      { account: account('old', 'old.example'), cache: cache({ lastSyncAt: Date.now() - 6 * MIN }) },
      { account: account('never', 'never.example'), cache: null },
    ]);
    const bg = fakeBackground();
    render(<Popup />);
    await balance();
    await waitFor(() => expect(bg.ofType('refresh')).toEqual([{ type: 'refresh', ifDue: true }]));
  });

  it('the Refresh button shows progress until the answer, then the failure it reports', async () => {
    await seed([{ account: account('a', 'exchanger.example'), cache: cache() }]);
    let answer!: (value: Answer<'refresh'>) => void;
    const bg = fakeBackground({ refresh: (r) => (r.ifDue ? { ok: true } : new Promise((resolve) => { answer = resolve; })) });
    render(<Popup />);
    await balance();
    const button = screen.getByRole('button', { name: 'Refresh' }) as HTMLButtonElement;
    expect(button.getAttribute('aria-disabled')).toBe('false');
    button.focus();
    fireEvent.click(button);
    await waitFor(() => expect(button.getAttribute('aria-disabled')).toBe('true'));
    // Busy, it keeps the focus (a disabled button would drop it to <body>) and ignores more clicks.
    expect(document.activeElement).toBe(button);
    fireEvent.click(button);
    expect(button.getAttribute('aria-busy')).toBe('true');
    expect(screen.getByText('Updating…')).toBeTruthy();
    expect(bg.ofType('refresh').filter((r) => !r.ifDue)).toEqual([{ type: 'refresh', accountId: 'a', ifDue: false }]);

    const error: Failure = { kind: 'server', status: 500, requestId: 'rid-500' };
    await act(() => answer({ ok: false, error }));
    await waitFor(() => expect(button.getAttribute('aria-disabled')).toBe('false'));
    // A passing 500 with data two minutes old stays quiet: a small mark, the balance not greyed.
    expect(await screen.findByText('Retrying soon')).toBeTruthy();
    expect(screen.queryByText(errorText(error).message)).toBeNull();
    expect(screen.queryByText(requestIdText('rid-500'))).toBeNull();
    expect(screen.queryByText('Out of date')).toBeNull();
    expect(document.querySelector('.balance-card')!.classList.contains('stale')).toBe(false);
    expect(plain((await balance()).textContent)).toBe('₽1,190.36');
  });

  it('says so when the background does not answer', async () => {
    await seed([{ account: account('a', 'exchanger.example'), cache: cache() }]);
    fakeBackground({ refresh: () => Promise.reject(new Error('Could not establish connection')) });
    render(<Popup />);
    await balance();
    fireEvent.click(screen.getByRole('button', { name: 'Refresh' }));
    expect(await screen.findByText(/The extension did not answer/)).toBeTruthy();
  });
});

describe('popup: a history still loading', () => {
  it('says how many rows are stored so far, and that figures and downloads are partial; says when the store is full', async () => {
    await seed([{ account: account('a', 'exchanger.example'), cache: cache({ exchangeCount: 4200, complete: { exchanges: false, payouts: true } }) }]);
    fakeBackground();
    render(<Popup />);
    expect(await screen.findByText('Loading the history: 4200 rows so far. Figures and downloads are partial until it is done.')).toBeTruthy();
    expect(screen.queryByText(/most this extension stores/)).toBeNull();
  });

  it('says nothing of the kind once the history is complete; warns when the store is full', async () => {
    await seed([{ account: account('a', 'exchanger.example'), cache: cache({ exchangeCount: 10, complete: { exchanges: true, payouts: true }, full: true }) }]);
    fakeBackground();
    render(<Popup />);
    expect(await screen.findByText(/most this extension stores per site/)).toBeTruthy();
    expect(screen.queryByText(/Loading the history/)).toBeNull();
  });
});

describe('popup: honest states', () => {
  it('a list never loaded says so, never "no exchanges yet"', async () => {
    await seed([{ account: account('a', 'down.example'), cache: cache({ summary: null, lastSuccessAt: null, lastError: { kind: 'network', status: null, requestId: null, at: Date.now() } }) }]);
    fakeBackground();
    render(<Popup />);
    expect(await screen.findByText(/^Not loaded yet: the site has not answered/)).toBeTruthy();
    expect(screen.queryByText(/No referral exchanges yet/)).toBeNull();
    expect(screen.queryByText('No payouts yet.')).toBeNull();
  });
});

describe('popup: one date format, in the UI language', () => {
  it('shows the date estimated when the row was stored (≈ when approximate), never the site’s text in another language', async () => {
    const now = Date.now();
    const threeDays = now - 3 * 24 * 60 * MIN;
    const paidAt = now - 40 * 24 * 60 * MIN;
    await seed([{
      account: account('a', 'exchanger.example'),
      cache: cache({
        recentExchanges: [exchange(2, { createdText: '3 дня назад', createdAt: threeDays, createdPrecision: 'day' })],
        exchangeCount: 1,
        recentPayouts: [payout(1, { createdText: '11 мая 2024 09:42', createdAt: paidAt })],
        payoutCount: 1,
      }),
    }]);
    fakeBackground();
    render(<Popup />);
    // Known to the day: the date without an hour.
    expect(await screen.findByText(`≈ ${formatDate(threeDays)}`)).toBeTruthy();
    expect(screen.getByText(formatDateTime(paidAt))).toBeTruthy();
    expect(screen.queryByText('3 дня назад')).toBeNull();
    expect(screen.queryByText('11 мая 2024 09:42')).toBeNull();
  });
});
