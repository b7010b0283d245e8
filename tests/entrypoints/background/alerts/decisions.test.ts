/** The alerts' pure decisions: threshold crossing once, rate change once, payout request → paid, never on a first sync. */
import { describe, expect, it } from 'vitest';
import { crossedMinimum } from '../../../../entrypoints/background/alerts/threshold';
import { rateChange } from '../../../../entrypoints/background/alerts/rates';
import { newPayouts, payoutSteps } from '../../../../entrypoints/background/alerts/payout-steps';
import { shouldPlaySound } from '../../../../entrypoints/background/alerts/sound';
import { syncChanges } from '../../../../entrypoints/background/alerts/changes';
import { emptyCache, type SummaryRecord } from '../../../../utils/model';

/** Balances of successive syncs → the syncs after which the alert fires (each compares with the one before). */
function firings(balances: number[], minimum: number | null): number[] {
  return balances.flatMap((after, i) => (crossedMinimum(i === 0 ? null : balances[i - 1]!, after, minimum) ? [i] : []));
}

describe('minimum withdrawal crossed', () => {
  it('fires once when the balance crosses upward, not while it stays above', () => {
    expect(firings([1200, 1800, 2100, 2500, 3000], 2000)).toEqual([2]);
  });

  it('reaching the minimum exactly counts', () => {
    expect(firings([1999.99, 2000], 2000)).toEqual([1]);
  });

  it('fires again only after the balance fell below and crossed again', () => {
    expect(firings([1500, 2100, 2200, 900, 1900, 2050, 2400], 2000)).toEqual([1, 5]);
  });

  it('never on the first sync, even when the balance is already above', () => {
    expect(firings([5000, 6000], 2000)).toEqual([]);
    expect(crossedMinimum(null, 5000, 2000)).toBe(false);
  });

  it('never without a minimum (none set, zero, negative)', () => {
    for (const minimum of [null, 0, -5]) expect(firings([0, 100, 3000], minimum)).toEqual([]);
  });

  it('a minimum lowered below the balance does not fire (the balance did not move)', () => {
    expect(crossedMinimum(1500, 1500, 1000)).toBe(false);
  });
});

const summary = (patch: Partial<SummaryRecord> = {}): SummaryRecord => ({
  percent: 0.5, referrals: 12, currency: 'RUB', referralHash: 'ab', balance: 100, totalEarned: 500, totalPaidOut: 400, ...patch,
});

describe('rate change', () => {
  it('none on the first sync', () => {
    expect(rateChange(null, summary())).toBeNull();
  });

  it('none when percent and referrals are the same (the balance moving is no rate change)', () => {
    expect(rateChange(summary(), summary({ balance: 999 }))).toBeNull();
  });

  it('the percent, the referral count, or both, with before and after', () => {
    expect(rateChange(summary(), summary({ percent: 0.7 }))).toEqual({ percent: { before: 0.5, after: 0.7 }, referrals: null });
    expect(rateChange(summary(), summary({ referrals: 13 }))).toEqual({ percent: null, referrals: { before: 12, after: 13 } });
    expect(rateChange(summary(), summary({ percent: 0.4, referrals: 11 }))).toEqual({
      percent: { before: 0.5, after: 0.4 }, referrals: { before: 12, after: 11 },
    });
  });

  it('once per change: successive syncs each compare with the one before', () => {
    const syncs = [summary(), summary({ percent: 0.7 }), summary({ percent: 0.7 }), summary({ percent: 0.7 })];
    const changes = syncs.map((s, i) => (i === 0 ? rateChange(null, s) : rateChange(syncs[i - 1]!, s)));
    expect(changes.map((c) => c !== null)).toEqual([false, true, false, false]);
  });
});

const payout = (id: number, status: string, amount = '500.00') => ({ id, status, amount, currency: 'RUB' });

describe('payout steps', () => {
  it('a payout not stored before is new; one stored is not; duplicates count once', () => {
    const head = [payout(9, 'unpaid'), payout(8, 'paid'), payout(9, 'unpaid'), payout(7, 'paid')];
    expect(newPayouts([{ id: 7 }], head).map((p) => p.id)).toEqual([9, 8]);
  });

  it('new unpaid rows are requests (oldest first); new paid rows are paid at once', () => {
    const steps = payoutSteps([payout(11, 'unpaid'), payout(10, 'unpaid'), payout(9, 'paid')], false);
    expect(steps.requested.map((p) => p.id)).toEqual([10, 11]);
    expect(steps.paidAtOnce.map((p) => p.id)).toEqual([9]);
  });

  it('an unknown status is neither a request nor paid', () => {
    expect(payoutSteps([payout(5, 'rejected')], false)).toEqual({ requested: [], paidAtOnce: [] });
  });

  it('nothing on the first sync (the whole list is history)', () => {
    expect(payoutSteps([payout(2, 'unpaid'), payout(1, 'paid')], true)).toEqual({ requested: [], paidAtOnce: [] });
  });
});

describe('sound', () => {
  const on = { sound: true, notifyExchanges: true };
  it('plays for a sync with arrivals when switched on', () => {
    expect(shouldPlaySound({ first: false, arrivals: [1, 2, 3] }, on)).toBe(true);
  });

  it('not when off (the default), not without bonus notifications, not without arrivals, never on the first sync', () => {
    expect(shouldPlaySound({ first: false, arrivals: [1] }, { ...on, sound: false })).toBe(false);
    expect(shouldPlaySound({ first: false, arrivals: [1] }, { ...on, notifyExchanges: false })).toBe(false);
    expect(shouldPlaySound({ first: false, arrivals: [] }, on)).toBe(false);
    expect(shouldPlaySound({ first: true, arrivals: [1, 2] }, on)).toBe(false);
  });
});

describe('syncChanges', () => {
  const cacheAt = (lastSuccessAt: number | null, balance = 100) => ({ ...emptyCache(), summary: summary({ balance }), lastSuccessAt });

  it('the summaries before and after, and the payouts not stored by a committed sync', () => {
    const changes = syncChanges(cacheAt(1000, 100), cacheAt(2000, 300), [{ id: 1, firstSeenAt: 500 }], [payout(2, 'unpaid'), payout(1, 'paid')]);
    expect(changes.before?.balance).toBe(100);
    expect(changes.after?.balance).toBe(300);
    expect(changes.newPayouts.map((p) => p.id)).toEqual([2]);
  });

  it('a payout stored by a sync whose cache never landed (the worker stopped between the writes) is still new', () => {
    const changes = syncChanges(cacheAt(1000), cacheAt(2000), [{ id: 2, firstSeenAt: 1500 }], [payout(2, 'unpaid')]);
    expect(changes.newPayouts.map((p) => p.id)).toEqual([2]);
  });
});
