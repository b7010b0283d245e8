/**
 * The API's JSON shapes (CONTRACT.md) built from the store's records:
 * the summary, exchange items, payout items, and the extra keys newer
 * installs add (which clients must ignore).
 */
import type { ExchangeRecord, PayoutRecord } from './data';
import type { MockStore } from './store';
import { relativeTime, serverDateTime, type MockLocale } from './texts';

export interface ViewOptions {
  locale: MockLocale;
  extraKeys: boolean;
  now: number;
}

/**
 * Lifetime earnings come from a FLOAT column on real sites and are printed
 * with PHP's 14 significant digits: 190.36 → 190.36000061035. Where float32
 * would be off by more than the noise (large sums), only the fraction is
 * rounded through float32, so the figure stays within a kopeck of the truth.
 */
export function withFloatNoise(value: number): number {
  const single = Math.fround(value);
  const fraction = value % 1;
  const noisy = Math.abs(single - value) < 0.0005 ? single : value - fraction + Math.fround(fraction);
  return Number(noisy.toPrecision(14));
}

export function summaryBody(store: MockStore, view: ViewOptions) {
  const totals = store.totals();
  const attributes = {
    percent_referral: store.percent,
    count_referral: store.referrals,
    iso_code: 'rub',
    referral_hash: store.referralHash,
    balance: store.balanceCents() / 100,
    totals: { balance: withFloatNoise(totals.earnedCents / 100), withdrawal: totals.paidCents / 100 },
  };
  if (!view.extraKeys) return { type: 'referral', attributes };
  return {
    type: 'referral',
    attributes: {
      ...attributes,
      program: {
        name: view.locale === 'ru' ? 'Партнерская программа' : 'Partner program',
        kind: 'percent_of_profit',
        levels: 1,
        min_payout: 500,
      },
      stats: {
        exchanges: store.exchangeCount(),
        payouts: store.payoutCount(),
        pending_payouts: (totals.requestedCents - totals.paidCents) / 100,
      },
      currency: { iso_code: 'RUB', symbol: '₽', precision: 2 },
    },
  };
}

export function exchangeItem(row: ExchangeRecord, view: ViewOptions) {
  return {
    id: row.id,
    type: 'referral_charge',
    attributes: {
      status: 'referral',
      created_at: relativeTime(view.now - row.createdAt, view.locale),
      amount: row.amountCents / 100,
      currency: 'rub',
      order_id: row.orderId,
    },
  };
}

export function payoutItem(row: PayoutRecord, view: ViewOptions) {
  return {
    id: row.id,
    type: 'referral_charge',
    attributes: {
      created_at: serverDateTime(row.createdAt, view.locale),
      payout_status: row.paid ? 'paid' : 'unpaid',
      charged_amount: { amount: (row.amountCents / 100).toFixed(2), currency: 'RUB', name: row.name },
    },
  };
}

/** meta.summary and meta.filters of newer installs; filters echo the query, nothing is filtered. */
export function extraListMeta(list: 'exchanges' | 'withdrawals', store: MockStore, query: URLSearchParams) {
  const value = (name: string) => query.get(name) || null;
  const totals = store.totals();
  if (list === 'exchanges') {
    return {
      summary: { count: store.exchangeCount(), amount: totals.earnedCents / 100, currency: 'rub' },
      filters: { from: value('from'), to: value('to'), min_bonus: value('min_bonus'), max_bonus: value('max_bonus') },
    };
  }
  return {
    summary: { count: store.payoutCount(), paid: totals.paidCents / 100, unpaid: (totals.requestedCents - totals.paidCents) / 100 },
    filters: { from: value('from'), to: value('to'), status: value('status') ?? 'all', min_amount: value('min_amount'), max_amount: value('max_amount') },
  };
}
