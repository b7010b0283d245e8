import { describe, expect, it } from 'vitest';
import { dueForRefresh, isDue } from '../../../../entrypoints/background/sync/due';
import { emptyCache, type AccountCache } from '../../../../utils/model';

const MIN = 60_000;
const T0 = 1_700_000_000_000;
const cache = (patch: Partial<AccountCache>): AccountCache => ({ ...emptyCache(), lastSyncAt: T0, lastSuccessAt: T0, ...patch });

describe('dueForRefresh (the popup opening)', () => {
  it('never synced: due', () => {
    expect(dueForRefresh(null, { pollMinutes: 5 }, T0)).toBe(true);
    expect(dueForRefresh(cache({ lastSyncAt: null }), { pollMinutes: 5 }, T0)).toBe(true);
  });

  it('due once the last attempt is one update interval old, whatever the interval', () => {
    expect(dueForRefresh(cache({}), { pollMinutes: 5 }, T0 + 5 * MIN - 1)).toBe(false);
    expect(dueForRefresh(cache({}), { pollMinutes: 5 }, T0 + 5 * MIN)).toBe(true);
    expect(dueForRefresh(cache({}), { pollMinutes: 30 }, T0 + 20 * MIN)).toBe(false);
  });

  it('not while a backoff waits or a key problem pauses the account', () => {
    const waiting = cache({ backoff: { failures: 2, nextAttemptAt: T0 + 90 * MIN, paused: false } });
    expect(dueForRefresh(waiting, { pollMinutes: 5 }, T0 + 60 * MIN)).toBe(false);
    expect(dueForRefresh(waiting, { pollMinutes: 5 }, T0 + 90 * MIN)).toBe(true);
    const paused = cache({ backoff: { failures: 1, nextAttemptAt: null, paused: true } });
    expect(dueForRefresh(paused, { pollMinutes: 5 }, T0 + 600 * MIN)).toBe(false);
  });
});

describe('isDue (the alarm)', () => {
  it('only once nextAttemptAt has passed, never while paused', () => {
    expect(isDue({ failures: 0, nextAttemptAt: null, paused: false }, T0)).toBe(true);
    expect(isDue({ failures: 1, nextAttemptAt: T0 + MIN, paused: false }, T0 + MIN - 1)).toBe(false);
    expect(isDue({ failures: 1, nextAttemptAt: T0 + MIN, paused: false }, T0 + MIN)).toBe(true);
    expect(isDue({ failures: 1, nextAttemptAt: null, paused: true }, T0 + 999 * MIN)).toBe(false);
  });
});
