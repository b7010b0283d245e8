/**
 * Pure merge of one sync's fetched pages into the stored state: the rows to write, the new small
 * cache, and what changed (arrivals, payouts turned paid). Nothing here reads storage or the clock:
 * what is stored comes in as `stored` (looked up by id), `now` is the commit stamp.
 *
 * Rules (by identity, never by maximum id):
 * - A row is new when its id is not stored, or was stored by a sync whose cache never landed
 *   (firstSeenAt after the cache's lastSuccessAt: the worker was killed between the two writes).
 * - New rows found by the head walk (page 1 onwards) of a sync after the first are arrivals (live);
 *   those of the first sync, or of a history walk resumed deeper in the list, are history.
 * - Exchange rows never change once stored; the recent rows the popup shows get the site's fresh text.
 *   A new row gets its date (createdAt, createdPrecision) once, here (../dates/record-dates.ts).
 * - Payouts: a changed status or amount updates the row; a payout is removed only when a complete
 *   walk of a non-empty list missed it twice in a row (rejected on the site). An empty, short or
 *   failed answer never removes anything.
 * - An account stores at most MAX_ROWS rows per list; reaching it is recorded in the cache (`full`).
 */
import type { ApiExchange, ApiPayout } from '../api/schemas';
import type { ApiErrorInfo } from '../../../utils/errors';
import { emptyCache, type AccountCache, type ExchangeRecord, type ListName, type PayoutRecord, type SummaryRecord } from '../../../utils/model';
import { NO_BACKOFF, backoffAfterFailure } from './backoff';
import { exchangeDate, payoutDate } from '../dates/record-dates';
import { payoutTotals, payoutsAfter } from './payout-totals';

export const RECENT_LIMIT = 20;
export const ARRIVALS_LIMIT = 200;
export const HISTORY_LIMIT = 500;
/** Rows one account may store per list: far above any real partner, far below what would strain a profile. */
export const MAX_ROWS = 200_000;

/** Rows of one list fetched by one walk, pages concatenated newest first. */
export interface FetchedList<T> {
  items: T[];
  /** The page the walk started at (1 for a head walk), and how many it read. */
  from: number;
  pages: number;
  /** The next page to read, when the walk stopped at its page cap before the end; null otherwise. */
  next: number | null;
  /** The walk saw the last page. */
  reachedEnd: boolean;
}

export interface FetchedWalks<T> {
  /** From page 1 until a page with stored rows, the end, or the page cap. */
  head: FetchedList<T>;
  /** The history walk resumed where an earlier sync stopped (when the list is not complete). */
  history: FetchedList<T> | null;
  /**
   * firstSeenAt of the head walk's stored rows, looked up page by page during the walk (to know
   * where to stop), so the commit need not ask again; absent when the walk looked nothing up.
   */
  stored?: ReadonlyMap<number, number>;
}

export interface Fetched {
  summary: SummaryRecord;
  exchanges: FetchedWalks<ApiExchange>;
  payouts: FetchedWalks<ApiPayout>;
}

export interface Stored {
  cache: AccountCache | null;
  /** firstSeenAt of every fetched exchange id that is stored. */
  exchanges: ReadonlyMap<number, number>;
  /** Every stored payout of the account (with its missing count). */
  payouts: readonly (PayoutRecord & { missing: number })[];
}

export interface MergeResult {
  cache: AccountCache;
  /** Exchange rows to store (all new). */
  exchanges: ExchangeRecord[];
  /** Payout rows to store (new or changed) and ids to delete. */
  payouts: { put: (PayoutRecord & { missing: number })[]; remove: number[] };
  /** Exchanges seen arriving in this sync, newest first. */
  arrivals: ExchangeRecord[];
  /** Payouts whose status turned unpaid → paid in this sync. */
  paid: PayoutRecord[];
  first: boolean;
}

const byIdDesc = (a: { id: number }, b: { id: number }) => b.id - a.id;

function uniqueById<T extends { id: number }>(items: Iterable<T>): T[] {
  const seen = new Set<number>();
  const unique: T[] = [];
  for (const item of items) if (!seen.has(item.id) && seen.add(item.id)) unique.push(item);
  return unique;
}

function mergeExchanges(base: AccountCache, walks: FetchedWalks<ApiExchange>, stored: ReadonlyMap<number, number>, first: boolean, now: number) {
  const committed = base.lastSuccessAt ?? -Infinity;
  const isNew = (id: number) => !((stored.get(id) ?? Infinity) <= committed);
  const room = Math.max(0, MAX_ROWS - base.exchangeCount);
  // A live arrival was not listed at the previous successful sync: its date lies after that sync.
  const head = uniqueById(walks.head.items).filter((e) => isNew(e.id))
    .map((e) => ({ ...e, firstSeenAt: now, live: !first, ...exchangeDate(e.createdText, now, first ? null : base.lastSuccessAt) }));
  const headIds = new Set(head.map((e) => e.id));
  const history = uniqueById(walks.history?.items ?? []).filter((e) => isNew(e.id) && !headIds.has(e.id))
    .map((e) => ({ ...e, firstSeenAt: now, live: false, ...exchangeDate(e.createdText, now, null) }));
  // Arrivals first: when the store is full, what just arrived matters more than old history.
  const added = [...head, ...history].slice(0, room);
  return { added, arrivals: added.filter((e) => e.live).sort(byIdDesc), full: head.length + history.length > room };
}

/** A payout as the cache shows it (the store's own fields, the account and the missing count, left out). */
const withoutMissing = (row: PayoutRecord & { missing?: number; accountId?: string }): PayoutRecord => {
  const { missing: _missing, accountId: _accountId, ...rest } = row;
  return rest;
};

