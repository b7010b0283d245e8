/**
 * Version 1 kept each account's full histories as two lists in storage.local (exchanges:<id>,
 * withdrawals:<id>); version 2 keeps them in IndexedDB (utils/storage/history.ts). At every worker
 * start until it is done: copy each list, check that every row is there, and only then remove the
 * old key. A copy that fails or does not check out leaves the old list in place for the next start.
 */
import { countRows, putRows, storedIds } from '../../utils/storage/history';
import type { ListName } from '../../utils/model';
import { accountsItem, historyVersionItem, legacyExchangesItem, legacyPayoutsItem } from './store';

export const HISTORY_VERSION = 2;

const LEGACY = { exchanges: legacyExchangesItem, payouts: legacyPayoutsItem } as const;

async function migrateList(accountId: string, list: ListName): Promise<boolean> {
  const item = LEGACY[list](accountId);
  const rows = await item.get();
  if (rows.length === 0) {
    await item.remove();
    return true;
  }
  const stored = list === 'exchanges'
    ? rows.map((row) => ({ ...row, accountId }))
    : rows.map((row) => ({ ...row, accountId, missing: 0 }));
  await putRows(list, stored as never);
  const ids = [...new Set(rows.map((row) => row.id))];
  const found = await storedIds(accountId, list, ids);
  const copied = ids.every((id) => found.has(id)) && (await countRows(accountId, list)) >= ids.length;
  if (copied) await item.remove();
  return copied;
}

let running: Promise<boolean> | null = null;

/**
 * Whether the histories are in IndexedDB: the migration runs once per worker (again after a
 * failure). A sync waits for it: with the old rows not copied yet, every stored exchange would look new.
 */
export function historyReady(): Promise<boolean> {
  running ??= migrateHistory().then((done) => {
    if (!done) running = null;
    return done;
  });
  return running;
}

/** Answers whether the histories are all in IndexedDB now. */
export async function migrateHistory(): Promise<boolean> {
  if ((await historyVersionItem.get()) >= HISTORY_VERSION) return true;
  try {
    const accounts = await accountsItem.get();
    const done = await Promise.all(accounts.flatMap((a) => [migrateList(a.id, 'exchanges'), migrateList(a.id, 'payouts')]));
    if (done.every(Boolean)) await historyVersionItem.set(HISTORY_VERSION);
    return done.every(Boolean);
  } catch (error) {
    console.warn(`iEX Partner: moving the history to IndexedDB failed and will be retried (${(error as Error).name}).`);
    return false;
  }
}
