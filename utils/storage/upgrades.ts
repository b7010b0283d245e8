/**
 * The upgrades of the history database (./history.ts opens it) that rewrite what earlier versions
 * stored, each inside the upgrade transaction: all of it lands, or the database stays as it was.
 */
import type { ExchangeRecord } from '../model';
import { toColumns } from './block-columns';
import { BLOCKS, BLOCK_ROWS, writeExchanges, type ExchangeBlock, type Tx } from './exchange-blocks';

/** An exchange as versions 1–2 (and the move from storage.local) hand it over: with its account. */
export interface StoredExchange extends ExchangeRecord { accountId: string }

/**
 * Version 1–2 kept one record per exchange in `exchanges`: copied into blocks inside the upgrade
 * (read in key order, account by account, a batch at a time); the upgrade then drops that store. All in
 * the upgrade transaction: it lands whole or the database stays at its old version.
 */
export async function convertRowRecords(tx: Tx): Promise<void> {
  const old = tx.objectStore('exchanges') as unknown as { getAll(query: IDBKeyRange | null, count: number): Promise<StoredExchange[]> };
  let after: [string, number] | null = null;
  let account = '';
  let rows: ExchangeRecord[] = [];
  // One block at a time: each write numbers its block after the newest one.
  const flush = async () => {
    if (rows.length > 0) await writeExchanges(tx, account, rows);
    rows = [];
  };
  for (;;) {
    const batch: StoredExchange[] = await old.getAll(after ? IDBKeyRange.lowerBound(after, true) : null, BLOCK_ROWS * 5);
    for (const { accountId, ...row } of batch) {
      if (accountId !== account) { await flush(); account = accountId; }
      rows.push(row);
      if (rows.length === BLOCK_ROWS) await flush();
    }
    if (batch.length < BLOCK_ROWS * 5) break;
    after = [batch[batch.length - 1]!.accountId, batch[batch.length - 1]!.id];
  }
  await flush();
}

/**
 * Version 3 stored each block's rows as objects: rewritten by column inside the upgrade to version 4,
 * a few blocks at a time, in key order (all of it lands, or the database stays at version 3).
 */
export async function columnizeBlocks(tx: Tx): Promise<void> {
  const blocks = tx.objectStore(BLOCKS) as unknown as { getAll(query: IDBKeyRange | null, count: number): Promise<(ExchangeBlock & { rows?: ExchangeRecord[] })[]>; put(value: ExchangeBlock): Promise<unknown> };
  let after: [string, number] | null = null;
  for (;;) {
    const batch = await blocks.getAll(after ? IDBKeyRange.lowerBound(after, true) : null, 10);
    await Promise.all(batch.map(({ accountId, block, rows }) => (rows ? blocks.put({ accountId, block, columns: toColumns(rows) }) : null)));
    if (batch.length < 10) return;
    after = [batch[batch.length - 1]!.accountId, batch[batch.length - 1]!.block];
  }
}
