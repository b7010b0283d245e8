/**
 * One row of SECURITY.md's fault matrix, over real HTTP against the mock: a synced account meets
 * the fault on its next sync; the test then checks what the partner sees (the badge, the error the
 * popup and options show), that the last good data is untouched, and when the next try is.
 */
import { expect } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { runSyncs, type RunOptions } from '../../entrypoints/background/sync/run';
import type { AccountCache, ExchangeRecord, PayoutRecord } from '../../utils/model';
import { cacheItem } from '../../utils/storage/items';
import { storedExchanges, storedPayouts } from '../history';
import { clearRequests, fault, requests, syncedAccount, type LoggedRequest, type MockServer } from './mock';

export interface Snapshot {
  cache: AccountCache;
  exchanges: ExchangeRecord[];
  payouts: PayoutRecord[];
}

export async function snapshot(): Promise<Snapshot> {
  return { cache: (await cacheItem('acc').get())!, exchanges: await storedExchanges('acc'), payouts: await storedPayouts('acc') };
}

export const badge = () => fakeBrowser.action.getBadgeText({});
export const tooltip = () => fakeBrowser.action.getTitle({});

export const MINUTE = 60_000;

export interface RowResult {
  before: Snapshot;
  after: Snapshot;
  /** The time the failed sync ran at (its lastSyncAt). */
  at: number;
  log: LoggedRequest[];
}

/** Sync, queue `body` as a fault, sync again at a fixed time; what was before and after. */
export async function underFault(server: MockServer, body: Record<string, unknown>, options: RunOptions = {}): Promise<RowResult> {
  await syncedAccount(server);
  const before = await snapshot();
  expect(before.cache.summary).not.toBeNull();
  await fault(server, body as Parameters<typeof fault>[1]);
  const at = Date.now() + MINUTE;
  await runSyncs({ now: () => at, ...options });
  const after = await snapshot();
  const log = await requests(server);
  await clearRequests(server);
  return { before, after, at, log };
}

/** The last good data stays exactly as it was: summary, recent rows, history, counts and both full lists. */
export function keptLastGood({ before, after }: RowResult): void {
  const { lastSyncAt, lastError, backoff, ...kept } = after.cache;
  const { lastSyncAt: _s, lastError: _e, backoff: _b, ...was } = before.cache;
  expect(kept).toEqual(was);
  expect(after.exchanges).toEqual(before.exchanges);
  expect(after.payouts).toEqual(before.payouts);
  expect(lastSyncAt).toBeGreaterThan(0);
  expect(lastError).not.toBeNull();
  expect(backoff.failures).toBe(1);
}

/** The next try: `waitMs` after the failed sync (doubling backoff or Retry-After). */
export function nextTryAfter({ after, at }: RowResult, waitMs: number): void {
  expect(after.cache.backoff).toEqual({ failures: 1, nextAttemptAt: at + waitMs, paused: false });
}

/** Proves the wait: no request a moment before it, a normal sync at it. */
export async function retriesAt(server: MockServer, { at }: RowResult, waitMs: number): Promise<void> {
  await runSyncs({ now: () => at + waitMs - 1000 });
  expect(await requests(server)).toEqual([]);
  await runSyncs({ now: () => at + waitMs });
  expect((await requests(server)).length).toBeGreaterThanOrEqual(3);
  expect((await cacheItem('acc').get())!.lastError).toBeNull();
}
