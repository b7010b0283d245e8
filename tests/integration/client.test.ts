/**
 * The real client against the real mock partner API over HTTP
 * (scripts/mock-server): layouts, keys, faults, headers, long walks.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { MOCK_KEYS, startMockServer, type MockServer } from '../../scripts/mock-server/server';
import { createPartnerApi, detectLayout, type PartnerApi } from '../../entrypoints/background/api/client';
import { PartnerApiError } from '../../entrypoints/background/api/errors';
import type { ApiErrorInfo } from '../../utils/errors';
import { summarySchema } from '../../entrypoints/background/api/schemas';
import type { Layout } from '../../utils/model';

interface Logged {
  method: string;
  path: string;
  query: Record<string, string>;
  headers: Record<string, string>;
  status: number | null;
}

async function control(server: MockServer, path: string, body?: unknown, method = body === undefined ? 'GET' : 'POST') {
  const response = await fetch(`${server.url}/__mock/${path}`, {
    method,
    headers: { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  expect(response.ok, `control ${method} ${path}`).toBe(true);
  return response.json() as Promise<any>;
}
const requests = (server: MockServer) => control(server, 'requests') as Promise<Logged[]>;
const fault = (server: MockServer, body: { mode: string; count?: number; retryAfter?: number; path?: string }) =>
  control(server, 'faults', body);

async function failureOf(promise: Promise<unknown>): Promise<ApiErrorInfo> {
  const error = await promise.then(
    () => expect.unreachable('expected a rejection'),
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(PartnerApiError);
  return (error as PartnerApiError).info;
}

async function collect<T>(pages: AsyncGenerator<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const page of pages) out.push(page);
  return out;
}

const UUIDISH = /^[0-9a-f-]{8,}$/i;

/** A tiny extra HTTP server for the redirect and foreign-next cases. */
async function listen(handler: Parameters<typeof createServer>[1]): Promise<{ url: string; server: Server }> {
  const server = createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}
const stop = (server: Server) =>
  new Promise<void>((resolve) => {
    server.closeAllConnections();
    server.close(() => resolve());
  });

describe.each<Layout>(['v2', 'v3private'])('layout %s', (layout) => {
  let mock: MockServer;
  beforeAll(async () => {
    mock = await startMockServer({ layout, quiet: true });
  });
  afterAll(() => mock.close());

  it('detectLayout finds it and returns the summary the server holds', async () => {
    const state = await control(mock, 'state');
    const found = await detectLayout({ origin: mock.url, key: MOCK_KEYS.full });
    expect(found.layout).toBe(layout);
    expect(found.summary).toEqual(summarySchema.parse(state.summary));
    const paths = (await requests(mock)).map((r) => [r.path, r.status]);
    expect(paths).toEqual(
      layout === 'v2'
        ? [['/api/v2/account/partner', 200]]
        : [['/api/v2/account/partner', 404], ['/api/v3/private/account/partner', 200]],
    );
  });

  it('reads both lists on this layout’s paths, equal to the server’s data', async () => {
    await control(mock, 'reset', {});
    const api = createPartnerApi({ origin: mock.url, key: MOCK_KEYS.partner, layout });
    const state = await control(mock, 'state');
    const exchanges = (await collect(api.exchangePages())).flatMap((p) => p.data);
    const payouts = (await collect(api.payoutPages({ perPage: 20 }))).flatMap((p) => p.data);
    expect(exchanges.map((e) => e.id)).toEqual(state.exchanges.map((e: { id: number }) => e.id));
    expect(payouts.map((w) => w.amount)).toEqual(
      state.withdrawals.map((w: { attributes: { charged_amount: { amount: string } } }) => w.attributes.charged_amount.amount),
    );
    const prefix = layout === 'v2' ? '/api/v2/account/partner' : '/api/v3/private/account/partner';
    const paths = new Set((await requests(mock)).map((r) => r.path));
    expect(paths).toEqual(new Set([`${prefix}/exchanges`, `${prefix}/${layout === 'v2' ? 'withdrawal' : 'payouts'}`]));
  });
});

