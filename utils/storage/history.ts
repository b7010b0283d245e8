/**
 * The full histories (every exchange and payout of every account) in IndexedDB, the browser's
 * embedded database, one record per row keyed by [account, id]: a sync writes only what is new
 * (k rows, one transaction), whatever the size of the history, and an export reads it with a
 * cursor. Through `idb` (the small, well-kept promise wrapper; ~1 KB), never in the popup's first
 * chunk. The small per-account cache the popup paints from stays in storage.local (./items.ts).
 *
 * Rows are idempotent by id; each carries `firstSeenAt`, the commit stamp of the sync that stored
 * it. The background writes rows first and the cache second: a row whose firstSeenAt is later than
 * the cache's lastSuccessAt was stored by a sync whose cache never landed (the worker was killed in
 * between), and the next sync treats it as new again, so nothing is lost and nothing counted twice.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { ExchangeRecord, ListName, PayoutRecord } from '../model';

export interface StoredExchange extends ExchangeRecord { accountId: string }
export interface StoredPayout extends PayoutRecord {
  accountId: string;
  /** Complete walks of the list in a row that did not list it; removed at 2 (rejected on the site). */
  missing: number;
}

interface HistorySchema extends DBSchema {
  exchanges: { key: [string, number]; value: StoredExchange; indexes: { byFirstSeen: [string, number]; byCreated: [string, number] } };
  payouts: { key: [string, number]; value: StoredPayout };
}

type Stored = { exchanges: StoredExchange; payouts: StoredPayout };

export const HISTORY_DB = 'iex-partner-history';
/** 2: the byCreated index (periods, the 30-day chart, today's earnings). */
const VERSION = 2;

let opening: Promise<IDBPDatabase<HistorySchema>> | null = null;

/** The database, opened once per context (and again if it was closed, e.g. after deleteHistoryDb). */
export function historyDb(): Promise<IDBPDatabase<HistorySchema>> {
  opening ??= openDB<HistorySchema>(HISTORY_DB, VERSION, {
    upgrade(db, oldVersion, _newVersion, tx) {
      if (oldVersion < 1) {
        const exchanges = db.createObjectStore('exchanges', { keyPath: ['accountId', 'id'] });
        exchanges.createIndex('byFirstSeen', ['accountId', 'firstSeenAt']);
        db.createObjectStore('payouts', { keyPath: ['accountId', 'id'] });
      }
      // Rows whose date is unknown (createdAt null or missing) are simply not in this index.
      if (oldVersion < 2) tx.objectStore('exchanges').createIndex('byCreated', ['accountId', 'createdAt']);
    },
    terminated: () => { opening = null; },
    // Another context upgrades or deletes the database: let go at once rather than block it.
    blocking: () => {
      void opening?.then((db) => db.close());
      opening = null;
    },
  }).catch((error: unknown) => {
    opening = null;
    throw error;
  });
  return opening;
}

/** Every key of one account in a store, from its lowest id to its highest. */
const accountRange = (accountId: string) => IDBKeyRange.bound([accountId, -Infinity], [accountId, Infinity]);

/** Of these ids, the stored ones, with their firstSeenAt (one read-only call). */
export async function storedIds(accountId: string, list: ListName, ids: readonly number[]): Promise<Map<number, number>> {
  if (ids.length === 0) return new Map();
  const db = await historyDb();
  let low = Infinity;
  let high = -Infinity;
  for (const id of ids) {
    if (id < low) low = id;
    if (id > high) high = id;
  }
  const wanted = new Set(ids);
  // A page's ids are (nearly) contiguous: one range read is far cheaper than one get per id. Ids spread
  // wide apart (a site's oddity, or a hostile one) are looked up one by one instead.
  if (high - low <= ids.length * 4) {
    const rows = await db.getAll(list, IDBKeyRange.bound([accountId, low], [accountId, high]));
    return new Map(rows.filter((row) => wanted.has(row.id)).map((row) => [row.id, row.firstSeenAt]));
  }
  const store = db.transaction(list).store;
  const rows = await Promise.all([...wanted].map((id) => store.get([accountId, id])));
  return new Map(rows.flatMap((row) => (row ? [[row.id, row.firstSeenAt] as [number, number]] : [])));
}

/**
 * One sync's rows in one transaction over both lists: new exchanges, new or changed payouts, payouts
 * to delete. All of it lands, or none (then the sync is a `storage` failure and stores nothing).
 */
