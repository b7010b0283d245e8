import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createMessageListener, handlers, type Handlers } from '../../../entrypoints/background/messages';
import { accountsItem, cacheItem, seenItem } from '../../../utils/storage/items';
import { MESSAGES } from '../../../utils/messages';
import { emptyCache, type Account, type AccountCache } from '../../../utils/model';

const ME = { id: fakeBrowser.runtime.id };
const T0 = 1_700_000_000_000;

afterEach(() => {
  vi.unstubAllGlobals();
});

function fakeHandlers(): Handlers {
  const ok = async () => ({ ok: true as const });
  return {
    refresh: vi.fn(ok),
    markSeen: vi.fn(ok),
    exportHistory: vi.fn(async () => ({ ok: true as const, count: 3 })),
    saveAccount: vi.fn(async () => ({ ok: true as const, accountId: 'x', summary: null })),
    editAccount: vi.fn(async () => ({ ok: true as const, accountId: 'x', summary: null })),
    removeAccount: vi.fn(ok),
  };
}

const account = (patch: Partial<Account> = {}): Account => ({
  id: 'acc', origin: 'https://shop.example', layout: 'v2', key: '1|secretKey', label: 'shop.example', addedAt: 1, ...patch,
});
const cacheWith = (patch: Partial<AccountCache>): AccountCache => ({ ...emptyCache(), lastSuccessAt: T0, lastSyncAt: T0, ...patch });

describe('message listener', () => {
  it('has one handler per message of the contract', () => {
    expect(Object.keys(handlers).sort()).toEqual(Object.keys(MESSAGES).sort());
  });

  it('answers requests from this extension, passing the payload without the type', async () => {
    const table = fakeHandlers();
    const listen = createMessageListener(table);
    expect(await listen({ type: 'exportHistory', accountId: 'a', list: 'payouts' }, ME)).toEqual({ ok: true, count: 3 });
    expect(table.exportHistory).toHaveBeenCalledWith({ accountId: 'a', list: 'payouts' });
  });

  it('ignores other extensions, web pages and malformed requests (no answer at all)', () => {
    const table = fakeHandlers();
    const listen = createMessageListener(table);
    expect(listen({ type: 'refresh' }, { id: 'another-extension' })).toBeUndefined();
    expect(listen({ type: 'refresh' }, { url: 'https://evil.example/' })).toBeUndefined();
    expect(listen({ type: 'removeAccount' }, ME)).toBeUndefined();
    expect(listen({ type: 'markSeen', accountId: 'a', through: 'yesterday' }, ME)).toBeUndefined();
    expect(listen({ type: 'dropDatabase' }, ME)).toBeUndefined();
    expect(listen({ type: 'toString' }, ME)).toBeUndefined();
    expect(listen('refresh', ME)).toBeUndefined();
    expect(Object.values(table).every((h) => vi.mocked(h).mock.calls.length === 0)).toBe(true);
  });
});

describe('background handlers', () => {
  it('markSeen: the seen mark only moves forward, never past the last sync; badge and exchange notifications clear at once', async () => {
    await accountsItem.set([account()]);
    await cacheItem('acc').set(cacheWith({ arrivals: [{ id: 3, at: T0 }], summary: null }));
    await fakeBrowser.notifications.create('exchange:acc:3', { type: 'basic', iconUrl: '', title: '', message: '' });
    await fakeBrowser.notifications.create('payout:acc:1:paid', { type: 'basic', iconUrl: '', title: '', message: '' });
    await fakeBrowser.action.setBadgeText({ text: '1' });

    expect(await handlers.markSeen({ accountId: 'acc', through: T0 + 999_999 })).toEqual({ ok: true });
    expect(await seenItem('acc').get()).toEqual({ seenAt: T0 });
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
    expect(Object.keys(await fakeBrowser.notifications.getAll())).toEqual(['payout:acc:1:paid']);

    await handlers.markSeen({ accountId: 'acc', through: T0 - 100 });
    expect(await seenItem('acc').get()).toEqual({ seenAt: T0 });
  });

  it('refresh if due: data younger than the interval is not fetched; older data is', async () => {
    const fetch = vi.fn(async () => Promise.reject(new TypeError('fetch failed')));
    vi.stubGlobal('fetch', fetch);
    await accountsItem.set([account()]);
    await cacheItem('acc').set(cacheWith({ lastSyncAt: Date.now() - 60_000 }));
    expect(await handlers.refresh({ ifDue: true })).toEqual({ ok: true });
    expect(fetch).not.toHaveBeenCalled();

    await cacheItem('acc').set(cacheWith({ lastSyncAt: Date.now() - 6 * 60_000 }));
    const answer = await handlers.refresh({ ifDue: true });
    expect(answer).toEqual({ ok: false, error: { kind: 'network', status: null, requestId: null } });
    expect(fetch).toHaveBeenCalled();
  });

  it('refresh if due: not while the backoff waits (a 429) or a key problem pauses the account', async () => {
    const fetch = vi.fn(async () => Promise.reject(new TypeError('fetch failed')));
    vi.stubGlobal('fetch', fetch);
    await accountsItem.set([account()]);
    const old = Date.now() - 60 * 60_000;
    await cacheItem('acc').set(cacheWith({ lastSyncAt: old, backoff: { failures: 1, nextAttemptAt: Date.now() + 60_000, paused: false } }));
    expect(await handlers.refresh({ ifDue: true })).toEqual({ ok: true });
    await cacheItem('acc').set(cacheWith({ lastSyncAt: old, backoff: { failures: 1, nextAttemptAt: null, paused: true } }));
    expect(await handlers.refresh({ ifDue: true })).toEqual({ ok: true });
    expect(fetch).not.toHaveBeenCalled();
    // The Refresh button tries once anyway: the user may have fixed the key.
    await handlers.refresh({ accountId: 'acc' });
    expect(fetch).toHaveBeenCalled();
  });
});
