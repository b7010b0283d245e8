import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { accountKey, onLocalChange, readAccountData, readAccountsAndSettings, settingsOf } from '../../components/popup/popupStorage';
import { followProgress } from '../../components/popup/followProgress';
import { accountsItem, cacheItem, DEFAULT_SETTINGS, emptyCache, exchangesItem, progressItem, seenItem, settingsItem } from '../../utils/storage';
import type { Account } from '../../utils/model';

const account: Account = { id: 'a', origin: 'https://x.example', layout: 'v2', key: '1|k', label: 'x.example', addedAt: 1 };

describe('popup storage reads', () => {
  it('reads what the storage items wrote: accounts, settings, then cache and seen mark in one call', async () => {
    await accountsItem.setValue([account]);
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, csvSeparator: ';' });
    await cacheItem('a').setValue({ ...emptyCache(), exchangeCount: 7 });
    await seenItem('a').setValue({ seenAt: 42 });
    await exchangesItem('a').setValue([]);
    const get = vi.spyOn(fakeBrowser.storage.local, 'get');
    expect(await readAccountsAndSettings()).toEqual({ accounts: [account], settings: { ...DEFAULT_SETTINGS, csvSeparator: ';' } });
    const data = await readAccountData(['a', 'gone']);
    expect(data.a).toEqual({ cache: { ...emptyCache(), exchangeCount: 7 }, seenAt: 42 });
    expect(data.gone).toEqual({ cache: null, seenAt: 0 });
    expect(get).toHaveBeenCalledTimes(2);
    expect(get.mock.calls[1]![0]).toEqual(['cache:a', 'seen:a', 'cache:gone', 'seen:gone']);
  });

  it('fills missing settings from the defaults (version-1 settings before the background migrates them)', () => {
    expect(settingsOf(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(settingsOf({ pollMinutes: 15, notifications: false })).toMatchObject({ pollMinutes: 15, csvSeparator: ',' });
  });

  it('names the account of a cache or seen key, nothing else', () => {
    expect(accountKey('cache:a-1')).toEqual({ part: 'cache', id: 'a-1' });
    expect(accountKey('seen:b')).toEqual({ part: 'seen', id: 'b' });
    expect(accountKey('exchanges:a')).toBeNull();
    expect(accountKey('accounts')).toBeNull();
  });

  it('reports storage.local changes only, with their new values', async () => {
    const seen: Record<string, unknown>[] = [];
    const stop = onLocalChange((changes) => seen.push(changes));
    await seenItem('a').setValue({ seenAt: 5 });
    await progressItem('a').setValue({ list: 'exchanges', pages: 2, rows: 200 });
    await seenItem('a').removeValue();
    stop();
    await seenItem('a').setValue({ seenAt: 6 });
    // A removal has no new value (the fake says null, Chrome leaves it out).
    expect(seen.map((changes) => Object.keys(changes))).toEqual([['seen:a'], ['seen:a']]);
    expect(seen.map((changes) => changes['seen:a'] ?? null)).toEqual([{ seenAt: 5 }, null]);
  });

  it('follows a sync\'s progress; a first read that lands after a change does not bring the old value back', async () => {
    await progressItem('a').setValue({ list: 'exchanges', pages: 1, rows: 100 });
    let answer!: (values: Record<string, unknown>) => void;
    vi.spyOn(fakeBrowser.storage.session, 'get').mockImplementationOnce(() => new Promise((resolve) => { answer = resolve as never; }));
    const seen: unknown[] = [];
    const stop = followProgress('a', (p) => seen.push(p));
    await progressItem('a').setValue({ list: 'exchanges', pages: 2, rows: 200 });
    answer({ 'progress:a': { list: 'exchanges', pages: 1, rows: 100 } });
    await new Promise((resolve) => setTimeout(resolve, 0));
    await progressItem('a').removeValue();
    stop();
    await progressItem('a').setValue({ list: 'withdrawals', pages: 9, rows: 900 });
    expect(seen).toEqual([{ list: 'exchanges', pages: 2, rows: 200 }, null]);
  });
});
