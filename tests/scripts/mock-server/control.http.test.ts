/**
 * The mock partner API's fault modes, its /__mock/ control API and a clean
 * close(), over real HTTP. Contract behaviour is in mock-server.test.ts.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { MOCK_KEYS, V2, closeAll, ctl, get, round2, start, startMockServer, type MockServer } from './http-helpers';

afterAll(closeAll);

describe('v2 mock: faults and control API', () => {
  let mock: MockServer;
  beforeAll(async () => { mock = await start(); });
  afterEach(() => ctl(mock, 'POST', 'reset'));
  const fault = (body: object) => ctl(mock, 'POST', 'faults', body);

  it('429 carries Retry-After and X-RateLimit headers', async () => {
    await fault({ mode: '429', retryAfter: 30 });
    const r = await get(mock, V2.summary);
    expect([r.status, r.json, r.headers.get('retry-after')]).toEqual([429, { message: 'Too Many Attempts.' }, '30']);
    expect([r.headers.get('x-ratelimit-limit'), r.headers.get('x-ratelimit-remaining')]).toEqual(['60', '0']);
    expect(Number(r.headers.get('x-ratelimit-reset'))).toBeGreaterThan(Date.now() / 1000);
    await fault({ mode: '429' });
    expect((await get(mock, V2.summary)).headers.get('retry-after')).toBe('60');
  });

  it('500, 401 and the HTML proxy pages', async () => {
    await fault({ mode: '500' });
    expect(await get(mock, V2.summary)).toMatchObject({ status: 500, json: { message: 'Server Error' } });
    await fault({ mode: '401' });
    expect(await get(mock, V2.summary)).toMatchObject({ status: 401, json: { message: 'Unauthenticated.' } });
    await fault({ mode: '502html' });
    const bad = await get(mock, V2.summary);
    expect([bad.status, bad.headers.get('content-type'), bad.json]).toEqual([502, 'text/html', null]);
    expect(bad.text).toContain('<center><h1>502 Bad Gateway</h1></center>');
    await fault({ mode: '503html', retryAfter: 600 });
    const down = await get(mock, V2.summary);
    expect([down.status, down.headers.get('content-type'), down.headers.get('retry-after')]).toEqual([503, 'text/html; charset=UTF-8', '600']);
    expect(down.text).toMatch(/<!DOCTYPE html>[\s\S]*технические работы/i);
    expect((await get(mock, V2.summary)).status).toBe(200);
  });

  it('badJson truncates and drift drops fields, with status 200', async () => {
    await fault({ mode: 'badJson' });
    const broken = await get(mock, V2.exchanges);
    expect([broken.status, broken.json, broken.text.startsWith('{"data":[')]).toEqual([200, null, true]);
    await fault({ mode: 'drift', count: 3 });
    expect((await get(mock, V2.summary)).json.attributes).not.toHaveProperty('balance');
    expect((await get(mock, V2.exchanges)).json.data[0].attributes).not.toHaveProperty('amount');
    expect((await get(mock, V2.withdrawals)).json.data[0].attributes).not.toHaveProperty('charged_amount');
    expect((await get(mock, V2.summary)).json.attributes).toHaveProperty('balance');
  });

  it('respects count and path filters, and DELETE clears pending faults', async () => {
    await fault({ mode: '500', count: 2, path: 'withdrawal' });
    const statuses = [];
    for (const path of [V2.summary, V2.withdrawals, V2.exchanges, V2.withdrawals, V2.withdrawals]) statuses.push((await get(mock, path)).status);
    expect(statuses).toEqual([200, 500, 200, 500, 200]);
    await fault({ mode: '500', count: 5 });
    expect((await ctl(mock, 'DELETE', 'faults')).json).toEqual({ cleared: 1 });
    expect((await get(mock, V2.summary)).status).toBe(200);
    expect((await fault({ mode: 'teapot' })).status).toBe(400);
  });

  it('hang answers nothing until the client aborts, then serves on', async () => {
    await fault({ mode: 'hang' });
    await expect(get(mock, V2.summary, MOCK_KEYS.full, { signal: AbortSignal.timeout(300) })).rejects.toThrow(/abort|timeout/i);
    expect((await get(mock, V2.summary)).status).toBe(200);
    const log = (await ctl(mock, 'GET', 'requests')).json;
    expect(log.map((r: any) => r.status)).toEqual([null, 200]);
  });

  it('logs API requests (not control ones) with method, query, headers and status', async () => {
    await get(mock, `${V2.exchanges}?page=2&per_page=5`, MOCK_KEYS.partner);
    const [entry, ...rest] = (await ctl(mock, 'GET', 'requests')).json;
    expect(rest).toEqual([]);
    expect(entry).toMatchObject({ method: 'GET', path: V2.exchanges, query: { page: '2', per_page: '5' }, status: 200, at: expect.any(Number) });
    expect(entry.headers).toMatchObject({ authorization: `Bearer ${MOCK_KEYS.partner}`, accept: 'application/json', 'content-type': 'application/json' });
    expect((await ctl(mock, 'DELETE', 'requests')).json).toEqual({ cleared: 1 });
    expect((await ctl(mock, 'GET', 'requests')).json).toEqual([]);
  });

  it('new exchanges get the highest ids, "только что", and raise the balance and totals', async () => {
    const before = (await get(mock, V2.summary)).json.attributes;
    const added = await ctl(mock, 'POST', 'exchanges', { count: 2, amount: 100.5 });
    expect(added.status).toBe(201);
    expect(added.json.added.map((e: any) => [e.id, e.attributes.amount, e.attributes.created_at])).toEqual([[7, 100.5, 'только что'], [6, 100.5, 'только что']]);
    const after = (await get(mock, V2.summary)).json.attributes;
    expect(round2(after.balance - before.balance)).toBe(201);
    expect(round2(after.totals.balance - before.totals.balance)).toBe(201);
    expect((await get(mock, V2.exchanges)).json.data.slice(0, 3).map((e: any) => e.id)).toEqual([7, 6, 5]);
    expect((await ctl(mock, 'POST', 'exchanges', { count: 0 })).status).toBe(400);
  });

  it('adds an exchange made some time ago (ageMs): its text says how long ago', async () => {
    const added = await ctl(mock, 'POST', 'exchanges', { amount: 3, ageMs: 5 * 3_600_000 + 60_000 });
    expect(added.json.added.map((e: any) => [e.id, e.attributes.created_at])).toEqual([[6, '5 часов назад']]);
    expect((await ctl(mock, 'POST', 'exchanges', { ageMs: -1 })).status).toBe(400);
    expect((await ctl(mock, 'POST', 'exchanges', { ageMs: 'soon' })).status).toBe(400);
  });

  it('payouts: add an unpaid one, pay it, and reset restores the seed', async () => {
    const before = (await get(mock, V2.summary)).json.attributes;
    const { json } = await ctl(mock, 'POST', 'payouts', { amount: '10.25', name: 'USDT TRC20' });
    expect(json.added).toMatchObject({ id: 46, attributes: { payout_status: 'unpaid', charged_amount: { amount: '10.25', currency: 'RUB', name: 'USDT TRC20' } } });
    const mid = (await get(mock, V2.summary)).json.attributes;
    expect([round2(before.balance - mid.balance), mid.totals.withdrawal]).toEqual([10.25, before.totals.withdrawal]);
    const paid = await ctl(mock, 'POST', 'payouts/46/pay');
    expect(paid.json.payout.attributes.payout_status).toBe('paid');
    expect((await get(mock, V2.withdrawals)).json.data[0].attributes.payout_status).toBe('paid');
    expect(round2((await get(mock, V2.summary)).json.attributes.totals.withdrawal - before.totals.withdrawal)).toBe(10.25);
    expect((await ctl(mock, 'POST', 'payouts', { amount: '99999999.00' })).status).toBe(422);
    expect((await ctl(mock, 'POST', 'payouts/999/pay')).status).toBe(404);
    await ctl(mock, 'POST', 'reset');
    expect((await get(mock, V2.summary)).json.attributes).toEqual(before);
  });

  it('partner terms: the percent and the referral count change until reset', async () => {
    const before = (await get(mock, V2.summary)).json.attributes;
    expect(before.percent_referral).toBe(0.5);
    const changed = await ctl(mock, 'POST', 'partner', { percent: 0.75 });
    expect([changed.status, changed.json.summary.attributes.percent_referral]).toEqual([200, 0.75]);
    expect((await get(mock, V2.summary)).json.attributes).toEqual({ ...before, percent_referral: 0.75 });
    await ctl(mock, 'POST', 'partner', { referrals: before.count_referral + 3 });
    expect((await get(mock, V2.summary)).json.attributes).toMatchObject({ percent_referral: 0.75, count_referral: before.count_referral + 3 });
    for (const body of [{}, { percent: -1 }, { percent: 101 }, { percent: '1' }, { referrals: 1.5 }, { referrals: -1 }]) {
      expect((await ctl(mock, 'POST', 'partner', body)).status).toBe(400);
    }
    await ctl(mock, 'POST', 'reset');
    expect((await get(mock, V2.summary)).json.attributes).toEqual(before);
  });
});

describe('close()', () => {
  const sockets = () => process.getActiveResourcesInfo().filter((r) => r.startsWith('TCP')).length;

  it('closes keep-alive and hanging sockets and leaves no open handle', async () => {
    const baseline = sockets();
    const mock = await startMockServer({ quiet: true, liveEveryMs: 10 });
    expect((await get(mock, V2.summary)).status).toBe(200); // leaves a keep-alive socket
    await ctl(mock, 'POST', 'faults', { mode: 'hang' });
    const hanging = fetch(mock.url + V2.summary);
    hanging.catch(() => {});
    while ((await ctl(mock, 'GET', 'requests')).json.length < 2) await new Promise((r) => setTimeout(r, 10));
    await mock.close();
    await expect(hanging).rejects.toThrow();
    await expect(fetch(mock.url + V2.summary)).rejects.toThrow();
    for (let i = 0; i < 50 && sockets() > baseline; i++) await new Promise((r) => setTimeout(r, 20));
    expect(sockets()).toBeLessThanOrEqual(baseline);
    await mock.close(); // a second close is harmless
  });
});