describe('against the v2 mock', () => {
  let mock: MockServer;
  let api: PartnerApi;
  beforeAll(async () => {
    mock = await startMockServer({ quiet: true });
    api = createPartnerApi({ origin: mock.url, key: MOCK_KEYS.full, layout: 'v2' });
  });
  afterEach(() => control(mock, 'reset', {}));
  afterAll(() => mock.close());

  describe('keys', () => {
    const withKey = (key: string) => createPartnerApi({ origin: mock.url, key, layout: 'v2' });

    it('full and partner-only keys read the summary', async () => {
      expect((await withKey(MOCK_KEYS.full).getSummary()).currency).toBe('rub');
      expect((await withKey(MOCK_KEYS.partner).getExchangesPage(1)).data.length).toBeGreaterThan(0);
    });

    it('an account-only key is forbidden, missing the partner ability', async () => {
      const failure = await failureOf(withKey(MOCK_KEYS.account).getSummary());
      expect(failure).toMatchObject({ kind: 'forbidden', missingAbility: 'partner', status: 403 });
      expect(failure.requestId).toMatch(UUIDISH);
    });

    it('a revoked key is unauthorized', async () => {
      expect(await failureOf(withKey(MOCK_KEYS.revoked).getSummary())).toMatchObject({ kind: 'unauthorized', status: 401 });
    });

    it('detectLayout reports a key problem as it is, with no second layout tried', async () => {
      expect(await failureOf(detectLayout({ origin: mock.url, key: MOCK_KEYS.account }))).toMatchObject({ kind: 'forbidden' });
      expect((await requests(mock)).map((r) => r.path)).toEqual(['/api/v2/account/partner']);
    });
  });

  describe('faults', () => {
    it('429 → rateLimited with Retry-After seconds', async () => {
      await fault(mock, { mode: '429', retryAfter: 120 });
      const failure = await failureOf(api.getSummary());
      expect(failure).toMatchObject({ kind: 'rateLimited', retryAfterSeconds: 120, status: 429 });
      expect(failure.requestId).toMatch(UUIDISH);
    });

    it('500 → server', async () => {
      await fault(mock, { mode: '500' });
      expect(await failureOf(api.getSummary())).toMatchObject({ kind: 'server', status: 500 });
    });

    it('nginx 502 and maintenance 503 HTML pages → server (the status wins over the page)', async () => {
      await fault(mock, { mode: '502html' });
      expect(await failureOf(api.getSummary())).toMatchObject({ kind: 'server', status: 502 });
      await fault(mock, { mode: '503html' });
      expect(await failureOf(api.getSummary())).toMatchObject({ kind: 'server', status: 503 });
    });

    it('a hanging request → timeout after timeoutMs', async () => {
      await fault(mock, { mode: 'hang' });
      const quick = createPartnerApi({ origin: mock.url, key: MOCK_KEYS.full, layout: 'v2', timeoutMs: 300 });
      const started = Date.now();
      expect(await failureOf(quick.getSummary())).toEqual({ kind: 'timeout', status: null, requestId: null });
      expect(Date.now() - started).toBeGreaterThanOrEqual(250);
    });

    it('truncated JSON → badResponse "not JSON"', async () => {
      await fault(mock, { mode: 'badJson' });
      const failure = await failureOf(api.getSummary());
      expect(failure).toMatchObject({ kind: 'badResponse', detail: 'not JSON (application/json)', status: 200 });
      expect(failure.requestId).toMatch(UUIDISH);
    });

    it('drifted bodies → badResponse naming the field', async () => {
      await fault(mock, { mode: 'drift' });
      expect(await failureOf(api.getSummary())).toMatchObject({
        kind: 'badResponse',
        detail: 'attributes.balance: expected number',
      });
      await fault(mock, { mode: 'drift', path: 'exchanges' });
      expect(await failureOf(api.getExchangesPage(1))).toMatchObject({
        kind: 'badResponse',
        detail: 'data.0.attributes.amount: expected number',
      });
    });

    it('a key revoked mid-walk stops the walk with unauthorized', async () => {
      await control(mock, 'exchanges', { count: 300 });
      const walk = api.exchangePages();
      expect((await walk.next()).value?.data).toHaveLength(100);
      await fault(mock, { mode: '401', path: 'exchanges' });
      expect(await failureOf(walk.next())).toMatchObject({ kind: 'unauthorized', status: 401 });
      expect((await requests(mock)).map((r) => [r.query.page, r.status])).toEqual([['1', 200], ['2', 401]]);
    });

    it('every error carries its own X-Request-ID', async () => {
      await fault(mock, { mode: '500', count: 2 });
      const first = await failureOf(api.getSummary());
      const second = await failureOf(api.getSummary());
      expect(first.requestId).toMatch(UUIDISH);
      expect(second.requestId).toMatch(UUIDISH);
      expect(first.requestId).not.toBe(second.requestId);
    });
  });

  it('the mock sees GET with Bearer key, JSON headers and no cookies', async () => {
    await api.getSummary();
    await api.getExchangesPage(2, 50);
    const log = await requests(mock);
    expect(log).toHaveLength(2);
    for (const entry of log) {
      expect(entry.method).toBe('GET');
      expect(entry.headers.authorization).toBe(`Bearer ${MOCK_KEYS.full}`);
      expect(entry.headers.accept).toBe('application/json');
      expect(entry.headers['content-type']).toBe('application/json');
      expect(entry.headers.cookie).toBeUndefined();
    }
    expect(log[1]?.query).toEqual({ page: '2', per_page: '50' });
  });

  it('sees new exchanges newest first', async () => {
    const before = (await api.getExchangesPage(1)).data[0]!.id;
    const { added } = await control(mock, 'exchanges', { count: 2, amount: 10 });
    const page = await api.getExchangesPage(1);
    expect(page.data.slice(0, 2).map((e) => e.id)).toEqual(added.map((a: { id: number }) => a.id));
    expect(page.data[2]?.id).toBe(before);
  });
});

