import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  GROUP_ABOVE, clearExchangeNotifications, isExchangeNotification, notificationAccount, notificationsFor, showNotifications, type SyncReport,
} from '../../../entrypoints/background/notify';
import { noChanges } from '../../../entrypoints/background/alerts/changes';
import { setLocale } from '../../../utils/i18n';
import type { ExchangeRecord, PayoutRecord } from '../../../utils/model';

/** Intl separates digits and currency with no-break spaces; compare them as plain spaces. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');
const plainSpecs = (specs: { id: string; title: string; message: string }[]) => specs.map((s) => ({ ...s, message: plain(s.message) }));

const on = { notifyExchanges: true, notifyPayouts: true };
const exchange = (id: number, amount = 95.18, currency = 'rub'): ExchangeRecord => ({
  id, orderId: String(1713350854300 + id - 1), amount, currency, status: 'referral', createdText: 'now', firstSeenAt: 1, live: true,
});
const payout = (id: number): PayoutRecord => ({
  id, createdText: '11 May 2024 09:42', status: 'paid', amount: '1190.36', currency: 'RUB', system: 'Sber', firstSeenAt: 1,
});
const report = (patch: Partial<SyncReport>): SyncReport => ({ accountId: 'acc', label: 'shop.example', first: false, arrivals: [], paid: [], changes: noChanges(), ...patch });

describe('notificationsFor', () => {
  it('one notification per new exchange, up to three, with stable ids', () => {
    setLocale('ru');
    const specs = notificationsFor(report({ arrivals: [exchange(3), exchange(2), exchange(1)] }), on);
    expect(specs.map((s) => s.id)).toEqual(['exchange:acc:3', 'exchange:acc:2', 'exchange:acc:1']);
    expect(plainSpecs(specs)[2]).toEqual({ id: 'exchange:acc:1', title: 'shop.example', message: '+95,18 ₽ — реферальный бонус, заявка 1713350854300' });
    setLocale('en');
    expect(plain(notificationsFor(report({ arrivals: [exchange(1)] }), on)[0]!.message)).toBe('+₽95.18 referral bonus — order 1713350854300');
  });

  it(`more than ${GROUP_ABOVE} in one sync become one grouped notification with the sum`, () => {
    setLocale('ru');
    const arrivals = [5, 4, 3, 2, 1].map((id) => exchange(id));
    const specs = notificationsFor(report({ arrivals }), on);
    expect(plainSpecs(specs)).toEqual([{ id: 'exchanges:acc:5', title: 'shop.example', message: '5 новых реферальных бонусов, +475,90 ₽' }]);
    setLocale('en');
    expect(plain(notificationsFor(report({ arrivals }), on)[0]!.message)).toBe('5 new referral bonuses, +₽475.90');
  });

  it('a grouped notification with mixed currencies gives the count only', () => {
    const arrivals = [exchange(4), exchange(3, 1, 'usd'), exchange(2), exchange(1)];
    expect(notificationsFor(report({ arrivals }), on)[0]!.message).toBe('4 new referral bonuses');
  });

  it('a payout turned paid', () => {
    setLocale('ru');
    expect(plainSpecs(notificationsFor(report({ paid: [payout(7)] }), on))).toEqual([
      { id: 'payout:acc:7:paid', title: 'shop.example', message: 'Выплата 1 190,36 ₽ выполнена' },
    ]);
  });

  it('respects the settings, and never notifies about a first sync', () => {
    const r = report({ arrivals: [exchange(1)], paid: [payout(7)] });
    expect(notificationsFor(r, { notifyExchanges: false, notifyPayouts: true }).map((s) => s.id)).toEqual(['payout:acc:7:paid']);
    expect(notificationsFor(r, { notifyExchanges: true, notifyPayouts: false }).map((s) => s.id)).toEqual(['exchange:acc:1']);
    expect(notificationsFor({ ...r, first: true }, on)).toEqual([]);
  });
});

describe('notification ids', () => {
  it('name their account', () => {
    expect(notificationAccount('exchange:acc-1:5')).toBe('acc-1');
    expect(notificationAccount('exchanges:acc-1:5')).toBe('acc-1');
    expect(notificationAccount('payout:acc-1:5:paid')).toBe('acc-1');
    expect(notificationAccount('something-else')).toBeNull();
    expect(isExchangeNotification('exchange:a:1', 'a')).toBe(true);
    expect(isExchangeNotification('payout:a:1:paid', 'a')).toBe(false);
    expect(isExchangeNotification('exchange:ab:1', 'a')).toBe(false);
  });
});

describe('show and clear', () => {
  it('creates basic notifications with the extension icon; showing one again replaces it', async () => {
    const specs = notificationsFor(report({ arrivals: [exchange(2), exchange(1)], paid: [payout(7)] }), on);
    await showNotifications(specs);
    await showNotifications(specs);
    const all = await fakeBrowser.notifications.getAll();
    expect(Object.keys(all).sort()).toEqual(['exchange:acc:1', 'exchange:acc:2', 'payout:acc:7:paid']);
    expect(all['exchange:acc:2']).toMatchObject({ type: 'basic', iconUrl: 'chrome-extension://test-extension-id/icon/128.png', title: 'shop.example' });
    await clearExchangeNotifications('acc');
    expect(Object.keys(await fakeBrowser.notifications.getAll())).toEqual(['payout:acc:7:paid']);
  });
});
