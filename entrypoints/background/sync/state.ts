/**
 * What the badge needs, read from storage in one go, and the seen mark (markSeen is the only
 * writer of `seen:<id>`).
 */
import type { Account, AccountCache } from '../../../utils/model';
import { accountsItem, cacheItem, getChecked, seenItem } from '../store';
import { applyBadge, badgeView, type BadgeView } from '../badge';
import { clearExchangeNotifications } from '../notify';
import { isOnline } from './sync-account';

export interface AccountState {
  account: Account;
  cache: AccountCache | null;
  seenAt: number;
}

export async function loadAccountStates(): Promise<AccountState[]> {
  const accounts = await accountsItem.get();
  if (accounts.length === 0) return [];
  const [caches, seen] = await Promise.all([
    getChecked('local', accounts.map((a) => cacheItem(a.id))),
    getChecked('local', accounts.map((a) => seenItem(a.id))),
  ]);
  return accounts.map((account, i) => ({ account, cache: caches[i] ?? null, seenAt: seen[i]?.seenAt ?? 0 }));
}

/** Recompute the badge from storage and show it. */
export async function refreshBadge(): Promise<BadgeView> {
  const states = await loadAccountStates();
  const view = badgeView({ online: isOnline(), accounts: states.map((s) => ({ label: s.account.label, cache: s.cache, seenAt: s.seenAt })) });
  await applyBadge(view);
  return view;
}

let seenQueue: Promise<unknown> = Promise.resolve();

/**
 * The user has seen everything up to `through` (the lastSuccessAt the page rendered): the seen mark
 * only moves forward, and never past the last successful sync. Clears that account's new-exchange
 * notifications and updates the badge at once.
 */
export function markSeen(accountId: string, through: number): Promise<void> {
  const run = seenQueue.then(async () => {
    const [cache, seen] = await Promise.all([cacheItem(accountId).get(), seenItem(accountId).get()]);
    const upTo = Math.min(through, cache?.lastSuccessAt ?? through);
    if (cache && upTo > seen.seenAt) await seenItem(accountId).set({ seenAt: upTo });
    await clearExchangeNotifications(accountId);
    await refreshBadge();
  });
  seenQueue = run.catch(() => undefined);
  return run;
}
