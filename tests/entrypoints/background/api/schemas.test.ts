import { describe, expect, it } from 'vitest';
import type { z } from 'zod/mini';
import {
  describeIssues,
  exchangesPageSchema,
  summarySchema,
  payoutsPageSchema,
} from '../../../../entrypoints/background/api/schemas';

// The sample bodies of docs/api/CONTRACT.md and the official "Партнерская программа" page, verbatim.
const SUMMARY = `{"type":"referral","attributes":{"percent_referral":0.5,"count_referral":2,"iso_code":"rub",
 "referral_hash":"Gz","balance":1190.36,"totals":{"balance":190.36000061035,"withdrawal":0}}}`;
const EXCHANGES = `{
    "data": [{"id": 2, "type": "referral_charge", "attributes": {"status": "referral", "created_at": "3 недели назад",
      "amount": 95.18, "currency": "rub", "order_id": 1713350854300}}],
    "links": {"first": "{ваш_домен}/api/v2/account/partner/exchanges?page=1", "last": null, "prev": null, "next": null},
    "meta": {"current_page": 1, "from": 1, "path": "{ваш_домен}/api/v2/account/partner/exchanges", "per_page": 20, "to": 2}
}`;
const WITHDRAWALS = `{
    "data": [{"id": 1, "type": "referral_charge", "attributes": {"created_at": "11 мая 2024 09:42", "payout_status": "unpaid",
      "charged_amount": {"amount": "1190.36", "currency": "RUB", "name": "Сбербанк RUB"}}}],
    "links": {"first": "{ваш_домен}/api/v2/account/partner/withdrawal?page=1", "last": null, "prev": null, "next": null},
    "meta": {"current_page": 1, "from": 1, "path": "{ваш_домен}/api/v2/account/partner/withdrawal", "per_page": 20, "to": 1}
}`;

const json = (text: string) => JSON.parse(text) as Record<string, unknown>;
/** A deep copy of `base` with `edit` applied, for drift cases. */
function drifted(text: string, edit: (body: any) => void): unknown {
  const body = json(text);
  edit(body);
  return body;
}
function failure(schema: z.ZodMiniType, body: unknown): string {
  const result = schema.safeParse(body);
  expect(result.success).toBe(false);
  return describeIssues(result.error!);
}

describe('summary schema', () => {
  it('parses the contract sample into the stored record', () => {
    expect(summarySchema.parse(json(SUMMARY))).toEqual({
      percent: 0.5,
      referrals: 2,
      currency: 'rub',
      referralHash: 'Gz',
      balance: 1190.36,
      totalEarned: 190.36000061035, // never rounded in storage
      totalPaidOut: 0,
    });
  });

  it('accepts a null referral_hash and newer installs’ extra keys', () => {
    const body = drifted(SUMMARY, (b) => {
      b.attributes.referral_hash = null;
      b.attributes.program = { name: 'x' };
      b.stats = { clicks: 3 };
      b.currency = 'RUB';
    });
    const summary = summarySchema.parse(body);
    expect(summary.referralHash).toBeNull();
    expect(Object.keys(summary).sort()).toEqual(
      ['balance', 'currency', 'percent', 'referralHash', 'referrals', 'totalEarned', 'totalPaidOut'].sort(),
    );
  });

  it('accepts numbers sent as numeric strings, and upper-case currency codes', () => {
    const body = drifted(SUMMARY, (b) => {
      b.attributes.balance = '1190.36';
      b.attributes.iso_code = 'RUB';
    });
    expect(summarySchema.parse(body)).toMatchObject({ balance: 1190.36, currency: 'rub' });
  });

  it('names the path of a missing or mistyped field', () => {
    expect(failure(summarySchema, drifted(SUMMARY, (b) => delete b.attributes.balance))).toBe(
      'attributes.balance: expected number',
    );
    expect(failure(summarySchema, drifted(SUMMARY, (b) => (b.attributes.balance = 'a lot')))).toBe(
      'attributes.balance: expected number',
    );
    expect(failure(summarySchema, drifted(SUMMARY, (b) => (b.attributes.totals.withdrawal = null)))).toBe(
      'attributes.totals.withdrawal: expected number',
    );
    expect(failure(summarySchema, drifted(SUMMARY, (b) => delete b.attributes))).toBe('attributes: expected object');
    expect(failure(summarySchema, [])).toBe('(root): expected object');
  });
});

