/**
 * The date stored with a row when the background first stores it (pure: `now` is passed in).
 * Computed once, when the relative text is freshest; never re-derived later from stale text.
 *
 * Exchanges (`created_at` is Carbon's relative text, see ./relative.ts):
 * - history rows (first sync, deeper pages): the parser's estimate and precision; null when the
 *   text is not one the parser knows;
 * - live arrivals (found on page 1 by a later sync): the row was not on the site's list at the
 *   previous successful sync, so it was created in (previousSync, now]. When that window is at
 *   most one poll interval's maximum (POLL_MAX minutes) the date is 'exact': exact to the poll
 *   interval, the parser's estimate clamped into the window (or `now` when the text is unknown).
 *   After a longer gap (the browser was closed) the parser's own precision applies, as for history.
 * Payouts: `created_at` is an absolute "d M Y H:i" in the site's time (./payout-date.ts): exact to
 * the minute, null when unparsable.
 */
import type { Precision } from './relative';
import { estimateCreatedAt } from './relative';
import { parsePayoutDate, payoutLocalTime } from './payout-date';
import { POLL_MAX } from '../../../utils/poll-interval';

export interface RecordDate {
  createdAt: number | null;
  createdPrecision: Precision | null;
}

const UNKNOWN: RecordDate = { createdAt: null, createdPrecision: null };

/** The date of an exchange row stored at `now`; `previousSync` is the last successful sync before it, for a live arrival. */
export function exchangeDate(text: string, now: number, previousSync: number | null): RecordDate {
  const estimate = estimateCreatedAt(text, now);
  if (previousSync !== null && now - previousSync <= POLL_MAX * 60_000) {
    const at = estimate ? Math.min(now, Math.max(previousSync + 1, estimate.at)) : now;
    return { createdAt: at, createdPrecision: 'exact' };
  }
  return estimate ? { createdAt: estimate.at, createdPrecision: estimate.precision } : UNKNOWN;
}

/** Epoch ms of a payout's "d M Y H:i" text (the browser's time zone: see payout-date.ts), or null. */
export function payoutDate(text: string): number | null {
  const parts = parsePayoutDate(text);
  return parts ? payoutLocalTime(parts) : null;
}
