/**
 * What the badge needs, read from storage in one go, and the seen mark (markSeen is the only
 * writer of `seen:<id>`).
 */
import type { Account, AccountCache } from '../../../utils/model';
import { accountsItem, cacheItem, getChecked, seenItem, settingsItem } from '../store';
import { applyBadge, badgeView, type BadgeView } from '../badge';
import { todayEarnings } from '../badge-today';
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

/** Recompute the badge from storage and show it (today's sum read from the history only when the badge shows it). */
export async function refreshBadge(): Promise<BadgeView> {
  const [states, { badgeShows: shows }] = await Promise.all([loadAccountStates(), settingsItem.get()]);
  const today = shows === 'today' ? await todayEarnings(states.map((s) => s.account.id)).catch(() => null) : null;
  const accounts = states.map((s) => ({ label: s.account.label, cache: s.cache, seenAt: s.seenAt }));
  const view = badgeView({ online: isOnline(), accounts, shows, today });
  await applyBadge(view);
  return view;
}

/** Redraw the badge when the partner picks another figure for it in the options. Returns the unwatch function. */
export function followBadgeSetting(): () => void {
  return settingsItem.watch((next, previous) => {
    if (next.badgeShows !== previous.badgeShows) void refreshBadge();
  });
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
