/**
 * Pure rules of the popup, from stored values to what it shows and sends:
 * which exchanges count as new in this popup session, up to when to mark them
 * seen, whether the data is old enough to refresh, which account opens first.
 * components/popup/ wires these to storage and messages.
 */
import type { Account, AccountCache, Settings } from './model';

export interface AccountData { cache: AccountCache | null; seenAt: number }

export interface PopupData {
  accounts: Account[];
  settings: Settings;
  byId: Record<string, AccountData>;
  /**
   * Per account, exchange ids that were unseen at some moment while this popup
   * is open. They stay "new" after markSeen, so the user still sees what came.
   */
  fresh: Record<string, number[]>;
}

export const NO_DATA: AccountData = { cache: null, seenAt: 0 };

/** Arrivals after the seen mark (the badge's own rule). */
export function unseenIds({ cache, seenAt }: AccountData): number[] {
  return cache ? cache.arrivals.filter((a) => a.at > seenAt).map((a) => a.id) : [];
}

/** Adds whatever is unseen now to each account's fresh list (newest first); never drops ids. */
export function withFresh(data: PopupData): PopupData {
  let fresh = data.fresh;
  for (const { id } of data.accounts) {
    const known = fresh[id] ?? [];
    const added = unseenIds(data.byId[id] ?? NO_DATA).filter((x) => !known.includes(x));
    if (added.length > 0) fresh = { ...fresh, [id]: [...added, ...known] };
  }
  return fresh === data.fresh ? data : { ...data, fresh };
}

export const freshCount = (data: PopupData, accountId: string): number => data.fresh[accountId]?.length ?? 0;

/** The `through` for markSeen: the last success the page shows, when it is past the seen mark; else null. */
export function seenThrough({ cache, seenAt }: AccountData): number | null {
  const at = cache?.lastSuccessAt ?? null;
  return at !== null && at > seenAt ? at : null;
}

/**
 * Whether opening the popup should ask for a sync: never synced, or the last
 * attempt is at least one poll interval old. Not while the background backs off
 * (a 429's wait, or paused until the user fixes the key): it said when to retry.
 */
export function isDue(cache: AccountCache | null, settings: Settings, now: number): boolean {
  if (!cache) return true;
  const { paused, nextAttemptAt } = cache.backoff;
  if (paused || (nextAttemptAt !== null && nextAttemptAt > now)) return false;
  return cache.lastSyncAt === null || now - cache.lastSyncAt >= settings.pollMinutes * 60_000;
}

/** The account shown first: the first one with something new, else the first one. */
export function firstAccountId(data: PopupData): string | null {
  const withNews = data.accounts.find((a) => freshCount(data, a.id) > 0);
  return (withNews ?? data.accounts[0])?.id ?? null;
}

/** Whether an exchange time is recent enough to read best as "5 minutes ago". */
export const isRecent = (at: number, now: number) => now - at < 86_400_000;
