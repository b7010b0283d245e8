/**
 * The one error union of the partner API client. Every failure the user can
 * meet is a `kind` plus the facts support needs (HTTP status, X-Request-ID).
 * User-facing text is looked up from the kind in utils/i18n/errors.ts, never
 * taken from the server. No error ever carries the API key.
 * Retry-After parsing is hand-written: three date shapes, no library needed.
 * The kinds themselves are the shared vocabulary in utils/errors.ts.
 */
import type { ApiErrorInfo, ApiErrorOf } from '../../../utils/errors';

/**
 * What the client throws. `message` is for logs: built from kind, status and
 * request ID only (never the server's text, never the key); users see
 * errorText(info) from utils/i18n/errors.ts instead.
 */
export class PartnerApiError extends Error {
  override readonly name = 'PartnerApiError';
  readonly info: ApiErrorInfo;

  constructor(info: ApiErrorInfo) {
    super(technicalMessage(info));
    this.info = Object.freeze({ ...info });
  }

  toJSON(): { name: string; message: string; info: ApiErrorInfo } {
    return { name: this.name, message: this.message, info: this.info };
  }
}

function technicalMessage({ kind, status, requestId }: ApiErrorInfo): string {
  const http = status === null ? '' : ` (HTTP ${status})`;
  const id = requestId === null ? '' : ` [request ${requestId}]`;
  return `partner API ${kind}${http}${id}`;
}

/** X-Request-ID as support knows it; anything that is not a short printable token is dropped. */
export function requestIdFrom(headers: Headers): string | null {
  const value = headers.get('x-request-id')?.trim() ?? '';
  return /^[\x21-\x7e]{1,128}$/.test(value) ? value : null;
}

/** The media type only ("text/html"), for badResponse details; never free server text. */
export function mediaTypeOf(headers: Headers): string {
  const type = (headers.get('content-type') ?? '').split(';', 1)[0]?.trim().toLowerCase() ?? '';
  return /^[a-z0-9.+-]+\/[a-z0-9.+-]+$/.test(type) ? type : 'no content type';
}

const HTTP_DATE = [
  /^[a-z]{3}, \d{2} [a-z]{3} \d{4} \d{2}:\d{2}:\d{2} GMT$/i, // IMF-fixdate: Sun, 06 Nov 1994 08:49:37 GMT
  /^[a-z]{6,9}, \d{2}-[a-z]{3}-\d{2} \d{2}:\d{2}:\d{2} GMT$/i, // RFC 850: Sunday, 06-Nov-94 08:49:37 GMT
  /^[a-z]{3} [a-z]{3} [ \d]\d \d{2}:\d{2}:\d{2} \d{4}$/i, // asctime: Sun Nov  6 08:49:37 1994 (GMT implied)
];

/**
 * The longest wait a site can ask for: 24 h. `Retry-After: 99999999999` once set the next attempt
 * to the year ~5200 and stopped polling for good; a day is longer than any real maintenance window.
 */
export const MAX_RETRY_AFTER_SECONDS = 24 * 60 * 60;

/**
 * Retry-After as seconds from `now`, clamped to 0 … MAX_RETRY_AFTER_SECONDS: delay-seconds or an
 * HTTP date (RFC 9110 §10.2.3); null if absent/invalid.
 */
export function parseRetryAfter(value: string | null, now = Date.now()): number | null {
  const text = value?.trim() ?? '';
  const clamp = (seconds: number) => Math.min(MAX_RETRY_AFTER_SECONDS, Math.max(0, seconds));
  // Any number of digits: "99999999999" or 400 of them (Infinity) are clamped, not refused.
  if (/^\d+$/.test(text)) return clamp(Number(text));
  const format = HTTP_DATE.findIndex((pattern) => pattern.test(text));
  if (format < 0) return null;
  const at = Date.parse(format === 2 ? `${text} GMT` : text);
  return Number.isNaN(at) ? null : clamp(Math.ceil((at - now) / 1000));
}

interface ResponseFacts {
  headers: Headers;
  json: unknown;
  now: number;
}

