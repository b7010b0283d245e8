/**
 * The exchanges of an account, stored in blocks: one record holds up to BLOCK_ROWS rows sorted by
 * id, and a small directory record beside it holds the block's ids, their firstSeenAt and its
 * bounds, so a look-up by id, a date range or a count never reads rows it does not need.
 *
 * Why blocks and not one record per row (BENCHMARKS.md, issue 13): IndexedDB pays per record, not
 * per byte. Putting 10 000 row records took 0.7–1.8 s here, 10 blocks of 1 000 rows 20–70 ms; reading
 * 100 000 rows back, 1.6 s as records and 0.1–0.2 s as blocks.
 *
 * Every id is stored once: a write first takes the ids it brings out of the blocks that hold them
 * (a sync whose cache never landed, a migration retried), then appends. A small write of new ids
 * above all stored ones (a steady sync's) joins the block of the highest ids while that stays under
 * OPEN_BLOCK_ROWS, so steady syncs do not leave a record per sync, and what a write costs stays
 * bounded by the rows it brings, not the history.
 */
import type { IDBPTransaction } from 'idb';
import type { ExchangeRecord } from '../model';
import { blockRows, toColumns, type BlockColumns } from './block-columns';

/** Rows per block written in bulk (a first sync, a migration). */
export const BLOCK_ROWS = 1000;
/** A small write joins the newest block while the two together stay under this. */
export const OPEN_BLOCK_ROWS = 250;

/** A block's rows are stored by column (./block-columns.ts says why). */
export interface ExchangeBlock { accountId: string; block: number; columns: BlockColumns }

/** What is known of a block without reading its rows. */
export interface BlockEntry {
  accountId: string;
  block: number;
  /** Lowest and highest id in the block. */
  low: number;
  high: number;
  /** The block's ids, ascending, and each one's firstSeenAt at the same position. */
  ids: Float64Array;
  firstSeen: Float64Array;
  /** Earliest and latest createdAt of the rows with a known date; absent when none has one (then no index holds it). */
  createdLow?: number;
  createdHigh?: number;
}

export const BLOCKS = 'exchangeBlocks';
export const ENTRIES = 'exchangeEntries';

/** The stores a block write or read needs, typed loosely: the schema lives in ./history.ts. */
type Stores = { [BLOCKS]: ExchangeBlock; [ENTRIES]: BlockEntry };
export type Tx = IDBPTransaction<unknown, string[], IDBTransactionMode>;
type Store<K extends keyof Stores> = {
  get(key: [string, number]): Promise<Stores[K] | undefined>;
  getAll(query: IDBKeyRange): Promise<Stores[K][]>;
  put(value: Stores[K]): Promise<unknown>;
  delete(key: [string, number] | IDBKeyRange): Promise<void>;
  index(name: string): {
    getAll(query: IDBKeyRange): Promise<Stores[K][]>;
    openCursor(query: IDBKeyRange, direction: IDBCursorDirection): Promise<{ value: Stores[K] } | null>;
  };
  openCursor(query: IDBKeyRange, direction: IDBCursorDirection): Promise<{ value: Stores[K] } | null>;
};
const store = <K extends keyof Stores>(tx: Tx, name: K) => tx.objectStore(name) as unknown as Store<K>;

export const accountRange = (accountId: string) => IDBKeyRange.bound([accountId, -Infinity], [accountId, Infinity]);

const byId = (a: ExchangeRecord, b: ExchangeRecord) => a.id - b.id;

const rowsOf = (block: ExchangeBlock | undefined): ExchangeRecord[] => (block ? blockRows(block.columns) : []);