export async function commitRows(
  accountId: string,
  exchanges: readonly ExchangeRecord[],
  payouts: { put: readonly (PayoutRecord & { missing: number })[]; remove: readonly number[] },
): Promise<void> {
  if (exchanges.length === 0 && payouts.put.length === 0 && payouts.remove.length === 0) return;
  const tx = (await historyDb()).transaction(['exchanges', 'payouts'], 'readwrite');
  const exchangeStore = tx.objectStore('exchanges');
  const payoutStore = tx.objectStore('payouts');
  const writes: Promise<unknown>[] = [];
  try {
    for (const row of exchanges) writes.push(exchangeStore.put({ ...row, accountId }));
    for (const row of payouts.put) writes.push(payoutStore.put({ ...row, accountId }));
    for (const id of payouts.remove) writes.push(payoutStore.delete([accountId, id]));
  } catch (error) {
    // A row the database refuses outright (not cloneable): nothing of this commit may land.
    for (const write of writes) write.catch(() => undefined);
    tx.abort();
    await tx.done.catch(() => undefined);
    throw error;
  }
  await Promise.all([...writes, tx.done]);
}

/** Rows copied in as they are (the migration from storage.local), in one transaction. */
export async function putRows<L extends ListName>(list: L, rows: readonly Stored[L][]): Promise<void> {
  if (rows.length === 0) return;
  // Strict: the old copy in storage.local is removed once this is verified, so "complete" must mean
  // on disk (Chrome's readwrite default has been 'relaxed', OS buffers only, since Chrome 121).
  const tx = (await historyDb()).transaction(list, 'readwrite', { durability: 'strict' });
  const store = tx.store as unknown as { put(value: Stored[L]): Promise<unknown> };
  await Promise.all([...rows.map((row) => store.put(row)), tx.done]);
}

export async function countRows(accountId: string, list: ListName): Promise<number> {
  return (await historyDb()).count(list, accountRange(accountId));
}

/** An account's stored payouts (a few hundred at most: read whole). */
export async function allPayouts(accountId: string): Promise<StoredPayout[]> {
  return (await historyDb()).getAll('payouts', accountRange(accountId));
}

/** An account's exchanges created in [from, to) (ms), by the byCreated index; rows of unknown date are not included. */
export async function exchangesCreatedBetween(accountId: string, from: number, to: number): Promise<StoredExchange[]> {
  if (!(to > from)) return [];
  return (await historyDb()).getAllFromIndex('exchanges', 'byCreated', IDBKeyRange.bound([accountId, from], [accountId, to], false, true));
}

/** Rows an export reads at a time: the list is never in memory whole, and each read is one getAll. */
export const READ_BATCH = 1000;

/**
 * Each stored row of a list, oldest (lowest id) first, read in batches of READ_BATCH (keyset: each
 * batch starts after the last id of the one before), so the list is never in memory whole (two
 * batches at most). Batched getAll rather than a cursor: one call per thousand rows instead of one
 * per row. The next batch is asked for before this one is visited: the database reads while the
 * caller builds its file.
 */
export async function eachRow<L extends ListName>(accountId: string, list: L, visit: (row: Stored[L]) => void): Promise<number> {
  const db = await historyDb();
  const read = (after: number) => db.getAll(list, IDBKeyRange.bound([accountId, after], [accountId, Infinity], true, false), READ_BATCH);
  let batch = await read(-Infinity);
  let count = 0;
  for (;;) {
    const next = batch.length < READ_BATCH ? null : read(batch[batch.length - 1]!.id);
    next?.catch(() => undefined); // awaited below; never unhandled if `visit` throws first
    for (const row of batch) visit(row as Stored[L]);
    count += batch.length;
    if (!next) return count;
    batch = await next;
  }
}

/** Every row of an account, both lists (Disconnect, or a new address or key). */
export async function deleteAccountHistory(accountId: string): Promise<void> {
  const tx = (await historyDb()).transaction(['exchanges', 'payouts'], 'readwrite');
  await Promise.all([tx.objectStore('exchanges').delete(accountRange(accountId)), tx.objectStore('payouts').delete(accountRange(accountId)), tx.done]);
}

/** Tests: close and forget the connection (fake-indexeddb is reset between tests). */
export async function closeHistoryDb(): Promise<void> {
  const db = await opening?.catch(() => null);
  db?.close();
  opening = null;
}
