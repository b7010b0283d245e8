/**
 * When an account may be synced again after a failure (pure: `now` is passed in).
 * Table of waits, by error kind, instead of a chain of ifs:
 *   auth (unauthorized, forbidden)  → paused: no polling until the account's key/address changes
 *   network (offline, DNS, refused) → due again at the next alarm tick or `online` event
 *   rateLimited, server             → the doubling wait, but never before Retry-After (a 503's too)
 *   internal (a bug)                → the doubling wait (retrying every tick would not fix it)
 *   everything else                 → 1, 2, 4, 8, 16, 32, 60, 60 … minutes after consecutive failures
 */
import type { AccountCache } from '../../../utils/model';
import type { ApiErrorInfo, ApiErrorKind } from '../../../utils/errors';

export type Backoff = AccountCache['backoff'];

export const BACKOFF_MINUTES = [1, 2, 4, 8, 16, 32, 60] as const;
const MINUTE = 60_000;

export const NO_BACKOFF: Backoff = { failures: 0, nextAttemptAt: null, paused: false };

type Policy = 'pause' | 'nextTick' | 'doubling';

const POLICY: Record<ApiErrorKind, Policy> = {
  unauthorized: 'pause',
  forbidden: 'pause',
  network: 'nextTick',
  rateLimited: 'doubling',
  timeout: 'doubling',
  server: 'doubling',
  unexpectedStatus: 'doubling',
  redirected: 'doubling',
  badResponse: 'doubling',
  notFound: 'doubling',
  invalidAddress: 'doubling',
  pageLimit: 'doubling',
  storage: 'doubling',
  notApi: 'doubling',
  internal: 'doubling',
};

/** The wait after `failures` consecutive failures (1 → 1 min … ≥ 7 → 60 min). */
export function backoffDelayMs(failures: number): number {
  const index = Math.min(Math.max(failures, 1), BACKOFF_MINUTES.length) - 1;
  return (BACKOFF_MINUTES[index] ?? 60) * MINUTE;
}

/** The wait a site asked for (429, or a 5xx such as a 503 maintenance page), already clamped to 24 h. */
function retryAfterOf(error: ApiErrorInfo): number | null {
  if (error.kind === 'rateLimited' || error.kind === 'server') return error.retryAfterSeconds ?? null;
  return null;
}

/** The backoff after one more failed attempt. */
export function backoffAfterFailure(previous: Backoff, error: ApiErrorInfo, now: number): Backoff {
  const failures = previous.failures + 1;
  switch (POLICY[error.kind]) {
    case 'pause':
      return { failures, nextAttemptAt: null, paused: true };
    case 'nextTick':
      return { failures, nextAttemptAt: null, paused: false };
    case 'doubling': {
      const retryAfterMs = (retryAfterOf(error) ?? 0) * 1000;
      return { failures, nextAttemptAt: now + Math.max(backoffDelayMs(failures), retryAfterMs), paused: false };
    }
  }
}
