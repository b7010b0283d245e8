/**
 * The mock's fault modes added for issue 14's fault matrix, over real HTTP:
 * the connection, proxy and small body modes. Huge, streamed, dripped and
 * paginated ones are in mock-server-streams.test.ts.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { MOCK_KEYS, NOT_FOUND, V2, closeAll, ctl, get, start, type MockServer } from './http-helpers';

afterAll(closeAll);

describe('v2 mock: matrix fault modes', () => {
  let mock: MockServer;
  let elsewhere: MockServer; // stands for another origin; it must see no request unless followed
  beforeAll(async () => {
    [mock, elsewhere] = await Promise.all([start(), start()]);
  });
  afterEach(() => Promise.all([ctl(mock, 'POST', 'reset'), ctl(elsewhere, 'POST', 'reset')]));
  const fault = (body: object) => ctl(mock, 'POST', 'faults', body);
  const requests = async (server: MockServer) => (await ctl(server, 'GET', 'requests')).json as any[];

  it('refused closes the socket without an answer, then serves on', async () => {
    await fault({ mode: 'refused' });
    await expect(fetch(mock.url + V2.summary, { headers: { Authorization: `Bearer ${MOCK_KEYS.full}` } })).rejects.toThrow(/fetch failed/);
    expect((await get(mock, V2.summary)).status).toBe(200);
    expect((await requests(mock)).map((r) => r.status)).toEqual([null, 200]);
  });

  it('slow answers the normal body, no sooner than delayMs', async () => {
    const normal = await get(mock, V2.summary);
    await fault({ mode: 'slow', delayMs: 400 });
    const started = performance.now();
    const slow = await get(mock, V2.summary);
    expect(performance.now() - started).toBeGreaterThanOrEqual(395);
    expect([slow.status, slow.json]).toEqual([200, normal.json]);
    await fault({ mode: 'slow', delayMs: 300 });
    expect((await get(mock, V2.summary, MOCK_KEYS.revoked)).status).toBe(401); // slow, then checked like any request
  });

  it('403 without the partner ability and 404 of the other layout, for any key', async () => {
    await fault({ mode: '403' });
    expect(await get(mock, V2.summary)).toMatchObject({
      status: 403,
      json: { status: 1, message: 'You do not have access to this route', missing_ability: 'partner' },
    });
    await fault({ mode: '404' });
    const missing = await get(mock, V2.exchanges);
    expect([missing.status, missing.text, missing.headers.get('content-type')]).toEqual([404, '{"code":-1,"message":"Not Found"}', 'application/json']);
    expect(missing.json).toEqual(NOT_FOUND);
    expect((await get(mock, V2.summary)).status).toBe(200);
  });

  it('429huge says Retry-After: 99999999999', async () => {
    await fault({ mode: '429huge' });
    const r = await get(mock, V2.summary);
    expect([r.status, r.json, r.headers.get('retry-after')]).toEqual([429, { message: 'Too Many Attempts.' }, '99999999999']);
  });

  it('html200 is a captive portal page with status 200', async () => {
    await fault({ mode: 'html200' });
    const r = await get(mock, V2.exchanges);
    expect([r.status, r.headers.get('content-type'), r.json]).toEqual([200, 'text/html; charset=UTF-8', null]);
    expect(r.text).toMatch(/^<!DOCTYPE html>[\s\S]*<form[\s\S]*Wi-Fi/);
  });

  it('redirect sends a 302 to the same path on another origin', async () => {
    await fault({ mode: 'redirect', to: elsewhere.url, count: 2 });
    const moved = await get(mock, `${V2.exchanges}?page=2&per_page=5`, MOCK_KEYS.full, { redirect: 'manual' });
    expect(moved.status).toBe(302);
    expect(moved.headers.get('location')).toBe(`${elsewhere.url}${V2.exchanges}?page=2&per_page=5`);
    expect(await requests(elsewhere)).toEqual([]);
    // Followed, it really lands on the other origin (which is why a client must not follow it).
    expect((await get(mock, V2.summary, MOCK_KEYS.full)).status).toBe(401); // Node's fetch drops the key across origins
    expect((await requests(elsewhere)).map((r) => [r.path, r.headers.authorization])).toEqual([[V2.summary, undefined]]);
    await fault({ mode: 'redirect' });
    expect((await get(mock, V2.summary, MOCK_KEYS.full, { redirect: 'manual' })).headers.get('location')).toBe(`http://elsewhere.invalid${V2.summary}`);
  });

  it('wrongType sends the valid JSON body with another content type', async () => {
    const normal = await get(mock, V2.withdrawals);
    await fault({ mode: 'wrongType' });
    const plain = await get(mock, V2.withdrawals);
    expect([plain.status, plain.headers.get('content-type'), plain.text]).toEqual([200, 'text/plain; charset=UTF-8', normal.text]);
    await fault({ mode: 'wrongType', contentType: 'text/html' });
    const htmlish = await get(mock, V2.summary);
    expect([htmlish.headers.get('content-type'), htmlish.json?.type]).toEqual(['text/html', 'referral']);
  });

  it('hugeId puts 2^53-1 (or any digits) as the first id of page 1', async () => {
    const normal = await get(mock, V2.exchanges);
    await fault({ mode: 'hugeId' });
    const huge = await get(mock, V2.exchanges);
    expect(huge.text).toContain('{"data":[{"id":9007199254740991,"type":"referral_charge"');
    expect(huge.json.data[0].id).toBe(Number.MAX_SAFE_INTEGER);
    expect(huge.json.data.slice(1)).toEqual(normal.json.data.slice(1));
    await fault({ mode: 'hugeId', id: '18446744073709551616', path: 'withdrawal' });
    expect((await get(mock, V2.withdrawals)).text).toContain('{"data":[{"id":18446744073709551616,');
  });

  it('emptyPayouts answers 200 with data: [] on the payouts list only', async () => {
    await fault({ mode: 'emptyPayouts' });
    expect((await get(mock, V2.summary)).json.attributes.balance).toBeGreaterThan(0);
    expect((await get(mock, V2.exchanges)).json.data).toHaveLength(5); // not its route: the fault stays queued
    const empty = await get(mock, `${V2.withdrawals}?per_page=10`);
    expect(empty.status).toBe(200);
    expect(empty.json).toMatchObject({ data: [], links: { next: null, last: null }, meta: { current_page: 1, from: null, to: null, per_page: 10 } });
    expect((await get(mock, `${V2.withdrawals}?per_page=10`)).json.data).toHaveLength(10);
  });

  it('foreignNext points links.next at another origin on every page', async () => {
    await fault({ mode: 'foreignNext', to: elsewhere.url, count: 2 });
    const first = await get(mock, V2.exchanges); // all 5 rows fit: next would be null
    expect(first.json.data).toHaveLength(5);
    expect(first.json.links.next).toBe(`${elsewhere.url}${V2.exchanges}?page=2`);
    expect(first.json.links.first).toBe(`${mock.url}${V2.exchanges}?page=1`);
    expect((await get(mock, `${V2.withdrawals}?page=3&per_page=10`)).json.links.next).toBe(`${elsewhere.url}${V2.withdrawals}?page=4`);
    expect(await requests(elsewhere)).toEqual([]);
  });

  it('refuses bad options with 400 and a reason', async () => {
    for (const body of [
      { mode: 'slow', delayMs: -1 },
      { mode: 'drip', delayMs: 'soon' },
      { mode: 'hugeBody', bytes: 0 },
      { mode: 'hugeBody', contentLength: 'yes' },
      { mode: 'giantPage', rows: 2_000_000 },
      { mode: 'redirect', to: 'ftp://elsewhere.invalid' },
      { mode: 'foreignNext', to: 'not a url' },
      { mode: 'hugeId', id: '12ab' },
      { mode: 'wrongType', contentType: 'text/plain\r\nX-Evil: 1' },
    ]) {
      const r = await fault(body);
      expect([r.status, typeof r.json.message], JSON.stringify(body)).toEqual([400, 'string']);
    }
    expect((await ctl(mock, 'GET', 'faults')).json.pending).toEqual([]);
    expect((await fault({ mode: 'giantPage' })).json.queued).toEqual({ mode: 'giantPage', remaining: 1, path: null, retryAfter: null, rows: 10_000 });
  });
});
