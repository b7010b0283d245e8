/**
 * The background's account operations (entrypoints/background/accounts.ts) against the real mock
 * site: the check, the save and its one first sync, edits that move or re-key an account, removal
 * that stops a running sync at once, and the host permission given back when nothing needs it.
 */
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { editAccount, removeAccount, saveAccount } from '../../entrypoints/background/accounts';
import { runSyncs } from '../../entrypoints/background/sync/run';
import { accountsItem, cacheItem, seenItem } from '../../utils/storage/items';
import { storedExchanges, storedPayouts } from '../history';
import { permissions } from '../fake-permissions';
import { byKind, clearRequests, fault, MOCK_KEYS, requests, useMockServer } from './mock';

const server = useMockServer();
const pattern = 'http://127.0.0.1/*';
const notify = (id: string) => fakeBrowser.notifications.create(id, { type: 'basic', iconUrl: '', title: '', message: '' });

async function connect(label = '') {
  await permissions.request({ origins: [pattern] });
  const answer = await saveAccount({ origin: server.url, key: MOCK_KEYS.full, label, verify: true });
  if (!answer.ok) throw new Error(`connect failed: ${answer.error.kind}`);
  await vi.waitFor(async () => expect((await cacheItem(answer.accountId).get())?.lastSuccessAt).toEqual(expect.any(Number)));
  return answer.accountId;
}

describe('saveAccount', () => {
  it('checks the site, saves, shows the checked balance at once and runs the first sync once', async () => {
    await permissions.request({ origins: [pattern] });
    const answer = await saveAccount({ origin: server.url, key: ` ${MOCK_KEYS.full} `, label: '', verify: true });
    expect(answer.ok).toBe(true);
    if (!answer.ok) return;
    expect(answer.summary?.balance).toEqual(expect.any(Number));
    const [saved] = await accountsItem.get();
    expect(saved).toMatchObject({ id: answer.accountId, origin: server.url, key: MOCK_KEYS.full, label: new URL(server.url).host, layout: 'v2' });
    // The popup can show the balance before the first sync has finished.
    expect((await cacheItem(answer.accountId).get())?.summary?.balance).toBe(answer.summary?.balance);
    await vi.waitFor(async () => expect((await cacheItem(answer.accountId).get())?.lastSuccessAt).toEqual(expect.any(Number)));
    await new Promise((resolve) => setTimeout(resolve, 50));
    // One check + one first sync: two summary requests, one walk of each list.
    const log = byKind(await requests(server));
    expect(log.summary).toHaveLength(2);
    expect(log.exchanges.filter((r) => r.query.page === '1')).toHaveLength(1);
    expect(permissions.granted.has(pattern)).toBe(true);
  });

  it('a refused key saves nothing and gives the host permission back', async () => {
    await permissions.request({ origins: [pattern] });
    const answer = await saveAccount({ origin: server.url, key: MOCK_KEYS.revoked, label: '', verify: true });
    expect(answer).toMatchObject({ ok: false, error: { kind: 'unauthorized', status: 401 } });
    expect(await accountsItem.get()).toEqual([]);
    expect(permissions.granted.has(pattern)).toBe(false);
    expect(JSON.stringify(answer)).not.toContain(MOCK_KEYS.revoked.split('|')[1]);
  });

  it('keeps the permission when another account still uses that site', async () => {
    await connect();
    const answer = await saveAccount({ origin: server.url, key: MOCK_KEYS.revoked, label: '', verify: true });
    expect(answer.ok).toBe(false);
    expect(permissions.granted.has(pattern)).toBe(true);
  });

  it('"Save anyway" saves without asking the site', async () => {
    await clearRequests(server);
    const answer = await saveAccount({ origin: server.url, key: MOCK_KEYS.full, label: 'Later', verify: false });
    expect(answer).toMatchObject({ ok: true, summary: null });
    expect((await accountsItem.get())[0]).toMatchObject({ label: 'Later', layout: 'v2' });
  });
});

describe('editAccount', () => {
  it('a new label keeps the data and asks the site nothing', async () => {
    const id = await connect();
    await clearRequests(server);
    const stored = await storedExchanges(id);
    const answer = await editAccount({ accountId: id, origin: server.url, key: '', label: 'Shop', verify: true });
    expect(answer.ok).toBe(true);
    expect((await accountsItem.get())[0]).toMatchObject({ label: 'Shop', key: MOCK_KEYS.full });
    expect(await storedExchanges(id)).toEqual(stored);
    expect(await requests(server)).toEqual([]);
  });

  it('a new key: checked, the old data and every notification of the account go, a fresh first sync runs', async () => {
    const id = await connect();
    await seenItem(id).set({ seenAt: 123 });
    await notify(`exchange:${id}:1`);
    await notify(`payout:${id}:2:paid`);
    await notify('exchange:other:1');
    const answer = await editAccount({ accountId: id, origin: server.url, key: MOCK_KEYS.partner, label: '', verify: true });
    expect(answer.ok).toBe(true);
    expect(await seenItem(id).get()).toEqual({ seenAt: 0 });
    expect(Object.keys(await fakeBrowser.notifications.getAll())).toEqual(['exchange:other:1']);
    expect((await accountsItem.get())[0]?.key).toBe(MOCK_KEYS.partner);
    await vi.waitFor(async () => expect((await cacheItem(id).get())?.lastSuccessAt).toEqual(expect.any(Number)));
  });

  it('a new key the site refuses changes nothing', async () => {
    const id = await connect();
    const before = await accountsItem.get();
    const answer = await editAccount({ accountId: id, origin: server.url, key: MOCK_KEYS.revoked, label: '', verify: true });
    expect(answer).toMatchObject({ ok: false, error: { kind: 'unauthorized' } });
    expect(await accountsItem.get()).toEqual(before);
    expect(permissions.granted.has(pattern)).toBe(true);
  });
});

describe('removeAccount', () => {
  it('stops a running sync at once: done in well under a second, no request with the key after it', async () => {
    const id = await connect();
    await fault(server, { mode: 'hang', count: 50 });
    const sync = runSyncs({ manual: true });
    await vi.waitFor(async () => expect((await requests(server)).length).toBeGreaterThan(0));
    const started = Date.now();
    await removeAccount({ accountId: id });
    expect(Date.now() - started).toBeLessThan(1000);
    const after = (await requests(server)).length;
    await sync;
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect((await requests(server)).length).toBe(after);
    expect(await accountsItem.get()).toEqual([]);
    expect(Object.keys(await fakeBrowser.storage.local.get(null)).filter((key) => key.endsWith(id))).toEqual([]);
  });

  it('clears every notification of the account and gives the permission back', async () => {
    const id = await connect();
    await notify(`exchanges:${id}:9`);
    await notify(`payout:${id}:2:paid`);
    await removeAccount({ accountId: id });
    expect(await fakeBrowser.notifications.getAll()).toEqual({});
    expect(permissions.granted.has(pattern)).toBe(false);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('?');
  });

  it('the toolbar button’s popup address names the connected accounts, and none once they are gone', async () => {
    const id = await connect();
    await vi.waitFor(async () => expect(await fakeBrowser.action.getPopup({})).toBe(`popup.html?account=${id}`));
    await removeAccount({ accountId: id });
    expect(await fakeBrowser.action.getPopup({})).toBe('popup.html');
  });
});
