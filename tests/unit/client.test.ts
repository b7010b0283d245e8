import { describe, expect, it } from 'vitest';
import { createPartnerApi, detectLayout, type PartnerApiOptions } from '../../utils/api/client';
import { PartnerApiError, type ApiErrorInfo } from '../../utils/api/errors';

const ORIGIN = 'https://exchanger.example';
const KEY = '1|demoFullAccessKey000000000000000000000000000000000';

type Call = { url: URL; init: RequestInit };
type Handler = (url: URL, init: RequestInit) => Response | Promise<Response>;

/** A fetch that records every call and answers with `handler`. */
function fakeFetch(handler: Handler) {
  const calls: Call[] = [];
  const fetch = (async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = new URL(String(input));
    calls.push({ url, init });
    return handler(url, init);
  }) as typeof globalThis.fetch;
  return { fetch, calls };
}

const json = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });

const SUMMARY = {
  type: 'referral',
  attributes: {
    percent_referral: 0.5, count_referral: 2, iso_code: 'rub', referral_hash: 'Gz', balance: 1190.36,
    totals: { balance: 190.36000061035, withdrawal: 0 },
  },
};
const NOT_FOUND = () => json({ code: -1, message: 'Not Found' }, 404);

function exchange(id: number) {
  return { id, type: 'referral_charge', attributes: { status: 'referral', created_at: '1 минуту назад', amount: 1.5, currency: 'rub', order_id: 1713350854300 + id } };
}
function page(ids: number[], opts: { next?: string | null; current?: number | null } = {}) {
  const { next = null, current } = opts;
  return {
    data: ids.map(exchange),
    links: { first: `${ORIGIN}/x?page=1`, last: null, prev: null, next },
    ...(current === null ? {} : { meta: { current_page: current ?? 1, per_page: 100, from: ids.length ? 1 : null, to: null } }),
  };
}
/** `total` exchanges, newest (highest id) first, honouring page/per_page like Laravel simple pagination. */
function listServer(total: number, nextHost = ORIGIN): Handler {
  return (url) => {
    const n = Number(url.searchParams.get('page'));
    const per = Number(url.searchParams.get('per_page'));
    const ids = Array.from({ length: total }, (_, i) => total - i).slice((n - 1) * per, n * per);
    const more = n * per < total;
    return json(page(ids, { current: n, next: more ? `${nextHost}/api/v2/account/partner/exchanges?page=${n + 1}` : null }));
  };
}

const api = (handler: Handler, extra: Partial<PartnerApiOptions> = {}) => {
  const fake = fakeFetch(handler);
  return { ...fake, api: createPartnerApi({ origin: ORIGIN, key: KEY, layout: 'v2', fetch: fake.fetch, ...extra }) };
};

async function failureOf(promise: Promise<unknown>): Promise<ApiErrorInfo & { error: PartnerApiError }> {
  const error = await promise.then(
    () => expect.unreachable('expected a rejection'),
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(PartnerApiError);
  const typed = error as PartnerApiError;
  return { ...typed.info, error: typed };
}

async function collect<T>(pages: AsyncGenerator<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const p of pages) out.push(p);
  return out;
}