describe('long histories and newer installs', () => {
  it('walks 10 000 exchanges at per_page=100 in exactly 100 requests', async () => {
    const mock = await startMockServer({ exchanges: 10_000, quiet: true });
    try {
      const api = createPartnerApi({ origin: mock.url, key: MOCK_KEYS.partner, layout: 'v2' });
      const ids = (await collect(api.exchangePages({ perPage: 100 }))).flatMap((p) => p.data.map((e) => e.id));
      expect(ids).toHaveLength(10_000);
      expect(new Set(ids).size).toBe(10_000);
      const log = await requests(mock);
      expect(log).toHaveLength(100);
      expect(log.map((r) => r.query.page)).toEqual(Array.from({ length: 100 }, (_, i) => String(i + 1)));
      expect(log.every((r) => r.query.per_page === '100' && r.status === 200)).toBe(true);
    } finally {
      await mock.close();
    }
  });

  it('parses a newer install’s extra keys (program, stats, meta.summary, meta.filters)', async () => {
    const mock = await startMockServer({ extraKeys: true, locale: 'en', quiet: true });
    try {
      const found = await detectLayout({ origin: mock.url, key: MOCK_KEYS.full });
      const api = createPartnerApi({ origin: mock.url, key: MOCK_KEYS.full, layout: found.layout });
      expect((await api.getExchangesPage(1)).data.length).toBeGreaterThan(0);
      expect((await api.getPayoutsPage(1)).data.length).toBeGreaterThan(0);
    } finally {
      await mock.close();
    }
  });
});

describe('the key never leaves the configured origin', () => {
  let mock: MockServer;
  beforeAll(async () => {
    mock = await startMockServer({ quiet: true });
  });
  afterAll(() => mock.close());

  it('a redirect to another origin is not followed: the target gets no request', async () => {
    const site = await listen((req, res) => {
      res.writeHead(302, { location: `${mock.url}${req.url ?? '/'}`, 'x-request-id': 'redirect-1' }).end();
    });
    try {
      const api = createPartnerApi({ origin: site.url, key: MOCK_KEYS.full, layout: 'v2' });
      expect(await failureOf(api.getSummary())).toEqual({ kind: 'redirected', status: 302, requestId: 'redirect-1' });
      expect(await failureOf(detectLayout({ origin: site.url, key: MOCK_KEYS.full }))).toMatchObject({ kind: 'redirected' });
      expect(await requests(mock)).toEqual([]);
    } finally {
      await stop(site.server);
    }
  });

  it('a links.next on another host is never fetched', async () => {
    const seen: string[] = [];
    const site = await listen((req, res) => {
      const url = new URL(req.url ?? '/', 'http://site');
      seen.push(url.search);
      const page = Number(url.searchParams.get('page'));
      const next = page === 1 ? `${mock.url}/api/v2/account/partner/exchanges?page=2` : null;
      const item = { id: 10 - page, attributes: { created_at: 'now', amount: 1, currency: 'rub', order_id: page } };
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ data: [item], links: { next }, meta: { current_page: page } }));
    });
    try {
      const api = createPartnerApi({ origin: site.url, key: MOCK_KEYS.full, layout: 'v2' });
      const pages = await collect(api.exchangePages());
      expect(pages.map((p) => p.data[0]?.id)).toEqual([9, 8]);
      expect(seen).toEqual(['?page=1&per_page=100', '?page=2&per_page=100']);
      expect(await requests(mock)).toEqual([]);
    } finally {
      await stop(site.server);
    }
  });
});