function blockEntry(accountId: string, block: number, rows: readonly ExchangeRecord[]): BlockEntry {
  const ids = new Float64Array(rows.length);
  const firstSeen = new Float64Array(rows.length);
  let createdLow = Infinity;
  let createdHigh = -Infinity;
  rows.forEach((row, i) => {
    ids[i] = row.id;
    firstSeen[i] = row.firstSeenAt;
    if (typeof row.createdAt === 'number') {
      if (row.createdAt < createdLow) createdLow = row.createdAt;
      if (row.createdAt > createdHigh) createdHigh = row.createdAt;
    }
  });
  const entry: BlockEntry = { accountId, block, low: rows[0]!.id, high: rows[rows.length - 1]!.id, ids, firstSeen };
  if (createdHigh >= createdLow) Object.assign(entry, { createdLow, createdHigh });
  return entry;
}

function putBlock(tx: Tx, accountId: string, block: number, rows: ExchangeRecord[]): Promise<unknown>[] {
  return [store(tx, BLOCKS).put({ accountId, block, columns: toColumns(rows) }), store(tx, ENTRIES).put(blockEntry(accountId, block, rows))];
}

/** Entries of the blocks that may hold ids in [low, high] (their highest id ≥ low, their lowest ≤ high). */
async function entriesBetween(tx: Tx, accountId: string, low: number, high: number): Promise<BlockEntry[]> {
  const entries = await store(tx, ENTRIES).index('byHigh').getAll(IDBKeyRange.bound([accountId, low], [accountId, Infinity]));
  return entries.filter((entry) => entry.low <= high);
}

/** Of these ids, the stored ones with their firstSeenAt: read from the directory, never the rows. */
export async function lookUpIds(tx: Tx, accountId: string, ids: readonly number[]): Promise<Map<number, number>> {
  const found = new Map<number, number>();
  if (ids.length === 0) return found;
  const wanted = new Set(ids);
  const [low, high] = bounds(ids);
  for (const entry of await entriesBetween(tx, accountId, low, high)) {
    entry.ids.forEach((id, i) => { if (wanted.has(id)) found.set(id, entry.firstSeen[i]!); });
  }
  return found;
}

/** Lowest and highest of a list without spreading it into a call (a list may be huge). */
function bounds(ids: readonly number[]): [number, number] {
  let low = Infinity;
  let high = -Infinity;
  for (const id of ids) {
    if (id < low) low = id;
    if (id > high) high = id;
  }
  return [low, high];
}

/**
 * Store these rows (in a readwrite transaction over both stores): each id once, the newest copy.
 * Awaits only IndexedDB requests, so it may run inside the database's upgrade transaction too.
 */
export async function writeExchanges(tx: Tx, accountId: string, input: readonly ExchangeRecord[]): Promise<void> {
  if (input.length === 0) return;
  const latest = new Map<number, ExchangeRecord>();
  for (const row of input) latest.set(row.id, row);
  const rows = [...latest.values()].sort(byId);
  const [low, high] = [rows[0]!.id, rows[rows.length - 1]!.id];
  const writes: Promise<unknown>[] = [];
  // Older copies of these ids leave their blocks first.
  for (const entry of await entriesBetween(tx, accountId, low, high)) {
    if (!entry.ids.some((id) => latest.has(id))) continue;
    const block = await store(tx, BLOCKS).get([accountId, entry.block]);
    const kept = rowsOf(block).filter((row) => !latest.has(row.id));
    if (kept.length > 0) writes.push(...putBlock(tx, accountId, entry.block, kept));
    else writes.push(store(tx, BLOCKS).delete([accountId, entry.block]), store(tx, ENTRIES).delete([accountId, entry.block]));
  }
  // Only rows above every stored id join a block, and only the one holding the highest ids: a
  // block's range then never spans another's (an export reads each block alone, in order).
  const top = (await store(tx, ENTRIES).index('byHigh').openCursor(accountRange(accountId), 'prev'))?.value;
  if (top && rows[0]!.id > top.high && top.ids.length + rows.length <= OPEN_BLOCK_ROWS) {
    const block = await store(tx, BLOCKS).get([accountId, top.block]);
    writes.push(...putBlock(tx, accountId, top.block, [...rowsOf(block), ...rows]));
  } else {
    let next = ((await store(tx, ENTRIES).openCursor(accountRange(accountId), 'prev'))?.value.block ?? 0) + 1;
    for (let i = 0; i < rows.length; i += BLOCK_ROWS) writes.push(...putBlock(tx, accountId, next++, rows.slice(i, i + BLOCK_ROWS)));
  }
  await Promise.all(writes);
}

