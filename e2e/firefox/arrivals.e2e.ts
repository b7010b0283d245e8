/**
 * New exchanges in Firefox: the shared scenario (badge, notifications, the popup clears them),
 * and the MV3 event page stopped the way Firefox idles it, then woken by its alarm: the count
 * and the seen state survive, nothing is notified twice. (The shipped MV2 build keeps a
 * persistent background page, so the stop/wake case is for MV3 only.)
 */
import { describe, expect, it } from 'vitest';
import { MANIFEST_VERSION, useFirefox, type FirefoxDriver } from './harness';
import { newExchangesNotifyAndPopupClears, countNewRows } from '../shared/scenarios';
import { connectAndSync, syncByAlarm, until } from '../shared/driver';
import type { ApiExchange } from '../harness';

const start = useFirefox();

const addExchanges = async (d: FirefoxDriver, count: number) =>
  (await d.control<{ added: ApiExchange[] }>('POST', 'exchanges', { count })).added;

/** Stop the event page as Firefox does when it idles; read its errors first (its traps go with it). */
async function stopBackground(d: FirefoxDriver): Promise<void> {
  const before = await d.errors();
  expect(before, 'errors before the event page stopped').toEqual([]);
  await d.firefox.terminateBackground();
  await until(() => d.firefox.backgroundState(), (state) => state === 'stopped', 'the event page to stop');
}

/** The alarm fires with the event page stopped: it must start again and finish that sync. */
async function wakeByAlarm(d: FirefoxDriver, accountId: string): Promise<void> {
  expect(await d.firefox.backgroundState()).toBe('stopped');
  await syncByAlarm(d, accountId);
  expect(await d.firefox.backgroundState()).toBe('running');
  await d.rearmBackground();
}

const byId = (ids: string[]) => [...ids].sort();

describe('new exchanges (Firefox)', () => {
  it('three: badge "3", one notification each; the popup marks them new and clears the badge', async () => {
    await newExchangesNotifyAndPopupClears(await start());
  });
});

describe.runIf(MANIFEST_VERSION === 3)('MV3 event page', () => {
  it('stopped and woken by the alarm: keeps the count and the seen state, notifies nothing twice', async () => {
    const d = await start();
    const { options, accountId } = await connectAndSync(d);
    await options.close();
    const first = await addExchanges(d, 3);

    await stopBackground(d);
    await wakeByAlarm(d, accountId);
    await until(() => d.badge(), (text) => text === '3', 'badge "3" from the woken event page');
    expect(byId(await d.notificationIds())).toEqual(byId(first.map((e) => `exchange:${accountId}:${e.id}`)));

    // The user dismisses them; the next wake must not bring them back.
    await d.clearNotifications();
    await stopBackground(d);
    await wakeByAlarm(d, accountId);
    expect(await d.badge()).toBe('3');
    expect(await d.notificationIds()).toEqual([]);

    // Two more while stopped: counted on top, notified once each.
    const second = await addExchanges(d, 2);
    await stopBackground(d);
    await wakeByAlarm(d, accountId);
    await until(() => d.badge(), (text) => text === '5', 'badge "5"');
    expect(byId(await d.notificationIds())).toEqual(byId(second.map((e) => `exchange:${accountId}:${e.id}`)));

    // Seen in the popup, then stopped and woken again: still seen.
    const popup = await d.openPopup();
    await until(() => d.badge(), (text) => text === '', 'the badge to clear');
    await until(() => countNewRows(d, popup), (n) => n === first.length + second.length, 'five rows marked new');
    await popup.close();
    await stopBackground(d);
    await wakeByAlarm(d, accountId);
    expect(await d.badge()).toBe('');
    expect(await d.notificationIds()).toEqual([]);
  });
});
