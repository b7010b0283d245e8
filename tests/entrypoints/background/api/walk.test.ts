import { describe, expect, it } from 'vitest';
import { api, collect, failureOf, json, listServer, ORIGIN, page } from './fakes';
import { walkPages } from '../../../../entrypoints/background/api/walk';

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

  it('treats a maxPages below 1 as 1 (one page, then pageLimit)', async () => {
    const { api: client, calls } = api(listServer(500));
    expect(await failureOf(collect(client.exchangePages({ maxPages: 0 })))).toMatchObject({ kind: 'pageLimit', pages: 1 });
    expect(calls).toHaveLength(1);
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

  it('walks payouts on their own path', async () => {
    const { api: client, calls } = api(() =>
      json({
        data: [{ id: 1, attributes: { created_at: '11 мая 2024 09:42', payout_status: 'paid', charged_amount: { amount: '10.00', currency: 'RUB', name: 'Card' } } }],
        links: { next: null },
        meta: { current_page: 1 },
      }),
    );
    const pages = await collect(client.payoutPages());
    expect(pages[0]?.data[0]).toMatchObject({ amount: '10.00', status: 'paid' });
    expect(calls[0]!.url.pathname).toBe('/api/v2/account/partner/withdrawal');
  });
});

describe('walkPages: asking ahead', () => {
  it('with `more`, page n+1 is requested before page n is handed over; a stop asks nothing more', async () => {
    const order: string[] = [];
    const pages = (n: number) => ({
      page: { data: [{ id: 100 - n }], links: { next: n < 5 ? `?page=${n + 1}` : null } }, status: 200, requestId: null,
    });
    const load = async (n: number) => { order.push(`load ${n}`); return pages(n); };
    for await (const page of walkPages(load, { more: (p) => p.data[0]!.id > 97 })) order.push(`got ${100 - page.data[0]!.id}`);
    // Page 3 says stop: page 4 is never asked for.
    expect(order).toEqual(['load 1', 'load 2', 'got 1', 'load 3', 'got 2', 'got 3']);
  });
});
