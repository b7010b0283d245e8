/**
 * Sync one account: summary + exchanges + payouts, merged and committed in ONE storage
 * write (chrome.storage.local.set is atomic), so a failed or interrupted sync keeps the last
 * good data and records only the attempt, the error and the backoff.
 *
 * Requests: page 1 of each list at per_page=100 (3 requests in steady state); further pages
 * only while a page holds no known id, up to a page cap (then complete=false). `deep` walks one
 * list to its end (CSV export). A 404 on the account's layout tries the other layout once.
 */
import { setItems } from '../../../utils/storage/item';
import type { ApiErrorInfo } from '../../../utils/errors';
import type { Account, AccountCache, Layout, ListName, PayoutRecord } from '../../../utils/model';
import { createPartnerApi, detectLayout } from '../api/client';
import { PartnerApiError, toFailure } from '../api/errors';
import type { ApiExchange, ApiPayout } from '../api/schemas';
import type { SyncReport } from '../notify';
import { cacheItem, exchangesItem, progressItem, payoutsItem } from '../store';
import { updateAccounts, stillCurrent } from '../account-list';
import { isDue } from './due';
import { acquireLease, type LeaseHandle } from './lease';
import { cacheAfterFailure, mergeSync, type Fetched, type FetchedList } from './merge';

export const PER_PAGE = 100;
/** Pages per list in one scheduled sync (20 000 rows); a CSV export walks up to DEEP_PAGE_CAP. */
export const SYNC_PAGE_CAP = 200;
export const DEEP_PAGE_CAP = 1000;

export type { ListName };

export interface SyncOptions {
  now?: () => number;
  fetch?: typeof fetch;
  /** A refresh the user asked for: ignores the backoff wait and the key-problem pause (one retry). */
  manual?: boolean;
  /** Walk this list to its end, past known rows (CSV export of an incomplete list). */
  deep?: ListName;
  /** Pages per list; defaults to SYNC_PAGE_CAP, or DEEP_PAGE_CAP for the deep list. */
  pageCap?: number;
  /** Aborted when the account is removed or its address or key changes: requests stop at once, nothing is stored. */
  signal?: AbortSignal;
}

export type SkipReason = 'notDue' | 'offline' | 'busy' | 'changed' | 'aborted';

export type SyncOutcome =
  | { status: 'synced'; cache: AccountCache; report: SyncReport }
  | { status: 'failed'; cache: AccountCache; error: ApiErrorInfo }
  | { status: 'skipped'; reason: SkipReason };

/** Who holds a lease: this service-worker instance (a restarted one is another owner). */
const OWNER = crypto.randomUUID();

export const isOnline = (): boolean => typeof navigator === 'undefined' || navigator.onLine !== false;

interface Walk {
  pages: AsyncGenerator<{ data: { id: number }[] }>;
  /** Stop after a page for which this holds (it met known rows). */
  stop: (rows: { id: number }[]) => boolean;
  onPage: (pages: number, rows: number) => Promise<void>;
}

/** Collect pages until the end, a page of known rows, or the page cap (pageLimit from the client). */
async function walkList<T extends { id: number }>({ pages, stop, onPage }: Walk): Promise<FetchedList<T>> {
  const items: T[] = [];
  let count = 0;
  try {
    for await (const page of pages) {
      items.push(...(page.data as T[]));
      await onPage(++count, items.length);
      if (stop(page.data)) return { items, reachedEnd: false, capped: false };
    }
    return { items, reachedEnd: true, capped: false };
  } catch (error) {
    if (error instanceof PartnerApiError && error.info.kind === 'pageLimit') return { items, reachedEnd: false, capped: true };
    throw error;
  }
}

interface Context {
  account: Account;
  cache: AccountCache | null;
  payouts: PayoutRecord[];
  options: SyncOptions;
  lease: LeaseHandle;
}

