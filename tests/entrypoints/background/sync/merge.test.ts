import { describe, expect, it } from 'vitest';
import type { ApiExchange, ApiPayout } from '../../../../entrypoints/background/api/schemas';
import type { AccountCache, PayoutRecord, SummaryRecord } from '../../../../utils/model';
import {
  ARRIVALS_LIMIT, HISTORY_LIMIT, MAX_ROWS, RECENT_LIMIT, cacheAfterFailure, mergeSync, type Fetched, type FetchedList, type MergeResult,
} from '../../../../entrypoints/background/sync/merge';

const T0 = 1_700_000_000_000;
const MIN = 60_000;

const exchange = (id: number, amount = 10, createdText = '1 day ago'): ApiExchange => ({
  id, orderId: String(1_713_350_854_000 + id), amount, currency: 'rub', status: 'referral', createdText,
});
const payout = (id: number, status = 'unpaid', amount = '100.00'): ApiPayout => ({
  id, createdText: '11 May 2024 09:42', status, amount, currency: 'RUB', system: 'Sber RUB',
});
const summary = (balance: number): SummaryRecord => ({
  percent: 0.5, referrals: 2, currency: 'rub', referralHash: 'Gz', balance, totalEarned: balance, totalPaidOut: 0,
});
/** Ids from `from` down to `to`, newest first. */
const ids = (from: number, to: number) => Array.from({ length: from - to + 1 }, (_, i) => from - i);
const walked = <T>(items: T[], patch: Partial<FetchedList<T>> = {}): FetchedList<T> =>
  ({ items, from: 1, pages: Math.max(1, Math.ceil(items.length / 100)), next: null, reachedEnd: true, ...patch });

/** What a site answers in one sync (head walks; a history walk when given). */
function answer(exchanges: number[], payouts: ApiPayout[] = [], opts: { balance?: number; head?: Partial<FetchedList<ApiExchange>>; history?: FetchedList<ApiExchange>; payoutWalk?: Partial<FetchedList<ApiPayout>> } = {}): Fetched {
  return {
    summary: summary(opts.balance ?? 100),
    exchanges: { head: walked(exchanges.map((id) => exchange(id)), opts.head), history: opts.history ?? null },
    payouts: { head: walked(payouts, opts.payoutWalk), history: null },
  };
}

/** The extension's stored state (history store + cache) across syncs, as the background keeps it. */
class Store {
  cache: AccountCache | null = null;
  exchanges = new Map<number, number>();
  payouts = new Map<number, PayoutRecord & { missing: number }>();

  sync(fetched: Fetched, at: number, commitCache = true): MergeResult {
    const wanted = [...fetched.exchanges.head.items, ...(fetched.exchanges.history?.items ?? [])].map((e) => e.id);
    const stored = new Map(wanted.flatMap((id) => (this.exchanges.has(id) ? [[id, this.exchanges.get(id)!] as [number, number]] : [])));
    const result = mergeSync({ cache: this.cache, exchanges: stored, payouts: [...this.payouts.values()] }, fetched, at);
    for (const row of result.exchanges) this.exchanges.set(row.id, row.firstSeenAt);
    for (const row of result.payouts.put) this.payouts.set(row.id, row);
    for (const id of result.payouts.remove) this.payouts.delete(id);
    if (commitCache) this.cache = result.cache;
    return result;
  }
}

