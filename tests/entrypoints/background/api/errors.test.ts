import { describe, expect, it } from 'vitest';
import { z } from 'zod/mini';
import { errorFromResponse, parseRetryAfter, PartnerApiError, toFailure } from '../../../../entrypoints/background/api/errors';
import { apiErrorSchema, errorContextSchema, type ApiErrorInfo } from '../../../../utils/errors';

const NOW = Date.UTC(2024, 4, 11, 9, 42, 0);
const JSON_TYPE = { 'content-type': 'application/json' };
const HTML_TYPE = { 'content-type': 'text/html; charset=UTF-8' };
const info = (status: number, headers: Record<string, string>, body: string) =>
  errorFromResponse(status, new Headers(headers), body, NOW).info;

const NGINX_502 = `<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>`;
const CLOUDFLARE_403 = '<!DOCTYPE html><html lang="en-US"><head><title>Just a moment...</title></head><body>cf</body></html>';

describe('errorFromResponse: the contract error table', () => {
  it('401 Unauthenticated → unauthorized', () => {
    expect(info(401, { ...JSON_TYPE, 'x-request-id': 'r-401' }, '{"message":"Unauthenticated."}')).toEqual({
      kind: 'unauthorized',
      status: 401,
      requestId: 'r-401',
    });
  });

  it('403 missing ability → forbidden naming the ability', () => {
    const body = '{"status":1,"message":"You do not have access to this route","missing_ability":"partner"}';
    expect(info(403, { ...JSON_TYPE, 'x-request-id': 'r-403' }, body)).toEqual({
      kind: 'forbidden',
      missingAbility: 'partner',
      status: 403,
      requestId: 'r-403',
    });
  });

  it('403 without a (usable) missing_ability → forbidden with null', () => {
    expect(info(403, JSON_TYPE, '{"message":"Forbidden"}')).toMatchObject({ kind: 'forbidden', missingAbility: null });
    expect(info(403, JSON_TYPE, 'not json')).toMatchObject({ kind: 'forbidden', missingAbility: null });
    expect(info(403, JSON_TYPE, '{"missing_ability":"<b>x</b> y"}')).toMatchObject({ missingAbility: null });
    expect(info(403, JSON_TYPE, '{"missing_ability":42}')).toMatchObject({ missingAbility: null });
  });

  it('404 {"code":-1} → notFound', () => {
    expect(info(404, JSON_TYPE, '{"code":-1,"message":"Not Found"}')).toEqual({ kind: 'notFound', status: 404, requestId: null });
  });

  it('500 Server Error → server', () => {
    expect(info(500, JSON_TYPE, '{"message":"Server Error"}')).toEqual({ kind: 'server', status: 500, requestId: null });
  });

  it('429 with Retry-After seconds → rateLimited with the wait', () => {
    const headers = { ...JSON_TYPE, 'retry-after': '60', 'x-ratelimit-limit': '60', 'x-ratelimit-remaining': '0' };
    expect(info(429, headers, '{"message":"Too Many Attempts."}')).toEqual({
      kind: 'rateLimited',
      retryAfterSeconds: 60,
      status: 429,
      requestId: null,
    });
  });

  it('429 with Retry-After as an HTTP date, or without one', () => {
    const at = new Date(NOW + 90_000).toUTCString();
    expect(info(429, { 'retry-after': at }, '{}')).toMatchObject({ retryAfterSeconds: 90 });
    expect(info(429, {}, '{}')).toMatchObject({ kind: 'rateLimited', retryAfterSeconds: null });
  });

  it('other statuses → server for 5xx, redirected for 3xx, unexpectedStatus otherwise', () => {
    expect(info(503, JSON_TYPE, '{}').kind).toBe('server');
    expect(info(599, JSON_TYPE, '').kind).toBe('server');
    expect(info(301, { location: 'https://www.exchanger.com/api/v2/account/partner' }, '').kind).toBe('redirected');
    expect(info(400, JSON_TYPE, '{}').kind).toBe('unexpectedStatus');
    expect(info(405, JSON_TYPE, '{}').kind).toBe('unexpectedStatus');
    expect(info(418, {}, '').kind).toBe('unexpectedStatus');
    expect(info(422, JSON_TYPE, '{"message":"The given data was invalid."}')).toEqual({
      kind: 'unexpectedStatus',
      status: 422,
      requestId: null,
    });
  });
});

