/**
 * What the badge needs, read from storage in one go, and the seen mark (markSeen is the only
 * writer of `seen:<id>`).
 */
import type { Account, AccountCache, SeenState } from '../../../utils/model';
import type { Item } from '../../../utils/storage/item';
import { accountsItem, cacheItem, getChecked, seenItem, settingsItem } from '../store';
import { applyBadge, badgeView, pointPopup, type BadgeView } from '../badge';
import { todayEarnings } from '../badge-today';
import { clearExchangeNotifications } from '../notify';
import { isOnline } from './sync-account';

export interface AccountState {
  account: Account;
  cache: AccountCache | null;
  seenAt: number;
}

/**
 * Every account with its cache and seen mark. `hint`: the ids the caller expects (the accounts it
 * just synced): their cache and seen mark come in the same storage call as the list, so the usual
 * redraw is one round trip; an account not in the hint is read in a second call.
 */
export async function loadAccountStates(hint: readonly string[] = []): Promise<AccountState[]> {
  const perAccount = (ids: readonly string[]) => ids.flatMap((id) => [cacheItem(id), seenItem(id)] as Item<unknown>[]);
  const [accounts, ...first] = await getChecked<unknown>('local', [accountsItem, ...perAccount(hint)]) as [Account[], ...unknown[]];
  if (accounts.length === 0) return [];
  const values = new Map(hint.map((id, i) => [id, { cache: first[2 * i] as AccountCache | null, seen: first[2 * i + 1] as SeenState }]));
  const rest = accounts.map((a) => a.id).filter((id) => !values.has(id));
  if (rest.length > 0) {
    const more = await getChecked<unknown>('local', perAccount(rest));
    rest.forEach((id, i) => values.set(id, { cache: more[2 * i] as AccountCache | null, seen: more[2 * i + 1] as SeenState }));
  }
  return accounts.map((account) => {
    const { cache, seen } = values.get(account.id)!;
    return { account, cache: cache ?? null, seenAt: seen?.seenAt ?? 0 };
  });
}

/** Recompute the badge from storage and show it (no argument: it is also an event listener). */
export function refreshBadge(): Promise<BadgeView> {
  return redrawBadge();
}

/**
 * refreshBadge, reading the accounts in `hint` with the list (see loadAccountStates); today's sum
 * is read from the history only when the badge shows it. The popup's address follows the accounts.
 */
export async function redrawBadge(hint?: readonly string[]): Promise<BadgeView> {
  const [states, { badgeShows: shows, pollMinutes }] = await Promise.all([loadAccountStates(hint), settingsItem.get()]);
  const today = shows === 'today' ? await todayEarnings(states.map((s) => s.account.id)).catch(() => null) : null;
  const accounts = states.map((s) => ({ label: s.account.label, cache: s.cache, seenAt: s.seenAt }));
  const view = badgeView({ online: isOnline(), accounts, shows, today, pollMinutes, now: Date.now() });
  await Promise.all([applyBadge(view), pointPopup(states.map((s) => s.account.id))]);
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
