/**
 * zod schemas of the three partner API responses (see shared/api/CONTRACT.md).
 * They are the single source of the data types: each schema parses the API's
 * loose JSON and transforms it into the record the extension stores.
 * Unknown keys are dropped (zod's default), never an error.
 */
import { z } from 'zod';

/** A decimal given as a number or a numeric string ("1190.36"). */
const looseNumber = z.union([
  z.number(),
  z.string().trim().regex(/^-?\d+(\.\d+)?$/, 'expected a decimal number').transform(Number),
]);

/** An exact decimal kept as text (withdrawal amounts): "1190.36" stays "1190.36". */
const exactDecimal = z.union([
  z.string().trim().regex(/^-?\d+(\.\d+)?$/, 'expected a decimal string'),
  z.number().transform((n) => String(n)),
]);

const idSchema = z.union([z.number().int(), z.string().regex(/^\d+$/).transform(Number)]);

export const summarySchema = z
  .object({
    type: z.string().optional(),
    attributes: z.object({
      percent_referral: looseNumber,
      count_referral: looseNumber,
      iso_code: z.string(),
      referral_hash: z.string().nullable().optional(),
      balance: looseNumber,
      totals: z.object({ balance: looseNumber, withdrawal: looseNumber }),
    }),
  })
  .transform(({ attributes: a }) => ({
    percent: a.percent_referral,
    referrals: a.count_referral,
    currency: a.iso_code.toLowerCase(),
    referralHash: a.referral_hash ?? null,
    balance: a.balance,
    totalEarned: a.totals.balance,
    totalWithdrawn: a.totals.withdrawal,
  }));

export const exchangeItemSchema = z
  .object({
    id: idSchema,
    attributes: z.object({
      status: z.string().default('referral'),
      created_at: z.string(),
      amount: looseNumber,
      currency: z.string(),
      order_id: z.union([z.number(), z.string()]).transform(String),
    }),
  })
  .transform(({ id, attributes: a }) => ({
    id,
    orderId: a.order_id,
    amount: a.amount,
    currency: a.currency.toLowerCase(),
    status: a.status,
    createdText: a.created_at,
  }));

export const withdrawalItemSchema = z
  .object({
    id: idSchema,
    attributes: z.object({
      created_at: z.string(),
      payout_status: z.string(),
      charged_amount: z.object({ amount: exactDecimal, currency: z.string(), name: z.string().default('') }),
    }),
  })
  .transform(({ id, attributes: a }) => ({
    id,
    createdText: a.created_at,
    status: a.payout_status,
    amount: a.charged_amount.amount,
    currency: a.charged_amount.currency.toUpperCase(),
    system: a.charged_amount.name,
  }));

/** Laravel "simple" pagination envelope: no total, no last page. */
const pageOf = <T extends z.ZodType>(item: T) =>
  z.object({
    data: z.array(item),
    links: z.object({ next: z.string().nullable().optional() }).optional(),
    meta: z.object({ current_page: z.number().optional(), per_page: looseNumber.optional() }).optional(),
  });

export const exchangesPageSchema = pageOf(exchangeItemSchema);
export const withdrawalsPageSchema = pageOf(withdrawalItemSchema);

export type Summary = z.output<typeof summarySchema>;
export type ApiExchange = z.output<typeof exchangeItemSchema>;
export type ApiWithdrawal = z.output<typeof withdrawalItemSchema>;
export type ExchangesPage = z.output<typeof exchangesPageSchema>;
export type WithdrawalsPage = z.output<typeof withdrawalsPageSchema>;
