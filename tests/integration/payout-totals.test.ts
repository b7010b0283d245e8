/**
 * The figures under the balance on the real mock over HTTP: after a sync, available + awaiting +
 * paid = earned, computed from the stored payouts (the mock's `totals.withdrawal` counts paid requests).
 */
import { describe, expect, it } from 'vitest';
import { runSyncs, refresh } from '../../entrypoints/background/sync/run';
import { cacheItem } from '../../utils/storage/items';
import { control, storeAccount, useMockServer } from './mock';

const server = useMockServer({ withdrawals: 45 });

interface MockPayout { id: number; attributes: { payout_status: string; charged_amount: { amount: string } } }
interface MockState { summary: { attributes: { balance: number; totals: { balance: number; withdrawal: number } } }; withdrawals: MockPayout[] }

const cents = (amount: string | number) => Math.round(Number(amount) * 100);
const sumCents = (rows: MockPayout[], status: string) =>
  rows.filter((p) => p.attributes.payout_status === status).reduce((sum, p) => sum + cents(p.attributes.charged_amount.amount), 0);

async function figures() {
  const cache = (await cacheItem('acc').get())!;
  const totals = cache.payoutTotals!;
  const { balance, totalEarned } = cache.summary!;
  return { totals, available: cents(balance), earned: cents(totalEarned), awaiting: cents(totals.awaiting), paid: cents(totals.paid) };
}

describe('payout totals on the mock', () => {
  it('available + awaiting + paid = earned, with the sums and counts of the site’s own list', async () => {
    await storeAccount(server);
    await runSyncs();
    const f = await figures();
    const state = await control<MockState>(server, 'GET', '/__mock/state');
    const unpaid = state.withdrawals.filter((p) => p.attributes.payout_status === 'unpaid');
    expect(unpaid.length).toBeGreaterThan(0);
    expect(f.totals).toMatchObject({ awaitingCount: unpaid.length, siteCounts: 'paid', gap: '0.00' });
    expect(f.awaiting).toBe(sumCents(state.withdrawals, 'unpaid'));
    expect(f.paid).toBe(sumCents(state.withdrawals, 'paid'));
    expect(f.paid).toBe(cents(state.summary.attributes.totals.withdrawal));
    expect(f.available + f.awaiting + f.paid).toBe(f.earned);
  });

  it('still adds up after a new request and after the site pays one', async () => {
    await storeAccount(server);
    await runSyncs();
    const before = await figures();
    const { added } = await control<{ added: { id: number } }>(server, 'POST', '/__mock/payouts', { amount: 10 });
    await refresh({ accountId: 'acc' });
    const requested = await figures();
    expect(requested.totals.awaitingCount).toBe(before.totals.awaitingCount + 1);
    expect(requested.awaiting).toBe(before.awaiting + 1000);
    expect(requested.available).toBe(before.available - 1000);
    expect(requested.available + requested.awaiting + requested.paid).toBe(requested.earned);

    await control(server, 'POST', `/__mock/payouts/${added.id}/pay`);
    await refresh({ accountId: 'acc' });
    const paid = await figures();
    expect(paid.awaiting).toBe(before.awaiting);
    expect(paid.paid).toBe(before.paid + 1000);
    expect(paid.available + paid.awaiting + paid.paid).toBe(paid.earned);
  });
});
