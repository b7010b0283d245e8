/**
 * The coordinator: runs account syncs through one in-memory single flight (so an alarm tick and a
 * popup refresh at the same moment share one sync), each with its own AbortController (removing an
 * account or changing its address or key stops its requests at once, and so does the sync's
 * deadline, as a `timeout`: ./deadline.ts), shows that sync's
 * notifications exactly once, then updates the badge. Account changes run exclusively against syncs.
 */
import type { Account, ListName } from '../../../utils/model';
import type { Failure } from '../../../utils/errors';
import type { Answer } from '../../../utils/messages';
import { accountsItem, cacheItem, settingsItem } from '../store';
import { announceSync, readAlertInputs } from '../alerts/announce';
import { SingleFlight } from './lease';
import { redrawBadge } from './state';
import { dueForRefresh } from './due';
import { armDeadline, DEFAULT_DEADLINES, type Deadlines } from './deadline';
import { DEEP_PAGE_CAP, syncAccount, type SkipReason, type SyncOptions, type SyncOutcome } from './sync-account';

const flights = new SingleFlight<SyncOutcome>();
/** Every sync's deadlines unless its options say otherwise; only the e2e build can shorten them (below). */
const deadlineDefaults: Deadlines = { ...DEFAULT_DEADLINES };
// The real-Chromium suite cannot wait 2 minutes per scenario: its build may set shorter deadlines.
if (import.meta.env.MODE === 'e2e') {
  Object.assign(globalThis, { iexSetSyncDeadlines: (d: Partial<Deadlines>) => Object.assign(deadlineDefaults, d) });
}
/** The abort switch of each account's running sync. */
const running = new Map<string, AbortController>();

/** A sync's options, and its deadlines (tests set shorter ones). */
export type SyncRunOptions = SyncOptions & { deadlines?: Partial<Deadlines> };
export type RunOptions = Omit<SyncRunOptions, 'deep' | 'signal'> & {
  accountIds?: string[];
  /** Answer once the syncs are committed, before the badge and notifications are out (a page's refresh). */
  answerBeforeAlerts?: boolean;
};

/** Sync one account, then notify about what it found (inside the flight: once per sync). */
async function syncAndReport(account: Account, { deadlines, ...options }: SyncRunOptions): Promise<SyncOutcome> {
  const controller = new AbortController();
  running.set(account.id, controller);
  const limits = { ...deadlineDefaults, ...deadlines };
  const disarm = armDeadline(controller, options.deep ? limits.deepMs : limits.routineMs);
  // Read while the site answers: the notifications then go out one storage round trip sooner.
  const alertInputs = readAlertInputs(account.id);
  try {
    const outcome = await syncAccount(account, { ...options, signal: controller.signal });
    if (outcome.status === 'synced') {
      // Decided here, once per sync; shown while the badge is redrawn (see settleNotices).
      // A refused notification must not turn a good sync into a failure.
      track(announceSync(outcome.report, alertInputs).catch(() => undefined));
    }
    return outcome;
  } finally {
    disarm();
    if (running.get(account.id) === controller) running.delete(account.id);
  }
}

/** Notifications being shown (the OS takes a few ms per notification: not inside the sync's flight). */
const notices = new Set<Promise<void>>();

function track(shown: Promise<void>): void {
  notices.add(shown);
  void shown.finally(() => notices.delete(shown));
}

/** Redraw the badge, and wait for the syncs' notifications at the same time. */
async function settleNotices(accountIds?: readonly string[]): Promise<void> {
  await Promise.all([redrawBadge(accountIds), ...notices]);
}

/** Badges and notifications still being shown after a refresh answered. */
const alerting = new Set<Promise<void>>();

/** Resolves once every sync's badge and notifications are out (tests; a refresh does not wait). */
export async function alertsSettled(): Promise<void> {
  while (alerting.size > 0 || notices.size > 0) await Promise.all([...alerting, ...notices]);
}

/** Stop the account's running sync now (its requests are aborted; it stores nothing). */
export function abortSync(accountId: string): void {
  running.get(accountId)?.abort();
}

/** Join the sync of this account that is running, or start one. */
export function syncOne(account: Account, options: SyncRunOptions = {}): Promise<SyncOutcome> {
  return flights.join(account.id, () => syncAndReport(account, options));
}

/**
 * Sync every account (or those listed) that is due — all of them for a manual refresh — then
 * update the badge. An alarm tick, the `online` event and a page's refresh all come here.
 */
