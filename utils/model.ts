/**
 * What the extension stores, as zod schemas (types via z.infer). Pages import these as types only
 * (`import type`), so zod stays out of the popup bundle; the background parses what it reads with
 * them (entrypoints/background/store.ts).
 *
 * Glossary: one word per concept, in code, storage, tests and texts.
 * - account: one connected exchange site (its origin, API key, label).
 * - summary: the site's partner summary (balance, percent, referral count, lifetime totals).
 * - exchange: one row of the referral exchanges list, the bonus the partner earned on one exchange
 *   made by a referred user (texts call it a "referral bonus").
 * - payout: one request to pay the balance out (the API's v2 path and totals say "withdrawal").
 * - history: rows found on an account's first sync or by walking deeper; never announced.
 * - arrival: an exchange first seen by a later sync: the extension saw it appear.
 * - seen mark: when the user last looked at an account (markSeen); unseen = arrivals after it.
 *   The badge counts unseen arrivals; the popup marks them "new" while it stays open.
 * - sync: one round of requests for an account; refresh: a sync the user (or the popup) asked for.
 */
import { z } from 'zod/mini';
import { POLL_MAX, POLL_MIN } from './poll-interval';
import { apiErrorSchema, errorContextSchema } from './errors';

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
  /** A payout request marked paid by the site. */
  notifyPayouts: z.boolean(),
  /** A new payout request seen (awaiting payment). */
  notifyPayoutRequests: z.boolean(),
  /** The partner percent or the referral count changed. */
  notifyRates: z.boolean(),
  /** The balance reached the account's minimum withdrawal (prefs:<id>). */
  notifyThreshold: z.boolean(),
  /** A short sound with a new-bonus notification (off by default). */
  sound: z.boolean(),
  /** What the toolbar icon shows: unseen new bonuses, today's earnings, or nothing. */
  badgeShows: z.enum(['new', 'today', 'none']),
  csvSeparator: z.enum([',', ';']),
});

/** Per-account choices the API has no field for (entered in the options page; all optional). */
export const accountPrefsSchema = z.object({
  /** The site's minimum payout, in the account's currency. */
  minWithdrawal: z.nullable(z.number()),
  /** A monthly earnings goal, in the account's currency. */
  monthlyGoal: z.nullable(z.number()),
  /** The partner's referral link, pasted from the site's cabinet (checked to be on the account's site). */
  referralLink: z.nullable(z.string()),
});

export const summaryRecordSchema = z.object({
  percent: z.number(),
  referrals: z.number(),
  currency: z.string(),
  referralHash: z.nullable(z.string()),
  balance: z.number(),
  totalEarned: z.number(),
  totalPaidOut: z.number(),
});

/** 'exact': to the minute or the poll interval; else the relative text's unit ("3 weeks ago" → 'week'). */
export const createdPrecisionSchema = z.enum(['exact', 'hour', 'day', 'week', 'month', 'year']);

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
  /** When the exchange was made (epoch ms), estimated once from `createdText` when first stored
   *  (entrypoints/background/dates/record-dates.ts); null when the text could not be read. Absent
   *  on rows stored before dates existed. */
  createdAt: z.optional(z.nullable(z.number())),
  /** How exact `createdAt` is: the width of the interval the text allows (see createdPrecisionSchema). */
  createdPrecision: z.optional(z.nullable(createdPrecisionSchema)),
});

export const payoutRecordSchema = z.object({
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
  /** `createdText` parsed (the site's wall clock read in the browser's zone), epoch ms; null when
   *  unparsable, absent on rows stored before dates existed. */
  createdAt: z.optional(z.nullable(z.number())),
});

export const syncErrorSchema = z.intersection(
  apiErrorSchema,
  z.extend(errorContextSchema, { at: z.number() }),
);

/**
 * The payout figures the popup shows under the balance, summed by the background at each sync from
 * the stored payouts list (exact decimals), and what they say about the site's own totals
 * (entrypoints/background/sync/payout-totals.ts).
 */
