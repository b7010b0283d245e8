/**
 * Read-modify-write of the accounts list, serialized inside this service worker so that a layout
 * fix found by a sync and an account operation never overwrite each other.
 */
import type { Account } from '../../utils/model';
import { accountsItem } from './store';

let queue: Promise<unknown> = Promise.resolve();

/** Apply `change` to the stored accounts list, one change at a time. */
export function updateAccounts(change: (accounts: Account[]) => Account[]): Promise<Account[]> {
  const run = queue.then(async () => {
    const next = change(await accountsItem.get());
    await accountsItem.set(next);
    return next;
  });
  queue = run.catch(() => undefined);
  return run;
}

export async function findAccount(accountId: string): Promise<Account | null> {
  return (await accountsItem.get()).find((a) => a.id === accountId) ?? null;
}

/** Same site and key: data fetched for one may be stored for the other. */
export function sameIdentity(a: Pick<Account, 'origin' | 'key'>, b: Pick<Account, 'origin' | 'key'>): boolean {
  return a.origin === b.origin && a.key === b.key;
}

/** Whether `account` still exists with the same address and key (checked right before a commit). */
export async function stillCurrent(account: Account): Promise<boolean> {
  const stored = await findAccount(account.id);
  return stored != null && sameIdentity(stored, account);
}
