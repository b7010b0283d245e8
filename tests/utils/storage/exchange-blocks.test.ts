import { describe, expect, it, vi } from 'vitest';
import { unwrap } from 'idb';
import { BLOCK_ROWS, OPEN_BLOCK_ROWS, idOrderGroups, readBatches, shareGroups, type BlockEntry } from '../../../utils/storage/exchange-blocks';
import { commitRows, countRows, eachRow, exchangesCreatedBetween, historyDb, putRows, rowShares, storedIds } from '../../../utils/storage/history';
import type { ExchangeRecord } from '../../../utils/model';

const exchange = (id: number, firstSeenAt = 1, createdAt?: number): ExchangeRecord =>
  ({ id, orderId: `o${id}`, amount: id, currency: 'rub', status: 'referral', createdText: '', firstSeenAt, live: false, createdAt });
const ids = (from: number, count: number) => Array.from({ length: count }, (_, i) => from + i);
const commit = (accountId: string, rows: ExchangeRecord[]) => commitRows(accountId, rows, { put: [], remove: [] });
const blockCount = async (accountId: string) => (await historyDb()).count('exchangeBlocks', IDBKeyRange.bound([accountId, -Infinity], [accountId, Infinity]));
const readIds = async (accountId: string) => {
  const read: number[] = [];
  await eachRow(accountId, 'exchanges', (row) => read.push(row.id));
  return read;
};

describe('exchanges in blocks', () => {
  it('a bulk write is cut into blocks of BLOCK_ROWS; small writes join the newest block until OPEN_BLOCK_ROWS', async () => {
    await commit('a', ids(1, BLOCK_ROWS * 2 + 1).map((id) => exchange(id)));
    expect(await blockCount('a')).toBe(3);
    await commit('a', [exchange(5000)]); // the newest block holds 2 rows: joins it
    expect(await blockCount('a')).toBe(3);
    await commit('b', ids(1, OPEN_BLOCK_ROWS - 1).map((id) => exchange(id)));
    await commit('b', [exchange(1000)]);
    expect(await blockCount('b')).toBe(1);
    await commit('b', [exchange(1001)]); // would pass OPEN_BLOCK_ROWS: a new block
    expect(await blockCount('b')).toBe(2);
    expect(await countRows('b', 'exchanges')).toBe(OPEN_BLOCK_ROWS + 1);
  });

  it('a small write joins only the block of the highest ids, and only with ids above it: no block spans another', async () => {
    await commit('a', ids(10_000, 2100).map((id) => exchange(id))); // blocks of 1 000, 1 000 and 100
    await commit('a', ids(1, 100).map((id) => exchange(id))); // the rest of a history walk: older ids, a block of its own
    await commit('a', ids(20_000, 5).map((id) => exchange(id))); // a steady sync: joins the top block
    await commit('a', [exchange(5_000)]); // an odd id between: a block of its own
    const entries = await (await historyDb()).getAll('exchangeEntries', IDBKeyRange.bound(['a', -Infinity], ['a', Infinity]));
    expect(entries.map((e) => [e.low, e.high])).toEqual([[10_000, 10_999], [11_000, 11_999], [12_000, 20_004], [1, 100], [5_000, 5_000]]);
    expect(idOrderGroups(entries).every((group) => group.length === 1)).toBe(true);
    expect(await readIds('a')).toEqual([...ids(1, 100), 5_000, ...ids(10_000, 2100), ...ids(20_000, 5)]);
  });

  it('an id written again is stored once, the newest copy (a sync whose cache never landed, a migration retried)', async () => {
    await commit('a', ids(1, BLOCK_ROWS + 10).map((id) => exchange(id, 1)));
    await commit('a', [exchange(3, 2), exchange(BLOCK_ROWS + 5, 2), exchange(BLOCK_ROWS + 20, 2)]);
    await putRows('exchanges', [{ ...exchange(4, 3), accountId: 'a' }, { ...exchange(4, 3), accountId: 'a' }]);
    expect(await countRows('a', 'exchanges')).toBe(BLOCK_ROWS + 11);
    expect(await readIds('a')).toEqual([...ids(1, BLOCK_ROWS + 10), BLOCK_ROWS + 20]);
    expect(await storedIds('a', 'exchanges', [2, 3, 4, BLOCK_ROWS + 5])).toEqual(new Map([[2, 1], [3, 2], [4, 3], [BLOCK_ROWS + 5, 2]]));
  });

  it('a block left empty by a rewrite is removed', async () => {
    await commit('a', [exchange(1), exchange(2)]);
    await commit('a', ids(1, OPEN_BLOCK_ROWS + 1).map((id) => exchange(id, 9)));
    expect(await blockCount('a')).toBe(1);
    expect(await countRows('a', 'exchanges')).toBe(OPEN_BLOCK_ROWS + 1);
  });

  it('reads every row in id order, even when blocks overlap (a history walk resumed, an odd site)', async () => {
    await commit('a', ids(1000, 300).map((id) => exchange(id)));
    await commit('a', ids(1, 300).map((id) => exchange(id * 10)));
    await commit('a', [exchange(5), exchange(Number.MAX_SAFE_INTEGER)]);
    const expected = [...ids(1000, 300), ...ids(1, 300).map((id) => id * 10), 5, Number.MAX_SAFE_INTEGER].sort((x, y) => x - y);
    expect(await readIds('a')).toEqual([...new Set(expected)]);
  });

  it('a look-up by id reads the directory only, never a block of rows', async () => {
    await commit('a', ids(1, 500).map((id) => exchange(id)));
    const raw = unwrap(await historyDb());
    const transaction = vi.spyOn(raw, 'transaction');
    expect((await storedIds('a', 'exchanges', [499, 500, 501])).size).toBe(2);
    expect(transaction.mock.calls.map((call) => call[0])).toEqual(['exchangeEntries']);
  });

  it('a date range reads only the blocks whose dates reach into it, and answers oldest first', async () => {
    await commit('a', ids(1, BLOCK_ROWS * 3).map((id) => exchange(id, 1, id * 1000)));
    const raw = unwrap(await historyDb());
    const transaction = vi.spyOn(raw, 'transaction');
    const rows = await exchangesCreatedBetween('a', (BLOCK_ROWS * 3 - 2) * 1000, Infinity);
    expect(rows.map((row) => row.id)).toEqual([BLOCK_ROWS * 3 - 2, BLOCK_ROWS * 3 - 1, BLOCK_ROWS * 3]);
    const store = transaction.mock.results[0]!.value as IDBTransaction;
    expect(store.objectStoreNames.length).toBe(2);
  });
});

