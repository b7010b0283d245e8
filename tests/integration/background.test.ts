/**
 * The whole service worker: entrypoints/background.ts's main() wired to fakeBrowser, syncing
 * against the real mock server. A "restart" drops what Chrome drops when it stops the worker
 * (listeners, module state) and keeps what it keeps (storage, alarms, notifications).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SYNC_ALARM } from '../../entrypoints/background/sync/schedule';
import { LEASE_MS } from '../../entrypoints/background/sync/lease';
import { DEFAULT_SETTINGS, accountsItem, cacheItem, leaseItem, settingsItem } from '../../utils/storage/items';
import type { Request } from '../../utils/messages';
import {
  addExchanges, clearRequests, control, MOCK_KEYS, requests, useMockServer,
} from './mock';

const server = useMockServer();
afterEach(() => {
  vi.useRealTimers();
});

const ME = { id: fakeBrowser.runtime.id };
const badge = () => fakeBrowser.action.getBadgeText({});
const notificationIds = async () => Object.keys(await fakeBrowser.notifications.getAll()).sort();

async function startWorker(): Promise<void> {
  vi.resetModules();
  const { default: background } = await import('../../entrypoints/background/index');
  background.main();
}

/** What stopping the service worker loses: its listeners (module state goes with resetModules). */
function stopWorker(): void {
  for (const event of [
    fakeBrowser.runtime.onMessage, fakeBrowser.runtime.onInstalled, fakeBrowser.runtime.onStartup,
    fakeBrowser.alarms.onAlarm, fakeBrowser.notifications.onClicked, fakeBrowser.storage.local.onChanged,
  ]) (event as unknown as { removeAllListeners(): void }).removeAllListeners();
}

async function send(message: Request | Record<string, unknown>, sender: { id?: string } = ME): Promise<unknown> {
  const answers = await fakeBrowser.runtime.onMessage.trigger(message, sender);
  return answers.find((a: unknown) => a !== undefined);
}

const tick = () => fakeBrowser.alarms.onAlarm.trigger({ name: SYNC_ALARM, scheduledTime: Date.now(), periodInMinutes: 5 });

async function connect(): Promise<string> {
  const answer = (await send({ type: 'saveAccount', origin: server.url, key: MOCK_KEYS.full, label: '', verify: true })) as {
    ok: true; accountId: string;
  };
  await vi.waitFor(async () => expect((await cacheItem(answer.accountId).get())?.lastSuccessAt).toEqual(expect.any(Number)));
  await vi.waitFor(async () => expect(await badge()).toBe(''));
  await clearRequests(server);
  return answer.accountId;
}

describe('service worker start', () => {
  it('fresh install: creates the alarm at the default period and asks for setup on the badge', async () => {
    await startWorker();
    await vi.waitFor(async () => expect(await badge()).toBe('?'));
    expect(await fakeBrowser.alarms.get(SYNC_ALARM)).toMatchObject({ periodInMinutes: DEFAULT_SETTINGS.pollMinutes });
    expect(await fakeBrowser.action.getTitle({})).toContain('Open the settings');
    const openOptions = vi.spyOn(fakeBrowser.runtime, 'openOptionsPage').mockResolvedValue(undefined);
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false });
    // The install opens the options page (its guide); no site yet, so no request.
    expect(openOptions).toHaveBeenCalledTimes(1);
    expect(await requests(server)).toEqual([]);
  });

  it('a start with the alarm in place does not re-create it (that would postpone it forever)', async () => {
    await fakeBrowser.alarms.create(SYNC_ALARM, { periodInMinutes: 5 });
    const create = vi.spyOn(fakeBrowser.alarms, 'create');
    await startWorker();
    await vi.waitFor(async () => expect(await badge()).toBe('?'));
    expect(create).not.toHaveBeenCalled();
  });

  it('the alarm follows settings.pollMinutes, and a change syncs at once', async () => {
    await startWorker();
    await connect();
    await settingsItem.set({ ...DEFAULT_SETTINGS, pollMinutes: 15 });
    expect((await fakeBrowser.alarms.get(SYNC_ALARM))!.periodInMinutes).toBe(15);
    await vi.waitFor(async () => expect((await requests(server)).length).toBe(3));
  });
});

