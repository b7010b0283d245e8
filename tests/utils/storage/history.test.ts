import { describe, expect, it, vi } from 'vitest';
import { openDB, unwrap } from 'idb';
import {
  allPayouts, closeHistoryDb, commitRows, countRows, deleteAccountHistory, eachRow, exchangesCreatedBetween, historyDb, HISTORY_DB,
  putRows, storedIds,
} from '../../../utils/storage/history';
import type { ExchangeRecord, PayoutRecord } from '../../../utils/model';

const exchange = (id: number, firstSeenAt = 1): ExchangeRecord =>
  ({ id, orderId: `o${id}`, amount: id, currency: 'rub', status: 'referral', createdText: '', firstSeenAt, live: false });
const payout = (id: number): PayoutRecord & { missing: number } =>
  ({ id, createdText: '', status: 'unpaid', amount: '1.00', currency: 'RUB', system: '', firstSeenAt: 1, missing: 0 });

describe('the history store', () => {
  it('commits exchanges and payouts of one account in one transaction and finds them by id', async () => {
    await commitRows('a', [exchange(1), exchange(3, 7)], { put: [payout(9)], remove: [] });
    await commitRows('b', [exchange(1)], { put: [], remove: [] });
    expect(await storedIds('a', 'exchanges', [1, 2, 3])).toEqual(new Map([[1, 1], [3, 7]]));
    expect(await countRows('a', 'exchanges')).toBe(2);
    expect(await countRows('b', 'exchanges')).toBe(1);
    expect((await allPayouts('a')).map((p) => p.id)).toEqual([9]);
  });

  it('a sync that adds nothing opens no write transaction', async () => {
    const db = await historyDb();
    const transaction = vi.spyOn(db, 'transaction');
    await commitRows('a', [], { put: [], remove: [] });
    expect(transaction).not.toHaveBeenCalled();
  });

  it('all of a commit lands or none of it (a failing row aborts the transaction)', async () => {
    await commitRows('a', [exchange(1)], { put: [], remove: [] });
    const broken = { ...exchange(2), orderId: Symbol('not cloneable') } as unknown as ExchangeRecord;
    await expect(commitRows('a', [exchange(3), broken], { put: [payout(5)], remove: [] })).rejects.toThrow();
    expect(await storedIds('a', 'exchanges', [1, 2, 3])).toEqual(new Map([[1, 1]]));
    expect(await allPayouts('a')).toEqual([]);
  });

  it('reads one account in batches, oldest (lowest id) first, every row once', async () => {
    await putRows('exchanges', [5, 1, 3].map((id) => ({ ...exchange(id), accountId: 'a' })));
    await putRows('exchanges', [{ ...exchange(4), accountId: 'b' }]);
    const seen: number[] = [];
    expect(await eachRow('a', 'exchanges', (row) => seen.push(row.id))).toBe(3);
    expect(seen).toEqual([1, 3, 5]);
    const many = Array.from({ length: 2_007 }, (_, i) => ({ ...exchange(i + 1), accountId: 'c' }));
    await putRows('exchanges', many);
    const ids: number[] = [];
    expect(await eachRow('c', 'exchanges', (row) => ids.push(row.id))).toBe(many.length);
    expect(ids).toEqual(many.map((row) => row.id));
  });

  it('ids are exact up to 2^53−1', async () => {
    await commitRows('a', [exchange(Number.MAX_SAFE_INTEGER), exchange(Number.MAX_SAFE_INTEGER - 1)], { put: [], remove: [] });
    expect([...(await storedIds('a', 'exchanges', [Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER - 1])).keys()]).toHaveLength(2);
  });

  it('removes payouts by id, and a whole account with both lists, leaving the others', async () => {
    await commitRows('a', [exchange(1)], { put: [payout(1), payout(2)], remove: [] });
    await commitRows('b', [exchange(1)], { put: [payout(1)], remove: [] });
    await commitRows('a', [], { put: [], remove: [2] });
    expect((await allPayouts('a')).map((p) => p.id)).toEqual([1]);
    await deleteAccountHistory('a');
    expect(await countRows('a', 'exchanges')).toBe(0);
    expect(await allPayouts('a')).toEqual([]);
    expect(await countRows('b', 'exchanges')).toBe(1);
    expect(await allPayouts('b')).toHaveLength(1);
  });
});