describe('requests', () => {
  it('builds URLs from the origin and the layout path, with page and per_page', async () => {
    const { api: v2, calls } = api((url) => (url.pathname.endsWith('/partner') ? json(SUMMARY) : json(page([]))));
    await v2.getSummary();
    await v2.getExchangesPage(3);
    await v2.getWithdrawalsPage(2, 20);
    expect(calls.map((c) => c.url.href)).toEqual([
      `${ORIGIN}/api/v2/account/partner`,
      `${ORIGIN}/api/v2/account/partner/exchanges?page=3&per_page=100`,
      `${ORIGIN}/api/v2/account/partner/withdrawal?page=2&per_page=20`,
    ]);
  });

  it('uses the v3private paths (payouts for withdrawals)', async () => {
    const { api: v3, calls } = api((url) => (url.pathname.endsWith('/partner') ? json(SUMMARY) : json(page([]))), {
      layout: 'v3private',
    });
    await v3.getSummary();
    await v3.getExchangesPage(1);
    await v3.getWithdrawalsPage(1);
    expect(calls.map((c) => c.url.pathname)).toEqual([
      '/api/v3/private/account/partner',
      '/api/v3/private/account/partner/exchanges',
      '/api/v3/private/account/partner/payouts',
    ]);
  });

  it('keeps page and per_page within what the API accepts', async () => {
    const { api: client, calls } = api(() => json(page([])));
    await client.getExchangesPage(0, 500);
    await client.getExchangesPage(2.7, 0);
    await client.getExchangesPage(Number.NaN, Number.NaN);
    expect(calls.map((c) => c.url.search)).toEqual(['?page=1&per_page=100', '?page=2&per_page=1', '?page=1&per_page=1']);
  });

  it('sends GET with the bearer key, JSON headers, no cookies, and never follows redirects', async () => {
    const { api: client, calls } = api(() => json(SUMMARY));
    await client.getSummary();
    const init = calls[0]!.init;
    expect(init.method).toBe('GET');
    expect(init.headers).toEqual({
      Authorization: `Bearer ${KEY}`,
      Accept: 'application/json',
      'Content-Type': 'application/json',
    });
    expect(init.credentials).toBe('omit');
    expect(init.redirect).toBe('manual');
    expect(init.signal).toBeInstanceOf(AbortSignal);
  });

  it('parses the summary into the stored record', async () => {
    const { api: client } = api(() => json(SUMMARY));
    expect(await client.getSummary()).toMatchObject({ percent: 0.5, balance: 1190.36, currency: 'rub' });
  });
});

describe('the key goes only to the configured origin', () => {
  it('sends to the normalised origin', async () => {
    const { api: client, calls } = api(() => json(SUMMARY), { origin: 'Exchanger.Example/api/v2/' });
    await client.getSummary();
    expect(calls[0]!.url.origin).toBe(ORIGIN);
  });

  it.each([
    ['http://exchanger.example', 'insecure'],
    ['ftp://exchanger.example', 'scheme'],
    ['javascript:alert(1)', 'scheme'],
    ['https://user:pw@exchanger.example', 'credentials'],
    ['', 'empty'],
    ['not an address', 'malformed'],
  ])('refuses %j (%s) before any request', (origin, reason) => {
    const { fetch, calls } = fakeFetch(() => json(SUMMARY));
    expect(() => createPartnerApi({ origin, key: KEY, layout: 'v2', fetch })).toThrow(PartnerApiError);
    try {
      createPartnerApi({ origin, key: KEY, layout: 'v2', fetch });
    } catch (error) {
      expect((error as PartnerApiError).info).toEqual({ kind: 'invalidAddress', reason, status: null, requestId: null });
    }
    expect(calls).toHaveLength(0);
  });

  it('allows plain http for loopback hosts only', async () => {
    const { api: client, calls } = api(() => json(SUMMARY), { origin: 'http://127.0.0.1:8787' });
    await client.getSummary();
    expect(calls[0]!.url.href).toBe('http://127.0.0.1:8787/api/v2/account/partner');
  });

  it.each(['', ' ', 'abc def', '1|abc\n', '\t1|abc'])('refuses the key %j before any request', (key) => {
    const { fetch, calls } = fakeFetch(() => json(SUMMARY));
    expect(() => createPartnerApi({ origin: ORIGIN, key, layout: 'v2', fetch })).toThrow(
      expect.objectContaining({ info: { kind: 'unauthorized', status: null, requestId: null } }),
    );
    expect(calls).toHaveLength(0);
  });

  it('treats a redirect as an error and never requests its target', async () => {
    const { api: client, calls } = api(
      () => new Response(null, { status: 302, headers: { location: 'https://evil.example/steal', 'x-request-id': 'r-302' } }),
    );
    const failure = await failureOf(client.getSummary());
    expect(failure).toMatchObject({ kind: 'redirected', status: 302, requestId: 'r-302' });
    expect(calls).toHaveLength(1);
  });

  it('treats a browser opaque redirect (status 0) as redirected', async () => {
    const opaque = { type: 'opaqueredirect', status: 0, ok: false, redirected: false, headers: new Headers(), text: async () => '' };
    const { api: client } = api(() => opaque as unknown as Response);
    expect(await failureOf(client.getSummary())).toMatchObject({ kind: 'redirected', status: null, requestId: null });
  });

  it('never puts the key into an error, whatever the server sends', async () => {
    const answers: Handler[] = [
      () => json({ message: `Bearer ${KEY}`, missing_ability: KEY }, 403, { 'x-request-id': 'r' }),
      () => new Response(`<html>${KEY}</html>`, { status: 502, headers: { 'content-type': 'text/html' } }),
      () => new Response(`{"broken": "${KEY}`, { status: 200 }),
      () => json({ ...SUMMARY, attributes: { ...SUMMARY.attributes, balance: KEY } }),
      () => Promise.reject(new TypeError(`fetch failed: ${KEY}`)),
    ];
    for (const answer of answers) {
      const { error } = await failureOf(api(answer).api.getSummary());
      for (const text of [JSON.stringify(error), error.message, String(error.stack), JSON.stringify(error.info)]) {
        expect(text).not.toContain(KEY);
        expect(text).not.toContain('demoFullAccessKey');
      }
    }
  });
});

