/**
 * The sync engine's failure paths against the real mock server: a refused key pauses polling,
 * Retry-After is honoured, a proxy's HTML page keeps the last good data, offline waits.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { refresh, runSyncs } from '../../entrypoints/background/sync/run';
import { cacheItem } from '../../utils/storage/items';
import { storedExchanges, storedPayouts } from '../history';
import {
  clearRequests, fault, MOCK_KEYS, requests, storeAccount, syncedAccount, useMockServer, withMock,
} from './mock';

const badge = () => fakeBrowser.action.getBadgeText({});
const cache = async () => (await cacheItem('acc').get())!;

const server = useMockServer();
afterEach(() => {
  vi.unstubAllGlobals();
});


describe('errors', () => {
  it('401 → badge "!", polling stops until the key changes; a manual refresh retries once', async () => {
    await syncedAccount(server);
    await fault(server, { mode: '401' });
    await runSyncs();
    expect(await badge()).toBe('!');
    expect((await cache()).backoff.paused).toBe(true);
    expect((await cache()).exchangeCount).toBe(5);
    await clearRequests(server);

    await runSyncs({ now: () => Date.now() + 24 * 3_600_000 });
    expect(await requests(server)).toEqual([]);

    expect(await refresh({ accountId: 'acc' })).toEqual({ ok: true });
    expect((await requests(server)).length).toBe(3);
    expect(await badge()).toBe('');
  });

  it('a revoked key stays paused; saving another key clears the old data and the pause', async () => {
    const { handlers } = await import('../../entrypoints/background/messages');
    await storeAccount(server, { key: MOCK_KEYS.revoked });
    await runSyncs();
    expect(await badge()).toBe('!');
    expect((await cache()).lastError).toMatchObject({ kind: 'unauthorized', status: 401 });
    expect(JSON.stringify(await cache())).not.toContain(MOCK_KEYS.revoked);
    const refused = await refresh({ accountId: 'acc' });
    expect(refused).toMatchObject({ ok: false, error: { kind: 'unauthorized' } });
    expect((await cache()).backoff).toMatchObject({ paused: true, failures: 2 });

    await handlers.editAccount({ accountId: 'acc', origin: server.url, key: MOCK_KEYS.partner, label: 'mock', verify: true });
    await vi.waitFor(async () => expect((await cacheItem('acc').get())?.lastSuccessAt).toEqual(expect.any(Number)));
    expect((await cache()).backoff).toEqual({ failures: 0, nextAttemptAt: null, paused: false });
    expect(await badge()).toBe('');
  });

  it('429 with Retry-After: 120 → no attempt before 120 s, then a normal one', async () => {
    await syncedAccount(server);
    await fault(server, { mode: '429', retryAfter: 120 });
    await runSyncs();
    const failed = await cache();
    expect(failed.lastError).toMatchObject({ kind: 'rateLimited', retryAfterSeconds: 120, status: 429 });
    expect(failed.backoff.nextAttemptAt! - failed.lastSyncAt!).toBe(120_000);
    await clearRequests(server);

    await runSyncs({ now: () => failed.lastSyncAt! + 119_000 });
    expect(await requests(server)).toEqual([]);
    await runSyncs({ now: () => failed.lastSyncAt! + 120_000 });
    expect(await requests(server)).toHaveLength(3);
    expect((await cache()).lastError).toBeNull();
  });

  it('an HTML 502 keeps the cache intact and records the error with its request id', async () => {
    await syncedAccount(server);
    const before = await cache();
    const lists = [await storedExchanges('acc'), await storedPayouts('acc')];
    await fault(server, { mode: '502html', path: 'exchanges' });
    await runSyncs();
    const after = await cache();
    const log = await requests(server);
    const failedRequest = log.find((r) => r.status === 502)!;
    expect(after.lastError).toMatchObject({ kind: 'server', status: 502, requestId: expect.any(String) });
    expect(after.lastError!.requestId).toBeTruthy();
    expect(failedRequest.path).toMatch(/exchanges$/);
    expect(after).toEqual({ ...before, lastSyncAt: after.lastSyncAt, lastError: after.lastError, backoff: after.backoff });
    expect(after.backoff.failures).toBe(1);
    expect([await storedExchanges('acc'), await storedPayouts('acc')]).toEqual(lists);
  });

  it('offline: no request, badge "off"; back online the next run syncs', async () => {
    await syncedAccount(server);
    vi.stubGlobal('navigator', { onLine: false, language: 'en-US' });
    await runSyncs();
    expect(await requests(server)).toEqual([]);
    expect(await badge()).toBe('off');
    expect(await refresh({ accountId: 'acc' })).toMatchObject({ ok: false, error: { kind: 'network' } });
    vi.unstubAllGlobals();
    await runSyncs();
    expect(await requests(server)).toHaveLength(3);
    expect(await badge()).toBe('');
  });

  it('an unreachable site counts as a network failure, due again at the next tick', async () => {
    const closed = await withMock();
    await closed.close();
    await storeAccount(closed);
    await runSyncs();
    expect((await cache()).lastError).toMatchObject({ kind: 'network', status: null });
    expect((await cache()).backoff).toEqual({ failures: 1, nextAttemptAt: null, paused: false });
    // The site is down, not the internet: no "off" badge, the tooltip names the site.
    expect(await badge()).toBe('');
    expect(await fakeBrowser.action.getTitle({})).toContain('does not answer yet');
  });
});
