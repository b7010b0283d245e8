/**
 * Sync one account: fetch (./fetch.ts), merge by identity (./merge.ts), commit the new rows to the
 * history store and then the small cache (see commitSuccess for why that order is safe). A failed
 * or interrupted sync keeps the last good data and records only the attempt, the error and the
 * backoff; a write that fails is a `storage` failure with its own text and backoff. A 404 on the
 * account's layout tries the other layout once.
 */
import { allPayouts, commitRows, storedIds, type StoredPayout } from '../../../utils/storage/history';
import type { ApiErrorInfo } from '../../../utils/errors';
import type { Account, AccountCache, Layout, Lease, ListName } from '../../../utils/model';
import { createPartnerApi, detectLayout } from '../api/client';
import { toFailure } from '../api/errors';
import type { SyncReport } from '../notify';
import { cacheItem, getChecked, leaseItem, progressItem } from '../store';
import { updateAccounts, stillCurrent } from '../account-list';
import { isDue } from './due';
import { stoppedOnPurpose } from './deadline';
import { acquireLease, leaseFree, type LeaseHandle } from './lease';
import { cacheAfterFailure, mergeSync, type Fetched } from './merge';
import { fetchAll } from './fetch';
import { historyReady } from '../migrate-history';
import { syncChanges } from '../alerts/changes';

export { DEEP_PAGE_CAP, PER_PAGE, SYNC_PAGE_CAP } from './fetch';

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

export type SkipReason = 'notDue' | 'offline' | 'busy' | 'changed' | 'aborted' | 'migrating';

export type SyncOutcome =
  | { status: 'synced'; cache: AccountCache; report: SyncReport }
  | { status: 'failed'; cache: AccountCache; error: ApiErrorInfo }
  | { status: 'skipped'; reason: SkipReason };

/** Who holds a lease: this service-worker instance (a restarted one is another owner). */
const OWNER = crypto.randomUUID();

export const isOnline = (): boolean => typeof navigator === 'undefined' || navigator.onLine !== false;

interface Context {
  account: Account;
  cache: AccountCache | null;
  options: SyncOptions;
  /** The storage lease being taken (written and read back) while the first requests go out; null if another owner won. */
  lease: Promise<LeaseHandle | null>;
  /** Every stored payout of the account, read while the pages are fetched (the merge needs them all). */
  payouts: Promise<StoredPayout[]>;
  /** Release the lease and clear the progress (once). */
  finish: () => Promise<unknown>;
}

function fetchFor({ account, cache, options, lease }: Context, current: Account): Promise<Fetched> {
  const now = options.now ?? Date.now;
  return fetchAll(current, cache, {
    ...options,
    onPage: async (list, pages, rows) => {
      const held = await lease;
      if (held) await Promise.all([progressItem(account.id).set({ list, pages, rows }), held.renew(now())]);
    },
  });
}

/** On a 404, ask which layout the site serves; if it is the other one, store it and fetch again. */
async function fetchWithLayoutFallback(context: Context): Promise<{ account: Account; fetched: Fetched }> {
  const { account, options } = context;
  try {
    return { account, fetched: await fetchFor(context, account) };
  } catch (error) {
    if (toFailure(error).kind !== 'notFound') throw error;
    const detected = await detectLayout({ origin: account.origin, key: account.key, fetch: options.fetch, signal: options.signal }).catch(() => null);
    if (!detected || detected.layout === account.layout) throw error;
    const moved: Account = { ...account, layout: detected.layout };
    await saveLayout(account, detected.layout);
    return { account: moved, fetched: await fetchFor(context, moved) };
  }
}

async function saveLayout(account: Account, layout: Layout): Promise<void> {
  await updateAccounts((accounts) => accounts.map((a) => (a.id === account.id && a.key === account.key ? { ...a, layout } : a)));
}

/**
 * Rows first (IndexedDB, one transaction), then the cache (storage.local). Why this order is safe:
 * rows are idempotent by id and stamped with this sync's commit time; if the worker dies between
 * the two writes, the cache still has the older lastSuccessAt, so the next sync sees those rows as
 * not committed and takes them as new again: nothing lost, nothing counted twice.
 */
