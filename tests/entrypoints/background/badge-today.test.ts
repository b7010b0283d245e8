import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { localDay, sumByCurrency, todayEarnings } from '../../../entrypoints/background/badge-today';
import { followBadgeSetting, refreshBadge } from '../../../entrypoints/background/sync/state';
import { accountsItem, cacheItem, settingsItem, DEFAULT_SETTINGS } from '../../../utils/storage/items';
import { emptyCache, type ExchangeRecord } from '../../../utils/model';
import { seedExchanges } from '../../history';

const row = (id: number, amount: number, createdAt: number | null, currency = 'rub'): ExchangeRecord => ({
  id, orderId: String(id), amount, currency, status: 'referral', createdText: '', firstSeenAt: 0, live: true, createdAt,
});

describe("today's earnings", () => {
  it('the local day: from midnight to the next midnight, also across a DST change', () => {
    const noon = new Date(2026, 2, 29, 12, 0).getTime();
    const { from, to } = localDay(noon);
    expect(new Date(from)).toEqual(new Date(2026, 2, 29, 0, 0));
    expect(new Date(to)).toEqual(new Date(2026, 2, 30, 0, 0));
    expect(localDay(from).from).toBe(from);
    expect(localDay(to - 1).to).toBe(to);
  });

  it('sums per currency in kopecks (0.1 + 0.2 is 0.3), in first-seen order', () => {
    expect(sumByCurrency([{ amount: 0.1, currency: 'rub' }, { amount: 5, currency: 'usd' }, { amount: 0.2, currency: 'RUB' }])).toEqual([
      { currency: 'rub', amount: 0.3 }, { currency: 'usd', amount: 5 },
    ]);
    expect(sumByCurrency([])).toEqual([]);
  });

  it('adds the rows created since local midnight across accounts; yesterday, tomorrow and unknown dates do not count', async () => {
    const now = new Date(2026, 11, 3, 15, 30).getTime();
    const { from, to } = localDay(now);
    await seedExchanges('a', [row(1, 100.5, from), row(2, 20, now), row(3, 999, from - 1), row(4, 7, null)]);
    await seedExchanges('b', [row(1, 1000, now - 60_000), row(2, 50, to)]);
    await seedExchanges('c', [row(1, 3, now)]);
    expect(await todayEarnings(['a', 'b'], now)).toEqual([{ currency: 'rub', amount: 1120.5 }]);
    expect(await todayEarnings([], now)).toEqual([]);
  });
});

describe('the badge follows the setting', () => {
  it("switching to 'today' and to 'none' redraws the badge at once", async () => {
    const at = Date.now();
    await accountsItem.set([{ id: 'a', origin: 'https://a.example', layout: 'v2', key: 'k', label: 'a.example', addedAt: 1 }]);
    await cacheItem('a').set({ ...emptyCache(), lastSuccessAt: at, arrivals: [{ id: 1, at }, { id: 2, at }] });
    await seedExchanges('a', [row(1, 1500, at), row(2, 700, at)]);
    expect((await refreshBadge()).text).toBe('2');

    const stop = followBadgeSetting();
    await settingsItem.set({ ...DEFAULT_SETTINGS, badgeShows: 'today' });
    await expect.poll(() => fakeBrowser.action.getBadgeText({})).toBe('2.2k');
    expect(await fakeBrowser.action.getTitle({})).toContain('Earned today: ₽2,200.00');
    await settingsItem.set({ ...DEFAULT_SETTINGS, badgeShows: 'none' });
    await expect.poll(() => fakeBrowser.action.getBadgeText({})).toBe('');
    stop();
  });
});
