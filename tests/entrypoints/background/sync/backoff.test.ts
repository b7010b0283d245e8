import { describe, expect, it } from 'vitest';
import { BACKOFF_MINUTES, NO_BACKOFF, backoffAfterFailure, backoffDelayMs, type Backoff } from '../../../../entrypoints/background/sync/backoff';
import { isDue } from '../../../../entrypoints/background/sync/due';
import type { ApiErrorInfo } from '../../../../utils/errors';

const MIN = 60_000;
const T0 = 1_700_000_000_000;
const ctx = { status: 500, requestId: 'r1' };
const server: ApiErrorInfo = { kind: 'server', ...ctx };

function failTimes(n: number, error: ApiErrorInfo = server): Backoff {
  let b = NO_BACKOFF;
  for (let i = 0; i < n; i += 1) b = backoffAfterFailure(b, error, T0);
  return b;
}

describe('backoff', () => {
  it('doubles the wait after each failure: 1, 2, 4 … capped at 60 minutes', () => {
    const waits = [1, 2, 3, 4, 5, 6, 7, 8, 20].map((n) => (failTimes(n).nextAttemptAt! - T0) / MIN);
    expect(waits).toEqual([1, 2, 4, 8, 16, 32, 60, 60, 60]);
    expect(BACKOFF_MINUTES.at(-1)).toBe(60);
    expect(backoffDelayMs(0)).toBe(MIN);
  });

  it('never retries before Retry-After, and keeps doubling when that is shorter', () => {
    const limited = (retryAfterSeconds: number | null): ApiErrorInfo => ({ kind: 'rateLimited', retryAfterSeconds, status: 429, requestId: null });
    expect(backoffAfterFailure(NO_BACKOFF, limited(120), T0).nextAttemptAt).toBe(T0 + 120_000);
    expect(backoffAfterFailure(NO_BACKOFF, limited(5), T0).nextAttemptAt).toBe(T0 + MIN);
    expect(backoffAfterFailure(NO_BACKOFF, limited(null), T0).nextAttemptAt).toBe(T0 + MIN);
    expect(backoffAfterFailure(failTimes(3), limited(7200), T0).nextAttemptAt).toBe(T0 + 7_200_000);
  });

  it('pauses an account whose key is refused or lacks the permission', () => {
    for (const error of [
      { kind: 'unauthorized', status: 401, requestId: null },
      { kind: 'forbidden', missingAbility: 'partner', status: 403, requestId: null },
    ] as ApiErrorInfo[]) {
      const b = backoffAfterFailure(NO_BACKOFF, error, T0);
      expect(b).toEqual({ failures: 1, nextAttemptAt: null, paused: true });
      expect(isDue(b, T0 + 24 * 60 * MIN)).toBe(false);
    }
  });

  it('network failures are due again at the next tick, without a growing wait', () => {
    const b = failTimes(5, { kind: 'network', status: null, requestId: null });
    expect(b).toEqual({ failures: 5, nextAttemptAt: null, paused: false });
    expect(isDue(b, T0)).toBe(true);
  });

  it('a 503 with Retry-After waits at least that long too', () => {
    const error: ApiErrorInfo = { kind: 'server', retryAfterSeconds: 600, status: 503, requestId: null };
    expect(failTimes(1, error).nextAttemptAt).toBe(T0 + 10 * MIN);
    expect(failTimes(1, { kind: 'server', status: 503, requestId: null }).nextAttemptAt).toBe(T0 + MIN);
  });

  it('an internal error (a bug) doubles the wait like any other failure, never every tick', () => {
    const error = { kind: 'internal', status: null, requestId: null } as const;
    expect(failTimes(1, error).nextAttemptAt).toBe(T0 + MIN);
    expect(failTimes(3, error).nextAttemptAt).toBe(T0 + 4 * MIN);
    expect(failTimes(3, error).paused).toBe(false);
  });

  it('isDue: only once nextAttemptAt has passed', () => {
    const b = failTimes(1);
    expect(isDue(b, T0 + MIN - 1)).toBe(false);
    expect(isDue(b, T0 + MIN)).toBe(true);
    expect(isDue(NO_BACKOFF, T0)).toBe(true);
  });
});