describe('failures', () => {
  it('maps a rejected fetch to network', async () => {
    const { api: client } = api(() => Promise.reject(new TypeError('fetch failed')));
    expect(await failureOf(client.getSummary())).toMatchObject({ kind: 'network', status: null, requestId: null });
  });

  it('aborts after timeoutMs and reports timeout', async () => {
    const { api: client } = api(
      (_url, init) =>
        new Promise<Response>((_resolve, reject) => {
          init.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
        }),
      { timeoutMs: 30 },
    );
    expect(await failureOf(client.getSummary())).toMatchObject({ kind: 'timeout', status: null });
  });

  it('also times out when the body never finishes', async () => {
    const { api: client } = api(
      (_url, init) => {
        const body = new ReadableStream({
          start(controller) {
            controller.enqueue(new TextEncoder().encode('{"type":'));
            init.signal?.addEventListener('abort', () => controller.error(new DOMException('aborted', 'AbortError')));
          },
        });
        return new Response(body, { status: 200, headers: { 'content-type': 'application/json' } });
      },
      { timeoutMs: 30 },
    );
    expect(await failureOf(client.getSummary())).toMatchObject({ kind: 'timeout' });
  });

  it('maps error statuses with their request ID', async () => {
    const { api: client } = api(() => json({ message: 'Unauthenticated.' }, 401, { 'x-request-id': 'req-401' }));
    expect(await failureOf(client.getSummary())).toMatchObject({ kind: 'unauthorized', status: 401, requestId: 'req-401' });
  });

  it('reports a 200 HTML or garbage body as badResponse "not JSON"', async () => {
    const html = () => new Response('<!doctype html><title>Shop</title>', { headers: { 'content-type': 'text/html; charset=utf-8', 'x-request-id': 'h1' } });
    expect(await failureOf(api(html).api.getSummary())).toMatchObject({
      kind: 'badResponse',
      detail: 'not JSON (text/html)',
      status: 200,
      requestId: 'h1',
    });
    const truncated = () => new Response('{"type":"referral","attri', { headers: { 'content-type': 'application/json' } });
    expect(await failureOf(api(truncated).api.getSummary())).toMatchObject({ detail: 'not JSON (application/json)' });
    expect(await failureOf(api(() => new Response('')).api.getSummary())).toMatchObject({ kind: 'badResponse' });
  });

  it('reports a drifted body as badResponse with the path', async () => {
    const drifted = { ...SUMMARY, attributes: { ...SUMMARY.attributes, balance: undefined } };
    expect(await failureOf(api(() => json(drifted)).api.getSummary())).toMatchObject({
      kind: 'badResponse',
      detail: 'attributes.balance: expected number',
      status: 200,
    });
  });
});