describe('first sync', () => {
  it('stores the whole history as seen: live false, no arrivals, complete when the end was reached', () => {
    const store = new Store();
    const r = store.sync(answer(ids(30, 1), [payout(2, 'paid'), payout(1)]), T0);
    expect(r.first).toBe(true);
    expect(r.arrivals).toEqual([]);
    expect(r.paid).toEqual([]);
    expect(r.exchanges).toHaveLength(30);
    expect(r.exchanges.every((e) => !e.live && e.firstSeenAt === T0)).toBe(true);
    expect(r.cache.recentExchanges.map((e) => e.id)).toEqual(ids(30, 30 - RECENT_LIMIT + 1));
    expect(r.cache).toMatchObject({ exchangeCount: 30, payoutCount: 2, complete: { exchanges: true, payouts: true }, resume: { exchanges: null } });
    expect(r.cache).toMatchObject({ lastSyncAt: T0, lastSuccessAt: T0, lastError: null, backoff: { failures: 0, paused: false } });
    expect(r.cache.history).toEqual([{ at: T0, balance: 100 }]);
  });

  it('a walk stopped by the page cap keeps what it fetched and says where the next sync resumes', () => {
    const store = new Store();
    const r = store.sync(answer(ids(500, 301), [], { head: { reachedEnd: false, pages: 2, next: 3 } }), T0);
    expect(r.exchanges).toHaveLength(200);
    expect(r.cache.complete.exchanges).toBe(false);
    expect(r.cache.resume.exchanges).toBe(3);
  });
});

describe('later syncs: new by identity', () => {
  it('new ids above are arrivals, notified once; known ids are not', () => {
    const store = new Store();
    store.sync(answer(ids(30, 1)), T0);
    const r = store.sync(answer(ids(33, 1)), T0 + 5 * MIN);
    expect(r.arrivals.map((e) => e.id)).toEqual([33, 32, 31]);
    expect(r.cache.arrivals).toEqual([31, 32, 33].reverse().map((id) => ({ id, at: T0 + 5 * MIN })));
    expect(r.cache.exchangeCount).toBe(33);
    expect(store.sync(answer(ids(33, 1)), T0 + 10 * MIN).arrivals).toEqual([]);
  });

  it('one exchange with id 2^53−1 does not hide the ones after it (no "id <= highest")', () => {
    const store = new Store();
    const huge = Number.MAX_SAFE_INTEGER;
    store.sync(answer([huge, ...ids(10, 1)]), T0);
    const r = store.sync(answer([huge, 12, 11, ...ids(10, 1)]), T0 + MIN);
    expect(r.arrivals.map((e) => e.id)).toEqual([12, 11]);
    expect(r.cache.exchangeCount).toBe(13);
  });

  it('a worker killed between the row write and the cache write loses nothing and counts nothing twice', () => {
    const store = new Store();
    store.sync(answer(ids(10, 1)), T0);
    // Rows of 11 and 12 land, the cache does not.
    store.sync(answer(ids(12, 1)), T0 + MIN, false);
    expect(store.exchanges.has(12)).toBe(true);
    const again = store.sync(answer(ids(12, 1)), T0 + 2 * MIN);
    expect(again.arrivals.map((e) => e.id)).toEqual([12, 11]);
    expect(again.cache.exchangeCount).toBe(12);
    expect(store.sync(answer(ids(12, 1)), T0 + 3 * MIN).arrivals).toEqual([]);
  });

  it('rows of a resumed history walk are history, never arrivals', () => {
    const store = new Store();
    store.sync(answer(ids(500, 301), [], { head: { reachedEnd: false, pages: 2, next: 3 } }), T0);
    const r = store.sync(answer([501, ...ids(500, 401)], [], {
      head: { reachedEnd: false, pages: 1 },
      history: walked(ids(300, 1).map((id) => exchange(id)), { from: 3, pages: 3, reachedEnd: true }),
    }), T0 + MIN);
    expect(r.arrivals.map((e) => e.id)).toEqual([501]);
    expect(r.exchanges.filter((e) => !e.live)).toHaveLength(300);
    expect(r.cache).toMatchObject({ exchangeCount: 501, complete: { exchanges: true }, resume: { exchanges: null } });
  });

  it('stops storing at MAX_ROWS and says so, arrivals first', () => {
    const store = new Store();
    store.sync(answer(ids(10, 1)), T0);
    store.cache = { ...store.cache!, exchangeCount: MAX_ROWS - 1 };
    const r = store.sync(answer(ids(13, 1)), T0 + MIN);
    expect(r.exchanges.map((e) => e.id)).toEqual([13]);
    expect(r.cache.full).toBe(true);
  });

  it('keeps the balance history to HISTORY_LIMIT points and arrivals to ARRIVALS_LIMIT', () => {
    const store = new Store();
    store.sync(answer([1]), T0);
    for (let i = 1; i <= HISTORY_LIMIT + 3; i++) store.sync(answer([1], [], { balance: 100 + i }), T0 + i * MIN);
    expect(store.cache!.history).toHaveLength(HISTORY_LIMIT);
    const many = store.sync(answer(ids(ARRIVALS_LIMIT + 50, 1)), T0 + 10_000 * MIN);
    expect(many.cache.arrivals).toHaveLength(ARRIVALS_LIMIT);
  });
});

