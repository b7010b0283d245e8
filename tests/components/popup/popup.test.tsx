// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { browser } from 'wxt/browser';
import { Popup } from '../../../components/popup/Popup';
import { setLocale } from '../../../utils/i18n';
import { formatDate } from '../../../utils/format';
import { errorText, requestIdText } from '../../../utils/i18n/errors';
import { KEY_A, KEY_B, MIN, account, cache, exchange, fakeBackground, payout, plain, seed } from './fakes';

/** The balance, once what is below it (its own chunk, see AccountView) has rendered too. */
const balance = async () => {
  await screen.findByRole('button', { name: 'Refresh' });
  return screen.getByRole('status', { name: 'Balance' });
};

describe('popup states', () => {
  it('without an account invites to connect one and opens the options page', async () => {
    fakeBackground();
    const open = vi.spyOn(browser.runtime, 'openOptionsPage').mockResolvedValue(undefined);
    render(<Popup />);
    expect(await screen.findByRole('heading', { name: 'Connect your exchange account' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Connect account' }));
    expect(open).toHaveBeenCalledOnce();
    expect(screen.queryByRole('button', { name: 'Refresh' })).toBeNull();
  });

  it('shows fresh data: balance, figures, history, lists; never the key', async () => {
    const now = Date.now();
    await seed([{
      account: account('a', 'exchanger.example'),
      cache: cache({
        recentExchanges: [
          exchange(3, { live: true, firstSeenAt: now - 5 * MIN, amount: 12.5 }),
          exchange(2, { createdText: '3 недели назад' }),
        ],
        recentPayouts: [payout(7, { status: 'unpaid', amount: '250.5' }), payout(6), payout(5, { status: 'rejected?' })],
        exchangeCount: 2,
        payoutCount: 3,
        history: [{ at: now - 60 * MIN, balance: 1000 }, { at: now - 30 * MIN, balance: 1190.36 }],
      }),
    }]);
    fakeBackground();
    render(<Popup />);
    expect(plain((await balance()).textContent)).toBe('₽1,190.36');
    expect(screen.getByText('exchanger.example', { exact: false, selector: '.account-label' })).toBeTruthy();
    const stats = screen.getByText('Referral percent').closest('dl')!;
    expect(plain(stats.textContent)).toBe('Referral percent0.5 %Referrals2');
    expect(screen.getByText('Gz')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Copy referral code Gz' })).toBeTruthy();
    // The chart states its period (from its first point): in its name, and visibly under it.
    const since = formatDate(now - 60 * MIN);
    const chart = await screen.findByRole('img', { name: `Balance history since ${since}: lowest ₽1,000.00, highest ₽1,190.36` });
    expect(chart.closest('.spark')!.querySelector('.spark-period')!.textContent).toBe(`since ${since}`);
    expect(screen.getByText('Updated 2 minutes ago')).toBeTruthy();
    expect(screen.queryByText('Out of date')).toBeNull();

    const exchanges = within(screen.getByRole('region', { name: /Referral exchanges/ }));
    const rows = exchanges.getAllByRole('listitem');
    expect(rows).toHaveLength(2);
    expect(plain(rows[0]!.textContent)).toContain('+₽12.50');
    expect(rows[0]!.textContent).toContain('5 minutes ago');
    expect(rows[0]!.querySelector('time')!.getAttribute('datetime')).toBe(new Date(now - 5 * MIN).toISOString());
    expect(rows[1]!.textContent).toContain('Order 1713350854302');
    expect(rows[1]!.textContent).toContain('3 недели назад');
    // One control per row: the order number itself copies (its visible words are in its name).
    expect(exchanges.getByRole('button', { name: 'Order 1713350854302, copy' })).toBeTruthy();
    expect(exchanges.queryAllByRole('button', { name: /^Copy/ })).toEqual([]);

    const payouts = within(screen.getByRole('region', { name: /Payouts/ })).getAllByRole('listitem');
    expect(plain(payouts[0]!.textContent)).toBe('₽250.50Awaiting payout11 мая 2024 09:42Сбербанк RUB');
    expect(payouts[1]!.textContent).toContain('Paid');
    expect(payouts[2]!.textContent).toContain('rejected?');

    expect(document.body.innerHTML).not.toContain(KEY_A);
    expect(document.body.innerHTML).not.toContain('demoFullAccessKey');
  });

  it('when the last sync failed: keeps the balance, marks it out of date, explains with the request ID', async () => {
    const lastError = { kind: 'unauthorized' as const, status: 401, requestId: 'req-abc-123', at: Date.now() - MIN };
    await seed([{ account: account('a', 'exchanger.example'), cache: cache({ lastError }) }]);
    fakeBackground();
    render(<Popup />);
    expect(plain((await balance()).textContent)).toBe('₽1,190.36');
    const { message, action } = errorText(lastError);
    expect(await screen.findByText(message)).toBeTruthy();
    expect(screen.getByText(action)).toBeTruthy();
    expect(screen.getByText(requestIdText('req-abc-123'))).toBeTruthy();
    // Fresh data whose update failed: "Update failed", never "Updated …" beside "Out of date".
    expect(screen.getByText('Update failed')).toBeTruthy();
    expect(screen.queryByText('Out of date')).toBeNull();
    expect(screen.getByText('Last successful update 2 minutes ago')).toBeTruthy();
    // The cause first, then what it means for the figures, then what to do and the control that does it.
    const note = screen.getByText(message).closest('.note')!;
    expect([...note.querySelectorAll('p')].map((p) => p.textContent).slice(0, 3)).toEqual([message, 'Showing the last saved data.', action]);
    // To this account's edit form (options.html#edit=<id>), where the key field has the focus.
    const open = vi.spyOn(browser.tabs, 'create').mockResolvedValue(undefined as never);
    fireEvent.click(screen.getByRole('button', { name: 'Enter a new key' }));
    await vi.waitFor(() => expect(open).toHaveBeenCalledOnce());
    expect(open.mock.calls[0]![0].url).toMatch(/\/options\.html#edit=a$/);
    expect(screen.getByRole('button', { name: 'Copy request ID' })).toBeTruthy();
  });

  it('with several accounts: a switcher; switching shows the other', async () => {
    const now = Date.now();
    const synced = now - MIN;
    await seed([
      { account: account('a', 'one.example', KEY_A), cache: cache({ lastSuccessAt: synced, lastSyncAt: synced }), seenAt: synced },
      {
        account: account('b', 'two.example', KEY_B),
        cache: cache({
          summary: { ...cache().summary!, balance: 5, currency: 'usd' },
          lastSuccessAt: synced, lastSyncAt: synced,
          recentExchanges: [exchange(9, { live: true, firstSeenAt: synced }), exchange(8, { live: true, firstSeenAt: synced }), exchange(1)],
          arrivals: [{ id: 9, at: synced }, { id: 8, at: synced }],
        }),
        seenAt: now - 10 * MIN,
      },
    ]);
    const bg = fakeBackground();
    render(<Popup />);
    // Opens on the account with news.
    expect(plain((await balance()).textContent)).toBe('$5.00');
    const tabs = await screen.findAllByRole('tab'); // the switcher arrives a frame after the balance
    // The tab on screen is being seen: no count on it (tabs.test.tsx has the counts of the others).
    expect(tabs.map((t) => plain(t.textContent))).toEqual(['one.example', 'two.example']);
    expect(screen.getByRole('tab', { name: 'two.example' }).getAttribute('aria-selected')).toBe('true');
    expect(screen.getByRole('tabpanel', { name: 'two.example' })).toBeTruthy();
    expect(screen.getAllByText('New')).toHaveLength(2);
    await waitFor(() => expect(bg.ofType('markSeen')).toEqual([{ type: 'markSeen', accountId: 'b', through: synced }]));

    fireEvent.click(screen.getByRole('tab', { name: 'one.example' }));
    expect(plain((await balance()).textContent)).toBe('₽1,190.36');
    expect(screen.queryByText('New')).toBeNull();
    // Arrow keys move between tabs too.
    fireEvent.keyDown(screen.getByRole('tab', { name: 'one.example' }), { key: 'ArrowRight' });
    expect(plain((await balance()).textContent)).toBe('$5.00');
    expect(document.activeElement).toBe(screen.getByRole('tab', { name: 'two.example' }));
    expect(document.body.innerHTML).not.toContain(KEY_B);
  });

  it('with empty lists says so', async () => {
    await seed([{ account: account('a', 'exchanger.example'), cache: cache() }]);
    fakeBackground();
    render(<Popup />);
    await balance();
    expect(screen.getByText(/No referral exchanges yet/)).toBeTruthy();
    expect(screen.getByText('No payouts yet.')).toBeTruthy();
    expect(screen.queryAllByRole('listitem')).toHaveLength(0);
    expect(screen.queryByRole('button', { name: /Show all/ })).toBeNull();
  });

  it('before the first sync: no numbers yet, says it is getting them', async () => {
    await seed([{ account: account('a', 'exchanger.example'), cache: null }]);
    fakeBackground({ refresh: () => new Promise(() => {}) });
    render(<Popup />);
    expect(await screen.findByText('Getting your data from the site…')).toBeTruthy();
    expect(screen.queryByRole('status', { name: 'Balance' })).toBeNull();
  });

  it('shows ten exchanges, then all of the recent list', async () => {
    const list = Array.from({ length: 25 }, (_, i) => exchange(100 - i));
    await seed([{ account: account('a', 'exchanger.example'), cache: cache({ recentExchanges: list, exchangeCount: 480 }) }]);
    fakeBackground();
    render(<Popup />);
    await balance();
    const region = within(screen.getByRole('region', { name: /Referral exchanges/ }));
    expect(plain(screen.getByRole('heading', { name: /Referral exchanges/ }).textContent)).toBe('Referral exchanges · 480');
    expect(region.getAllByRole('listitem')).toHaveLength(10);
    // 25 recent rows of 480: the button must not promise "all".
    fireEvent.click(region.getByRole('button', { name: 'Show the last 25' }));
    expect(region.getAllByRole('listitem')).toHaveLength(25);
    expect(region.getByRole('button', { name: 'Show fewer' }).getAttribute('aria-expanded')).toBe('true');
  });

  it('says "Show all" when the recent list is the whole history', async () => {
    const list = Array.from({ length: 12 }, (_, i) => exchange(100 - i));
    await seed([{ account: account('a', 'exchanger.example'), cache: cache({ recentExchanges: list, exchangeCount: 12 }) }]);
    fakeBackground();
    render(<Popup />);
    await balance();
    const region = within(screen.getByRole('region', { name: /Referral exchanges/ }));
    fireEvent.click(region.getByRole('button', { name: 'Show all (12)' }));
    expect(region.getAllByRole('listitem')).toHaveLength(12);
  });
});

describe('popup details', () => {
  it('marks the first frame that shows a balance, once, for the benchmark', async () => {
    performance.clearMarks('iex:balance-painted');
    await seed([{ account: account('a', 'exchanger.example'), cache: cache() }]);
    fakeBackground();
    render(<Popup />);
    await screen.findByRole('status', { name: 'Balance' });
    expect(performance.getEntriesByName('iex:balance-painted')).toHaveLength(0);
    await waitFor(() => expect(performance.getEntriesByName('iex:balance-painted')).toHaveLength(1));
    fireEvent.click(await screen.findByRole('button', { name: 'Refresh' }));
    await new Promise((r) => requestAnimationFrame(r));
    expect(performance.getEntriesByName('iex:balance-painted')).toHaveLength(1);
  });

  it('copies an order number and says "Copied"', async () => {
    const writeText = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    await seed([{ account: account('a', 'exchanger.example'), cache: cache({ recentExchanges: [exchange(5)] }) }]);
    fakeBackground();
    render(<Popup />);
    const button = await screen.findByRole('button', { name: 'Order 1713350854305, copy' });
    fireEvent.click(button);
    await waitFor(() => expect(screen.getByText('Copied')).toBeTruthy());
    expect(writeText).toHaveBeenCalledWith('1713350854305');
    // The name does not jump while "Copied" shows.
    expect(screen.getByRole('button', { name: 'Order 1713350854305, copy' })).toBe(button);
    expect(screen.getAllByRole('status').some((s) => s.textContent === 'Copied')).toBe(true);
  });

  it('opens the options page from the settings button', async () => {
    await seed([{ account: account('a', 'exchanger.example'), cache: cache() }]);
    fakeBackground();
    const open = vi.spyOn(browser.runtime, 'openOptionsPage').mockResolvedValue(undefined);
    render(<Popup />);
    fireEvent.click(await screen.findByRole('button', { name: 'Settings' }));
    expect(open).toHaveBeenCalledOnce();
  });
});

describe('popup in Russian', () => {
  it('formats money, counts and texts the Russian way', async () => {
    setLocale('ru');
    await seed([{
      account: account('a', 'exchanger.example'),
      cache: cache({
        recentPayouts: [payout(1, { status: 'unpaid', amount: '1190.36' })],
        recentExchanges: [exchange(1, { amount: 95.18 })],
        exchangeCount: 1, payoutCount: 1,
      }),
    }]);
    fakeBackground();
    render(<Popup />);
    expect(plain((await screen.findByRole('status', { name: 'Баланс' })).textContent)).toBe('1 190,36 ₽');
    expect(screen.getByText('Обновлено 2 минуты назад')).toBeTruthy();
    expect(plain(screen.getByText('Выплачено всего', { selector: 'dt' }).nextElementSibling!.textContent)).toBe('1 000,00 ₽');
    expect(plain(screen.getByText('Заявка 1713350854301').closest('li')!.textContent)).toContain('+95,18 ₽');
    expect(screen.getByText('Ожидает выплаты')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Обновить' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'CSV обменов' })).toBeTruthy();
  });
});
