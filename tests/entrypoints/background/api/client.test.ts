import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { createPartnerApi, detectLayout } from '../../../../entrypoints/background/api/client';
import { PartnerApiError } from '../../../../entrypoints/background/api/errors';
import { api, fakeFetch, failureOf, json, KEY, NOT_FOUND, ORIGIN, page, SUMMARY, type Handler } from './fakes';

describe('requests', () => {
  it('builds URLs from the origin and the layout path, with page and per_page', async () => {
    const { api: v2, calls } = api((url) => (url.pathname.endsWith('/partner') ? json(SUMMARY) : json(page([]))));
    await v2.getSummary();
    await v2.getExchangesPage(3);
    await v2.getPayoutsPage(2, 20);
    expect(calls.map((c) => c.url.href)).toEqual([
      `${ORIGIN}/api/v2/account/partner`,
      `${ORIGIN}/api/v2/account/partner/exchanges?page=3&per_page=100`,
      `${ORIGIN}/api/v2/account/partner/withdrawal?page=2&per_page=20`,
    ]);
  });

  it('uses the v3private paths (payouts for payouts)', async () => {
    const { api: v3, calls } = api((url) => (url.pathname.endsWith('/partner') ? json(SUMMARY) : json(page([]))), {
      layout: 'v3private',
    });
    await v3.getSummary();
    await v3.getExchangesPage(1);
    await v3.getPayoutsPage(1);
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
      for (const text of [JSON.stringify(error), error.message, String(error.stack), inspect(error, { depth: 9 })]) {
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

  it('reports a 200 web page or any non-JSON page as notApi (no API at this address), broken JSON as badResponse "not JSON"', async () => {
    const html = () => new Response('<!doctype html><title>Shop</title>', { headers: { 'content-type': 'text/html; charset=utf-8', 'x-request-id': 'h1' } });
    expect(await failureOf(api(html).api.getSummary())).toMatchObject({ kind: 'notApi', status: 200, requestId: 'h1' });
    const truncated = () => new Response('{"type":"referral","attri', { headers: { 'content-type': 'application/json' } });
    expect(await failureOf(api(truncated).api.getSummary())).toMatchObject({ detail: 'not JSON (application/json)' });
    // Not JSON and not claiming to be: no partner API here, whatever the page is.
    expect(await failureOf(api(() => new Response('')).api.getSummary())).toMatchObject({ kind: 'notApi', status: 200 });
    const text = () => new Response('Domain for sale', { headers: { 'content-type': 'text/plain' } });
    expect(await failureOf(api(text).api.getSummary())).toMatchObject({ kind: 'notApi' });
    const untyped = () => new Response(new Blob(['Welcome']), { headers: {} });
    expect(await failureOf(api(untyped).api.getSummary())).toMatchObject({ kind: 'notApi' });
  });

  it('a page instead of the API on a list path is notApi too', async () => {
    const html = () => new Response('<html><body>Sign in to Wi-Fi</body></html>', { headers: { 'content-type': 'text/html' } });
    expect(await failureOf(api(html).api.getExchangesPage(1))).toMatchObject({ kind: 'notApi', status: 200 });
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