describe('shares of the rows (an export on two threads)', () => {
  const entry = (block: number, rows: number) => ({ block, ids: new Float64Array(rows) }) as BlockEntry;
  const rowsOf = (blocks: number[], sizes: Map<number, number>) => blocks.reduce((sum, block) => sum + sizes.get(block)!, 0);

  it('cuts the groups into consecutive shares of about the same rows, never splitting a group nor leaving one empty', () => {
    const groups = [[entry(1, 1000)], [entry(2, 1000)], [entry(3, 400), entry(4, 900)], [entry(5, 1000)], [entry(6, 200)], [entry(7, 1000)]];
    const sizes = new Map(groups.flat().map((e) => [e.block, e.ids.length]));
    const shares = shareGroups(groups, 3);
    expect(shares.flat()).toEqual(groups.map((group) => group.map((e) => e.block))); // every group once, in order
    expect(shares.map((share) => rowsOf(share.flat(), sizes))).toEqual([2000, 2300, 1200]);
    expect(shareGroups(groups, 1)).toEqual([groups.map((group) => group.map((e) => e.block))]);
    expect(shareGroups(groups.slice(0, 2), 5)).toEqual([[[1]], [[2]]]); // more parts than groups: one group each
    expect(shareGroups([], 2)).toEqual([]);
  });

  it('read one by one, the shares give every row once, in id order; a small history is one share', async () => {
    await commit('a', ids(1, BLOCK_ROWS * 4 + 10).map((id) => exchange(id * 2)));
    await commit('a', ids(0, 300).map((id) => exchange(id * 2 + 1))); // odd ids among the even: a group of overlapping blocks
    const { rows, shares } = await rowShares('a', 'exchanges', (count) => (count > 4000 ? 3 : 1));
    expect(rows).toBe(BLOCK_ROWS * 4 + 10 + 300);
    expect(shares).toHaveLength(3);
    const read: number[] = [];
    for (const share of shares) await eachRow('a', 'exchanges', (row) => read.push(row.id), share);
    expect(read).toEqual(await readIds('a'));
    expect(read).toHaveLength(BLOCK_ROWS * 4 + 10 + 300);
    expect((await rowShares('a', 'exchanges', () => 1)).shares).toEqual(['all']);
    expect(await rowShares('a', 'payouts', () => 3)).toEqual({ rows: null, shares: ['all'] });
  });
});

describe('idOrderGroups', () => {
  const entry = (block: number, low: number, high: number) => ({ block, low, high }) as BlockEntry;
  it('orders blocks by their lowest id and groups the ones whose ranges overlap', () => {
    const groups = idOrderGroups([entry(1, 200, 300), entry(2, 1, 100), entry(3, 250, 260), entry(4, 301, 400), entry(5, 90, 95)]);
    expect(groups.map((group) => group.map((e) => e.block))).toEqual([[2, 5], [1, 3], [4]]);
    expect(idOrderGroups([])).toEqual([]);
  });
});

describe('readBatches', () => {
  const group = (size: number) => Array.from({ length: size }, (_, i) => ({ block: i }) as BlockEntry);
  it('reads about five blocks at a time, never splitting a group', () => {
    const sizes = (groups: BlockEntry[][]) => readBatches(groups).map((batch) => batch.map((g) => g.length));
    expect(sizes([1, 1, 1, 1, 1, 1, 1].map(group))).toEqual([[1, 1, 1, 1, 1], [1, 1]]);
    expect(sizes([2, 7, 1, 3, 2].map(group))).toEqual([[2], [7], [1, 3], [2]]);
    expect(readBatches([])).toEqual([]);
  });
});