describe('corrupt storage', () => {
  it('garbage in every stored item: the worker still starts, resets what it cannot read, and syncs', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await startWorker();
    const id = await connect();
    stopWorker();
    await fakeBrowser.storage.local.set({
      settings: 'garbage', [`cache:${id}`]: { summary: 42 }, historyVersion: 'x',
      [`seen:${id}`]: null, [`lease:${id}`]: { owner: 7 },
    });
    await fakeBrowser.storage.session.set({ [`progress:${id}`]: 'x' });
    await startWorker();
    await tick();
    await vi.waitFor(async () => expect((await cacheItem(id).get())?.lastSuccessAt).toEqual(expect.any(Number)));
    expect((await cacheItem(id).get())?.summary?.balance).toEqual(expect.any(Number));
    expect(await badge()).toBe('');
    const logged = warn.mock.calls.map((call) => String(call[0])).join('\n');
    for (const key of ['settings', `cache:${id}`, `lease:${id}`, 'historyVersion']) expect(logged).toContain(`"${key}"`);
    expect(logged).not.toContain(MOCK_KEYS.full);
    warn.mockRestore();
  });

  it('a damaged accounts list keeps its good accounts', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await startWorker();
    const id = await connect();
    stopWorker();
    const [good] = await accountsItem.get();
    await fakeBrowser.storage.local.set({ accounts: [good, { id: 'broken', origin: 5 }, 'x'] });
    await startWorker();
    await tick();
    expect((await accountsItem.get()).map((a) => a.id)).toEqual([id]);
    warn.mockRestore();
  });
});

describe('the worker end to end', () => {
  it('counts new exchanges, keeps them across a restart without re-notifying, and a click marks them seen', async () => {
    await startWorker();
    const id = await connect();
    expect(await notificationIds()).toEqual([]);
    expect((await accountsItem.get())[0]).toMatchObject({ id, label: new URL(server.url).host });

    const { added } = await addExchanges(server, 3);
    await tick();
    expect(await badge()).toBe('3');
    expect(await notificationIds()).toEqual(added.map((e) => `exchange:${id}:${e.id}`).sort());

    // Restart: Chrome resets the badge with the browser; the new worker must redraw it from storage.
    stopWorker();
    await fakeBrowser.action.setBadgeText({ text: '' });
    const created = vi.spyOn(fakeBrowser.notifications, 'create');
    const alarmCreated = vi.spyOn(fakeBrowser.alarms, 'create');
    await startWorker();
    await vi.waitFor(async () => expect(await badge()).toBe('3'));
    await fakeBrowser.runtime.onStartup.trigger();
    await tick();
    expect(await badge()).toBe('3');
    expect(created).not.toHaveBeenCalled();
    expect(alarmCreated).not.toHaveBeenCalled();

    const clicked = `exchange:${id}:${added[0]!.id}`;
    const tabs = vi.spyOn(fakeBrowser.tabs, 'create');
    await fakeBrowser.notifications.onClicked.trigger(clicked);
    expect(tabs).toHaveBeenCalledWith({ url: 'chrome-extension://test-extension-id/popup.html' });
    expect(await badge()).toBe('');
    expect(await notificationIds()).toEqual([]);
  });

  it('markSeen from the popup clears the badge at once; refresh answers once its sync is committed, the badge follows', async () => {
    await startWorker();
    const id = await connect();
    const stored = (await cacheItem(id).get())!.exchangeCount;
    await addExchanges(server, 2);
    expect(await send({ type: 'refresh' })).toEqual({ ok: true });
    expect((await cacheItem(id).get())?.exchangeCount).toBe(stored + 2);
    await vi.waitFor(async () => expect(await badge()).toBe('2'));
    const through = (await cacheItem(id).get())!.lastSuccessAt!;
    expect(await send({ type: 'markSeen', accountId: id, through })).toEqual({ ok: true });
    expect(await badge()).toBe('');
  });

  it('ignores messages from other extensions and malformed ones', async () => {
    await startWorker();
    const id = await connect();
    expect(await send({ type: 'removeAccount', accountId: id }, { id: 'evil-extension' })).toBeUndefined();
    expect(await send({ type: 'removeAccount', accountId: id }, {})).toBeUndefined();
    expect(await send({ type: 'removeAccount' })).toBeUndefined();
    expect(await accountsItem.get()).toHaveLength(1);
    expect(await send({ type: 'removeAccount', accountId: id })).toEqual({ ok: true });
    expect(await accountsItem.get()).toEqual([]);
    expect(await badge()).toBe('?');
  });

  it('a sync abandoned by a killed worker leaves a lease that expires, not a lock', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const t0 = Date.now();
    await startWorker();
    const id = await connect();
    await leaseItem(id).set({ owner: 'killed-worker', expiresAt: t0 + LEASE_MS });
    stopWorker();
    await startWorker();
    await tick();
    expect(await requests(server)).toEqual([]);
    vi.setSystemTime(t0 + LEASE_MS);
    await tick();
    expect(await requests(server)).toHaveLength(3);
    expect(await leaseItem(id).get()).toBeNull();
  });

  it('a 401 on an alarm tick turns the badge to "!" and stops polling that account', async () => {
    await startWorker();
    await connect();
    await control(server, 'POST', '/__mock/faults', { mode: '401' });
    await tick();
    expect(await badge()).toBe('!');
    expect(await fakeBrowser.action.getTitle({})).toContain('the API key was not accepted');
    await clearRequests(server);
    await tick();
    await tick();
    expect(await requests(server)).toEqual([]);
  });
});