describe('errorFromResponse: HTML pages from proxies, CDNs and maintenance', () => {
  it('a 5xx HTML page is a server problem (nginx 502, maintenance 503, Cloudflare 52x)', () => {
    expect(info(502, HTML_TYPE, NGINX_502)).toEqual({ kind: 'server', status: 502, requestId: null });
    expect(info(503, HTML_TYPE, '<!doctype html><h1>Maintenance</h1>').kind).toBe('server');
    expect(info(503, { ...HTML_TYPE, 'retry-after': '600' }, '<html>Maintenance</html>')).toMatchObject({ kind: 'server', retryAfterSeconds: 600 });
    expect(info(503, { ...HTML_TYPE, 'retry-after': '99999999999' }, '<html>Maintenance</html>')).toMatchObject({ retryAfterSeconds: 86_400 });
    expect(info(522, HTML_TYPE, '<html>Connection timed out</html>').kind).toBe('server');
  });

  it('an HTML 404 is notFound, an HTML 429 is rateLimited', () => {
    expect(info(404, HTML_TYPE, '<html><body>404 Not Found</body></html>').kind).toBe('notFound');
    expect(info(429, { ...HTML_TYPE, 'retry-after': '30' }, '<html>slow down</html>')).toMatchObject({
      kind: 'rateLimited',
      retryAfterSeconds: 30,
    });
  });

  it('an HTML 401/403 is a gate in front of the site (WAF, basic auth), not a verdict on the key', () => {
    expect(info(403, HTML_TYPE, CLOUDFLARE_403)).toEqual({ kind: 'unexpectedStatus', status: 403, requestId: null });
    expect(info(401, HTML_TYPE, '<html>401 Authorization Required</html>').kind).toBe('unexpectedStatus');
  });

  it('recognises HTML by its body when the content type lies or is missing', () => {
    expect(info(403, JSON_TYPE, `\n  ${CLOUDFLARE_403}`).kind).toBe('unexpectedStatus');
    expect(info(403, {}, CLOUDFLARE_403).kind).toBe('unexpectedStatus');
  });
});

describe('X-Request-ID', () => {
  it('is carried as sent, or null when absent', () => {
    expect(info(500, { 'X-Request-ID': '9f1c2a3b-0000-4000-8000-1234567890ab' }, '').requestId).toBe(
      '9f1c2a3b-0000-4000-8000-1234567890ab',
    );
    expect(info(500, {}, '').requestId).toBeNull();
  });

  it('is dropped when it is not a short printable token', () => {
    expect(info(500, { 'x-request-id': 'a b' }, '').requestId).toBeNull();
    expect(info(500, { 'x-request-id': 'x'.repeat(129) }, '').requestId).toBeNull();
    expect(info(500, { 'x-request-id': '   ' }, '').requestId).toBeNull();
  });
});

describe('parseRetryAfter', () => {
  it('reads delay-seconds', () => {
    expect(parseRetryAfter('120', NOW)).toBe(120);
    expect(parseRetryAfter(' 0 ', NOW)).toBe(0);
  });

  it('reads all three HTTP date formats, relative to now', () => {
    expect(parseRetryAfter('Sat, 11 May 2024 09:43:00 GMT', NOW)).toBe(60);
    expect(parseRetryAfter('Saturday, 11-May-24 09:44:00 GMT', NOW)).toBe(120);
    expect(parseRetryAfter('Sat May 11 09:42:30 2024', NOW)).toBe(30);
  });

  it('clamps a huge wait to 24 h, in seconds or as a date', () => {
    expect(parseRetryAfter('86400', NOW)).toBe(86_400);
    expect(parseRetryAfter('86401', NOW)).toBe(86_400);
    expect(parseRetryAfter('99999999999', NOW)).toBe(86_400);
    expect(parseRetryAfter('9'.repeat(400), NOW)).toBe(86_400);
    expect(parseRetryAfter('Sun, 11 May 5200 09:42:00 GMT', NOW)).toBe(86_400);
    expect(parseRetryAfter('Sun, 12 May 2024 09:42:00 GMT', NOW)).toBe(86_400);
    expect(parseRetryAfter('Sat, 11 May 2024 10:42:00 GMT', NOW)).toBe(3600);
  });

  it('says 0 for a date already past', () => {
    expect(parseRetryAfter('Fri, 10 May 2024 09:42:00 GMT', NOW)).toBe(0);
  });

  it('says null for absent or invalid values', () => {
    for (const value of [null, '', 'soon', '1.5', '-5', '5 minutes', 'tomorrow', '2024-05-11T09:43:00Z']) {
      expect(parseRetryAfter(value, NOW)).toBeNull();
    }
  });
});