describe('payouts', () => {
  it('a payout turning paid is reported once; its first-seen time is kept', () => {
    const store = new Store();
    store.sync(answer([1], [payout(2), payout(1, 'paid')]), T0);
    const r = store.sync(answer([1], [payout(2, 'paid'), payout(1, 'paid')]), T0 + MIN);
    expect(r.paid.map((p) => p.id)).toEqual([2]);
    expect(store.payouts.get(2)).toMatchObject({ status: 'paid', firstSeenAt: T0 });
    expect(store.sync(answer([1], [payout(2, 'paid'), payout(1, 'paid')]), T0 + 2 * MIN).paid).toEqual([]);
  });

  it('an empty answer never erases the stored payouts, however often', () => {
    const store = new Store();
    store.sync(answer([1], [payout(3), payout(2), payout(1)]), T0);
    for (let i = 1; i <= 3; i++) store.sync(answer([1], []), T0 + i * MIN);
    expect([...store.payouts.keys()]).toEqual([3, 2, 1]);
    expect(store.cache!.payoutCount).toBe(3);
  });

  it('a short (incomplete) answer removes nothing', () => {
    const store = new Store();
    store.sync(answer([1], [payout(3), payout(2), payout(1)]), T0);
    store.sync(answer([1], [payout(3)], { payoutWalk: { reachedEnd: false } }), T0 + MIN);
    store.sync(answer([1], [payout(3)], { payoutWalk: { reachedEnd: false } }), T0 + 2 * MIN);
    expect(store.payouts.size).toBe(3);
  });

  it('a payout missing from two complete walks in a row is removed (rejected on the site); listed again, it stays', () => {
    const store = new Store();
    store.sync(answer([1], [payout(3), payout(2), payout(1)]), T0);
    store.sync(answer([1], [payout(3), payout(1)]), T0 + MIN);
    expect(store.payouts.get(2)?.missing).toBe(1);
    store.sync(answer([1], [payout(3), payout(2), payout(1)]), T0 + 2 * MIN);
    expect(store.payouts.get(2)?.missing).toBe(0);
    store.sync(answer([1], [payout(3), payout(1)]), T0 + 3 * MIN);
    const r = store.sync(answer([1], [payout(3), payout(1)]), T0 + 4 * MIN);
    expect(r.payouts.remove).toEqual([2]);
    expect(r.cache.payoutCount).toBe(2);
    expect(r.cache.recentPayouts.map((p) => p.id)).toEqual([3, 1]);
    expect(r.cache.recentPayouts[0]).not.toHaveProperty('missing');
  });
});

describe('cacheAfterFailure', () => {
  it('keeps the last good data; records the attempt, the error and the backoff', () => {
    const store = new Store();
    store.sync(answer(ids(5, 1), [payout(1)], { balance: 77 }), T0);
    const failed = cacheAfterFailure(store.cache, { kind: 'server', status: 500, requestId: 'r' }, T0 + MIN);
    expect(failed).toMatchObject({ summary: { balance: 77 }, exchangeCount: 5, lastSuccessAt: T0, lastSyncAt: T0 + MIN });
    expect(failed.lastError).toEqual({ kind: 'server', status: 500, requestId: 'r', at: T0 + MIN });
    expect(failed.backoff).toMatchObject({ failures: 1, paused: false });
  });
});

