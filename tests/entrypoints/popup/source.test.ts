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
});