describe('page walking', () => {
  it('walks until links.next is null, building each URL itself', async () => {
    const { api: client, calls } = api(listServer(250));
    const pages = await collect(client.exchangePages());
    expect(pages.map((p) => p.data.length)).toEqual([100, 100, 50]);
    expect(calls.map((c) => c.url.search)).toEqual(['?page=1&per_page=100', '?page=2&per_page=100', '?page=3&per_page=100']);
    expect(pages.flatMap((p) => p.data.map((e) => e.id))).toEqual(Array.from({ length: 250 }, (_, i) => 250 - i));
  });

  it('passes perPage to every page', async () => {
    const { api: client, calls } = api(listServer(45));
    const pages = await collect(client.exchangePages({ perPage: 20 }));
    expect(pages.map((p) => p.data.length)).toEqual([20, 20, 5]);
    expect(calls.every((c) => c.url.searchParams.get('per_page') === '20')).toBe(true);
  });

  it('stops at an empty page even when links.next is set, and yields it', async () => {
    const { api: client, calls } = api((url) => {
      const n = Number(url.searchParams.get('page'));
      return json(page(n === 1 ? [3, 2, 1] : [], { current: n, next: `${ORIGIN}/x?page=${n + 1}` }));
    });
    const pages = await collect(client.exchangePages());
    expect(pages.map((p) => p.data.length)).toEqual([3, 0]);
    expect(calls).toHaveLength(2);
  });

  it('yields one empty page for an empty list', async () => {
    const { api: client, calls } = api(listServer(0));
    expect((await collect(client.exchangePages())).map((p) => p.data)).toEqual([[]]);
    expect(calls).toHaveLength(1);
  });

  it('never fetches a links.next on another host, and sends the key nowhere else', async () => {
    const { api: client, calls } = api(listServer(150, 'https://evil.example'));
    const pages = await collect(client.exchangePages());
    expect(pages).toHaveLength(2);
    expect(calls.map((c) => c.url.origin)).toEqual([ORIGIN, ORIGIN]);
    expect(calls.some((c) => c.url.host === 'evil.example')).toBe(false);
  });

  it('stops with pageLimit after maxPages pages that still say "next"', async () => {
    const { api: client, calls } = api(listServer(10_000));
    const seen: number[] = [];
    const failure = await failureOf(
      (async () => {
        for await (const p of client.exchangePages({ perPage: 10, maxPages: 5 })) seen.push(p.data.length);
      })(),
    );
    expect(failure).toMatchObject({ kind: 'pageLimit', pages: 5 });
    expect(seen).toEqual([10, 10, 10, 10, 10]);
    expect(calls).toHaveLength(5);
  });

  it('reaches the end without pageLimit when the last page is exactly maxPages', async () => {
    const { api: client, calls } = api(listServer(50));
    expect(await collect(client.exchangePages({ perPage: 10, maxPages: 5 }))).toHaveLength(5);
    expect(calls).toHaveLength(5);
  });

  it('refuses to loop when the server ignores page (meta.current_page stays 1)', async () => {
    const { api: client, calls } = api(() => json(page([3, 2, 1], { current: 1, next: `${ORIGIN}/x?page=2` })));
    const failure = await failureOf(collect(client.exchangePages()));
    expect(failure).toMatchObject({ kind: 'badResponse', detail: 'meta.current_page: expected 2, got 1', status: 200 });
    expect(calls).toHaveLength(2);
  });

  it('refuses to loop when a page repeats the previous one (no meta)', async () => {
    const { api: client, calls } = api(() => json(page([3, 2, 1], { current: null, next: `${ORIGIN}/x?page=2` })));
    const failure = await failureOf(collect(client.exchangePages()));
    expect(failure).toMatchObject({ kind: 'badResponse', detail: 'page 2 repeats page 1' });
    expect(calls).toHaveLength(2);
  });

  it('accepts pages that overlap because new rows arrived during the walk', async () => {
    const pagesById: Record<number, number[]> = { 1: [10, 9, 8], 2: [8, 7, 6], 3: [5] };
    const { api: client } = api((url) => {
      const n = Number(url.searchParams.get('page'));
      return json(page(pagesById[n] ?? [], { current: n, next: n < 3 ? `${ORIGIN}/x?page=${n + 1}` : null }));
    });
    expect((await collect(client.exchangePages({ perPage: 3 }))).map((p) => p.data.length)).toEqual([3, 3, 1]);
  });

  it('fetches nothing more when the consumer stops early', async () => {
    const { api: client, calls } = api(listServer(1000));
    for await (const p of client.exchangePages()) {
      expect(p.data).toHaveLength(100);
      break;
    }
    expect(calls).toHaveLength(1);
  });

  it('walks withdrawals on their own path', async () => {
    const { api: client, calls } = api(() =>
      json({
        data: [{ id: 1, attributes: { created_at: '11 мая 2024 09:42', payout_status: 'paid', charged_amount: { amount: '10.00', currency: 'RUB', name: 'Card' } } }],
        links: { next: null },
        meta: { current_page: 1 },
      }),
    );
    const pages = await collect(client.withdrawalPages());
    expect(pages[0]?.data[0]).toMatchObject({ amount: '10.00', status: 'paid' });
    expect(calls[0]!.url.pathname).toBe('/api/v2/account/partner/withdrawal');
  });
});

