/**
 * The sync engine against the real mock server over HTTP (global fetch → 127.0.0.1),
 * with fakeBrowser for storage, badge and notifications.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { exportHistory, refresh, runSyncs } from '../../entrypoints/background/sync/run';
import { markSeen } from '../../entrypoints/background/sync/state';
import { accountsItem, cacheItem, leaseItem } from '../../utils/storage/items';
import { storedExchanges, storedPayouts } from '../history';
import * as history from '../../utils/storage/history';
import {
  addExchanges, byKind, clearRequests, control, MOCK_KEYS, requests, storeAccount, syncedAccount, useMockServer, withMock,
} from './mock';

const badge = () => fakeBrowser.action.getBadgeText({});
const notificationIds = async () => Object.keys(await fakeBrowser.notifications.getAll()).sort();
const cache = async () => (await cacheItem('acc').get())!;

const server = useMockServer();
afterEach(() => {
  vi.unstubAllGlobals();
});


describe('first sync', () => {
  it('stores the history as seen: empty badge, no notifications, three requests at per_page=100', async () => {
    await storeAccount(server);
    await runSyncs();
    expect(await badge()).toBe('');
    expect(await notificationIds()).toEqual([]);
    const c = await cache();
    expect(c.exchangeCount).toBe(5);
    expect(c.payoutCount).toBe(45);
    expect(c.arrivals).toEqual([]);
    expect(c.complete).toEqual({ exchanges: true, payouts: true });
    expect((await storedExchanges('acc')).every((e) => !e.live)).toBe(true);
    const log = await requests(server);
    expect(log.map((r) => r.path)).toEqual([
      '/api/v2/account/partner', '/api/v2/account/partner/exchanges', '/api/v2/account/partner/withdrawal',
    ]);
    expect(log.slice(1).every((r) => r.query.per_page === '100' && r.query.page === '1')).toBe(true);
    expect(log.every((r) => r.headers.authorization === `Bearer ${MOCK_KEYS.full}`)).toBe(true);
  });
});

describe('new exchanges', () => {
  it('3 new → badge "3" and three notifications; then markSeen clears the badge', async () => {
    await syncedAccount(server);
    const { added } = await addExchanges(server, 3);
    await runSyncs();
    expect(await badge()).toBe('3');
    expect(await notificationIds()).toEqual(added.map((e) => `exchange:acc:${e.id}`).sort());
    expect(byKind(await requests(server)).exchanges).toHaveLength(1);
    expect((await storedExchanges('acc')).filter((e) => e.live).map((e) => e.id).sort()).toEqual(added.map((e) => e.id).sort());

    await markSeen('acc', (await cache()).lastSuccessAt!);
    expect(await badge()).toBe('');
    expect(await notificationIds()).toEqual([]);
  });

  it('a steady sync looks each fetched page up once (the commit reuses the walk’s answer); a first sync looks nothing up', async () => {
    const lookups = vi.spyOn(history, 'storedIds');
    await storeAccount(server);
    await runSyncs();
    expect(lookups).not.toHaveBeenCalled();
    const { added } = await addExchanges(server, 5);
    await runSyncs();
    // One look-up per list: page 1 of exchanges, page 1 of payouts (both hold stored rows, so the walks stop).
    expect(lookups.mock.calls.map(([, list]) => list).sort()).toEqual(['exchanges', 'payouts']);
    expect((await cache()).arrivals.map((a) => a.id).sort()).toEqual(added.map((e) => e.id).sort());
    expect(await badge()).toBe('5');
    lookups.mockRestore();
  });

  it('7 new → badge "7" and one grouped notification', async () => {
    await syncedAccount(server);
    const { added } = await addExchanges(server, 7, 10);
    await runSyncs();
    expect(await badge()).toBe('7');
    const newest = Math.max(...added.map((e) => e.id));
    expect(await notificationIds()).toEqual([`exchanges:acc:${newest}`]);
    const shown = (await fakeBrowser.notifications.getAll())[`exchanges:acc:${newest}`]!;
    expect(shown.message.replace(/\s/g, ' ')).toBe('7 new referral bonuses, +₽70.00');
  });

  it('a sync with nothing new rewrites neither list and notifies nothing', async () => {
    await syncedAccount(server);
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    await runSyncs();
    const written = set.mock.calls.flatMap(([items]) => Object.keys(items));
    expect(written).toContain('cache:acc');
    expect(written).not.toContain('exchanges:acc');
    expect(written).not.toContain('payouts:acc');
    expect(await notificationIds()).toEqual([]);
  });
});

describe('payouts', () => {
  it('a payout turning paid → one notification', async () => {
    await syncedAccount(server);
    const unpaid = (await storedPayouts('acc')).find((w) => w.status === 'unpaid')!;
    await control(server, 'POST', `/__mock/payouts/${unpaid.id}/pay`);
    await runSyncs();
    expect(await notificationIds()).toEqual([`payout:acc:${unpaid.id}:paid`]);
    expect((await storedPayouts('acc')).find((w) => w.id === unpaid.id)!.status).toBe('paid');
    expect(await badge()).toBe('');
    await runSyncs();
    expect(await notificationIds()).toEqual([`payout:acc:${unpaid.id}:paid`]);
  });
});

describe('single flight', () => {
  it('two triggers at once (alarm + popup refresh) share one sync: one set of requests', async () => {
    await syncedAccount(server);
    await addExchanges(server, 2);
    const [alarm, popup] = await Promise.all([runSyncs(), refresh({ accountId: 'acc' })]);
    expect(alarm[0]!.status).toBe('synced');
    expect(popup).toEqual({ ok: true });
    expect((await requests(server)).length).toBe(3);
    expect(await notificationIds()).toHaveLength(2);
    expect(await badge()).toBe('2');
  });
});

describe('storage lease', () => {
  it('another live owner’s lease: skipped as busy, no request, nothing stored; once it expires the sync runs', async () => {
    await syncedAccount(server);
    await addExchanges(server, 2);
    await clearRequests(server);
    const before = await cache();
    await leaseItem('acc').set({ owner: 'other-worker', expiresAt: Date.now() + 60_000 });
    expect(await runSyncs()).toEqual([{ status: 'skipped', reason: 'busy' }]);
    expect(await requests(server)).toEqual([]);
    expect(await cache()).toEqual(before);
    await leaseItem('acc').set({ owner: 'other-worker', expiresAt: Date.now() - 1 });
    await runSyncs();
    expect(await badge()).toBe('2');
    expect(await leaseItem('acc').get()).toBeNull();
  });

  it('a lease lost between its write and its read-back: the pages may be asked for, but nothing is stored', async () => {
    await syncedAccount(server);
    await addExchanges(server, 2);
    const before = await cache();
    const rows = (await storedExchanges('acc')).length;
    const set = fakeBrowser.storage.local.set.bind(fakeBrowser.storage.local);
    const thief = { owner: 'other-worker', expiresAt: Date.now() + 60_000 };
    // Another owner writes its lease right after ours (what the read-back is there to catch).
    vi.spyOn(fakeBrowser.storage.local, 'set').mockImplementation(async (items: Record<string, unknown>) => {
      await set(items);
      if ('lease:acc' in items) await set({ 'lease:acc': thief });
    });
    expect(await runSyncs()).toEqual([{ status: 'skipped', reason: 'busy' }]);
    expect(await cache()).toEqual(before);
    expect(await storedExchanges('acc')).toHaveLength(rows);
    expect(await leaseItem('acc').get()).toEqual(thief);
  });
});

describe('layouts', () => {
  it('an account saved as v2 on a v3private site finds and keeps the other layout', async () => {
    const v3 = await withMock({ layout: 'v3private' });
    try {
      await storeAccount(v3, { layout: 'v2' });
      await runSyncs();
      expect((await accountsItem.get())[0]!.layout).toBe('v3private');
      expect((await cache()).exchangeCount).toBe(5);
      expect((await cache()).lastError).toBeNull();
      await clearRequests(v3);
      await runSyncs();
      expect((await requests(v3)).map((r) => r.path)).toEqual([
        '/api/v3/private/account/partner', '/api/v3/private/account/partner/exchanges', '/api/v3/private/account/partner/payouts',
      ]);
    } finally {
      await v3.close();
    }
  });
});

describe('long histories', () => {
  it('10 000 exchanges: the first sync walks 100 pages once each; 2 new later cost 1 exchange request', async () => {
    const big = await withMock({ exchanges: 10_000 });
    try {
      await storeAccount(big);
      await runSyncs();
      const first = byKind(await requests(big)).exchanges;
      expect(first).toHaveLength(100);
      expect(new Set(first.map((r) => r.query.page)).size).toBe(100);
      expect((await cache()).exchangeCount).toBe(10_000);
      expect((await cache()).complete.exchanges).toBe(true);
      expect(await badge()).toBe('');

      await clearRequests(big);
      await addExchanges(big, 2);
      await runSyncs();
      expect(byKind(await requests(big)).exchanges).toHaveLength(1);
      expect((await cache()).exchangeCount).toBe(10_002);
      expect(await badge()).toBe('2');
    } finally {
      await big.close();
    }
  });

  it('a capped walk is marked incomplete; an export resumes where it stopped, showing progress, and answers the count', async () => {
    const mid = await withMock({ exchanges: 250 });
    try {
      await storeAccount(mid);
      await runSyncs({ pageCap: 2 });
      expect((await cache()).exchangeCount).toBe(200);
      expect((await cache()).complete.exchanges).toBe(false);

      const progress = vi.spyOn(fakeBrowser.storage.session, 'set');
      await clearRequests(mid);
      expect(await exportHistory('acc', 'exchanges')).toEqual({ ok: true, count: 250 });
      // Page 1 (stored rows: the head walk stops), then the history resumes at page 3, never page 2 again.
      expect(byKind(await requests(mid)).exchanges.map((r) => r.query.page)).toEqual(['1', '3']);
      expect(progress.mock.calls.map(([items]) => items['progress:acc'])).toEqual([{ list: 'exchanges', pages: 2, rows: 150 }]);
      expect(await fakeBrowser.storage.session.get('progress:acc')).toEqual({});
      expect((await cache()).complete.exchanges).toBe(true);
      expect((await cache()).arrivals).toEqual([]);
      expect(await notificationIds()).toEqual([]);

      await clearRequests(mid);
      expect(await exportHistory('acc', 'exchanges')).toEqual({ ok: true, count: 250 });
      expect(await requests(mid)).toEqual([]);
    } finally {
      await mid.close();
    }
  });
});