const SAME_PAYOUT_FIELDS = ['status', 'amount', 'currency', 'system', 'createdText'] as const;

function mergePayouts(walks: FetchedWalks<ApiPayout>, stored: Stored['payouts'], first: boolean, now: number) {
  const before = new Map(stored.map((p) => [p.id, p]));
  const fetched = uniqueById([...walks.head.items, ...(walks.history?.items ?? [])]);
  const put: MergeResult['payouts']['put'] = [];
  const paid: PayoutRecord[] = [];
  for (const item of fetched) {
    const old = before.get(item.id);
    // A row stored before payout dates existed is rewritten once with its date.
    const same = old && old.createdAt !== undefined && SAME_PAYOUT_FIELDS.every((field) => old[field] === item[field]);
    if (same && old.missing === 0) continue;
    put.push({ ...item, createdAt: payoutDate(item.createdText), firstSeenAt: old?.firstSeenAt ?? now, missing: 0 });
    if (!first && old?.status === 'unpaid' && item.status === 'paid') paid.push({ ...item, createdAt: payoutDate(item.createdText), firstSeenAt: old.firstSeenAt });
  }
  // Only a complete walk (page 1 to the end) of a list that is not empty is evidence that a payout is gone.
  const complete = walks.head.reachedEnd && walks.head.from === 1 && fetched.length > 0;
  const remove: number[] = [];
  if (complete) {
    const listed = new Set(fetched.map((p) => p.id));
    for (const old of stored) {
      if (listed.has(old.id)) continue;
      if (old.missing + 1 >= 2) remove.push(old.id);
      else put.push({ ...old, missing: old.missing + 1 });
    }
  }
  const count = stored.length + fetched.filter((p) => !before.has(p.id)).length - remove.length;
  const recent = new Map(stored.map((p) => [p.id, p as PayoutRecord]));
  for (const row of put) recent.set(row.id, row);
  for (const id of remove) recent.delete(id);
  const recentPayouts = [...recent.values()].sort(byIdDesc).slice(0, RECENT_LIMIT).map(withoutMissing);
  return { put, remove, paid, count, recentPayouts };
}

/** Whether a list's whole history is stored now, and where a later sync resumes walking it. */
function nextWalk(base: AccountCache, list: ListName, walks: FetchedWalks<unknown>) {
  const last = walks.history ?? walks.head;
  if (walks.head.reachedEnd || last.reachedEnd) return { complete: true, resume: null };
  if (base.complete[list] && walks.head.next === null) return { complete: true, resume: null };
  // A head walk that stopped at the page cap before meeting stored rows leaves a gap: resume after it.
  return { complete: false, resume: last.next ?? base.resume[list] ?? (walks.head.next ?? null) };
}

function nextHistory(history: AccountCache['history'], balance: number, now: number): AccountCache['history'] {
  if (history.at(-1)?.balance === balance) return history;
  return [...history, { at: now, balance }].slice(-HISTORY_LIMIT);
}

/** The new state after a successful sync. */
export function mergeSync(stored: Stored, fetched: Fetched, clock: number): MergeResult {
  const base = stored.cache ?? emptyCache();
  const first = base.lastSuccessAt == null;
  // Commit stamps only move forward: a clock set back must not hide arrivals behind the seen mark.
  const now = Math.max(clock, (base.lastSuccessAt ?? -Infinity) + 1);
  const exchanges = mergeExchanges(base, fetched.exchanges, stored.exchanges, first, now);
  const payouts = mergePayouts(fetched.payouts, stored.payouts, first, now);
  const freshText = new Map(fetched.exchanges.head.items.map((e) => [e.id, e.createdText]));
  const walks = { exchanges: nextWalk(base, 'exchanges', fetched.exchanges), payouts: nextWalk(base, 'payouts', fetched.payouts) };
  const cache: AccountCache = {
    summary: fetched.summary,
    recentExchanges: [...exchanges.added, ...base.recentExchanges].sort(byIdDesc).slice(0, RECENT_LIMIT)
      .map((e) => ({ ...e, createdText: freshText.get(e.id) ?? e.createdText })),
    recentPayouts: payouts.recentPayouts,
    exchangeCount: base.exchangeCount + exchanges.added.length,
    payoutCount: payouts.count,
    arrivals: [...exchanges.arrivals.map((e) => ({ id: e.id, at: now })), ...base.arrivals].slice(0, ARRIVALS_LIMIT),
    history: nextHistory(base.history, fetched.summary.balance, now),
    complete: { exchanges: walks.exchanges.complete, payouts: walks.payouts.complete },
    resume: { exchanges: walks.exchanges.resume, payouts: walks.payouts.resume },
    full: base.full || exchanges.full,
    payoutTotals: payoutTotals(payoutsAfter(stored.payouts, payouts.put, payouts.remove), fetched.summary, walks.payouts.complete),
    lastSyncAt: now,
    lastSuccessAt: now,
    lastError: null,
    backoff: NO_BACKOFF,
  };
  return {
    cache,
    exchanges: exchanges.added,
    payouts: { put: payouts.put, remove: payouts.remove },
    arrivals: exchanges.arrivals,
    paid: payouts.paid,
    first,
  };
}

/** The cache after a failed attempt: last good data kept, only the attempt, error and backoff change. */
export function cacheAfterFailure(previous: AccountCache | null, error: ApiErrorInfo, now: number): AccountCache {
  const base = previous ?? emptyCache();
  return { ...base, lastSyncAt: now, lastError: { ...error, at: now }, backoff: backoffAfterFailure(base.backoff, error, now) };
}
