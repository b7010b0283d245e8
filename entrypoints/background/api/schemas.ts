/**
 * zod schemas of the three partner API responses (see docs/api/CONTRACT.md).
 * They are the single source of the data types: each schema parses the API's
 * loose JSON and transforms it into the record the extension stores.
 * Unknown keys are dropped (zod's default), never an error.
 * Every field has a limit (./limits.ts: lengths, currency pattern, number ranges), so what a site
 * sends cannot grow without bound; breaking one is a badResponse naming the field and the rule.
 * zod/mini, not classic zod: its functional API tree-shakes, keeping the background under its 40 KB gzip budget.
 */
import { z } from 'zod/mini';
import {
  count, currency, exactDecimal, id as idSchema, MAX_LENGTH, orderId, percent, signedMoney, text, totalMoney,
} from './limits';

const { referralHash, name, createdText, status, url, type } = MAX_LENGTH;

const summaryBody = z.object({
  type: z.optional(text(type)),
  attributes: z.object({
    percent_referral: percent(),
    count_referral: count(),
    iso_code: currency(),
    referral_hash: z.optional(z.nullable(text(referralHash))),
    balance: signedMoney(),
    totals: z.object({ balance: totalMoney(), withdrawal: totalMoney() }),
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
  id: idSchema(),
  attributes: z.object({
    status: z._default(text(status), 'referral'),
    created_at: text(createdText),
    amount: signedMoney(),
    currency: currency(),
    order_id: orderId(),
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
  id: idSchema(),
  attributes: z.object({
    created_at: text(createdText),
    payout_status: text(status),
    charged_amount: z.object({ amount: exactDecimal(), currency: currency(), name: z._default(text(name), '') }),
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
    links: z.object({ next: z._default(z.nullable(text(url)), null) }),
    meta: z.optional(z.object({ current_page: z.optional(count()), per_page: z.optional(count()) })),
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

/** Whether a failed parse broke one of ./limits.ts's limits (a length, a range, a pattern) rather than a field's type. */
export function brokeLimit(error: z.core.$ZodError): boolean {
  const code = error.issues[0]?.code;
  return code === 'too_big' || code === 'too_small' || code === 'invalid_format';
}

/** zod/mini loads no locale (every default message is "Invalid input"), so the wording is ours. */
function problem(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${issue.expected}`;
    case 'too_small':
      if (issue.origin === 'string') return `expected at least ${issue.minimum} characters`;
      return `expected ${issue.origin} ${issue.inclusive ? '>=' : '>'} ${issue.minimum}`;
    case 'too_big':
      if (issue.origin === 'string') return `expected at most ${issue.maximum} characters`;
      return `expected ${issue.origin} ${issue.inclusive ? '<=' : '<'} ${issue.maximum}`;
    default:
      return issue.message;
  }
}
