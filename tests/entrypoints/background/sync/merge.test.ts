import { describe, expect, it } from 'vitest';
import type { ApiExchange, ApiPayout } from '../../../../entrypoints/background/api/schemas';
import type { AccountCache, SummaryRecord } from '../../../../utils/model';
import {
  ARRIVALS_LIMIT, HISTORY_LIMIT, RECENT_LIMIT, cacheAfterFailure, mergeSync, type Fetched, type FetchedList, type Previous,
} from '../../../../entrypoints/background/sync/merge';

const T0 = 1_700_000_000_000;
const T1 = T0 + 300_000;

const exchange = (id: number, amount = 10, createdText = '1 day ago'): ApiExchange => ({
  id, orderId: String(1_713_350_854_000 + id), amount, currency: 'rub', status: 'referral', createdText,
});
const payout = (id: number, status = 'unpaid', amount = '100.00'): ApiPayout => ({
  id, createdText: '11 May 2024 09:42', status, amount, currency: 'RUB', system: 'Sber RUB',
});
const summary = (balance: number): SummaryRecord => ({
  percent: 0.5, referrals: 2, currency: 'rub', referralHash: 'Gz', balance, totalEarned: balance, totalPaidOut: 0,
});
const list = <T>(items: T[], reachedEnd = true, capped = false): FetchedList<T> => ({ items, reachedEnd, capped });
/** Ids from `from` down to `to`, newest first. */
const ids = (from: number, to: number) => Array.from({ length: from - to + 1 }, (_, i) => from - i);

function fetched(exchanges: number[], payouts: ApiPayout[] = [], balance = 100, opts: Partial<Fetched> = {}): Fetched {
  return { summary: summary(balance), exchanges: list(exchanges.map((id) => exchange(id))), payouts: list(payouts), ...opts };
}

const empty: Previous = { cache: null, exchanges: [], payouts: [] };

/** The state after a first sync, ready to be a Previous. */
function afterFirst(exchanges: number[], payouts: ApiPayout[] = [], balance = 100): Previous {
  const r = mergeSync(empty, fetched(exchanges, payouts, balance), T0);
  return { cache: r.cache, exchanges: r.exchanges ?? [], payouts: r.payouts ?? [] };
}

describe('mergeSync: first sync', () => {
  it('stores the whole history as seen: live false, no arrivals, complete when the end was reached', () => {
    const r = mergeSync(empty, fetched(ids(30, 1), [payout(2, 'paid'), payout(1)]), T0);
    expect(r.first).toBe(true);
    expect(r.arrivals).toEqual([]);
    expect(r.paid).toEqual([]);
    expect(r.exchanges).toHaveLength(30);
    expect(r.exchanges!.every((e) => !e.live && e.firstSeenAt === T0)).toBe(true);
    expect(r.exchanges!.map((e) => e.id)).toEqual(ids(30, 1));
    expect(r.cache.arrivals).toEqual([]);
    expect(r.cache.recentExchanges.map((e) => e.id)).toEqual(ids(30, 30 - RECENT_LIMIT + 1));
    expect(r.cache.exchangeCount).toBe(30);
    expect(r.cache.payoutCount).toBe(2);
    expect(r.cache.complete).toEqual({ exchanges: true, payouts: true });
    expect(r.cache).toMatchObject({ lastSyncAt: T0, lastSuccessAt: T0, lastError: null, backoff: { failures: 0, paused: false } });
    expect(r.cache.history).toEqual([{ at: T0, balance: 100 }]);
  });

  it('a walk stopped by the page cap keeps what it fetched and marks the list incomplete', () => {
    const r = mergeSync(empty, { ...fetched([]), exchanges: list(ids(500, 301).map((id) => exchange(id)), false, true) }, T0);
    expect(r.exchanges).toHaveLength(200);
    expect(r.cache.complete.exchanges).toBe(false);
  });
});