describe('storedIds', () => {
  it('finds stored ids whether the asked ids are contiguous (one range read) or spread wide apart', async () => {
    await commitRows('a', [1, 2, 3, 5, 1_000_000, Number.MAX_SAFE_INTEGER].map((id) => exchange(id, id)), { put: [], remove: [] });
    expect(await storedIds('a', 'exchanges', [5, 4, 3, 2, 1])).toEqual(new Map([[5, 5], [3, 3], [2, 2], [1, 1]]));
    expect(await storedIds('a', 'exchanges', [Number.MAX_SAFE_INTEGER, 3, 1_000_000, 7])).toEqual(
      new Map([[Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER], [3, 3], [1_000_000, 1_000_000]]));
    expect(await storedIds('b', 'exchanges', [1, 2])).toEqual(new Map());
  });
});

describe('exchangesCreatedBetween', () => {
  it('returns the account\'s exchanges created in [from, to), skipping rows of unknown date and other accounts', async () => {
    const row = (id: number, createdAt: number | null | undefined) => ({
      id, orderId: `o${id}`, amount: id, currency: 'RUB', status: 'done', createdText: '', firstSeenAt: 1, live: false, createdAt,
    });
    await commitRows('a', [row(1, 1000), row(2, 2000), row(3, 2999), row(4, 3000), row(5, null), row(6, undefined)], { put: [], remove: [] });
    await commitRows('b', [row(7, 2500)], { put: [], remove: [] });
    const rows = await exchangesCreatedBetween('a', 2000, 3000);
    expect(rows.map((r) => r.id)).toEqual([2, 3]);
    expect(await exchangesCreatedBetween('a', 3000, 3000)).toEqual([]);
    expect((await exchangesCreatedBetween('b', 0, 10_000)).map((r) => r.id)).toEqual([7]);
  });
});

