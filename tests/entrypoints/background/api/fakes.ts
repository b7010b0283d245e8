/** A recording fake fetch and API bodies for the client's unit tests (client.test.ts, walk.test.ts). */
import { expect } from 'vitest';
import { createPartnerApi, type PartnerApiOptions } from '../../../../entrypoints/background/api/client';
import { PartnerApiError } from '../../../../entrypoints/background/api/errors';
import type { ApiErrorInfo } from '../../../../utils/errors';

export const ORIGIN = 'https://exchanger.example';
export const KEY = '1|demoFullAccessKey000000000000000000000000000000000';

export type Call = { url: URL; init: RequestInit };
export type Handler = (url: URL, init: RequestInit) => Response | Promise<Response>;

/** A fetch that records every call and answers with `handler`. */
export function fakeFetch(handler: Handler) {
  const calls: Call[] = [];
  const fetch = (async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = new URL(String(input));
    calls.push({ url, init });
    return handler(url, init);
  }) as typeof globalThis.fetch;
  return { fetch, calls };
}

export const json = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });

export const SUMMARY = {
  type: 'referral',
  attributes: {
    percent_referral: 0.5, count_referral: 2, iso_code: 'rub', referral_hash: 'Gz', balance: 1190.36,
    totals: { balance: 190.36000061035, withdrawal: 0 },
  },
};
export const NOT_FOUND = () => json({ code: -1, message: 'Not Found' }, 404);

export function exchange(id: number) {
  return { id, type: 'referral_charge', attributes: { status: 'referral', created_at: '1 минуту назад', amount: 1.5, currency: 'rub', order_id: 1713350854300 + id } };
}
export function page(ids: number[], opts: { next?: string | null; current?: number | null } = {}) {
  const { next = null, current } = opts;
  return {
    data: ids.map(exchange),
    links: { first: `${ORIGIN}/x?page=1`, last: null, prev: null, next },
    ...(current === null ? {} : { meta: { current_page: current ?? 1, per_page: 100, from: ids.length ? 1 : null, to: null } }),
  };
}
/** `total` exchanges, newest (highest id) first, honouring page/per_page like Laravel simple pagination. */
export function listServer(total: number, nextHost = ORIGIN): Handler {
  return (url) => {
    const n = Number(url.searchParams.get('page'));
    const per = Number(url.searchParams.get('per_page'));
    const ids = Array.from({ length: total }, (_, i) => total - i).slice((n - 1) * per, n * per);
    const more = n * per < total;
    return json(page(ids, { current: n, next: more ? `${nextHost}/api/v2/account/partner/exchanges?page=${n + 1}` : null }));
  };
}

export const api = (handler: Handler, extra: Partial<PartnerApiOptions> = {}) => {
  const fake = fakeFetch(handler);
  return { ...fake, api: createPartnerApi({ origin: ORIGIN, key: KEY, layout: 'v2', fetch: fake.fetch, ...extra }) };
};

export async function failureOf(promise: Promise<unknown>): Promise<ApiErrorInfo & { error: PartnerApiError }> {
  const error = await promise.then(
    () => expect.unreachable('expected a rejection'),
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(PartnerApiError);
  const typed = error as PartnerApiError;
  return { ...typed.info, error: typed };
}

export async function collect<T>(pages: AsyncGenerator<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const p of pages) out.push(p);
  return out;
}

