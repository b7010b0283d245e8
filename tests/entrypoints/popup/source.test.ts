import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { openPopupData, readAccountData } from '../../../entrypoints/popup/source';
import { accountsItem, cacheItem, DEFAULT_SETTINGS, seenItem, settingsItem } from '../../../utils/storage/items';
import { emptyCache, type Account } from '../../../utils/model';

const account = (id: string): Account => ({ id, origin: `https://${id}.example`, layout: 'v2', key: '1|k', label: id, addedAt: 1 });

describe('the popup’s reads', () => {
  it('each account’s cache and seen mark in one storage call, never the full histories', async () => {
    await cacheItem('a').set({ ...emptyCache(), exchangeCount: 7 });
    await seenItem('a').set({ seenAt: 42 });
    const get = vi.spyOn(fakeBrowser.storage.local, 'get');
    const read = await readAccountData(['a', 'gone']);
    expect(read).toEqual({ a: { cache: { ...emptyCache(), exchangeCount: 7 }, seenAt: 42 }, gone: { cache: null, seenAt: 0 } });
    expect(get).toHaveBeenCalledTimes(1);
    expect(get.mock.calls[0]![0]).toEqual(['cache:a', 'seen:a', 'cache:gone', 'seen:gone']);
  });

  it('opens with accounts, settings (defaults filling an old value) and caches, then follows every change', async () => {
    await accountsItem.set([account('a')]);
    await fakeBrowser.storage.local.set({ settings: { pollMinutes: 15, notifications: false } });
    await cacheItem('a').set({ ...emptyCache(), exchangeCount: 1 });
    const source = openPopupData();
    await source.ready;
    expect(source.get()).toMatchObject({ accounts: [account('a')], settings: { pollMinutes: 15, csvSeparator: ',' } });
    expect(source.get()?.byId.a?.cache?.exchangeCount).toBe(1);

    const changed = vi.fn();
    source.subscribe(changed);
    await cacheItem('a').set({ ...emptyCache(), exchangeCount: 2, arrivals: [{ id: 9, at: 5 }] });
    expect(source.get()?.byId.a?.cache?.exchangeCount).toBe(2);
    expect(source.get()?.markedNew).toEqual({ a: [9] });
    await settingsItem.set({ ...DEFAULT_SETTINGS, csvSeparator: ';' });
    expect(source.get()?.settings.csvSeparator).toBe(';');

    // A new account is read, then followed; a removed one is no longer followed.
    await cacheItem('b').set({ ...emptyCache(), exchangeCount: 5 });
    await accountsItem.set([account('a'), account('b')]);
    await vi.waitFor(() => expect(source.get()?.byId.b?.cache?.exchangeCount).toBe(5));
    await accountsItem.set([account('b')]);
    await vi.waitFor(() => expect(source.get()?.accounts).toEqual([account('b')]));
    const calls = changed.mock.calls.length;
    await cacheItem('a').set({ ...emptyCache(), exchangeCount: 3 });
    expect(changed.mock.calls.length).toBe(calls);

    source.close();
    await cacheItem('b').set({ ...emptyCache(), exchangeCount: 6 });
    expect(source.get()?.byId.b?.cache?.exchangeCount).toBe(5);
  });

  describe('with the accounts named in the address (the toolbar button’s)', () => {
    async function twoAccounts() {
      await accountsItem.set([account('a'), account('b')]);
      await cacheItem('a').set({ ...emptyCache(), exchangeCount: 1 });
      await cacheItem('b').set({ ...emptyCache(), exchangeCount: 2 });
      await seenItem('b').set({ seenAt: 9 });
    }

    it('reads the accounts, the settings and their data in one storage call', async () => {
      await twoAccounts();
      const get = vi.spyOn(fakeBrowser.storage.local, 'get');
      const source = openPopupData('?account=a&account=b');
      await source.ready;
      expect(get).toHaveBeenCalledTimes(1);
      expect(get.mock.calls[0]![0]).toEqual(['accounts', 'settings', 'cache:a', 'seen:a', 'cache:b', 'seen:b']);
      expect(source.get()?.byId).toEqual({
        a: { cache: { ...emptyCache(), exchangeCount: 1 }, seenAt: 0 },
        b: { cache: { ...emptyCache(), exchangeCount: 2 }, seenAt: 9 },
      });
      source.close();
    });

    it('an old address is only slower: an account it misses is read in a second call, one it names that is gone is not shown', async () => {
      await twoAccounts();
      const get = vi.spyOn(fakeBrowser.storage.local, 'get');
      const source = openPopupData('?account=gone&account=b');
      await source.ready;
      expect(get).toHaveBeenCalledTimes(2);
      expect(get.mock.calls[1]![0]).toEqual(['cache:a', 'seen:a']);
      expect(source.get()?.accounts.map((a) => a.id)).toEqual(['a', 'b']);
      expect(Object.keys(source.get()!.byId).sort()).toEqual(['a', 'b']);
      expect(source.get()?.byId.a?.cache?.exchangeCount).toBe(1);
      // The gone account is not watched: a write under its key changes nothing.
      const changed = vi.fn();
      source.subscribe(changed);
      await cacheItem('gone').set({ ...emptyCache(), exchangeCount: 4 });
      expect(changed).not.toHaveBeenCalled();
      source.close();
    });

    it('a named account’s data written while the first read is under way is not missed', async () => {
      await twoAccounts();
      const source = openPopupData('?account=a&account=b');
      // Before the read has answered: the account is watched already.
      await cacheItem('a').set({ ...emptyCache(), exchangeCount: 10 });
      await source.ready;
      await vi.waitFor(() => expect(source.get()?.byId.a?.cache?.exchangeCount).toBe(10));
      source.close();
    });
  });
});