describe('the upgrade from one record per row (versions 1 and 2) to blocks', () => {
  const openOld = (version: 1 | 2) => openDB(HISTORY_DB, version, {
    upgrade(db) {
      const exchanges = db.createObjectStore('exchanges', { keyPath: ['accountId', 'id'] });
      exchanges.createIndex('byFirstSeen', ['accountId', 'firstSeenAt']);
      if (version === 2) exchanges.createIndex('byCreated', ['accountId', 'createdAt']);
      db.createObjectStore('payouts', { keyPath: ['accountId', 'id'] });
    },
  });

  it('from version 1: keeps every row and finds it by date', async () => {
    await closeHistoryDb();
    const v1 = await openOld(1);
    await v1.put('exchanges', { ...exchange(1), createdAt: 500, accountId: 'a' });
    v1.close();
    expect((await exchangesCreatedBetween('a', 0, 1000)).map((r) => r.id)).toEqual([1]);
    expect(await countRows('a', 'exchanges')).toBe(1);
  });

  it('from version 2: every row of every account, with its firstSeenAt, across read batches; payouts kept; the row store dropped', async () => {
    await closeHistoryDb();
    const v2 = await openOld(2);
    const a = Array.from({ length: 5_003 }, (_, i) => ({ ...exchange(i + 1, 100 + i), createdAt: i * 10, accountId: 'a' }));
    const b = [7, 9].map((id) => ({ ...exchange(id, 5), accountId: 'b' }));
    const tx = v2.transaction(['exchanges', 'payouts'], 'readwrite');
    for (const row of [...a, ...b]) void tx.objectStore('exchanges').put(row);
    void tx.objectStore('payouts').put({ ...payout(3), accountId: 'a' });
    await tx.done;
    v2.close();
    const ids: number[] = [];
    const seen: number[] = [];
    expect(await eachRow('a', 'exchanges', (row) => { ids.push(row.id); seen.push(row.firstSeenAt); })).toBe(a.length);
    expect(ids).toEqual(a.map((row) => row.id));
    expect(seen).toEqual(a.map((row) => row.firstSeenAt));
    expect(await storedIds('b', 'exchanges', [7, 8, 9])).toEqual(new Map([[7, 5], [9, 5]]));
    expect((await exchangesCreatedBetween('a', 50_000, 50_030)).map((r) => r.id)).toEqual([5001, 5002, 5003]);
    expect((await allPayouts('a')).map((p) => p.id)).toEqual([3]);
    expect([...(await historyDb()).objectStoreNames]).not.toContain('exchanges');
  });

  it('from version 3: each block rewritten by column, every row exactly as it was (absent and null dates too)', async () => {
    await closeHistoryDb();
    const rowsOf = (from: number, count: number) => Array.from({ length: count }, (_, i): ExchangeRecord => {
      const row: ExchangeRecord = { ...exchange(from + i, 100 + i), amount: (i % 7) - 2.5, live: i % 3 === 0, createdText: `${i} дней назад` };
      if (i % 4 === 1) row.createdAt = null;
      if (i % 4 === 2) Object.assign(row, { createdAt: 1_700_000_000_000 + i, createdPrecision: 'day' });
      return row;
    });
    const blocks = { a1: rowsOf(1, 1000), a2: rowsOf(1001, 37), b1: [...rowsOf(1, 2), { ...exchange(Number.MAX_SAFE_INTEGER), live: true }] };
    // Version 3 as it was written: rows as objects in each block, the directory beside them.
    const v3 = await openDB(HISTORY_DB, 3, {
      upgrade(db) {
        db.createObjectStore('payouts', { keyPath: ['accountId', 'id'] });
        db.createObjectStore('exchangeBlocks', { keyPath: ['accountId', 'block'] });
        const entries = db.createObjectStore('exchangeEntries', { keyPath: ['accountId', 'block'] });
        entries.createIndex('byHigh', ['accountId', 'high']);
        entries.createIndex('byCreatedHigh', ['accountId', 'createdHigh']);
      },
    });
    const tx = v3.transaction(['exchangeBlocks', 'exchangeEntries'], 'readwrite');
    for (const [key, rows] of Object.entries(blocks)) {
      const [accountId, block] = [key[0]!, Number(key[1])];
      void tx.objectStore('exchangeBlocks').put({ accountId, block, rows });
      void tx.objectStore('exchangeEntries').put({
        accountId, block, low: rows[0]!.id, high: rows.at(-1)!.id,
        ids: Float64Array.from(rows, (r) => r.id), firstSeen: Float64Array.from(rows, (r) => r.firstSeenAt),
      });
    }
    await tx.done;
    v3.close();

    const read = async (accountId: string) => {
      const rows: ExchangeRecord[] = [];
      await eachRow(accountId, 'exchanges', (row) => rows.push(row));
      return rows;
    };
    expect(await read('a')).toStrictEqual([...blocks.a1, ...blocks.a2]);
    expect(await read('b')).toStrictEqual(blocks.b1);
    const stored = await (await historyDb()).getAll('exchangeBlocks');
    expect(stored.map((block) => Object.keys(block).sort())).toEqual(Array(3).fill(['accountId', 'block', 'columns']));
    expect(stored[0]!.columns.id).toBeInstanceOf(Float64Array);
    // Written to after the upgrade like any other: a steady sync's rows join the newest block.
    await commitRows('a', [exchange(2000, 9)], { put: [], remove: [] });
    expect((await read('a')).map((row) => row.id).slice(-2)).toEqual([1037, 2000]);
    expect(await countRows('a', 'exchanges')).toBe(1038);
  });
});

describe('the migration copy', () => {
  it('is written with strict durability (the old copy is removed once it is verified)', async () => {
    const raw = unwrap(await historyDb());
    const transaction = vi.spyOn(raw, 'transaction');
    await putRows('exchanges', [{ ...exchange(1), accountId: 'a' }]);
    expect(transaction).toHaveBeenCalledWith(['exchangeBlocks', 'exchangeEntries'], 'readwrite', { durability: 'strict' });
    expect(await countRows('a', 'exchanges')).toBe(1);
  });
});
