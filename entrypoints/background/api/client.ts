/**
 * The typed partner API client (CONTRACT.md). Every URL is built from the
 * configured origin and a fixed layout path, so the key only ever travels
 * there: redirects are never followed, URLs from responses never fetched.
 * Plain fetch + AbortController, no HTTP library: the platform has all we need.
 * Everything it throws is a PartnerApiError.
 */
import type { z } from 'zod/mini';
import type { Layout } from '../../../utils/model';
import { normalizeOrigin } from '../../../utils/address';
import type { ApiErrorInfo } from '../../../utils/errors';
import { BodyTooLargeError, readBodyCapped } from './body';
import { errorFromResponse, mediaTypeOf, PartnerApiError, requestIdFrom, notTheApi } from './errors';
import { LAYOUTS } from './layouts';
import {
  brokeLimit,
  describeIssues,
  exchangesPageSchema,
  summarySchema,
  payoutsPageSchema,
  type ExchangesPage,
  type Summary,
  type PayoutsPage,
} from './schemas';
import { walkPages, type LoadedPage } from './walk';

export const DEFAULT_TIMEOUT_MS = 15_000;
export const DEFAULT_PER_PAGE = 100;
/** The API caps per_page at 100. */
export const MAX_PER_PAGE = 100;
/**
 * The most bytes one response body may have (after decompression), error bodies included.
 * A 100-row page is about 22 KB; a 200 MiB field once took the worker to 3.6 GB.
 */
export const MAX_BODY_BYTES = 4 * 1024 * 1024;

export interface PartnerApiOptions {
  origin: string;
  key: string;
  layout: Layout;
  fetch?: typeof fetch;
  timeoutMs?: number;
  /** The body cap in bytes (MAX_BODY_BYTES unless a test sets a smaller one). */
  maxBodyBytes?: number;
  /** Stops every request of this client at once (the account was removed or changed). */
  signal?: AbortSignal;
}

export interface PageWalkOptions<P = unknown> {
  perPage?: number;
  maxPages?: number;
  /** The first page to read; default 1. */
  from?: number;
  /** Whether to go on after a page (see walkPages): the next page is requested while this one is handled. */
  more?: (page: P) => boolean | Promise<boolean>;
}

export interface PartnerApi {
  getSummary(): Promise<Summary>;
  getExchangesPage(page: number, perPage?: number): Promise<ExchangesPage>;
  getPayoutsPage(page: number, perPage?: number): Promise<PayoutsPage>;
  /** Walks all pages, newest first; the last page may be empty. */
  exchangePages(opts?: PageWalkOptions<ExchangesPage>): AsyncGenerator<ExchangesPage>;
  payoutPages(opts?: PageWalkOptions<PayoutsPage>): AsyncGenerator<PayoutsPage>;
}

/** Just what load() needs of a zod schema (zod's own generics fight preprocess inputs). */
type Schema<T> = { safeParse(input: unknown): z.util.SafeParseResult<T> };

type Context = Pick<ApiErrorInfo, 'status' | 'requestId'>;
const NO_RESPONSE: Context = { status: null, requestId: null };

const fail = (info: ApiErrorInfo) => new PartnerApiError(info);

/** "Not empty, no whitespace" is all a key promises (CONTRACT.md); a bad one would be refused with 401 anyway. */
function checkKey(key: string): void {
  if (key === '' || /\s/.test(key)) throw fail({ kind: 'unauthorized', ...NO_RESPONSE });
}

/** "body larger than 4194304 bytes" / "Content-Length 209715200 over 4194304 bytes": sizes only, never content. */
function tooLarge(error: BodyTooLargeError): string {
  return error.declaredBytes === null
    ? `body larger than ${error.maxBytes} bytes`
    : `Content-Length ${error.declaredBytes} over ${error.maxBytes} bytes`;
}

function clamp(value: number, min: number, max: number): number {
  return Number.isFinite(value) ? Math.min(max, Math.max(min, Math.trunc(value))) : min;
}

