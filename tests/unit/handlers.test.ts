import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { backgroundHandlers, createMessageListener, type Handlers } from '../../utils/protocol/handlers';
import { accountsItem, cacheItem, emptyCache, exchangesItem, seenItem } from '../../utils/storage';
import type { Account, AccountCache, ExchangeRecord } from '../../utils/model';

const ME = { id: fakeBrowser.runtime.id };
const T0 = 1_700_000_000_000;

afterEach(() => {
  vi.unstubAllGlobals();
});

function fakeHandlers(): Handlers {
  return {
    refresh: vi.fn(async () => ({ ok: true as const })),
    markSeen: vi.fn(async () => ({ ok: true as const })),
    getState: vi.fn(async () => ({ unseen: { a: 2 } })),
    exportCsv: vi.fn(async () => ({ ok: true as const, count: 3 })),
    testConnection: vi.fn(async () => ({ ok: false as const, error: { kind: 'network' as const, status: null, requestId: null } })),
    saveAccount: vi.fn(async () => ({ ok: true as const, accountId: 'x' })),
    removeAccount: vi.fn(async () => ({ ok: true as const })),
  };
}

const account = (patch: Partial<Account> = {}): Account => ({
  id: 'acc', origin: 'https://shop.example', layout: 'v2', key: '1|secretKey', label: 'shop.example', addedAt: 1, ...patch,
});
const cacheWith = (patch: Partial<AccountCache>): AccountCache => ({ ...emptyCache(), lastSuccessAt: T0, lastSyncAt: T0, ...patch });
const record = (id: number): ExchangeRecord => ({
  id, orderId: String(id), amount: 1, currency: 'rub', status: 'referral', createdText: '', firstSeenAt: T0, live: false,
});

