import { describe, expect, it } from 'vitest';
import { PAYMENT_SYSTEMS, seedData } from '../../../scripts/mock-server/data';
import { MockStore } from '../../../scripts/mock-server/store';
import { withFloatNoise } from '../../../scripts/mock-server/views';

const START = Date.UTC(2025, 5, 1, 12, 0);
const seeded = (over: Partial<Parameters<typeof seedData>[0]> = {}) =>
  seedData({ seed: 1, exchanges: 5, withdrawals: 45, startedAt: START, ...over });
const allExchanges = (d: ReturnType<typeof seedData>) =>
  Array.from({ length: d.exchangeCount }, (_, i) => d.exchangeAt(i + 1));

describe('mock seeded data', () => {
  it('is the same for the same seed and differs for another', () => {
    const a = seeded();
    const b = seeded();
    expect(allExchanges(a)).toEqual(allExchanges(b));
    expect(a.payouts).toEqual(b.payouts);
    expect(a.referralHash).toBe(b.referralHash);
    expect(allExchanges(seeded({ seed: 2 }))).not.toEqual(allExchanges(a));
  });

  it('makes realistic exchanges: 12.40–480.00, 13-digit order ids, newer ids are newer', () => {
    const rows = allExchanges(seeded({ exchanges: 2000 }));
    const bad = rows.filter((r) => r.amountCents < 1240 || r.amountCents > 48_000 || !/^\d{13}$/.test(String(r.orderId)) || r.createdAt >= START);
    expect(bad).toEqual([]);
    const unordered = rows.filter((r, i) => i > 0 && (r.createdAt <= rows[i - 1]!.createdAt || r.orderId <= rows[i - 1]!.orderId));
    expect(unordered).toEqual([]);
    const amounts = new Set(rows.map((r) => r.amountCents));
    expect(amounts.size).toBeGreaterThan(1000); // varied, not a constant
  });

  it('mixes paid and unpaid payouts whose sum never exceeds the earnings', () => {
    for (const seed of [1, 2, 3, 42, 1000]) {
      for (const exchanges of [1, 5, 300]) {
        const d = seeded({ seed, exchanges });
        const statuses = new Set(d.payouts.map((p) => p.paid));
        expect(statuses).toEqual(new Set([true, false]));
        expect(d.payouts.reduce((s, p) => s + p.amountCents, 0)).toBeLessThanOrEqual(d.earnedCents);
        expect(d.payouts.every((p) => p.amountCents >= 1 && PAYMENT_SYSTEMS.includes(p.name as never))).toBe(true);
        expect(d.payouts.at(-1)!.paid).toBe(false); // the newest request is still pending
      }
    }
  });

  it('has no payouts when nothing was earned', () => {
    expect(seeded({ exchanges: 0 }).payouts).toEqual([]);
  });

  it('builds 10 000 exchanges lazily: any id on demand, identical to a full pass', () => {
    const d = seeded({ exchanges: 10_000 });
    expect(d.exchangeAt(7321)).toEqual(seeded({ exchanges: 10_000 }).exchangeAt(7321));
    expect(allExchanges(d).reduce((s, r) => s + r.amountCents, 0)).toBe(d.earnedCents);
  });
});

describe('mock store', () => {
  const store = () => new MockStore({ seed: 1, exchanges: 5, withdrawals: 45, startedAt: START }, () => START + 1000);

  it('adds exchanges with the next id, newest first, raising the earnings', () => {
    const s = store();
    const before = s.totals().earnedCents;
    const row = s.addExchange(10_000);
    expect(row.id).toBe(6);
    expect(row.createdAt).toBe(START + 1000);
    expect(row.orderId).toBeGreaterThan(s.exchangeAt(5)!.orderId);
    expect(s.exchangesNewestFirst(0, 2).map((r) => r.id)).toEqual([6, 5]);
    expect(s.totals().earnedCents).toBe(before + 10_000);
  });

  it('keeps the balance = earnings − requested payouts and refuses payouts above it', () => {
    const s = store();
    const t = s.totals();
    expect(s.balanceCents()).toBe(t.earnedCents - t.requestedCents);
    expect(s.addPayout(s.balanceCents() + 1).ok).toBe(false);
    const added = s.addPayout(100, 'USDT TRC20');
    expect(added.ok && added.value).toMatchObject({ id: 46, amountCents: 100, paid: false, name: 'USDT TRC20' });
    expect(s.balanceCents()).toBe(t.earnedCents - t.requestedCents - 100);
  });

  it('pays a payout, counts it as withdrawn, and reset restores the seed', () => {
    const s = store();
    const unpaid = s.payoutsNewestFirst().find((p) => !p.paid)!;
    const paidBefore = s.totals().paidCents;
    expect(s.pay(unpaid.id)?.paid).toBe(true);
    expect(s.totals().paidCents).toBe(paidBefore + unpaid.amountCents);
    expect(s.pay(9999)).toBeUndefined();
    s.addExchange();
    s.reset();
    expect(s.exchangeCount()).toBe(5);
    expect(s.totals().paidCents).toBe(paidBefore);
  });
});

describe('mock float noise', () => {
  it('prints lifetime earnings like the product (PHP precision 14 of a float32)', () => {
    expect(withFloatNoise(190.36)).toBe(190.36000061035);
    expect(Math.round(withFloatNoise(2_460_123.45) * 100) / 100).toBe(2_460_123.45);
  });
});
