/**
 * Pure merge of one sync's fetched pages into the stored state: the new lists,
 * the new small cache, and what changed (arrivals, payouts turned paid).
 * Nothing here reads storage or the clock: `now` is the commit time.
 *
 * Rules:
 * - First sync (never succeeded before): everything found is history (live: false, no arrivals).
 * - Later: an exchange is an arrival when its id is above every id known before. Unknown ids
 *   below that (found by walking deeper for a CSV) are history too.
 * - Exchange records never change once stored (the list is only rewritten when ids are added);
 *   the recent rows the popup shows get the API's fresh relative text.
 * - Payouts: status/amount changes update the record; rows missing inside the fetched id range
 *   were rejected on the site and disappear here too.
 */
import type { ApiExchange, ApiPayout } from '../api/schemas';
import type { ApiErrorInfo } from '../../../utils/errors';
import { emptyCache, type AccountCache, type ExchangeRecord, type SummaryRecord, type PayoutRecord } from '../../../utils/model';
import { NO_BACKOFF, backoffAfterFailure } from './backoff';

export const RECENT_LIMIT = 20;
export const ARRIVALS_LIMIT = 200;
export const HISTORY_LIMIT = 500;

/** Rows of one list fetched by a sync, pages concatenated newest first. */
export interface FetchedList<T> {
  items: T[];
  /** The walk saw the last page. */
  reachedEnd: boolean;
  /** The walk stopped at the page cap before meeting a known id or the end. */
  capped: boolean;
}

export interface Previous {
  cache: AccountCache | null;
  /** null when not loaded because the fetch holds no id above the known ones (the list stays as it is). */
  exchanges: ExchangeRecord[] | null;
  payouts: PayoutRecord[];
}

export interface Fetched {
  summary: SummaryRecord;
  exchanges: FetchedList<ApiExchange>;
  payouts: FetchedList<ApiPayout>;
}

export interface MergeResult {
  cache: AccountCache;
  /** null: unchanged, do not rewrite. */
  exchanges: ExchangeRecord[] | null;
  payouts: PayoutRecord[] | null;
  /** Exchanges seen arriving in this sync, newest first. */
  arrivals: ExchangeRecord[];
  /** Payouts whose status turned unpaid → paid in this sync. */
  paid: PayoutRecord[];
  first: boolean;
}

const byIdDesc = (a: { id: number }, b: { id: number }) => b.id - a.id;

function uniqueById<T extends { id: number }>(items: T[]): T[] {
  const seen = new Set<number>();
  return items.filter((item) => !seen.has(item.id) && seen.add(item.id));
}

export function mergeExchanges(previous: ExchangeRecord[], fetched: ApiExchange[], first: boolean, now: number) {
  const known = new Set(previous.map((e) => e.id));
  const highest = previous.reduce((max, e) => Math.max(max, e.id), -Infinity);
  const added: ExchangeRecord[] = uniqueById(fetched)
    .filter((e) => !known.has(e.id))
    .map((e) => ({ ...e, firstSeenAt: now, live: !first && e.id > highest }));
  const list = added.length ? [...added, ...previous].sort(byIdDesc) : previous;
  return { list, changed: added.length > 0, arrivals: added.filter((e) => e.live).sort(byIdDesc) };
}

const SAME_WITHDRAWAL_FIELDS = ['status', 'amount', 'currency', 'system', 'createdText'] as const;

export function mergePayouts(previous: PayoutRecord[], fetched: FetchedList<ApiPayout>, first: boolean, now: number) {
  const before = new Map(previous.map((w) => [w.id, w]));
  const items = uniqueById(fetched.items);
  const fetchedIds = new Set(items.map((w) => w.id));
  let changed = false;
  const paid: PayoutRecord[] = [];
  const updated = new Map<number, PayoutRecord>();
  for (const item of items) {
    const old = before.get(item.id);
    if (old && SAME_WITHDRAWAL_FIELDS.every((field) => old[field] === item[field])) continue;
    const record = { ...item, firstSeenAt: old?.firstSeenAt ?? now };
    updated.set(item.id, record);
    changed = true;
    if (!first && old?.status === 'unpaid' && item.status === 'paid') paid.push(record);
  }
  // Rows inside the id range the walk covered but not returned were rejected (refunded) on the site.
  const lowest = fetched.reachedEnd ? -Infinity : items.reduce((min, w) => Math.min(min, w.id), Infinity);
  const kept = previous.filter((w) => w.id < lowest || fetchedIds.has(w.id));
  if (kept.length !== previous.length) changed = true;
  const fresh = [...updated.values()].filter((w) => !before.has(w.id));
  const list = changed ? [...fresh, ...kept.map((w) => updated.get(w.id) ?? w)].sort(byIdDesc) : previous;
  return { list, changed, paid };
}

function nextComplete(previous: boolean, list: FetchedList<unknown>): boolean {
  if (list.reachedEnd) return true;
  return list.capped ? false : previous;
}

function nextHistory(history: AccountCache['history'], balance: number, now: number): AccountCache['history'] {
  if (history.at(-1)?.balance === balance) return history;
  return [...history, { at: now, balance }].slice(-HISTORY_LIMIT);
}

/** The new state after a successful sync. */
export function mergeSync(previous: Previous, fetched: Fetched, clock: number): MergeResult {
  const base = previous.cache ?? emptyCache();
  const first = base.lastSuccessAt == null;
  // Commit stamps only move forward: a clock set back must not hide arrivals behind seen.seenAt.
  const now = Math.max(clock, (base.lastSuccessAt ?? -Infinity) + 1);
  const exchanges = previous.exchanges
    ? mergeExchanges(previous.exchanges, fetched.exchanges.items, first, now)
    : { list: null, changed: false, arrivals: [] };
  const payouts = mergePayouts(previous.payouts, fetched.payouts, first, now);
  const freshText = new Map(fetched.exchanges.items.map((e) => [e.id, e.createdText]));
  const cache: AccountCache = {
    summary: fetched.summary,
    recentExchanges: (exchanges.list ?? base.recentExchanges)
      .slice(0, RECENT_LIMIT)
      .map((e) => ({ ...e, createdText: freshText.get(e.id) ?? e.createdText })),
    recentPayouts: payouts.list.slice(0, RECENT_LIMIT),
    exchangeCount: exchanges.list?.length ?? base.exchangeCount,
    payoutCount: payouts.list.length,
    arrivals: [...exchanges.arrivals.map((e) => ({ id: e.id, at: now })), ...base.arrivals].slice(0, ARRIVALS_LIMIT),
    history: nextHistory(base.history, fetched.summary.balance, now),
    complete: {
      exchanges: nextComplete(base.complete.exchanges, fetched.exchanges),
      payouts: nextComplete(base.complete.payouts, fetched.payouts),
    },
    lastSyncAt: now,
    lastSuccessAt: now,
    lastError: null,
    backoff: NO_BACKOFF,
  };
  return {
    cache,
    exchanges: exchanges.changed ? exchanges.list : null,
    payouts: payouts.changed ? payouts.list : null,
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
