// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { Popup } from '../../../components/popup/Popup';
import { siteProblem, totalBalance } from '../../../components/popup/AccountTabs';
import { seenItem } from '../../../utils/storage/items';
import { setLocale } from '../../../utils/i18n';
import type { SyncError } from '../../../utils/model';
import { KEY_A, KEY_B, MIN, account, cache, exchange, fakeBackground, plain, seed } from './fakes';

const synced = Date.now() - MIN;
const fresh = (over: Parameters<typeof cache>[0] = {}) => cache({ lastSuccessAt: synced, lastSyncAt: synced, ...over });
const withNews = (ids: number[]) => ({
  recentExchanges: ids.map((id) => exchange(id, { live: true, firstSeenAt: synced })),
  arrivals: ids.map((id) => ({ id, at: synced })),
});
const failed = (kind: SyncError['kind']) => ({ kind, status: kind === 'unauthorized' ? 401 : 500, requestId: null, at: synced }) as SyncError;

/** The popup's background: markSeen stores the seen mark, as the real one does. */
function background() {
  return fakeBackground({
    markSeen: async ({ accountId, through }) => {
      await seenItem(accountId).set({ seenAt: through });
      return { ok: true };
    },
  });
}

const tabNames = async () => (await screen.findAllByRole('tab')).map((tab) => tab.getAttribute('aria-label') ?? plain(tab.textContent));

describe('account tabs: every site at one look', () => {
  it("each tab carries its own new count and its site's problem, in its name and as a mark", async () => {
    await seed([
      { account: account('a', 'one.example', KEY_A), cache: fresh(withNews([7])), seenAt: 0 },
      // Its last success is older than two update intervals (5 min): its figures are marked old.
      { account: account('b', 'down.example', KEY_B), cache: fresh({ ...withNews([9, 8, 6]), lastError: failed('server'), lastSuccessAt: Date.now() - 11 * MIN }), seenAt: 0 },
      { account: account('c', 'refused.example', KEY_B), cache: fresh({ lastError: failed('unauthorized') }), seenAt: synced },
    ]);
    background();
    render(<Popup />);
    expect(await tabNames()).toEqual([
      'one.example',
      'down.example, 3 new, could not update, showing saved data',
      'refused.example, the key needs fixing: open the settings',
    ]);
    const [, down, refused] = screen.getAllByRole('tab');
    expect(plain(down!.textContent)).toBe('down.example3!');
    expect(down!.querySelector('.tab-mark')!.className).toBe('tab-mark');
    expect(refused!.querySelector('.tab-mark')!.className).toBe('tab-mark key');
    // The full label is the tooltip too (long labels are cut in the row).
    expect(down!.title).toBe('down.example, 3 new, could not update, showing saved data');
  });

  it('a viewed tab loses its count at once and keeps it lost after switching away', async () => {
    await seed([
      { account: account('a', 'one.example', KEY_A), cache: fresh(withNews([7])), seenAt: 0 },
      { account: account('b', 'two.example', KEY_B), cache: fresh(withNews([9, 8])), seenAt: 0 },
    ]);
    const bg = background();
    render(<Popup />);
    expect(await tabNames()).toEqual(['one.example', 'two.example, 2 new']);
    fireEvent.click(screen.getByRole('tab', { name: 'two.example, 2 new' }));
    expect(await tabNames()).toEqual(['one.example', 'two.example']);
    await waitFor(() => expect(bg.ofType('markSeen').map((m) => m.accountId)).toEqual(['a', 'b']));
    fireEvent.click(screen.getByRole('tab', { name: 'one.example' }));
    await waitFor(async () => expect(await tabNames()).toEqual(['one.example', 'two.example']));
    expect(screen.getAllByRole('tab').some((tab) => tab.querySelector('.count'))).toBe(false);
  });

  it('a total across sites when they share a currency, none when they do not', async () => {
    await seed([
      { account: account('a', 'one.example', KEY_A), cache: fresh() },
      { account: account('b', 'two.example', KEY_B), cache: fresh({ summary: { ...fresh().summary!, balance: 0.1 } }) },
      { account: account('c', 'three.example', KEY_B), cache: fresh({ summary: { ...fresh().summary!, balance: 0.2, currency: 'RUB' } }) },
    ]);
    background();
    render(<Popup />);
    expect(plain((await screen.findByText(/^Total on/)).textContent)).toBe('Total on 3 sites: ₽1,190.66');
  });

  it('a single failed update stays quiet; old figures or a site that never answered are marked', () => {
    const now = Date.now();
    const at = (lastSuccessAt: number | null) => fresh({ lastError: failed('network'), lastSuccessAt });
    expect(siteProblem(at(now - 9 * MIN), 5, now)).toBeNull();
    expect(siteProblem(at(now - 11 * MIN), 5, now)).toBe('stale');
    expect(siteProblem(at(now - 11 * MIN), 10, now)).toBeNull();
    expect(siteProblem(at(null), 5, now)).toBe('stale');
    expect(siteProblem(fresh({ lastError: failed('forbidden') }), 5, now)).toBe('keyProblem');
    expect(siteProblem(fresh({ backoff: { failures: 3, nextAttemptAt: null, paused: true } }), 5, now)).toBe('keyProblem');
    expect(siteProblem(fresh(), 5, now)).toBeNull();
    expect(siteProblem(null, 5, now)).toBeNull();
  });

  it('totalBalance: null when a site has no balance yet or another currency', () => {
    const data = (summaries: ({ balance: number; currency: string } | null)[]) => ({
      accounts: summaries.map((_, i) => account(String(i), `${i}.example`)),
      settings: {} as never,
      markedNew: {},
      byId: Object.fromEntries(summaries.map((s, i) => [String(i), { seenAt: 0, cache: fresh({ summary: s && { ...fresh().summary!, ...s } }) }])),
    });
    expect(totalBalance(data([{ balance: 1, currency: 'rub' }, { balance: 2.5, currency: 'rub' }]))).toEqual({ amount: 3.5, currency: 'rub' });
    expect(totalBalance(data([{ balance: 1, currency: 'rub' }, { balance: 2, currency: 'usd' }]))).toBeNull();
    expect(totalBalance(data([{ balance: 1, currency: 'rub' }, null]))).toBeNull();
  });

  it('in Russian', async () => {
    setLocale('ru');
    await seed([
      { account: account('a', 'one.example', KEY_A), cache: fresh(withNews([7])), seenAt: 0 },
      { account: account('b', 'two.example', KEY_B), cache: fresh({ ...withNews([9, 8]), lastError: failed('forbidden') }), seenAt: 0 },
    ]);
    background();
    render(<Popup />);
    expect(await tabNames()).toEqual(['one.example', 'two.example, 2 новых, нужно исправить ключ: откройте настройки']);
    expect(plain((await screen.findByText(/^Всего на/)).textContent)).toBe('Всего на 2 сайтах: 2 380,72 ₽');
  });
});
