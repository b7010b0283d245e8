/**
 * What the extension stores, as zod schemas (types via z.infer). Pages import
 * these as types only (`import type`), so zod stays out of the popup bundle.
 */
import { z } from 'zod/mini';
import { POLL_MAX, POLL_MIN } from './poll-interval';
import { apiErrorSchema, errorContextSchema } from './api/errors';

export const layoutSchema = z.enum(['v2', 'v3private']);

export const accountSchema = z.object({
  id: z.string(),
  /** Normalised origin, e.g. "https://exchanger.example" (utils/api/address.ts). */
  origin: z.string(),
  layout: layoutSchema,
  key: z.string(),
  /** Shown in the popup and tooltips; defaults to the host. */
  label: z.string(),
  addedAt: z.number(),
});

export const settingsSchema = z.object({
  pollMinutes: z.int().check(z.minimum(POLL_MIN), z.maximum(POLL_MAX)),
  notifyExchanges: z.boolean(),
  notifyPayouts: z.boolean(),
  csvSeparator: z.enum([',', ';']),
});

export const summaryRecordSchema = z.object({
  percent: z.number(),
  referrals: z.number(),
  currency: z.string(),
  referralHash: z.nullable(z.string()),
  balance: z.number(),
  totalEarned: z.number(),
  totalWithdrawn: z.number(),
});

export const exchangeRecordSchema = z.object({
  id: z.number(),
  orderId: z.string(),
  amount: z.number(),
  currency: z.string(),
  status: z.string(),
  /** The API's own relative text ("3 недели назад"): the only time it gives. */
  createdText: z.string(),
  /** When this extension first saw the id (epoch ms). */
  firstSeenAt: z.number(),
  /** True when the extension saw it arrive; false for history found on the first sync. */
  live: z.boolean(),
});

export const withdrawalRecordSchema = z.object({
  id: z.number(),
  createdText: z.string(),
  /** "paid" | "unpaid" on known installs; kept as text for unknown ones. */
  status: z.string(),
  /** Exact decimal string, never rounded. */
  amount: z.string(),
  currency: z.string(),
  /** Payment system ("Сбербанк RUB"). */
  system: z.string(),
  firstSeenAt: z.number(),
});

export const syncErrorSchema = z.intersection(
  apiErrorSchema,
  z.extend(errorContextSchema, { at: z.number() }),
);

export const balancePointSchema = z.object({ at: z.number(), balance: z.number() });

/** The small per-account item the popup reads on open (one storage read). */
export const accountCacheSchema = z.object({
  summary: z.nullable(summaryRecordSchema),
  /** Newest first, at most RECENT_LIMIT. */
  recentExchanges: z.array(exchangeRecordSchema),
  recentWithdrawals: z.array(withdrawalRecordSchema),
  exchangeCount: z.number(),
  withdrawalCount: z.number(),
  /** Exchanges seen arriving (not history), newest first, capped: the badge counts those after `seen.seenAt`. */
  arrivals: z.array(z.object({ id: z.number(), at: z.number() })),
  /** One point per balance change, oldest first, capped. */
  history: z.array(balancePointSchema),
  /** Whether every page of each list has been walked at least once (CSV needs it). */
  complete: z.object({ exchanges: z.boolean(), withdrawals: z.boolean() }),
  lastSyncAt: z.nullable(z.number()),
  lastSuccessAt: z.nullable(z.number()),
  lastError: z.nullable(syncErrorSchema),
  /** Consecutive failures, when the next attempt may run, and whether polling waits for new settings (401/403). */
  backoff: z.object({ failures: z.number(), nextAttemptAt: z.nullable(z.number()), paused: z.boolean() }),
});

export const seenStateSchema = z.object({ seenAt: z.number() });

export const leaseSchema = z.object({ owner: z.string(), expiresAt: z.number() });

export type Layout = z.infer<typeof layoutSchema>;
export type Account = z.infer<typeof accountSchema>;
export type Settings = z.infer<typeof settingsSchema>;
export type SummaryRecord = z.infer<typeof summaryRecordSchema>;
export type ExchangeRecord = z.infer<typeof exchangeRecordSchema>;
export type WithdrawalRecord = z.infer<typeof withdrawalRecordSchema>;
export type SyncError = z.infer<typeof syncErrorSchema>;
export type BalancePoint = z.infer<typeof balancePointSchema>;
export type AccountCache = z.infer<typeof accountCacheSchema>;
export type SeenState = z.infer<typeof seenStateSchema>;
export type Lease = z.infer<typeof leaseSchema>;
