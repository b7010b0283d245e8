import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { HISTORY_VERSION, historyReady, migrateHistory } from '../../../entrypoints/background/migrate-history';
import * as history from '../../../utils/storage/history';
import { storedExchanges, storedPayouts } from '../../history';
import type { Account, ExchangeRecord, PayoutRecord } from '../../../utils/model';

const account = (id: string): Account => ({ id, origin: `https://${id}.example`, layout: 'v2', key: 'k', label: id, addedAt: 1 });
const exchange = (id: number): ExchangeRecord =>
  ({ id, orderId: `${id}`, amount: 1.5, currency: 'rub', status: 'referral', createdText: '3 дня назад', firstSeenAt: 1_000 + id, live: id % 2 === 0 });
const payout = (id: number): PayoutRecord =>
  ({ id, createdText: '11 мая 2024 09:42', status: id % 3 ? 'paid' : 'unpaid', amount: '10.00', currency: 'RUB', system: 'Сбер', firstSeenAt: 5_000 + id });

/** A version-1 profile: the full histories as lists in storage.local. */
async function oldProfile() {
  const exchanges = Array.from({ length: 10_000 }, (_, i) => exchange(10_000 - i));
  const payouts = Array.from({ length: 500 }, (_, i) => payout(500 - i));
  await fakeBrowser.storage.local.set({ accounts: [account('a'), account('b')], 'exchanges:a': exchanges, 'withdrawals:a': payouts, 'exchanges:b': [] });
  return { exchanges, payouts };
}

describe('moving the histories from storage.local to IndexedDB', () => {
  it('10 000 exchanges and 500 payouts: every row and first-seen time arrives, then the old keys go', async () => {
    const { exchanges, payouts } = await oldProfile();
    expect(await migrateHistory()).toBe(true);
    expect(await storedExchanges('a')).toEqual(exchanges);
    expect(await storedPayouts('a')).toEqual(payouts);
    expect(await fakeBrowser.storage.local.get(['exchanges:a', 'withdrawals:a', 'exchanges:b'])).toEqual({});
    expect((await fakeBrowser.storage.local.get('historyVersion')).historyVersion).toBe(HISTORY_VERSION);
    // Done once: the next start reads nothing old.
    const put = vi.spyOn(history, 'putRows');
    expect(await migrateHistory()).toBe(true);
    expect(put).not.toHaveBeenCalled();
  });

  it('a failed copy leaves the old lists in place and is retried at the next start', async () => {
    const { exchanges } = await oldProfile();
    const put = vi.spyOn(history, 'putRows').mockRejectedValueOnce(new Error('QuotaExceededError'));
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(await migrateHistory()).toBe(false);
    expect(((await fakeBrowser.storage.local.get('exchanges:a'))['exchanges:a'] as unknown[]).length).toBe(10_000);
    expect((await fakeBrowser.storage.local.get('historyVersion')).historyVersion).toBeUndefined();
    expect(String(warn.mock.calls[0]?.[0])).toContain('will be retried');
    put.mockRestore();
    expect(await historyReady()).toBe(true);
    expect(await storedExchanges('a')).toEqual(exchanges);
    expect(await fakeBrowser.storage.local.get('exchanges:a')).toEqual({});
  });

  it('a copy that does not check out keeps the old list', async () => {
    await oldProfile();
    vi.spyOn(history, 'storedIds').mockResolvedValue(new Map());
    expect(await migrateHistory()).toBe(false);
    expect(((await fakeBrowser.storage.local.get('exchanges:a'))['exchanges:a'] as unknown[]).length).toBe(10_000);
  });
});
