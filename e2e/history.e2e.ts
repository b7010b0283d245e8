/**
 * The history store in real Chromium (IndexedDB of the extension): new exchanges on a large
 * history reach the badge and the store without rewriting it, and a profile of the previous
 * version (full lists in storage.local) is moved to IndexedDB at the worker's start, every row and
 * first-seen time kept, counting nothing as new.
 */
import { describe, expect, it } from 'vitest';
import { useHarness, type ApiExchange, type Harness } from './harness';

const start = useHarness();

/** Ids stored for an account in the extension's IndexedDB (its blocks' directory, read in the service worker). */
const storedIds = (h: Harness, accountId: string) => h.sw.evaluate((id) => new Promise<number[]>((resolve, reject) => {
  const open = indexedDB.open('iex-partner-history');
  open.onerror = () => reject(open.error);
  open.onsuccess = () => {
    const request = open.result.transaction('exchangeEntries').objectStore('exchangeEntries')
      .getAll(IDBKeyRange.bound([id, -Infinity], [id, Infinity]));
    request.onsuccess = () => { resolve((request.result as { ids: Float64Array }[]).flatMap((entry) => [...entry.ids])); open.result.close(); };
    request.onerror = () => reject(request.error);
  };
}), accountId);

/** The account's exchange rows and payouts as stored now (rows from the blocks), oldest first. */
const storedRows = (h: Harness, accountId: string) => h.sw.evaluate(async (id) => {
  const open = indexedDB.open('iex-partner-history');
  const db = await new Promise<IDBDatabase>((resolve) => { open.onsuccess = () => resolve(open.result); });
  const read = (store: string) => new Promise<Record<string, unknown>[]>((resolve) => {
    const request = db.transaction(store).objectStore(store).getAll(IDBKeyRange.bound([id, -Infinity], [id, Infinity]));
    request.onsuccess = () => resolve(request.result);
  });
  // Each block holds its rows by column (utils/storage/block-columns.ts): read back as objects here.
  const blocks = await read('exchangeBlocks') as { columns: Record<string, ArrayLike<unknown>> }[];
  const rowsOf = (columns: Record<string, ArrayLike<unknown>>) => Array.from({ length: columns.id!.length }, (_, i) => {
    const row: Record<string, unknown> = {};
    for (const [key, column] of Object.entries(columns)) if (column[i] !== undefined) row[key] = key === 'live' ? column[i] === 1 : column[i];
    return row;
  });
  const exchanges = blocks.flatMap((block) => rowsOf(block.columns)).sort((a, b) => (a.id as number) - (b.id as number));
  const payouts = await read('payouts');
  db.close();
  return { exchanges, payouts };
}, accountId);

describe('history in IndexedDB', () => {
  it('5 new exchanges on 3 000 stored: badge "5", the store grows by exactly 5', async () => {
    const h = await start({ mock: { exchanges: 3000 } });
    const { accountId } = await h.connectAndSync();
    expect(await storedIds(h, accountId)).toHaveLength(3000);
    const { added } = await h.control<{ added: ApiExchange[] }>('POST', 'exchanges', { count: 5 });
    await h.syncByAlarm(accountId);
    await h.until(() => h.badge(), (text) => text === '5', 'badge "5"');
    const ids = await storedIds(h, accountId);
    expect(ids).toHaveLength(3005);
    expect(added.every((e) => ids.includes(e.id))).toBe(true);
    expect((await h.cache(accountId))?.exchangeCount).toBe(3005);
  });

  it('a profile of the previous version moves to IndexedDB at the worker’s start, counting nothing as new', async () => {
    const h = await start({ mock: { exchanges: 250 } });
    const { accountId } = await h.connectAndSync();
    // Rewrite the profile as version 1 kept it: the lists in storage.local, no history database.
    const stored = await storedRows(h, accountId);
    const rows = await h.sw.evaluate(async ({ id, exchanges, payouts }) => {
      // Version 1 kept both lists newest first, without the account id (or the payouts' miss count).
      const list = [...exchanges].reverse();
      const payoutList = payouts.map(({ accountId: _, missing: __, ...row }) => row).reverse();
      await new Promise<void>((resolve) => { const del = indexedDB.deleteDatabase('iex-partner-history'); del.onsuccess = () => resolve(); del.onblocked = () => resolve(); });
      await chrome.storage.local.set({ [`exchanges:${id}`]: list, [`withdrawals:${id}`]: payoutList });
      await chrome.storage.local.remove('historyVersion');
      return list.length;
    }, { id: accountId, ...stored });
    expect(rows).toBe(250);
    await h.browser.restartServiceWorker();
    await h.until(() => storedIds(h, accountId), (ids) => ids.length === 250, 'the rows in IndexedDB');
    await h.until(() => h.sw.evaluate(async (id) => Object.keys(await chrome.storage.local.get(`exchanges:${id}`)).length, accountId), (n) => n === 0, 'the old list to go');
    await h.syncByAlarm(accountId);
    expect(await h.badge()).toBe('');
    expect(await h.notificationIds()).toEqual([]);
  });
});

