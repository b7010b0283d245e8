/**
 * New exchanges and payouts arriving while connected: the badge counts them, notifications
 * appear (one each, or one grouped), the popup marks them new and clears the badge; a paid
 * payout notifies once; a service-worker restart keeps the count and the seen state and
 * shows nothing twice.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { inLocale, useHarness, type ApiExchange, type ApiWithdrawal, type Harness } from './harness';
import { tPopupDetails } from '../entrypoints/popup/texts-details';
import { chromiumDriver } from './shared/chromium';
import { newExchangesNotifyAndPopupClears } from './shared/scenarios';

const start = useHarness();

const addExchanges = async (h: Harness, count: number) =>
  (await h.control<{ added: ApiExchange[] }>('POST', 'exchanges', { count })).added;

const byId = (ids: string[]) => [...ids].sort();

/** The popup's exchange rows that carry the visible "New" label. */
function newRows(h: Harness, popup: Page) {
  const label = inLocale(h.lang, () => tPopupDetails('new'));
  return popup.getByRole('listitem').filter({ has: popup.getByText(label, { exact: true }) });
}

describe('new exchanges', () => {
  it('three: badge "3", one notification each; the popup marks them new and clears the badge', async () => {
    await newExchangesNotifyAndPopupClears(chromiumDriver(await start()));
  });

  it('120 at once: badge "99+" and one grouped notification', async () => {
    const h = await start();
    const { accountId } = await h.connectAndSync();
    const added = await addExchanges(h, 120);
    const newest = Math.max(...added.map((e) => e.id));

    await h.syncByAlarm(accountId);
    await h.until(() => h.badge(), (text) => text === '99+', 'badge "99+"');
    expect(await h.notificationIds()).toEqual([`exchanges:${accountId}:${newest}`]);
  });
});

describe('payouts', () => {
  it('a payout turning paid: one payout notification, the popup chip says paid', async () => {
    const h = await start();
    const { accountId } = await h.connectAndSync();
    const system = 'Тест-Банк RUB';
    const { added } = await h.control<{ added: ApiWithdrawal }>('POST', 'payouts', { amount: '50.25', name: system });
    await h.syncByAlarm(accountId);
    expect((await h.notificationIds()).filter((id) => id.startsWith('payout:'))).toEqual([]);

    const paid = await h.control<{ payout: ApiWithdrawal }>('POST', `payouts/${added.id}/pay`);
    expect(paid.payout.attributes.payout_status).toBe('paid');
    await h.syncByAlarm(accountId);
    // (The request itself was announced by the sync before: e2e/alerts.e2e.ts.)
    const paidIds = () => h.notificationIds().then((list) => list.filter((id) => id.startsWith('payout:')));
    const ids = await h.until(paidIds, (list) => list.length > 0, 'the payout notification');
    expect(ids).toEqual([`payout:${accountId}:${added.id}:paid`]);

    // Another sync with nothing new shows nothing more.
    await h.syncByAlarm(accountId);
    expect(await paidIds()).toEqual(ids);

    const popup = await h.openPopup();
    const row = popup.getByRole('listitem').filter({ hasText: system });
    await expect.poll(() => row.count()).toBe(1);
    const paidText = inLocale(h.lang, () => tPopupDetails('paid'));
    await expect.poll(() => row.getByText(paidText, { exact: true }).count()).toBe(1);
  });
});

describe('service worker restart', () => {
  it('keeps the badge count and the seen state, and shows no notification twice', async () => {
    const h = await start();
    const { accountId } = await h.connectAndSync();
    const first = await addExchanges(h, 3);
    await h.syncByAlarm(accountId);
    await h.until(() => h.badge(), (text) => text === '3', 'badge "3"');
    expect(await h.notificationIds()).toHaveLength(3);

    // The user dismisses the notifications; a restart must not bring them back.
    await h.sw.evaluate(async () => {
      for (const id of Object.keys(await chrome.notifications.getAll())) await chrome.notifications.clear(id);
    });
    // A marker in the worker's memory proves the restart really gave a new worker.
    await h.sw.evaluate(() => void ((globalThis as { e2eMarker?: number }).e2eMarker = 1));
    await h.browser.restartServiceWorker();
    expect(await h.sw.evaluate(() => (globalThis as { e2eMarker?: number }).e2eMarker)).toBeUndefined();
    await h.until(() => h.badge(), (text) => text === '3', 'badge "3" after the restart');
    await h.syncByAlarm(accountId);
    expect(await h.badge()).toBe('3');
    expect(await h.notificationIds()).toEqual([]);

    // Two more after the restart: counted on top, notified once each (only the new ones).
    const second = await addExchanges(h, 2);
    await h.syncByAlarm(accountId);
    await h.until(() => h.badge(), (text) => text === '5', 'badge "5"');
    expect(byId(await h.notificationIds())).toEqual(byId(second.map((e) => `exchange:${accountId}:${e.id}`)));

    // Seen in the popup, then another restart: still seen.
    const popup = await h.openPopup();
    await h.until(() => h.badge(), (text) => text === '', 'the badge to clear');
    await expect.poll(() => newRows(h, popup).count()).toBe(first.length + second.length);
    await popup.close();
    await h.browser.restartServiceWorker();
    await h.syncByAlarm(accountId);
    expect(await h.badge()).toBe('');
    expect(await h.notificationIds()).toEqual([]);
  });
});

declare const chrome: typeof import('@wxt-dev/browser').Browser;