export function createPartnerApi(options: PartnerApiOptions): PartnerApi {
  const checked = normalizeOrigin(options.origin);
  if (!checked.ok) throw fail({ kind: 'invalidAddress', reason: checked.reason, ...NO_RESPONSE });
  const { origin } = checked;
  checkKey(options.key);
  const authorization = `Bearer ${options.key}`;
  const fetchImpl = options.fetch ?? ((input, init) => fetch(input, init));
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxBodyBytes = options.maxBodyBytes ?? MAX_BODY_BYTES;
  const paths = LAYOUTS[options.layout];

  function urlOf(path: string, query: Record<string, number>): string {
    const url = new URL(path, origin);
    for (const [name, value] of Object.entries(query)) url.searchParams.set(name, String(value));
    // Paths are constants, so this holds; it is the one rule the key depends on.
    if (url.origin !== origin) throw fail({ kind: 'invalidAddress', reason: 'malformed', ...NO_RESPONSE });
    return url.href;
  }

  /** One GET, validated against `schema`; the timeout covers headers and body. */
  async function load<T>(schema: Schema<T>, path: string, query: Record<string, number> = {}): Promise<LoadedPage<T>> {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), timeoutMs);
    const stop = () => controller.abort();
    if (options.signal?.aborted) controller.abort();
    options.signal?.addEventListener('abort', stop);
    const failed = () => fail({ kind: controller.signal.aborted ? 'timeout' : 'network', ...NO_RESPONSE });
    try {
      const response = await fetchImpl(urlOf(path, query), {
        method: 'GET',
        headers: { Authorization: authorization, Accept: 'application/json', 'Content-Type': 'application/json' },
        credentials: 'omit',
        // Never follow: a redirect would carry the Authorization header to wherever it points.
        redirect: 'manual',
        cache: 'no-store',
        referrerPolicy: 'no-referrer',
        signal: controller.signal,
      }).catch(() => Promise.reject(failed()));
      const context: Context = { status: response.status || null, requestId: requestIdFrom(response.headers) };
      const moved = response.type === 'opaqueredirect' || response.redirected || (response.status >= 300 && response.status < 400);
      if (moved) throw fail({ kind: 'redirected', ...context });
      // Capped for error answers too: a 403's body is parsed for missing_ability.
      const text = await readBodyCapped(response, maxBodyBytes).catch((error: unknown) =>
        Promise.reject(error instanceof BodyTooLargeError ? fail({ kind: 'badResponse', detail: tooLarge(error), limit: 'body', ...context }) : failed()),
      );
      if (!response.ok) throw errorFromResponse(response.status, response.headers, text);

      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch {
        // A page instead of the API (a Wi-Fi sign-in page, a parked domain): say so, not "unexpected answer".
        throw fail(notTheApi(response.headers, text)
          ? { kind: 'notApi', ...context }
          : { kind: 'badResponse', detail: `not JSON (${mediaTypeOf(response.headers)})`, ...context });
      }
      const parsed = schema.safeParse(json);
      if (!parsed.success) {
        const limit = brokeLimit(parsed.error) ? { limit: 'value' as const } : {};
        throw fail({ kind: 'badResponse', detail: describeIssues(parsed.error), ...limit, ...context });
      }
      return { page: parsed.data, status: response.status, requestId: context.requestId };
    } finally {
      clearTimeout(timer);
      options.signal?.removeEventListener('abort', stop);
    }
  }

  /** One list page; more rows than `per_page` asked (a giant page) is a badResponse, not 10 000 rows to store. */
  async function loadPage<T extends { data: unknown[] }>(schema: Schema<T>, path: string, page: number, perPage = DEFAULT_PER_PAGE) {
    const asked = clamp(perPage, 1, MAX_PER_PAGE);
    const loaded = await load(schema, path, { page: clamp(page, 1, Number.MAX_SAFE_INTEGER), per_page: asked });
    if (loaded.page.data.length > asked) {
      throw fail({ kind: 'badResponse', detail: `data: expected at most ${asked} rows`, limit: 'rows', status: loaded.status, requestId: loaded.requestId });
    }
    return loaded;
  }

  return {
    getSummary: async () => (await load(summarySchema, paths.summary)).page,
    getExchangesPage: async (page, perPage) => (await loadPage(exchangesPageSchema, paths.exchanges, page, perPage)).page,
    getPayoutsPage: async (page, perPage) =>
      (await loadPage(payoutsPageSchema, paths.payouts, page, perPage)).page,
    exchangePages: ({ perPage = DEFAULT_PER_PAGE, maxPages, from, more } = {}) =>
      walkPages((n) => loadPage(exchangesPageSchema, paths.exchanges, n, perPage), { maxPages, from, more }),
    payoutPages: ({ perPage = DEFAULT_PER_PAGE, maxPages, from, more } = {}) =>
      walkPages((n) => loadPage(payoutsPageSchema, paths.payouts, n, perPage), { maxPages, from, more }),
  };
}

const isNotFound = (error: unknown) => error instanceof PartnerApiError && error.info.kind === 'notFound';

/**
 * Finds which layout the site serves: v2 first; any 404 there (the contract's
 * {"code":-1} body, an HTML page, anything) means "try v3private". Other
 * errors are the answer as they are (a 401 on v2 would be a 401 on v3 too).
 */
export async function detectLayout(
  options: Omit<PartnerApiOptions, 'layout'>,
): Promise<{ layout: Layout; summary: Summary }> {
  try {
    return { layout: 'v2', summary: await createPartnerApi({ ...options, layout: 'v2' }).getSummary() };
  } catch (error) {
    if (!isNotFound(error)) throw error;
  }
  return { layout: 'v3private', summary: await createPartnerApi({ ...options, layout: 'v3private' }).getSummary() };
}