/**
 * Rewrite the history database as an earlier version kept it, from the rows stored now: version 2
 * a record per exchange keyed by [account, id]; version 3 blocks of 1 000 row objects with their
 * directory. In the service worker, so the extension's own database is the one rewritten.
 */
const rewriteAs = (h: Harness, version: 2 | 3, accountId: string, stored: Awaited<ReturnType<typeof storedRows>>) =>
  h.sw.evaluate(async ({ id, version, exchanges, payouts }) => {
    await new Promise<void>((resolve) => { const del = indexedDB.deleteDatabase('iex-partner-history'); del.onsuccess = () => resolve(); del.onblocked = () => resolve(); });
    const open = indexedDB.open('iex-partner-history', version);
    open.onupgradeneeded = () => {
      const db = open.result;
      db.createObjectStore('payouts', { keyPath: ['accountId', 'id'] });
      if (version === 2) {
        const store = db.createObjectStore('exchanges', { keyPath: ['accountId', 'id'] });
        store.createIndex('byFirstSeen', ['accountId', 'firstSeenAt']);
        store.createIndex('byCreated', ['accountId', 'createdAt']);
      } else {
        db.createObjectStore('exchangeBlocks', { keyPath: ['accountId', 'block'] });
        const entries = db.createObjectStore('exchangeEntries', { keyPath: ['accountId', 'block'] });
        entries.createIndex('byHigh', ['accountId', 'high']);
        entries.createIndex('byCreatedHigh', ['accountId', 'createdHigh']);
      }
    };
    const db = await new Promise<IDBDatabase>((resolve) => { open.onsuccess = () => resolve(open.result); });
    const tx = db.transaction([...db.objectStoreNames], 'readwrite');
    if (version === 2) for (const row of exchanges) tx.objectStore('exchanges').put({ ...row, accountId: id });
    for (let block = 1; version === 3 && (block - 1) * 1000 < exchanges.length; block++) {
      const rows = exchanges.slice((block - 1) * 1000, block * 1000) as { id: number; firstSeenAt: number }[];
      tx.objectStore('exchangeBlocks').put({ accountId: id, block, rows });
      tx.objectStore('exchangeEntries').put({
        accountId: id, block, low: rows[0]!.id, high: rows[rows.length - 1]!.id,
        ids: Float64Array.from(rows, (r) => r.id), firstSeen: Float64Array.from(rows, (r) => r.firstSeenAt),
      });
    }
    for (const row of payouts) tx.objectStore('payouts').put(row);
    await new Promise((resolve) => { tx.oncomplete = resolve; });
    db.close();
  }, { id: accountId, version, ...stored });

describe('the history database of earlier versions', () => {
  it.each([
    [3, 'blocks of row objects, rewritten by column'],
    [2, 'one record per exchange, converted to blocks by column'],
  ] as const)('version %i (%s) when the worker starts: every row and first-seen time kept, counting nothing as new', async (version, _what) => {
    const h = await start({ mock: { exchanges: 2500 } });
    const { accountId } = await h.connectAndSync();
    const before = await storedRows(h, accountId);
    expect(before.exchanges).toHaveLength(2500);
    await rewriteAs(h, version, accountId, before);
    await h.browser.restartServiceWorker();
    await h.syncByAlarm(accountId);
    expect(await storedRows(h, accountId)).toEqual(before);
    expect(await h.badge()).toBe('');
    expect(await h.notificationIds()).toEqual([]);
  });
});

declare const chrome: typeof import('@wxt-dev/browser').Browser;
