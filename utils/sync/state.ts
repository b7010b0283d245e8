/**
 * What the badge and the popup's switcher need, read from storage in one go,
 * and the "seen" bookkeeping (markSeen is the only writer of `seen:<id>`).
 */
import { storage } from 'wxt/utils/storage';
import type { Account, AccountCache, SeenState } from '../model';
import { accountsItem, cacheItem, seenItem } from '../storage';
import { applyBadge, badgeView, unseenCount, type BadgeView } from '../badge';
import { clearExchangeNotifications } from '../notify';
import { isOnline } from './sync-account';

export interface AccountState {
  account: Account;
  cache: AccountCache | null;
  seenAt: number;
}

export async function loadAccountStates(): Promise<AccountState[]> {
  const accounts = await accountsItem.getValue();
  if (accounts.length === 0) return [];
  const values = await storage.getItems(accounts.flatMap((a) => [cacheItem(a.id), seenItem(a.id)]));
  return accounts.map((account, i) => ({
    account,
    cache: (values[2 * i]?.value as AccountCache | null) ?? null,
    seenAt: (values[2 * i + 1]?.value as SeenState | null)?.seenAt ?? 0,
  }));
}

/** Recompute the badge from storage and show it. */
export async function refreshBadge(): Promise<BadgeView> {
  const states = await loadAccountStates();
  const view = badgeView({ online: isOnline(), accounts: states.map((s) => ({ label: s.account.label, cache: s.cache, seenAt: s.seenAt })) });
  await applyBadge(view);
  return view;
}

/** Unseen new exchanges per account id (the popup's switcher). */
export async function unseenByAccount(): Promise<Record<string, number>> {
  const states = await loadAccountStates();
  return Object.fromEntries(states.map((s) => [s.account.id, unseenCount(s.cache, s.seenAt)]));
}

let seenQueue: Promise<unknown> = Promise.resolve();

/**
 * The user has seen everything up to `through` (the lastSuccessAt the page rendered):
 * seenAt only moves forward, and never past the last successful sync. Clears that account's
 * new-exchange notifications and updates the badge at once.
 */
export function markSeen(accountId: string, through: number): Promise<void> {
  const run = seenQueue.then(async () => {
    const [cache, seen] = await Promise.all([cacheItem(accountId).getValue(), seenItem(accountId).getValue()]);
    const upTo = Math.min(through, cache?.lastSuccessAt ?? through);
    if (cache && upTo > seen.seenAt) await seenItem(accountId).setValue({ seenAt: upTo });
    await clearExchangeNotifications(accountId);
    await refreshBadge();
  });
  seenQueue = run.catch(() => undefined);
  return run;
}
