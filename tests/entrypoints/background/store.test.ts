import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  accountsItem, cacheItem, getChecked, leaseItem, legacyExchangesItem, legacyPayoutsItem, prefsItem, progressItem, seenItem, settingsItem,
} from '../../../entrypoints/background/store';
import { DEFAULT_SETTINGS } from '../../../utils/storage/items';
import { emptyCache, type Account } from '../../../utils/model';

const account: Account = { id: 'a', origin: 'https://x.example', layout: 'v2', key: '1|secretKey', label: 'x', addedAt: 1 };
let warn: ReturnType<typeof vi.spyOn>;

afterEach(() => warn?.mockRestore());
const quiet = () => (warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined));

describe('checked reads', () => {
  it('a valid value passes untouched, with no log and no write', async () => {
    quiet();
    await fakeBrowser.storage.local.set({ accounts: [account], 'cache:a': emptyCache() });
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    expect(await accountsItem.get()).toEqual([account]);
    expect(await cacheItem('a').get()).toEqual(emptyCache());
    expect(set).not.toHaveBeenCalled();
    expect(warn).not.toHaveBeenCalled();
  });

  // Every stored item, with garbage: each read answers the fallback and the item is reset, logged by key.
  const CORRUPT: [string, () => Promise<unknown>, unknown, unknown][] = [
    ['accounts', () => accountsItem.get(), 'not a list', []],
    ['settings', () => settingsItem.get(), 42, DEFAULT_SETTINGS],
    ['cache:a', () => cacheItem('a').get(), { summary: 'x' }, null],
    ['exchanges:a', () => legacyExchangesItem('a').get(), { 0: 1 }, []],
    ['withdrawals:a', () => legacyPayoutsItem('a').get(), 'oops', []],
    ['seen:a', () => seenItem('a').get(), { seenAt: 'yesterday' }, { seenAt: 0 }],
    ['lease:a', () => leaseItem('a').get(), [1, 2], null],
  ];
  it.each(CORRUPT)('%s: garbage is reset to the fallback and logged by key, never by value', async (key, read, garbage, fallback) => {
    quiet();
    await fakeBrowser.storage.local.set({ [key]: garbage });
    expect(await read()).toEqual(fallback);
    expect(await fakeBrowser.storage.local.get(key)).toEqual({});
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]![0])).toContain(`"${key}"`);
    expect(String(warn.mock.calls[0]![0])).not.toContain(String(garbage));
  });

  it('the session progress item too', async () => {
    quiet();
    await fakeBrowser.storage.session.set({ 'progress:a': { list: 'nope' } });
    expect(await progressItem('a').get()).toBeNull();
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
  });

  it('one damaged account row is dropped, the others kept (and the key never logged)', async () => {
    quiet();
    await fakeBrowser.storage.local.set({ accounts: [account, { id: 'b', key: '2|otherSecret' }] });
    expect(await accountsItem.get()).toEqual([account]);
    expect((await fakeBrowser.storage.local.get('accounts')).accounts).toEqual([account]);
    expect(JSON.stringify(warn.mock.calls)).not.toMatch(/secret/i);
  });

  it('settings of version 1 are migrated, keeping the user’s choices', async () => {
    quiet();
    await fakeBrowser.storage.local.set({ settings: { pollMinutes: 15, notifications: false } });
    const migrated = { ...DEFAULT_SETTINGS, pollMinutes: 15, notifyExchanges: false, notifyPayouts: false };
    expect(await settingsItem.get()).toEqual(migrated);
    expect((await fakeBrowser.storage.local.get('settings')).settings).toEqual(migrated);
  });

  it('settings written before the earnings tools get their new switches at the defaults, the user’s choices kept', async () => {
    quiet();
    const before = { pollMinutes: 10, notifyExchanges: false, notifyPayouts: true, csvSeparator: ';' };
    await fakeBrowser.storage.local.set({ settings: before });
    const migrated = { ...before, notifyPayoutRequests: true, notifyRates: true, notifyThreshold: true, sound: false, badgeShows: 'new' };
    expect(await settingsItem.get()).toEqual(migrated);
    expect((await fakeBrowser.storage.local.get('settings')).settings).toEqual(migrated);
  });

  it('account prefs missing a field added later keep the partner’s values; garbage in one is reset', async () => {
    quiet();
    await fakeBrowser.storage.local.set({ 'prefs:a': { minWithdrawal: 2000 }, 'prefs:b': { minWithdrawal: 'lots' } });
    expect(await prefsItem('a').get()).toEqual({ minWithdrawal: 2000, monthlyGoal: null, referralLink: null });
    expect((await fakeBrowser.storage.local.get('prefs:a'))['prefs:a']).toEqual({ minWithdrawal: 2000, monthlyGoal: null, referralLink: null });
    expect(await prefsItem('b').get()).toEqual({ minWithdrawal: null, monthlyGoal: null, referralLink: null });
  });

  it('a cache written before the payout glossary is migrated, not thrown away', async () => {
    quiet();
    const { recentPayouts, payoutCount, complete, summary, ...rest } = { ...emptyCache(), summary: null };
    const old = {
      ...rest, recentWithdrawals: recentPayouts, withdrawalCount: payoutCount, complete: { exchanges: true, withdrawals: true },
      summary: { percent: 1, referrals: 2, currency: 'rub', referralHash: null, balance: 3, totalEarned: 4, totalWithdrawn: 5 },
    };
    void complete; void summary;
    await fakeBrowser.storage.local.set({ 'cache:a': old });
    const cache = await cacheItem('a').get();
    expect(cache?.complete).toEqual({ exchanges: true, payouts: true });
    expect(cache?.summary?.totalPaidOut).toBe(5);
    expect(cache?.recentPayouts).toEqual([]);
  });

  it('a cache written before the payout totals gets them empty (the next sync computes them)', async () => {
    quiet();
    const { payoutTotals, ...old } = { ...emptyCache(), summary: null };
    void payoutTotals;
    await fakeBrowser.storage.local.set({ 'cache:a': old });
    expect(await cacheItem('a').get()).toEqual({ ...old, payoutTotals: null });
  });

  it('a cache whose rows predate dates (no createdAt) passes as it is; a wrong precision does not', async () => {
    quiet();
    const row = { id: 1, orderId: '000123', amount: 1, currency: 'rub', status: 'referral', createdText: '1 day ago', firstSeenAt: 5, live: false };
    const payout = { id: 1, createdText: '11 May 2024 09:42', status: 'paid', amount: '1.00', currency: 'RUB', system: 'Sber', firstSeenAt: 5 };
    const old = { ...emptyCache(), recentExchanges: [row], recentPayouts: [payout] };
    await fakeBrowser.storage.local.set({ 'cache:a': old });
    expect(await cacheItem('a').get()).toEqual(old);
    expect(warn).not.toHaveBeenCalled();
    const dated = { ...old, recentExchanges: [{ ...row, createdAt: 9, createdPrecision: 'day' }, { ...row, id: 2, createdAt: null, createdPrecision: null }] };
    await fakeBrowser.storage.local.set({ 'cache:a': dated });
    expect(await cacheItem('a').get()).toEqual(dated);
    await fakeBrowser.storage.local.set({ 'cache:a': { ...old, recentExchanges: [{ ...row, createdPrecision: 'fortnight' }] } });
    expect(await cacheItem('a').get()).toBeNull();
  });

  it('getChecked reads several items in one call and checks each', async () => {
    quiet();
    await fakeBrowser.storage.local.set({ 'seen:a': { seenAt: 5 }, 'seen:b': 'bad' });
    const get = vi.spyOn(fakeBrowser.storage.local, 'get');
    expect(await getChecked('local', [seenItem('a'), seenItem('b')])).toEqual([{ seenAt: 5 }, { seenAt: 0 }]);
    expect(get).toHaveBeenCalledTimes(1);
    expect(await fakeBrowser.storage.local.get('seen:b')).toEqual({});
  });
});
