/**
 * SECURITY.md's fault matrix, the rows where time is the weapon (slow answer, slow drip, hang),
 * ended by the sync's deadline (entrypoints/background/sync/deadline.ts, here shortened), which is
 * a `timeout` with backoff, unlike Disconnect, which records nothing. And an internal error.
 */
import { describe, expect, it } from 'vitest';
import { abortSync, runSyncs, syncOne } from '../../entrypoints/background/sync/run';
import { DEEP_SYNC_DEADLINE_MS, SYNC_DEADLINE_MS } from '../../entrypoints/background/sync/deadline';
import { cacheItem } from '../../utils/storage/items';
import { errorText } from '../../utils/i18n/errors';
import { fault, MOCK_KEYS, requests, syncedAccount, useMockServer } from './mock';
import { badge, keptLastGood, MINUTE, nextTryAfter, retriesAt, snapshot, underFault } from './fault-row';

const server = useMockServer();
const SHORT = { routineMs: 800, deepMs: 1600 };

describe('fault matrix: time', () => {
  it('the deadlines are 2 min for a routine sync and 10 min for an export walk', () => {
    expect(SYNC_DEADLINE_MS).toBe(2 * MINUTE);
    expect(DEEP_SYNC_DEADLINE_MS).toBe(10 * MINUTE);
  });

  it('slow drip per page: the sync ends at its deadline as a timeout, data kept, retried after 1 min', async () => {
    const started = Date.now();
    const row = await underFault(server, { mode: 'drip', delayMs: 1500, count: 1000 }, { deadlines: SHORT });
    expect(Date.now() - started).toBeLessThan(SHORT.routineMs + 1500);
    keptLastGood(row);
    expect(row.after.cache.lastError).toMatchObject({ kind: 'timeout', status: null });
    expect(errorText(row.after.cache.lastError!).message).toBe('The site took too long to answer.');
    nextTryAfter(row, MINUTE);
    expect(await badge()).toBe('');
    await retriesAt(server, row, MINUTE);
  });

  it('slow answer: a timeout at the deadline, data kept, retried after 1 min', async () => {
    const row = await underFault(server, { mode: 'slow', delayMs: 5000 }, { deadlines: SHORT });
    keptLastGood(row);
    expect(row.after.cache.lastError).toMatchObject({ kind: 'timeout' });
    nextTryAfter(row, MINUTE);
  });

  it('hang: a timeout at the deadline, data kept, retried after 1 min', async () => {
    const row = await underFault(server, { mode: 'hang' }, { deadlines: SHORT });
    keptLastGood(row);
    expect(row.after.cache.lastError).toMatchObject({ kind: 'timeout' });
    nextTryAfter(row, MINUTE);
  });

  it('an export walk gets the longer deadline: a drip that outlasts a routine sync still finishes there', async () => {
    const account = await syncedAccount(server);
    await fault(server, { mode: 'drip', delayMs: 300, count: 1000 } as never);
    const outcome = await syncOne(account, { manual: true, deep: 'payouts', deadlines: { routineMs: 400, deepMs: 10_000 } });
    expect(outcome.status).toBe('synced');
  });

  it('Disconnect (an abort on purpose) records nothing; the deadline records a timeout', async () => {
    const account = await syncedAccount(server);
    const before = await cacheItem('acc').get();
    await fault(server, { mode: 'hang' } as never);
    const running = syncOne(account, { manual: true });
    await new Promise((resolve) => setTimeout(resolve, 100));
    abortSync(account.id);
    expect(await running).toEqual({ status: 'skipped', reason: 'aborted' });
    expect(await cacheItem('acc').get()).toEqual(before);

    await fault(server, { mode: 'hang' } as never);
    const timedOut = await syncOne(account, { manual: true, deadlines: { routineMs: 200 } });
    expect(timedOut).toMatchObject({ status: 'failed', error: { kind: 'timeout' } });
  });

  it('an internal error (a TypeError outside the request) is `internal` with doubling backoff, never offline', async () => {
    await syncedAccount(server);
    const before = await snapshot();
    const at = Date.now() + MINUTE;
    // A fetch that answers something that is not a Response: the client's own code then throws a TypeError.
    const broken = (async () => ({})) as unknown as typeof fetch;
    await runSyncs({ now: () => at, fetch: broken });
    const after = await snapshot();
    keptLastGood({ before, after, at, log: [] });
    expect(after.cache.lastError).toMatchObject({ kind: 'internal', status: null, requestId: null });
    expect(await badge()).not.toBe('off');
    expect(errorText(after.cache.lastError!).action).toContain('report it');
    nextTryAfter({ before, after, at, log: [] }, MINUTE);
    await runSyncs({ now: () => at + MINUTE, fetch: broken });
    expect((await cacheItem('acc').get())!.backoff).toEqual({ failures: 2, nextAttemptAt: at + 3 * MINUTE, paused: false });
    expect(await requests(server)).toEqual([]);
    expect(JSON.stringify(await cacheItem('acc').get())).not.toContain(MOCK_KEYS.full);
  });
});