type StatusKind = 'unauthorized' | 'forbidden' | 'notFound' | 'rateLimited' | 'server' | 'unexpectedStatus' | 'redirected';

/** The fields each status-derived kind adds to the context (status, requestId). */
const FIELDS: { [K in StatusKind]: (facts: ResponseFacts) => Omit<ApiErrorOf<K>, 'status' | 'requestId'> } = {
  unauthorized: () => ({ kind: 'unauthorized' }),
  forbidden: ({ json }) => ({ kind: 'forbidden', missingAbility: abilityOf(json) }),
  notFound: () => ({ kind: 'notFound' }),
  rateLimited: ({ headers, now }) => ({
    kind: 'rateLimited',
    retryAfterSeconds: parseRetryAfter(headers.get('retry-after'), now),
  }),
  server: ({ headers, now }) => {
    const retryAfterSeconds = parseRetryAfter(headers.get('retry-after'), now);
    return retryAfterSeconds === null ? { kind: 'server' } : { kind: 'server', retryAfterSeconds };
  },
  unexpectedStatus: () => ({ kind: 'unexpectedStatus' }),
  redirected: () => ({ kind: 'redirected' }),
};

const BY_STATUS: Record<number, StatusKind> = { 401: 'unauthorized', 403: 'forbidden', 404: 'notFound', 429: 'rateLimited' };
const BY_CLASS: Record<number, StatusKind> = { 3: 'redirected', 5: 'server' };

/**
 * An HTML page instead of the API's JSON means a proxy, CDN or WAF answered.
 * Its status still tells "down" (5xx), "not here" (404) or "slow down" (429),
 * but an HTML 401/403 is a gate in front of the site, not a verdict on the key.
 */
const HTML_OVERRIDES: Partial<Record<StatusKind, StatusKind>> = { unauthorized: 'unexpectedStatus', forbidden: 'unexpectedStatus' };

function abilityOf(json: unknown): string | null {
  const ability = (json as { missing_ability?: unknown } | null)?.missing_ability;
  return typeof ability === 'string' && /^[\w.*:-]{1,64}$/.test(ability) ? ability : null;
}

function parseJson(body: string): unknown {
  try {
    return JSON.parse(body);
  } catch {
    return undefined;
  }
}

export function looksLikeHtml(headers: Headers, body: string): boolean {
  return mediaTypeOf(headers).includes('html') || /^\s*</.test(body);
}

/**
 * A 2xx answer that did not parse as JSON: not the partner API at all (a web page, a parked domain's
 * text, an empty page) unless it claims to be JSON, which is the API answering badly (badResponse).
 */
export function notTheApi(headers: Headers, body: string): boolean {
  return looksLikeHtml(headers, body) || !mediaTypeOf(headers).includes('json');
}

/** Maps a non-2xx HTTP response (status, headers, body text) to the error the client throws. */
export function errorFromResponse(status: number, headers: Headers, body: string, now = Date.now()): PartnerApiError {
  const byStatus = BY_STATUS[status] ?? BY_CLASS[Math.floor(status / 100)] ?? 'unexpectedStatus';
  const html = looksLikeHtml(headers, body);
  const kind = (html ? HTML_OVERRIDES[byStatus] : undefined) ?? byStatus;
  const fields = FIELDS[kind]({ headers, json: html ? undefined : parseJson(body), now });
  return new PartnerApiError({ ...fields, status, requestId: requestIdFrom(headers) });
}

/**
 * Any thrown thing as a plain, storable ApiErrorInfo. HTTP and network failures are already
 * PartnerApiErrors (the client wraps fetch's own TypeError as `network`); an abort or timeout is a
 * `timeout`; anything else (a TypeError, RangeError … of our own code, a storage failure) is
 * `internal`, never "offline".
 */
export function toFailure(error: unknown): ApiErrorInfo {
  if (error instanceof PartnerApiError) return { ...error.info };
  const name = (error as { name?: unknown } | null)?.name;
  const kind = name === 'TimeoutError' || name === 'AbortError' ? 'timeout' : 'internal';
  return { kind, status: null, requestId: null };
}
