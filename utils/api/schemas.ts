/**
 * zod schemas of the three partner API responses (see shared/api/CONTRACT.md).
 * They are the single source of the data types: each schema parses the API's
 * loose JSON and transforms it into the record the extension stores.
 * Unknown keys are dropped (zod's default), never an error.
 */
import { z } from 'zod';

const DECIMAL = /^-?\d+(\.\d+)?$/;

/**
 * A number given as a number or a numeric string ("1190.36"). A preprocess
 * rather than a union, so a drifted field reports "expected number", not "Invalid input".
 */
const looseNumber = z.preprocess(
  (value) => (typeof value === 'string' && DECIMAL.test(value.trim()) ? Number(value) : value),
  z.number(),
);

/** An exact decimal kept as text (withdrawal amounts): "1190.36" stays "1190.36"; a number becomes its text. */
const exactDecimal = z.preprocess(
  (value) => (typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : value),
  z.string().regex(DECIMAL, 'expected a decimal string'),
);

/** Row ids: integers, tolerated as digit strings. */
const idSchema = z.preprocess(
  (value) => (typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value),
  z.number().int().nonnegative(),
);

/** order_id: an integer (often a 13-digit public id) or a string; kept as text. */
const orderId = z.preprocess((value) => (typeof value === 'number' ? String(value) : value), z.string());

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
      order_id: orderId,
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

/**
 * Laravel "simple" pagination envelope: no total, no last page. `links` is
 * required: without `links.next` nobody can tell whether more pages exist.
 * Extra meta (summary, filters on newer installs) is dropped.
 */
const pageOf = <T extends z.ZodType>(item: T) =>
  z.object({
    data: z.array(item),
    links: z.object({ next: z.string().nullable().default(null) }),
    meta: z.object({ current_page: looseNumber.optional(), per_page: looseNumber.optional() }).optional(),
  });

export const exchangesPageSchema = pageOf(exchangeItemSchema);
export const withdrawalsPageSchema = pageOf(withdrawalItemSchema);

export type Summary = z.output<typeof summarySchema>;
export type ApiExchange = z.output<typeof exchangeItemSchema>;
export type ApiWithdrawal = z.output<typeof withdrawalItemSchema>;
export type ExchangesPage = z.output<typeof exchangesPageSchema>;
export type WithdrawalsPage = z.output<typeof withdrawalsPageSchema>;

/**
 * The first problem of a failed parse as "attributes.balance: expected number":
 * the schema's path and our own wording only, never the server's values.
 */
export function describeIssues(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid body';
  const path = issue.path.map(String).join('.') || '(root)';
  return `${path}: ${issue.code === 'invalid_type' ? `expected ${issue.expected}` : issue.message}`;
}
