/** Every field's limit (issue 14): what breaks one fails with "<field>: <rule>", never the value. */
import { describe, expect, it } from 'vitest';
import type { z } from 'zod/mini';
import {
  describeIssues, exchangesPageSchema, payoutsPageSchema, summarySchema,
} from '../../../../entrypoints/background/api/schemas';
import { MAX_MONEY } from '../../../../entrypoints/background/api/limits';

const summary = (attributes: Record<string, unknown>) => ({
  type: 'referral',
  attributes: {
    percent_referral: 0.5, count_referral: 2, iso_code: 'rub', referral_hash: 'Gz', balance: 1190.36,
    totals: { balance: 190.36, withdrawal: 0 }, ...attributes,
  },
});
const exchanges = (attributes: Record<string, unknown>, id: unknown = 2) => ({
  data: [{ id, attributes: { status: 'referral', created_at: '3 недели назад', amount: 95.18, currency: 'rub', order_id: 1713350854300, ...attributes } }],
  links: { next: null },
});
const payouts = (charged: Record<string, unknown>, attributes: Record<string, unknown> = {}) => ({
  data: [{ id: 1, attributes: { created_at: '11 мая 2024 09:42', payout_status: 'unpaid', charged_amount: { amount: '1190.36', currency: 'RUB', name: 'Сбербанк RUB', ...charged }, ...attributes } }],
  links: { next: null },
});

function refused(schema: z.ZodMiniType, body: unknown, detail: string, value?: string): void {
  const result = schema.safeParse(body);
  expect(result.success).toBe(false);
  const text = describeIssues(result.error!);
  expect(text).toBe(detail);
  if (value) expect(text).not.toContain(value);
}
const ok = (schema: z.ZodMiniType, body: unknown) => expect(schema.safeParse(body).success).toBe(true);

describe('summary limits', () => {
  it('currency: a short code only, never a sentence', () => {
    const evil = 'PAY-ATTENTION-VISIT-EVIL.EXAMPLE';
    refused(summarySchema, summary({ iso_code: evil }), 'attributes.iso_code: expected at most 10 characters', evil);
    refused(summarySchema, summary({ iso_code: 'RU B' }), 'attributes.iso_code: expected a currency code of 2–10 letters or digits');
    refused(summarySchema, summary({ iso_code: 'r' }), 'attributes.iso_code: expected a currency code of 2–10 letters or digits');
    refused(summarySchema, summary({ iso_code: '1RUB' }), 'attributes.iso_code: expected a currency code of 2–10 letters or digits');
    ok(summarySchema, summary({ iso_code: 'USDTTRC20' }));
    expect(summarySchema.parse(summary({ iso_code: 'RUB' })).currency).toBe('rub');
  });

  it('referral_hash: at most 128 characters', () => {
    ok(summarySchema, summary({ referral_hash: 'x'.repeat(128) }));
    refused(summarySchema, summary({ referral_hash: 'x'.repeat(129) }), 'attributes.referral_hash: expected at most 128 characters');
  });

  it('percent_referral: 0–100', () => {
    ok(summarySchema, summary({ percent_referral: 100 }));
    ok(summarySchema, summary({ percent_referral: 0 }));
    refused(summarySchema, summary({ percent_referral: 1e308 }), 'attributes.percent_referral: expected number <= 100');
    refused(summarySchema, summary({ percent_referral: -0.5 }), 'attributes.percent_referral: expected number >= 0');
  });

  it('count_referral: a whole number ≥ 0', () => {
    refused(summarySchema, summary({ count_referral: -2 }), 'attributes.count_referral: expected number >= 0');
    refused(summarySchema, summary({ count_referral: 2.5 }), 'attributes.count_referral: expected int');
    refused(summarySchema, summary({ count_referral: 1e300 }), 'attributes.count_referral: expected int <= 9007199254740991');
  });

  it('money: finite and within ±10^13; a negative balance is allowed, negative totals are not', () => {
    expect(summarySchema.parse(summary({ balance: -15.5 })).balance).toBe(-15.5);
    ok(summarySchema, summary({ balance: MAX_MONEY }));
    refused(summarySchema, summary({ balance: 1e308 }), 'attributes.balance: expected number <= 10000000000000');
    refused(summarySchema, summary({ balance: -1e308 }), 'attributes.balance: expected number >= -10000000000000');
    refused(summarySchema, summary({ totals: { balance: -1, withdrawal: 0 } }), 'attributes.totals.balance: expected number >= 0');
    refused(summarySchema, summary({ totals: { balance: 1, withdrawal: 1e20 } }), 'attributes.totals.withdrawal: expected number <= 10000000000000');
  });

  it('numeric strings: plain decimals only, no spaces or exponents', () => {
    expect(summarySchema.parse(summary({ balance: '-1190.36' })).balance).toBe(-1190.36);
    for (const value of [' 1190.36', '1190.36 ', '1 190.36', '1e3', '+5', 'Infinity', '0x10']) {
      refused(summarySchema, summary({ balance: value }), 'attributes.balance: expected number');
    }
  });
});