describe('mergeSync: later syncs', () => {
  it('new ids above every known one are arrivals (newest first), stamped with the commit time', () => {
    const prev = afterFirst(ids(10, 1));
    const r = mergeSync(prev, fetched(ids(13, 4)), T1);
    expect(r.first).toBe(false);
    expect(r.arrivals.map((e) => e.id)).toEqual([13, 12, 11]);
    expect(r.arrivals.every((e) => e.live && e.firstSeenAt === T1)).toBe(true);
    expect(r.cache.arrivals).toEqual([{ id: 13, at: T1 }, { id: 12, at: T1 }, { id: 11, at: T1 }]);
    expect(r.exchanges!.map((e) => e.id)).toEqual(ids(13, 1));
    expect(r.exchanges!.find((e) => e.id === 5)).toMatchObject({ live: false, firstSeenAt: T0 });
    expect(r.cache.complete.exchanges).toBe(true);
  });

  it('keeps earlier arrivals and caps them', () => {
    const prev = afterFirst(ids(10, 1));
    const second = mergeSync(prev, fetched(ids(12, 1)), T1);
    const third = mergeSync({ cache: second.cache, exchanges: second.exchanges, payouts: [] }, fetched(ids(13, 1)), T1 + 1);
    expect(third.cache.arrivals).toEqual([{ id: 13, at: T1 + 1 }, { id: 12, at: T1 }, { id: 11, at: T1 }]);
    const flood = mergeSync(prev, fetched(ids(10 + ARRIVALS_LIMIT + 50, 1)), T1);
    expect(flood.cache.arrivals).toHaveLength(ARRIVALS_LIMIT);
    expect(flood.arrivals).toHaveLength(ARRIVALS_LIMIT + 50);
  });

  it('unknown ids below the known ones (a deeper walk for CSV) are history, not arrivals', () => {
    const capped = mergeSync(empty, { ...fetched([]), exchanges: list(ids(50, 41).map((id) => exchange(id)), false, true) }, T0);
    const prev: Previous = { cache: capped.cache, exchanges: capped.exchanges, payouts: [] };
    const deep = mergeSync(prev, fetched(ids(50, 1)), T1);
    expect(deep.arrivals).toEqual([]);
    expect(deep.exchanges).toHaveLength(50);
    expect(deep.exchanges!.find((e) => e.id === 3)).toMatchObject({ live: false, firstSeenAt: T1 });
    expect(deep.cache.complete.exchanges).toBe(true);
  });

  it('nothing new: the full list is not rewritten (null), the cache still records the success', () => {
    const prev = afterFirst(ids(10, 1), [payout(1)]);
    const r = mergeSync(prev, fetched(ids(10, 1), [payout(1)]), T1);
    expect(r.exchanges).toBeNull();
    expect(r.payouts).toBeNull();
    expect(r.cache.lastSuccessAt).toBe(T1);
    expect(r.cache.exchangeCount).toBe(10);
  });

  it('with the list not loaded (nothing above the known ids) keeps count and rows, refreshing their relative text', () => {
    const prev = afterFirst(ids(30, 1));
    const page1 = ids(30, 1).map((id) => exchange(id, 10, '2 weeks ago'));
    const r = mergeSync({ ...prev, exchanges: null }, { ...fetched([]), exchanges: list(page1, false) }, T1);
    expect(r.exchanges).toBeNull();
    expect(r.cache.exchangeCount).toBe(30);
    expect(r.cache.recentExchanges).toHaveLength(RECENT_LIMIT);
    expect(r.cache.recentExchanges[0]).toMatchObject({ id: 30, createdText: '2 weeks ago', firstSeenAt: T0 });
    expect(r.cache.complete.exchanges).toBe(true); // stays what it was
  });

  it('a payout turning unpaid → paid is reported once and updated in place', () => {
    const prev = afterFirst([], [payout(3), payout(2, 'paid'), payout(1)]);
    const r = mergeSync(prev, fetched([], [payout(3, 'paid'), payout(2, 'paid'), payout(1)]), T1);
    expect(r.paid.map((w) => w.id)).toEqual([3]);
    expect(r.payouts!.map((w) => [w.id, w.status, w.firstSeenAt])).toEqual([[3, 'paid', T0], [2, 'paid', T0], [1, 'unpaid', T0]]);
    const again = mergeSync({ cache: r.cache, exchanges: [], payouts: r.payouts! }, fetched([], [payout(3, 'paid'), payout(2, 'paid'), payout(1)]), T1 + 1);
    expect(again.paid).toEqual([]);
    expect(again.payouts).toBeNull();
  });

  it('a rejected payout disappears, but rows below the fetched range stay', () => {
    const prev = afterFirst([], ids(6, 1).map((id) => payout(id)));
    // Walk stopped after a page holding ids 6..3 (not the end): 5 is gone, 2 and 1 were not fetched.
    const r = mergeSync(prev, { ...fetched([]), payouts: list([6, 4, 3].map((id) => payout(id)), false) }, T1);
    expect(r.payouts!.map((w) => w.id)).toEqual([6, 4, 3, 2, 1]);
    expect(r.cache.payoutCount).toBe(5);
  });

  it('a new payout already paid is stored but not reported as a status change', () => {
    const prev = afterFirst([], [payout(1)]);
    const r = mergeSync(prev, fetched([], [payout(2, 'paid'), payout(1)]), T1);
    expect(r.paid).toEqual([]);
    expect(r.payouts!.map((w) => w.id)).toEqual([2, 1]);
  });

  it('adds one history point per balance change, capped', () => {
    const prev = afterFirst([], [], 100);
    const same = mergeSync(prev, fetched([], [], 100), T1);
    expect(same.cache.history).toEqual([{ at: T0, balance: 100 }]);
    const up = mergeSync(prev, fetched([], [], 195.18), T1);
    expect(up.cache.history).toEqual([{ at: T0, balance: 100 }, { at: T1, balance: 195.18 }]);
    const full: AccountCache = { ...prev.cache!, history: Array.from({ length: HISTORY_LIMIT }, (_, i) => ({ at: i, balance: i })) };
    const capped = mergeSync({ ...prev, cache: full }, fetched([], [], -1), T1);
    expect(capped.cache.history).toHaveLength(HISTORY_LIMIT);
    expect(capped.cache.history.at(-1)).toEqual({ at: T1, balance: -1 });
    expect(capped.cache.history[0]).toEqual({ at: 1, balance: 1 });
  });

  it('commit stamps never go back, even when the clock does (arrivals stay after what was seen)', () => {
    const prev = afterFirst(ids(3, 1));
    const r = mergeSync(prev, fetched(ids(4, 1)), T0 - 3_600_000);
    expect(r.cache.lastSuccessAt).toBe(T0 + 1);
    expect(r.cache.arrivals).toEqual([{ id: 4, at: T0 + 1 }]);
  });

  it('success clears the previous error and backoff', () => {
    const prev = afterFirst(ids(3, 1));
    const failed = cacheAfterFailure(prev.cache, { kind: 'server', status: 502, requestId: 'abc' }, T1);
    const r = mergeSync({ ...prev, cache: failed }, fetched(ids(3, 1)), T1 + 60_000);
    expect(r.cache.lastError).toBeNull();
    expect(r.cache.backoff).toEqual({ failures: 0, nextAttemptAt: null, paused: false });
  });
});

describe('cacheAfterFailure', () => {
  it('keeps the last good data; records the attempt, the error with its request id, and the backoff', () => {
    const prev = afterFirst(ids(5, 1), [payout(1)], 321);
    const next = cacheAfterFailure(prev.cache, { kind: 'server', status: 502, requestId: 'req-502' }, T1);
    expect(next).toEqual({
      ...prev.cache,
      lastSyncAt: T1,
      lastError: { kind: 'server', status: 502, requestId: 'req-502', at: T1 },
      backoff: { failures: 1, nextAttemptAt: T1 + 60_000, paused: false },
    });
    expect(next.lastSuccessAt).toBe(T0);
  });

  it('starts from an empty cache when nothing ever succeeded', () => {
    const next = cacheAfterFailure(null, { kind: 'unauthorized', status: 401, requestId: null }, T0);
    expect(next.summary).toBeNull();
    expect(next.lastSuccessAt).toBeNull();
    expect(next.backoff.paused).toBe(true);
  });
});
