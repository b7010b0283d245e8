/**
 * Sync one account: summary + exchanges + withdrawals, merged and committed in ONE storage
 * write (chrome.storage.local.set is atomic), so a failed or interrupted sync keeps the last
 * good data and records only the attempt, the error and the backoff.
 *
 * Requests: page 1 of each list at per_page=100 (3 requests in steady state); further pages
 * only while a page holds no known id, up to a page cap (then complete=false). `deep` walks one
 * list to its end (CSV export). A 404 on the account's layout tries the other layout once.
 */
import { storage } from 'wxt/utils/storage';
import { createPartnerApi, detectLayout } from '../api/client';
import { PartnerApiError, toFailure, type ApiErrorInfo } from '../api/errors';
import type { ApiExchange, ApiWithdrawal } from '../api/schemas';
import type { Account, AccountCache, Layout, WithdrawalRecord } from '../model';
import type { SyncReport } from '../notify';
import { cacheItem, exchangesItem, progressItem, withdrawalsItem, type SyncProgress } from '../storage';
import { updateAccounts, stillCurrent } from './accounts';
import { isDue } from './backoff';
import { acquireLease, type LeaseHandle } from './lease';
import { cacheAfterFailure, mergeSync, type Fetched, type FetchedList } from './merge';

export const PER_PAGE = 100;
/** Pages per list in one scheduled sync (20 000 rows); a CSV export walks up to DEEP_PAGE_CAP. */
export const SYNC_PAGE_CAP = 200;
export const DEEP_PAGE_CAP = 1000;

export type ListName = SyncProgress['list'];

export interface SyncOptions {
  now?: () => number;
  fetch?: typeof fetch;
  /** A refresh the user asked for: ignores the backoff wait and the key-problem pause (one retry). */
  manual?: boolean;
  /** Walk this list to its end, past known rows (CSV export of an incomplete list). */
  deep?: ListName;
  /** Pages per list; defaults to SYNC_PAGE_CAP, or DEEP_PAGE_CAP for the deep list. */
  pageCap?: number;
}

export type SkipReason = 'notDue' | 'offline' | 'busy' | 'changed';

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
  withdrawals: WithdrawalRecord[];
  options: SyncOptions;
  lease: LeaseHandle;
}

async function fetchAll({ account, cache, withdrawals: stored, options, lease }: Context): Promise<Fetched> {
  const knownWithdrawals = new Set(stored.map((w) => w.id));
  const now = options.now ?? Date.now;
  const api = createPartnerApi({ origin: account.origin, key: account.key, layout: account.layout, fetch: options.fetch });
  const highest = cache?.recentExchanges[0]?.id ?? -Infinity;
  const walk = (list: ListName, known: (id: number) => boolean) => {
    const deep = options.deep === list;
    const maxPages = options.pageCap ?? (deep ? DEEP_PAGE_CAP : SYNC_PAGE_CAP);
    const pages = list === 'exchanges' ? api.exchangePages({ perPage: PER_PAGE, maxPages }) : api.withdrawalPages({ perPage: PER_PAGE, maxPages });
    return {
      pages,
      stop: (rows: { id: number }[]) => !deep && rows.some((row) => known(row.id)),
      onPage: async (count: number, rows: number) => {
        if (count < 2) return; // progress is for long walks only
        await Promise.all([progressItem(account.id).setValue({ list, pages: count, rows }), lease.renew(now())]);
      },
    };
  };
  const summary = await api.getSummary();
  const exchanges = await walkList<ApiExchange>(walk('exchanges', (id) => id <= highest));
  const withdrawals = await walkList<ApiWithdrawal>(walk('withdrawals', (id) => knownWithdrawals.has(id)));
  return { summary, exchanges, withdrawals };
}

/** On a 404, ask which layout the site serves; if it is the other one, store it and fetch again. */
async function fetchWithLayoutFallback(context: Context): Promise<{ account: Account; fetched: Fetched }> {
  const { account, options } = context;
  try {
    return { account, fetched: await fetchAll(context) };
  } catch (error) {
    if (toFailure(error).kind !== 'notFound') throw error;
    const detected = await detectLayout({ origin: account.origin, key: account.key, fetch: options.fetch }).catch(() => null);
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
  const exchanges = needList ? await exchangesItem(account.id).getValue() : null;
  const result = mergeSync({ cache, exchanges, withdrawals: context.withdrawals }, fetched, at);
  if (!(await stillCurrent(account))) return { status: 'skipped', reason: 'changed' };
  await storage.setItems([
    { item: cacheItem(account.id), value: result.cache },
    ...(result.exchanges ? [{ item: exchangesItem(account.id), value: result.exchanges }] : []),
    ...(result.withdrawals ? [{ item: withdrawalsItem(account.id), value: result.withdrawals }] : []),
  ]);
  const report: SyncReport = { accountId: account.id, label: account.label, first: result.first, arrivals: result.arrivals, paid: result.paid };
  return { status: 'synced', cache: result.cache, report };
}

async function commitFailure(account: Account, cache: AccountCache | null, error: ApiErrorInfo, at: number): Promise<SyncOutcome> {
  const next = cacheAfterFailure(cache, error, at);
  if (!(await stillCurrent(account))) return { status: 'skipped', reason: 'changed' };
  await cacheItem(account.id).setValue(next);
  return { status: 'failed', cache: next, error };
}

export async function syncAccount(account: Account, options: SyncOptions = {}): Promise<SyncOutcome> {
  const now = options.now ?? Date.now;
  const cache = await cacheItem(account.id).getValue();
  if (!options.manual && cache && !isDue(cache.backoff, now())) return { status: 'skipped', reason: 'notDue' };
  if (!isOnline()) return { status: 'skipped', reason: 'offline' };
  const lease = await acquireLease(account.id, OWNER, now());
  if (!lease) return { status: 'skipped', reason: 'busy' };
  try {
    const withdrawals = await withdrawalsItem(account.id).getValue();
    const context: Context = { account, cache, withdrawals, options, lease };
    let fetched: { account: Account; fetched: Fetched };
    try {
      fetched = await fetchWithLayoutFallback(context);
    } catch (error) {
      return await commitFailure(account, cache, toFailure(error), now());
    }
    return await commitSuccess(context, fetched.account, fetched.fetched, now());
  } finally {
    await Promise.all([lease.release(), progressItem(account.id).removeValue()]);
  }
}