describe('exchange row limits', () => {
  it('ids: safe integers ≥ 0, 2^53−1 included', () => {
    expect(exchangesPageSchema.parse(exchanges({}, Number.MAX_SAFE_INTEGER)).data[0]?.id).toBe(Number.MAX_SAFE_INTEGER);
    expect(exchangesPageSchema.parse(exchanges({}, '9007199254740991')).data[0]?.id).toBe(Number.MAX_SAFE_INTEGER);
    refused(exchangesPageSchema, exchanges({}, '9007199254740992'), 'data.0.id: expected int <= 9007199254740991');
    refused(exchangesPageSchema, exchanges({}, '18446744073709551616'), 'data.0.id: expected number');
    refused(exchangesPageSchema, exchanges({}, 2 ** 53), 'data.0.id: expected int <= 9007199254740991');
    refused(exchangesPageSchema, exchanges({}, -1), 'data.0.id: expected number >= 0');
    refused(exchangesPageSchema, exchanges({}, ' 7'), 'data.0.id: expected number');
  });

  it('order_id: ≤ 64 printable characters, or a whole number', () => {
    expect(exchangesPageSchema.parse(exchanges({ order_id: 'A-17' })).data[0]?.orderId).toBe('A-17');
    refused(exchangesPageSchema, exchanges({ order_id: '9'.repeat(65) }), 'data.0.attributes.order_id: expected at most 64 characters');
    refused(exchangesPageSchema, exchanges({ order_id: 'a b' }), 'data.0.attributes.order_id: expected printable characters without spaces');
    refused(exchangesPageSchema, exchanges({ order_id: '' }), 'data.0.attributes.order_id: expected at least 1 characters');
    refused(exchangesPageSchema, exchanges({ order_id: 1e300 }), 'data.0.attributes.order_id: expected string');
  });

  it('created_at ≤ 64, status ≤ 32, currency a code, amount within ±10^13', () => {
    refused(exchangesPageSchema, exchanges({ created_at: 'x'.repeat(65) }), 'data.0.attributes.created_at: expected at most 64 characters');
    refused(exchangesPageSchema, exchanges({ status: 'x'.repeat(33) }), 'data.0.attributes.status: expected at most 32 characters');
    refused(exchangesPageSchema, exchanges({ currency: 'r.ub' }), 'data.0.attributes.currency: expected a currency code of 2–10 letters or digits');
    refused(exchangesPageSchema, exchanges({ amount: 1e14 }), 'data.0.attributes.amount: expected number <= 10000000000000');
    expect(exchangesPageSchema.parse(exchanges({ amount: -95.18 })).data[0]?.amount).toBe(-95.18);
  });

  it('links.next ≤ 2048 characters', () => {
    refused(exchangesPageSchema, { ...exchanges({}), links: { next: `https://x.example/${'a'.repeat(2048)}` } }, 'links.next: expected at most 2048 characters');
  });
});

describe('payout row limits', () => {
  it('name ≤ 100, amount ≤ 32 characters of plain decimal, currency a code', () => {
    ok(payoutsPageSchema, payouts({ name: 'x'.repeat(100) }));
    refused(payoutsPageSchema, payouts({ name: 'x'.repeat(101) }), 'data.0.attributes.charged_amount.name: expected at most 100 characters');
    refused(payoutsPageSchema, payouts({ amount: '1'.repeat(33) }), 'data.0.attributes.charged_amount.amount: expected at most 32 characters');
    refused(payoutsPageSchema, payouts({ amount: ' 1190.36' }), 'data.0.attributes.charged_amount.amount: expected a decimal string');
    refused(payoutsPageSchema, payouts({ amount: 1e300 }), 'data.0.attributes.charged_amount.amount: expected a decimal string');
    refused(payoutsPageSchema, payouts({ currency: 'US DT' }), 'data.0.attributes.charged_amount.currency: expected a currency code of 2–10 letters or digits');
    refused(payoutsPageSchema, payouts({}, { payout_status: 'x'.repeat(33) }), 'data.0.attributes.payout_status: expected at most 32 characters');
    expect(payoutsPageSchema.parse(payouts({ currency: 'usdt' })).data[0]?.currency).toBe('USDT');
  });
});