/** What names a block to read (a directory entry, or its plain number sent to another thread). */
export type BlockKey = Pick<BlockEntry, 'block'>;

/** Rows of these blocks, read in one go. */
export async function readBlocks(tx: Tx, accountId: string, entries: readonly BlockKey[]): Promise<ExchangeRecord[][]> {
  const blocks = await Promise.all(entries.map((entry) => store(tx, BLOCKS).get([accountId, entry.block])));
  return blocks.map(rowsOf);
}

/**
 * Blocks in id order, in groups to read together: a group is one block, or the blocks whose id
 * ranges overlap (an odd site's ids), whose rows are then sorted as one.
 */
export function idOrderGroups(entries: readonly BlockEntry[]): BlockEntry[][] {
  const sorted = [...entries].sort((a, b) => a.low - b.low);
  const groups: BlockEntry[][] = [];
  let reach = -Infinity;
  for (const entry of sorted) {
    if (groups.length > 0 && entry.low <= reach) groups[groups.length - 1]!.push(entry);
    else groups.push([entry]);
    reach = Math.max(reach, entry.high);
  }
  return groups;
}

/**
 * The rows of these groups (from idOrderGroups) in id order, their blocks read in one go, by column:
 * one set per group (an overlapping group's blocks merged and sorted by id; a missing block skipped).
 */
export async function readGroupColumns(tx: Tx, accountId: string, groups: readonly BlockKey[][]): Promise<BlockColumns[]> {
  const blocks = await Promise.all(groups.flat().map((entry) => store(tx, BLOCKS).get([accountId, entry.block])));
  const columns: BlockColumns[] = [];
  let at = 0;
  for (const group of groups) {
    const part = blocks.slice(at, (at += group.length)).filter((block) => block !== undefined);
    if (part.length === 1) columns.push(part[0]!.columns);
    else if (part.length > 1) columns.push(toColumns(part.flatMap((block) => blockRows(block.columns)).sort(byId)));
  }
  return columns;
}

/** Blocks an export reads in one transaction (whole groups): fewer round trips, a few thousand rows held. */
const BLOCKS_PER_READ = 5;

/** Consecutive groups of blocks in reads of about BLOCKS_PER_READ blocks (a larger group is read alone). */
export function readBatches<E>(groups: E[][]): E[][][] {
  const batches: E[][][] = [];
  let size = Infinity;
  for (const group of groups) {
    if (size + group.length > BLOCKS_PER_READ) { batches.push([]); size = 0; }
    batches[batches.length - 1]!.push(group);
    size += group.length;
  }
  return batches;
}

/**
 * Consecutive groups (from idOrderGroups) in at most `parts` shares of about the same number of rows,
 * each as plain block numbers (another thread reads and writes its share). Never splits a group; a
 * share is never empty, so a small history makes fewer shares.
 */
export function shareGroups(groups: readonly BlockEntry[][], parts: number): number[][][] {
  const rows = (group: readonly BlockEntry[]) => group.reduce((sum, entry) => sum + entry.ids.length, 0);
  let left = groups.reduce((sum, group) => sum + rows(group), 0);
  const shares: number[][][] = [];
  let share: number[][] = [];
  let size = 0;
  for (const [i, group] of groups.entries()) {
    share.push(group.map((entry) => entry.block));
    size += rows(group);
    // Close this share once it holds its part of what is left (the last share takes the rest).
    const remaining = parts - shares.length;
    if (remaining > 1 && i < groups.length - 1 && size >= left / remaining) {
      shares.push(share);
      left -= size;
      [share, size] = [[], 0];
    }
  }
  if (share.length > 0) shares.push(share);
  return shares;
}