async function commitSuccess(context: Context, account: Account, fetched: Fetched, at: number): Promise<SyncOutcome> {
  const { cache } = context;
  // The account is checked while the stored rows are read (no write has happened yet either way).
  const [exchanges, payouts, current] = await Promise.all([storedExchanges(account.id, cache, fetched), context.payouts, stillCurrent(account)]);
  const result = mergeSync({ cache, exchanges, payouts }, fetched, at);
  if (!current) return { status: 'skipped', reason: 'changed' };
  try {
    await commitRows(account.id, result.exchanges, result.payouts);
    // The lease goes while the cache is written: this worker's flight still holds the account until
    // the sync returns, and only a later worker (after this one is gone) would look at the lease.
    const [written] = await Promise.allSettled([cacheItem(account.id).set(result.cache), context.finish()]);
    if (written.status === 'rejected') throw written.reason;
  } catch {
    return commitFailure(account, cache, { kind: 'storage', status: null, requestId: null }, at);
  }
  const report: SyncReport = {
    accountId: account.id, label: account.label, first: result.first, arrivals: result.arrivals, paid: result.paid,
    changes: syncChanges(cache, result.cache, payouts, fetched.payouts.head.items),
  };
  return { status: 'synced', cache: result.cache, report };
}

/**
 * firstSeenAt of the fetched exchanges that are stored. The head walk looked its pages up as it
 * went (under this sync's lease nothing else writes them since), so only the history walk's rows
 * are asked; a first sync asks nothing, since with nothing committed every row is new anyway.
 */
async function storedExchanges(accountId: string, cache: AccountCache | null, fetched: Fetched): Promise<ReadonlyMap<number, number>> {
  if (cache?.lastSuccessAt == null) return new Map();
  const { head, history, stored } = fetched.exchanges;
  const ask = [...(stored ? [] : head.items), ...(history?.items ?? [])].map((e) => e.id);
  if (ask.length === 0) return stored ?? new Map();
  const found = await storedIds(accountId, 'exchanges', ask);
  for (const [id, firstSeenAt] of stored ?? []) found.set(id, firstSeenAt);
  return found;
}

async function commitFailure(account: Account, cache: AccountCache | null, error: ApiErrorInfo, at: number): Promise<SyncOutcome> {
  const next = cacheAfterFailure(cache, error, at);
  if (!(await stillCurrent(account))) return { status: 'skipped', reason: 'changed' };
  await cacheItem(account.id).set(next);
  return { status: 'failed', cache: next, error };
}

export async function syncAccount(account: Account, options: SyncOptions = {}): Promise<SyncOutcome> {
  const now = options.now ?? Date.now;
  // The cache and the lease in one storage call (the lease is taken below, if the sync runs).
  const [cache, held] = (await getChecked<unknown>('local', [cacheItem(account.id), leaseItem(account.id)])) as [AccountCache | null, Lease | null];
  if (!options.manual && cache && !isDue(cache.backoff, now())) return { status: 'skipped', reason: 'notDue' };
  if (!isOnline()) return { status: 'skipped', reason: 'offline' };
  if (!(await historyReady())) return { status: 'skipped', reason: 'migrating' };
  // Another live owner's lease: no request goes out. Otherwise the lease is written and read back
  // while the requests go out; nothing is stored (rows, cache, progress) until it is known to be ours.
  if (!leaseFree(held, OWNER, now())) return { status: 'skipped', reason: 'busy' };
  const lease = acquireLease(account.id, OWNER, now(), held);
  lease.catch(() => undefined); // awaited before any write below
  let finishing: Promise<unknown> | null = null;
  // Lease and progress go once: with the cache write on success (at the same time), else at the end.
  const finish = () => (finishing ??= lease.catch(() => null).then((ours) => ours && Promise.all([ours.release(), progressItem(account.id).remove()])));
  try {
    const payouts = allPayouts(account.id);
    payouts.catch(() => undefined); // awaited at the commit; a failed fetch never gets there
    const context: Context = { account, cache, options, lease, payouts, finish };
    let fetched: { account: Account; fetched: Fetched };
    try {
      fetched = await fetchWithLayoutFallback(context);
    } catch (error) {
      // Stopped on purpose (removed, or a new address or key): nothing to record for the old one.
      // Stopped by the sync's deadline: a `timeout`, recorded with its backoff (./deadline.ts).
      if (stoppedOnPurpose(options.signal)) return { status: 'skipped', reason: 'aborted' };
      if (!(await lease)) return { status: 'skipped', reason: 'busy' };
      return await commitFailure(account, cache, toFailure(error), now());
    }
    if (stoppedOnPurpose(options.signal)) return { status: 'skipped', reason: 'aborted' };
    if (!(await lease)) return { status: 'skipped', reason: 'busy' };
    return await commitSuccess(context, fetched.account, fetched.fetched, now());
  } finally {
    await finish();
  }
}