describe('dates, estimated once when a row is first stored', () => {
  const HOUR = 60 * MIN;
  const withText = (fetched: Fetched, texts: Record<number, string>): Fetched => {
    for (const e of fetched.exchanges.head.items) if (texts[e.id] !== undefined) e.createdText = texts[e.id]!;
    return fetched;
  };

  it('history rows get the relative text\'s estimate and precision; unknown text gives null', () => {
    const r = new Store().sync(withText(answer([3, 2, 1]), { 3: '5 часов назад', 2: '3 weeks ago', 1: 'some day' }), T0);
    const byId = new Map(r.exchanges.map((e) => [e.id, e]));
    expect(byId.get(3)).toMatchObject({ createdAt: Math.round(T0 - 5.5 * HOUR + 0.5), createdPrecision: 'hour' });
    expect(byId.get(2)?.createdPrecision).toBe('week');
    expect(byId.get(2)!.createdAt!).toBeLessThan(T0 - 21 * 24 * HOUR);
    expect(byId.get(1)).toMatchObject({ createdAt: null, createdPrecision: null });
  });

  it('a live arrival is exact to the poll interval: clamped into (previous sync, now]', () => {
    const store = new Store();
    store.sync(answer([1]), T0);
    const r = store.sync(withText(answer([4, 3, 2, 1]), { 4: '2 minutes ago', 3: '3 days ago', 2: '???' }), T0 + 5 * MIN);
    const byId = new Map(r.exchanges.map((e) => [e.id, e]));
    expect(byId.get(4)).toMatchObject({ live: true, createdAt: Math.round(T0 + 2.5 * MIN + 0.5), createdPrecision: 'exact' });
    // The site's text cannot move it before the sync that did not list it yet.
    expect(byId.get(3)).toMatchObject({ createdAt: T0 + 1, createdPrecision: 'exact' });
    expect(byId.get(2)).toMatchObject({ createdAt: T0 + 5 * MIN, createdPrecision: 'exact' });
  });

  it('after a gap longer than any poll interval an arrival keeps the text\'s own precision', () => {
    const store = new Store();
    store.sync(answer([1]), T0);
    const r = store.sync(withText(answer([2, 1]), { 2: '3 days ago' }), T0 + 5 * 24 * HOUR);
    expect(r.exchanges[0]).toMatchObject({ live: true, createdPrecision: 'day' });
  });

  it('a stored exchange is never re-dated from later, staler text', () => {
    const store = new Store();
    const first = store.sync(withText(answer([1]), { 1: '1 hour ago' }), T0);
    const createdAt = first.exchanges[0]!.createdAt;
    const later = store.sync(withText(answer([1]), { 1: '2 months ago' }), T0 + 60 * 24 * HOUR);
    expect(later.exchanges).toEqual([]);
    expect(later.cache.recentExchanges[0]).toMatchObject({ createdText: '2 months ago', createdAt, createdPrecision: 'hour' });
  });

  it('payouts get the parsed "d M Y H:i" time; unparsable text gives null; old rows without a date get one', () => {
    const store = new Store();
    const odd = { ...payout(2), createdText: 'yesterday' };
    const r = store.sync(answer([1], [odd, payout(1)]), T0);
    const byId = new Map(r.payouts.put.map((p) => [p.id, p]));
    expect(byId.get(1)?.createdAt).toBe(new Date(2024, 4, 11, 9, 42).getTime());
    expect(byId.get(2)?.createdAt).toBeNull();
    const { createdAt: _dropped, ...legacy } = store.payouts.get(1)!;
    store.payouts.set(1, legacy);
    const again = store.sync(answer([1], [odd, payout(1)]), T0 + MIN);
    expect(again.payouts.put.map((p) => [p.id, p.createdAt])).toEqual([[1, new Date(2024, 4, 11, 9, 42).getTime()]]);
  });
});