export const payoutTotalsSchema = z.object({
  /** Unpaid requests: their exact decimal sum and how many. */
  awaiting: z.string(),
  awaitingCount: z.number(),
  /** Paid out in total as shown: the site's `totals.withdrawal`, less the awaiting sum when it counts requests. */
  paid: z.string(),
  /** The stored list's paid requests: exact sum and count. */
  listedPaid: z.string(),
  listedPaidCount: z.number(),
  /** What the site's paid-out total counts, by comparison with the list: paid requests only, every
   *  request (paid and awaiting), or unknown (the list is not whole yet, or it matches neither). */
  siteCounts: z.enum(['paid', 'requested', 'unknown']),
  /** Payouts in another currency than the account's (paid out through a system in its own currency):
   *  left out of the sums, so nothing is claimed about the site's figures while there are any. */
  otherCurrencyCount: z.number(),
  /** earned − (available + awaiting + paid): "0" when they add up (within rounding), null while the
   *  payouts history is not whole or some payouts are in another currency. */
  gap: z.nullable(z.string()),
});

export const balancePointSchema = z.object({ at: z.number(), balance: z.number() });

/** The small per-account item the popup reads on open (one storage read). */
export const accountCacheSchema = z.object({
  summary: z.nullable(summaryRecordSchema),
  /** Newest first, at most RECENT_LIMIT. */
  recentExchanges: z.array(exchangeRecordSchema),
  recentPayouts: z.array(payoutRecordSchema),
  exchangeCount: z.number(),
  payoutCount: z.number(),
  /** Arrivals, newest first, capped: the badge counts those after the seen mark. */
  arrivals: z.array(z.object({ id: z.number(), at: z.number() })),
  /** One point per balance change, oldest first, capped. */
  history: z.array(balancePointSchema),
  /** Whether each list's whole history is stored (an export needs it; until then figures are partial). */
  complete: z.object({ exchanges: z.boolean(), payouts: z.boolean() }),
  /** The page where the next sync resumes walking an incomplete history (null: nothing to resume). */
  resume: z.object({ exchanges: z.nullable(z.number()), payouts: z.nullable(z.number()) }),
  /** The account reached the most rows it may store (MAX_ROWS): newer rows are no longer kept. */
  full: z.boolean(),
  /** Sums of the stored payouts and whether the site's figures add up (null before the first sync). */
  payoutTotals: z.nullable(payoutTotalsSchema),
  lastSyncAt: z.nullable(z.number()),
  lastSuccessAt: z.nullable(z.number()),
  lastError: z.nullable(syncErrorSchema),
  /** Consecutive failures, when the next attempt may run, and whether polling waits for new settings (401/403). */
  backoff: z.object({ failures: z.number(), nextAttemptAt: z.nullable(z.number()), paused: z.boolean() }),
});

export const seenStateSchema = z.object({ seenAt: z.number() });

export const leaseSchema = z.object({ owner: z.string(), expiresAt: z.number() });

export const listNameSchema = z.enum(['exchanges', 'payouts']);

/** Pages walked so far by a long sync (storage.session; the popup shows it during an export). */
export const syncProgressSchema = z.object({ list: listNameSchema, pages: z.number(), rows: z.number() });

export type Layout = z.infer<typeof layoutSchema>;
export type Account = z.infer<typeof accountSchema>;
export type Settings = z.infer<typeof settingsSchema>;
export type AccountPrefs = z.infer<typeof accountPrefsSchema>;
export type SummaryRecord = z.infer<typeof summaryRecordSchema>;
export type CreatedPrecision = z.infer<typeof createdPrecisionSchema>;
export type ExchangeRecord = z.infer<typeof exchangeRecordSchema>;
export type PayoutRecord = z.infer<typeof payoutRecordSchema>;
export type SyncError = z.infer<typeof syncErrorSchema>;
export type PayoutTotals = z.infer<typeof payoutTotalsSchema>;
export type BalancePoint = z.infer<typeof balancePointSchema>;
export type AccountCache = z.infer<typeof accountCacheSchema>;
export type SeenState = z.infer<typeof seenStateSchema>;
export type Lease = z.infer<typeof leaseSchema>;
export type ListName = z.infer<typeof listNameSchema>;
export type SyncProgress = z.infer<typeof syncProgressSchema>;

/** An account's cache before its first sync. */
export const emptyCache = (): AccountCache => ({
  summary: null,
  recentExchanges: [],
  recentPayouts: [],
  exchangeCount: 0,
  payoutCount: 0,
  arrivals: [],
  history: [],
  complete: { exchanges: false, payouts: false },
  resume: { exchanges: null, payouts: null },
  full: false,
  payoutTotals: null,
  lastSyncAt: null,
  lastSuccessAt: null,
  lastError: null,
  backoff: { failures: 0, nextAttemptAt: null, paused: false },
});
