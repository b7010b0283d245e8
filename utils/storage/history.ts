/**
 * The full histories (every exchange and payout of every account) in IndexedDB, the browser's
 * embedded database: a sync writes only what is new, in one transaction, whatever the size of the
 * history, and an export reads it in batches. Exchanges are kept in blocks of rows with a small
 * directory beside them (./exchange-blocks.ts says why: IndexedDB pays per record); payouts, a few
 * hundred at most, one record per row keyed by [account, id]. Through `idb` (the small, well-kept
 * promise wrapper; ~1 KB), never in the popup's first chunk. The small per-account cache the popup
 * paints from stays in storage.local (./items.ts).
 *
 * Rows are idempotent by id; each carries `firstSeenAt`, the commit stamp of the sync that stored
 * it. The background writes rows first and the cache second: a row whose firstSeenAt is later than
 * the cache's lastSuccessAt was stored by a sync whose cache never landed (the worker was killed in
 * between), and the next sync treats it as new again, so nothing is lost and nothing counted twice.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { ExchangeRecord, ListName, PayoutRecord } from '../model';
import { columnizeBlocks, convertRowRecords, type StoredExchange } from './upgrades';
import { blockRows, type BlockColumns } from './block-columns';
import {
  BLOCKS, ENTRIES, accountRange, idOrderGroups, lookUpIds, readBatches, readBlocks, readGroupColumns, shareGroups, writeExchanges,
  type BlockEntry, type BlockKey, type ExchangeBlock, type Tx,
} from './exchange-blocks';

export type { StoredExchange } from './upgrades';
export interface StoredPayout extends PayoutRecord {
  accountId: string;
  /** Complete walks of the list in a row that did not list it; removed at 2 (rejected on the site). */
  missing: number;
}

interface HistorySchema extends DBSchema {
  [BLOCKS]: { key: [string, number]; value: ExchangeBlock };
  [ENTRIES]: { key: [string, number]; value: BlockEntry; indexes: { byHigh: [string, number]; byCreatedHigh: [string, number] } };
  payouts: { key: [string, number]; value: StoredPayout };
}

type Row = { exchanges: ExchangeRecord; payouts: StoredPayout };
/** The block helpers take any transaction over their stores (the schema's types stay here). */
const loose = (tx: { objectStore: unknown }) => tx as unknown as Tx;

export const HISTORY_DB = 'iex-partner-history';
/**
 * 2: the byCreated index. 3: exchanges in blocks with a directory (the row records are converted).
 * 4: each block's rows stored by column (version 3's blocks are rewritten).
 */
const VERSION = 4;

let opening: Promise<IDBPDatabase<HistorySchema>> | null = null;