describe('PartnerApiError', () => {
  const KEY = '1|demoFullAccessKey000000000000000000000000000000000';

  it('has a short technical message from kind, status and request ID only', () => {
    const error = errorFromResponse(403, new Headers({ 'x-request-id': 'req-7' }), '{"message":"You do not have access to this route"}');
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('PartnerApiError');
    expect(error.message).toBe('partner API forbidden (HTTP 403) [request req-7]');
    expect(new PartnerApiError({ kind: 'network', status: null, requestId: null }).message).toBe('partner API network');
  });

  it('never repeats the server’s text', () => {
    const error = errorFromResponse(500, new Headers(), '{"message":"SQLSTATE[HY000] secret table dump"}');
    expect(JSON.stringify(error)).not.toContain('SQLSTATE');
    expect(error.message).not.toContain('SQLSTATE');
    expect(error.stack).not.toContain('SQLSTATE');
  });

  it('cannot carry the key even when the server echoes it back', () => {
    const body = JSON.stringify({ message: `Bearer ${KEY} rejected`, missing_ability: KEY });
    const error = errorFromResponse(403, new Headers({ 'x-request-id': 'r1' }), body);
    for (const text of [JSON.stringify(error), error.message, String(error.stack), JSON.stringify(toFailure(error))]) {
      expect(text).not.toContain(KEY);
      expect(text).not.toContain('demoFullAccessKey');
    }
  });

  it('serialises to a storable failure that the protocol schema accepts', () => {
    const error = errorFromResponse(429, new Headers({ 'retry-after': '30', 'x-request-id': 'r2' }), '{}');
    const plain = JSON.parse(JSON.stringify(error)) as { info: ApiErrorInfo };
    expect(plain.info).toEqual({ kind: 'rateLimited', retryAfterSeconds: 30, status: 429, requestId: 'r2' });
    expect(z.intersection(apiErrorSchema, errorContextSchema).parse(plain.info)).toEqual(plain.info);
  });

  it('keeps its info frozen', () => {
    const error = new PartnerApiError({ kind: 'server', status: 500, requestId: null });
    expect(Object.isFrozen(error.info)).toBe(true);
  });
});

describe('toFailure', () => {
  it('returns a PartnerApiError’s info as a plain copy', () => {
    const error = new PartnerApiError({ kind: 'badResponse', detail: 'attributes.balance: expected number', status: 200, requestId: 'x' });
    const failure = toFailure(error);
    expect(failure).toEqual(error.info);
    expect(failure).not.toBe(error.info);
  });

  it('treats an abort or timeout as timeout and anything else as internal (a bug, never "offline")', () => {
    expect(toFailure(new DOMException('The operation was aborted.', 'AbortError'))).toEqual({
      kind: 'timeout',
      status: null,
      requestId: null,
    });
    expect(toFailure(new DOMException('timed out', 'TimeoutError')).kind).toBe('timeout');
    // fetch's own TypeError never gets here: the client turns it into a PartnerApiError 'network'.
    expect(toFailure(new TypeError("Cannot read properties of undefined (reading 'id')"))).toEqual({ kind: 'internal', status: null, requestId: null });
    expect(toFailure(new RangeError('Invalid time value')).kind).toBe('internal');
    expect(toFailure('boom').kind).toBe('internal');
    expect(toFailure(null).kind).toBe('internal');
    expect(toFailure(undefined).kind).toBe('internal');
  });
});
