import { describe, expect, it } from 'vitest';
import { browser } from 'wxt/browser';
import { announceSync, readAlertInputs } from '../../../../entrypoints/background/alerts/announce';
import { noChanges } from '../../../../entrypoints/background/alerts/changes';
import type { SyncReport } from '../../../../entrypoints/background/notify';
import { DEFAULT_SETTINGS, settingsItem } from '../../../../utils/storage/items';
import type { ExchangeRecord } from '../../../../utils/model';

const arrival: ExchangeRecord = { id: 7, orderId: '1001', amount: 95.18, currency: 'rub', status: 'referral', createdText: 'now', firstSeenAt: 1, live: true };
const report: SyncReport = { accountId: 'acc', label: 'shop.example', first: false, arrivals: [arrival], paid: [], changes: noChanges() };
const shown = async () => Object.keys(await browser.notifications.getAll());

describe('announceSync', () => {
  it('uses the settings read when the sync started (while the site answered)', async () => {
    await settingsItem.set({ ...DEFAULT_SETTINGS, notifyExchanges: false });
    const early = readAlertInputs('acc', 1_000);
    await settingsItem.set({ ...DEFAULT_SETTINGS, notifyExchanges: true });
    await announceSync(report, early, 1_500);
    expect(await shown()).toEqual([]);
  });

  it('reads them again after a long sync (a history walk): a switch turned on meanwhile counts', async () => {
    await settingsItem.set({ ...DEFAULT_SETTINGS, notifyExchanges: false });
    const early = readAlertInputs('acc', 1_000);
    await settingsItem.set({ ...DEFAULT_SETTINGS, notifyExchanges: true });
    await announceSync(report, early, 60_000);
    expect(await shown()).toEqual(['exchange:acc:7']);
  });
});