/** The database, opened once per context (and again if it was closed, e.g. after deleteHistoryDb). */
export function historyDb(): Promise<IDBPDatabase<HistorySchema>> {
  opening ??= openDB<HistorySchema>(HISTORY_DB, VERSION, {
    async upgrade(db, oldVersion, _newVersion, tx) {
      if (oldVersion < 1) db.createObjectStore('payouts', { keyPath: ['accountId', 'id'] });
      if (oldVersion < 3) {
        db.createObjectStore(BLOCKS, { keyPath: ['accountId', 'block'] });
        const entries = db.createObjectStore(ENTRIES, { keyPath: ['accountId', 'block'] });
        entries.createIndex('byHigh', ['accountId', 'high']);
        // A block with no dated row has no createdHigh, and so is not in this index.
        entries.createIndex('byCreatedHigh', ['accountId', 'createdHigh']);
      }
      if (oldVersion >= 1 && oldVersion < 3) {
        await convertRowRecords(loose(tx));
        // The version 1–2 store is not in this schema's types: dropped by its name.
        (db as unknown as IDBDatabase).deleteObjectStore('exchanges');
      }
      if (oldVersion === 3) await columnizeBlocks(loose(tx));
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

/** Of these ids, the stored ones, with their firstSeenAt (one read-only call). */
export async function storedIds(accountId: string, list: ListName, ids: readonly number[]): Promise<Map<number, number>> {
  if (ids.length === 0) return new Map();
  const db = await historyDb();
  if (list === 'exchanges') return lookUpIds(loose(db.transaction(ENTRIES)), accountId, ids);
  const store = db.transaction('payouts').store;
  const rows = await Promise.all([...new Set(ids)].map((id) => store.get([accountId, id])));
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
  const tx = (await historyDb()).transaction([BLOCKS, ENTRIES, 'payouts'], 'readwrite');
  const payoutStore = tx.objectStore('payouts');
  const writes: Promise<unknown>[] = [];
  try {
    for (const row of payouts.put) writes.push(payoutStore.put({ ...row, accountId }));
    for (const id of payouts.remove) writes.push(payoutStore.delete([accountId, id]));
    writes.push(writeExchanges(loose(tx), accountId, exchanges));
    await Promise.all(writes);
  } catch (error) {
    // A row the database refuses (not cloneable, quota): nothing of this commit may land.
    for (const write of writes) write.catch(() => undefined);
    try { tx.abort(); } catch { /* already aborted by the failed request */ }
    await tx.done.catch(() => undefined);
    throw error;
  }
  await tx.done;
}

/** Rows copied in as they are (the migration from storage.local), in one transaction. */
export async function putRows<L extends ListName>(list: L, rows: readonly (L extends 'exchanges' ? StoredExchange : StoredPayout)[]): Promise<void> {
  if (rows.length === 0) return;
  // Strict: the old copy in storage.local is removed once this is verified, so "complete" must mean
  // on disk (Chrome's readwrite default has been 'relaxed', OS buffers only, since Chrome 121).
  const db = await historyDb();
  if (list === 'payouts') {
    const tx = db.transaction('payouts', 'readwrite', { durability: 'strict' });
    await Promise.all([...(rows as readonly StoredPayout[]).map((row) => tx.store.put(row)), tx.done]);
    return;
  }
  const byAccount = new Map<string, ExchangeRecord[]>();
  for (const { accountId, ...row } of rows as readonly StoredExchange[]) {
    const list = byAccount.get(accountId) ?? byAccount.set(accountId, []).get(accountId)!;
    list.push(row);
  }
  const tx = db.transaction([BLOCKS, ENTRIES], 'readwrite', { durability: 'strict' });
  await Promise.all([...[...byAccount].map(([accountId, list]) => writeExchanges(loose(tx), accountId, list)), tx.done]);
}

/** Every block's directory entry of an account (ids and bounds, no rows). */
const blockEntries = async (accountId: string) => (await historyDb()).getAll(ENTRIES, accountRange(accountId));

export async function countRows(accountId: string, list: ListName): Promise<number> {
  if (list === 'payouts') return (await historyDb()).count('payouts', accountRange(accountId));
  return (await blockEntries(accountId)).reduce((sum, entry) => sum + entry.ids.length, 0);
}

/** An account's stored payouts (a few hundred at most: read whole). */
export async function allPayouts(accountId: string): Promise<StoredPayout[]> {
  return (await historyDb()).getAll('payouts', accountRange(accountId));
}

/**
 * An account's exchanges created in [from, to) (ms), oldest first; rows of unknown date are not
 * included. Only blocks whose dates reach into the range are read.
 */
export async function exchangesCreatedBetween(accountId: string, from: number, to: number): Promise<ExchangeRecord[]> {
  if (!(to > from)) return [];
  const tx = (await historyDb()).transaction([BLOCKS, ENTRIES]);
  const entries = await tx.objectStore(ENTRIES).index('byCreatedHigh').getAll(IDBKeyRange.bound([accountId, from], [accountId, Infinity]));
  const blocks = await readBlocks(loose(tx), accountId, entries.filter((entry) => entry.createdLow! < to));
  const rows: ExchangeRecord[] = [];
  for (const block of blocks) {
    for (const row of block) if (row.createdAt != null && row.createdAt >= from && row.createdAt < to) rows.push(row);
  }
  return rows.sort((a, b) => a.createdAt! - b.createdAt! || a.id - b.id);
}

/**
 * A part of one list's rows in id order that an export reads on its own: 'all', or its groups of
 * exchange blocks as plain numbers (it may be sent to a Worker, which reads it from the same database).
 */
export type RowShare = 'all' | number[][];

/**
 * One list's rows in consecutive shares, as many as `parts` says for the number stored, and that
 * number (payouts: one share, number not read).
 */
export async function rowShares(accountId: string, list: ListName, parts: (rows: number) => number): Promise<{ rows: number | null; shares: RowShare[] }> {
  if (list === 'payouts') return { rows: null, shares: ['all'] };
  const entries = await blockEntries(accountId);
  const rows = entries.reduce((sum, entry) => sum + entry.ids.length, 0);
  const count = parts(rows);
  return { rows, shares: count > 1 ? shareGroups(idOrderGroups(entries), count) : ['all'] };
}

/**
 * Each stored exchange block of an account (or of one share of them), oldest (lowest id) first, by
 * column: a CSV writes its lines from them without a row object per exchange. A few blocks (whole
 * groups of overlapping blocks, as one) are read at a time, so the list is never in memory whole,
 * and the next read is asked for before this one is visited: the database reads while the caller
 * builds its file.
 */
export async function eachExchangeBlock(accountId: string, visit: (columns: BlockColumns) => void, share: RowShare = 'all'): Promise<void> {
  const db = await historyDb();
  const groups = share === 'all' ? idOrderGroups(await blockEntries(accountId)) : share.map((group) => group.map((block) => ({ block })));
  const reads = readBatches<BlockKey>(groups).map((batch) => () => readGroupColumns(loose(db.transaction(BLOCKS)), accountId, batch));
  let next = reads[0]?.();
  for (let i = 0; next; i++) {
    const batch = await next;
    next = reads[i + 1]?.();
    next?.catch(() => undefined); // awaited on the next turn; never unhandled if `visit` throws first
    for (const columns of batch) visit(columns);
  }
}

/** Each stored row of a list (or of one share of it), oldest (lowest id) first (exchanges: as eachExchangeBlock reads them). */
export async function eachRow<L extends ListName>(
  accountId: string, list: L, visit: (row: Row[L]) => void, share: RowShare = 'all',
): Promise<number> {
  let count = 0;
  const each = (row: Row[L]) => { visit(row); count += 1; };
  if (list === 'exchanges') {
    await eachExchangeBlock(accountId, (columns) => { for (const row of blockRows(columns)) each(row as Row[L]); }, share);
  } else {
    // A few hundred at most: read whole.
    for (const row of await allPayouts(accountId)) each(row as Row[L]);
  }
  return count;
}

/** Every row of an account, both lists (Disconnect, or a new address or key). */
export async function deleteAccountHistory(accountId: string): Promise<void> {
  const tx = (await historyDb()).transaction([BLOCKS, ENTRIES, 'payouts'], 'readwrite');
  const range = accountRange(accountId);
  await Promise.all([tx.objectStore(BLOCKS).delete(range), tx.objectStore(ENTRIES).delete(range), tx.objectStore('payouts').delete(range), tx.done]);
}

/** Tests: close and forget the connection (fake-indexeddb is reset between tests). */
export async function closeHistoryDb(): Promise<void> {
  const db = await opening?.catch(() => null);
  db?.close();
  opening = null;
}