describe('detectLayout', () => {
  const options = (fetch: typeof globalThis.fetch) => ({ origin: ORIGIN, key: KEY, fetch });
  const v2Path = '/api/v2/account/partner';
  const v3Path = '/api/v3/private/account/partner';

  it('picks v2 when v2 answers, without trying v3private', async () => {
    const { fetch, calls } = fakeFetch(() => json(SUMMARY));
    expect(await detectLayout(options(fetch))).toMatchObject({ layout: 'v2', summary: { balance: 1190.36 } });
    expect(calls.map((c) => c.url.pathname)).toEqual([v2Path]);
  });

  it('falls back to v3private on the {"code":-1} 404', async () => {
    const { fetch, calls } = fakeFetch((url) => (url.pathname === v2Path ? NOT_FOUND() : json(SUMMARY)));
    expect(await detectLayout(options(fetch))).toMatchObject({ layout: 'v3private', summary: { percent: 0.5 } });
    expect(calls.map((c) => c.url.pathname)).toEqual([v2Path, v3Path]);
  });

  it('falls back to v3private on an HTML 404', async () => {
    const html404 = () => new Response('<html><body>404</body></html>', { status: 404, headers: { 'content-type': 'text/html' } });
    const { fetch } = fakeFetch((url) => (url.pathname === v2Path ? html404() : json(SUMMARY)));
    expect((await detectLayout(options(fetch))).layout).toBe('v3private');
  });

  it('reports notFound when neither layout is served', async () => {
    const { fetch, calls } = fakeFetch((url) => json({ code: -1, message: 'Not Found' }, 404, { 'x-request-id': url.pathname }));
    expect(await failureOf(detectLayout(options(fetch)))).toMatchObject({ kind: 'notFound', status: 404, requestId: v3Path });
    expect(calls).toHaveLength(2);
  });

  it('reports v3private’s own error when v2 is not served', async () => {
    const { fetch } = fakeFetch((url) =>
      url.pathname === v2Path ? NOT_FOUND() : json({ status: 1, message: 'x', missing_ability: 'partner' }, 403),
    );
    expect(await failureOf(detectLayout(options(fetch)))).toMatchObject({ kind: 'forbidden', missingAbility: 'partner' });
  });

  it.each([
    ['401', () => json({ message: 'Unauthenticated.' }, 401), 'unauthorized'],
    ['403', () => json({ missing_ability: 'partner' }, 403), 'forbidden'],
    ['500', () => json({ message: 'Server Error' }, 500), 'server'],
    ['network', () => Promise.reject(new TypeError('fetch failed')), 'network'],
  ] as const)('throws a v2 %s as it is, with no second try', async (_name, answer, kind) => {
    const { fetch, calls } = fakeFetch(answer);
    expect((await failureOf(detectLayout(options(fetch)))).kind).toBe(kind);
    expect(calls).toHaveLength(1);
  });

  it('refuses a bad address before any request', async () => {
    const { fetch, calls } = fakeFetch(() => json(SUMMARY));
    expect(await failureOf(detectLayout({ origin: 'http://exchanger.example', key: KEY, fetch }))).toMatchObject({
      kind: 'invalidAddress',
      reason: 'insecure',
    });
    expect(calls).toHaveLength(0);
  });
});