async function fetchAll({ account, cache, payouts: stored, options, lease }: Context): Promise<Fetched> {
  const knownPayouts = new Set(stored.map((w) => w.id));
  const now = options.now ?? Date.now;
  const api = createPartnerApi({ origin: account.origin, key: account.key, layout: account.layout, fetch: options.fetch, signal: options.signal });
  const highest = cache?.recentExchanges[0]?.id ?? -Infinity;
  const walk = (list: ListName, known: (id: number) => boolean) => {
    const deep = options.deep === list;
    const maxPages = options.pageCap ?? (deep ? DEEP_PAGE_CAP : SYNC_PAGE_CAP);
    const pages = list === 'exchanges' ? api.exchangePages({ perPage: PER_PAGE, maxPages }) : api.payoutPages({ perPage: PER_PAGE, maxPages });
    return {
      pages,
      stop: (rows: { id: number }[]) => !deep && rows.some((row) => known(row.id)),
      onPage: async (count: number, rows: number) => {
        if (count < 2) return; // progress is for long walks only
        await Promise.all([progressItem(account.id).set({ list, pages: count, rows }), lease.renew(now())]);
      },
    };
  };
  const summary = await api.getSummary();
  const exchanges = await walkList<ApiExchange>(walk('exchanges', (id) => id <= highest));
  const payouts = await walkList<ApiPayout>(walk('payouts', (id) => knownPayouts.has(id)));
  return { summary, exchanges, payouts };
}

/** On a 404, ask which layout the site serves; if it is the other one, store it and fetch again. */
async function fetchWithLayoutFallback(context: Context): Promise<{ account: Account; fetched: Fetched }> {
  const { account, options } = context;
  try {
    return { account, fetched: await fetchAll(context) };
  } catch (error) {
    if (toFailure(error).kind !== 'notFound') throw error;
    const detected = await detectLayout({ origin: account.origin, key: account.key, fetch: options.fetch, signal: options.signal }).catch(() => null);
    if (!detected || detected.layout === account.layout) throw error;
    const moved: Account = { ...account, layout: detected.layout };
    await saveLayout(account, detected.layout);
    return { account: moved, fetched: await fetchAll({ ...context, account: moved }) };
  }
}

async function saveLayout(account: Account, layout: Layout): Promise<void> {
  await updateAccounts((accounts) => accounts.map((a) => (a.id === account.id && a.key === account.key ? { ...a, layout } : a)));
}

async function commitSuccess(context: Context, account: Account, fetched: Fetched, at: number): Promise<SyncOutcome> {
  const { cache, options } = context;
  const highest = cache?.recentExchanges[0]?.id ?? -Infinity;
  // The full list is only read (and rewritten) when there is something to add to it.
  const needList = options.deep === 'exchanges' || fetched.exchanges.items.some((e) => e.id > highest);
  const exchanges = needList ? await exchangesItem(account.id).get() : null;
  const result = mergeSync({ cache, exchanges, payouts: context.payouts }, fetched, at);
  if (!(await stillCurrent(account))) return { status: 'skipped', reason: 'changed' };
  await setItems('local', [
    [cacheItem(account.id), result.cache],
    ...(result.exchanges ? [[exchangesItem(account.id), result.exchanges] as const] : []),
    ...(result.payouts ? [[payoutsItem(account.id), result.payouts] as const] : []),
  ]);
  const report: SyncReport = { accountId: account.id, label: account.label, first: result.first, arrivals: result.arrivals, paid: result.paid };
  return { status: 'synced', cache: result.cache, report };
}

async function commitFailure(account: Account, cache: AccountCache | null, error: ApiErrorInfo, at: number): Promise<SyncOutcome> {
  const next = cacheAfterFailure(cache, error, at);
  if (!(await stillCurrent(account))) return { status: 'skipped', reason: 'changed' };
  await cacheItem(account.id).set(next);
  return { status: 'failed', cache: next, error };
}

export async function syncAccount(account: Account, options: SyncOptions = {}): Promise<SyncOutcome> {
  const now = options.now ?? Date.now;
  const cache = await cacheItem(account.id).get();
  if (!options.manual && cache && !isDue(cache.backoff, now())) return { status: 'skipped', reason: 'notDue' };
  if (!isOnline()) return { status: 'skipped', reason: 'offline' };
  const lease = await acquireLease(account.id, OWNER, now());
  if (!lease) return { status: 'skipped', reason: 'busy' };
  try {
    const payouts = await payoutsItem(account.id).get();
    const context: Context = { account, cache, payouts, options, lease };
    let fetched: { account: Account; fetched: Fetched };
    try {
      fetched = await fetchWithLayoutFallback(context);
    } catch (error) {
      // Stopped on purpose (removed, or a new address or key): nothing to record for the old one.
      if (options.signal?.aborted) return { status: 'skipped', reason: 'aborted' };
      return await commitFailure(account, cache, toFailure(error), now());
    }
    if (options.signal?.aborted) return { status: 'skipped', reason: 'aborted' };
    return await commitSuccess(context, fetched.account, fetched.fetched, now());
  } finally {
    await Promise.all([lease.release(), progressItem(account.id).remove()]);
  }
}
