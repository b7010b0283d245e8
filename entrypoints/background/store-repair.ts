/**
 * Older shapes of stored values turned into the current ones (pure). Used by ./store.ts when a
 * value does not parse: a value written by an earlier version is migrated, not thrown away.
 */
import type { AccountCache, AccountPrefs, Settings } from '../../utils/model';
import { DEFAULT_SETTINGS, emptyPrefs } from '../../utils/storage/items';

type Loose = Record<string, unknown>;
const isObject = (value: unknown): value is Loose => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Settings v1 `{ pollMinutes, notifications }` (one switch for every notification) and any value
 * missing newer fields: the user's choices kept, the rest from the defaults.
 */
export function repairSettings(raw: unknown): Settings | null {
  if (!isObject(raw)) return null;
  const { notifications, ...rest } = raw;
  const fromV1 = typeof notifications === 'boolean' ? { notifyExchanges: notifications, notifyPayouts: notifications } : {};
  return { ...DEFAULT_SETTINGS, ...fromV1, ...(rest as Partial<Settings>) };
}

/** Field names the cache had before the glossary said "payout" (and "paid out") everywhere. */
const RENAMED: [old: string, current: string][] = [
  ['recentWithdrawals', 'recentPayouts'],
  ['withdrawalCount', 'payoutCount'],
];

export function repairCache(raw: unknown): AccountCache | null {
  if (!isObject(raw)) return null;
  const cache: Loose = { ...raw };
  for (const [old, current] of RENAMED) {
    if (old in cache && !(current in cache)) cache[current] = cache[old];
    delete cache[old];
  }
  if (isObject(cache.complete) && 'withdrawals' in cache.complete) {
    const { withdrawals, ...complete } = cache.complete;
    cache.complete = { payouts: withdrawals, ...complete };
  }
  // Fields added with the IndexedDB history: nothing to resume, not full.
  if (!isObject(cache.resume)) cache.resume = { exchanges: null, payouts: null };
  if (typeof cache.full !== 'boolean') cache.full = false;
  // Added with the figures that add up: computed again by the next sync.
  if (!isObject(cache.payoutTotals)) cache.payoutTotals = null;
  if (isObject(cache.summary) && 'totalWithdrawn' in cache.summary) {
    const { totalWithdrawn, ...summary } = cache.summary;
    cache.summary = { totalPaidOut: totalWithdrawn, ...summary };
  }
  return cache as AccountCache;
}

/** Prefs missing a field added later: the partner's values kept, the rest empty. */
export function repairPrefs(raw: unknown): AccountPrefs | null {
  return isObject(raw) ? { ...emptyPrefs(), ...(raw as Partial<AccountPrefs>) } : null;
}
