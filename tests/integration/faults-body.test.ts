/**
 * SECURITY.md's fault matrix, the rows where the site answers 200 with a broken or hostile body:
 * each is a badResponse (the last good data untouched, next try after 1 min) or harmless.
 */
import { describe, expect, it } from 'vitest';
import { control, fault, requests, useMockServer, withMock, syncedAccount } from './mock';
import { badge, keptLastGood, MINUTE, nextTryAfter, retriesAt, snapshot, underFault } from './fault-row';
import { runSyncs } from '../../entrypoints/background/sync/run';

const server = useMockServer();

describe('fault matrix: bodies', () => {
  it('huge body: a 200 MiB streamed summary is refused at 4 MB as badResponse, data kept, retried after 1 min', async () => {
    const row = await underFault(server, { mode: 'hugeBody' });
    keptLastGood(row);
    expect(row.after.cache.lastError).toMatchObject({ kind: 'badResponse', detail: 'body larger than 4194304 bytes', limit: 'body', status: 200 });
    nextTryAfter(row, MINUTE);
    expect(await badge()).toBe('');
    await retriesAt(server, row, MINUTE);
  });

  it('huge body with Content-Length: refused before the body is read', async () => {
    const row = await underFault(server, { mode: 'hugeBody', contentLength: true });
    keptLastGood(row);
    expect(row.after.cache.lastError).toMatchObject({ kind: 'badResponse', detail: expect.stringMatching(/^Content-Length 2097\d{5} over 4194304 bytes$/), limit: 'body' });
    nextTryAfter(row, MINUTE);
  });

  it('gzip-compressed huge body: counted after decompression, refused at 4 MB', async () => {
    const row = await underFault(server, { mode: 'gzipHugeBody' });
    keptLastGood(row);
    expect(row.after.cache.lastError).toMatchObject({ kind: 'badResponse', detail: 'body larger than 4194304 bytes', limit: 'body' });
    nextTryAfter(row, MINUTE);
  });

  it('giant page: 10 000 rows where 100 were asked is a badResponse, nothing of it stored', async () => {
    const row = await underFault(server, { mode: 'giantPage', rows: 10_000, path: 'exchanges' });
    keptLastGood(row);
    expect(row.after.cache.lastError).toMatchObject({ kind: 'badResponse', detail: 'data: expected at most 100 rows', limit: 'rows' });
    nextTryAfter(row, MINUTE);
  });

  it('truncated JSON: badResponse "not JSON", data kept', async () => {
    const row = await underFault(server, { mode: 'badJson' });
    keptLastGood(row);
    expect(row.after.cache.lastError).toMatchObject({ kind: 'badResponse', detail: 'not JSON (application/json)' });
    nextTryAfter(row, MINUTE);
  });

  it('schema drift: badResponse naming the field, data kept', async () => {
    const row = await underFault(server, { mode: 'drift' });
    keptLastGood(row);
    expect(row.after.cache.lastError).toMatchObject({ kind: 'badResponse', detail: 'attributes.balance: expected number' });
    expect(row.after.cache.lastError).not.toHaveProperty('limit');
    nextTryAfter(row, MINUTE);
  });

  it('HTML 200 (captive portal): "no iEXExchanger API at this address", data kept', async () => {
    const row = await underFault(server, { mode: 'html200' });
    keptLastGood(row);
    expect(row.after.cache.lastError).toMatchObject({ kind: 'notApi', status: 200 });
    nextTryAfter(row, MINUTE);
  });

  it('wrong content type: valid JSON as text/plain passes the same schema; the sync succeeds', async () => {
    const row = await underFault(server, { mode: 'wrongType' });
    expect(row.after.cache.lastError).toBeNull();
    expect(row.after.cache.summary).toEqual(row.before.cache.summary);
    expect(row.after.cache.backoff).toEqual({ failures: 0, nextAttemptAt: null, paused: false });
  });

  it('huge id: 2^53−1 is a valid id and stored; a 20-digit id is a badResponse with data kept', async () => {
    const ok = await underFault(server, { mode: 'hugeId', path: 'exchanges' });
    expect(ok.after.cache.lastError).toBeNull();
    expect(ok.after.exchanges[0]?.id).toBe(Number.MAX_SAFE_INTEGER);

    await control(server, 'POST', '/__mock/reset');
    const bad = await underFault(server, { mode: 'hugeId', id: '18446744073709551616', path: 'exchanges' });
    keptLastGood(bad);
    expect(bad.after.cache.lastError).toMatchObject({ kind: 'badResponse', detail: 'data.0.id: expected int <= 9007199254740991', limit: 'value' });
    nextTryAfter(bad, MINUTE);
  });

  it('next on a foreign host: pages are built from the configured origin, the other host gets nothing', async () => {
    const other = await withMock();
    try {
      await syncedAccount(server);
      await fault(server, { mode: 'foreignNext', to: other.url, count: 1000 } as never);
      await runSyncs({ manual: true });
      expect((await snapshot()).cache.lastError).toBeNull();
      expect(await requests(other)).toEqual([]);
      for (const r of await requests(server)) expect(r.headers.authorization).toMatch(/^Bearer /);
    } finally {
      await other.close();
    }
  });
});
