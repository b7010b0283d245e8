/**
 * The merge cases that used to lose data, each against the real mock site over HTTP, with the
 * history in (fake) IndexedDB: a huge id, an empty payouts answer, a giant page, endless pages,
 * a failed write, and a long history that arrives over several syncs.
 */
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { alertsSettled, refresh, runSyncs } from '../../entrypoints/background/sync/run';
import { removeAccount } from '../../entrypoints/background/accounts';
import * as history from '../../utils/storage/history';
import { cacheItem } from '../../utils/storage/items';
import { storedExchanges, storedPayouts } from '../history';
import { addExchanges, byKind, clearRequests, fault, requests, storeAccount, syncedAccount, useMockServer, withMock } from './mock';

const server = useMockServer();
const cache = async () => (await cacheItem('acc').get())!;
const badge = () => fakeBrowser.action.getBadgeText({});

describe('merge by identity', () => {
  it('one exchange with id 2^53−1 listed once does not hide the exchanges after it', async () => {
    await syncedAccount(server);
    await fault(server, { mode: 'hugeId', path: 'exchanges' });
    await runSyncs();
    expect((await storedExchanges('acc')).some((e) => e.id === Number.MAX_SAFE_INTEGER)).toBe(true);
    const { added } = await addExchanges(server, 2);
    await runSyncs();
    const stored = new Set((await storedExchanges('acc')).map((e) => e.id));
    expect(added.every((e) => stored.has(e.id))).toBe(true);
    expect(await badge()).toBe('3');
  });

  it('an empty payouts answer keeps every stored payout and its first-seen time', async () => {
    await syncedAccount(server);
    const before = await storedPayouts('acc');
    expect(before.length).toBeGreaterThan(0);
    await fault(server, { mode: 'emptyPayouts', count: 3 });
    for (let i = 0; i < 3; i++) await refresh({ accountId: 'acc' });
    expect(await storedPayouts('acc')).toEqual(before);
    expect((await cache()).payoutCount).toBe(before.length);
  });

  it('a page with more rows than asked is a bad answer: nothing of it is stored', async () => {
    await syncedAccount(server);
    const before = await storedExchanges('acc');
    await fault(server, { mode: 'giantPage', path: 'exchanges', rows: 5000 });
    expect(await refresh({ accountId: 'acc' })).toMatchObject({ ok: false, error: { kind: 'badResponse' } });
    expect(await storedExchanges('acc')).toEqual(before);
  });

  it('endless pages with ever-new ids: one sync stops at its page cap, the next goes on from there', async () => {
    await syncedAccount(server);
    await fault(server, { mode: 'endless', path: 'exchanges', count: 1_000_000 });
    await clearRequests(server);
    await runSyncs({ pageCap: 5 });
    expect(byKind(await requests(server)).exchanges).toHaveLength(5);
    expect((await cache()).exchangeCount).toBe(505);
  });

  it('a failed write is a storage failure with its own backoff; refresh reports it; nothing half-stored', async () => {
    await syncedAccount(server);
    const before = await cache();
    await addExchanges(server, 2);
    const commit = vi.spyOn(history, 'commitRows').mockRejectedValueOnce(new Error('QuotaExceededError'));
    expect(await refresh({ accountId: 'acc' })).toEqual({ ok: false, error: { kind: 'storage', status: null, requestId: null } });
    expect((await cache()).exchangeCount).toBe(before.exchangeCount);
    expect((await cache()).backoff).toMatchObject({ failures: 1, paused: false, nextAttemptAt: expect.any(Number) });
    commit.mockRestore();
    await refresh({ accountId: 'acc' });
    expect((await cache()).exchangeCount).toBe(before.exchangeCount + 2);
    await alertsSettled(); // a refresh answers before its badge is drawn
    expect(await badge()).toBe('2');
  });
});

describe('long histories', () => {
  it('a history longer than a sync’s page cap arrives over the following syncs, never as arrivals', async () => {
    const big = await withMock({ exchanges: 1050 });
    try {
      await storeAccount(big);
      await runSyncs({ pageCap: 4 });
      expect(await cache()).toMatchObject({ exchangeCount: 400, complete: { exchanges: false }, resume: { exchanges: 5 } });
      await addExchanges(big, 1);
      await clearRequests(big);
      await runSyncs({ pageCap: 4 });
      // Page 1 (meets stored rows), then pages 5, 6, 7 of the history.
      expect(byKind(await requests(big)).exchanges.map((r) => r.query.page)).toEqual(['1', '5', '6', '7']);
      // The new row pushed the history one row down: page 5 starts with a stored row, nothing is skipped.
      expect((await cache()).exchangeCount).toBe(700);
      await runSyncs({ pageCap: 4 });
      expect(await cache()).toMatchObject({ exchangeCount: 1000, complete: { exchanges: false } });
      await runSyncs({ pageCap: 4 });
      expect(await cache()).toMatchObject({ exchangeCount: 1051, complete: { exchanges: true }, resume: { exchanges: null } });
      expect(new Set((await storedExchanges('acc')).map((e) => e.id)).size).toBe(1051);
      expect(await badge()).toBe('1');
    } finally {
      await big.close();
    }
  });

  it('Disconnect deletes the account’s stored rows', async () => {
    await syncedAccount(server);
    expect((await storedExchanges('acc')).length).toBeGreaterThan(0);
    await removeAccount({ accountId: 'acc' });
    expect(await storedExchanges('acc')).toEqual([]);
    expect(await storedPayouts('acc')).toEqual([]);
  });
});
