/**
 * SECURITY.md's fault matrix, the rows where the site (or a proxy before it) answers with an error
 * status, a redirect, or no answer at all; and the two list rows endless `next` and empty payouts.
 */
import { describe, expect, it } from 'vitest';
import { errorText } from '../../utils/i18n/errors';
import { runSyncs } from '../../entrypoints/background/sync/run';
import { refreshBadge } from '../../entrypoints/background/sync/state';
import { cacheItem } from '../../utils/storage/items';
import { requests, useMockServer, withMock } from './mock';
import { badge, keptLastGood, MINUTE, nextTryAfter, retriesAt, tooltip, underFault } from './fault-row';

const server = useMockServer();
const HOUR = 60 * MINUTE;

/** The tooltip once the saved data is a day old (past twice any update interval): a passing trouble speaks up. */
async function agedTooltip(): Promise<string> {
  const cache = (await cacheItem('acc').get())!;
  await cacheItem('acc').set({ ...cache, lastSuccessAt: Date.now() - 24 * HOUR });
  await refreshBadge();
  return tooltip();
}

describe('fault matrix: statuses', () => {
  it('401 mid-session: badge "!", polling paused until the key changes, data kept', async () => {
    const row = await underFault(server, { mode: '401' });
    keptLastGood(row);
    expect(row.after.cache.lastError).toMatchObject({ kind: 'unauthorized', status: 401 });
    expect(row.after.cache.backoff).toEqual({ failures: 1, nextAttemptAt: null, paused: true });
    expect(await badge()).toBe('!');
    await runSyncs({ now: () => row.at + 24 * HOUR });
    expect(await requests(server)).toEqual([]);
  });

  it('403 without the partner ability: badge "!", paused, the missing ability named', async () => {
    const row = await underFault(server, { mode: '403' });
    keptLastGood(row);
    expect(row.after.cache.lastError).toMatchObject({ kind: 'forbidden', missingAbility: 'partner', status: 403 });
    expect(row.after.cache.backoff.paused).toBe(true);
    expect(await badge()).toBe('!');
  });

  it('404 layout: the other layout is asked once; still 404 → notFound, data kept, 1 min', async () => {
    const row = await underFault(server, { mode: '404', count: 10 });
    keptLastGood(row);
    expect(row.after.cache.lastError).toMatchObject({ kind: 'notFound', status: 404 });
    expect(row.log.some((r) => r.path.includes('/api/v3/'))).toBe(true);
    nextTryAfter(row, MINUTE);
  });

  it('429 with Retry-After: 60 → rateLimited, next try after max(1 min, 60 s)', async () => {
    const row = await underFault(server, { mode: '429', retryAfter: 60 });
    keptLastGood(row);
    expect(row.after.cache.lastError).toMatchObject({ kind: 'rateLimited', retryAfterSeconds: 60, status: 429 });
    nextTryAfter(row, MINUTE);
    await retriesAt(server, row, MINUTE);
  });

  it('huge Retry-After: clamped to 24 h; the text says "24 hours"; polling resumes after a day', async () => {
    const row = await underFault(server, { mode: '429huge' });
    keptLastGood(row);
    expect(row.after.cache.lastError).toMatchObject({ kind: 'rateLimited', retryAfterSeconds: 86_400 });
    expect(errorText(row.after.cache.lastError!).action).toBe('Wait 24 hours, then try again.');
    nextTryAfter(row, 24 * HOUR);
    await retriesAt(server, row, 24 * HOUR);
  });

  it('503 maintenance HTML with Retry-After: 600 → server, data kept, no try before 10 min', async () => {
    const row = await underFault(server, { mode: '503html', retryAfter: 600 });
    keptLastGood(row);
    expect(row.after.cache.lastError).toMatchObject({ kind: 'server', status: 503, retryAfterSeconds: 600 });
    nextTryAfter(row, 10 * MINUTE);
    await retriesAt(server, row, 10 * MINUTE);
  });

  it.each([
    ['500', { mode: '500' }, 500],
    ['502 HTML', { mode: '502html' }, 502],
    ['503 maintenance HTML without Retry-After', { mode: '503html' }, 503],
  ])('%s → server, data kept, retried after 1 min; the tooltip stays quiet on fresh data, marks it stale once old', async (_name, body, status) => {
    const row = await underFault(server, body);
    keptLastGood(row);
    expect(row.after.cache.lastError).toMatchObject({ kind: 'server', status });
    nextTryAfter(row, MINUTE);
    expect(await badge()).toBe('');
    // As in the popup: a passing trouble on data younger than twice the interval is not told.
    expect(await tooltip()).not.toContain('could not update');
    expect(await tooltip()).toMatch(/^iEX Partner — \S/);
    expect(await agedTooltip()).toMatch(/ — .+ \(could not update, will try again\)$/m);
  });

  it('redirect to another origin: not followed, the key never reaches it; redirected, 1 min', async () => {
    const other = await withMock();
    try {
      const row = await underFault(server, { mode: 'redirect', to: other.url });
      keptLastGood(row);
      expect(row.after.cache.lastError).toMatchObject({ kind: 'redirected', status: 302 });
      expect(await requests(other)).toEqual([]);
      nextTryAfter(row, MINUTE);
    } finally {
      await other.close();
    }
  });

  it('refused connection: network, due again at the next tick; quiet on fresh data, then the site’s own tooltip line says it does not answer (not "offline")', async () => {
    const row = await underFault(server, { mode: 'refused' });
    keptLastGood(row);
    expect(row.after.cache.lastError).toMatchObject({ kind: 'network', status: null });
    expect(row.after.cache.backoff).toEqual({ failures: 1, nextAttemptAt: null, paused: false });
    expect(await badge()).toBe('');
    expect(await tooltip()).not.toContain('the site does not answer');
    const aged = await agedTooltip();
    expect(aged).toContain('the site does not answer');
    expect(aged).not.toContain('No internet connection');
  });
});

describe('fault matrix: lists', () => {
  it('endless next with ever-new ids: a routine sync stops at its page cap and keeps what it read', async () => {
    const row = await underFault(server, { mode: 'endless', count: 1_000_000, path: 'exchanges' }, { pageCap: 5 });
    expect(row.log.filter((r) => r.path.endsWith('/exchanges'))).toHaveLength(5);
    expect(row.after.cache.lastError).toBeNull();
    expect(row.after.cache.complete.exchanges).toBe(false);
    expect(row.after.exchanges.length).toBe(row.before.exchanges.length + 500);
  });

  // An empty page 1 is never evidence that payouts were refunded (merge.ts: only two complete walks of a non-empty list).
  it('empty payouts answer: 200 with data [] keeps the stored payouts', async () => {
    const row = await underFault(server, { mode: 'emptyPayouts' });
    expect(row.before.payouts.length).toBeGreaterThan(0);
    expect(row.after.payouts).toEqual(row.before.payouts);
    expect(row.after.cache.summary).toEqual(row.before.cache.summary);
  });
});