/** Sync attempts in these tests fail fast as "offline" instead of touching the network. */
function noNetwork() {
  const fetch = vi.fn(async () => Promise.reject(new TypeError('fetch failed')));
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

describe('message listener', () => {
  it('answers requests from this extension per type', async () => {
    const handlers = fakeHandlers();
    const listen = createMessageListener(handlers);
    expect(await listen({ type: 'getState' }, ME)).toEqual({ unseen: { a: 2 } });
    expect(await listen({ type: 'exportCsv', accountId: 'a', list: 'withdrawals' }, ME)).toEqual({ ok: true, count: 3 });
    expect(handlers.exportCsv).toHaveBeenCalledWith({ type: 'exportCsv', accountId: 'a', list: 'withdrawals' });
  });

  it('ignores other extensions, web pages and malformed requests (no answer at all)', () => {
    const handlers = fakeHandlers();
    const listen = createMessageListener(handlers);
    expect(listen({ type: 'getState' }, { id: 'another-extension' })).toBeUndefined();
    expect(listen({ type: 'getState' }, { url: 'https://evil.example/' })).toBeUndefined();
    expect(listen({ type: 'removeAccount' }, ME)).toBeUndefined();
    expect(listen({ type: 'markSeen', accountId: 'a', through: 'yesterday' }, ME)).toBeUndefined();
    expect(listen({ type: 'dropDatabase' }, ME)).toBeUndefined();
    expect(listen('getState', ME)).toBeUndefined();
    expect(Object.values(handlers).every((h) => vi.mocked(h).mock.calls.length === 0)).toBe(true);
  });
});

describe('background handlers', () => {
  it('getState: unseen new exchanges per account', async () => {
    await accountsItem.setValue([account(), account({ id: 'b', origin: 'https://b.example' })]);
    await cacheItem('acc').setValue(cacheWith({ arrivals: [{ id: 3, at: T0 }, { id: 2, at: T0 - 10 }] }));
    await seenItem('acc').setValue({ seenAt: T0 - 5 });
    expect(await backgroundHandlers.getState({ type: 'getState' })).toEqual({ unseen: { acc: 1, b: 0 } });
  });

  it('markSeen: seenAt only moves forward, never past the last sync; badge and notifications clear at once', async () => {
    await accountsItem.setValue([account()]);
    await cacheItem('acc').setValue(cacheWith({ arrivals: [{ id: 3, at: T0 }], summary: null }));
    await fakeBrowser.notifications.create('exchange:acc:3', { type: 'basic', iconUrl: '', title: '', message: '' });
    await fakeBrowser.notifications.create('payout:acc:1:paid', { type: 'basic', iconUrl: '', title: '', message: '' });
    await fakeBrowser.action.setBadgeText({ text: '1' });

    expect(await backgroundHandlers.markSeen({ type: 'markSeen', accountId: 'acc', through: T0 + 999_999 })).toEqual({ ok: true });
    expect(await seenItem('acc').getValue()).toEqual({ seenAt: T0 });
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
    expect(Object.keys(await fakeBrowser.notifications.getAll())).toEqual(['payout:acc:1:paid']);

    await backgroundHandlers.markSeen({ type: 'markSeen', accountId: 'acc', through: T0 - 100 });
    expect(await seenItem('acc').getValue()).toEqual({ seenAt: T0 });
  });

  it('testConnection: a refused address answers a failure without any request, and saves nothing', async () => {
    const fetch = noNetwork();
    const answer = await backgroundHandlers.testConnection({ type: 'testConnection', origin: 'http://shop.example', key: 'k' });
    expect(answer).toEqual({ ok: false, error: { kind: 'invalidAddress', reason: 'insecure', status: null, requestId: null } });
    const offline = await backgroundHandlers.testConnection({ type: 'testConnection', origin: 'https://shop.example', key: '1|secretKey' });
    expect(offline).toEqual({ ok: false, error: { kind: 'network', status: null, requestId: null } });
    expect(JSON.stringify(offline)).not.toContain('secretKey');
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(await accountsItem.getValue()).toEqual([]);
  });

  it('saveAccount: a new account gets a UUID, its host as label, and is synced right away', async () => {
    const fetch = noNetwork();
    const answer = await backgroundHandlers.saveAccount({
      type: 'saveAccount', account: { origin: 'https://Shop.Example/account', key: ' 1|secretKey ', label: '  ', layout: 'v2' },
    });
    expect(answer.ok).toBe(true);
    expect(answer.accountId).toMatch(/^[0-9a-f-]{36}$/);
    const [saved] = await accountsItem.getValue();
    expect(saved).toMatchObject({ id: answer.accountId, origin: 'https://shop.example', key: '1|secretKey', label: 'shop.example', layout: 'v2' });
    await vi.waitFor(async () => expect((await cacheItem(answer.accountId).getValue())?.lastError?.kind).toBe('network'));
    expect(fetch).toHaveBeenCalled();
    expect(String(vi.mocked(fetch).mock.calls[0]![0 as never])).toBe('https://shop.example/api/v2/account/partner');
  });

  it("saveAccount: a changed key drops that account's stored data; a new label alone keeps it", async () => {
    noNetwork();
    await accountsItem.setValue([account()]);
    await cacheItem('acc').setValue(cacheWith({ exchangeCount: 1, arrivals: [{ id: 1, at: T0 }] }));
    await exchangesItem('acc').setValue([record(1)]);
    await seenItem('acc').setValue({ seenAt: T0 });

    await backgroundHandlers.saveAccount({ type: 'saveAccount', account: { id: 'acc', origin: 'https://shop.example', key: '1|secretKey', label: 'Shop', layout: 'v2' } });
    expect(await exchangesItem('acc').getValue()).toHaveLength(1);
    await vi.waitFor(async () => expect((await cacheItem('acc').getValue())?.lastError?.kind).toBe('network'));
    expect((await cacheItem('acc').getValue())?.exchangeCount).toBe(1);

    await backgroundHandlers.saveAccount({ type: 'saveAccount', account: { id: 'acc', origin: 'https://shop.example', key: '2|otherKey', label: 'Shop', layout: 'v2' } });
    expect(await exchangesItem('acc').getValue()).toEqual([]);
    expect(await seenItem('acc').getValue()).toEqual({ seenAt: 0 });
    await vi.waitFor(async () => expect((await cacheItem('acc').getValue())?.lastError?.kind).toBe('network'));
    expect(await cacheItem('acc').getValue()).toMatchObject({ exchangeCount: 0, arrivals: [], summary: null });
    expect(await accountsItem.getValue()).toEqual([{ ...account(), key: '2|otherKey', label: 'Shop' }]);
  });

  it('removeAccount: account, key and every per-account item go; the badge asks for setup', async () => {
    await accountsItem.setValue([account()]);
    await cacheItem('acc').setValue(cacheWith({}));
    await exchangesItem('acc').setValue([record(1)]);
    await seenItem('acc').setValue({ seenAt: T0 });
    expect(await backgroundHandlers.removeAccount({ type: 'removeAccount', accountId: 'acc' })).toEqual({ ok: true });
    expect(await accountsItem.getValue()).toEqual([]);
    const left = await fakeBrowser.storage.local.get(null);
    expect(Object.keys(left).filter((k) => k.endsWith(':acc'))).toEqual([]);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('?');
  });
});
