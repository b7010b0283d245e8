/**
 * zod schemas of the three partner API responses (see docs/api/CONTRACT.md).
 * They are the single source of the data types: each schema parses the API's
 * loose JSON and transforms it into the record the extension stores.
 * Unknown keys are dropped (zod's default), never an error.
 * zod/mini, not classic zod: its functional API tree-shakes, keeping the background under its 40 KB gzip budget.
 */
import { z } from 'zod/mini';

const DECIMAL = /^-?\d+(\.\d+)?$/;

/** zod's preprocess, which zod/mini lacks: the same pipe of a transform into a schema. */
const preprocess = <T extends z.ZodMiniType>(fn: (value: unknown) => unknown, schema: T) =>
  z.pipe(z.transform(fn), schema);

/**
 * A number given as a number or a numeric string ("1190.36"). A preprocess
 * rather than a union, so a drifted field reports "expected number", not "Invalid input".
 */
const looseNumber = preprocess(
  (value) => (typeof value === 'string' && DECIMAL.test(value.trim()) ? Number(value) : value),
  z.number(),
);

/** An exact decimal kept as text (payout amounts): "1190.36" stays "1190.36"; a number becomes its text. */
const exactDecimal = preprocess(
  (value) => (typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : value),
  z.string().check(z.regex(DECIMAL, 'expected a decimal string')),
);

/** Row ids: integers, tolerated as digit strings. */
const idSchema = preprocess(
  (value) => (typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value),
  z.int().check(z.nonnegative()),
);

/** order_id: an integer (often a 13-digit public id) or a string; kept as text. */
const orderId = preprocess((value) => (typeof value === 'number' ? String(value) : value), z.string());

const summaryBody = z.object({
  type: z.optional(z.string()),
  attributes: z.object({
    percent_referral: looseNumber,
    count_referral: looseNumber,
    iso_code: z.string(),
    referral_hash: z.optional(z.nullable(z.string())),
    balance: looseNumber,
    totals: z.object({ balance: looseNumber, withdrawal: looseNumber }),
  }),
});

export const summarySchema = z.pipe(
  summaryBody,
  z.transform(({ attributes: a }: z.output<typeof summaryBody>) => ({
    percent: a.percent_referral,
    referrals: a.count_referral,
    currency: a.iso_code.toLowerCase(),
    referralHash: a.referral_hash ?? null,
    balance: a.balance,
    totalEarned: a.totals.balance,
    totalPaidOut: a.totals.withdrawal,
  })),
);

const exchangeItemBody = z.object({
  id: idSchema,
  attributes: z.object({
    status: z._default(z.string(), 'referral'),
    created_at: z.string(),
    amount: looseNumber,
    currency: z.string(),
    order_id: orderId,
  }),
});

export const exchangeItemSchema = z.pipe(
  exchangeItemBody,
  z.transform(({ id, attributes: a }: z.output<typeof exchangeItemBody>) => ({
    id,
    orderId: a.order_id,
    amount: a.amount,
    currency: a.currency.toLowerCase(),
    status: a.status,
    createdText: a.created_at,
  })),
);

const payoutItemBody = z.object({
  id: idSchema,
  attributes: z.object({
    created_at: z.string(),
    payout_status: z.string(),
    charged_amount: z.object({ amount: exactDecimal, currency: z.string(), name: z._default(z.string(), '') }),
  }),
});

export const payoutItemSchema = z.pipe(
  payoutItemBody,
  z.transform(({ id, attributes: a }: z.output<typeof payoutItemBody>) => ({
    id,
    createdText: a.created_at,
    status: a.payout_status,
    amount: a.charged_amount.amount,
    currency: a.charged_amount.currency.toUpperCase(),
    system: a.charged_amount.name,
  })),
);

/**
 * Laravel "simple" pagination envelope: no total, no last page. `links` is
 * required: without `links.next` nobody can tell whether more pages exist.
 * Extra meta (summary, filters on newer installs) is dropped.
 */
const pageOf = <T extends z.ZodMiniType>(item: T) =>
  z.object({
    data: z.array(item),
    links: z.object({ next: z._default(z.nullable(z.string()), null) }),
    meta: z.optional(z.object({ current_page: z.optional(looseNumber), per_page: z.optional(looseNumber) })),
  });

export const exchangesPageSchema = pageOf(exchangeItemSchema);
export const payoutsPageSchema = pageOf(payoutItemSchema);

export type Summary = z.output<typeof summarySchema>;
export type ApiExchange = z.output<typeof exchangeItemSchema>;
export type ApiPayout = z.output<typeof payoutItemSchema>;
export type ExchangesPage = z.output<typeof exchangesPageSchema>;
export type PayoutsPage = z.output<typeof payoutsPageSchema>;

/**
 * The first problem of a failed parse as "attributes.balance: expected number":
 * the schema's path and our own wording only, never the server's values.
 */
export function describeIssues(error: z.core.$ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid body';
  const path = issue.path.map(String).join('.') || '(root)';
  return `${path}: ${problem(issue)}`;
}

/** zod/mini loads no locale (every default message is "Invalid input"), so the wording is ours. */
function problem(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${issue.expected}`;
    case 'too_small':
      return `expected ${issue.origin} ${issue.inclusive ? '>=' : '>'} ${issue.minimum}`;
    case 'too_big':
      return `expected ${issue.origin} ${issue.inclusive ? '<=' : '<'} ${issue.maximum}`;
    default:
      return issue.message;
  }
}
