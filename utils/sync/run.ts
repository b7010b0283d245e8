/**
 * The coordinator: runs account syncs through one in-memory single flight (so an alarm tick
 * and a popup refresh at the same moment share one sync), shows that sync's notifications
 * exactly once, then updates the badge. Account changes run exclusively against syncs.
 */
import type { Account } from '../model';
import { accountsItem, cacheItem, settingsItem } from '../storage';
import type { Failure, Responses } from '../protocol/schema';
import { notificationsFor, showNotifications } from '../notify';
import { SingleFlight } from './lease';
import { refreshBadge } from './state';
import { DEEP_PAGE_CAP, syncAccount, type ListName, type SkipReason, type SyncOptions, type SyncOutcome } from './sync-account';

const flights = new SingleFlight<SyncOutcome>();

export type RunOptions = Omit<SyncOptions, 'deep'> & { accountIds?: string[] };

/** Sync one account, then notify about what it found (inside the flight: once per sync). */
async function syncAndReport(account: Account, options: SyncOptions): Promise<SyncOutcome> {
  const outcome = await syncAccount(account, options);
  if (outcome.status === 'synced') {
    const specs = notificationsFor(outcome.report, await settingsItem.getValue());
    // A refused notification must not turn a good sync into a failure.
    await showNotifications(specs).catch(() => undefined);
  }
  return outcome;
}

/** Join the sync of this account that is running, or start one. */
export function syncOne(account: Account, options: SyncOptions = {}): Promise<SyncOutcome> {
  return flights.join(account.id, () => syncAndReport(account, options));
}

/**
 * Sync every account (or those listed) that is due — all of them for a manual refresh —
 * then update the badge. An alarm tick, the `online` event and a popup refresh all come here.
 */
export async function runSyncs(options: RunOptions = {}): Promise<SyncOutcome[]> {
  const { accountIds, ...syncOptions } = options;
  const accounts = (await accountsItem.getValue()).filter((a) => !accountIds || accountIds.includes(a.id));
  const settled = await Promise.allSettled(accounts.map((account) => syncOne(account, syncOptions)));
  await refreshBadge();
  return settled.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []));
}

const NO_SYNC: SyncOutcome = { status: 'skipped', reason: 'changed' };

/**
 * Change an account with no sync of it running; triggers meanwhile join the flight, which
 * then syncs the account `syncAfter` names (e.g. the first sync of a saved account).
 * Resolves when `change` is done, not when the sync is.
 */
export function exclusive<T>(
  accountId: string,
  change: () => Promise<T>,
  syncAfter?: (value: T) => { account: Account; options: SyncOptions },
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    flights
      .after(accountId, async () => {
        let value: T;
        try {
          value = await change();
        } catch (error) {
          reject(error);
          return NO_SYNC;
        }
        resolve(value);
        if (!syncAfter) return NO_SYNC;
        const { account, options } = syncAfter(value);
        // Inside this flight already: sync directly (joining would wait for itself).
        return syncAndReport(account, options);
      })
      .catch(() => undefined);
  });
}

/**
 * What a page is told about a sync that did not run (no HTTP response involved): offline is a
 * network failure; a lease left by a killed worker is a wait; an account changed meanwhile is no error.
 */
const SKIPPED_AS: Record<SkipReason, Failure | null> = {
  offline: { kind: 'network', status: null, requestId: null },
  busy: { kind: 'timeout', status: null, requestId: null },
  changed: null,
  notDue: null,
};

const ACCOUNT_GONE: Failure = { kind: 'notFound', status: null, requestId: null };

export function failureOf(outcome: SyncOutcome): Failure | null {
  if (outcome.status === 'failed') return outcome.error;
  return outcome.status === 'skipped' ? SKIPPED_AS[outcome.reason] : null;
}

/** Manual refresh: retries even paused or backed-off accounts, once. */
export async function refreshNow(accountId: string | undefined, options: RunOptions = {}): Promise<Responses['refresh']> {
  const outcomes = await runSyncs({ ...options, manual: true, accountIds: accountId ? [accountId] : undefined });
  const failure = outcomes.map(failureOf).find((f) => f != null);
  return failure ? { ok: false, error: failure } : { ok: true };
}

/** Make sure the whole history of one list is stored (walking it to the end if needed); answer its size. */
export async function exportList(accountId: string, list: ListName, options: RunOptions = {}): Promise<Responses['exportCsv']> {
  const account = (await accountsItem.getValue()).find((a) => a.id === accountId);
  if (!account) return { ok: false, error: ACCOUNT_GONE };
  await flights.current(accountId)?.catch(() => undefined);
  let cache = await cacheItem(accountId).getValue();
  if (!cache?.complete[list]) {
    const outcome = await flights.after(accountId, () => syncAndReport(account, { ...options, manual: true, deep: list }));
    await refreshBadge();
    const failure = failureOf(outcome);
    if (outcome.status !== 'synced') return { ok: false, error: failure ?? ACCOUNT_GONE };
    cache = outcome.cache;
    if (!cache.complete[list]) {
      return { ok: false, error: { kind: 'pageLimit', pages: options.pageCap ?? DEEP_PAGE_CAP, status: null, requestId: null } };
    }
  }
  return { ok: true, count: list === 'exchanges' ? cache.exchangeCount : cache.withdrawalCount };
}