export async function runSyncs(options: RunOptions = {}): Promise<SyncOutcome[]> {
  const { accountIds, answerBeforeAlerts, ...syncOptions } = options;
  const accounts = (await accountsItem.get()).filter((a) => !accountIds || accountIds.includes(a.id));
  const settled = await Promise.allSettled(accounts.map((account) => syncOne(account, syncOptions)));
  const alerts = settleNotices(accounts.map((a) => a.id));
  if (answerBeforeAlerts) {
    // The page is told now (its data is committed); the badge and notifications follow within milliseconds.
    const kept = alerts.catch(() => undefined);
    alerting.add(kept);
    void kept.finally(() => alerting.delete(kept));
  } else {
    await alerts;
  }
  return settled.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []));
}

const NO_SYNC: SyncOutcome = { status: 'skipped', reason: 'changed' };

/**
 * Change an account with no sync of it running: the running one is aborted first (when `abort`),
 * or waited for. Triggers meanwhile join this flight, which then runs `syncAfter` (e.g. the first
 * sync of a saved account). Resolves when `change` is done, not when the sync is.
 */
export function exclusive<T>(
  accountId: string,
  change: () => Promise<T>,
  options: { abort?: boolean; syncAfter?: (value: T) => { account: Account; options: SyncRunOptions } | null } = {},
): Promise<T> {
  if (options.abort) abortSync(accountId);
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
        const next = options.syncAfter?.(value);
        // Inside this flight already: sync directly (joining would wait for itself).
        return next ? syncAndReport(next.account, next.options) : NO_SYNC;
      })
      .catch(() => undefined);
  });
}

/**
 * What a page is told about a sync that did not run (no HTTP response involved): offline is a
 * network failure; a lease left by a killed worker is a wait; an account changed or removed meanwhile is no error.
 */
const SKIPPED_AS: Record<SkipReason, Failure | null> = {
  offline: { kind: 'network', status: null, requestId: null },
  busy: { kind: 'timeout', status: null, requestId: null },
  changed: null,
  aborted: null,
  notDue: null,
  // The history could not be moved to IndexedDB yet (retried at every start): the browser's storage.
  migrating: { kind: 'storage', status: null, requestId: null },
};

const ACCOUNT_GONE: Failure = { kind: 'notFound', status: null, requestId: null };

export function failureOf(outcome: SyncOutcome): Failure | null {
  if (outcome.status === 'failed') return outcome.error;
  return outcome.status === 'skipped' ? SKIPPED_AS[outcome.reason] : null;
}

/**
 * A refresh a page asked for. `ifDue` (the popup opening): only accounts whose data is older than
 * the update interval and that are not waiting out a backoff. Otherwise (the Refresh button) every
 * listed account once, even a paused or backed-off one: the user may have fixed the site or the key.
 * Answers when the syncs are committed (the page repaints from storage); the badge and the
 * notifications follow, a few milliseconds later.
 */
export async function refresh(
  { accountId, ifDue = false }: { accountId?: string; ifDue?: boolean },
  options: RunOptions = {},
): Promise<Answer<'refresh'>> {
  let accountIds = accountId ? [accountId] : undefined;
  if (ifDue) {
    const [accounts, settings] = await Promise.all([accountsItem.get(), settingsItem.get()]);
    const now = (options.now ?? Date.now)();
    const listed = accounts.filter((a) => !accountIds || accountIds.includes(a.id));
    const caches = await Promise.all(listed.map((a) => cacheItem(a.id).get()));
    accountIds = listed.filter((_, i) => dueForRefresh(caches[i] ?? null, settings, now)).map((a) => a.id);
    if (accountIds.length === 0) return { ok: true };
  }
  const outcomes = await runSyncs({ ...options, manual: true, accountIds, answerBeforeAlerts: true });
  const failure = outcomes.map(failureOf).find((f) => f != null);
  return failure ? { ok: false, error: failure } : { ok: true };
}

/** Make sure the whole history of one list is stored (walking it to the end if needed); answer its size. */
export async function exportHistory(accountId: string, list: ListName, options: RunOptions = {}): Promise<Answer<'exportHistory'>> {
  const account = (await accountsItem.get()).find((a) => a.id === accountId);
  if (!account) return { ok: false, error: ACCOUNT_GONE };
  await flights.current(accountId)?.catch(() => undefined);
  let cache = await cacheItem(accountId).get();
  if (!cache?.complete[list]) {
    const outcome = await flights.after(accountId, () => syncAndReport(account, { ...options, manual: true, deep: list }));
    await settleNotices([accountId]);
    const failure = failureOf(outcome);
    if (outcome.status !== 'synced') return { ok: false, error: failure ?? ACCOUNT_GONE };
    cache = outcome.cache;
    if (!cache.complete[list]) {
      return { ok: false, error: { kind: 'pageLimit', pages: options.pageCap ?? DEEP_PAGE_CAP, status: null, requestId: null } };
    }
  }
  return { ok: true, count: list === 'exchanges' ? cache.exchangeCount : cache.payoutCount };
}
