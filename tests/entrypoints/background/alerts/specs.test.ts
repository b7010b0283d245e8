/** The notifications the alerts build from a sync's report: ids, texts, switches, order, first sync. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { alertSpecs } from '../../../../entrypoints/background/alerts/specs';
import { notificationAccount, type SyncReport } from '../../../../entrypoints/background/notify';
import { siteToOpen } from '../../../../entrypoints/background/alerts/click';
import { setLocale } from '../../../../utils/i18n';
import type { Account, SummaryRecord } from '../../../../utils/model';

const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');
const summary = (patch: Partial<SummaryRecord> = {}): SummaryRecord => ({
  percent: 0.5, referrals: 12, currency: 'RUB', referralHash: 'ab', balance: 1500, totalEarned: 5000, totalPaidOut: 3500, ...patch,
});
const report = (patch: Partial<SyncReport['changes']> = {}, first = false): SyncReport => ({
  accountId: 'acc', label: 'shop.example', first, arrivals: [], paid: [],
  changes: { before: summary(), after: summary(), newPayouts: [], ...patch },
});
const all = { notifyPayouts: true, notifyPayoutRequests: true, notifyRates: true, notifyThreshold: true };
const min = { minWithdrawal: 2000 };

beforeEach(() => setLocale('en'));
afterEach(() => setLocale(null));

describe('alertSpecs', () => {
  it('nothing when nothing changed', () => {
    expect(alertSpecs(report(), all, min)).toEqual([]);
  });

  it('the minimum withdrawal reached: one notification that says what to do', () => {
    const specs = alertSpecs(report({ after: summary({ balance: 2100 }) }), all, min);
    expect(specs.map((s) => s.id)).toEqual(['threshold:acc']);
    expect(plain(specs[0]!.message)).toBe('Your balance ₽2,100.00 has reached the minimum withdrawal of ₽2,000.00: you can request a payout now. Click to open the site.');
    expect(notificationAccount(specs[0]!.id)).toBe('acc');
  });

  it('in Russian too', () => {
    setLocale('ru');
    const [spec] = alertSpecs(report({ after: summary({ balance: 2100 }) }), all, min);
    expect(plain(spec!.message)).toBe('Баланс 2 100,00 ₽ достиг минимальной суммы вывода 2 000,00 ₽: можно заказать выплату. Нажмите, чтобы открыть сайт.');
  });

  it('rates: one notification naming what changed, its id carrying the new values', () => {
    const specs = alertSpecs(report({ after: summary({ percent: 0.75, referrals: 13 }) }), all, min);
    expect(specs.map((s) => s.id)).toEqual(['rates:acc:0.75:13']);
    expect(specs[0]!.message).toBe('Partner percent changed: 0.5 % → 0.75 %. Referrals: 12 → 13.');
  });

  it('payout request seen, and a new row already paid', () => {
    const newPayouts = [{ id: 8, status: 'unpaid', amount: '700.50', currency: 'RUB' }, { id: 7, status: 'paid', amount: '10', currency: 'RUB' }];
    const specs = alertSpecs(report({ newPayouts }), all, min);
    expect(specs.map((s) => s.id)).toEqual(['request:acc:8', 'payout:acc:7:paid']);
    expect(plain(specs[0]!.message)).toBe('Payout request of ₽700.50 seen (awaiting payment). You will be told when it is paid.');
  });

  it('each behind its own switch', () => {
    const changes = {
      after: summary({ balance: 2100, percent: 1 }),
      newPayouts: [{ id: 8, status: 'unpaid', amount: '1', currency: 'RUB' }, { id: 7, status: 'paid', amount: '1', currency: 'RUB' }],
    };
    const ids = (settings: typeof all) => alertSpecs(report(changes), settings, min).map((s) => s.id.split(':')[0]);
    expect(ids(all)).toEqual(['request', 'payout', 'threshold', 'rates']);
    expect(ids({ ...all, notifyPayoutRequests: false })).toEqual(['payout', 'threshold', 'rates']);
    expect(ids({ ...all, notifyPayouts: false })).toEqual(['request', 'threshold', 'rates']);
    expect(ids({ ...all, notifyThreshold: false })).toEqual(['request', 'payout', 'rates']);
    expect(ids({ ...all, notifyRates: false })).toEqual(['request', 'payout', 'threshold']);
    expect(alertSpecs(report(changes), all, { minWithdrawal: null }).map((s) => s.id.split(':')[0])).toEqual(['request', 'payout', 'rates']);
  });

  it('nothing at all on a first sync', () => {
    const changes = { before: null, after: summary({ balance: 9000 }), newPayouts: [{ id: 1, status: 'unpaid', amount: '1', currency: 'RUB' }] };
    expect(alertSpecs(report(changes, true), all, min)).toEqual([]);
  });
});

describe('a click on an alert', () => {
  const account: Account = { id: 'acc', origin: 'https://shop.example', layout: 'v2', key: 'k', label: 'Shop', addedAt: 1 };
  it('"request a payout now" opens the account\'s site; other notifications do not', () => {
    expect(siteToOpen('threshold:acc', [account])).toBe('https://shop.example');
    expect(siteToOpen('threshold:gone', [account])).toBeNull();
    expect(siteToOpen('request:acc:8', [account])).toBeNull();
    expect(siteToOpen('exchange:acc:1', [account])).toBeNull();
  });
});
