/**
 * Pure rules of the popup, from stored values to what it shows and sends:
 * which exchanges are marked new in this popup session, up to when to mark them
 * seen, which account opens first. (Whether data is due for a sync is the background's rule.)
 * components/popup/ wires these to storage and messages.
 */
import type { Account, AccountCache, Settings } from '../../utils/model';

export interface AccountData { cache: AccountCache | null; seenAt: number }

export interface PopupData {
  accounts: Account[];
  settings: Settings;
  byId: Record<string, AccountData>;
  /**
   * Per account, exchange ids that were unseen at some moment while this popup
   * is open. They stay "new" after markSeen, so the user still sees what came.
   */
  markedNew: Record<string, number[]>;
}

export const NO_DATA: AccountData = { cache: null, seenAt: 0 };

/** Arrivals after the seen mark (the badge's own rule). */
export function unseenIds({ cache, seenAt }: AccountData): number[] {
  return cache ? cache.arrivals.filter((a) => a.at > seenAt).map((a) => a.id) : [];
}

/** Adds whatever is unseen now to each account's marked-new list (newest first); never drops ids. */
export function withMarkedNew(data: PopupData): PopupData {
  let markedNew = data.markedNew;
  for (const { id } of data.accounts) {
    const known = markedNew[id] ?? [];
    const added = unseenIds(data.byId[id] ?? NO_DATA).filter((x) => !known.includes(x));
    if (added.length > 0) markedNew = { ...markedNew, [id]: [...added, ...known] };
  }
  return markedNew === data.markedNew ? data : { ...data, markedNew };
}

export const markedNewCount = (data: PopupData, accountId: string): number => data.markedNew[accountId]?.length ?? 0;

/** The `through` for markSeen: the last success the page shows, when it is past the seen mark; else null. */
export function seenThrough({ cache, seenAt }: AccountData): number | null {
  const at = cache?.lastSuccessAt ?? null;
  return at !== null && at > seenAt ? at : null;
}

/** The account shown first: the first one with something new, else the first one. */
export function firstAccountId(data: PopupData): string | null {
  const withNews = data.accounts.find((a) => markedNewCount(data, a.id) > 0);
  return (withNews ?? data.accounts[0])?.id ?? null;
}

/** Whether an exchange time is recent enough to read best as "5 minutes ago". */
export const isRecent = (at: number, now: number) => now - at < 86_400_000;
