/**
 * The mock partner API over real HTTP: contract shapes, layouts, keys,
 * pagination edges, texts, extra keys, determinism and long histories.
 * Faults, the control API and close() are in mock-server-control.test.ts.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { HEX_ID, MOCK_KEYS, NOT_FOUND, V2, V3, closeAll, ctl, get, round2, start, sum, type MockServer } from './http-helpers';

afterAll(closeAll);

describe('v2 mock, default data', () => {
  let mock: MockServer;
  beforeAll(async () => { mock = await start(); });
  afterEach(() => ctl(mock, 'POST', 'reset'));

  it('serves the contract’s summary shape, consistent with the lists', async () => {
    const { status, headers, json, text } = await get(mock, V2.summary);
    expect(status).toBe(200);
    expect(headers.get('content-type')).toBe('application/json');
    expect(Object.keys(json)).toEqual(['type', 'attributes']);
    const a = json.attributes;
    expect(a).toMatchObject({ percent_referral: 0.5, iso_code: 'rub', totals: { balance: expect.any(Number), withdrawal: expect.any(Number) } });
    expect(a.referral_hash).toMatch(/^[A-Za-z0-9]{2,4}$/);
    expect(Number.isInteger(a.count_referral) && a.count_referral > 0).toBe(true);
    expect(text).not.toContain('program');
    const state = (await ctl(mock, 'GET', 'state')).json;
    expect(state.summary).toEqual(json);
    const earned = sum(state.exchanges.map((e: any) => e.attributes.amount));
    const payouts = state.withdrawals.map((w: any) => ({ amount: Number(w.attributes.charged_amount.amount), paid: w.attributes.payout_status === 'paid' }));
    expect(a.totals.balance).not.toBe(round2(a.totals.balance)); // float noise like 190.36000061035
    expect(round2(a.totals.balance)).toBe(round2(earned));
    expect(a.totals.withdrawal).toBe(round2(sum(payouts.filter((p: any) => p.paid).map((p: any) => p.amount))));
    expect(a.balance).toBe(round2(earned - sum(payouts.map((p: any) => p.amount))));
    expect(a.balance).toBeGreaterThanOrEqual(0);
  });

  it('serves exchanges newest first in the contract’s item shape, encoded like PHP', async () => {
    const { json, text } = await get(mock, `${V2.exchanges}?per_page=100`);
    expect(json.data.map((e: any) => e.id)).toEqual([5, 4, 3, 2, 1]);
    for (const item of json.data) {
      expect(Object.keys(item.attributes)).toEqual(['status', 'created_at', 'amount', 'currency', 'order_id']);
      expect(item).toMatchObject({ type: 'referral_charge', attributes: { status: 'referral', currency: 'rub' } });
      expect(item.attributes.amount).toBe(round2(item.attributes.amount));
      expect(item.attributes.amount).toBeGreaterThanOrEqual(12.4);
      expect(item.attributes.amount).toBeLessThanOrEqual(480);
      expect(String(item.attributes.order_id)).toMatch(/^\d{13}$/);
      expect(item.attributes.created_at).toMatch(/назад$/);
    }
    expect(text).toContain('\\u043d\\u0430\\u0437\\u0430\\u0434'); // "назад" as json_encode writes it
    expect(text).toContain('http:\\/\\/127.0.0.1');
  });

  it('serves 45 mixed payouts with string amounts, upper-case RUB and payment system names', async () => {
    const first = await get(mock, V2.withdrawals);
    expect(first.json.data).toHaveLength(20);
    expect(first.json.meta).toEqual({ current_page: 1, from: 1, path: `${mock.url}${V2.withdrawals}`, per_page: 20, to: 20 });
    const all = (await get(mock, `${V2.withdrawals}?per_page=100`)).json.data;
    expect(all.map((w: any) => w.id)).toEqual(Array.from({ length: 45 }, (_, i) => 45 - i));
    expect(new Set(all.map((w: any) => w.attributes.payout_status))).toEqual(new Set(['paid', 'unpaid']));
    for (const w of all) {
      expect(w.attributes.charged_amount).toMatchObject({ amount: expect.stringMatching(/^\d+\.\d\d$/), currency: 'RUB' });
      expect(w.attributes.charged_amount.name).toMatch(/ (RUB|TRC20)$/);
      expect(w.attributes.created_at).toMatch(/^\d\d [а-я]{3} \d{4} \d\d:\d\d$/);
    }
  });

  it('answers each key as the product does', async () => {
    expect((await get(mock, V2.summary, MOCK_KEYS.partner)).status).toBe(200);
    const account = await get(mock, V2.exchanges, MOCK_KEYS.account);
    expect(account.status).toBe(403);
    expect(account.json).toEqual({ status: 1, message: 'You do not have access to this route', missing_ability: 'partner' });
    for (const key of [MOCK_KEYS.revoked, null, '', 'nonsense', `x${MOCK_KEYS.full}`]) {
      const r = await get(mock, V2.withdrawals, key);
      expect([r.status, r.json], String(key)).toEqual([401, { message: 'Unauthenticated.' }]);
    }
    const basic = await get(mock, V2.summary, null, { headers: { Authorization: `Basic ${MOCK_KEYS.full}` } });
    expect(basic.status).toBe(401);
  });

  it('404s the other layout and unknown paths with the product’s JSON, before any key check', async () => {
    for (const path of [V3.summary, V3.exchanges, V3.withdrawals, '/api/v2/account/partner/payouts', '/', '/api/v2']) {
      for (const key of [MOCK_KEYS.full, null]) {
        const r = await get(mock, path, key);
        expect([r.status, r.json, r.headers.get('content-type')], path).toEqual([404, NOT_FOUND, 'application/json']);
      }
    }
    const post = await fetch(mock.url + V2.summary, { method: 'POST' });
    expect([post.status, post.headers.get('allow')]).toEqual([405, 'GET, HEAD']);
  });

  it('paginates like Laravel simple pagination at the edges', async () => {
    await ctl(mock, 'POST', 'exchanges', { count: 245 }); // 250 in all
    for (const page of ['0', '-1', 'abc', '']) {
      expect((await get(mock, `${V2.exchanges}?page=${page}`)).json.meta.current_page, page).toBe(1);
    }
    const big = (await get(mock, `${V2.exchanges}?per_page=500&status=x`)).json;
    expect([big.data.length, big.meta.per_page]).toEqual([100, 100]);
    const path = `${mock.url}${V2.exchanges}`;
    expect(big.links).toEqual({ first: `${path}?page=1`, last: null, prev: null, next: `${path}?page=2` });
    const last = (await get(mock, `${V2.exchanges}?page=3&per_page=100`)).json;
    expect([last.data.length, last.meta.from, last.meta.to, last.links.next, last.links.prev]).toEqual([50, 201, 250, null, `${path}?page=2`]);
    const past = await get(mock, `${V2.exchanges}?page=9&per_page=100`);
    expect(past.status).toBe(200);
    expect(past.json.data).toEqual([]);
    expect(past.json.meta).toMatchObject({ current_page: 9, from: null, to: null });
    expect(past.json.links).toMatchObject({ last: null, next: null });
  });

  it('puts an X-Request-ID on every response, each one different', async () => {
    await ctl(mock, 'POST', 'faults', { mode: '500' });
    const responses = await Promise.all([
      fetch(mock.url + V2.summary), get(mock, V2.summary), get(mock, V2.summary, MOCK_KEYS.account), get(mock, '/nope'),
      fetch(`${mock.url}/__mock/state`), fetch(`${mock.url}/__mock/nope`),
    ]);
    const ids = responses.map((r) => r.headers.get('x-request-id'));
    for (const id of ids) expect(id).toMatch(HEX_ID);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('layouts, languages, extra keys, seeds', () => {
  it('v3private serves the same shapes on its paths and 404s the v2 ones', async () => {
    const mock = await start({ layout: 'v3private' });
    const list = (await get(mock, V3.withdrawals)).json;
    expect(list.meta.path).toBe(`${mock.url}${V3.withdrawals}`);
    expect(list.data[0].attributes.charged_amount.currency).toBe('RUB');
    expect((await get(mock, V3.exchanges)).json.data[0].attributes.currency).toBe('rub');
    expect((await get(mock, V3.summary)).json.type).toBe('referral');
    for (const path of Object.values(V2)) expect((await get(mock, path)).json, path).toEqual(NOT_FOUND);
  });

  it('writes English texts and adds the newer-install keys when asked', async () => {
    const mock = await start({ locale: 'en', extraKeys: true, liveEveryMs: 60_000 });
    const summary = (await get(mock, V2.summary)).json.attributes;
    expect(summary).toMatchObject({ program: expect.any(Object), stats: expect.any(Object), currency: expect.any(Object) });
    const exchanges = (await get(mock, V2.exchanges)).json;
    expect(exchanges.meta).toMatchObject({ summary: expect.any(Object), filters: expect.any(Object) });
    for (const e of exchanges.data) expect(e.attributes.created_at).toMatch(/^(\d+ \w+ ago|just now)$/);
    const payouts = (await get(mock, V2.withdrawals)).json;
    expect(payouts.meta).toMatchObject({ summary: expect.any(Object), filters: expect.any(Object) });
    for (const w of payouts.data) expect(w.attributes.created_at).toMatch(/^\d\d [A-Z][a-z]{2} \d{4} \d\d:\d\d$/);
  });

  it('same seed → same data; another seed → other data', async () => {
    const clock = () => Date.UTC(2025, 2, 3, 4, 5);
    const [a, b, c] = await Promise.all([start({ seed: 7, clock }), start({ seed: 7, clock }), start({ seed: 8, clock })]);
    const [sa, sb, sc] = await Promise.all([a, b, c].map(async (s) => (await ctl(s, 'GET', 'state')).json));
    expect(sa).toEqual(sb);
    expect(sc.exchanges).not.toEqual(sa.exchanges);
    expect(sc.withdrawals).not.toEqual(sa.withdrawals);
  });

  it('adds an exchange every liveEveryMs', async () => {
    const mock = await start({ liveEveryMs: 40 });
    await new Promise((resolve) => setTimeout(resolve, 300));
    const top = (await get(mock, V2.exchanges)).json.data[0];
    expect(top.id).toBeGreaterThan(6);
    expect(top.attributes.created_at).toBe('только что');
  });

  it('walks 10 000 exchanges at per_page=100 in exactly 100 pages', async () => {
    const mock = await start({ exchanges: 10_000, withdrawals: 0 });
    const ids: number[] = [];
    let page = 1;
    for (let next: string | null = `${V2.exchanges}?page=1&per_page=100`; next; page++) {
      const { json } = await get(mock, next);
      ids.push(...json.data.map((e: any) => e.id));
      next = json.links.next ? `${V2.exchanges}?page=${page + 1}&per_page=100` : null;
    }
    expect(page - 1).toBe(100);
    expect(ids).toEqual(Array.from({ length: 10_000 }, (_, i) => 10_000 - i));
    expect((await get(mock, V2.withdrawals)).json).toMatchObject({ data: [], meta: { from: null, to: null } });
  });
});