describe('exchanges page schema', () => {
  it('parses the contract sample', () => {
    expect(exchangesPageSchema.parse(json(EXCHANGES))).toEqual({
      data: [
        { id: 2, orderId: '1713350854300', amount: 95.18, currency: 'rub', status: 'referral', createdText: '3 недели назад' },
      ],
      links: { next: null },
      meta: { current_page: 1, per_page: 20 },
    });
  });

  it('accepts order_id as a string, a missing status, and extra meta', () => {
    const body = drifted(EXCHANGES, (b) => {
      b.data[0].attributes.order_id = 'A-1713350854300';
      delete b.data[0].attributes.status;
      b.meta.summary = { total: 5, sum: 10.5 };
      b.meta.filters = { from: null, to: null };
      b.links.next = 'https://exchanger.example/api/v2/account/partner/exchanges?page=2';
    });
    const page = exchangesPageSchema.parse(body);
    expect(page.data[0]).toMatchObject({ orderId: 'A-1713350854300', status: 'referral' });
    expect(page.meta).toEqual({ current_page: 1, per_page: 20 });
    expect(page.links.next).toBe('https://exchanger.example/api/v2/account/partner/exchanges?page=2');
  });

  it('accepts an empty page past the end (from/to null) and a page without meta', () => {
    const empty = drifted(EXCHANGES, (b) => {
      b.data = [];
      b.meta.from = null;
      b.meta.to = null;
    });
    expect(exchangesPageSchema.parse(empty).data).toEqual([]);
    const bare = drifted(EXCHANGES, (b) => delete b.meta);
    expect(exchangesPageSchema.parse(bare).meta).toBeUndefined();
  });

  it('names the failing item and field', () => {
    expect(failure(exchangesPageSchema, drifted(EXCHANGES, (b) => delete b.data[0].attributes.amount))).toBe(
      'data.0.attributes.amount: expected number',
    );
    expect(failure(exchangesPageSchema, drifted(EXCHANGES, (b) => (b.data[0].id = 2.5)))).toMatch(/^data\.0\.id: /);
    expect(failure(exchangesPageSchema, drifted(EXCHANGES, (b) => delete b.data))).toBe('data: expected array');
  });

  it('requires links: without links.next nobody knows whether more pages exist', () => {
    expect(failure(exchangesPageSchema, drifted(EXCHANGES, (b) => delete b.links))).toBe('links: expected object');
  });
});

describe('payouts page schema', () => {
  it('parses the contract sample and keeps the amount exact', () => {
    expect(payoutsPageSchema.parse(json(WITHDRAWALS)).data).toEqual([
      { id: 1, createdText: '11 мая 2024 09:42', status: 'unpaid', amount: '1190.36', currency: 'RUB', system: 'Сбербанк RUB' },
    ]);
  });

  it('keeps decimal strings exactly as sent, even beyond float precision', () => {
    const body = drifted(WITHDRAWALS, (b) => (b.data[0].attributes.charged_amount.amount = '12345678901234567.10'));
    expect(payoutsPageSchema.parse(body).data[0]?.amount).toBe('12345678901234567.10');
  });

  it('accepts a numeric amount, a lower-case currency and a missing payment system name', () => {
    const body = drifted(WITHDRAWALS, (b) => {
      b.data[0].attributes.charged_amount = { amount: 50.5, currency: 'usdt' };
    });
    expect(payoutsPageSchema.parse(body).data[0]).toMatchObject({ amount: '50.5', currency: 'USDT', system: '' });
  });

  it('names the failing field', () => {
    expect(
      failure(payoutsPageSchema, drifted(WITHDRAWALS, (b) => delete b.data[0].attributes.charged_amount.amount)),
    ).toBe('data.0.attributes.charged_amount.amount: expected string');
    expect(
      failure(payoutsPageSchema, drifted(WITHDRAWALS, (b) => (b.data[0].attributes.charged_amount.amount = '1,5'))),
    ).toBe('data.0.attributes.charged_amount.amount: expected a decimal string');
  });
});
